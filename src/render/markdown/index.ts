// Markdown of a news piece (tin bài), for a website's editor: the headline as a level-1 heading, then
// the body's paragraphs, headings and lists; tables as pipe tables. UTF-8, NFC, LF line ends.
import type { Block, DocumentModel, Inline } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { headline, headingText, inlineText, type InlineMarks } from '../article-text.js';
import type { RenderOptions } from '../types.js';

// Characters that would start Markdown syntax inside running text are escaped.
const MARKS: InlineMarks = {
  escape: (s) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1'),
  bold: (s) => `**${s}**`,
  italic: (s) => `*${s}*`,
  lineBreak: '  \n',
};

function block(b: Block, profile: LayoutProfile): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${headingText(b, profile, MARKS)}`;
    case 'paragraph':
      return inlineText(b.content, MARKS);
    case 'list':
      return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inlineText(it, MARKS)}`).join('\n');
    case 'table': {
      const row = (cells: readonly (readonly Inline[])[]) => `| ${cells.map((c) => inlineText(c, MARKS)).join(' | ')} |`;
      const width = b.header?.length ?? b.rows[0]?.length ?? 0;
      const head = b.header ? row(b.header) : `|${' |'.repeat(width)}`;
      return [head, `|${' --- |'.repeat(width)}`, ...b.rows.map(row)].join('\n');
    }
    case 'chart':
      // A chart in plain text is the table of its numbers.
      return [`**${MARKS.escape(b.title)}**`, '', `| ${MARKS.escape(b.categoryLabel)} | ${MARKS.escape(b.valueLabel)} |`, '| --- | --- |', ...b.categories.map((c, i) => `| ${MARKS.escape(c)} | ${b.values[i] ?? 0} |`)].join('\n');
  }
}

export function markdownText(model: DocumentModel, profile: LayoutProfile): string {
  return [`# ${MARKS.escape(headline(model))}`, ...model.body.map((b) => block(b, profile))].join('\n\n') + '\n';
}

export async function renderMarkdown(model: DocumentModel, profile: LayoutProfile, _options?: RenderOptions): Promise<Uint8Array> {
  return new TextEncoder().encode(markdownText(model, profile));
}
