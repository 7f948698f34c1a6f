// Commendations: "Bộ Chỉ huy Quân sự tỉnh Lai Châu tặng Giấy khen cho 7 tập thể, 15 cá nhân có
// thành tích xuất sắc trong …", "Đại tá X, Chính ủy … trao giấy khen cho tập thể và cá nhân …".
// A body before the verb is the issuer, a person the presenter.
import { candidate, type Candidate } from './candidate.js';
import { recogniseMentions } from './people.js';

export interface Commendation {
  readonly form: string;
  readonly issuer?: string;
  /** Name of the person who handed it over (the draft turns it into a person id). */
  readonly presenter?: string;
  readonly collectives?: number;
  readonly individuals?: number;
  readonly reason?: string;
}

const FORM = String.raw`(Bằng khen|Giấy khen|Cờ thi đua|Huân chương[^,;]*?|Huy chương[^,;]*?|Kỷ niệm chương[^,;]*?|Giấy chứng nhận)`;
const GIVE = new RegExp(String.raw`(?<![\p{L}])(?:đã\s+)?(?:trao tặng|tặng|trao|khen thưởng)\s+${FORM}\s+(?:của\s+([^,;]+?)\s+)?cho\s+(.+)$`, 'iu');

export function recogniseCommendation(sentence: string): Candidate<Commendation> | undefined {
  const m = GIVE.exec(sentence);
  if (!m) return undefined;
  const written = m[1]!;
  const form = written.charAt(0).toLocaleUpperCase('vi') + written.slice(1);
  const c: { -readonly [K in keyof Commendation]: Commendation[K] } = { form };
  const person = recogniseMentions(sentence.slice(0, m.index)).pop();
  if (person) c.presenter = person.value.name;
  else {
    const issuer = sentence.slice(0, m.index).split(/,\s*/u).pop()!.trim();
    if (/^\p{Lu}/u.test(issuer) && !/^(?:Dịp này|Nhân dịp này|Tại hội nghị)$/iu.test(issuer)) c.issuer = issuer;
  }
  if (m[2]) c.issuer = m[2].trim();
  const whom = m[3]!;
  const collectives = /(\d+)\s+tập thể/u.exec(whom);
  const individuals = /(\d+)\s+cá nhân/u.exec(whom);
  if (collectives) c.collectives = Number(collectives[1]);
  if (individuals) c.individuals = Number(individuals[1]);
  const reason = /(?<![\p{L}])((?:có|đạt)\s+thành tích.+?)(?:\.\/\.|\.)?$/u.exec(whom);
  if (reason) c.reason = reason[1]!.trim();
  return candidate(c, sentence, form !== written ? `hình thức khen viết hoa chữ đầu (bài ghi "${written}")` : undefined);
}

/** One commendation a form: the caption's presenter and the body's issuer and counts together. */
export function mergeCommendations(found: readonly Candidate<Commendation>[]): Candidate<Commendation>[] {
  const out: Candidate<Commendation>[] = [];
  for (const f of found) {
    const i = out.findIndex((o) => o.value.form.toLocaleLowerCase('vi') === f.value.form.toLocaleLowerCase('vi'));
    if (i < 0) out.push(f);
    else {
      const o = out[i]!;
      // The sentence with counts is the fuller one; keep its wording and add what the other adds.
      const [main, extra] = (f.value.collectives ?? f.value.individuals) !== undefined && (o.value.collectives ?? o.value.individuals) === undefined ? [f, o] : [o, f];
      out[i] = candidate({ ...extra.value, ...main.value }, main.sentence, main.inferred);
    }
  }
  return out;
}
