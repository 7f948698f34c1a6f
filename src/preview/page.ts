// The preview's pages: a document as the HTML renderer writes it, plus a reload script and, when the
// record has problems, a panel of its positioned diagnostics above the last good preview. The
// document itself stays script-free (render/html); only the preview adds these.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, type Lang } from '../diagnostics/reporter.js';
import type { DocumentModel } from '../document/model.js';
import { PROFILES } from '../layout/profiles.js';
import { htmlDocument } from '../render/html/index.js';
import { escapeHtml } from '../render/html/markup.js';

/** Where the server serves fonts/; the pages link Tinos there instead of inlining 2 MB each reload. */
export const FONT_ROUTE = '/fonts/';

/**
 * Reloads the page when the server says its channel changed (EventSource reconnects on its own),
 * keeping the reader's scroll position across the reload.
 */
export function reloadScript(channel: string): string {
  const key = JSON.stringify(`baocao-scroll:${channel}`);
  return `<script>
(() => {
  const y = sessionStorage.getItem(${key});
  if (y !== null) addEventListener('load', () => scrollTo(0, Number(y)));
  const events = new EventSource('/events?channel=' + encodeURIComponent(${JSON.stringify(channel)}));
  events.addEventListener('reload', () => {
    sessionStorage.setItem(${key}, String(scrollY));
    location.reload();
  });
})();
</script>`;
}

const PANEL_STYLE = `<style>
#baocao-diagnostics{position:sticky;top:0;z-index:1;margin:0;padding:8pt 12pt;background:#fff4f4;border-bottom:2pt solid #b00020;font:10pt/1.35 monospace;color:#000}
#baocao-diagnostics.warnings{background:#fffbe6;border-bottom-color:#b08800}
#baocao-diagnostics summary{font:bold 11pt sans-serif;cursor:pointer}
#baocao-diagnostics pre{margin:4pt 0 0;white-space:pre-wrap}
</style>`;

/** The panel of a record's diagnostics, as the terminal prints them (file:line:column, rule, hint). */
export function diagnosticsPanel(file: string, diagnostics: readonly Diagnostic[], source: string | undefined, lang: Lang, stale: boolean): string {
  if (diagnostics.length === 0) return '';
  const sources = new Map(source !== undefined ? [[file, source]] : []);
  const text = formatDiagnostics(diagnostics, { lang, format: 'human', color: false, sources });
  const errors = hasErrors(diagnostics);
  const title = errors
    ? lang === 'vi'
      ? stale
        ? 'Hồ sơ có lỗi — dưới đây là bản xem trước đúng gần nhất'
        : 'Hồ sơ có lỗi — chưa có bản xem trước'
      : stale
        ? 'The record has errors — the last good preview is shown below'
        : 'The record has errors — no preview yet'
    : lang === 'vi'
      ? 'Cảnh báo, ghi chú'
      : 'Warnings, notes';
  // Errors stand open; warnings (typography, notes) fold into one line until clicked — no script.
  const count = diagnostics.length;
  return (
    `${PANEL_STYLE}<details id="baocao-diagnostics" class="${errors ? 'errors' : 'warnings'}" role="${errors ? 'alert' : 'status'}"${errors ? ' open' : ''}>` +
    `<summary>${escapeHtml(title)} (${count})</summary><pre>${escapeHtml(text)}</pre></details>`
  );
}

/** A record's preview page: its last good document (if any) under its current diagnostics. */
export function previewPage(channel: string, file: string, model: DocumentModel | undefined, diagnostics: readonly Diagnostic[], source: string | undefined, lang: Lang): string {
  const panel = diagnosticsPanel(file, diagnostics, source, lang, model !== undefined);
  if (model === undefined) {
    return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(file)}</title>\n${reloadScript(channel)}\n</head>\n<body>\n${panel}\n</body>\n</html>\n`;
  }
  return htmlDocument(model, PROFILES[model.profile], { fontBase: FONT_ROUTE, head: reloadScript(channel), before: panel });
}

export interface IndexEntry {
  readonly channel: string;
  readonly file: string;
  readonly ok: boolean;
  readonly title?: string;
}

/** The list of watched records, each with its state; reloads when any of them changes. */
export function indexPage(entries: readonly IndexEntry[], lang: Lang): string {
  const state = (ok: boolean) => (ok ? (lang === 'vi' ? 'được' : 'ok') : lang === 'vi' ? 'có lỗi' : 'has errors');
  const items = entries
    .map((e) => `<li><a href="/r/${encodeURIComponent(e.channel)}">${escapeHtml(e.file)}</a> — ${escapeHtml(e.title ?? '')} <em>(${state(e.ok)})</em></li>`)
    .join('\n');
  const heading = lang === 'vi' ? 'baocao — xem trước' : 'baocao — preview';
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${heading}</title>\n${reloadScript('*')}\n<style>body{font:12pt/1.5 serif;margin:24pt}</style>\n</head>\n<body>\n<h1>${heading}</h1>\n<ul>\n${items}\n</ul>\n</body>\n</html>\n`;
}
