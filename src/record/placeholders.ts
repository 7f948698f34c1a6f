// Values a scaffolded record (`baocao new`) marks to replace: "<<Địa danh>>". Any string still
// holding such a mark is an error at its position, found before the schema so the clerk reads
// "fill this in" rather than the pattern error the mark would also cause.
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { lowerFirst } from '../typography/index.js';
import type { DataPath, LoadedFile } from './load.js';

/** The mark around an example value; scaffold.ts writes it, this module finds it. */
export const PLACEHOLDER_OPEN = '<<';
export const PLACEHOLDER_CLOSE = '>>';
const MARK = /<<([^<>]*)>>/;

export const placeholder = (label: string): string => `${PLACEHOLDER_OPEN}${label}${PLACEHOLDER_CLOSE}`;

export function checkPlaceholders(loaded: LoadedFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (value: unknown, path: DataPath): void => {
    if (typeof value === 'string') {
      const m = MARK.exec(value);
      if (!m) return;
      const range = loaded.rangeOf(path, 'value');
      out.push(
        diagnostic({
          file: loaded.file,
          ruleId: 'record/placeholder',
          stage: 'rules',
          path,
          ...(range ? { start: range.start, end: range.end } : {}),
          message: t(`Giá trị mẫu chưa được thay: \`${m[0]}\``, `Example value not replaced yet: \`${m[0]}\``),
          hint: t(
            `Ghi ${lowerFirst(m[1]!)} theo nguồn, không để lại dấu ${PLACEHOLDER_OPEN} ${PLACEHOLDER_CLOSE} (chú thích ngay trên dòng nói cần ghi gì).`,
            `Write the value from the source, without the ${PLACEHOLDER_OPEN} ${PLACEHOLDER_CLOSE} (the comment above the line says what it holds).`,
          ),
        }),
      );
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(loaded.data, []);
  return out;
}
