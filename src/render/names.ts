// The output formats by name, apart from the registry so a command can name and check them without
// loading docx and pdfmake; index.ts's registry must match this list (the compiler checks it).
export const RENDERER_NAMES = ['docx', 'pdf', 'html'] as const;
export type RendererName = (typeof RENDERER_NAMES)[number];

/** What `report` writes when no --only is given: the documents to print. HTML is for the screen (`--only html`, `watch`). */
export const DEFAULT_FORMATS: readonly RendererName[] = ['docx', 'pdf'];
