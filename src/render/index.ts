// The one registry of output formats (after pandoc's Writers.hs): a format is a folder under
// src/render/ and one line here.
//
// Every renderer is `(model, profile, options) → Promise<Uint8Array>`: it sees only the document
// model and the layout profile (never a record, never the clock — meta.created stamps the file).
// A block it cannot lay out goes to `options.report` as a `render/unknown-block` diagnostic, or
// throws when no sink is given; it is never dropped silently.
import { renderDocx } from './docx/index.js';
import { renderHtml } from './html/index.js';
import { renderPdf } from './pdf/index.js';
import { renderMarkdown } from './markdown/index.js';
import { renderWeb } from './web/index.js';
import type { RendererName } from './names.js';
import type { RendererEntry } from './types.js';

export type { RenderOptions, Renderer, RendererEntry, SourceAttachment } from './types.js';

export const renderers = {
  docx: { extension: 'docx', render: renderDocx },
  pdf: { extension: 'pdf', render: renderPdf },
  html: { extension: 'html', render: renderHtml },
  // A news piece's Markdown and simple article page (web, not an A4 preview).
  md: { extension: 'md', render: renderMarkdown },
  web: { extension: 'html', render: renderWeb },
} as const satisfies Record<RendererName, RendererEntry>;

export { DEFAULT_FORMATS, OFFICIAL_FORMATS, PRINT_FORMATS, RENDERER_NAMES, type RendererName } from './names.js';

export { renderDocx, renderHtml, renderPdf };
