// The record type and the precompiled validator are generated from the JSON Schema (one source of
// truth): the committed files must be what `npm run gen:types` writes today, or a schema change has
// left them behind.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate, generateValidator } from '../../scripts/gen-types.mjs';

it('src/record/types.generated.ts matches schema/record.schema.json', async () => {
  const committed = readFileSync('src/record/types.generated.ts', 'utf8');
  expect(await (generate as () => Promise<string>)(), 'run `npm run gen:types` and commit the result').toBe(committed);
});

it('src/record/validator.generated.ts is the schema compiled by ajv today', () => {
  const committed = readFileSync('src/record/validator.generated.ts', 'utf8');
  expect((generateValidator as () => string)(), 'run `npm run gen:types` and commit the result').toBe(committed);
});
