// Who attended: "Dự hội nghị có các đồng chí: A, <chức vụ>; B, …; lãnh đạo các Ban …; Bí thư các
// Huyện, Thành ủy." — people by name, groups without one, and "120 đại biểu" as a count. And who
// chaired: "… chủ trì hội nghị", "… đồng chủ trì".
import { candidate, type Candidate } from './candidate.js';
import { recogniseMentions, type Mention } from './people.js';

export interface Attendees {
  readonly people: readonly Mention[];
  readonly groups: readonly Candidate<string>[];
  readonly count?: Candidate<number>;
}

const LIST = /^(?:tham\s+)?dự\s+(?:hội nghị\s+)?(?:có\s+)?(?:các\s+đồng chí|đồng chí)?\s*:?\s*(.+)$/iu;

/** The attendance sentence, if this is one. */
export function recogniseAttendees(sentence: string): Attendees | undefined {
  const m = LIST.exec(sentence);
  const count = /(?:^|\D)(\d+)\s+đại biểu/u.exec(sentence);
  if (!m && !count) return undefined;
  const people: Mention[] = [];
  const groups: Candidate<string>[] = [];
  if (m) {
    const list = m[1]!;
    const offset = sentence.length - list.length;
    let from = 0;
    for (const item of list.split(';')) {
      const found = recogniseMentions(item);
      if (found.length > 0) people.push(...found.map((f) => ({ ...f, sentence, start: f.start + offset + from, end: f.end + offset + from })));
      else {
        const group = item.replace(/[.…]+$/u, '').trim();
        if (group && !/\d+\s+đại biểu/u.test(group)) groups.push(candidate(group, sentence));
      }
      from += item.length + 1;
    }
  }
  return { people, groups, ...(count ? { count: candidate(Number(count[1]), sentence) } : {}) };
}

/** The people who chaired: those named before "chủ trì" (several with "đồng chủ trì"). */
export function recogniseChairs(sentence: string): Mention[] {
  const at = sentence.search(/(?<![\p{L}])(?:đồng\s+)?chủ trì(?![\p{L}])/u);
  if (at < 0) return [];
  const before = recogniseMentions(sentence).filter((m) => m.start < at);
  if (/đồng\s+chủ trì/u.test(sentence)) return before;
  return before.length > 0 ? [before[before.length - 1]!] : [];
}
