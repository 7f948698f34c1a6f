// Checks of the document header a record will produce (issue: real conferences), run by `check`:
// a Party body with no superior named, a state header that would run to four lines or more, and a
// place spelled in two tone styles between the header and the date line. They need the layout
// (line measuring), which is why they live here and not in src/record.
import { diagnostic, t, type Diagnostic, type Text } from '../../diagnostics/diagnostic.js';
import { PROFILES, textWidth } from '../../layout/profiles.js';
import type { DataPath, LoadedFile } from '../../record/load.js';
import { profileIdOf } from '../../record/profile.js';
import type { ConferenceRecord } from '../../record/types.generated.js';
import { balancedLines, twoColumns } from '../../render/common.js';
import { foldTone, upperVi } from '../../typography/index.js';

/** More lines than this in ô 2 crowd the header (ND30's examples use two or three). */
const MAX_HEADER_LINES = 3;

export function lintHeader(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (ruleId: string, path: DataPath, message: Text, hint: Text, which: 'key' | 'value' = 'value') => {
    const range = loaded.rangeOf(path, which);
    out.push(diagnostic({ file: loaded.file, ruleId, stage: 'rules', severity: 'warning', message, hint, path, ...(range ? { start: range.start, end: range.end } : {}) }));
  };
  const profile = PROFILES[profileIdOf(record)];
  const [left] = twoColumns(profile.headerColumns, textWidth(profile));

  record.organizers.forEach((o, i) => {
    if (profile.id !== 'nd30' && o.parent === undefined) {
      warn(
        'header/party-parent-missing',
        ['organizers', i, 'name'],
        t(`Cơ quan đảng “${o.name}” chưa ghi cấp trên trực tiếp (parent)`, `Party body “${o.name}” has no direct superior (parent)`),
        t('Tiêu đề văn bản của Đảng ghi tên cấp ủy cấp trên ở dòng trên tên cơ quan (ví dụ: ĐẢNG BỘ TỈNH ĐIỆN BIÊN); thêm `parent:` nếu có.', 'A Party document header names the superior committee above the body (e.g. ĐẢNG BỘ TỈNH ĐIỆN BIÊN); add `parent:` if there is one.'),
        'key',
      );
    }
    if (profile.id === 'nd30') {
      const lines =
        (o.parent ? balancedLines(upperVi(o.parent), profile.elements.parentIssuer, left).length : 0) +
        balancedLines(upperVi(o.name), profile.elements.issuer, left).length;
      if (lines > MAX_HEADER_LINES) {
        warn(
          'header/too-long',
          ['organizers', i, 'name'],
          t(`Tên cơ quan ở tiêu đề chạy thành ${lines} dòng`, `The body's name runs to ${lines} lines in the header`),
          t('Bỏ phần địa danh đã có ở tên cơ quan cấp trên, hoặc dùng tên gọi ngắn mà cơ quan vẫn dùng trên văn bản.', "Drop the place already named by the superior, or use the short name the body uses on its documents."),
        );
      }
    }
  });

  // "Hoà Bình" in the date line but "HÒA BÌNH" in the header: the same place in two tone styles.
  const place = record.place.trim();
  const folded = foldTone(place.toLocaleLowerCase('vi'));
  for (const [i, o] of record.organizers.entries()) {
    for (const [field, text] of [['name', o.name], ['parent', o.parent]] as const) {
      if (!text) continue;
      const lower = text.toLocaleLowerCase('vi');
      const at = foldTone(lower).indexOf(folded);
      if (at < 0) continue;
      const written = text.slice(at, at + place.length);
      if (written.toLocaleLowerCase('vi') === place.toLocaleLowerCase('vi')) continue;
      warn(
        'header/place-tone',
        ['place'],
        t(`Địa danh “${place}” viết khác “${written}” trong tên cơ quan (organizers[${i}].${field})`, `Place “${place}” is spelled “${written}” in the body's name (organizers[${i}].${field})`),
        t('Viết địa danh cùng một kiểu đặt dấu ở tiêu đề và dòng ngày tháng.', 'Spell the place with the same tone marks in the header and the date line.'),
      );
      return out;
    }
  }
  return out;
}
