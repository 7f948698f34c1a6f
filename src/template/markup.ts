// Templates emit a small HTML subset; this parser turns it into body blocks of the document model.
// HTML (rather than a bespoke syntax) lets Handlebars' default escaping protect every value from the
// record: a `<` typed by a clerk arrives as `&lt;` and can never open a tag. Anything outside the
// subset is reported, never dropped silently.
import type { Block, HeadingLevel, Inline } from '../document/model.js';

export const BLOCK_TAGS = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'table'] as const;
export const ALLOWED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'tr', 'th', 'td', 'br']);

export interface MarkupProblem {
  /** Offset in the markup where the problem starts. */
  readonly offset: number;
  readonly tag: string;
  readonly kind: 'unknown-tag' | 'misplaced' | 'unclosed' | 'stray-close';
}

export interface ParsedMarkup {
  readonly blocks: Block[];
  readonly problems: MarkupProblem[];
}

type Token =
  | { type: 'open'; tag: string; offset: number; selfClosing: boolean; attrs: string }
  | { type: 'close'; tag: string; offset: number }
  | { type: 'text'; text: string; offset: number };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, body: string) => {
    // A numeric reference past U+10FFFF (or a surrogate) names no character: kept as written, not thrown.
    const cp = body.startsWith('#x') || body.startsWith('#X') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : undefined;
    if (cp !== undefined) return cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    return ENTITIES[body] ?? m;
  });
}

/** One tag at a known '<' (sticky): name, attributes up to the first '>', an optional self-closing slash. */
const TAG_AT = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b([^>]*?)(\/?)>/y;

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  // A scan from '<' to '<' rather than one global regex: an unclosed "<!--" or a '<' with no '>'
  // after it made the regex search to the end of the text from every later '<' (quadratic).
  const lastGt = src.lastIndexOf('>');
  let commentsCanClose = true;
  let last = 0;
  let pos = 0;
  for (let lt = src.indexOf('<', pos); lt >= 0 && lt < lastGt; lt = src.indexOf('<', pos)) {
    pos = lt + 1;
    // Comments are allowed so template authors can annotate their markup.
    if (src.startsWith('<!--', lt)) {
      const end = commentsCanClose ? src.indexOf('-->', lt + 4) : -1;
      if (end < 0) {
        commentsCanClose = false; // no later comment can close either
        continue;
      }
      if (lt > last) tokens.push({ type: 'text', text: src.slice(last, lt), offset: last });
      last = pos = end + 3;
      continue;
    }
    TAG_AT.lastIndex = lt;
    const m = TAG_AT.exec(src);
    if (!m) continue;
    if (lt > last) tokens.push({ type: 'text', text: src.slice(last, lt), offset: last });
    last = pos = TAG_AT.lastIndex;
    const tag = m[1]!.toLowerCase();
    if (m[0].startsWith('</')) tokens.push({ type: 'close', tag, offset: lt });
    else tokens.push({ type: 'open', tag, offset: lt, selfClosing: m[3] === '/' || tag === 'br', attrs: m[2] ?? '' });
  }
  if (last < src.length) tokens.push({ type: 'text', text: src.slice(last), offset: last });
  return tokens;
}

/** Collapses white space as HTML does, then trims the edges of a block's inline content. */
function finishInlines(raw: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of raw) {
    if (node.kind === 'break') {
      out.push(node);
      continue;
    }
    const text = node.text.replace(/[ \t\r\n]+/g, ' ');
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'text' && !!prev.bold === !!node.bold && !!prev.italic === !!node.italic) {
      out[out.length - 1] = { ...prev, text: prev.text + text };
    } else if (text !== '') {
      out.push({ ...node, text });
    }
  }
  // Trim spaces at the start, at the end, and around line breaks.
  for (let i = 0; i < out.length; i++) {
    const node = out[i]!;
    if (node.kind !== 'text') continue;
    let text = node.text;
    const before = i === 0 ? undefined : out[i - 1];
    const after = out[i + 1];
    if (!before || before.kind === 'break') text = text.replace(/^ +/, '');
    if (!after || after.kind === 'break') text = text.replace(/ +$/, '');
    out[i] = { ...node, text };
  }
  return out.filter((n) => n.kind === 'break' || n.text !== '');
}

/** Parses the template's output. Never throws: problems come back as values. */
export function parseMarkup(src: string): ParsedMarkup {
  const tokens = tokenize(src);
  const blocks: Block[] = [];
  const problems: MarkupProblem[] = [];
  let i = 0;

  const problem = (tok: Token, kind: MarkupProblem['kind']) =>
    problems.push({ offset: tok.offset, tag: tok.type === 'text' ? '' : tok.tag, kind });

  /** Reads inline content until the closing tag `end`; returns the inlines. */
  function readInlines(end: string): Inline[] {
    const raw: Inline[] = [];
    const style = { bold: 0, italic: 0 };
    while (i < tokens.length) {
      const tok = tokens[i++]!;
      if (tok.type === 'text') {
        const text = decodeEntities(tok.text);
        raw.push({ kind: 'text', text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
      } else if (tok.type === 'open') {
        if (!ALLOWED_TAGS.has(tok.tag)) problem(tok, 'unknown-tag');
        else if (tok.tag === 'br') raw.push({ kind: 'break' });
        else if (tok.tag === 'strong') style.bold++;
        else if (tok.tag === 'em') style.italic++;
        else problem(tok, 'misplaced');
      } else {
        if (tok.tag === end) return finishInlines(raw);
        if (tok.tag === 'strong' && style.bold) style.bold--;
        else if (tok.tag === 'em' && style.italic) style.italic--;
        else if (!ALLOWED_TAGS.has(tok.tag)) problem(tok, 'unknown-tag');
        else problem(tok, 'stray-close');
      }
    }
    problems.push({ offset: src.length, tag: end, kind: 'unclosed' });
    return finishInlines(raw);
  }

  /** Reads `<li>` items of a list until its closing tag. */
  function readList(end: string): Inline[][] {
    const items: Inline[][] = [];
    while (i < tokens.length) {
      const tok = tokens[i++]!;
      if (tok.type === 'text') {
        if (tok.text.trim() !== '') problem(tok, 'misplaced');
      } else if (tok.type === 'open' && tok.tag === 'li') {
        const item = readInlines('li');
        if (item.length > 0) items.push(item);
      } else if (tok.type === 'close' && tok.tag === end) {
        return items;
      } else {
        problem(tok, ALLOWED_TAGS.has(tok.tag) ? 'misplaced' : 'unknown-tag');
      }
    }
    problems.push({ offset: src.length, tag: end, kind: 'unclosed' });
    return items;
  }

  function readTable(): Block {
    let header: Inline[][] | undefined;
    const rows: Inline[][][] = [];
    let row: Inline[][] | undefined;
    let rowIsHeader = false;
    while (i < tokens.length) {
      const tok = tokens[i++]!;
      if (tok.type === 'text') {
        if (tok.text.trim() !== '') problem(tok, 'misplaced');
      } else if (tok.type === 'open' && tok.tag === 'tr') {
        row = [];
        rowIsHeader = false;
      } else if (tok.type === 'open' && (tok.tag === 'td' || tok.tag === 'th')) {
        if (!row) row = [];
        if (tok.tag === 'th') rowIsHeader = true;
        row.push(readInlines(tok.tag));
      } else if (tok.type === 'close' && tok.tag === 'tr') {
        if (row) {
          if (rowIsHeader && !header && rows.length === 0) header = row;
          else rows.push(row);
        }
        row = undefined;
      } else if (tok.type === 'close' && tok.tag === 'table') {
        return { kind: 'table', ...(header ? { header } : {}), rows };
      } else {
        problem(tok, ALLOWED_TAGS.has(tok.tag) ? 'misplaced' : 'unknown-tag');
      }
    }
    problems.push({ offset: src.length, tag: 'table', kind: 'unclosed' });
    return { kind: 'table', ...(header ? { header } : {}), rows };
  }

  while (i < tokens.length) {
    const tok = tokens[i++]!;
    if (tok.type === 'text') {
      if (tok.text.trim() !== '') problem(tok, 'misplaced');
      continue;
    }
    if (tok.type === 'close') {
      problem(tok, ALLOWED_TAGS.has(tok.tag) ? 'stray-close' : 'unknown-tag');
      continue;
    }
    const { tag } = tok;
    if (/^h[1-4]$/.test(tag)) {
      const content = readInlines(tag);
      if (content.length > 0) blocks.push({ kind: 'heading', level: Number(tag[1]) as HeadingLevel, content });
    } else if (tag === 'p') {
      const content = readInlines('p');
      if (content.length > 0) blocks.push({ kind: 'paragraph', content });
    } else if (tag === 'ul' || tag === 'ol') {
      const items = readList(tag);
      if (items.length > 0) blocks.push({ kind: 'list', ordered: tag === 'ol', items });
    } else if (tag === 'table') {
      const table = readTable();
      const chart = attribute(tok.attrs, 'data-chart');
      const widths = attribute(tok.attrs, 'data-widths')?.split(',').map(Number);
      if (chart === undefined) blocks.push(widths && widths.every((w) => w > 0) && table.kind === 'table' ? { ...table, widths } : table);
      else blocks.push(chartBlock(table, chart, attribute(tok.attrs, 'title') ?? '', tok, problem));
    } else {
      problem(tok, ALLOWED_TAGS.has(tag) ? 'misplaced' : 'unknown-tag');
    }
  }
  return { blocks, problems };
}

/** The value of attribute `name` in a tag's attribute text (double-quoted, entities decoded). */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1]!) : undefined;
}

/** "1.234,5" (Vietnamese digit grouping) → 1234.5; NaN when the cell is not a number. */
function parseViNumber(text: string): number {
  const s = text.trim().replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/**
 * `<table data-chart="column|bar" title="…">`: a chart drawn from the table's own numbers, so the
 * template (overridable like any other) decides what is charted. The header row names the category
 * and the value; each row is a category and its number. A cell that is not a number is reported.
 */
function chartBlock(table: Block, type: string, title: string, tok: Token, problem: (tok: Token, kind: MarkupProblem['kind']) => void): Block {
  if (table.kind !== 'table' || (type !== 'column' && type !== 'bar')) {
    problem(tok, 'misplaced');
    return table;
  }
  const text = (cell: readonly Inline[] | undefined) => (cell ?? []).map((i) => (i.kind === 'text' ? i.text : ' ')).join('').trim();
  const values = table.rows.map((r) => parseViNumber(text(r[r.length - 1])));
  if (values.some((v) => Number.isNaN(v))) {
    problem(tok, 'misplaced');
    return table;
  }
  return {
    kind: 'chart',
    chart: type,
    title,
    categoryLabel: text(table.header?.[0]),
    valueLabel: text(table.header?.[1]),
    categories: table.rows.map((r) => text(r[0])),
    values,
  };
}
