// The bench's Typst peer: the same document model as Typst markup (Tinos, the profile's page and
// sizes, page numbers from page 2, a header grid, title, justified body, signature grid), compiled to PDF by Typst's Node
// binding. The binding is an optional dev dependency: without it the bench says so and skips.
import { createRequire } from 'node:module';
import type { Block, DocumentModel, Inline } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { toPt } from '../../layout/units.js';

/** A string as a Typst string literal, shown as text wherever markup is expected. */
const str = (s: string): string => `#"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function inline(content: readonly Inline[]): string {
  return content
    .map((i) => (i.kind === 'break' ? ' \\\n' : i.bold ? `#strong(${str(i.text).slice(1)})` : i.italic ? `#emph(${str(i.text).slice(1)})` : str(i.text)))
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `#block(above: 6pt)[#strong[${b.label ? str(b.label + ' ') : ''}${inline(b.content)}]]`;
    case 'paragraph':
      return `#par(first-line-indent: 1cm)[${inline(b.content)}]`;
    case 'list':
      return b.items.map((item, k) => `#par(first-line-indent: 1cm)[${str(b.ordered ? `${k + 1}. ` : '- ')}${inline(item)}]`).join('\n\n');
    case 'table': {
      const cols = (b.header ?? b.rows[0] ?? []).length || 1;
      const cells = [...(b.header ? [b.header] : []), ...b.rows].flatMap((r) => r.map((c) => `[${inline(c)}]`));
      return `#table(columns: ${cols}, ${cells.join(', ')})`;
    }
    case 'chart':
      return [`#align(center)[#strong[${str(b.title)}]]`, ...b.categories.map((c, k) => `#par[${str(`${c}: ${b.values[k]}`)}]`)].join('\n\n');
  }
}

/** The model as one Typst source file. */
export function typstSource(model: DocumentModel, profile: LayoutProfile): string {
  const { page } = profile;
  const m = page.margin;
  const size = toPt(profile.elements.body.size);
  const { frame } = model;
  const lines = (xs: readonly string[], fmt = (s: string) => str(s)) => xs.map(fmt).join(' \\\n');
  const out = [
    `#set page(width: ${toPt(page.width)}pt, height: ${toPt(page.height)}pt, margin: (top: ${toPt(m.top)}pt, bottom: ${toPt(m.bottom)}pt, left: ${toPt(m.left)}pt, right: ${toPt(m.right)}pt), header: context { if counter(page).get().first() > 1 { align(center, counter(page).display()) } })`,
    `#set text(font: "Tinos", size: ${size}pt, lang: "vi")`,
    `#set par(justify: true, leading: 0.5em)`,
  ];
  if (frame.layout !== 'article') {
    const left = [...frame.issuers.flatMap((i) => [...(i.parent ? [i.parent] : []), i.name]), frame.number];
    const right = [...frame.heading, ...(frame.dateLine ? [frame.dateLine] : [])];
    out.push(`#grid(columns: (1fr, 1.4fr), align(center)[#text(size: ${size - 1}pt)[${lines(left)}]], align(center)[#text(size: ${size - 1}pt)[#strong[${lines(right)}]]])`);
  }
  out.push(`#align(center)[#strong[${lines([frame.docType, ...frame.summary])}]]`);
  if (frame.to?.length) out.push(`#align(center)[${lines(frame.to)}]`);
  for (const b of model.body) out.push(block(b));
  if (frame.layout !== 'article') {
    const signers = frame.signatures.flatMap((s) => [...(s.authority ? [s.authority] : []), s.position, s.name]);
    out.push(`#grid(columns: (1fr, 1fr), [#text(size: ${size - 2}pt)[#emph[#strong[${str('Nơi nhận:')}]] \\\n${lines(frame.recipients)}]], align(center)[#strong[${lines(signers)}]])`);
  }
  return out.join('\n\n') + '\n';
}

interface TypstCompiler {
  pdf(args: { mainFileContent: string }): Uint8Array;
  /** Drops memoised results older than `maxAge` compilations (0: all). */
  evictCache(maxAge: number): void;
}

/** Typst's compiler with the given font folder, or undefined when the optional package is absent. */
export function typstCompiler(fontDir: string): TypstCompiler | undefined {
  try {
    const { NodeCompiler } = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler') as {
      NodeCompiler: { create(args: { fontArgs: { fontPaths: string[] }[] }): TypstCompiler };
    };
    return NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
  } catch {
    return undefined;
  }
}
