// Progress: a bar redrawn in place on a terminal; nothing but the plain lines elsewhere (CI logs).
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function sink() {
  const chunks: string[] = [];
  return { chunks, stream: { write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('createProgress', () => {
  it('on a terminal, draws the bar and clears it before each logged line', () => {
    const err = sink();
    const out = sink();
    const p = createProgress(err.stream, true);
    p.update(1, 4, 'data/a.yaml');
    p.log(out.stream, 'ok  data/a.yaml\n');
    p.update(2, 4, 'data/b.yaml');
    p.end();
    expect(err.chunks).toEqual([
      '[######..................] 1/4 data/a.yaml',
      '\r\x1b[2K', // cleared for the logged line; the next update finds nothing to clear
      '[############............] 2/4 data/b.yaml',
      '\r\x1b[2K',
    ]);
    expect(out.chunks).toEqual(['ok  data/a.yaml\n']);
  });

  it('elsewhere, writes only the lines', () => {
    const err = sink();
    const out = sink();
    const p = createProgress(err.stream, false);
    p.update(1, 2, 'data/a.yaml');
    p.log(out.stream, 'ok  data/a.yaml\n');
    p.end();
    expect(err.chunks).toEqual([]);
    expect(out.chunks).toEqual(['ok  data/a.yaml\n']);
  });
});
