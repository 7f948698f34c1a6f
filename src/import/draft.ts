// The draft record as YAML text, built with the `yaml` Document API so each value carries its
// source on its own line: `# từ: "<câu>"`, and `# suy ra: <lý do>` where it was concluded. Only
// what was recognised is written; a field the article does not give stays absent.
import { Document, isScalar, isCollection, type Node } from 'yaml';
import type { Candidate } from './candidate.js';
import type { Recognised } from './recognise.js';
import { foldTone } from '../typography/tone.js';

type Path = (string | number)[];

interface Note {
  path: Path;
  text: string;
}

/** Signature by the organiser's head, per body: an office convention the clerk confirms. */
const SIGNERS: Record<string, { capacity?: 'TM'; for?: string; position: string }> = {
  ĐUQS: { capacity: 'TM', for: 'Đảng ủy', position: 'Bí thư' },
  ĐU: { capacity: 'TM', for: 'Đảng ủy', position: 'Bí thư' },
  TU: { capacity: 'TM', for: 'Tỉnh ủy', position: 'Bí thư' },
  HU: { capacity: 'TM', for: 'Huyện ủy', position: 'Bí thư' },
  UBND: { capacity: 'TM', for: 'Ủy ban nhân dân', position: 'Chủ tịch' },
  BCHQS: { position: 'Chỉ huy trưởng' },
  CA: { position: 'Giám đốc' },
};

const HEADER = 'yaml-language-server: $schema=../schema/record.schema.json';

/** Comment text of a candidate: where it was read, and why when it was concluded. */
function noteOf(c: Candidate<unknown>, previous?: string): string {
  const from = c.sentence === previous ? 'từ: (cùng câu trên)' : `từ: "${c.sentence}"`;
  return c.inferred ? ` suy ra: ${c.inferred} — ${from}` : ` ${from}`;
}

export function draftRecord(r: Recognised, sourceName: string): string {
  const record: Record<string, unknown> = {};
  const notes: Note[] = [];
  const put = <T>(path: Path, c: Candidate<T> | undefined, value?: unknown, previous?: string) => {
    if (!c) return;
    setIn(record, path, value ?? c.value);
    notes.push({ path, text: noteOf(c, previous) });
  };
  const list = <T>(path: Path, items: readonly Candidate<T>[], value: (c: Candidate<T>) => unknown = (c) => c.value) => {
    let previous: string | undefined;
    items.forEach((c, i) => {
      put([...path, i], c, value(c), previous);
      previous = c.sentence;
    });
  };

  put(['kind'], r.kind);
  if (r.subject) {
    const s = r.subject;
    const subject: Record<string, unknown> = { ...s.value };
    setIn(record, ['subjects'], [subject]);
    notes.push({ path: ['subjects', 0], text: noteOf(s) });
  }
  put(['date'], r.date);
  put(['dayPart'], r.dayPart);
  put(['venue'], r.venue);
  put(['place'], r.place);
  if (r.organizer) {
    const o = r.organizer.value;
    put(['organizers', 0, 'name'], r.organizer, o.name);
    if (o.code) {
      setIn(record, ['organizers', 0, 'code'], o.code);
      notes.push({ path: ['organizers', 0, 'code'], text: ' suy ra: ký hiệu theo tên cơ quan; xem lại' });
      setIn(record, ['organizers', 0, 'system'], o.system);
      notes.push({ path: ['organizers', 0, 'system'], text: ' suy ra: hệ thống theo tên cơ quan (quyết định thể thức)' });
    }
  }
  list(['people'], r.people, (c) => ({ id: c.value.id, ...(c.value.rank ? { rank: c.value.rank } : {}), name: c.value.name, ...(c.value.positions.length ? { positions: [...c.value.positions] } : {}) }));
  list(['chairs'], r.chairs);
  list(['attendees', 'people'], r.attendees.people);
  list(['attendees', 'groups'], r.attendees.groups);
  put(['attendees', 'count'], r.attendees.count);
  if (r.assessment.length > 0) {
    list(['assessment', 'results'], r.assessment);
    notes.push({ path: ['assessment'], text: ' suy ra: các câu còn lại của bài theo thứ tự; xếp lại vào leadership, results, limitations… rồi bỏ câu thừa' });
  }
  r.speeches.forEach((s, i) => {
    if (s.speaker) put(['speeches', i, 'speaker'], s.speaker);
    setIn(record, ['speeches', i, 'role'], s.role);
    notes.push({ path: ['speeches', i, 'role'], text: ' suy ra: theo lời dẫn của câu (phát biểu, chỉ đạo, thảo luận)' });
    list(['speeches', i, 'points'], s.points);
  });
  if (r.conclusion) {
    put(['conclusion', 'by'], r.conclusion.by);
    list(['conclusion', 'tasks'], r.conclusion.tasks);
    notes.push({ path: ['conclusion'], text: ' suy ra: mọi ý của phần kết luận ở tasks; chuyển ý khái quát sang summary' });
  }
  r.commendations.forEach((c, i) => {
    const { presenter: _name, presenterId, ...rest } = c.value;
    put(['commendations', i], c, { ...rest, ...(presenterId ? { presenter: presenterId } : {}) });
  });
  list(['figures'], r.figures);
  list(['events'], r.events);
  for (const a of r.abbreviations) put(['abbreviations', a.value[0]], a, a.value[1]);
  // The schema wants the paper's name with any source; without one the source stays a comment.
  const a = r.article;
  const publication = a.publication ?? a.tag;
  if (publication) {
    setIn(record, ['source', 'publication'], publication);
    notes.push({
      path: ['source', 'publication'],
      text: a.publication ? ` từ: "Nguồn: ${a.publication}"` : ` suy ra: chữ ký tin "${a.tag}" ở đầu bài; ghi tên đầy đủ của báo`,
    });
    if (a.headline) {
      setIn(record, ['source', 'title'], a.headline);
      notes.push({ path: ['source', 'title'], text: ' từ: dòng tiêu đề của bài' });
    }
    if (a.published) {
      const p = a.published;
      setIn(record, ['source', 'published'], `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
      notes.push({ path: ['source', 'published'], text: ` từ: "${p.line}"` });
    }
    if (a.credit) {
      setIn(record, ['source', 'credit'], a.credit);
      notes.push({ path: ['source', 'credit'], text: a.creditBare ? ' suy ra: tên đứng riêng ở dòng cuối bài, như chữ ký tác giả' : ` từ: "${a.credit}"` });
    }
  }
  const unsourced = publication ? [] : [a.headline && `tiêu đề bài: "${a.headline}"`, a.credit && `tác giả: "${a.credit}"`].filter(Boolean);
  const code = r.organizer?.value.code;
  const signer = code ? SIGNERS[code] : undefined;
  if (signer) {
    const head = r.people.find((p) => p.value.positions.some((q) => holds(q, signer.position, r.organizer!.value.name)));
    setIn(record, ['documents'], [{ kind: 'bao-cao', signers: [{ ...signer, ...(head ? { person: head.value.id } : {}) }] }]);
    notes.push({ path: ['documents', 0, 'kind'], text: ' suy ra: văn bản cần dựng là báo cáo sơ kết, tổng kết' });
    notes.push({
      path: ['documents', 0, 'signers', 0],
      text: ` suy ra: người đứng đầu cơ quan tổ chức ký${head ? `; ${head.value.name} giữ chức ${signer.position} cơ quan này theo bài` : ''}; xem lại`,
    });
  }

  const doc = new Document(record);
  doc.commentBefore = ` ${HEADER}\n Bản nháp do "baocao import" dựng từ ${sourceName}.\n Mỗi giá trị kèm câu nguồn (từ) hoặc lý do (suy ra): xem lại từng chỗ, rồi chạy "baocao check".${unsourced.length ? `\n Bài không nêu tên báo, nên không ghi source; ${unsourced.join(', ')}.` : ''}${signer ? '' : '\n Chưa rõ người ký (documents): bài không nêu cơ quan tổ chức có ký hiệu đã biết.'}`;
  for (const n of notes) {
    const node = doc.getIn(n.path, true) as Node | undefined;
    if (isScalar(node)) node.comment = n.text;
    else if (isCollection(node)) node.commentBefore = n.text;
  }
  return doc.toString({ lineWidth: 0 });
}

/** Whether "Bí thư Đảng ủy Quân sự tỉnh" makes its holder the head of "Đảng ủy Quân sự tỉnh Điện Biên". */
function holds(position: string, head: string, organizer: string): boolean {
  const p = foldTone(position).toLocaleLowerCase('vi');
  const h = foldTone(head).toLocaleLowerCase('vi') + ' ';
  return p.startsWith(h) && foldTone(organizer).toLocaleLowerCase('vi').startsWith(p.slice(h.length));
}

function setIn(target: Record<string, unknown>, path: Path, value: unknown): void {
  let at: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      at[key] = value;
      return;
    }
    if (at[key] === undefined) at[key] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  });
}
