// What every renderer is: a pure function from the document model and a layout profile to bytes.
// Renderers never see a record and never read the clock (meta.created stamps the files).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../document/model.js';
import type { LayoutProfile } from '../layout/profiles.js';

export interface RenderOptions {
  /**
   * Sink for render problems (a block kind this renderer cannot lay out, …). The renderer still
   * returns bytes for everything else. Without a sink such a problem throws instead, so nothing is
   * ever dropped silently.
   */
  readonly report?: (diagnostic: Diagnostic) => void;
  /** Names the document in diagnostics (the record path, or the output path). */
  readonly file?: string;
}

export type Renderer = (model: DocumentModel, profile: LayoutProfile, options?: RenderOptions) => Promise<Uint8Array>;

export interface RendererEntry {
  /** File extension of the output, without the dot. */
  readonly extension: string;
  readonly render: Renderer;
}
