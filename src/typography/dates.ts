// Dates as Vietnamese official documents write them. Intl gives "5 tháng 2, 2026"-like output,
// not the ND30 date line, so the forms are built here by rule (spec §8.3).

/** A calendar date as a record gives it: each part only when the source has it ("Sáng 18-8" has no year). */
export interface PartialDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** What stands for a missing day or month in a draft date line (filled in by hand at signing). */
export const DATE_BLANK = '   ';
/** What stands for a missing year: the century drafts print before the blank. */
export const YEAR_BLANK = '20…';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Which numbers of the date line take a leading zero. ND30, HD 36 and (reportedly) HD 05 agree on
 * days below 10 and months 1–2; a profile states it all the same, so a guide that differs is data.
 */
export interface DateForm {
  /** Days below 10 are written "05". */
  readonly padDay: boolean;
  /** Months up to this one are written "02"; 0 pads none, 12 pads every month below 10. */
  readonly padMonthsThrough: number;
}

/** The ND30 rule (spec §8.3): "ngày 05 tháng 02", "ngày 07 tháng 3". */
export const ND30_DATE_FORM: DateForm = { padDay: true, padMonthsThrough: 2 };

/** Day as ND30 writes it: a leading zero below 10 ("05"). */
export function dayNumber(day: number, form: DateForm = ND30_DATE_FORM): string {
  return form.padDay ? pad2(day) : String(day);
}

/** Month as ND30 writes it: months 1 and 2 take a leading zero ("02"), months 3–12 never ("3"). */
export function monthNumber(month: number, form: DateForm = ND30_DATE_FORM): string {
  return month <= form.padMonthsThrough ? pad2(month) : String(month);
}

/** The forms a record may give: "2026-02-05", "2023-08", "2024", or "--08-18" (day and month, year unknown). */
export const PARTIAL_DATE = /^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$/;

/** Parses a record's date (see PARTIAL_DATE); throws on anything else or on a day the month lacks. */
export function parseIsoDate(iso: string): PartialDate {
  const m = PARTIAL_DATE.exec(iso.trim());
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  if (m[4] !== undefined) {
    const month = Number(m[4]);
    const day = Number(m[5]);
    // Without a year, 29 February stays possible.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) throw new RangeError(`bad day or month in ${iso}`);
    return { month, day };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw new RangeError(`bad month in ${iso}`);
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new RangeError(`bad day in ${iso}`);
  }
  return day !== undefined ? { year, month, day } : month !== undefined ? { year, month } : { year };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function asDate(date: PartialDate | string): PartialDate {
  return typeof date === 'string' ? parseIsoDate(date) : date;
}

/**
 * The ND30 date line (ô 4): `Điện Biên, ngày 05 tháng 02 năm 2026`. A missing day or month is left
 * blank as drafts do: `Điện Biên, ngày     tháng 8 năm 2023`.
 */
export function dateLine(place: string, date: PartialDate | string | undefined, form: DateForm = ND30_DATE_FORM): string {
  const d = date === undefined ? {} : asDate(date);
  const day = d.day !== undefined && d.month !== undefined ? dayNumber(d.day, form) : DATE_BLANK;
  const month = d.month !== undefined ? monthNumber(d.month, form) : DATE_BLANK;
  return `${place.trim()}, ngày ${day} tháng ${month} năm ${d.year ?? YEAR_BLANK}`;
}

/** Which parts of a record's date are unknown, in the order a date line names them. */
export function missingDateParts(date: PartialDate | string | undefined): Array<'day' | 'month' | 'year'> {
  const d = date === undefined ? {} : asDate(date);
  return [...(d.day === undefined ? ['day' as const] : []), ...(d.month === undefined ? ['month' as const] : []), ...(d.year === undefined ? ['year' as const] : [])];
}

/** The date in words without the place: `ngày 05 tháng 3 năm 2020` (blanks as in `dateLine`). */
export function dateWords(date: PartialDate | string | undefined): string {
  return dateLine('', date).slice(2);
}

/** Running-text short form `05/3/2020`; `3/2020` for a month, `2020` for a year alone. */
export function shortDate(date: PartialDate | string): string {
  const d = asDate(date);
  const year = d.year ?? YEAR_BLANK;
  if (d.month === undefined) return String(year);
  if (d.day === undefined) return `${monthNumber(d.month)}/${year}`;
  return d.year === undefined ? `${dayNumber(d.day)}/${monthNumber(d.month)}` : `${dayNumber(d.day)}/${monthNumber(d.month)}/${year}`;
}

/** The press form `22-8` (day-month, no padding, as in "ngày Quốc khánh 2-9"); needs day and month. */
export function pressDate(date: PartialDate | string): string {
  const d = asDate(date);
  if (d.month === undefined || d.day === undefined) throw new RangeError('pressDate needs a day and a month');
  return `${d.day}-${d.month}`;
}

/** Part of day with the press date: `sáng 22-8`. */
export function dayPartDate(part: 'sáng' | 'chiều' | 'tối', date: PartialDate | string): string {
  return `${part} ${pressDate(date)}`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** The weekday in words as ND30 Phụ lục II capitalises it: `thứ Hai` … `Chủ nhật`. */
export function weekday(date: PartialDate | string): string {
  const d = asDate(date);
  if (d.year === undefined || d.month === undefined || d.day === undefined) throw new RangeError('weekday needs a full date');
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!;
}

/** A year range with the document's dash: `2016 - 2021` (spaced hyphen) or `2016 – 2021`. */
export function yearRange(from: number, to: number, dash: 'hyphen' | 'en' = 'hyphen'): string {
  return `${from} ${dash === 'en' ? '–' : '-'} ${to}`;
}

/** A period in words: `giai đoạn 2016 - 2021`. */
export function periodLabel(from: number, to: number, dash: 'hyphen' | 'en' = 'hyphen'): string {
  return `giai đoạn ${yearRange(from, to, dash)}`;
}

/**
 * A clock time as offices write it in the frame and the body: "07:30" → "7 giờ 30 phút",
 * "14:00" → "14 giờ 00 phút" (never "14h00"). Anything not HH:MM is returned as written.
 */
export function clockTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return hhmm;
  return `${Number(m[1])} giờ ${m[2]} phút`;
}
