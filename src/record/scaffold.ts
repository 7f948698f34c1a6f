// `baocao new`: a commented record written from schema/record.schema.json itself, so the comments
// say what the schema says and stay in step with it. Every field appears, with its title and
// Vietnamese description as a comment; required fields carry an example value marked to replace
// ("<<Địa danh>>", which `check` reports until it is filled), optional ones stand commented out.
import { readFileSync } from 'node:fs';
import { assetPath } from '../host/paths.js';
import type { ProfileId } from '../layout/profiles.js';
import { placeholder } from './placeholders.js';

interface SchemaNode {
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly additionalProperties?: boolean | SchemaNode;
}

/** The conference kinds `new` takes, by their slug (so-ket) or as written (sơ kết). */
export const CONFERENCE_KINDS: Readonly<Record<string, string>> = {
  'so-ket': 'sơ kết',
  'tong-ket': 'tổng kết',
  'ky-ket': 'ký kết',
  'hoi-nghi-cap-uy': 'hội nghị cấp ủy',
};

export function conferenceKind(input: string): string | undefined {
  const s = input.normalize('NFC').trim();
  return CONFERENCE_KINDS[s] ?? (Object.values(CONFERENCE_KINDS).includes(s) ? s : undefined);
}

export interface ScaffoldOptions {
  /** The conference kind as the schema writes it ("sơ kết"). */
  readonly kind: string;
  readonly profile: ProfileId;
  /** Path from the new file's folder to the schema, for the yaml-language-server header line. */
  readonly schemaRef: string;
}

/** Values the command line decides, by data path (array items as `[]`). */
function fixedValues(options: ScaffoldOptions): ReadonlyMap<string, string> {
  return new Map([
    ['kind', options.kind],
    ['profile', options.profile],
    ['organizers[].system', options.profile === 'hd36' ? 'đảng' : 'nhà nước'],
    ['documents[].kind', 'bao-cao'],
  ]);
}

/**
 * Optional in the schema but asked for all the same: the cross-field rules want a subject named or
 * titled (rules/subject-unnamed) and a báo cáo signed (rules/document-needs), and the date is what a
 * clerk most often has. Delete the line when
 * the source does not say.
 */
const ASKED = new Set(['subjects[].title', 'date', 'documents[].signers']);

const WIDTH = 100;

/** A comment wrapped to the width, each line starting `# ` at `indent`. */
function comment(indent: string, text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

const quote = (s: string): string => JSON.stringify(s);

export function scaffoldRecord(options: ScaffoldOptions, schema: SchemaNode = loadSchema()): string {
  const fixed = fixedValues(options);
  const defs = (schema as { $defs?: Record<string, SchemaNode> }).$defs ?? {};
  // A property's own title and description win over those of the definition it refers to.
  const resolve = (node: SchemaNode): SchemaNode => {
    // A value that may be plain text or a mapping (a task) is shown in its full, mapping form.
    const alternatives = (node as { anyOf?: SchemaNode[]; oneOf?: SchemaNode[] }).anyOf ?? (node as { oneOf?: SchemaNode[] }).oneOf;
    if (alternatives) {
      const rich = alternatives.map(resolve).find((a) => a.type === 'object' && a.properties);
      if (rich) return { ...rich, ...(node.title ? { title: node.title } : {}), ...(node.description ? { description: node.description } : {}) };
    }
    if (!node.$ref) return node;
    const target = resolve(defs[node.$ref.replace('#/$defs/', '')] ?? {});
    return { ...target, ...(node.title ? { title: node.title } : {}), ...(node.description ? { description: node.description } : {}) };
  };
  const describe = (node: SchemaNode): string => {
    const parts = [node.title, node.description].filter((s): s is string => !!s);
    const head = parts.length === 2 ? `${parts[0]}: ${parts[1]}` : (parts[0] ?? '');
    return node.enum ? `${head} (một trong: ${node.enum.join(', ')})` : head;
  };
  // Numbers stand unquoted, so that filling the mark in leaves a number; text stays quoted.
  const scalar = (node: SchemaNode, path: string, label = node.title ?? 'giá trị'): string => {
    const value = fixed.get(path);
    if (value !== undefined) return value;
    if (node.enum) return node.enum[0]!;
    return node.type === 'integer' || node.type === 'number' ? placeholder(label) : quote(placeholder(label));
  };

  // Emits `key: …` lines of an object's properties. `off`: the whole subtree is commented out.
  const object = (node: SchemaNode, indent: string, path: string, off: boolean): string[] => {
    const out: string[] = [];
    const required = new Set(node.required ?? []);
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const p = resolve(raw);
      const at = path === '' ? key : `${path}.${key}`;
      const active = !off && (required.has(key) || fixed.has(at) || ASKED.has(at));
      const mark = active ? '' : '# ';
      if (indent === '') out.push('');
      out.push(...comment(indent, describe(p)));
      if (p.type === 'object' && p.properties) {
        out.push(`${indent}${mark}${key}:`, ...object(p, indent + '  ', at, !active));
      } else if (p.type === 'object' && typeof p.additionalProperties === 'object') {
        const value = resolve(p.additionalProperties);
        out.push(`${indent}${mark}${key}:`, `${indent}${mark}  ${quote(placeholder('VIẾT TẮT'))}: ${quote(placeholder(value.title ?? 'dạng đầy đủ'))}`);
      } else if (p.type === 'array' && p.items) {
        const item = resolve(p.items);
        out.push(`${indent}${mark}${key}:`);
        if (item.type === 'object' && item.properties) {
          out.push(`${indent}${mark}  - # ${describe(item)}`, ...object(item, indent + '    ', `${at}[]`, !active));
        } else out.push(`${indent}${mark}  - ${scalar(item, `${at}[]`, p.title)}`);
      } else out.push(`${indent}${mark}${key}: ${scalar(p, at)}`);
    }
    return out;
  };

  return [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    ...comment('', `${schema.title ?? ''}: ${schema.description ?? ''}`),
    ...comment(
      '',
      `Thay mọi giá trị ${placeholder('…')} bằng thông tin của nguồn (\`baocao check\` báo những chỗ còn thiếu). Trường không bắt buộc đứng sau dấu "# ": bỏ dấu đó khi nguồn có thông tin; điều nguồn không nói thì để nguyên.`,
    ),
    ...object(schema, '', '', false),
    '',
  ].join('\n');
}

function loadSchema(): SchemaNode {
  return JSON.parse(readFileSync(assetPath('schema', 'record.schema.json'), 'utf8')) as SchemaNode;
}
