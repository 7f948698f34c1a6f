// Our own Vietnamese (and English) wording for schema problems; ajv-i18n has no Vietnamese, and
// its messages ("must NOT have additional properties") name neither the field nor the fix anyway.
import { t, type Text } from '../diagnostics/diagnostic.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

const TYPE_NAME: Record<JsonType, Text> = {
  string: t('chữ (chuỗi)', 'text (string)'),
  number: t('số', 'a number'),
  integer: t('số nguyên', 'a whole number'),
  boolean: t('đúng/sai (true/false)', 'true/false'),
  array: t('danh sách (các dòng bắt đầu bằng "- ")', 'a list (lines starting with "- ")'),
  object: t('nhóm trường (các dòng "tên: giá trị" thụt vào)', 'a mapping (indented "key: value" lines)'),
  null: t('để trống', 'empty'),
};

export function typeName(type: string): Text {
  return TYPE_NAME[type as JsonType] ?? t(type, type);
}

/** The JSON type of a value as the user wrote it; an empty `key:` reads as null. */
export function actualType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value as JsonType;
}

/** How a field is named in a message: "`date` (Ngày họp)", "mục 2 của `people` (Nhân vật)". */
export interface FieldName {
  key: string | number | undefined;
  parentKey: string | undefined;
  title: string | undefined;
  parentTitle: string | undefined;
}

export function fieldLabel(f: FieldName): Text {
  if (f.key === undefined) return t('hồ sơ', 'the record');
  if (typeof f.key === 'number') {
    const parent = f.parentKey === undefined ? '' : ` \`${f.parentKey}\`${f.parentTitle ? ` (${f.parentTitle})` : ''}`;
    return t(`mục thứ ${f.key + 1} của${parent || ' danh sách'}`, `item ${f.key + 1} of${parent || ' the list'}`);
  }
  const title = f.title ? ` (${f.title})` : '';
  return t(`trường \`${f.key}\`${title}`, `field \`${f.key}\`${title}`);
}

export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/** A value echoed back in a message, cut short so a long paragraph does not swamp the line. */
export function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}

export const MSG = {
  required: (key: string, title: string | undefined, where: Text): Text =>
    t(
      `Thiếu trường bắt buộc \`${key}\`${title ? ` (${title})` : ''}${where.vi === 'hồ sơ' ? '' : ` trong ${where.vi}`}`,
      `Missing required field \`${key}\`${title ? ` (${title})` : ''}${where.en === 'the record' ? '' : ` in ${where.en}`}`,
    ),
  unknownKey: (key: string, suggestion: string | undefined): Text =>
    t(
      `Trường \`${key}\` không có trong mẫu${suggestion ? ` — có phải ý bạn là \`${suggestion}\`?` : ''}`,
      `Field \`${key}\` is not part of the record format${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
    ),
  unknownKeyHint: (allowed: readonly string[]): Text =>
    t(`Các trường được phép ở đây: ${allowed.join(', ')}.`, `Allowed fields here: ${allowed.join(', ')}.`),
  type: (field: Text, expected: Text, actual: Text): Text =>
    t(
      `${cap(field.vi)} phải là ${expected.vi}, nhưng đang là ${actual.vi}`,
      `${cap(field.en)} must be ${expected.en}, but is ${actual.en}`,
    ),
  quoteHint: (raw: string): Text =>
    t(
      `Đặt giá trị trong dấu nháy để YAML đọc thành chữ: "${raw}"`,
      `Quote the value so YAML reads it as text: "${raw}"`,
    ),
  leadingZero: (raw: string, read: unknown): Text =>
    t(
      `Số \`${raw}\` bị YAML đọc thành ${String(read)} — hãy đặt trong dấu nháy: "${raw}"`,
      `The number \`${raw}\` is read by YAML as ${String(read)} — put it in quotes: "${raw}"`,
    ),
  enum: (value: unknown, allowed: readonly unknown[]): Text =>
    t(
      `\`${shown(value)}\` không thuộc các giá trị cho phép: ${quoteList(allowed)}`,
      `\`${shown(value)}\` is not one of the allowed values: ${quoteList(allowed)}`,
    ),
  didYouMean: (s: string): Text => t(`Có phải ý bạn là \`${s}\`?`, `Did you mean \`${s}\`?`),
  pattern: (value: unknown, field: Text): Text =>
    t(`\`${shown(value)}\` không đúng dạng của ${field.vi}`, `\`${shown(value)}\` does not have the form required for ${field.en}`),
  keyPattern: (key: string, parent: Text): Text =>
    t(`Tên \`${key}\` không đúng dạng cho ${parent.vi}`, `Key \`${key}\` has the wrong form for ${parent.en}`),
  minLength: (field: Text): Text => t(`${cap(field.vi)} không được để trống`, `${cap(field.en)} must not be empty`),
  minItems: (field: Text, n: number): Text =>
    t(`${cap(field.vi)} cần ít nhất ${n} mục`, `${cap(field.en)} needs at least ${n} item(s)`),
  maxItems: (field: Text, n: number): Text =>
    t(`${cap(field.vi)} chỉ được tối đa ${n} mục`, `${cap(field.en)} may have at most ${n} item(s)`),
  minimum: (value: unknown, field: Text, limit: number): Text =>
    t(`\`${shown(value)}\` nhỏ hơn mức tối thiểu ${limit} của ${field.vi}`, `\`${shown(value)}\` is below the minimum ${limit} for ${field.en}`),
  maximum: (value: unknown, field: Text, limit: number): Text =>
    t(`\`${shown(value)}\` lớn hơn mức tối đa ${limit} của ${field.vi}`, `\`${shown(value)}\` is above the maximum ${limit} for ${field.en}`),
  other: (field: Text, ajvMessage: string): Text =>
    t(`${cap(field.vi)} không hợp lệ (${ajvMessage})`, `${cap(field.en)} is invalid (${ajvMessage})`),
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
