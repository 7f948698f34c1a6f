// One rule for every record id, whether the record sets `id` or it comes from the file name: the id
// names a folder in --out, so it must be a safe, portable folder name on every system the documents
// travel to. File names are turned into the same shape (a slug) first, so `Abc.yaml` and `abc.yaml`,
// or NFC and NFD spellings of one name, become one id and are caught as duplicates.
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { basename } from 'node:path';
import { slug } from '../typography/slug.js';

/** The shape of the schema's `id` (schema/record.schema.json), checked again here for file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folder names stay well under every file system's 255-byte name limit, with room for the files in them. */
export const MAX_ID_LENGTH = 100;

/** Names Windows reserves for devices, whatever the extension: a folder so named cannot be opened there. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** File name without folder and extension, as given. */
export function fileStem(file: string): string {
  return basename(file).replace(/\.(ya?ml)$/i, '');
}

/**
 * The id a file name stands for: Vietnamese letters without their marks, lower case, every run of
 * other characters one hyphen. `Hà Giang 2023.yaml` → `ha-giang-2023`; `..yaml` → '' (no id).
 */
export function slugOfFileName(file: string): string {
  return slug(fileStem(file))
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/g, '');
}

/** Why an id cannot name an output folder, or undefined when it can. */
export function idProblem(id: string): 'empty' | 'pattern' | 'length' | 'reserved' | undefined {
  if (id === '') return 'empty';
  if (id.length > MAX_ID_LENGTH) return 'length';
  if (!ID_PATTERN.test(id)) return 'pattern';
  if (WINDOWS_RESERVED.test(id)) return 'reserved';
  return undefined;
}

export interface RecordId {
  readonly id: string;
  /** Set when the id cannot be used: nothing is written for such a record. */
  readonly problem?: Diagnostic;
}

/** The record's id (its `id` field when it is a string, else the file name's slug) and whether it is usable. */
export function recordIdOf(file: string, data: unknown): RecordId {
  const claimed = data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  const fromField = typeof claimed === 'string' && claimed !== '';
  const id = fromField ? claimed : slugOfFileName(file);
  const problem = idProblem(id);
  if (!problem) return { id };
  const shown = fromField ? id : fileStem(file);
  const why: Record<typeof problem, [string, string]> = {
    empty: ['không còn chữ hay số nào để làm mã', 'has no letter or digit to make an id from'],
    pattern: ['chỉ được gồm chữ thường không dấu, số và gạch ngang', 'may hold only lower-case ASCII letters, digits and hyphens'],
    length: [`dài quá ${MAX_ID_LENGTH} ký tự`, `is longer than ${MAX_ID_LENGTH} characters`],
    reserved: ['là tên thiết bị dành riêng của Windows (CON, AUX, NUL, COM1…), không đặt được tên thư mục', 'is a name Windows reserves for devices (CON, AUX, NUL, COM1…) and cannot name a folder'],
  };
  const [vi, en] = why[problem];
  return {
    id,
    problem: diagnostic({
      file,
      ruleId: 'record/id-invalid',
      stage: 'rules',
      ...(fromField ? { path: ['id'] } : {}),
      message: fromField
        ? t(`Mã hồ sơ \`${shown}\` ${vi}`, `Record id \`${shown}\` ${en}`)
        : t(`Tên tệp \`${shown}\` không cho được mã hồ sơ: ${vi}`, `File name \`${shown}\` gives no usable record id: it ${en}`),
      hint: t(
        'Đặt trường id cho hồ sơ (ví dụ: id: 2023-08-22-dien-bien-so-ket), hoặc đổi tên tệp.',
        'Set the record\'s id field (e.g. id: 2023-08-22-dien-bien-so-ket), or rename the file.',
      ),
    }),
  };
}
