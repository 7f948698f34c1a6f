// The helpers templates may call (and, with knownHelpersOnly, the only ones). Each is a thin wrapper
// over the typography module, so a date or number reads the same in every document.
// Documented for template authors in templates/README.md.
import type { HelperOptions } from 'handlebars';
import type { Commendation, ConferenceRecord, Figure, Person, Task } from '../record/types.generated.js';
import { findPerson } from '../record/people.js';
import { clockTime, lowerFirst, numberFormat, numberToWords, parseIsoDate, personName as nameForPrint, pressDate, shortDate, upperFirst, upperVi } from '../typography/index.js';

type Root = { record: ConferenceRecord };

function rootOf(options: HelperOptions): Root {
  return (options.data as { root: Root }).root;
}

function personOf(options: HelperOptions, id: unknown): Person | undefined {
  return typeof id === 'string' ? findPerson(rootOf(options).record, id) : undefined;
}

/** "Khổng Đình Tám", with the rank before it when asked: "Đại tá Khổng Đình Tám". */
export function personName(p: Person, withRank: boolean): string {
  return nameForPrint(p.name, withRank ? p.rank : undefined);
}

/**
 * How a person is introduced in running text: "Đại tá Khổng Đình Tám, Chủ nhiệm Chính trị Quân khu 2",
 * or "đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy" when there is no rank to stand before the name.
 */
export function personIntro(p: Person): string {
  return [p.rank ? personName(p, true) : `đồng chí ${p.name}`, ...(p.positions ?? [])].join(', ');
}

/** "gần 212 tỷ đồng". */
export function figureText(f: Figure): string {
  return [f.qualifier, numberFormat(f.value), f.unit].filter((x) => x !== undefined && x !== '').join(' ');
}

/**
 * "Bộ Chỉ huy Quân sự tỉnh Lai Châu tặng Giấy khen cho 7 tập thể, 15 cá nhân có thành tích …."; with the
 * person who presented it: "Đại tá …, Chính ủy …, trao Giấy khen của Bộ Chỉ huy Quân sự tỉnh cho …".
 */
export function commendationText(c: Commendation, presenter?: Person): string {
  const counts = [
    c.collectives !== undefined ? `${c.collectives} tập thể` : undefined,
    c.individuals !== undefined ? `${c.individuals} cá nhân` : undefined,
  ].filter(Boolean);
  const whom = counts.length > 0 ? counts.join(', ') : 'các tập thể, cá nhân';
  const head = presenter
    ? `${personIntro(presenter)}${presenter.positions?.length ? ',' : ''} trao ${c.form}${c.issuer ? ` của ${c.issuer}` : ''}`
    : c.issuer
      ? `${c.issuer} tặng ${c.form}`
      : `Tặng ${c.form}`;
  const list = c.recipients && c.recipients.length > 0 ? `: ${c.recipients.join('; ')}` : '';
  return sentence(`${head} cho ${whom}${c.reason ? ' ' + c.reason : ''}${list}`);
}

/**
 * When the meeting took place, in running text, with only the parts the record knows:
 * "sáng ngày 22/8/2023", "tháng 8/2023", "năm 2024", "ngày 18/8"; empty without a date.
 */
export function meetingWhen(date: string | undefined, dayPart: string | undefined): string {
  if (!date) return dayPart ? `buổi ${dayPart}` : '';
  const parts = parseIsoDate(date);
  const short = shortDate(parts);
  const when = parts.day !== undefined ? `ngày ${short}` : parts.month !== undefined ? `tháng ${short}` : `năm ${short}`;
  return dayPart ? `${dayPart} ${when}` : when;
}

/**
 * When the meeting took place, as a news lead says it: "sáng 22-8", "ngày 14-10"; without a day,
 * the running-text form ("tháng 8/2023", "năm 2024"); empty without a date or part of day.
 */
export function newsWhen(date: string | undefined, dayPart: string | undefined): string {
  const parts = date ? parseIsoDate(date) : undefined;
  if (!parts || parts.day === undefined || parts.month === undefined) return meetingWhen(date, dayPart);
  return `${dayPart ?? 'ngày'} ${pressDate(parts)}`;
}

/** First letter upper case, and a full stop at the end unless the text already ends a sentence. */
export function sentence(text: string): string {
  const s = text.trim();
  if (s === '') return s;
  const first = upperFirst(s);
  return /[.!?…:;]$/.test(first) ? first.replace(/[:;]$/, '.') : first + '.';
}

/** First letter lower case, for a clause continuing a sentence ("đề nghị: tiếp tục …"). Leaves acronyms alone. */
export function clauseStart(text: string): string {
  const s = text.trim();
  return /^\p{Lu}[\p{Lu}\d.-]/u.test(s) ? s : lowerFirst(s);
}

/**
 * A task of the conclusions: a plain line as a sentence, or the task with who leads, who helps and by
 * when ("5 rõ" of a thông báo kết luận): "Rà soát … Chủ trì: Bộ CHQS tỉnh; phối hợp: …; thời hạn: …".
 */
export function taskText(task: Task): string {
  if (typeof task === 'string') return sentence(task);
  const parts = [
    task.lead ? `chủ trì: ${task.lead}` : undefined,
    task.coordinate && task.coordinate.length > 0 ? `phối hợp: ${task.coordinate.join(', ')}` : undefined,
    task.deadline ? `thời hạn: ${task.deadline}` : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length === 0 ? sentence(task.task) : `${sentence(task.task)} ${sentence(parts.join('; '))}`;
}

/** A value templates treat as there: not absent, empty, false or an empty list. */
function present(a: unknown): boolean {
  return Array.isArray(a) ? a.length > 0 : a !== undefined && a !== null && a !== '' && a !== false;
}

export const helpers = {
  /** {{upper x}}: upper case with Vietnamese rules (đ → Đ). */
  upper: (s: unknown) => upperVi(String(s ?? '')),
  /** {{capitalize x}}: first letter upper case. */
  capitalize: (s: unknown) => upperFirst(String(s ?? '')),
  /** {{sentence x}}: capitalise and end with a full stop. */
  sentence: (s: unknown) => sentence(String(s ?? '')),
  /** {{lowerFirst x}}: lower-case the first letter (not of acronyms). */
  lowerFirst: (s: unknown) => clauseStart(String(s ?? '')),
  /** {{date "2023-08-22"}} → 22/8/2023 (running-text form). */
  date: (iso: unknown) => shortDate(String(iso ?? '')),
  /** {{pressDate "2023-08-22"}} → 22-8. */
  pressDate: (iso: unknown) => pressDate(String(iso ?? '')),
  /** {{time "07:30"}} → 7 giờ 30 phút */
  time: (hhmm: unknown) => clockTime(String(hhmm ?? '')),
  /** {{task this}} → a conclusion task as a sentence, with its lead, coordinating bodies and deadline when given */
  task: (x: unknown) => taskText(x as Task),
  /** {{number 1234567.5}} → 1.234.567,5 */
  number: (n: unknown) => numberFormat(Number(n)),
  /** {{words 212}} → hai trăm mười hai */
  words: (n: unknown) => numberToWords(Number(n)),
  /** {{figure this}} → gần 212 tỷ đồng */
  figure: (f: unknown) => figureText(f as Figure),
  /** {{commendation this}} → "… tặng Giấy khen cho 7 tập thể, 15 cá nhân …." */
  commendation(c: unknown, options: HelperOptions) {
    const commendation = c as Commendation;
    return commendationText(commendation, personOf(options, commendation.presenter));
  },
  /** {{person id}} → "Đại tá Khổng Đình Tám, Chủ nhiệm Chính trị Quân khu 2" / "đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy" */
  person(id: unknown, options: HelperOptions) {
    const p = personOf(options, id);
    return p ? personIntro(p) : String(id);
  },
  /** {{personName id}} → "Khổng Đình Tám"; {{personName id rank=true}} → "Đại tá Khổng Đình Tám" */
  personName(id: unknown, options: HelperOptions) {
    const p = personOf(options, id);
    return p ? personName(p, options.hash?.rank === true) : String(id);
  },
  /** {{when record.date record.dayPart}} → "sáng ngày 22/8/2023", "tháng 8/2023", "ngày 18/8" (year unknown) */
  when: (date: unknown, dayPart: unknown) => meetingWhen(typeof date === 'string' ? date : undefined, typeof dayPart === 'string' ? dayPart : undefined),
  /** {{newsWhen record.date record.dayPart}} → "sáng 22-8" (a news lead), "năm 2024" without a day */
  newsWhen: (date: unknown, dayPart: unknown) => newsWhen(typeof date === 'string' ? date : undefined, typeof dayPart === 'string' ? dayPart : undefined),
  /** {{people ids}} → each person introduced ("Đại tá …, Chủ nhiệm …"), joined by "; " */
  people(ids: unknown, options: HelperOptions) {
    if (!Array.isArray(ids)) return '';
    return ids.map((id) => personOf(options, id)).filter((p): p is Person => p !== undefined).map(personIntro).join('; ');
  },
  /** {{names ids}} → a list after "các đồng chí:": "Đại tá Khổng Đình Tám, Chủ nhiệm …; Trần Quốc Cường, Bí thư Tỉnh ủy" */
  names(ids: unknown, options: HelperOptions) {
    if (!Array.isArray(ids)) return '';
    return ids
      .map((id) => personOf(options, id))
      .filter((p): p is Person => p !== undefined)
      .map((p) => [personName(p, true), ...(p.positions ?? [])].join(', '))
      .join('; ');
  },
  /** {{#if (anyWith list "points")}}: true when some item of the list has a non-empty field. */
  anyWith(list: unknown, field: unknown) {
    if (!Array.isArray(list) || typeof field !== 'string') return false;
    return list.some((item) => {
      const v = (item as Record<string, unknown> | null)?.[field];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '';
    });
  },
  /** {{milestone this}} → "Kỷ niệm 70 năm … (năm 2024)." */
  milestone(m: unknown) {
    const { text, year } = (m ?? {}) as { text?: string; year?: number };
    return sentence(year !== undefined ? `${text ?? ''} (năm ${year})` : text ?? '');
  },
  /** {{#if (all a b)}}: true when every argument is a non-empty value or list. */
  all(...args: unknown[]) {
    return args.slice(0, -1).every(present);
  },
  /** {{#if (many list)}}: true when the list has more than one item ("đồng chủ trì"). */
  many: (list: unknown) => Array.isArray(list) && list.length > 1,
  /** {{#if (not a)}}: true when the argument is absent or empty. */
  not: (a: unknown) => !present(a),
  /** {{join list ", "}} */
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : ''),
  /** {{#if (eq a b)}} */
  eq: (a: unknown, b: unknown) => a === b,
  /** {{#if (any a b c)}}: true when any argument is a non-empty value or list. */
  any(...args: unknown[]) {
    return args.slice(0, -1).some(present);
  },
};
