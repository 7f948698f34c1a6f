// The organiser's code and system and the place, concluded from its name ("Đảng ủy Quân sự tỉnh
// Điện Biên" → ĐUQS, Party, Điện Biên): office conventions, so every one is marked as inferred.
import { candidate, type Candidate } from './candidate.js';
import { foldTone } from '../typography/tone.js';

export interface Organizer {
  readonly name: string;
  readonly code?: string;
  readonly system?: 'đảng' | 'nhà nước';
  /** The province in the name, or the one the article names most. */
  readonly place?: Candidate<string>;
}

/** Name prefix → code and system, as the documents' symbols write them (first match wins). */
const BODIES: ReadonlyArray<{ prefix: RegExp; code: string; system: 'đảng' | 'nhà nước' }> = [
  { prefix: /^đảng ủy quân sự/iu, code: 'ĐUQS', system: 'đảng' },
  { prefix: /^đảng ủy/iu, code: 'ĐU', system: 'đảng' },
  { prefix: /^tỉnh ủy/iu, code: 'TU', system: 'đảng' },
  { prefix: /^huyện ủy/iu, code: 'HU', system: 'đảng' },
  { prefix: /^(?:ủy ban nhân dân|ubnd)/iu, code: 'UBND', system: 'nhà nước' },
  { prefix: /^(?:bộ chỉ huy quân sự|bộ chqs)/iu, code: 'BCHQS', system: 'nhà nước' },
  { prefix: /^công an/iu, code: 'CA', system: 'nhà nước' },
];

const PROVINCE = /(?<![\p{L}])tỉnh\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2})/gu;

export function recogniseOrganizerFacts(name: Candidate<string> | undefined, sentences: readonly string[]): Candidate<Organizer> | undefined {
  const inName = name ? /(?<![\p{L}])tỉnh\s+((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,2})\s*$/u.exec(name.value) : null;
  let place: Candidate<string> | undefined;
  if (inName && name) place = candidate(inName[1]!, name.sentence, 'tỉnh trong tên cơ quan tổ chức');
  else {
    const counts = new Map<string, number>();
    for (const m of sentences.join('\n').matchAll(PROVINCE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      const first = sentences.find((l) => l.includes(`tỉnh ${best[0]}`))!;
      place = candidate(best[0], first, `tỉnh được bài nêu nhiều nhất (${best[1]} lần)`);
    }
  }
  if (!name) return place ? candidate({ name: '', place }, place.sentence, place.inferred) : undefined;
  const body = BODIES.find((b) => b.prefix.test(foldTone(name.value)));
  return candidate({ name: name.value, ...(body ? { code: body.code, system: body.system } : {}), ...(place ? { place } : {}) }, name.sentence, name.inferred);
}
