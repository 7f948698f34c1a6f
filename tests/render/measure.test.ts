import { describe, expect, it } from 'vitest';
import { faceMetrics, measureText } from '../../src/layout/measure.js';
import { pt, toPt } from '../../src/layout/units.js';

describe('measureText', () => {
  it('measures with the Tinos metrics (Times New Roman widths)', () => {
    // Tinos Regular: "M" advances 1821/2048 em; at 14 pt that is 12.45 pt.
    expect(toPt(measureText('M', { size: pt(14) }))).toBeCloseTo((1821 / 2048) * 14, 3);
    const regular = toPt(measureText('Độc lập - Tự do - Hạnh phúc', { size: pt(14) }));
    const bold = toPt(measureText('Độc lập - Tự do - Hạnh phúc', { size: pt(14), bold: true }));
    expect(regular).toBeGreaterThan(150);
    expect(bold).toBeGreaterThan(regular);
  });

  it('scales linearly with the size and treats NFD like NFC', () => {
    const a = toPt(measureText('Hạnh phúc', { size: pt(10) }));
    expect(toPt(measureText('Hạnh phúc', { size: pt(20) }))).toBeCloseTo(2 * a, 6);
    expect(toPt(measureText('Hạnh phúc'.normalize('NFD'), { size: pt(10) }))).toBeCloseTo(a, 6);
  });

  it('reads the vertical metrics once', () => {
    const m = faceMetrics();
    expect(m.ascent).toBeCloseTo(1825 / 2048, 6);
    expect(m.descent).toBeLessThan(0);
  });
});
