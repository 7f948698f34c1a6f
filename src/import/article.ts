// An article as the recognisers see it: NFC text cut into body sentences, photo captions, the
// headline and the credit line, with the page furniture of news sites (share buttons, visit
// counters, "Tin khác") left out. Pure: text in, structure out.
import { toNFC } from '../typography/unicode.js';
import { recogniseCredit } from './credit.js';

export interface Sentence {
  readonly text: string;
  /** Index of the paragraph (body line) it belongs to: a speaker's later sentences follow him. */
  readonly paragraph: number;
}

export interface Article {
  /** The whole text after NFC, for checks that a value occurs in the source. */
  readonly text: string;
  readonly headline?: string;
  readonly sentences: readonly Sentence[];
  /** Photo captions: they name people and positions, but are not what the conference said. */
  readonly captions: readonly string[];
  readonly credit?: string;
  /** The credit is a bare name on the last line, not a "Tin, ảnh: …" line: a guess to confirm. */
  readonly creditBare?: boolean;
  /** A publication date printed with the article ("14/10/2022"), day, month and year. */
  readonly published?: { day: number; month: number; year: number; line: string };
  /** The paper as the page names it ("Nguồn: Báo Hà Giang"). */
  readonly publication?: string;
  /** The paper's sign before the lead ("QK2", "ĐN", "ĐBP"), when the page names no paper. */
  readonly tag?: string;
}

/** Lines that belong to the web page, not to the article. */
const FURNITURE = [
  /\|/,
  /^chia sẻ/i,
  /^(en|tin khác|bình luận|back to top|phản hồi|các tin khác|mới nhất|xem nhiều nhất|tin xem nhiều|thống kê truy cập|in bài viết)$/i,
  /^[^:]{1,20} : [\d.]+$/, // visit counters: "Hôm nay : 2.447"
];

/** A credit written as the bare name on its own line ("Nguyệt Hà"). */
const BARE_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*\s){1,3}\p{Lu}[\p{Ll}\p{M}]*$/u;
const PUBLISHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

export function readArticle(raw: string): Article {
  const text = toNFC(raw).replace(/\r\n?/g, '\n');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !FURNITURE.some((re) => re.test(l)));
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l, (seen.get(l) ?? 0) + 1);

  const body: string[] = [];
  const captions: string[] = [];
  let credit: string | undefined;
  let headline: string | undefined;
  let published: Article['published'];
  const done = new Set<string>();
  let publication: string | undefined;
  let tag: string | undefined;
  for (const line of lines) {
    const named = /^Nguồn\s*:\s*(.+)$/u.exec(line);
    if (named) publication = named[1]!.trim();
    if (credit !== undefined) continue; // what follows the credit is the site's footer
    if (recogniseCredit(line)) {
      credit = line;
      continue;
    }
    if (done.has(line)) continue; // news sites print captions (and sometimes the lead) twice
    done.add(line);
    const date = PUBLISHED.exec(line);
    if (date && line.length < 80 && !/[.;]$/.test(line)) {
      published = { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]), line };
      continue;
    }
    const isCaption = /\(Ảnh:/.test(line) || ((seen.get(line) ?? 0) > 1 && !/[.…:]$/.test(line));
    if (isCaption) {
      captions.push(line.replace(/\s*\(Ảnh:[^)]*\)\s*$/, '').replace(/\.$/, ''));
      continue;
    }
    if (body.length === 0 && headline === undefined && !/[.;:]$/.test(line) && line.length < 160 && !/^\(?[\p{Lu}.]{2,}\)?\s*[-–]/u.test(line)) {
      headline = line;
      continue;
    }
    tag ??= TAG.exec(line)?.[1];
    body.push(line);
  }
  // A bare name after the last paragraph is the author, as some papers sign.
  let creditBare = false;
  if (credit === undefined && body.length > 1 && BARE_NAME.test(body[body.length - 1]!)) {
    credit = body.pop();
    creditBare = true;
  }
  const sentences: Sentence[] = [];
  body.forEach((line, paragraph) => {
    for (const s of splitSentences(stripDateline(line))) sentences.push({ text: s, paragraph });
  });
  return { text, ...(headline ? { headline } : {}), sentences, captions, ...(credit ? { credit, ...(creditBare ? { creditBare } : {}) } : {}), ...(published ? { published } : {}), ...(publication ? { publication } : {}), ...(tag ? { tag } : {}) };
}

/** "QK2 – Sáng 22-8, …", "(ĐN) - Là …", "CTTBTG - Sáng …": the paper's tag before the lead. */
const TAG = /^\(?([\p{Lu}\d.]{2,8})\)?\s+[-–]\s+/u;

export function stripDateline(line: string): string {
  return line.replace(TAG, '');
}

/**
 * Sentences end at ". ", "! ", "? " or "… " before a capital letter or an opening quote; dots inside
 * "T.Ư", "24.8" or "21/2019/NĐ-CP" are not ends because no space follows them.
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /([.!?…]+)\s+(?=[\p{Lu}“"])/gu;
  let from = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[1]!.length;
    out.push(paragraph.slice(from, end).trim());
    from = re.lastIndex;
  }
  const last = paragraph.slice(from).trim();
  if (last) out.push(last);
  return out;
}
