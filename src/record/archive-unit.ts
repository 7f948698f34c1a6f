// ND30's last recipient line names the drafting unit ("- Lưu: VT, VP."): the profile's archive line
// has a `{unit}` slot filled from the lead organiser's unit. A record without one still builds — the
// line reads "- Lưu: VT." — but the document is not finished, so the record stage says so once.
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../layout/profiles.js';
import type { LoadedFile } from './load.js';
import { recordProfileId } from './profile.js';
import type { ConferenceRecord } from './types.generated.js';

export const ARCHIVE_UNIT_MISSING = 'record/archive-unit-missing';

export function checkArchiveUnit(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const id = recordProfileId(record);
  const profile = id ? PROFILES[id] : undefined;
  const lead = record.organizers[0];
  if (!profile || !lead || lead.unit || !profile.recipients.archive.includes('{unit}')) return [];
  const range = loaded.rangeOf(['organizers', 0], 'value');
  return [
    diagnostic({
      file: loaded.file,
      ruleId: ARCHIVE_UNIT_MISSING,
      stage: 'rules',
      severity: 'warning',
      path: ['organizers', 0],
      ...(range ? { start: range.start, end: range.end } : {}),
      message: t(
        `Hồ sơ chưa ghi đơn vị soạn thảo (organizers[0].unit): dòng cuối nơi nhận chỉ in "- Lưu: VT." thay vì "- Lưu: VT, <đơn vị>." theo ${profile.name}`,
        `The record names no drafting unit (organizers[0].unit): the last recipient line reads "- Lưu: VT." instead of "- Lưu: VT, <unit>." as ${profile.name} wants`,
      ),
      hint: t(
        'Thêm `unit:` vào cơ quan chủ trì với chữ viết tắt của đơn vị soạn thảo (ví dụ `unit: VP`), nếu nguồn cho biết.',
        'Add `unit:` to the lead organiser with the drafting unit\'s abbreviation (e.g. `unit: VP`), if the source says it.',
      ),
    }),
  ];
}
