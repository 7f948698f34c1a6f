// Maps a YAML string scalar's value offsets back to its source. yaml gives the value and the node's
// source range; for plain and simple quoted scalars the value is the source, but folding, escapes and
// block indentation shift offsets. A greedy alignment recovers each value character's source offset
// and whether it is verbatim there (only verbatim spans may be edited in place).
import { isMap, isScalar, isSeq, type Document, type Node, Scalar } from 'yaml';

/** A string scalar of the document with its data path and offset map. */
export interface StringScalar {
  readonly node: Scalar;
  readonly value: string;
  readonly path: readonly (string | number)[];
  /** Source offset of each value character, or -1 when unknown; `map[value.length]` is the end. */
  readonly map: readonly number[];
  /** Whether the value character stands verbatim at its offset. */
  readonly exact: readonly boolean[];
  readonly start: number;
}

/** Every string scalar of the document that is a value (map keys are skipped), in source order. */
export function stringScalars(doc: Document, src: string): StringScalar[] {
  const out: StringScalar[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      out.push(align(node, node.value, src, path));
    }
  };
  walk(doc.contents as Node | null, []);
  return out.sort((a, b) => a.start - b.start);
}

function align(node: Scalar, value: string, src: string, path: (string | number)[]): StringScalar {
  const [from, to] = node.range!;
  const map: number[] = new Array<number>(value.length + 1).fill(-1);
  const exact: boolean[] = new Array<boolean>(value.length).fill(false);
  let p = from;
  const type = node.type;
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) p++;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) p = src.indexOf('\n', from) + 1;
  let i = 0;
  while (i < value.length && p < to && p > 0) {
    const c = value[i]!;
    const r = src[p]!;
    if (type === Scalar.QUOTE_DOUBLE && r === '\\') {
      const n = src[p + 1];
      if (n === '\n' || n === '\r') {
        p += 2;
        while (src[p] === ' ' || src[p] === '\t') p++;
        continue;
      }
      map[i] = p;
      p += n === 'x' ? 4 : n === 'u' ? 6 : n === 'U' ? 10 : 2;
      i++;
    } else if (type === Scalar.QUOTE_SINGLE && r === "'" && src[p + 1] === "'" && c === "'") {
      map[i] = p;
      p += 2;
      i++;
    } else if (r === c) {
      map[i] = p;
      exact[i] = true;
      p++;
      i++;
    } else if ((c === ' ' || c === '\n') && (r === '\n' || r === '\r')) {
      // A folded line break: the value's one space or newline stands for the break and indentation.
      map[i] = p;
      while (p < to && /\s/u.test(src[p]!)) p++;
      i++;
    } else if (r === ' ' || r === '\t' || r === '\r') {
      p++; // indentation of a block or continuation line
    } else {
      break; // lost track: the rest stays unmapped
    }
  }
  if (i === value.length) map[value.length] = p;
  return { node, value, path, map, exact, start: from };
}

/**
 * The source span of value[start, end) when every character in it (and, for an insertion, the point
 * itself) stands verbatim and contiguous in the source; otherwise null.
 */
export function sourceSpan(s: StringScalar, start: number, end: number): [number, number] | null {
  if (start === end) {
    const at = s.map[start];
    if (at === undefined || at < 0) return null;
    if (start > 0 && (!s.exact[start - 1] || s.map[start - 1]! + 1 !== at)) return null;
    return [at, at];
  }
  const a = s.map[start]!;
  for (let k = start; k < end; k++) {
    if (!s.exact[k] || s.map[k] !== a + (k - start)) return null;
  }
  return [a, a + (end - start)];
}

/** Best-effort source offset of a value offset, for positions: the scalar start when unknown. */
export function sourceOffset(s: StringScalar, index: number): number {
  const at = s.map[index];
  return at !== undefined && at >= 0 ? at : s.start;
}
