// What was said and by whom: "đồng chí Trần Quốc Cường đề nghị …; chú trọng …", "Đại tá X đánh giá
// cao …", "Quyền Bí thư Tỉnh ủy nhấn mạnh: …" (a title for a person named earlier). Each ";"-clause
// becomes a point, as a clerk writes them; "kết luận" makes it the conclusion.
import { NAME, POSITION_START } from './names.js';
import type { Mention } from './people.js';

export type Role = 'phát biểu' | 'chỉ đạo' | 'thảo luận' | 'tham luận';

export interface Speech {
  /** The speaker's name, or undefined when only a title names him (`byTitle`). */
  readonly speaker?: string;
  readonly byTitle?: string;
  readonly role: Role;
  readonly conclusion: boolean;
  readonly points: readonly string[];
}

const VERB = /(?<![\p{L}])(đề nghị|yêu cầu|nhấn mạnh|lưu ý|đánh giá cao|thống nhất|khẳng định|chỉ rõ|biểu dương|ghi nhận)(?![\p{L}])/u;
const CONNECTOR = /^(?:Đồng thời|Vì vậy|Cùng đó|Cùng với đó|Bên cạnh đó|Do đó|Ngoài ra|Tại hội nghị|Tại Hội nghị|Dịp này|Theo (?:dự thảo )?báo cáo[^,]*)[,\s]+/u;
const TITLE_SUBJECT = new RegExp(String.raw`^(?:Đồng chí\s+)?(${POSITION_START}[^,;:]{0,60}?)\s*$`, 'u');

/** "đồng thời nhấn mạnh …" → "Nhấn mạnh …": the connector is the article's, not the point's. */
export function stripConnector(text: string): string {
  let t = text.trim();
  for (let m = CONNECTOR.exec(t); m; m = CONNECTOR.exec(t)) t = t.slice(m[0].length);
  return t;
}

/** A point as clerks write them: first letter upper case, one final full stop. */
export function asPoint(text: string): string {
  const t = stripConnector(text).replace(/[\s.;,…]+$/u, '').trim();
  return t ? t.charAt(0).toLocaleUpperCase('vi') + t.slice(1) + '.' : '';
}

/** The points of a passage: one a ";"-clause, ", đồng thời" and ": <Capital>" also cut. */
export function splitPoints(text: string): string[] {
  return text
    .split(/;\s+|,\s+đồng thời\s+|:\s+(?=[\p{Lu}“"])/u)
    .map(asPoint)
    .filter((p) => p !== '');
}

function roleOf(sentence: string): Role {
  if (/phát biểu chỉ đạo|ý kiến chỉ đạo/u.test(sentence)) return 'chỉ đạo';
  if (/tham luận/u.test(sentence)) return 'tham luận';
  if (/thảo luận/u.test(sentence)) return 'thảo luận';
  return 'phát biểu';
}

/** The speech in this sentence, when a person (by name or title) is the subject of a speech verb. */
export function recogniseSpeech(sentence: string, mentions: readonly Mention[]): Speech | undefined {
  const verb = VERB.exec(sentence);
  if (!verb) return undefined;
  // The subject: the last person whose mention ends just before the verb (a few words may sit between).
  const speaker = mentions.filter((m) => m.end <= verb.index && sentence.slice(m.end, verb.index).trim().split(/\s+/u).filter(Boolean).length <= 3).pop();
  let byTitle: string | undefined;
  if (!speaker) {
    const subject = stripConnector(sentence.slice(0, verb.index).split(/,\s*/u).pop() ?? '');
    const t = TITLE_SUBJECT.exec(subject);
    if (!t || new RegExp(NAME, 'u').test(subject)) return undefined;
    byTitle = t[1]!.trim();
  }
  let content = sentence.slice(verb.index);
  // "đề nghị: Các cấp ủy …", "lưu ý, cơ quan …": the verb only introduces what follows.
  const intro = /^(?:đề nghị|yêu cầu|nhấn mạnh|lưu ý)\s*[:,]\s*/u.exec(content);
  if (intro) content = content.slice(intro[0].length);
  return {
    ...(speaker ? { speaker: speaker.value.name } : {}),
    ...(byTitle ? { byTitle } : {}),
    role: roleOf(sentence),
    conclusion: /kết luận/u.test(sentence),
    points: splitPoints(content),
  };
}
