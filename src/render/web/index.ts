// A news piece (tin bài) as a simple, self-contained article page for a website: one <article> with
// the headline and the body, Vietnamese language tag, no script and no outside resource. This is not
// the A4 preview of an official document.
import type { Block, DocumentModel, Inline } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { headline, headingText, inlineText, type InlineMarks } from '../article-text.js';
import type { RenderOptions } from '../types.js';

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MARKS: InlineMarks = {
  escape: escapeHtml,
  bold: (s) => `<strong>${s}</strong>`,
  italic: (s) => `<em>${s}</em>`,
  lineBreak: '<br>',
};

const cells = (tag: 'th' | 'td', row: readonly (readonly Inline[])[]) => `<tr>${row.map((c) => `<${tag}>${inlineText(c, MARKS)}</${tag}>`).join('')}</tr>`;

function block(b: Block, profile: LayoutProfile): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${headingText(b, profile, MARKS)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${inlineText(b.content, MARKS)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((it) => `<li>${inlineText(it, MARKS)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return `<table>\n${b.header ? cells('th', b.header) + '\n' : ''}${b.rows.map((r) => cells('td', r)).join('\n')}\n</table>`;
    case 'chart':
      // The article page shows a chart as the table of its numbers.
      return `<table>\n<caption>${MARKS.escape(b.title)}</caption>\n<tr><th>${MARKS.escape(b.categoryLabel)}</th><th>${MARKS.escape(b.valueLabel)}</th></tr>\n${b.categories.map((c, i) => `<tr><td>${MARKS.escape(c)}</td><td>${b.values[i] ?? 0}</td></tr>`).join('\n')}\n</table>`;
  }
}

export function articleHtml(model: DocumentModel, profile: LayoutProfile): string {
  const title = escapeHtml(headline(model));
  return [
    '<!DOCTYPE html>',
    `<html lang="vi">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<meta name="author" content="${escapeHtml(model.meta.author)}">`,
    '<style>body{font-family:"Times New Roman",Tinos,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}p{text-align:justify}</style>',
    '</head>',
    '<body>',
    '<article>',
    `<h1>${title}</h1>`,
    ...model.body.map((b) => block(b, profile)),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function renderWeb(model: DocumentModel, profile: LayoutProfile, _options?: RenderOptions): Promise<Uint8Array> {
  return new TextEncoder().encode(articleHtml(model, profile));
}
