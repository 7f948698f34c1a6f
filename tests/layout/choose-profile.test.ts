// Profile by date: a Party document follows HD 36 before 27/5/2026 and HD 05 from that day on,
// unless its record names a profile; the change date is read from the profiles, not restated here
// except where the test states the rule itself.
import { describe, expect, it } from 'vitest';
import { chooseProfile, dateSpan, profilesOf } from '../../src/layout/choose-profile.js';
import { PROFILES } from '../../src/layout/profiles.js';

describe('chooseProfile', () => {
  it('gives a Party document dated the day before the change HD 36, and one dated that day HD 05', () => {
    expect(PROFILES.hd05.inForceFrom).toBe('2026-05-27');
    expect(chooseProfile({ system: 'party', date: '2026-05-26' }).profile.id).toBe('hd36');
    expect(chooseProfile({ system: 'party', date: '2026-05-27' }).profile.id).toBe('hd05');
    expect(chooseProfile({ system: 'party', date: '2026-12-05' }).profile.id).toBe('hd05');
    expect(chooseProfile({ system: 'party', date: '2023-08-22' }).profile.id).toBe('hd36');
  });

  it('says why, in Vietnamese and English, naming the dates', () => {
    const before = chooseProfile({ system: 'party', date: '2023-08-22' });
    expect(before.reason.kind).toBe('dated');
    expect(before.reason.message.vi).toBe('ngày văn bản (22/8/2023) trước 27/5/2026, ngày Hướng dẫn 05-HD/VPTW có hiệu lực');
    const after = chooseProfile({ system: 'party', date: '2026-12-05' });
    expect(after.reason.message.vi).toBe('ngày văn bản (5/12/2026) từ 27/5/2026 trở đi: áp dụng Hướng dẫn 05-HD/VPTW');
    expect(after.reason.message.en).toContain('Hướng dẫn 05-HD/VPTW applies from 27/5/2026');
  });

  it('keeps the profile a record names, whatever the date', () => {
    const c = chooseProfile({ named: 'hd36', system: 'party', date: '2026-12-05' });
    expect(c.profile.id).toBe('hd36');
    expect(c.reason.kind).toBe('named');
    expect(c.reason.message.vi).toContain('profile: hd36');
    expect(chooseProfile({ named: 'hd05', system: 'party', date: '2024-01-01' }).profile.id).toBe('hd05');
  });

  it('takes a year or month that holds the change as the older rule and says to give the day', () => {
    const may = chooseProfile({ system: 'party', date: '2026-05' });
    expect(may.profile.id).toBe('hd36');
    expect(may.reason.kind).toBe('straddles-change');
    expect(may.reason.message.vi).toContain('ghi đủ ngày');
    expect(chooseProfile({ system: 'party', date: '2026' }).reason.kind).toBe('straddles-change');
    expect(chooseProfile({ system: 'party', date: '2026-06' }).profile.id).toBe('hd05');
    expect(chooseProfile({ system: 'party', date: '2025' }).profile.id).toBe('hd36');
  });

  it('gives an undated Party document the newest rule', () => {
    const c = chooseProfile({ system: 'party' });
    expect(c.profile.id).toBe('hd05');
    expect(c.reason.kind).toBe('undated');
  });

  it('gives state documents ND30 at any date, and a date before every rule the oldest one', () => {
    expect(chooseProfile({ system: 'state', date: '2026-12-05' }).profile.id).toBe('nd30');
    expect(chooseProfile({ system: 'party', date: '2010-01-01' }).profile.id).toBe('hd36');
  });
});

describe('profilesOf / dateSpan', () => {
  it('lists the Party profiles oldest first', () => {
    expect(profilesOf('party').map((p) => p.id)).toEqual(['hd36', 'hd05']);
  });

  it('spans a month to its last day, leap years included', () => {
    expect(dateSpan('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(dateSpan('2026')).toEqual({ first: '2026-01-01', last: '2026-12-31' });
    expect(dateSpan('2026-06-03')).toEqual({ first: '2026-06-03', last: '2026-06-03' });
  });
});
