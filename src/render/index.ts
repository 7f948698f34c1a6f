// The one registry of output formats (after pandoc's Writers.hs): a format is a folder under
// src/render/ and one line here.
//
// Every renderer is `(model, profile, options) → Promise<Uint8Array>`: it sees only the document
// model and the layout profile (never a record, never the clock — meta.created stamps the file).
// A block it cannot lay out goes to `options.report` as a `render/unknown-block` diagnostic, or
// throws when no sink is given; it is never dropped silently.
import type { DocumentModel } from '../document/model.js';
import type { LayoutProfile } from '../layout/profiles.js';
import type { HtmlRenderOptions } from './html/index.js';
import type { RendererName } from './names.js';
import type { Renderer, RendererEntry } from './types.js';

export type { RenderOptions, Renderer, RendererEntry, SourceAttachment } from './types.js';

// Each renderer's module (and its libraries: docx, pdfmake with pdfkit and fontkit) is imported on
// its first document, so a run pays only for the formats it writes: a DOCX-only process never
// loads pdfmake, which with its fonts is most of a cold start.
export const renderDocx: Renderer = async (model, profile, options) => (await import('./docx/index.js')).renderDocx(model, profile, options);
export const renderPdf: Renderer = async (model, profile, options) => (await import('./pdf/index.js')).renderPdf(model, profile, options);
export const renderHtml = async (model: DocumentModel, profile: LayoutProfile, options?: HtmlRenderOptions): Promise<Uint8Array> => (await import('./html/index.js')).renderHtml(model, profile, options);
const renderMarkdown: Renderer = async (model, profile, options) => (await import('./markdown/index.js')).renderMarkdown(model, profile, options);
const renderWeb: Renderer = async (model, profile, options) => (await import('./web/index.js')).renderWeb(model, profile, options);

export const renderers = {
  docx: { extension: 'docx', render: renderDocx },
  pdf: { extension: 'pdf', render: renderPdf },
  html: { extension: 'html', render: renderHtml },
  // A news piece's Markdown and simple article page (web, not an A4 preview).
  md: { extension: 'md', render: renderMarkdown },
  web: { extension: 'html', render: renderWeb },
} as const satisfies Record<RendererName, RendererEntry>;

export { DEFAULT_FORMATS, OFFICIAL_FORMATS, PRINT_FORMATS, RENDERER_NAMES, type RendererName } from './names.js';
