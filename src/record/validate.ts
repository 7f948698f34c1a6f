// Schema validation with ajv, reported in our own words at the YAML node each error concerns: the key
// itself for an unknown key, the mapping for a missing field, the value for a wrong type or value.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { isScalar } from 'yaml';
import { diagnostic, t, type Diagnostic, type Text } from '../diagnostics/diagnostic.js';
import type { DataPath, LoadedFile, Range } from './load.js';
import { actualType, fieldLabel, MSG, typeName } from './messages.js';
import { legacyField } from './legacy.js';
import { fold, suggest } from './suggest.js';
import { assetPath } from '../host/paths.js';
import type { ConferenceRecord } from './types.generated.js';
import { validate as precompiled } from './validator.generated.js';

type SchemaNode = { [k: string]: unknown };

let compiled: { schema: SchemaNode; validate: ValidateFunction<ConferenceRecord> } | undefined;

/**
 * The validator is ajv's code compiled ahead of time from the schema (scripts/gen-types.mjs; a test
 * keeps it in sync), so no process compiles the schema at start-up. The schema itself is still read:
 * messages name each field by its Vietnamese title.
 */
export function recordValidator(): { schema: SchemaNode; validate: ValidateFunction<ConferenceRecord> } {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(assetPath('schema', 'record.schema.json'), 'utf8')) as SchemaNode;
    compiled = { schema, validate: precompiled as ValidateFunction<ConferenceRecord> };
  }
  return compiled;
}

export interface ValidationResult {
  valid: boolean;
  record?: ConferenceRecord;
  diagnostics: Diagnostic[];
}

export function validateRecord(loaded: LoadedFile): ValidationResult {
  if (loaded.data === undefined) return { valid: false, diagnostics: [] };
  const { schema, validate } = recordValidator();
  if (validate(loaded.data)) return { valid: true, record: loaded.data, diagnostics: [] };
  const mapped = (validate.errors ?? []).map((e) => mapError(e, loaded, schema)).filter((d): d is Diagnostic => d !== undefined);
  return { valid: false, diagnostics: collapse(mapped) };
}

/** ajv reports some problems twice or as wrappers (if/then, propertyNames + pattern); keep one per node. */
function collapse(list: Diagnostic[]): Diagnostic[] {
  const typed = new Set(list.filter((d) => d.ruleId === 'schema/type' || d.ruleId === 'schema/leading-zero').map((d) => key(d)));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const k = key(d);
    if (typed.has(k) && d.ruleId !== 'schema/type' && d.ruleId !== 'schema/leading-zero') continue;
    const id = d.ruleId + '\0' + k;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out;
}

function key(d: Diagnostic): string {
  return (d.path ?? []).join('/');
}

function toPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function mapError(e: ErrorObject, loaded: LoadedFile, root: SchemaNode): Diagnostic | undefined {
  const path = toPath(e.instancePath);
  const file = loaded.file;
  const site = siteAt(root, path);
  const field = fieldLabel(nameOf(root, path));
  const value = valueAt(loaded.data, path);
  const p = e.params as Record<string, unknown>;
  const make = (ruleId: string, message: Text, where: Range | undefined, diagPath: DataPath, hint?: Text): Diagnostic =>
    diagnostic({
      file,
      ruleId,
      stage: 'schema',
      message,
      path: diagPath,
      ...(where ? { start: where.start, end: where.end } : {}),
      ...(hint ? { hint } : {}),
    });
  const atValue = () => loaded.rangeOf(path, 'value');

  switch (e.keyword) {
    case 'if':
    case 'then':
    case 'else':
      return undefined;
    case 'required': {
      const missing = String(p.missingProperty);
      // An old field already says what to write instead of this one.
      const present = valueAt(loaded.data, path);
      if (present !== null && typeof present === 'object' && Object.keys(present).some((k) => legacyField(path, k)?.replacedBy === missing)) return undefined;
      const title = childSite(root, site?.schema, missing)?.title;
      // Point at the mapping's first line (where the field would go), or at its key for a nested mapping.
      const where = path.length > 0 && typeof path[path.length - 1] === 'string' ? loaded.rangeOf(path, 'key') : atValue();
      return make('schema/required', MSG.required(missing, title, field), where, [...path, missing], descriptionHint(childSite(root, site?.schema, missing)));
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty);
      const legacy = legacyField(path, extra);
      if (legacy) return make('schema/old-shape', legacy.message, loaded.rangeOf([...path, extra], 'key'), [...path, extra], legacy.hint);
      const props = (site?.schema.properties ?? {}) as Record<string, SchemaNode>;
      const candidates = Object.entries(props).map(([k, s]) => ({ value: k, aliases: titlesOf(root, s) }));
      const suggestion = suggest(extra, candidates);
      return make(
        'schema/unknown-key',
        MSG.unknownKey(extra, suggestion),
        loaded.rangeOf([...path, extra], 'key'),
        [...path, extra],
        suggestion ? undefined : MSG.unknownKeyHint(Object.keys(props)),
      );
    }
    case 'propertyNames':
      return make(
        'schema/key-pattern',
        MSG.keyPattern(String(p.propertyName), field),
        loaded.rangeOf([...path, String(p.propertyName)], 'key'),
        [...path, String(p.propertyName)],
        descriptionHint(site),
      );
    case 'type':
      return typeError(e, loaded, path, field, value, make);
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const near = typeof value === 'string' ? allowed.find((a) => typeof a === 'string' && fold(a) === fold(value)) : undefined;
      const s = typeof near === 'string' ? near : typeof value === 'string' ? suggest(value, allowed.map((a) => ({ value: String(a) }))) : undefined;
      return make('schema/enum', MSG.enum(value, allowed), atValue(), path, s ? MSG.didYouMean(s) : undefined);
    }
    case 'pattern':
      // The pattern error of a key is reported by its propertyNames wrapper.
      if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return undefined;
      return make('schema/pattern', MSG.pattern(value, field), atValue(), path, descriptionHint(site, String(p.pattern)));
    case 'minLength':
      return make('schema/min-length', MSG.minLength(field), atValue(), path, descriptionHint(site));
    case 'minItems':
      return make('schema/min-items', MSG.minItems(field, Number(p.limit)), atValue(), path, descriptionHint(site));
    case 'maxItems':
      return make('schema/max-items', MSG.maxItems(field, Number(p.limit)), atValue(), path);
    case 'minimum':
    case 'exclusiveMinimum':
      return make('schema/minimum', MSG.minimum(value, field, Number(p.limit)), atValue(), path, descriptionHint(site));
    case 'maximum':
    case 'exclusiveMaximum':
      return make('schema/maximum', MSG.maximum(value, field, Number(p.limit)), atValue(), path, descriptionHint(site));
    default:
      return make(`schema/${e.keyword}`, MSG.other(field, e.message ?? e.keyword), atValue(), path);
  }
}

function typeError(
  e: ErrorObject,
  loaded: LoadedFile,
  path: DataPath,
  field: Text,
  value: unknown,
  make: (ruleId: string, message: Text, where: Range | undefined, diagPath: DataPath, hint?: Text) => Diagnostic,
): Diagnostic {
  const expected = ([] as string[]).concat((e.params as { type: string | string[] }).type);
  const node = loaded.nodeAt(path);
  const where = loaded.rangeOf(path, 'value');
  const raw = node?.range ? loaded.source.slice(node.range[0], node.range[1]).trim() : undefined;
  const wantsText = expected.includes('string');
  if (wantsText && isScalar(node) && typeof node.value === 'number' && raw !== undefined && /^[-+]?0[0-9]/.test(raw)) {
    return make('schema/leading-zero', MSG.leadingZero(raw, node.value), where, path, MSG.quoteHint(raw));
  }
  const expectedName = expected.map(typeName).reduce((a, b) => t(`${a.vi} hoặc ${b.vi}`, `${a.en} or ${b.en}`));
  const message = MSG.type(field, expectedName, typeName(actualType(value)));
  let hint: Text | undefined;
  if (wantsText && isScalar(node) && (typeof value === 'number' || typeof value === 'boolean') && raw) hint = MSG.quoteHint(raw);
  else if (value === null) hint = t('Điền giá trị sau dấu hai chấm, hoặc xóa cả dòng nếu không dùng.', 'Fill in a value after the colon, or delete the line.');
  return make('schema/type', message, where, path, hint);
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

// --- walking the schema along a data path -------------------------------------------------------

interface Site {
  /** The schema in force at this point, $ref resolved, with the site's own keywords on top. */
  schema: SchemaNode;
  /** The title written at the site (e.g. "Năm bắt đầu"), else the referenced definition's. */
  title?: string;
  description?: string;
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
    const target = lookupPointer(root, current.$ref);
    if (!target) break;
    const { $ref: _ignored, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}

function lookupPointer(root: SchemaNode, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const seg of toPath(ref.slice(1))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

function makeSite(root: SchemaNode, raw: SchemaNode): Site {
  const schema = resolve(root, raw);
  return {
    schema,
    ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
  };
}

function childSite(root: SchemaNode, schema: SchemaNode | undefined, seg: string | number): Site | undefined {
  if (!schema) return undefined;
  let child: unknown;
  if (typeof seg === 'number') child = schema.items;
  else {
    const props = schema.properties as Record<string, unknown> | undefined;
    child = props?.[seg] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
  }
  return child !== null && typeof child === 'object' ? makeSite(root, child as SchemaNode) : undefined;
}

function siteAt(root: SchemaNode, path: DataPath): Site | undefined {
  let site: Site | undefined = makeSite(root, root);
  for (const seg of path) site = childSite(root, site?.schema, seg);
  return site;
}

function nameOf(root: SchemaNode, path: DataPath) {
  const key = path[path.length - 1];
  const parentKey = path[path.length - 2];
  return {
    key,
    parentKey: typeof parentKey === 'string' ? parentKey : undefined,
    title: siteAt(root, path)?.title,
    parentTitle: siteAt(root, path.slice(0, -1))?.title,
  };
}

function titlesOf(root: SchemaNode, s: SchemaNode): string[] {
  const site = makeSite(root, s);
  return site.title ? [site.title] : [];
}

function descriptionHint(site: Site | undefined, pattern?: string): Text | undefined {
  if (!site?.description) return pattern ? t(`Dạng yêu cầu: ${pattern}`, `Required form: ${pattern}`) : undefined;
  // The schema documents fields in Vietnamese only; English readers still get the pattern when there is one.
  return t(site.description, pattern ? `Required form: ${pattern}` : site.description);
}
