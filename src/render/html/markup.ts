// Small HTML builders shared by the frame and body modules: escaping, styled paragraphs, inline runs.
import type { Inline } from '../../document/model.js';
import type { ElementId } from '../../layout/profiles.js';
import { nfc } from '../common.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML, NFC like every output's text. */
export const escapeHtml = (s: string): string => nfc(s).replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Inline runs: <strong>/<em> as the template wrote them, a break as <br>. */
export function inlineHtml(content: readonly Inline[], extra: { bold?: boolean } = {}): string {
  return content
    .map((i) => {
      if (i.kind === 'break') return '<br>';
      let html = escapeHtml(i.text);
      if (i.italic) html = `<em>${html}</em>`;
      if (i.bold || extra.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

/** A paragraph in the style of `element`: lines joined by line breaks, or ready HTML. */
export function styled(
  element: ElementId,
  content: { readonly lines: readonly string[] } | { readonly html: string },
  attrs = '',
  className = '',
): string {
  const inner = 'html' in content ? content.html : content.lines.map(escapeHtml).join('<br>');
  return `<p class="${className ? className + ' ' : ''}e-${element}"${attrs}>${inner}</p>`;
}
