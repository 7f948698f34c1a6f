// Numbers in words, as amounts are written out in official text ("hai trăm mười hai tỷ đồng").
// Rules: mốt after mươi, lăm after mười/mươi (nhăm optional), linh/lẻ for an empty tens place,
// "không trăm" inside a number, and scale words nghìn/triệu/tỷ, with tỷ repeating (nghìn tỷ, tỷ tỷ).
import { upperFirst } from './case.js';

/** Settings for `numberToWords`; defaults are the usual written forms. */
export interface WordOptions {
  /** Word for an empty tens place: một trăm linh năm (default) or một trăm lẻ năm. */
  readonly zeroTens?: 'linh' | 'lẻ';
  /** Word for 1000: nghìn (default, northern and official) or ngàn. */
  readonly thousand?: 'nghìn' | 'ngàn';
  /** 4 after mươi: hai mươi tư (default) or hai mươi bốn. */
  readonly four?: 'tư' | 'bốn';
  /** 5 after mươi: hai mươi lăm (default) or hai mươi nhăm. Always "mười lăm". */
  readonly five?: 'lăm' | 'nhăm';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000n;

/** Reads 0–999; `full` reads the hundreds even when zero ("không trăm linh năm") as inside a number. */
function readTriple(n: number, full: boolean, o: Required<WordOptions>): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  const hasHundreds = full || h > 0;
  if (hasHundreds) out.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u === 0) return out;
    if (hasHundreds) out.push(o.zeroTens);
    out.push(DIGITS[u]!);
    return out;
  }
  if (t === 1) out.push('mười');
  else out.push(DIGITS[t]!, 'mươi');
  if (u === 1) out.push(t === 1 ? 'một' : 'mốt');
  else if (u === 4) out.push(t === 1 ? 'bốn' : o.four);
  else if (u === 5) out.push(t === 1 ? 'lăm' : o.five);
  else if (u > 0) out.push(DIGITS[u]!);
  return out;
}

/** Reads 1 ≤ n < 10^9 in triệu / nghìn / units groups; `full` when something precedes it. */
function readBelowBillion(n: number, full: boolean, o: Required<WordOptions>): string[] {
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1000) % 1000, o.thousand],
    [n % 1000, ''],
  ];
  const out: string[] = [];
  let started = full;
  for (const [value, scale] of groups) {
    if (value === 0) continue;
    out.push(...readTriple(value, started, o));
    if (scale) out.push(scale);
    started = true;
  }
  return out;
}

function readPositive(n: bigint, full: boolean, o: Required<WordOptions>): string[] {
  if (n < BILLION) return readBelowBillion(Number(n), full, o);
  // Everything above a tỷ is itself a number of tỷ: 10^12 = một nghìn tỷ, 10^18 = một tỷ tỷ.
  const high = n / BILLION;
  const low = n % BILLION;
  const out = [...readPositive(high, full, o), 'tỷ'];
  if (low > 0n) out.push(...readBelowBillion(Number(low), true, o));
  return out;
}

/**
 * A whole number in words: `212_000_000_000` → `hai trăm mười hai tỷ`, `1005` → `một nghìn không trăm
 * linh năm`, `0` → `không`, negatives with "âm". Numbers beyond 2^53 must be passed as bigint.
 */
export function numberToWords(n: number | bigint, options: WordOptions = {}): string {
  const o: Required<WordOptions> = {
    zeroTens: options.zeroTens ?? 'linh',
    thousand: options.thousand ?? 'nghìn',
    four: options.four ?? 'tư',
    five: options.five ?? 'lăm',
  };
  if (typeof n === 'number' && (!Number.isSafeInteger(n))) throw new RangeError(`numberToWords needs a safe integer or a bigint: ${n}`);
  const big = BigInt(n);
  if (big === 0n) return DIGITS[0];
  const words = readPositive(big < 0n ? -big : big, false, o);
  return (big < 0n ? ['âm', ...words] : words).join(' ');
}

/** Capitalised words for amounts written out after a figure: `Hai trăm mười hai tỷ đồng`. */
export function moneyInWords(amount: number | bigint, options: WordOptions = {}): string {
  return upperFirst(`${numberToWords(amount, options)} đồng`);
}
