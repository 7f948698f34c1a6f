// Numbers as Vietnamese documents print them: "." groups thousands, "," marks decimals (Luật Kế toán,
// CLDR vi), percent without a space, money in đồng, and the number-and-symbol line of ô 3 (spec §8.4–8.5).

/** Options for `numberFormat`. */
export interface NumberFormatOptions {
  /** Fixed number of decimals; by default as many as the value has (up to 10). */
  readonly decimals?: number;
  /** Thousands separator: "." (accounting, default) or " " (textbooks). */
  readonly group?: '.' | ' ';
}

function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `1234567.89` → `1.234.567,89`; `0.5` → `0,5`; bigint accepted for whole numbers. */
export function numberFormat(value: number | bigint, options: NumberFormatOptions = {}): string {
  const sep = options.group ?? '.';
  if (typeof value === 'bigint') {
    const neg = value < 0n;
    return (neg ? '-' : '') + groupDigits((neg ? -value : value).toString(), sep);
  }
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // toFixed/en-US gives a plain digit string without exponent; rounding happens there, once.
  const plain = value.toLocaleString('en-US', {
    useGrouping: false,
    minimumFractionDigits: options.decimals ?? 0,
    maximumFractionDigits: options.decimals ?? 10,
  });
  const neg = plain.startsWith('-');
  const [int = '0', frac] = (neg ? plain.slice(1) : plain).split('.');
  const body = groupDigits(int, sep) + (frac ? `,${frac}` : '');
  return neg && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A ratio as a percentage: `0.256` → `25,6%` (no space, CLDR vi). */
export function percent(ratio: number, decimals?: number): string {
  // Round away binary noise (0.07 * 100 = 7.000000000000001) before formatting.
  const pct = Number((ratio * 100).toFixed(10));
  return `${numberFormat(pct, decimals === undefined ? {} : { decimals })}%`;
}

/** Options for `money`. */
export interface MoneyOptions {
  /** "đồng" in running text (default), "đ" in tables, "VND" for international use. */
  readonly unit?: 'đồng' | 'đ' | 'VND';
  /** auto: whole tỷ amounts (up to 3 decimals) read "212 tỷ", others in digits; none: always digits. */
  readonly scale?: 'auto' | 'none';
}

/** `212_000_000_000` → `212 tỷ đồng`; `1_500_000` → `1.500.000 đồng`; `2_500_000_000` → `2,5 tỷ đồng`. */
export function money(amount: number, options: MoneyOptions = {}): string {
  const unit = options.unit ?? 'đồng';
  if ((options.scale ?? 'auto') === 'auto' && Math.abs(amount) >= 1e9 && amount % 1e6 === 0) {
    return `${numberFormat(amount / 1e9)} tỷ ${unit}`;
  }
  return `${numberFormat(amount)} ${unit}`;
}

/** A document number zero-padded to `width` digits: `5` → `05`, `125` → `125`. */
export function docNumber(n: number | string, width = 2): string {
  const s = String(n).trim();
  return /^\d+$/.test(s) ? s.padStart(width, '0') : s;
}

/** How a profile writes ô 3 (the `number` block of src/layout/profiles.ts). */
export interface NumberForm {
  /** "{n}/{type}-{issuer}" (nd30) or "{n}-{type}/{issuer}" (party). */
  readonly pattern: string;
  /** "Số: " or "Số ". */
  readonly prefix: string;
  /** What stands for the number in a draft. */
  readonly blank: string;
  readonly pad: number;
}

/**
 * The number-and-symbol line: `Số: 05/BC-UBND`, `Số 125-BC/ĐU`; a draft (no number) leaves a blank:
 * `Số:      /BC-UBND`. For a công văn (no type code) pass the issuer as `typeCode` and the drafting unit as
 * `issuerCode`: `Số: 123/UBND-VX`.
 */
export function numberLine(form: NumberForm, n: number | string | undefined, typeCode: string, issuerCode: string): string {
  const blank = n === undefined || String(n).trim() === '';
  // In a draft the blank takes the place of the space after "Số:" too, as the decree's templates print.
  const prefix = blank ? form.prefix.trimEnd() : form.prefix;
  const num = blank ? form.blank : docNumber(n!, form.pad);
  return prefix + form.pattern.replace('{n}', num).replace('{type}', typeCode).replace('{issuer}', issuerCode);
}
