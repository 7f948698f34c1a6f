// ND30's last recipient line names the drafting unit ("- Lưu: VT, VP."): the profile's archive line
// has a `{unit}` slot filled from organizer.unit. A record without one still builds — the line
// reads "- Lưu: VT." — but the document is not finished, so the record stage says so once.
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../layout/profiles.js';
import type { LoadedFile } from './load.js';
import type { ConferenceRecord } from './types.generated.js';

export const ARCHIVE_UNIT_MISSING = 'record/archive-unit-missing';

export function checkArchiveUnit(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const profile = PROFILES[record.organizer.profile];
  if (record.organizer.unit || !profile?.recipients.archive.includes('{unit}')) return [];
  const range = loaded.rangeOf(['organizer'], 'key');
  return [
    diagnostic({
      file: loaded.file,
      ruleId: ARCHIVE_UNIT_MISSING,
      stage: 'rules',
      severity: 'warning',
      path: ['organizer'],
      ...(range ? { start: range.start, end: range.end } : {}),
      message: t(
        `Hồ sơ chưa ghi đơn vị soạn thảo (organizer.unit): dòng cuối nơi nhận chỉ in "- Lưu: VT." thay vì "- Lưu: VT, <đơn vị>." theo ${profile.name}`,
        `The record names no drafting unit (organizer.unit): the last recipient line reads "- Lưu: VT." instead of "- Lưu: VT, <unit>." as ${profile.name} wants`,
      ),
      hint: t(
        'Thêm `unit:` dưới `organizer` với chữ viết tắt của đơn vị soạn thảo (ví dụ `unit: VP`), nếu nguồn cho biết.',
        'Add `unit:` under `organizer` with the drafting unit\'s abbreviation (e.g. `unit: VP`), if the source says it.',
      ),
    }),
  ];
}
