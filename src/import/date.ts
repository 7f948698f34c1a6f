// The meeting date of a lead sentence: "Sáng 22-8", "Ngày 14/10", "sáng 24.8", "chiều 5-9-2023",
// "ngày 22 tháng 8 năm 2023". A day part or "ngày" must stand before the numbers, so "2016-2021"
// or "khóa 11" never read as dates. The year comes from the sentence, else from --year, else from
// a publication date printed with the article on the same day and month; otherwise it stays unknown.
import { candidate, type Candidate } from './candidate.js';

export type DayPart = 'sáng' | 'chiều' | 'tối';

export interface MeetingDate {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly dayPart?: DayPart;
}

const NUMERIC = /(?:^|[^\p{L}])(sáng|chiều|tối|ngày)\s+(?:ngày\s+)?(\d{1,2})\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{4}))?(?!\d)/iu;
const WORDS = /(?:^|[^\p{L}])(?:(sáng|chiều|tối)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;

/** The first meeting date written in the sentence, if any. */
export function recogniseDate(sentence: string): Candidate<MeetingDate> | undefined {
  const m = WORDS.exec(sentence) ?? NUMERIC.exec(sentence);
  if (!m) return undefined;
  const part = m[1]?.toLocaleLowerCase('vi');
  const day = Number(m[2]);
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const dayPart = part === 'sáng' || part === 'chiều' || part === 'tối' ? (part as DayPart) : undefined;
  return candidate({ day, month, ...(m[4] ? { year: Number(m[4]) } : {}), ...(dayPart ? { dayPart } : {}) }, sentence);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The schema's partial date: "2023-08-22", or "--08-22" while the year is unknown. */
export function isoDate(d: MeetingDate): string {
  return `${d.year === undefined ? '-' : d.year}-${pad(d.month)}-${pad(d.day)}`;
}
