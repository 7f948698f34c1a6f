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
  /**
   * The record's source, embedded in the PDF as its associated file (`/AFRelationship /Source`),
   * which makes the file PDF/A-3b instead of PDF/A-2b (`baocao archive --attach-source`). PDF only:
   * the other renderers ignore it. Absent, the PDF is byte for byte what it was without the option.
   */
  readonly attachSource?: SourceAttachment;
}

/** A file to carry inside the document: plain data, so options stay serialisable for workers. */
export interface SourceAttachment {
  /** The file's name as a PDF reader lists it ("2023-08-22-dien-bien-so-ket.yaml"). */
  readonly name: string;
  /** Its bytes; a string is written as UTF-8. */
  readonly content: Uint8Array | string;
  /** Media type; `application/yaml` when absent. */
  readonly mediaType?: string;
  /** What a reader shows beside the name; a Vietnamese default when absent. */
  readonly description?: string;
}

export type Renderer = (model: DocumentModel, profile: LayoutProfile, options?: RenderOptions) => Promise<Uint8Array>;

export interface RendererEntry {
  /** File extension of the output, without the dot. */
  readonly extension: string;
  readonly render: Renderer;
}
