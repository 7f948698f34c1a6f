// The toolkit fingerprint (part of every cache key) comes from the build's record while the files it
// covers are as the build left them, and is hashed again as soon as one differs in size or time.
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFingerprint, fingerprintOf, toolkitFingerprint } from '../../src/pipeline/cache.js';
import { tempDir } from '../helpers/files.js';

describe('toolkit fingerprint', () => {
  const files = ['a.js', 'b.ttf'].map((n) => join(tempDir(), `fingerprint-${n}`));
  const write = (text: string) => files.forEach((f, i) => writeFileSync(f, `${text}${i}`));

  it('is taken from the build while the stamp matches, hashed again when a file changes', () => {
    write('one');
    const built = builtFingerprint(files);
    const hashed = fingerprintOf(files, undefined);
    expect(built.fingerprint).toBe(hashed);
    // A recorded value is trusted only under its stamp: the test gives it a mark to tell it apart.
    expect(fingerprintOf(files, { stamp: built.stamp, fingerprint: 'from-the-build' })).toBe('from-the-build');
    writeFileSync(files[1]!, 'two1');
    utimesSync(files[1]!, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(fingerprintOf(files, { stamp: built.stamp, fingerprint: 'from-the-build' })).not.toBe('from-the-build');
    expect(fingerprintOf(files, { stamp: built.stamp, fingerprint: 'from-the-build' })).not.toBe(hashed);
  });

  it('ignores a missing or malformed record', () => {
    write('three');
    const hashed = fingerprintOf(files, undefined);
    expect(fingerprintOf(files, { fingerprint: 42 })).toBe(hashed);
    expect(fingerprintOf(files, 'nonsense')).toBe(hashed);
  });

  it('covers this toolkit (a stable hex digest)', () => {
    expect(toolkitFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
