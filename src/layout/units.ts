// Lengths are typed and converted only at the edges (after docx's values.ts and Typst's Abs): a
// profile writes `mm(20)` or `pt(14)`, and each renderer reads the unit it needs with one function.
declare const unit: unique symbol;

/** A length, held in points internally. Make one with `mm()` or `pt()`, read it with `toPt()`, `toTwip()`… */
export type Length = number & { readonly [unit]: 'length' };

const PT_PER_MM = 72 / 25.4;

export const mm = (value: number): Length => (value * PT_PER_MM) as Length;
export const pt = (value: number): Length => value as Length;

export const toPt = (l: Length): number => l;
export const toMm = (l: Length): number => l / PT_PER_MM;
/** OOXML twentieths of a point, rounded (docx's own helper floors, which loses a twip on 30 mm). */
export const toTwip = (l: Length): number => Math.round(l * 20);
/** OOXML font sizes are in half-points. */
export const toHalfPoints = (l: Length): number => Math.round(l * 2);
/** OOXML border widths are in eighths of a point. */
export const toEighthPoints = (l: Length): number => Math.round(l * 8);

export const addLength = (a: Length, b: Length): Length => (a + b) as Length;
export const subLength = (a: Length, b: Length): Length => (a - b) as Length;
export const scaleLength = (a: Length, k: number): Length => (a * k) as Length;
