// All recognisers over one article, in reading order: which sentence feeds which field. Each
// sentence is used once (lead, attendance, chair, commendation, signing, speech, or else an
// assessment candidate); people and figures are gathered from every sentence and caption.
import { recogniseAbbreviations } from './abbreviations.js';
import { readArticle, type Article } from './article.js';
import { candidate, type Candidate } from './candidate.js';
import { mergeCommendations, recogniseCommendation, type Commendation } from './commendations.js';
import { isoDate, recogniseDate, type DayPart } from './date.js';
import { recogniseFigures, type Figure } from './figures.js';
import { recogniseLead, type Kind, type Subject } from './lead.js';
import { personId } from './names.js';
import { recogniseAttendees, recogniseChairs } from './attendees.js';
import { gatherPeople, recogniseMentions, type Mention, type Person } from './people.js';
import { recogniseOrganizerFacts, type Organizer } from './organizer.js';
import { asPoint, recogniseSpeech, splitPoints, stripConnector, type Role } from './speeches.js';

export interface IdentifiedPerson extends Person {
  readonly id: string;
}

export interface SpeechDraft {
  readonly speaker?: Candidate<string>;
  role: Role;
  readonly points: Candidate<string>[];
}

export interface Recognised {
  readonly article: Article;
  readonly kind?: Candidate<Kind>;
  readonly subject?: Candidate<Subject>;
  readonly date?: Candidate<string>;
  readonly dayPart?: Candidate<DayPart>;
  readonly venue?: Candidate<string>;
  readonly place?: Candidate<string>;
  readonly organizer?: Candidate<Organizer>;
  readonly people: readonly Candidate<IdentifiedPerson>[];
  readonly chairs: readonly Candidate<string>[];
  readonly attendees: { people: Candidate<string>[]; groups: Candidate<string>[]; count?: Candidate<number> };
  readonly speeches: readonly SpeechDraft[];
  readonly conclusion?: { by?: Candidate<string>; tasks: Candidate<string>[] };
  readonly commendations: readonly Candidate<Commendation & { presenterId?: string }>[];
  readonly figures: readonly Candidate<Figure>[];
  readonly events: readonly Candidate<string>[];
  readonly assessment: readonly Candidate<string>[];
  readonly abbreviations: readonly Candidate<[string, string]>[];
}

export interface ImportOptions {
  /** The year from `--year`, used when the article writes none. */
  readonly year?: number;
}

const SIGNING = /(?<![\p{L}])ký kết(?![\p{L}])/u;
/** An introduction that only announces a list ("Hội nghị thống nhất đánh giá:") is a comment, not a fact. */
const SHORT_INTRO_WORDS = 8;
/** "… đều nhất trí đánh giá:" only announces the list that follows. */
const ANNOUNCES = /(?:đánh giá|nhận định|nhất trí|thống nhất)$/u;

/** The first of each key, in order. */
function uniqBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)) !== undefined);
}

export function recogniseArticle(text: string, options: ImportOptions = {}): Recognised {
  const article = readArticle(text);
  const sentences = article.sentences.map((s) => s.text);
  const lead = recogniseLead(sentences);
  const leadSentence = lead.kind?.sentence;

  // Date: from the lead, else the first sentence with one; the year only from where it is written.
  let date: Candidate<string> | undefined;
  let dayPart: Candidate<DayPart> | undefined;
  const dated = (leadSentence ? recogniseDate(leadSentence) : undefined) ?? sentences.map(recogniseDate).find((d) => d !== undefined);
  if (dated) {
    const d = dated.value;
    if (d.dayPart) dayPart = candidate(d.dayPart, dated.sentence);
    if (d.year !== undefined) date = candidate(isoDate(d), dated.sentence);
    else if (options.year !== undefined) date = candidate(isoDate({ ...d, year: options.year }), dated.sentence, `năm ${options.year} theo tùy chọn --year; bài không ghi năm`);
    else if (article.published && article.published.day === d.day && article.published.month === d.month)
      date = candidate(isoDate({ ...d, year: article.published.year }), dated.sentence, `năm lấy theo ngày đăng bài "${article.published.line}"`);
    else date = candidate(isoDate(d), dated.sentence, 'bài không ghi năm: để "--MM-DD" cho đến khi biết năm');
  }

  // People: every mention in the body first (its spelling wins), then the captions.
  const mentionsBySentence = sentences.map((s) => recogniseMentions(s));
  const captionMentions = article.captions.flatMap((c) => recogniseMentions(c));
  const people = gatherPeople([...mentionsBySentence.flat(), ...captionMentions]).map((p) => candidate<IdentifiedPerson>({ ...p.value, id: personId(p.value.name) }, p.sentence, p.inferred));
  const idOf = (name: string) => personId(name);

  const organizer = lead.organizer ? recogniseOrganizerFacts(lead.organizer, sentences) : undefined;
  const place = organizer?.value.place ?? recogniseOrganizerFacts(undefined, sentences)?.value.place;

  const chairs: Candidate<string>[] = [];
  const attendees: Recognised['attendees'] = { people: [], groups: [] };
  const speeches: SpeechDraft[] = [];
  let conclusion: { by?: Candidate<string>; tasks: Candidate<string>[] } | undefined;
  const commendations: Candidate<Commendation>[] = [];
  const figures: Candidate<Figure>[] = [];
  const events: Candidate<string>[] = [];
  const assessment: Candidate<string>[] = [];
  let current: { points: Candidate<string>[]; paragraph: number; speaker?: string } | undefined;
  let lastSpeaker: string | undefined;

  const speechOf = (speaker: string | undefined, role: Role, sentence: string): SpeechDraft => {
    const found = speeches.find((s) => s.speaker?.value === speaker && speaker !== undefined);
    if (found) return found;
    const s: SpeechDraft = { ...(speaker ? { speaker: candidate(speaker, sentence) } : {}), role, points: [] };
    speeches.push(s);
    return s;
  };

  article.sentences.forEach(({ text: sentence, paragraph }, i) => {
    figures.push(...recogniseFigures(sentence));
    const mentions = mentionsBySentence[i]!;
    if (sentence === leadSentence) return;
    const present = recogniseAttendees(sentence);
    if (present) {
      for (const p of present.people) attendees.people.push(candidate(idOf(p.value.name), sentence));
      attendees.groups.push(...present.groups);
      if (present.count) attendees.count = present.count;
      return;
    }
    const chaired = recogniseChairs(sentence);
    if (chaired.length > 0) {
      for (const c of chaired) chairs.push(candidate(idOf(c.value.name), sentence));
      return;
    }
    const given = recogniseCommendation(sentence);
    if (given) {
      commendations.push(given);
      return;
    }
    if (SIGNING.test(sentence)) {
      events.push(candidate(asPoint(sentence), sentence));
      return;
    }
    const speech = recogniseSpeech(sentence, mentions);
    if (speech) {
      let speaker = speech.speaker;
      if (!speaker && speech.byTitle) {
        const title = speech.byTitle.toLocaleLowerCase('vi');
        speaker = people.find((p) => p.value.positions.some((q) => q.toLocaleLowerCase('vi').startsWith(title)))?.value.name ?? lastSpeaker;
      }
      if (!speaker) {
        assessment.push(...splitPoints(sentence).map((p) => candidate(p, sentence)));
        return;
      }
      const id = idOf(speaker);
      lastSpeaker = speaker;
      let target: Candidate<string>[];
      if (speech.conclusion || conclusion?.by?.value === id) {
        conclusion ??= { by: candidate(id, sentence, speech.conclusion ? undefined : 'cùng người đã phát biểu kết luận'), tasks: [] };
        target = conclusion.tasks;
      } else target = speechOf(id, speech.role, sentence).points;
      target.push(...speech.points.map((p) => candidate(p, sentence)));
      current = { points: target, paragraph, speaker: id };
      return;
    }
    if (current && current.paragraph === paragraph) {
      current.points.push(...splitPoints(sentence).map((p) => candidate(p, sentence)));
      return;
    }
    current = undefined;
    // What is left is assessment material, in order; a short "…đánh giá:" introduction is dropped.
    const colon = /^(.*?):\s+(?=[\p{Lu}“"])/u.exec(sentence);
    let body = sentence;
    if (colon) {
      const intro = stripConnector(colon[1]!).replace(/,?\s*(?:đó là|như|gồm)$/u, '');
      if (intro.split(/\s+/u).length > SHORT_INTRO_WORDS && !ANNOUNCES.test(intro)) assessment.push(candidate(asPoint(intro), sentence));
      body = sentence.slice(colon[0].length);
    }
    assessment.push(...splitPoints(body).map((p) => candidate(p, sentence)));
  });

  // A caption "Đại tá X, Chính ủy … tặng Giấy khen cho các tập thể" names who handed the award over.
  for (const c of article.captions) {
    const given = recogniseCommendation(c);
    if (given) commendations.push(given);
  }
  const byName = new Map(people.map((p) => [p.value.name, p.value.id]));
  const merged = mergeCommendations(commendations).map((c) =>
    candidate({ ...c.value, ...(c.value.presenter ? { presenterId: byName.get(c.value.presenter) ?? idOf(c.value.presenter) } : {}) }, c.sentence, c.inferred),
  );
  const uniq = <T>(list: Candidate<T>[]) => list.filter((c, i) => list.findIndex((d) => d.value === c.value) === i);

  return {
    article,
    ...(lead.kind ? { kind: lead.kind } : {}),
    ...(lead.subject ? { subject: lead.subject } : {}),
    ...(date ? { date } : {}),
    ...(dayPart ? { dayPart } : {}),
    ...(lead.venue ? { venue: lead.venue } : {}),
    ...(place ? { place } : {}),
    ...(organizer ? { organizer } : {}),
    people,
    chairs: uniq(chairs),
    attendees: { ...attendees, people: uniq(attendees.people) },
    speeches: speeches.filter((s) => s.points.length > 0),
    ...(conclusion ? { conclusion } : {}),
    commendations: merged,
    figures,
    events: uniq(events),
    assessment,
    abbreviations: uniqBy(sentences.flatMap(recogniseAbbreviations), (c) => c.value[0]),
  };
}
