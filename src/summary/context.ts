// What the summary template sees: the aggregated numbers as worded strings (dates, names, citations,
// totals), so the template only lays them out and a unit's own template cannot get a sum wrong.
import type { Phrases } from '../compose/phrases.js';
import { citation, joinAnd } from '../compose/phrases.js';
import type { ProfileId } from '../layout/profiles.js';
import type { ConferenceRecord } from '../record/types.generated.js';
import { numberFormat, personName, shortDate } from '../typography/index.js';
import { organizerLabel, type SummaryData } from './aggregate.js';
import { monthOf, type SummaryRange } from './range.js';

export interface LeftOut {
  /** Records that failed `check`: named, never silently dropped. */
  readonly failed: readonly string[];
  /** Records whose date has no year, so no period can hold them. */
  readonly undated: readonly string[];
}

/** "Chưa rõ ngày" is what the table prints for a date without its day. */
export const DAY_UNKNOWN = 'chưa rõ ngày';

const list = (nos: readonly number[]) => nos.join(', ');
/** Sums of decimal figures without binary noise (0,1 + 0,2 is 0,3). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

function dateCell(r: ConferenceRecord, dayUnknown: boolean): string {
  if (!r.date) return DAY_UNKNOWN;
  return dayUnknown ? `${DAY_UNKNOWN} (${shortDate(r.date).includes('/') ? 'tháng ' : 'năm '}${shortDate(r.date)})` : shortDate(r.date);
}

function chairs(r: ConferenceRecord): string {
  return (r.chairs ?? [])
    .map((id) => r.people?.find((p) => p.id === id))
    .filter((p) => p !== undefined)
    .map((p) => personName(p.name, p.rank))
    .join('; ');
}

function commendationCell(r: ConferenceRecord): string {
  return (r.commendations ?? [])
    .map((c) => {
      const counts = [c.collectives !== undefined ? `${numberFormat(c.collectives)} tập thể` : '', c.individuals !== undefined ? `${numberFormat(c.individuals)} cá nhân` : ''].filter(Boolean);
      return counts.length > 0 ? `${c.form} (${counts.join(', ')})` : c.form;
    })
    .join('; ');
}

export function summaryContext(data: SummaryData, range: SummaryRange, leftOut: LeftOut, phrases: Phrases, profile: ProfileId, organizer: string | undefined) {
  const subjects = new Set<string>();
  for (const c of data.conferences) for (const s of c.record.subjects) subjects.add(citation(s, phrases, profile));
  const kindsText = joinAnd(data.byKind.map((k) => `${k.count} hội nghị ${k.label}`));
  return {
    period: range.words,
    organizer,
    count: data.conferences.length,
    kindsText,
    subjectCount: subjects.size,
    // In table order: the subject of the first conference first.
    subjects: [...subjects],
    leftOut: { count: leftOut.failed.length, files: leftOut.failed },
    undated: { count: leftOut.undated.length, files: leftOut.undated },
    rows: data.conferences.map((c) => ({
      no: c.no,
      day: dateCell(c.record, c.dayUnknown),
      organizer: joinAnd(c.record.organizers.map(organizerLabel)),
      kind: c.record.kind,
      subject: c.record.subjects.map((s) => citation(s, phrases, profile) + (s.period?.label ? ` (${s.period.label})` : '')).join('; '),
      chairs: chairs(c.record),
      attendance: c.record.attendees?.count !== undefined ? numberFormat(c.record.attendees.count) : '',
      commendations: commendationCell(c.record),
    })),
    // One chart a year: twelve columns stay readable, thirty-six would not.
    monthCharts: data.byMonth.map((y, i) => ({
      title: `Biểu đồ ${i + 1}. Số hội nghị theo tháng${data.byMonth.length > 1 ? `, năm ${y.year}` : ''}`,
      months: [...y.months.map((m) => ({ label: String(monthOf(m.month)), count: m.count })), ...(y.unknownMonth > 0 ? [{ label: 'chưa rõ tháng', count: y.unknownMonth }] : [])],
    })),
    commendedChartTitle: `Biểu đồ ${data.byMonth.length + 1}. Số tập thể, cá nhân được khen theo cơ quan tổ chức`,
    kinds: data.byKind,
    organizers: data.byOrganizer,
    severalOrganizers: data.byOrganizer.length > 1,
    commendedByOrganizer: data.commendedByOrganizer,
    anyCommended: data.commendedByOrganizer.some((c) => c.count > 0),
    commendations: data.commendations.map((c) => ({
      form: c.form,
      issuer: c.issuer,
      // Awards that give no number add nothing: a column of them alone says so rather than "0".
      collectives: c.unstated === c.awards ? 'không nêu số' : numberFormat(c.collectives),
      individuals: c.unstated === c.awards ? 'không nêu số' : numberFormat(c.individuals),
      awards: c.awards,
      unstated: c.unstated,
    })),
    figureSums: data.figureSums.map((f) => ({ label: f.label, unit: f.unit, total: numberFormat(tidy(f.total)), approximate: f.approximate, conferences: list(f.conferences) })),
    figureList: data.figureList.map((f) => ({
      label: f.label,
      text: [f.qualifier, numberFormat(f.value), f.unit].filter(Boolean).join(' '),
      conference: f.conference,
    })),
    // The same task set by several conferences is said once, with all their numbers.
    tasks: data.tasks.map((x) => ({ ...x, conferences: list(x.conferences) })),
    milestones: data.milestones.map((x) => ({ ...x, conferences: list(x.conferences) })),
    // Not `people`: that is a helper name, and Handlebars calls helpers before it reads fields.
    index: data.people.map((p) => ({ name: personName(p.name, p.rank), conferences: list(p.conferences) })),
  };
}

export type SummaryContext = ReturnType<typeof summaryContext>;
