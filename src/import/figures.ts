// Figures: "tổng kinh phí gần 212 tỷ đồng", "tỷ lệ đạt 100%" — qualifier, value, unit, and the
// words before as the label. Vietnamese numbers: "2.447" is two thousand, "1,5" one and a half.
import { candidate, type Candidate } from './candidate.js';

export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: 'gần' | 'hơn' | 'khoảng' | 'trên' | 'dưới';
}

const FIGURE = /(?:(gần|hơn|khoảng|trên|dưới)\s+)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(tỷ đồng|triệu đồng|nghìn đồng|ngàn đồng|đồng|%|ha|km|tấn)(?![\p{L}])/giu;
const VERB_BEFORE = /\s+(?:đạt|là|bằng|chiếm|lên tới|lên đến)\s*$/u;

export function parseViNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

export function recogniseFigures(sentence: string): Candidate<Figure>[] {
  const out: Candidate<Figure>[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    let before = sentence.slice(0, m.index);
    const verb = VERB_BEFORE.exec(before);
    if (verb) before = before.slice(0, verb.index);
    // The label: the noun phrase since the last comma or "với"/"có", at most six words.
    const label = before
      .split(/[,;:]|\s(?:với|có|và)\s/u)
      .pop()!
      .trim()
      .split(/\s+/u)
      .slice(-6)
      .join(' ');
    if (!label) continue;
    const qualifier = m[1]?.toLocaleLowerCase('vi') as Figure['qualifier'] | undefined;
    out.push(candidate({ label: label.charAt(0).toLocaleUpperCase('vi') + label.slice(1), value: parseViNumber(m[2]!), unit: m[3]!, ...(qualifier ? { qualifier } : {}) }, sentence));
  }
  return out;
}
