// The output formats by name, apart from the registry so a command can name and check them without
// loading docx and pdfmake; index.ts's registry must match this list (the compiler checks it).
export const RENDERER_NAMES = ['docx', 'pdf', 'html', 'md', 'web'] as const;
export type RendererName = (typeof RENDERER_NAMES)[number];

/** The documents to print. */
export const PRINT_FORMATS: readonly RendererName[] = ['docx', 'pdf'];
/** Formats every document has: the printed ones and the A4 screen preview (`--only html`, `watch`). */
export const OFFICIAL_FORMATS: readonly RendererName[] = [...PRINT_FORMATS, 'html'];
/**
 * What `report` writes when no --only is given: the documents to print, and for a news piece the
 * extra formats its document form lists (Markdown, a web page). HTML previews only on request.
 */
export const DEFAULT_FORMATS: readonly RendererName[] = [...PRINT_FORMATS, 'md', 'web'];
