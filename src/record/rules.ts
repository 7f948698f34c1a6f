// Checks a JSON Schema cannot express: references between fields (person ids), uniqueness, real
// calendar dates and the order of years. They run only on a schema-valid record, so the types hold.
import { diagnostic, t, type Diagnostic, type Text } from '../diagnostics/diagnostic.js';
import type { DataPath, LoadedFile } from './load.js';
import { checkArchiveUnit } from './archive-unit.js';
import { suggest } from './suggest.js';
import type { ConferenceRecord } from './types.generated.js';

export function checkRules(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (ruleId: string, path: DataPath, message: Text, hint?: Text, which: 'key' | 'value' = 'value') => {
    const range = loaded.rangeOf(path, which);
    out.push(
      diagnostic({
        file: loaded.file,
        ruleId,
        stage: 'rules',
        message,
        path,
        ...(range ? { start: range.start, end: range.end } : {}),
        ...(hint ? { hint } : {}),
      }),
    );
  };
  checkPeople(record, report);
  checkDates(record, report);
  checkPeriod(record, report);
  out.push(...checkArchiveUnit(loaded, record));
  return out;
}

type Report = (ruleId: string, path: DataPath, message: Text, hint?: Text) => void;

function checkPeople(record: ConferenceRecord, report: Report): void {
  const people = record.people ?? [];
  const firstIndex = new Map<string, number>();
  people.forEach((p, i) => {
    const first = firstIndex.get(p.id);
    if (first === undefined) firstIndex.set(p.id, i);
    else
      report(
        'rules/duplicate-id',
        ['people', i, 'id'],
        t(`Mã người \`${p.id}\` đã dùng cho người thứ ${first + 1} (${people[first]!.name})`, `Person id \`${p.id}\` is already used by person ${first + 1} (${people[first]!.name})`),
        t('Mỗi người chỉ khai một lần; nếu là hai người khác nhau, hãy đặt mã khác.', 'Declare each person once; give different people different ids.'),
      );
  });

  const refs: { path: DataPath; id: string }[] = [];
  if (record.chair !== undefined) refs.push({ path: ['chair'], id: record.chair });
  record.attendees?.people?.forEach((id, i) => refs.push({ path: ['attendees', 'people', i], id }));
  record.speeches?.forEach((s, i) => s.speaker !== undefined && refs.push({ path: ['speeches', i, 'speaker'], id: s.speaker }));
  if (record.conclusion) refs.push({ path: ['conclusion', 'by'], id: record.conclusion.by });
  record.commendations?.forEach((c, i) => c.presenter !== undefined && refs.push({ path: ['commendations', i, 'presenter'], id: c.presenter }));
  record.documents.forEach((d, i) => d.signer.person !== undefined && refs.push({ path: ['documents', i, 'signer', 'person'], id: d.signer.person }));

  const candidates = people.map((p) => ({ value: p.id, aliases: [p.name] }));
  for (const ref of refs) {
    if (firstIndex.has(ref.id)) continue;
    const near = suggest(ref.id, candidates);
    const message =
      people.length === 0
        ? t(`Mã người \`${ref.id}\` không trỏ tới ai — hồ sơ chưa khai mục \`people\``, `Person id \`${ref.id}\` names nobody — the record has no \`people\``)
        : t(`Mã người \`${ref.id}\` không có trong mục \`people\``, `Person id \`${ref.id}\` is not declared in \`people\``);
    const hint = near
      ? t(`Có phải ý bạn là \`${near}\`?`, `Did you mean \`${near}\`?`)
      : t('Khai người này trong mục people (id, name) rồi dùng đúng mã đó.', 'Declare this person under people (id, name) and use that id.');
    report('rules/unknown-person', ref.path, message, hint);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The schema admits any digits in an ISO date; this refuses month 13 and 30 February. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= max;
}

function checkDates(record: ConferenceRecord, report: Report): void {
  const dates: { path: DataPath; value: string }[] = [{ path: ['date'], value: record.date }];
  if (record.source?.published !== undefined) dates.push({ path: ['source', 'published'], value: record.source.published });
  for (const d of dates) {
    if (isRealDate(d.value)) continue;
    report(
      'rules/impossible-date',
      d.path,
      t(`\`${d.value}\` không phải là ngày có thật`, `\`${d.value}\` is not a real date`),
      t('Ghi theo dạng năm-tháng-ngày, ví dụ "2023-08-22"; kiểm tra lại tháng (01–12) và số ngày của tháng.', 'Write year-month-day, e.g. "2023-08-22"; check the month (01–12) and the days in that month.'),
    );
  }
}

function checkPeriod(record: ConferenceRecord, report: Report): void {
  const { from, to } = record.period;
  if (from !== undefined && to !== undefined && to < from) {
    report(
      'rules/period-order',
      ['period', 'to'],
      t(`Năm kết thúc ${to} đứng trước năm bắt đầu ${from}`, `End year ${to} is before start year ${from}`),
      t('Kiểm tra lại, có thể hai năm bị ghi đảo.', 'Check whether the two years were swapped.'),
    );
  }
}
