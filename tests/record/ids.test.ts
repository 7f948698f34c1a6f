// The id rule (record/ids.ts): one rule for ids from the record and from the file name, and output
// paths that cannot leave --out.
import { describe, expect, it } from 'vitest';
import { idProblem, recordIdOf, slugOfFileName } from '../../src/record/ids.js';
import { outputPath } from '../../src/pipeline/output-paths.js';
import { sharedIds } from '../../src/pipeline/batch.js';

describe('record ids', () => {
  it('turns file names into slugs of the id pattern', () => {
    expect(slugOfFileName('data/Hà Giang 2023.yaml')).toBe('ha-giang-2023');
    expect(slugOfFileName('Đồng Nai.YML')).toBe('dong-nai');
    expect(slugOfFileName('a\u001b[31mb.yaml')).toBe('a-31mb');
    // NFC and NFD spellings, upper and lower case: one id.
    expect(slugOfFileName('Hòa.yaml'.normalize('NFD'))).toBe(slugOfFileName('hòa.yaml'.normalize('NFC')));
  });

  it.each([
    ['...yaml', 'empty'],
    ['..yaml', 'empty'],
    ['CON.yaml', 'reserved'],
    ['aux.yml', 'reserved'],
    ['lpt1.yaml', 'reserved'],
    [`${'a'.repeat(150)}.yaml`, undefined],
  ])('file %s gives problem %s', (file, problem) => {
    const r = recordIdOf(`data/${file}`, {});
    expect(r.problem?.ruleId).toBe(problem ? 'record/id-invalid' : undefined);
    if (problem) expect(idProblem(r.id)).toBe(problem);
    else expect(r.id.length).toBeLessThanOrEqual(100);
  });

  it('applies the same rule to the id field', () => {
    expect(recordIdOf('x.yaml', { id: 'nul' }).problem?.path).toEqual(['id']);
    expect(recordIdOf('x.yaml', { id: 'a'.repeat(101) }).problem?.message.vi).toContain('dài quá 100');
    expect(recordIdOf('x.yaml', { id: '../up' }).problem?.ruleId).toBe('record/id-invalid');
    expect(recordIdOf('CON.yaml', { id: 'ok-id' })).toEqual({ id: 'ok-id' });
  });

  it('never makes a path outside the output folder', () => {
    expect(outputPath('out', 'abc', 'bao-cao.pdf')).toBe('out/abc/bao-cao.pdf');
    expect(() => outputPath('out', '..', 'bao-cao.pdf')).toThrow();
    expect(() => outputPath('out', '', 'bao-cao.pdf')).toThrow();
    expect(() => outputPath('out', 'abc', '../x.pdf')).toThrow();
    expect(() => outputPath('out', 'abc', '')).toThrow();
  });

  it('finds ids that name one folder: equal, case twins, normalisation twins', () => {
    const found = sharedIds(new Map([['a.yaml', 'abc'], ['b.yaml', 'ABC'], ['c.yaml', 'other'], ['d.yaml', 'hòa'.normalize('NFD')], ['e.yaml', 'hòa']]));
    expect([...found.keys()].sort()).toEqual(['a.yaml', 'b.yaml', 'd.yaml', 'e.yaml']);
    expect(found.get('a.yaml')?.ruleId).toBe('report/duplicate-id');
  });
});
