// People as news pieces name them: "Đại tá Khổng Đình Tám, Chủ nhiệm Chính trị Quân khu 2",
// "đồng chí Trần Quốc Cường", "Ông Tống Thanh Hải, Phó Chủ tịch …", "Quyền Bí thư Tỉnh ủy Nguyễn
// Mạnh Dũng phát biểu …" (position before the name), in lists cut by ";" and "và".
import { candidate, type Candidate } from './candidate.js';
import { ACTION, NAME, POSITION_START, RANK, normalRank } from './names.js';

export interface Person {
  readonly name: string;
  readonly rank?: string;
  readonly positions: readonly string[];
}

/** A person found in a sentence, with where the mention (name and positions) starts and ends. */
export interface Mention extends Candidate<Person> {
  readonly start: number;
  readonly end: number;
  /** The rank as printed when it was rewritten ("Trung Tướng"), for the draft's `# suy ra`. */
  readonly rankAsWritten?: string;
}

const NAME_RE = new RegExp(NAME, 'gu');
const RANK_BEFORE = new RegExp(String.raw`(${RANK})\s+$`, 'iu');
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:các\s+)?(?:đồng chí|ông|bà)\s*:?\s*$/iu;
const POSITION_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*)(${POSITION_START}(?:\s+[^\s,;:]+){0,7})\s+$`, 'u');
const ACTION_AT = new RegExp(String.raw`(?<![\p{L}])${ACTION}(?![\p{L}])`, 'u');
const AND_NEXT = new RegExp(String.raw`\s+và\s+(?=(?:${RANK}\s+)?${NAME})`, 'iu');
const FOLLOWED_BY_ACTION = new RegExp(String.raw`^\s*(?:${ACTION}(?![\p{L}])|$|[.:(])`, 'u');

/** Positions after a name: ", Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh" up to a verb, ";" or "và <name>". */
function positionsAfter(rest: string): { positions: string[]; length: number } {
  const positions: string[] = [];
  let at = 0;
  while (true) {
    const m = /^\s*,\s*/u.exec(rest.slice(at));
    if (!m) break;
    const from = at + m[0].length;
    const tail = rest.slice(from);
    if (!/^\p{Lu}/u.test(tail) || new RegExp(String.raw`^(?:${RANK}\s+)?${NAME}`, 'u').test(tail)) break;
    let end = tail.search(/[,;:(]/u);
    if (end < 0) end = tail.length;
    let segment = tail.slice(0, end);
    const and = AND_NEXT.exec(segment);
    const action = ACTION_AT.exec(segment);
    let stop = false;
    for (const cut of [and?.index, action?.index]) {
      if (cut !== undefined && cut < segment.length) {
        segment = segment.slice(0, cut);
        stop = true;
      }
    }
    const position = segment.replace(/[.\s]+$/u, '').trim();
    if (!position) break;
    positions.push(position);
    at = from + segment.trimEnd().length;
    if (stop) break;
  }
  return { positions, length: at };
}

/** Every person named in the sentence, in order. */
export function recogniseMentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  let consumed = 0;
  for (const m of sentence.matchAll(NAME_RE)) {
    const start = m.index!;
    if (start < consumed) continue; // inside the positions of the previous person ("Bí thư Thành ủy Hà Giang")
    const before = sentence.slice(consumed, start);
    const name = m[0];
    const after = sentence.slice(start + name.length);
    const rank = RANK_BEFORE.exec(before);
    const honorific = HONORIFIC_BEFORE.test(rank ? before.slice(0, rank.index) : before);
    const { positions, length } = positionsAfter(after);
    // A title before the name counts only when the person is the subject ("… Nguyễn Mạnh Dũng phát biểu").
    const titled = !rank && !honorific ? POSITION_BEFORE.exec(before) : null;
    const titleBefore = titled && FOLLOWED_BY_ACTION.test(after.slice(length)) ? titled[1]!.trim() : undefined;
    if (!rank && !honorific && !titleBefore && positions.length === 0) continue;
    const mentionStart = rank ? start - (before.length - rank.index) : titleBefore ? start - (before.length - before.lastIndexOf(titleBefore)) : start;
    const person: { name: string; rank?: string; positions: string[] } = { name, positions: titleBefore ? [titleBefore, ...positions] : positions };
    const mention: { -readonly [K in keyof Mention]: Mention[K] } = { value: person, sentence, start: mentionStart, end: start + name.length + length };
    if (rank) {
      person.rank = normalRank(rank[1]!);
      if (person.rank !== rank[1]) {
        mention.rankAsWritten = rank[1]!;
        mention.inferred = `cấp bậc viết lại theo Phụ lục II Nghị định 30 (bài ghi "${rank[1]}")`;
      }
    }
    out.push(mention);
    consumed = mention.end;
  }
  return out;
}

/** The people of a whole piece, one entry a name: ranks and positions gathered from every mention. */
export function gatherPeople(mentions: readonly Mention[]): Candidate<Person>[] {
  const byName = new Map<string, { person: { name: string; rank?: string; positions: string[] }; sentence: string; inferred?: string }>();
  const fold = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  for (const m of mentions) {
    let entry = byName.get(m.value.name);
    if (!entry) {
      entry = { person: { name: m.value.name, positions: [] }, sentence: m.sentence };
      byName.set(m.value.name, entry);
    }
    if (!entry.person.rank && m.value.rank) {
      entry.person.rank = m.value.rank;
      if (m.inferred) entry.inferred = m.inferred;
    }
    for (const p of m.value.positions) if (!entry.person.positions.some((q) => fold(q) === fold(p))) entry.person.positions.push(p);
  }
  return [...byName.values()].map((e) => candidate<Person>(e.person, e.sentence, e.inferred));
}
