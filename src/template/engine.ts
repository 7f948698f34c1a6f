// Handlebars, compiled once per template with `strict` and `knownHelpersOnly`, so a misspelt field
// or helper is an error with the template's file, line and column rather than empty text. A unit may
// put its own templates folder first in the search path to override any template or partial.
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { diagnostic, t, type Diagnostic } from '../diagnostics/diagnostic.js';
import { builtinTemplatesDir } from '../host/paths.js';
import { helpers } from './helpers.js';

export const TEMPLATE_EXT = '.hbs';

export interface TemplateSource {
  readonly name: string;
  readonly file: string;
  readonly source: string;
}

export interface RenderedTemplate {
  readonly markup?: string;
  readonly diagnostics: Diagnostic[];
  readonly template?: TemplateSource;
}

type Compiled = Handlebars.TemplateDelegate;
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

const KNOWN_HELPERS = Object.fromEntries(Object.keys(helpers).map((k) => [k, true]));

export { builtinTemplatesDir };

/** A template set: the search path, the compiled templates and the partials of the first folder that has them. */
export class TemplateEngine {
  private readonly hbs = Handlebars.create();
  private readonly compiled = new Map<string, { template: TemplateSource; fn?: Compiled; diagnostics: Diagnostic[] }>();
  private readonly partialSources = new Map<string, TemplateSource>();
  private readonly dataFiles = new Map<string, { value?: unknown; file?: string; diagnostics: Diagnostic[] }>();

  /** `dirs`: the unit's folders first, the built-in templates last. */
  constructor(readonly dirs: readonly string[] = [builtinTemplatesDir()]) {
    this.hbs.registerHelper(helpers);
    // Partials: later folders first so earlier (unit) folders override.
    for (const dir of [...dirs].reverse()) {
      const pdir = join(dir, 'partials');
      if (!existsSync(pdir)) continue;
      for (const f of readdirSync(pdir)) {
        if (extname(f) !== TEMPLATE_EXT) continue;
        const file = join(pdir, f);
        this.partialSources.set(basename(f, TEMPLATE_EXT), { name: basename(f, TEMPLATE_EXT), file, source: readFileSync(file, 'utf8').normalize('NFC') });
      }
    }
    // Partials are compiled as strictly as templates (a misspelt field is an error, not "[] [] []").
    // One that does not compile is registered as source: the template using it then reports the error.
    for (const p of this.partialSources.values()) {
      try {
        const spec = this.hbs.precompile(p.source, { strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
        this.hbs.registerPartial(p.name, this.hbs.template(new Function(`return ${spec}`)() as TemplateSpecification));
      } catch {
        this.hbs.registerPartial(p.name, p.source);
      }
    }
  }

  find(name: string): TemplateSource | undefined {
    for (const dir of this.dirs) {
      const file = join(dir, name + TEMPLATE_EXT);
      if (existsSync(file)) return { name, file, source: readFileSync(file, 'utf8').normalize('NFC') };
    }
    return undefined;
  }

  private get(name: string) {
    const hit = this.compiled.get(name);
    if (hit) return hit;
    const template = this.find(name);
    if (!template) return undefined;
    const diagnostics: Diagnostic[] = forbiddenConstructs(template, this.partialSources);
    let fn: Compiled | undefined;
    if (diagnostics.length > 0) {
      const entry = { template, fn, diagnostics };
      this.compiled.set(name, entry);
      return entry;
    }
    try {
      // Precompiled and loaded as a spec rather than through compile(): compile() defers its work to
      // the first render, so syntax errors would surface mid-batch, and forcing them early meant
      // compiling every template twice.
      const spec = this.hbs.precompile(template.source, { strict: true, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
      fn = this.hbs.template(new Function(`return ${spec}`)() as TemplateSpecification);
    } catch (err) {
      fn = undefined;
      diagnostics.push(templateError(err, template, this.partialSources));
    }
    const entry = { template, fn, diagnostics };
    this.compiled.set(name, entry);
    return entry;
  }

  /**
   * A data file beside the templates (`<name>.json`, e.g. the phrase forms), from the first folder
   * that has it, so a unit overrides it like a template. Parsed once; a broken file is a diagnostic.
   */
  data(name: string): { value?: unknown; file?: string; diagnostics: Diagnostic[] } {
    const hit = this.dataFiles.get(name);
    if (hit) return hit;
    let result: { value?: unknown; file?: string; diagnostics: Diagnostic[] } = {
      diagnostics: [
        diagnostic({
          file: `${name}.json`,
          ruleId: 'template/not-found',
          stage: 'template',
          message: t(`Không tìm thấy tệp \`${name}.json\` trong: ${this.dirs.join(', ')}`, `\`${name}.json\` not found in: ${this.dirs.join(', ')}`),
        }),
      ],
    };
    for (const dir of this.dirs) {
      const file = join(dir, `${name}.json`);
      if (!existsSync(file)) continue;
      try {
        result = { value: JSON.parse(readFileSync(file, 'utf8').normalize('NFC')) as unknown, file, diagnostics: [] };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        result = { file, diagnostics: [diagnostic({ file, ruleId: 'template/data-invalid', stage: 'template', message: t(`Tệp \`${name}.json\` không phải JSON hợp lệ: ${reason}`, `\`${name}.json\` is not valid JSON: ${reason}`) })] };
      }
      break;
    }
    this.dataFiles.set(name, result);
    return result;
  }

  render(name: string, context: object): RenderedTemplate {
    const entry = this.get(name);
    if (!entry) {
      return {
        diagnostics: [
          diagnostic({
            file: name + TEMPLATE_EXT,
            ruleId: 'template/not-found',
            stage: 'template',
            message: t(`Không tìm thấy mẫu \`${name}${TEMPLATE_EXT}\` trong: ${this.dirs.join(', ')}`, `Template \`${name}${TEMPLATE_EXT}\` not found in: ${this.dirs.join(', ')}`),
          }),
        ],
      };
    }
    if (!entry.fn) return { diagnostics: entry.diagnostics, template: entry.template };
    try {
      const markup = entry.fn(context);
      // Checked before the markup parser sees it: loops can multiply a record's text without bound.
      if (markup.length > MAX_MARKUP_CHARS) return { diagnostics: [outputTooLarge(entry.template, markup.length)], template: entry.template };
      return { markup, diagnostics: [], template: entry.template };
    } catch (err) {
      return { diagnostics: [templateError(err, entry.template, this.partialSources)], template: entry.template };
    }
  }
}

/**
 * Markup one template may produce, in characters: a report is tens of thousands; past this a loop in
 * the template (nested {{#each}}) is multiplying text, and the document could not be laid out anyway.
 */
export const MAX_MARKUP_CHARS = 2 * 1024 * 1024;

function outputTooLarge(template: TemplateSource, chars: number): Diagnostic {
  return diagnostic({
    file: template.file,
    ruleId: 'template/output-too-large',
    stage: 'template',
    message: t(
      `Mẫu sinh ra quá nhiều chữ (${chars.toLocaleString('vi-VN')} ký tự; tối đa ${MAX_MARKUP_CHARS.toLocaleString('vi-VN')})`,
      `The template produced too much text (${chars} characters; at most ${MAX_MARKUP_CHARS})`,
    ),
    hint: t('Xem lại các vòng {{#each}} lồng nhau trong mẫu.', 'Look for nested {{#each}} loops in the template.'),
  });
}

/** Turns a Handlebars error into a diagnostic at the template's line and column. */
export function templateError(err: unknown, template: TemplateSource, partials: ReadonlyMap<string, TemplateSource>): Diagnostic {
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // A partial that includes itself, directly or through others: never ends, whatever the record.
    return diagnostic({
      file: template.file,
      ruleId: 'template/recursion',
      stage: 'template',
      message: t('Mẫu gọi vòng: một partial tự gọi lại chính nó (trực tiếp hoặc qua partial khác)', 'The template loops: a partial includes itself (directly or through another)'),
      hint: t('Xem các {{> …}} trong mẫu và trong thư mục partials/.', 'Check the {{> …}} in the template and in partials/.'),
    });
  }
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const message = String(e.message ?? err);
  let line = typeof e.lineNumber === 'number' ? e.lineNumber : undefined;
  let column = typeof e.column === 'number' ? e.column + 1 : undefined;
  const parse = /Parse error on line (\d+)/.exec(message);
  if (line === undefined && parse) line = Number(parse[1]);
  // Strict-mode misses say `"x" not defined in … - 3:23`; a miss inside a partial has the partial's position.
  const missing = /^"([^"]+)" not defined in/.exec(message);
  let file = template.file;
  if (missing && line !== undefined) {
    const inTemplate = template.source.split('\n')[line - 1]?.includes(missing[1]!);
    if (!inTemplate) {
      for (const p of partials.values()) {
        if (p.source.split('\n')[line - 1]?.includes(missing[1]!)) {
          file = p.file;
          break;
        }
      }
    }
  }
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  const firstLine = message.split('\n')[0] ?? message;
  // Neither a strict-mode miss nor a compile error: the template failed while running on this record.
  const runtime = !missing && !unknownHelper && !parse && line === undefined;
  const vi = runtime
    ? `Lỗi khi chạy mẫu trên hồ sơ này: ${firstLine}`
    : missing
    ? `Mẫu dùng trường \`${missing[1]}\` nhưng dữ liệu không có — dùng {{#if …}} cho trường không bắt buộc`
    : unknownHelper
      ? `Mẫu dùng hàm \`${unknownHelper[1]}\` không có trong danh sách hàm của baocao (xem templates/README.md)`
      : `Lỗi cú pháp mẫu: ${firstLine}`;
  const en = runtime
    ? `Template failed on this record: ${firstLine}`
    : missing
    ? `Template uses \`${missing[1]}\` but the data has none — use {{#if …}} for optional fields`
    : unknownHelper
      ? `Template uses helper \`${unknownHelper[1]}\`, which baocao does not provide (see templates/README.md)`
      : `Template syntax error: ${firstLine}`;
  return diagnostic({
    file,
    ruleId: runtime ? 'template/runtime' : missing ? 'template/missing-field' : unknownHelper ? 'template/unknown-helper' : 'template/syntax',
    stage: 'template',
    message: t(vi, en),
    ...(line !== undefined ? { start: { line, column: column ?? 1 } } : {}),
  });
}

/** Line and column (1-based) of an offset in a text. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Constructs refused in templates and partials: `{{{…}}}` and `{{&…}}` print a record's text
 * unescaped (a "<" typed by a clerk would open a tag), `{{log}}` writes to the console mid-batch.
 */
const FORBIDDEN = /\{\{\{|\{\{~?&|\{\{~?\s*log\b/g;

/** One mustache's inside; `[^{}]` keeps the scan linear whatever the template holds. */
const MUSTACHE = /\{\{([^{}]*)\}\}/g;
/**
 * Names that reach an object's prototype. Handlebars already denies them at run time, but silently
 * (empty text even in strict mode), so a template probing for them is told where, like `{{log}}`.
 */
const PROTOTYPE_NAME = /\b(?:__proto__|constructor|prototype|__(?:define|lookup)[GS]etter__)\b/;

function prototypeAccess(src: { file: string; source: string }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of src.source.matchAll(MUSTACHE)) {
    const hit = PROTOTYPE_NAME.exec(m[1]!);
    if (!hit) continue;
    out.push(
      diagnostic({
        file: src.file,
        ruleId: 'template/forbidden',
        stage: 'template',
        start: positionAt(src.source, m.index + 2 + hit.index),
        message: t(`Mẫu không được dùng \`${hit[0]}\`: tên này dẫn tới phần bên trong của JavaScript, không phải dữ liệu hồ sơ`, `Templates may not use \`${hit[0]}\`: it reaches JavaScript internals, not record data`),
        hint: t('Chỉ dùng các trường của hồ sơ (xem templates/README.md).', 'Use only the record\'s fields (see templates/README.md).'),
      }),
    );
  }
  return out;
}

function forbiddenConstructs(template: { file: string; source: string }, partials: ReadonlyMap<string, { file: string; source: string }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const src of [template, ...partials.values()]) {
    out.push(...prototypeAccess(src));
    for (const m of src.source.matchAll(FORBIDDEN)) {
      const before = src.source.slice(0, m.index);
      const line = before.split('\n').length;
      const column = m.index - before.lastIndexOf('\n');
      const log = /log/.test(m[0]);
      out.push(
        diagnostic({
          file: src.file,
          ruleId: 'template/forbidden',
          stage: 'template',
          start: { line, column },
          message: log
            ? t('Mẫu không được dùng {{log}}: nó in ra màn hình giữa lúc dựng', 'Templates may not use {{log}}: it prints to the console mid-build')
            : t('Mẫu không được dùng {{{…}}} hay {{&…}}: chữ của hồ sơ sẽ không được thoát và có thể mở thẻ HTML', 'Templates may not use {{{…}}} or {{&…}}: record text would go unescaped and could open HTML tags'),
          hint: t('Dùng {{…}}; chữ đậm, nghiêng viết bằng thẻ <strong>, <em> trong mẫu.', 'Use {{…}}; write bold and italic with <strong> and <em> in the template.'),
        }),
      );
    }
  }
  return out;
}
