// How close a draft comes to the hand-written record: both are cut into facts (names, numbers,
// dates, and statements one clause each), case and tone folded; a draft fact is right when the
// record states it, a record fact is found when the draft states it. Used by the import test and
// by `npm run bench` as a quality figure.
import { foldTone } from '../typography/tone.js';

/**
 * Fields not counted, and why: ids and codes are keys; parent, system, abbreviations, documents,
 * milestones and the source's publication, title and date are the clerk's conventions or
 * conclusions, not statements of the conference; speech roles are a choice of wording.
 */
export const UNCOUNTED = ['id', 'organizers.*.code', 'organizers.*.parent', 'organizers.*.system', 'abbreviations', 'documents', 'milestones', 'source.publication', 'source.title', 'source.published', 'speeches.*.role'] as const;

type Json = unknown;
type Obj = Record<string, Json>;

const MIN_WORDS_INSIDE = 4;

/** Folded text for comparison: tone style, case, dashes and punctuation do not count. */
export function foldFact(text: string): string {
  return foldTone(text.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[–—]/g, '-')
    .replace(/[.,;:!?…“”"'()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A statement as clauses: records and drafts cut the same sentence at different places. */
function clauses(text: string): string[] {
  return text
    .split(/;\s+|:\s+|\.\s+|,\s+đồng thời\s+/u)
    .map(foldFact)
    .filter((c) => c !== '');
}

/** The facts of a record (or a draft, which has the same shape), as typed folded strings. */
export function recordFacts(record: Obj): Set<string> {
  const facts = new Set<string>();
  const text = (v: Json) => {
    if (typeof v === 'string') for (const c of clauses(v)) facts.add(`text:${c}`);
  };
  const texts = (v: Json) => Array.isArray(v) && v.forEach(text);
  const num = (v: Json) => typeof v === 'number' && facts.add(`num:${v}`);
  const arr = (v: Json): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
  const obj = (v: Json): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
  const people = new Map(arr(record.people).map((p) => [p.id as string, p.name as string]));
  const person = (role: string, id: Json) => typeof id === 'string' && facts.add(`${role}:${foldFact(people.get(id) ?? id)}`);

  text(record.kind);
  for (const s of arr(record.subjects)) {
    for (const k of ['type', 'name', 'number', 'issuer', 'title']) text(s[k]);
    text(obj(s.period).label);
    num(obj(s.period).from);
    num(obj(s.period).to);
  }
  if (typeof record.date === 'string') {
    const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(record.date);
    if (m?.[1] !== '-' && m?.[1]) facts.add(`year:${m[1]}`);
    if (m?.[2] && m[3]) facts.add(`date:${m[2]}-${m[3]}`);
  }
  for (const k of ['dayPart', 'venue', 'place']) text(record[k]);
  for (const o of arr(record.organizers)) text(o.name);
  for (const p of arr(record.people)) {
    facts.add(`name:${foldFact(p.name as string)}`);
    text(p.rank);
    texts(p.positions);
  }
  for (const c of arr(record.chairs)) person('chair', c);
  const attendees = obj(record.attendees);
  for (const a of arr(attendees.people)) person('attendee', a);
  texts(attendees.groups);
  num(attendees.count);
  for (const list of Object.values(obj(record.assessment))) texts(list);
  for (const s of arr(record.speeches)) {
    person('speaker', s.speaker);
    texts(s.points);
  }
  const conclusion = obj(record.conclusion);
  person('speaker', conclusion.by);
  texts(conclusion.summary);
  texts(conclusion.tasks);
  for (const c of arr(record.commendations)) {
    for (const k of ['form', 'issuer', 'reason']) text(c[k]);
    num(c.collectives);
    num(c.individuals);
    person('presenter', c.presenter);
  }
  for (const f of arr(record.figures)) {
    for (const k of ['label', 'unit', 'qualifier']) text(f[k]);
    num(f.value);
  }
  texts(record.events);
  text(obj(record.source).credit);
  return facts;
}

function matches(fact: string, pool: ReadonlySet<string>, poolList: readonly string[]): boolean {
  if (pool.has(fact)) return true;
  if (!fact.startsWith('text:')) return false;
  const f = fact.slice(5);
  // The same statement cut at another place: one clause holds the other, word for word.
  return poolList.some((g) => {
    if (!g.startsWith('text:')) return false;
    const h = g.slice(5);
    const [short, long] = f.length <= h.length ? [f, h] : [h, f];
    return short.split(' ').length >= MIN_WORDS_INSIDE && ` ${long} `.includes(` ${short} `);
  });
}

export interface Quality {
  readonly draftFacts: number;
  readonly recordFacts: number;
  readonly correct: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  /** Draft facts the record does not state, and record facts the draft misses, for reading. */
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
}

export function compareFacts(draft: Obj, record: Obj): Quality {
  const d = recordFacts(draft);
  const r = recordFacts(record);
  const dl = [...d];
  const rl = [...r];
  const wrong = dl.filter((f) => !matches(f, r, rl));
  const missed = rl.filter((f) => !matches(f, d, dl));
  const correct = d.size - wrong.length;
  const found = r.size - missed.length;
  return { draftFacts: d.size, recordFacts: r.size, correct, found, precision: d.size ? correct / d.size : 1, recall: r.size ? found / r.size : 1, wrong, missed };
}
