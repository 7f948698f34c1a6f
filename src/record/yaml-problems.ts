// The YAML stage's problems in our words: parser errors (collapsed to their root cause) and the
// alias guard that refuses an alias bomb before yaml's toJS expands it.
import { isAlias, isCollection, isPair, visit, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';
import { diagnostic, t, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';

export interface AliasLimits {
  readonly maxAliases: number;
  readonly maxExpandedNodes: number;
}

export function yamlError(file: string, err: YAMLError, at: (offset: number) => Position): Diagnostic {
  const start = at(err.pos[0]);
  const end = at(Math.max(err.pos[1], err.pos[0] + 1));
  const firstLine = err.message.split('\n')[0] ?? err.message;
  if (err.code === 'TAB_AS_INDENT') {
    return diagnostic({
      file, ruleId: 'yaml/tab-indent', stage: 'yaml', start, end,
      message: t('Thụt lề bằng phím Tab — YAML không cho phép', 'Tab used for indentation — YAML forbids it'),
      hint: t('Hãy thụt lề bằng dấu cách (2 dấu cách mỗi cấp), không dùng Tab.', 'Indent with spaces (two per level), not tabs.'),
    });
  }
  if (err.code === 'DUPLICATE_KEY') {
    return diagnostic({
      file, ruleId: 'yaml/duplicate-key', stage: 'yaml', start, end,
      message: t('Trường bị khai hai lần trong cùng một nhóm', 'Key appears twice in the same mapping'),
      hint: t('Xóa một trong hai dòng, hoặc gộp nội dung vào một trường.', 'Remove one of them or merge their content.'),
    });
  }
  return diagnostic({
    file, ruleId: 'yaml/syntax', stage: 'yaml', start, end,
    message: t(`Lỗi cú pháp YAML: ${syntaxVi(err.code)}`, `YAML syntax error: ${firstLine}`),
    hint: t(
      'Kiểm tra thụt lề, dấu hai chấm sau tên trường, dấu nháy và ngoặc đóng mở.',
      `(${err.code}) check indentation, the colon after each key, quotes and brackets.`,
    ),
  });
}

/**
 * yaml reports every consequence of one mistake (a tab makes the next lines "bad indentation" too).
 * A tab is the root cause whenever it occurs; otherwise keep the first error of each line.
 */
export function rootCauses(errors: readonly YAMLError[], lineCounter: LineCounter): YAMLError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs;
  const lines = new Set<number>();
  return errors.filter((e) => {
    const line = lineCounter.linePos(e.pos[0]).line;
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
}

const SYNTAX_VI: Record<string, string> = {
  MISSING_CHAR: 'thiếu dấu đóng (dấu nháy hoặc ngoặc)',
  BAD_INDENT: 'thụt lề không đúng',
  BLOCK_AS_IMPLICIT_KEY: 'thụt lề không đúng hoặc thiếu dấu hai chấm',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng (có thể thiếu dấu hai chấm)',
  MULTIPLE_DOCS: 'tệp chỉ được chứa một hồ sơ (bỏ dòng ---)',
  UNEXPECTED_TOKEN: 'ký tự không mong đợi',
  BAD_SCALAR_START: 'giá trị không được bắt đầu bằng ký tự này (hãy đặt trong dấu nháy)',
  MISSING_ANCHOR: 'bí danh (*) trỏ tới neo (&) chưa khai',
  BAD_ALIAS: 'bí danh (*) không hợp lệ',
  IMPOSSIBLE: 'cấu trúc không đọc được',
};

function syntaxVi(code: string): string {
  return SYNTAX_VI[code] ?? 'cấu trúc không đúng';
}

/**
 * Counts alias uses and their expanded size before toJS, so an alias bomb is refused at the alias
 * that crosses the line, with a position, instead of only by yaml's exception.
 */
export function checkAliases(file: string, doc: Document.Parsed, at: (offset: number) => Position, limits: AliasLimits): Diagnostic | undefined {
  const sizes = new Map<Node, number>();
  const inProgress = new Set<Node>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? sizeOf(target) : 1;
    }
    if (!isCollection(node)) return 1;
    const cached = sizes.get(node);
    if (cached !== undefined) return cached;
    if (inProgress.has(node)) return 1; // a self-reference; yaml makes it a cycle, not growth
    inProgress.add(node);
    let total = 1;
    for (const item of node.items) {
      if (isPair(item)) total += sizeOf(item.key) + sizeOf(item.value);
      else total += sizeOf(item);
      if (total > limits.maxExpandedNodes) break;
    }
    inProgress.delete(node);
    sizes.set(node, total);
    return total;
  };
  let aliases = 0;
  let expanded = 0;
  let problem: Diagnostic | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      expanded += sizeOf(node);
      if (aliases > limits.maxAliases || expanded > limits.maxExpandedNodes) {
        problem = aliasLimit(file, node.range ? at(node.range[0]) : undefined, limits);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problem;
}

export function aliasLimit(file: string, start: Position | undefined, limits: AliasLimits, detail?: string): Diagnostic {
  return diagnostic({
    file,
    ruleId: 'yaml/alias-limit',
    stage: 'yaml',
    ...(start ? { start } : {}),
    message: t(
      `Dùng bí danh YAML (*) quá nhiều (giới hạn ${limits.maxAliases} lần, ${limits.maxExpandedNodes} mục sau khi bung)`,
      `Too many YAML aliases (limit ${limits.maxAliases} uses, ${limits.maxExpandedNodes} expanded nodes)${detail ? `: ${detail}` : ''}`,
    ),
    hint: t('Hãy viết thẳng nội dung thay vì dùng &neo và *bí danh.', 'Write the content out instead of using &anchors and *aliases.'),
  });
}
