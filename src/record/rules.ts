// Checks a JSON Schema cannot express: references between fields (person ids), uniqueness, real
// calendar dates and the order of years. They run only on a schema-valid record, so the types hold.
import { diagnostic, t, type Diagnostic, type Severity, type Text } from '../diagnostics/diagnostic.js';
import { missingDateParts, PARTIAL_DATE } from '../typography/index.js';
import { recordProfileId } from './profile.js';
import type { DataPath, LoadedFile } from './load.js';
import { checkArchiveUnit } from './archive-unit.js';
import { checkDocumentNeeds } from './requirements.js';
import { suggest } from './suggest.js';
import type { ConferenceRecord } from './types.generated.js';

export function checkRules(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (ruleId, path, message, hint, severity = 'error') => {
    const range = loaded.rangeOf(path, 'value');
    out.push(
      diagnostic({
        file: loaded.file,
        ruleId,
        stage: 'rules',
        severity,
        message,
        path,
        ...(range ? { start: range.start, end: range.end } : {}),
        ...(hint ? { hint } : {}),
      }),
    );
  };
  checkPeople(record, report);
  checkDates(record, report);
  checkSubjects(record, report);
  checkProfile(record, report);
  out.push(...checkArchiveUnit(loaded, record));
  checkDocumentNeeds(record, report);
  return out;
}

export type Report = (ruleId: string, path: DataPath, message: Text, hint?: Text, severity?: Severity) => void;

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
  record.chairs?.forEach((id, i) => refs.push({ path: ['chairs', i], id }));
  record.attendees?.people?.forEach((id, i) => refs.push({ path: ['attendees', 'people', i], id }));
  record.speeches?.forEach((s, i) => s.speaker !== undefined && refs.push({ path: ['speeches', i, 'speaker'], id: s.speaker }));
  if (record.secretary !== undefined) refs.push({ path: ['secretary'], id: record.secretary });
  record.programme?.forEach((p, i) => p.presenter !== undefined && refs.push({ path: ['programme', i, 'presenter'], id: p.presenter }));
  if (record.conclusion) refs.push({ path: ['conclusion', 'by'], id: record.conclusion.by });
  record.commendations?.forEach((c, i) => c.presenter !== undefined && refs.push({ path: ['commendations', i, 'presenter'], id: c.presenter }));
  record.documents.forEach((d, i) =>
    (d.signers ?? []).forEach((s, j) => s.person !== undefined && refs.push({ path: ['documents', i, 'signers', j, 'person'], id: s.person })),
  );

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

/** The schema admits any digits in a date; this refuses month 13 and 30 February (29 February without a year). */
export function isRealDate(iso: string): boolean {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return false;
  if (m[4] !== undefined) {
    const month = Number(m[4]);
    const day = Number(m[5]);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : DAYS_IN_MONTH[month - 1]!);
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= max;
}

const DATE_FORMS = t(
  'Các dạng được nhận: "2023-08-22" (đủ ngày), "2023-08" (tháng và năm), "2023" (chỉ năm), "--08-22" (ngày và tháng, chưa rõ năm); bỏ trống khi nguồn không ghi ngày.',
  'Accepted forms: "2023-08-22" (full date), "2023-08" (month and year), "2023" (year only), "--08-22" (day and month, year unknown); leave it out when the source gives no date.',
);

const PART_NAMES: Record<'day' | 'month' | 'year', Text> = { day: t('ngày', 'day'), month: t('tháng', 'month'), year: t('năm', 'year') };

function checkDates(record: ConferenceRecord, report: Report): void {
  const dates: { path: DataPath; value: string }[] = [];
  if (record.date !== undefined) dates.push({ path: ['date'], value: record.date });
  if (record.source?.published !== undefined) dates.push({ path: ['source', 'published'], value: record.source.published });
  record.subjects.forEach((s, i) => s.date !== undefined && dates.push({ path: ['subjects', i, 'date'], value: s.date }));
  for (const d of dates) {
    if (isRealDate(d.value)) continue;
    report('rules/impossible-date', d.path, t(`\`${d.value}\` không phải là ngày có thật`, `\`${d.value}\` is not a real date`), DATE_FORMS);
  }
  // A meeting date the source gives only in part is fine: say which parts the documents leave blank.
  if (record.date === undefined || isRealDate(record.date)) {
    const missing = missingDateParts(record.date);
    if (missing.length > 0) {
      const vi = missing.map((p) => PART_NAMES[p].vi).join(', ');
      const en = missing.map((p) => PART_NAMES[p].en).join(', ');
      report(
        'rules/date-partial',
        record.date === undefined ? [] : ['date'],
        t(`Chưa rõ ${vi} họp: dòng ngày tháng của văn bản để trống phần đó như bản nháp`, `The meeting's ${en} unknown: the date line leaves it blank as drafts do`),
        t('Điền vào văn bản khi ký, hoặc bổ sung vào hồ sơ khi có nguồn.', 'Fill it in at signing, or add it to the record when a source gives it.'),
        'info',
      );
    }
  }
}

function checkSubjects(record: ConferenceRecord, report: Report): void {
  record.subjects.forEach((s, i) => {
    // A number and symbol cite a document on their own ("Nghị định số 152/2007/NĐ-CP").
    if (s.name === undefined && s.title === undefined && s.number === undefined) {
      report(
        'rules/subject-unnamed',
        ['subjects', i],
        t('Nội dung chưa có tên gọi (`name`), số hiệu (`number`) hay trích yếu (`title`): văn bản không thể trích dẫn', 'The subject has no `name`, `number` or `title`: documents cannot cite it'),
        t('Ghi `name` (ví dụ: Nghị quyết Trung ương 8 (khóa XI)), `number` (ví dụ: 21/2019/NĐ-CP) hoặc `title` (ví dụ: về khu vực phòng thủ).', 'Give `name` (e.g. Nghị quyết Trung ương 8 (khóa XI)), `number` (e.g. 21/2019/NĐ-CP) or `title` (e.g. về khu vực phòng thủ).'),
      );
    }
    const from = s.period?.from;
    const to = s.period?.to;
    if (from !== undefined && to !== undefined && to < from) {
      report(
        'rules/period-order',
        ['subjects', i, 'period', 'to'],
        t(`Năm kết thúc ${to} đứng trước năm bắt đầu ${from}`, `End year ${to} is before start year ${from}`),
        t('Kiểm tra lại, có thể hai năm bị ghi đảo.', 'Check whether the two years were swapped.'),
      );
    }
  });
}

function checkProfile(record: ConferenceRecord, report: Report): void {
  if (recordProfileId(record) !== undefined) return;
  report(
    'rules/profile-unknown',
    ['organizers', 0],
    t('Chưa biết văn bản theo thể thức nào: hồ sơ không ghi `profile`, cơ quan chủ trì không ghi `system`', 'No layout profile: the record has no `profile` and the lead organiser no `system`'),
    t('Thêm `system: đảng` (cấp ủy, tổ chức đảng) hoặc `system: nhà nước` vào organizers[0], hoặc ghi `profile: hd36` / `profile: nd30`.', 'Add `system: đảng` or `system: nhà nước` to organizers[0], or set `profile: hd36` / `profile: nd30`.'),
  );
}
