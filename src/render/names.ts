// The output formats by name, apart from the registry so a command can name and check them without
// loading docx and pdfmake; index.ts's registry must match this list (the compiler checks it).
export const RENDERER_NAMES = ['docx', 'pdf', 'md', 'web'] as const;
/** Formats of an official document; a news piece also has its document form's extra formats (md, web). */
export const OFFICIAL_FORMATS: readonly RendererName[] = ['docx', 'pdf'];
export type RendererName = (typeof RENDERER_NAMES)[number];
