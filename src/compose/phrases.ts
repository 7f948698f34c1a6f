// The small phrase grammar of titles and stock sentences: where a period stands ("1 năm" before
// "thực hiện", "giai đoạn 2016 - 2021" after the subject), how a reviewed document is cited, how a
// combined conference's clauses join. The forms are data (templates/phrases.json, overridable by a
// unit's template folder); this module only applies them, so no wording lives in TypeScript.
import type { ProfileId } from '../layout/profiles.js';
import type { ConferenceRecord, Organizer, Subject } from '../record/types.generated.js';
import { shortDate, upperFirst } from '../typography/index.js';

export type Review = NonNullable<Subject['review']>;

export interface PeriodRule {
  readonly match: string;
  readonly before?: string;
  readonly after?: string;
}

/** templates/phrases.json, as read (see that file for the meaning of each form). */
export interface Phrases {
  readonly periods: readonly PeriodRule[];
  readonly reviews: Readonly<Record<Review, string>>;
  readonly verb: string;
  readonly verbless: readonly string[];
  readonly commonNouns: readonly string[];
  readonly conferenceReview: Readonly<Record<ConferenceRecord['kind'], Review>>;
  readonly signingTitle: string;
  readonly nextPeriod: string;
  readonly citation: { readonly dateComma: Partial<Record<ProfileId, boolean>> };
}

const compiled = new WeakMap<readonly PeriodRule[], { re: RegExp; rule: PeriodRule }[]>();

function periodRules(phrases: Phrases) {
  let rules = compiled.get(phrases.periods);
  if (!rules) {
    rules = phrases.periods.map((rule) => ({ re: new RegExp(rule.match, 'u'), rule }));
    compiled.set(phrases.periods, rules);
  }
  return rules;
}

function expand(form: string | undefined, m: RegExpExecArray): string {
  if (!form) return '';
  return form.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '').trim();
}

/** Splits a period label into what stands before the verb and what follows the subject. */
export function periodParts(label: string | undefined, phrases: Phrases): { before: string; after: string } {
  if (!label) return { before: '', after: '' };
  const text = label.trim();
  for (const { re, rule } of periodRules(phrases)) {
    const m = re.exec(text);
    if (m) return { before: expand(rule.before, m), after: expand(rule.after, m) };
  }
  return { before: '', after: text };
}

/** A common noun (nhiệm vụ, công tác) stays lower case mid-sentence; a document type is capitalised. */
function typeWord(type: string, phrases: Phrases): string {
  const t = type.trim();
  return phrases.commonNouns.includes(t.toLocaleLowerCase('vi')) ? t : upperFirst(t);
}

/**
 * The subject cited in full from the parts the record has, in the usual order:
 * "Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị Trung ương 8 (khóa XI) về Chiến lược …",
 * "Nghị quyết Trung ương 8 (khóa XI) về …", "Quy chế phối hợp giữa …", "nhiệm vụ năm 2023".
 */
export function citation(subject: Subject, phrases: Phrases, profile: ProfileId): string {
  const parts: string[] = [];
  if (subject.number) parts.push(`${typeWord(subject.type, phrases)} số ${subject.number}`);
  else if (subject.name) parts.push(subject.name);
  else parts.push(typeWord(subject.type, phrases));
  if (subject.date) parts.push(`${phrases.citation.dateComma[profile] ? ',' : ''} ngày ${shortDate(subject.date)}`);
  if (subject.issuer) parts.push(` của ${subject.issuer}`);
  if (subject.title) parts.push(` ${subject.title}`);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The subject's short name for headings and repeated mentions: its name, or type and number; a
 * document type alone ("Quy chế"), but a common noun with what it is about ("công tác dân vận").
 */
export function shortName(subject: Subject, phrases: Phrases): string {
  if (subject.name) return subject.name;
  if (subject.number) return `${typeWord(subject.type, phrases)} số ${subject.number}`;
  const common = phrases.commonNouns.includes(subject.type.trim().toLocaleLowerCase('vi'));
  return common && subject.title ? `${subject.type.trim()} ${subject.title}` : typeWord(subject.type, phrases);
}

export function reviewOf(subject: Subject, record: ConferenceRecord, phrases: Phrases): Review {
  return subject.review ?? phrases.conferenceReview[record.kind];
}

function fill(form: string, values: Record<string, string>): string {
  return form
    .replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One subject's clause: "sơ kết 1 năm thực hiện Quy chế phối hợp …", "tổng kết công tác … năm 2025";
 * `short` names the subject without its trích yếu ("sơ kết 1 năm thực hiện Quy chế"), for sentences
 * that follow the full title.
 */
export function subjectClause(subject: Subject, record: ConferenceRecord, phrases: Phrases, profile: ProfileId, short = false): string {
  const cited = short ? shortName(subject, phrases) : citation(subject, phrases, profile);
  const review = reviewOf(subject, record, phrases);
  const { before, after } = placedPeriod(subject, review, phrases);
  // A period the subject already names ("nhiệm vụ năm 2010" reviewed over "năm 2010") is said once.
  const tail = after && cited.toLocaleLowerCase('vi').includes(after.toLocaleLowerCase('vi')) ? '' : after;
  return fill(phrases.reviews[review], { before, verb: takesVerb(subject, review, phrases) ? phrases.verb : '', subject: cited, after: tail });
}

/** "thực hiện" stands before a document or task reviewed, not before "công tác …" nor in a signing. */
function takesVerb(subject: Subject, review: Review, phrases: Phrases): boolean {
  return review !== 'ký kết' && !phrases.verbless.includes(subject.type.trim().toLocaleLowerCase('vi'));
}

/**
 * Where the period goes: as the grammar says when "thực hiện" follows the review word; without that
 * verb ("sơ kết công tác dân vận 6 tháng đầu năm", a signing "… giai đoạn 2022 - 2025") all of it
 * follows the subject.
 */
function placedPeriod(subject: Subject, review: Review, phrases: Phrases): { before: string; after: string } {
  const parts = periodParts(subject.period?.label, phrases);
  if (takesVerb(subject, review, phrases)) return parts;
  return { before: '', after: [parts.before, parts.after].filter(Boolean).join(' ') };
}

/** "A", "A và B", "A, B và C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * The title of the conference's report, lower-case initial (the frame capitalises it as the profile
 * says): every subject's clause joined, then the next period's direction when the record has one.
 */
export function reportTitle(record: ConferenceRecord, phrases: Phrases, profile: ProfileId, short = false): string {
  let title = conferenceClauses(record, phrases, profile, short);
  if (record.kind === 'ký kết') title = fill(phrases.signingTitle, { clause: title });
  if (record.nextPeriod) title += ' ' + fill(phrases.nextPeriod, { next: record.nextPeriod });
  return title;
}

/** What the conference did, each subject by its clause: "sơ kết 1 năm thực hiện Quy chế và ký kết …". */
export function conferenceClauses(record: ConferenceRecord, phrases: Phrases, profile: ProfileId, short = false): string {
  return joinAnd(record.subjects.map((s) => subjectClause(s, record, phrases, profile, short)));
}

/** Heading of the results part: "Kết quả 1 năm thực hiện Quy chế", "Kết quả thực hiện" for several subjects. */
export function resultsHeading(record: ConferenceRecord, phrases: Phrases): string {
  if (record.subjects.length !== 1) return `Kết quả ${phrases.verb}`;
  const s = record.subjects[0]!;
  if (reviewOf(s, record, phrases) === 'ký kết') return 'Kết quả hội nghị';
  const review = reviewOf(s, record, phrases);
  const { before, after } = placedPeriod(s, review, phrases);
  const verb = takesVerb(s, review, phrases) ? phrases.verb : '';
  return fill('Kết quả {before} {verb} {subject} {after}', { before, verb, subject: shortName(s, phrases), after });
}

/** The organisers as running text names them: "Đảng ủy Quân sự tỉnh và Huyện ủy Điện Biên Đông". */
export function organizerNames(organizers: readonly Organizer[]): string {
  return joinAnd(organizers.map((o) => o.name));
}

const REQUIRED_KEYS: readonly (keyof Phrases)[] = ['periods', 'reviews', 'verb', 'verbless', 'commonNouns', 'conferenceReview', 'signingTitle', 'nextPeriod', 'citation'];

/**
 * Checks a phrases.json as read from a template folder: every form present and every period pattern
 * a valid regular expression. Returns the problems in words for a diagnostic, or the phrases.
 */
export function checkPhrases(value: unknown): { phrases?: Phrases; problems: string[] } {
  if (value === null || typeof value !== 'object') return { problems: ['không phải một đối tượng JSON'] };
  const v = value as Record<string, unknown>;
  const problems = REQUIRED_KEYS.filter((k) => v[k] === undefined).map((k) => `thiếu khóa \`${k}\``);
  if (Array.isArray(v.periods)) {
    for (const [i, rule] of (v.periods as PeriodRule[]).entries()) {
      try {
        new RegExp(String(rule.match), 'u');
      } catch {
        problems.push(`periods[${i}].match không phải biểu thức chính quy hợp lệ`);
      }
    }
  } else if (v.periods !== undefined) problems.push('`periods` phải là một danh sách');
  return problems.length > 0 ? { problems } : { phrases: v as unknown as Phrases, problems };
}
