// Which layout a record's documents will use, said by `check` (issue 16): an info line naming the
// profile and why (named by the record, or chosen by the document's date), and a warning when the
// record names a profile that a newer rule has replaced for that date (hd36 for a Party document
// dated on or after 27/5/2026, when Hướng dẫn 05-HD/VPTW took effect).
import { diagnostic, t, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { viDate } from '../../layout/choose-profile.js';
import { PROFILES } from '../../layout/profiles.js';
import type { DataPath, LoadedFile } from '../../record/load.js';
import { profileByDate, profileChoiceOf } from '../../record/profile.js';
import type { ConferenceRecord } from '../../record/types.generated.js';

export function lintProfile(loaded: LoadedFile, record: ConferenceRecord): Diagnostic[] {
  const choice = profileChoiceOf(record);
  if (!choice) return [];
  const at = (path: DataPath, which: 'key' | 'value') => {
    const range = loaded.rangeOf(path, which);
    return { path, ...(range ? { start: range.start, end: range.end } : {}) };
  };
  // Where the choice comes from: the named profile, else the date, else the organiser's system.
  const source: DataPath = record.profile ? ['profile'] : record.date ? ['date'] : ['organizers', 0, 'system'];
  const { profile, reason } = choice;
  const out: Diagnostic[] = [
    diagnostic({
      file: loaded.file,
      ruleId: 'profile/chosen',
      stage: 'rules',
      severity: 'info',
      message: t(`Văn bản theo thể thức ${profile.id} (${profile.name}): ${reason.message.vi}`, `Documents use profile ${profile.id} (${profile.name}): ${reason.message.en}`),
      ...at(source, 'value'),
    }),
  ];

  if (record.profile) {
    const named = PROFILES[record.profile];
    const byDate = profileByDate(record);
    const replaced = byDate.reason.kind === 'dated' && byDate.profile.system === named.system && byDate.profile.inForceFrom > named.inForceFrom;
    if (replaced) {
      out.push(
        diagnostic({
          file: loaded.file,
          ruleId: 'profile/outdated',
          stage: 'rules',
          severity: 'warning',
          message: t(
            `Hồ sơ ghi \`profile: ${named.id}\` (${named.name}) cho văn bản ngày ${viDate(record.date!)}, sau khi ${byDate.profile.name} có hiệu lực (${viDate(byDate.profile.inForceFrom)})`,
            `The record names \`profile: ${named.id}\` (${named.name}) for a document dated ${viDate(record.date!)}, after ${byDate.profile.name} took effect (${viDate(byDate.profile.inForceFrom)})`,
          ),
          hint: t(
            `Bỏ dòng \`profile\` để chọn theo ngày (${byDate.profile.id}), hoặc ghi \`profile: ${byDate.profile.id}\`; chỉ giữ ${named.id} khi cố ý trình bày theo quy định cũ.`,
            `Remove \`profile\` to choose by date (${byDate.profile.id}), or write \`profile: ${byDate.profile.id}\`; keep ${named.id} only to follow the old rule on purpose.`,
          ),
          ...at(['profile'], 'value'),
        }),
      );
    }
  }
  return out;
}
