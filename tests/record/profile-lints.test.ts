// What `check` says about the layout profile (issue 16), with rule ids and positions: an info line
// naming the profile and the reason, and a warning when a record names HD 36 for a Party document
// dated after HD 05 took effect.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintProfile } from '../../src/cli/lints/profile.js';
import { loadText } from '../../src/record/load.js';
import { validateRecord } from '../../src/record/validate.js';

const GOOD = readFileSync('tests/fixtures/good/minimal.yaml', 'utf8');

function lint(src: string, lang: 'vi' | 'en' = 'vi') {
  const loaded = loadText('r.yaml', src);
  const v = validateRecord(loaded);
  expect(v.diagnostics).toEqual([]);
  return lintProfile(loaded, v.record!).map((d) => `${d.start?.line}:${d.start?.column} ${d.severity} ${d.ruleId} ${d.message[lang]}`);
}

/** The minimal record as a Party body's, with no profile named: chosen by its date. */
const BY_DATE = GOOD.replace('profile: hd36\n', '').replace('    code: ĐUQS\n', '    code: ĐUQS\n    system: đảng\n');

describe('profile lints', () => {
  it('names the profile a record names, at the `profile` value', () => {
    expect(lint(GOOD)).toEqual(['14:10 info profile/chosen Văn bản theo thể thức hd36 (Hướng dẫn 36-HD/VPTW): hồ sơ ghi `profile: hd36` (Hướng dẫn 36-HD/VPTW)']);
  });

  it('says a Party record of 2023 gets HD 36 by its date, at the `date` value', () => {
    expect(lint(BY_DATE)).toEqual([
      '11:7 info profile/chosen Văn bản theo thể thức hd36 (Hướng dẫn 36-HD/VPTW): ngày văn bản (22/8/2023) trước 27/5/2026, ngày Hướng dẫn 05-HD/VPTW có hiệu lực',
    ]);
  });

  it('says a Party record of December 2026 gets HD 05 by its date', () => {
    expect(lint(BY_DATE.replace('date: "2023-08-22"', 'date: "2026-12-05"'), 'en')).toEqual([
      '11:7 info profile/chosen Documents use profile hd05 (Hướng dẫn 05-HD/VPTW): the document is dated 5/12/2026; Hướng dẫn 05-HD/VPTW applies from 27/5/2026',
    ]);
  });

  it('warns when a record names hd36 for a date after 27/5/2026, at the `profile` value', () => {
    const got = lint(GOOD.replace('date: "2023-08-22"', 'date: "2026-12-05"'));
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^14:10 info profile\/chosen /);
    expect(got[1]).toBe(
      '14:10 warning profile/outdated Hồ sơ ghi `profile: hd36` (Hướng dẫn 36-HD/VPTW) cho văn bản ngày 5/12/2026, sau khi Hướng dẫn 05-HD/VPTW có hiệu lực (27/5/2026)',
    );
  });

  it('does not warn for hd36 on the day before the change, nor for a month that holds it', () => {
    expect(lint(GOOD.replace('date: "2023-08-22"', 'date: "2026-05-26"')).filter((l) => l.includes('warning'))).toEqual([]);
    expect(lint(GOOD.replace('date: "2023-08-22"', 'date: "2026-05"')).filter((l) => l.includes('warning'))).toEqual([]);
  });

  it('tells a month that holds the change to give the day', () => {
    expect(lint(BY_DATE.replace('date: "2023-08-22"', 'date: "2026-05"'))[0]).toContain('ghi đủ ngày hoặc ghi `profile`');
  });
});
