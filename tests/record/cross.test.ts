// Cross-record lints through `check` on several records: each finding has its rule id and the
// line and column of the offending value in the later record.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/commands/check-run.js';
import { nodeHost } from '../../src/host/host.js';
import { tempDir } from '../helpers/files.js';

const SEED = 'data/2023-08-22-dien-bien-so-ket-quy-che-phoi-hop.yaml';
const seed = readFileSync(SEED, 'utf8');

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
}

async function check(name: string, variants: Record<string, string>): Promise<{ dir: string; diagnostics: JsonDiagnostic[] }> {
  const dir = join(tempDir(), `cross-${name}`);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(variants)) writeFileSync(join(dir, file), text);
  let stdout = '';
  await runCheck([dir], { lang: 'vi', format: 'json', strict: false, color: false }, nodeHost, { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false });
  const diagnostics = (JSON.parse(stdout) as JsonDiagnostic[]).filter((d) => d.ruleId.startsWith('cross/'));
  return { dir, diagnostics };
}

/** 1-based line and column of the first `needle` at or after the line starting with `after`. */
function where(text: string, needle: string, after = ''): { line: number; column: number } {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith(after));
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const col = lines[i]!.indexOf(needle);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  throw new Error(`${needle} not in text`);
}

describe('cross-record lints in check', () => {
  it('a second record of the same conference is flagged at its date', async () => {
    const copy = seed.replace(/^dayPart: .*$/m, 'dayPart: chiều');
    const { dir, diagnostics } = await check('duplicate', { 'a.yaml': seed, 'b.yaml': copy });
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.line, d.column])).toEqual([
      [join(dir, 'b.yaml'), 'cross/duplicate-conference', where(copy, '"2023-08-22"', 'date:').line, where(copy, '"2023-08-22"', 'date:').column],
    ]);
  });

  it('one person with another rank and other positions in the same month; another spelling of the same id', async () => {
    const other = seed
      .replace(/^date: .*$/m, 'date: "2023-08-30"')
      .replace(/^  - type: quy chế$/m, '  - type: kế hoạch')
      .replace('    rank: Đại tá\n    name: Khổng Đình Tám', '    rank: Thượng tá\n    name: Khổng Đình Tám')
      .replace('      - Chủ nhiệm Chính trị Quân khu 2', '      - Phó Chủ nhiệm Chính trị Quân khu 2')
      .replace('    name: Lê Thành Đô', '    name: Lê Thanh Đô');
    const { dir, diagnostics } = await check('person', { 'a.yaml': seed, 'b.yaml': other });
    const at = (rule: string) => diagnostics.filter((d) => d.ruleId === rule).map((d) => [d.file, d.line, d.column]);
    const file = join(dir, 'b.yaml');
    const rank = where(other, 'Thượng tá');
    const position = where(other, '- Phó Chủ nhiệm');
    const spelling = where(other, 'Lê Thanh Đô');
    expect(at('cross/person-rank')).toEqual([[file, rank.line, rank.column]]);
    // A list's range starts at its first item's dash.
    expect(at('cross/person-position')).toEqual([[file, position.line, position.column]]);
    expect(at('cross/person-spelling')).toEqual([[file, spelling.line, spelling.column]]);
  });

  it('one organiser under two codes is flagged at the second code', async () => {
    const other = seed.replace(/^date: .*$/m, 'date: "2023-10-02"').replace('    code: ĐUQS', '    code: ĐU');
    const { dir, diagnostics } = await check('organizer', { 'a.yaml': seed, 'b.yaml': other });
    const code = where(other, 'ĐU', '    code:');
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.line, d.column])).toEqual([[join(dir, 'b.yaml'), 'cross/organizer-code', code.line, code.column]]);
  });

  it('one record alone is never compared', async () => {
    const { diagnostics } = await check('single', { 'a.yaml': seed });
    expect(diagnostics).toEqual([]);
  });
});
