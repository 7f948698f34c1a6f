// HTML renderer: the same model and profile as the DOCX and PDF, for reading on screen and the
// watch preview. One self-contained file (Tinos inlined), A4 via CSS @page for print and a sheet
// of the same size on screen, text NFC and worded exactly as the PDF's. No script is needed to
// read it; the watch server adds its reload script through `head`.
import type { DocumentMeta, DocumentModel } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import type { RenderOptions } from '../types.js';
import { bodyHtml } from './body.js';
import { headerHtml, signatureHtml, titleHtml, toHtml } from './frame.js';
import { escapeHtml } from './markup.js';
import { styleSheet } from './styles.js';

export interface HtmlRenderOptions extends RenderOptions {
  /** Link the fonts under this URL instead of inlining them (the watch server serves fonts/ there). */
  readonly fontBase?: string;
  /** Extra markup for <head> (the watch server's reload script). */
  readonly head?: string;
  /** Extra markup before the sheet (the watch server's diagnostics panel). */
  readonly before?: string;
}

function metaTags(meta: DocumentMeta): string {
  const tag = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}">`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('author', meta.author),
    tag('description', meta.subject),
    ...(meta.keywords?.length ? [tag('keywords', meta.keywords.join(', '))] : []),
    tag('generator', 'baocao'),
    // The record's date, never the clock: the same record gives the same bytes.
    tag('dcterms.created', meta.created),
  ].join('\n');
}

/** The document as an HTML string. */
export function htmlDocument(model: DocumentModel, profile: LayoutProfile, options?: HtmlRenderOptions): string {
  const body = bodyHtml(model.body, profile, options);
  const closing = body.last === '' ? signatureHtml(model.frame, profile) : `<div class="keep">${body.last}${signatureHtml(model.frame, profile)}</div>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="vi" data-profile="${profile.id}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    metaTags(model.meta),
    `<style>\n${styleSheet(profile, options?.fontBase)}\n</style>`,
    options?.head ?? '',
    '</head>',
    '<body>',
    options?.before ?? '',
    '<main class="sheet">',
    headerHtml(model.frame, profile),
    titleHtml(model.frame, profile),
    toHtml(model.frame, profile),
    body.main,
    closing,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function renderHtml(model: DocumentModel, profile: LayoutProfile, options?: HtmlRenderOptions): Promise<Uint8Array> {
  return new TextEncoder().encode(htmlDocument(model, profile, options));
}
