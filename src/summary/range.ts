// Which months a summary covers (`--year 2023`, or `--from 2023-01 --to 2023-06`), and whether a
// record's meeting falls in them. A record's date may be partial: it is in range when the range
// covers every month its date allows ("2023" is in the year 2023, not in its first half), and a
// date without a year ("--08-22") cannot be placed at all.
import { t, type Text } from '../diagnostics/diagnostic.js';
import { parseIsoDate } from '../typography/index.js';

/** A month as one number (year × 12 + month − 1), so months compare and step as integers. */
export type MonthIndex = number;

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + (month - 1);
export const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
export const monthOf = (m: MonthIndex): number => (m % 12) + 1;

export interface SummaryRange {
  readonly from: MonthIndex;
  readonly to: MonthIndex;
  /** Whole calendar year(s) only, e.g. "2023"; otherwise "2023-01_2023-06". Names the output folder. */
  readonly slug: string;
  /** "năm 2023", "từ tháng 01/2023 đến tháng 6/2023": how the document names the period. */
  readonly words: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^(\d{4})(?:-(\d{2}))?$/;

function parseMonth(s: string, end: boolean): MonthIndex | undefined {
  const m = MONTH.exec(s.trim());
  if (!m) return undefined;
  const month = m[2] === undefined ? (end ? 12 : 1) : Number(m[2]);
  return month >= 1 && month <= 12 ? monthIndex(Number(m[1]), month) : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthWords = (m: MonthIndex) => `tháng ${monthOf(m) <= 2 ? pad(monthOf(m)) : monthOf(m)}/${yearOf(m)}`;

/** The range the options ask for, or a usage message (Vietnamese and English). */
export function parseRange(opts: { year?: string; from?: string; to?: string }): { range?: SummaryRange; error?: Text } {
  if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined)) {
    return { error: t('dùng --year hoặc --from/--to, không dùng cả hai', 'use --year or --from/--to, not both') };
  }
  let from: MonthIndex | undefined;
  let to: MonthIndex | undefined;
  if (opts.year !== undefined) {
    if (!YEAR.test(opts.year.trim())) return { error: t(`--year cần năm bốn chữ số (đã cho: \`${opts.year}\`)`, `--year needs a four-digit year (got \`${opts.year}\`)`) };
    from = monthIndex(Number(opts.year), 1);
    to = monthIndex(Number(opts.year), 12);
  } else if (opts.from !== undefined || opts.to !== undefined) {
    from = opts.from === undefined ? undefined : parseMonth(opts.from, false);
    to = opts.to === undefined ? undefined : parseMonth(opts.to, true);
    if (from === undefined || to === undefined) {
      return { error: t('--from và --to cần đủ cả hai, dạng 2023-01 (hoặc 2023)', '--from and --to are both needed, as 2023-01 (or 2023)') };
    }
    if (from > to) return { error: t('--from phải trước --to', '--from must come before --to') };
  } else {
    return { error: t('cần --year <năm> hoặc --from <tháng> --to <tháng>', 'needs --year <year> or --from <month> --to <month>') };
  }
  const wholeYears = monthOf(from) === 1 && monthOf(to) === 12;
  const slug = wholeYears ? (yearOf(from) === yearOf(to) ? String(yearOf(from)) : `${yearOf(from)}_${yearOf(to)}`) : `${yearOf(from)}-${pad(monthOf(from))}_${yearOf(to)}-${pad(monthOf(to))}`;
  const words = wholeYears
    ? yearOf(from) === yearOf(to)
      ? `năm ${yearOf(from)}`
      : `từ năm ${yearOf(from)} đến năm ${yearOf(to)}`
    : `từ ${monthWords(from)} đến ${monthWords(to)}`;
  return { range: { from, to, slug, words } };
}

/** The months a record's date allows: one month for a full or month date, twelve for a year. */
export function datePeriod(date: string | undefined): { from: MonthIndex; to: MonthIndex } | undefined {
  if (!date) return undefined;
  const d = parseIsoDate(date);
  if (d.year === undefined) return undefined;
  return d.month === undefined ? { from: monthIndex(d.year, 1), to: monthIndex(d.year, 12) } : { from: monthIndex(d.year, d.month), to: monthIndex(d.year, d.month) };
}

export type Placement = 'in' | 'out' | 'undated';

export function placeDate(date: string | undefined, range: SummaryRange): Placement {
  const p = datePeriod(date);
  if (!p) return 'undated';
  return p.from >= range.from && p.to <= range.to ? 'in' : 'out';
}

/** Every month of the range, in order. */
export function monthsOf(range: SummaryRange): MonthIndex[] {
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
}
