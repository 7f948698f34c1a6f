// Fields of the first record shape (one organiser, one subject, one chair, one signer) and what to
// write instead: a record written before the change gets a message at the old key that shows the
// new shape, rather than "unknown field" and "missing field" side by side.
import { t, type Text } from '../diagnostics/diagnostic.js';
import type { DataPath } from './load.js';

export interface LegacyField {
  /** The field of the new shape that replaces it, whose "missing" report this one makes redundant. */
  readonly replacedBy?: string;
  readonly message: Text;
  readonly hint: Text;
}

const ROOT: Record<string, LegacyField> = {
  organizer: {
    replacedBy: 'organizers',
    message: t('Trường `organizer` (một cơ quan) nay là danh sách `organizers`', '`organizer` (one body) is now the list `organizers`'),
    hint: t(
      'Viết `organizers:` rồi mỗi cơ quan một mục `- name: …` (cơ quan chủ trì đầu tiên); `profile` và `toneStyle` chuyển ra ngoài, ở cấp hồ sơ, hoặc ghi `system: đảng` / `system: nhà nước` cho cơ quan.',
      'Write `organizers:` with one `- name: …` item per body (the lead first); `profile` and `toneStyle` move up to the record, or give the body `system: đảng` / `system: nhà nước`.',
    ),
  },
  subject: {
    replacedBy: 'subjects',
    message: t('Trường `subject` (một nội dung) nay là danh sách `subjects`', '`subject` (one subject) is now the list `subjects`'),
    hint: t(
      'Viết `subjects:` rồi `- type: …` với các trường cũ của subject; thời kỳ (`period`) đặt vào trong từng mục.',
      'Write `subjects:` then `- type: …` with the old subject fields; the `period` goes inside each item.',
    ),
  },
  period: {
    message: t('Trường `period` nay thuộc từng nội dung trong `subjects`', '`period` now belongs to each item of `subjects`'),
    hint: t('Chuyển `period:` vào trong mục tương ứng của `subjects` (thụt vào cùng mức với `type`).', 'Move `period:` into the matching item of `subjects` (indented like `type`).'),
  },
  chair: {
    replacedBy: 'chairs',
    message: t('Trường `chair` nay là danh sách `chairs` (có thể đồng chủ trì)', '`chair` is now the list `chairs` (co-chairs allowed)'),
    hint: t('Viết `chairs: [ma-nguoi]`.', 'Write `chairs: [person-id]`.'),
  },
};

const DOCUMENT: Record<string, LegacyField> = {
  signer: {
    replacedBy: 'signers',
    message: t('Trường `signer` nay là danh sách `signers` (văn bản liên tịch có nhiều chữ ký)', '`signer` is now the list `signers` (joint documents have several)'),
    hint: t('Viết `signers:` rồi `- capacity: …` với các trường cũ của signer.', 'Write `signers:` then `- capacity: …` with the old signer fields.'),
  },
};

const ORGANIZER: Record<string, LegacyField> = {
  profile: {
    message: t('`profile` nay ghi ở cấp hồ sơ, không trong từng cơ quan', '`profile` is now set on the record, not on each body'),
    hint: t('Chuyển `profile:` ra ngoài cùng (cùng mức với `kind`), hoặc thay bằng `system: đảng` / `system: nhà nước`.', 'Move `profile:` to the top level (beside `kind`), or replace it with `system: đảng` / `system: nhà nước`.'),
  },
  toneStyle: {
    message: t('`toneStyle` nay ghi ở cấp hồ sơ, không trong từng cơ quan', '`toneStyle` is now set on the record, not on each body'),
    hint: t('Chuyển `toneStyle:` ra ngoài cùng (cùng mức với `kind`).', 'Move `toneStyle:` to the top level (beside `kind`).'),
  },
};

/** The old field `key` under the object at `path`, if it is one. */
export function legacyField(path: DataPath, key: string): LegacyField | undefined {
  if (path.length === 0) return ROOT[key];
  if (path.length === 2 && path[0] === 'documents') return DOCUMENT[key];
  if (path.length === 2 && path[0] === 'organizers') return ORGANIZER[key];
  return undefined;
}
