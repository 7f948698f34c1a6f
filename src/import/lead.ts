// The lead: "Sáng 22-8, tại huyện Điện Biên Đông, Đảng ủy Quân sự tỉnh tổ chức Hội nghị sơ kết
// 1 năm thực hiện Quy chế phối hợp giữa …": the kind of conference, what it reviews (type, name,
// number and issuer, title, period), who organised it and where.
import { candidate, type Candidate } from './candidate.js';

export type Kind = 'sơ kết' | 'tổng kết' | 'ký kết';

export interface Period {
  readonly label: string;
  readonly from?: number;
  readonly to?: number;
}

export interface Subject {
  readonly type: string;
  readonly name?: string;
  readonly number?: string;
  readonly issuer?: string;
  readonly title?: string;
  readonly period?: Period;
}

export interface Lead {
  readonly kind?: Candidate<Kind>;
  readonly subject?: Candidate<Subject>;
  readonly organizer?: Candidate<string>;
  readonly venue?: Candidate<string>;
}

const TYPES = String.raw`(?:Quy chế|Nghị quyết|Nghị định|Chỉ thị|Kết luận|Quyết định|Chương trình|Kế hoạch|Đề án|Luật|Thông tư|Quy định|Hướng dẫn|Chiến lược)`;
const KIND = /hội nghị\s+(sơ kết|tổng kết|ký kết)/iu;
const DURATION = String.raw`(\d+\s+(?:năm|tháng))`;
/** "… tổng kết 10 năm thực hiện Nghị quyết …", "… sơ kết thực hiện Quy chế …", "… tổng kết Chỉ thị …". */
const SUBJECT = new RegExp(String.raw`(?:sơ kết|tổng kết|ký kết|qua|sau)\s+(?:${DURATION}\s+)?(?:(?:triển khai\s+)?thực hiện\s+)?(${TYPES})\s+(.+)$`, 'iu');
const PERIOD = /\s+((?:giữa\s+)?(?:giai đoạn|nhiệm kỳ)\s+(\d{4})\s*[-–]\s*(\d{4}))$/u;
const NUMBERED = /^số\s+([\dA-ZĐ/.-]*\d[\dA-ZĐ/.-]*)(?:\s+của\s+([^,;]+?))?(?:\s+(về\s+[^,;]+))?(?:[,;].*)?$/u;

/** The kind named in "Hội nghị sơ kết/tổng kết/ký kết …" (any capitalisation). */
export function recogniseKind(sentence: string): Candidate<Kind> | undefined {
  const m = KIND.exec(sentence);
  return m ? candidate(m[1]!.toLocaleLowerCase('vi') as Kind, sentence) : undefined;
}

/** Where the subject's wording stops: the sentence end, "diễn ra …", or an inline abbreviation. */
function subjectTail(rest: string): string {
  return rest
    .replace(/\s+(?:diễn ra|được tổ chức|do)\s.*$/u, '')
    .replace(/\s*\((?:[\p{Lu}Đ]{2,}[\p{Lu}\d-]*)\)/gu, '') // "(KVPT)" defines an abbreviation, not part of the title
    .replace(/\.\/?\.?$|[.;]$/u, '')
    .trim();
}

/** The subject under review, with its period, number and issuer. */
export function recogniseSubject(sentence: string): Candidate<Subject> | undefined {
  const m = SUBJECT.exec(sentence);
  if (!m) return undefined;
  const type = m[2]!.toLocaleLowerCase('vi');
  let rest = subjectTail(m[3]!);
  let period: Period | undefined = m[1] ? { label: m[1] } : undefined;
  const p = PERIOD.exec(rest);
  if (p) {
    rest = rest.slice(0, p.index).trim();
    // Half a term ends mid-way, so only its first year is the period's.
    period = /^giữa/u.test(p[1]!) ? { label: p[1]!, from: Number(p[2]) } : { label: p[1]!, from: Number(p[2]), to: Number(p[3]) };
  }
  const subject: { -readonly [K in keyof Subject]: Subject[K] } = { type };
  const numbered = NUMBERED.exec(rest);
  if (numbered) {
    subject.number = numbered[1]!.replace(/[.,]$/, '');
    if (numbered[2]) subject.issuer = numbered[2].trim();
    if (numbered[3]) subject.title = numbered[3].trim();
  } else if (/^(?:nghị quyết|chỉ thị|kết luận|chiến lược)$/u.test(type)) {
    // "Nghị quyết Trung ương 8 (khóa XI) về …": the words before "về" name it, the rest is its title.
    const about = rest.search(/(?:^|\s)về\s/u);
    const name = (about < 0 ? rest : rest.slice(0, about)).trim();
    if (name && /^[\p{Lu}\d]/u.test(name)) {
      subject.name = `${m[2]} ${name}`;
      if (about >= 0) subject.title = rest.slice(about).trim();
    } else subject.title = rest;
  } else if (rest) subject.title = rest;
  if (period) subject.period = period;
  return candidate(subject, sentence);
}

/** "…, Đảng ủy Quân sự tỉnh tổ chức Hội nghị …": the organiser as written. */
export function recogniseOrganizer(sentence: string): Candidate<string> | undefined {
  const m = /(?:^|,\s*)([^,]+?)\s+(?:đã\s+)?(?:tổ chức|phối hợp tổ chức)\s+hội nghị/iu.exec(sentence);
  if (!m) return undefined;
  const name = m[1]!.replace(/^(?:tại\s+\S.*|sáng|chiều|tối|ngày)\s*$/iu, '').trim();
  return name && /^\p{Lu}/u.test(name) ? candidate(name, sentence) : undefined;
}

/**
 * With no "X tổ chức": the first party of the reviewed "quy chế phối hợp giữa X với Y" is the usual
 * organiser. Said as an inference, never as read.
 */
export function inferOrganizer(subject: Candidate<Subject>): Candidate<string> | undefined {
  const m = /^phối hợp giữa\s+(.+?)\s+(?:với|và)\s/u.exec(subject.value.title ?? '');
  return m ? candidate(m[1]!, subject.sentence, 'bài không nói ai tổ chức; lấy bên thứ nhất của quy chế phối hợp được sơ kết, tổng kết') : undefined;
}

/** "tại huyện Bắc Mê," — the venue as written, up to the next comma or verb. */
export function recogniseVenue(sentence: string): Candidate<string> | undefined {
  const m = /\btại\s+((?:huyện|xã|thị xã|thành phố|thị trấn|phường|tỉnh|hội trường|trụ sở|Hội trường|Trụ sở)\s+[^,;.]+?)(?=\s*(?:,|;|\.|\s+đã\s|\s+diễn ra|$))/u.exec(sentence);
  return m ? candidate(m[1]!.trim(), sentence) : undefined;
}

/** The lead sentence is the first one naming the conference kind; its facts, found together. */
export function recogniseLead(sentences: readonly string[]): Lead {
  const lead = sentences.find((s) => KIND.test(s));
  const out: { -readonly [K in keyof Lead]: Lead[K] } = {};
  if (lead) {
    const kind = recogniseKind(lead);
    if (kind) out.kind = kind;
    const subject = recogniseSubject(lead.slice(KIND.exec(lead)!.index));
    if (subject) out.subject = candidate(subject.value, lead);
    const venue = recogniseVenue(lead);
    if (venue) out.venue = venue;
  }
  // A piece without a lead still says what was reviewed: "qua 5 năm thực hiện Nghị định số …".
  if (!out.subject) {
    for (const s of sentences) {
      const subject = recogniseSubject(s);
      if (subject && subject.value.period) {
        out.subject = candidate(subject.value, s, 'bài không có câu mở đầu nêu hội nghị; nội dung lấy từ câu nêu thời gian thực hiện');
        break;
      }
    }
  }
  if (out.subject?.value.number && !out.subject.value.title) {
    // "Nghị định số 21/2019/NĐ-CP của Chính phủ về khu vực phòng thủ" later in the piece gives the title.
    const num = out.subject.value.number;
    for (const s of sentences) {
      const at = s.indexOf(num);
      if (at < 0) continue;
      const t = /^(?:\s+của\s+[^,;.]+?)?\s+(về\s+[^,;]+?)(?:\.\/\.|[.;,]|$)/u.exec(s.slice(at + num.length));
      if (t) {
        out.subject = candidate({ ...out.subject.value, title: t[1]!.trim() }, out.subject.sentence, out.subject.inferred);
        break;
      }
    }
  }
  for (const s of sentences) {
    const org = recogniseOrganizer(s);
    if (org) {
      out.organizer = org;
      break;
    }
  }
  if (!out.organizer && out.subject) {
    const inferred = inferOrganizer(out.subject);
    if (inferred) out.organizer = inferred;
  }
  return out;
}
