// The numbers of a summary, from the records only: the conferences in date order, counts by month,
// kind and organiser, commendation totals, figures summed where label and unit agree, what is still
// open, and who attended what. Every list is sorted by a total order (dates, then Vietnamese
// collation, then the record id), so the result never depends on the order the files were read in.
import type { ConferenceRecord, Organizer } from '../record/types.generated.js';
import { compareVi, comparePersonNames, parseIsoDate } from '../typography/index.js';
import { datePeriod, monthsOf, yearOf, type MonthIndex, type SummaryRange } from './range.js';

export interface SummaryRecord {
  /** record.id, or the file name without extension: the last tie-break, and how a record is named. */
  readonly id: string;
  readonly record: ConferenceRecord;
}

export interface Conference extends SummaryRecord {
  /** 1-based number in the table, which the index of people and the lists refer to. */
  readonly no: number;
  /** The record's date is missing its day (or month): "chưa rõ ngày" in the table. */
  readonly dayUnknown: boolean;
  readonly month?: MonthIndex;
}

export interface CommendationTotal {
  readonly form: string;
  readonly issuer: string;
  /** Sums of what the records state; `unstated` counts awards that give no number. */
  readonly collectives: number;
  readonly individuals: number;
  readonly awards: number;
  readonly unstated: number;
}

export interface FigureSum {
  readonly label: string;
  readonly unit: string;
  readonly total: number;
  /** Some of the summed values were "gần", "hơn", "khoảng"… in the source. */
  readonly approximate: boolean;
  readonly conferences: readonly number[];
}

export interface FigureItem {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: string;
  readonly conference: number;
}

/** A task or milestone, said once with every conference that named it (in table order). */
export interface OpenItem {
  readonly text: string;
  readonly year?: number;
  readonly conferences: readonly number[];
}

export interface PersonEntry {
  readonly name: string;
  readonly rank?: string;
  readonly conferences: readonly number[];
}

export interface Count {
  readonly label: string;
  readonly count: number;
}

export interface SummaryData {
  readonly conferences: readonly Conference[];
  /** Each year of the range: its twelve months (those in range) and, when some dates lack a month, their count. */
  readonly byMonth: readonly { readonly year: number; readonly months: readonly { readonly month: MonthIndex; readonly count: number }[]; readonly unknownMonth: number }[];
  readonly byKind: readonly Count[];
  readonly byOrganizer: readonly Count[];
  /** Commended collectives and individuals per lead organiser (the chart's second series of bars). */
  readonly commendedByOrganizer: readonly Count[];
  readonly commendations: readonly CommendationTotal[];
  readonly figureSums: readonly FigureSum[];
  readonly figureList: readonly FigureItem[];
  readonly tasks: readonly OpenItem[];
  readonly milestones: readonly OpenItem[];
  readonly people: readonly PersonEntry[];
}

/** Sort key of a partial date: unknown parts after every known one of the same period. */
function dateKey(date: string | undefined): [number, number, number] {
  if (!date) return [99999, 13, 32];
  const d = parseIsoDate(date);
  return [d.year ?? 99999, d.month ?? 13, d.day ?? 32];
}

/**
 * How a summary names an organiser: its name, with its superior when it has one, since many bodies
 * share a name ("Đảng ủy Quân sự tỉnh" of Điện Biên and of Hà Giang).
 */
export const organizerLabel = (o: Organizer): string => (o.parent ? `${o.name} (${o.parent})` : o.name);
const leadName = (r: ConferenceRecord) => organizerLabel(r.organizers[0]!);
const subjectKey = (r: ConferenceRecord) => r.subjects.map((s) => `${s.type} ${s.number ?? ''} ${s.name ?? ''} ${s.title ?? ''}`).join('; ');

/** By date, then organiser and subject in Vietnamese order, then id: a total order. */
export function compareConferences(a: SummaryRecord, b: SummaryRecord): number {
  const x = dateKey(a.record.date);
  const y = dateKey(b.record.date);
  return (
    x[0] - y[0] ||
    x[1] - y[1] ||
    x[2] - y[2] ||
    compareVi(leadName(a.record), leadName(b.record)) ||
    compareVi(subjectKey(a.record), subjectKey(b.record)) ||
    compareVi(a.id, b.id) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function counted(map: Map<string, number>): Count[] {
  return [...map].map(([label, count]) => ({ label, count })).sort((a, b) => compareVi(a.label, b.label) || (a.label < b.label ? -1 : 1));
}

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Everyone a conference names as taking part: chairs, attendees, speakers, the concluding chair, presenters. */
function participants(r: ConferenceRecord): Set<string> {
  const ids = new Set<string>([...(r.chairs ?? []), ...(r.attendees?.people ?? [])]);
  for (const s of r.speeches ?? []) if (s.speaker) ids.add(s.speaker);
  if (r.conclusion?.by) ids.add(r.conclusion.by);
  for (const c of r.commendations ?? []) if (c.presenter) ids.add(c.presenter);
  return ids;
}

export function aggregate(records: readonly SummaryRecord[], range: SummaryRange): SummaryData {
  const conferences: Conference[] = [...records].sort(compareConferences).map((r, i) => {
    const d = r.record.date ? parseIsoDate(r.record.date) : {};
    const period = datePeriod(r.record.date);
    return { ...r, no: i + 1, dayUnknown: d.day === undefined, ...(d.month !== undefined && period ? { month: period.from } : {}) };
  });

  const months = new Map<MonthIndex, number>(monthsOf(range).map((m) => [m, 0]));
  const unknownMonth = new Map<number, number>();
  const kinds = new Map<string, number>();
  const organizers = new Map<string, number>();
  const commended = new Map<string, number>();
  const awards = new Map<string, CommendationTotal>();
  const figures = new Map<string, FigureItem[]>();
  const tasks = new Map<string, { text: string; conferences: number[] }>();
  const milestones = new Map<string, { text: string; year?: number; conferences: number[] }>();
  const once = <T extends { conferences: number[] }>(map: Map<string, T>, key: string, item: T, no: number) => {
    const entry = map.get(key) ?? item;
    if (!entry.conferences.includes(no)) entry.conferences.push(no);
    map.set(key, entry);
  };
  const people = new Map<string, { name: string; rank?: string; conferences: number[] }>();
  const endYear = Math.floor(range.to / 12);

  for (const c of conferences) {
    const r = c.record;
    if (c.month !== undefined) months.set(c.month, (months.get(c.month) ?? 0) + 1);
    else {
      const year = parseIsoDate(r.date!).year!;
      unknownMonth.set(year, (unknownMonth.get(year) ?? 0) + 1);
    }
    bump(kinds, r.kind);
    // Every lead organiser has a bar, a zero one when its records give no commendation.
    bump(commended, leadName(r), 0);
    for (const o of r.organizers) bump(organizers, organizerLabel(o));
    for (const a of r.commendations ?? []) {
      const key = `${a.form}\u0000${a.issuer ?? ''}`;
      const prev = awards.get(key) ?? { form: a.form, issuer: a.issuer ?? '', collectives: 0, individuals: 0, awards: 0, unstated: 0 };
      const stated = a.collectives !== undefined || a.individuals !== undefined;
      awards.set(key, {
        ...prev,
        collectives: prev.collectives + (a.collectives ?? 0),
        individuals: prev.individuals + (a.individuals ?? 0),
        awards: prev.awards + 1,
        unstated: prev.unstated + (stated ? 0 : 1),
      });
      bump(commended, leadName(r), (a.collectives ?? 0) + (a.individuals ?? 0));
    }
    for (const f of r.figures ?? []) {
      const item: FigureItem = { label: f.label, value: f.value, unit: f.unit ?? '', ...(f.qualifier ? { qualifier: f.qualifier } : {}), conference: c.no };
      const key = `${f.label.trim().toLocaleLowerCase('vi')}\u0000${(f.unit ?? '').trim()}`;
      figures.set(key, [...(figures.get(key) ?? []), item]);
    }
    for (const t of r.conclusion?.tasks ?? []) {
      const task = typeof t === 'string' ? t : t.task;
      once(tasks, task.normalize('NFC').trim(), { text: task, conferences: [] }, c.no);
    }
    for (const m of r.milestones ?? []) {
      // A milestone of a year the range has passed is history, not an open item; one without a year may still be ahead.
      if (m.year === undefined || m.year > endYear) once(milestones, `${m.text.normalize('NFC').trim()}\u0000${m.year ?? ''}`, { text: m.text, ...(m.year !== undefined ? { year: m.year } : {}), conferences: [] }, c.no);
    }
    for (const id of participants(r)) {
      const p = r.people?.find((x) => x.id === id);
      if (!p) continue;
      const key = p.name.normalize('NFC').trim();
      const entry = people.get(key) ?? { name: key, conferences: [] };
      // The rank of the latest conference (conferences come in date order).
      if (p.rank) entry.rank = p.rank;
      if (!entry.conferences.includes(c.no)) entry.conferences.push(c.no);
      people.set(key, entry);
    }
  }

  const figureGroups = [...figures.values()];
  const byLabel = (a: { label: string; unit: string }, b: { label: string; unit: string }) => compareVi(a.label, b.label) || compareVi(a.unit, b.unit);
  return {
    conferences,
    byMonth: [...new Set(monthsOf(range).map(yearOf))].map((year) => ({
      year,
      months: [...months].filter(([m]) => yearOf(m) === year).map(([month, count]) => ({ month, count })),
      unknownMonth: unknownMonth.get(year) ?? 0,
    })),
    byKind: counted(kinds),
    byOrganizer: counted(organizers),
    commendedByOrganizer: counted(commended),
    commendations: [...awards.values()].sort((a, b) => compareVi(a.form, b.form) || compareVi(a.issuer, b.issuer)),
    figureSums: figureGroups
      .filter((g) => g.length > 1)
      .map((g) => ({
        label: g[0]!.label,
        unit: g[0]!.unit,
        total: g.reduce((s, f) => s + f.value, 0),
        approximate: g.some((f) => f.qualifier !== undefined),
        conferences: g.map((f) => f.conference),
      }))
      .sort(byLabel),
    figureList: figureGroups
      .filter((g) => g.length === 1)
      .map((g) => g[0]!)
      .sort((a, b) => byLabel(a, b) || a.conference - b.conference),
    tasks: [...tasks.values()],
    milestones: [...milestones.values()],
    people: [...people.values()].sort((a, b) => comparePersonNames(a.name, b.name)),
  };
}
