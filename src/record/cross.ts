// Lints across records, run by `check` when it reads several together (one record alone cannot
// show them): one person written two ways, or with two ranks or positions in the same month; one
// organiser under two codes; the same conference recorded twice. Each finding points at the place
// in the later record (in file order) and names the earlier one.
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { foldTone, parseIsoDate } from '../typography/index.js';
import type { DataPath, LoadedFile } from './load.js';
import type { ConferenceRecord } from './types.generated.js';

export interface CheckedRecord {
  readonly file: string;
  readonly loaded: LoadedFile;
  readonly record: ConferenceRecord;
}

/** Names compared as a clerk would: case, spacing and old/new tone placement set aside. */
const nameKey = (s: string) => foldTone(s.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** "2023-08" for a dated month; undefined when the record's month is unknown. */
function monthOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const d = parseIsoDate(date);
  return d.year !== undefined && d.month !== undefined ? `${d.year}-${String(d.month).padStart(2, '0')}` : undefined;
}

function at(r: CheckedRecord, path: DataPath, ruleId: string, vi: string, en: string, hintVi: string, hintEn: string): Diagnostic {
  const range = r.loaded.rangeOf(path, 'value');
  return diagnostic({
    file: r.file,
    severity: 'warning',
    ruleId,
    stage: 'rules',
    path,
    message: t(vi, en),
    hint: t(hintVi, hintEn),
    ...(range ? { start: range.start, end: range.end } : {}),
  });
}

const positionsText = (p: { positions?: readonly string[] }) => (p.positions ?? []).join(', ');

function people(records: readonly CheckedRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map<string, { r: CheckedRecord; name: string }>();
  const seen = new Map<string, { r: CheckedRecord; name: string; rank: string; positions: string }>();
  for (const r of records) {
    const month = monthOf(r.record.date);
    for (const [i, p] of (r.record.people ?? []).entries()) {
      const first = byId.get(p.id);
      if (first && first.name !== p.name) {
        out.push(
          at(r, ['people', i, 'name'], 'cross/person-spelling',
            `Người mã \`${p.id}\` được ghi là "${p.name}", còn ở ${first.r.file} là "${first.name}"`,
            `Person \`${p.id}\` is written "${p.name}" here and "${first.name}" in ${first.r.file}`,
            'Thống nhất một cách viết họ tên trong mọi hồ sơ.', 'Use one spelling of the name in every record.'),
        );
      } else if (!first) byId.set(p.id, { r, name: p.name });
      const key = nameKey(p.name);
      const earlier = [...seen.values()].find((s) => nameKey(s.name) === key && s.name !== p.name);
      if (earlier && !first) {
        out.push(
          at(r, ['people', i, 'name'], 'cross/person-spelling',
            `"${p.name}" và "${earlier.name}" (${earlier.r.file}) có lẽ là một người viết hai cách`,
            `"${p.name}" and "${earlier.name}" (${earlier.r.file}) look like one person written two ways`,
            'Thống nhất một cách viết họ tên trong mọi hồ sơ.', 'Use one spelling of the name in every record.'),
        );
      }
      if (month === undefined) continue;
      const monthKey = `${month}\u0000${key}`;
      const prev = seen.get(monthKey);
      const rank = p.rank ?? '';
      const positions = positionsText(p);
      if (prev && prev.rank !== rank && prev.rank !== '' && rank !== '') {
        out.push(
          at(r, ['people', i, 'rank'], 'cross/person-rank',
            `${p.name} mang cấp bậc "${rank}", còn ở ${prev.r.file} cùng tháng ${month} là "${prev.rank}"`,
            `${p.name} has rank "${rank}" here and "${prev.rank}" in ${prev.r.file} in the same month ${month}`,
            'Trong một tháng cấp bậc hiếm khi đổi: kiểm tra lại nguồn.', 'A rank rarely changes within a month: check the source.'),
        );
      }
      if (prev && prev.positions !== positions && prev.positions !== '' && positions !== '') {
        out.push(
          at(r, ['people', i, 'positions'], 'cross/person-position',
            `${p.name} giữ chức vụ "${positions}", còn ở ${prev.r.file} cùng tháng ${month} là "${prev.positions}"`,
            `${p.name} holds "${positions}" here and "${prev.positions}" in ${prev.r.file} in the same month ${month}`,
            'Thống nhất chức vụ theo nguồn, hoặc ghi đủ các chức vụ ở cả hai hồ sơ.', 'Make the positions agree with the sources, or list all of them in both records.'),
        );
      }
      if (!prev) seen.set(monthKey, { r, name: p.name, rank, positions });
    }
  }
  return out;
}

function organizers(records: readonly CheckedRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = new Map<string, { r: CheckedRecord; code: string }>();
  for (const r of records) {
    for (const [i, o] of r.record.organizers.entries()) {
      const key = `${nameKey(o.name)}\u0000${nameKey(o.parent ?? '')}`;
      const first = codes.get(key);
      if (!first) codes.set(key, { r, code: o.code });
      else if (first.code !== o.code) {
        out.push(
          at(r, ['organizers', i, 'code'], 'cross/organizer-code',
            `${o.name} mang mã "${o.code}", còn ở ${first.r.file} là "${first.code}"`,
            `${o.name} has code "${o.code}" here and "${first.code}" in ${first.r.file}`,
            'Một cơ quan dùng một chữ viết tắt trong ký hiệu văn bản.', 'A body uses one abbreviation in document numbers.'),
        );
      }
    }
  }
  return out;
}

function duplicates(records: readonly CheckedRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, CheckedRecord>();
  for (const r of records) {
    const rec = r.record;
    if (!rec.date) continue;
    const subjects = rec.subjects.map((s) => nameKey([s.type, s.number, s.name, s.title].filter(Boolean).join(' '))).sort().join('|');
    const key = [rec.date, nameKey(rec.organizers[0]!.name), rec.kind, subjects].join('\u0000');
    const earlier = first.get(key);
    if (!earlier) first.set(key, r);
    else {
      out.push(
        at(r, ['date'], 'cross/duplicate-conference',
          `Hồ sơ này và ${earlier.file} ghi cùng một hội nghị (cùng ngày, cơ quan, loại và nội dung)`,
          `This record and ${earlier.file} record the same conference (same date, organiser, kind and subjects)`,
          'Giữ một hồ sơ; gộp các chi tiết của hồ sơ kia vào.', 'Keep one record and merge the other’s details into it.'),
      );
    }
  }
  return out;
}

export function crossRecordLints(records: readonly CheckedRecord[]): Diagnostic[] {
  if (records.length < 2) return [];
  return [...people(records), ...organizers(records), ...duplicates(records)];
}
