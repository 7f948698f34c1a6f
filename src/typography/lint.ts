// The typography lint of a record: runs every rule over each string value of the YAML document and
// reports warnings at exact line:column. Findings carry their fix (when one is safe) so `--fix`
// (fix.ts) applies exactly what the lint reported. Personal names are never flagged or rewritten.
import type { Document, LineCounter } from 'yaml';
import { diagnostic, t, type Diagnostic, type Text } from '../diagnostics/diagnostic.js';
import { PROFILES } from '../layout/profiles.js';
import type { ConferenceRecord } from '../record/types.generated.js';
import { profileIdOf } from '../record/profile.js';
import { findAbbreviations, inlineDefinitions } from './abbreviations.js';
import { caseFindings } from './case.js';
import type { Edit } from './edits.js';
import { punctuationEdits } from './punctuation.js';
import { termEdits } from './terms.js';
import { sourceOffset, stringScalars, type StringScalar } from './scalars.js';
import { detectToneStyles, protectedSpans, restyleSyllable, type ToneStyle } from './tone.js';
import { controlCharEdits, nfdEdits, tabEdits } from './unicode.js';

/** What the lint needs of a loaded file (src/record/load.ts's LoadedFile fits). */
export interface LintSource {
  readonly file: string;
  readonly source: string;
  readonly doc?: Document | undefined;
  readonly lineCounter: LineCounter;
}

export interface LintOptions {
  /** Overrides the record's and the profile's tone style for this run. */
  readonly toneStyle?: ToneStyle;
  /** Dash for number ranges (default spaced hyphen). */
  readonly dash?: 'hyphen' | 'en';
}

/** One problem in one scalar, with its fix when the rule has a safe one. */
export interface Finding {
  readonly scalar: StringScalar;
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  readonly message: Text;
  readonly hint?: Text;
  /** The replacement of value[start, end) that fixes it; absent for report-only rules. */
  readonly fix?: string;
}

/** Fields holding codes, ids, dates and enums: no prose, so no typography. */
const SKIP_KEYS = new Set([
  'id', 'kind', 'date', 'dayPart', 'profile', 'toneStyle', 'code', 'unit', 'capacity', 'role', 'qualifier',
  'number', 'person', 'by', 'chairs', 'speaker', 'presenter', 'published', 'system', 'review', 'url', 'term',
]);

function skipped(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  const key = typeof last === 'number' ? path[path.length - 2] : last;
  if (typeof key === 'string' && SKIP_KEYS.has(key)) return true;
  if (path[0] === 'attendees' && path[1] === 'people') return true; // person ids
  if (path[0] === 'people' && path[2] === 'name') return true; // names are never touched
  return false;
}

const EDIT_TEXT: Record<string, { message: Text; hint: Text }> = {
  'typo/nfd': {
    message: t('Chữ ở dạng tổ hợp (NFD): dấu tách rời khỏi chữ cái', 'Decomposed text (NFD): marks stored apart from their letters'),
    hint: t('Gõ lại bằng bộ gõ Unicode dựng sẵn hoặc chạy baocao check --fix.', 'Retype with a precomposed Unicode keyboard or run baocao check --fix.'),
  },
  'typo/control-char': {
    message: t('Ký tự ẩn hoặc ký tự điều khiển trong chữ', 'Invisible or control character in the text'),
    hint: t('Xóa ký tự này (baocao check --fix xóa tự động).', 'Delete it (baocao check --fix does this).'),
  },
  'typo/tab': {
    message: t('Dấu tab trong giá trị: văn bản in không có tab, chỗ này thành khoảng trắng lạ', 'Tab inside a value: printed text has no tabs, it becomes an odd gap'),
    hint: t('Thay bằng một dấu cách (baocao check --fix thay tự động).', 'Replace it with one space (baocao check --fix does this).'),
  },
  'typo/space-before-punct': {
    message: t('Thừa dấu cách trước dấu câu', 'Space before a punctuation mark'),
    hint: t('Dấu , . ; : ? ! viết liền chữ trước, cách chữ sau.', 'Write , . ; : ? ! right after the word, with a space after.'),
  },
  'typo/space-after-punct': {
    message: t('Thiếu dấu cách sau dấu câu', 'Missing space after a punctuation mark'),
    hint: t('Sau , ; : ? ! cần một dấu cách.', 'Put one space after , ; : ? !'),
  },
  'typo/double-space': {
    message: t('Nhiều dấu cách liền nhau giữa hai từ', 'Several spaces between two words'),
    hint: t('Giữa hai từ chỉ một dấu cách.', 'Use one space between words.'),
  },
  'typo/quotes': {
    message: t('Dấu ngoặc kép thẳng "…"', 'Straight quotation marks "…"'),
    hint: t('Dùng ngoặc kép cong “…” như văn bản của Nhà nước.', 'Use curly quotes “…” as official documents do.'),
  },
  'typo/ellipsis': {
    message: t('Ba dấu chấm thay cho dấu chấm lửng', 'Three dots instead of an ellipsis'),
    hint: t('Dùng dấu chấm lửng “…”.', 'Use the ellipsis “…”.'),
  },
  'typo/term-roman': {
    message: t('Khóa (nhiệm kỳ) viết bằng số Ả Rập', 'Term number written in Arabic numerals'),
    hint: t('Khóa viết bằng số La Mã: “khóa XI”, không viết “khóa 11” (baocao check --fix sửa tự động).', 'Write the term in Roman numerals: “khóa XI”, not “khóa 11” (baocao check --fix does it).'),
  },
  'typo/dash': {
    message: t('Gạch nối chưa đúng kiểu', 'Dash not in the document style'),
    hint: t('Cặp danh từ và khoảng năm dùng gạch nối có cách: “kinh tế - xã hội”, “2020 - 2025”.', 'Paired nouns and year ranges take a spaced hyphen: “kinh tế - xã hội”, “2020 - 2025”.'),
  },
};

const STYLE_NAME: Record<'old' | 'new', Text> = { old: t('kiểu cũ', 'old style'), new: t('kiểu mới', 'new style') };

/** The tone style a record asks for: the run's option, then the record's toneStyle, then the profile default. */
export function recordToneStyle(record: ConferenceRecord, options: LintOptions = {}): ToneStyle {
  return options.toneStyle ?? record.toneStyle ?? PROFILES[profileIdOf(record)].toneStyle;
}

/** Every finding of every rule over the document's string values (the lint and the fixer share it). */
export function collectFindings(src: LintSource, record: ConferenceRecord, options: LintOptions = {}): Finding[] {
  if (!src.doc) return [];
  const all = stringScalars(src.doc, src.source);
  const scalars = all.filter((s) => !skipped(s.path));
  const names = (record.people ?? []).map((p) => p.name);
  const findings: Finding[] = [];
  const tones: Array<{ scalar: StringScalar; start: number; end: number; word: string; style: 'old' | 'new' }> = [];
  const defined = new Set<string>([
    // A phrase key such as "Bộ CHQS" or "BCH T.Ư" defines each of its abbreviated words too.
    ...Object.keys(record.abbreviations ?? {}).flatMap((k) => [k, ...k.split(/\s+/)]),
    ...record.organizers.flatMap((o) => [o.code, ...o.code.split('-'), ...(o.unit ? [o.unit] : [])]),
    ...Object.values(PROFILES[profileIdOf(record)].typeCodes),
  ]);
  const abbrUses: Array<{ scalar: StringScalar; start: number; end: number; token: string }> = [];

  const hygiene = (s: StringScalar, edits: readonly Edit[]) => {
    for (const e of edits) {
      const text = EDIT_TEXT[e.ruleId]!;
      findings.push({ scalar: s, start: e.start, end: e.end, ruleId: e.ruleId, message: text.message, hint: text.hint, fix: e.replacement });
    }
  };
  // Names, ids and codes get no typography, but a zero-width or bidi character hidden in a name (it
  // reorders or splits what is printed) and a tab (no meaning in a printed value) are still found.
  for (const s of all) if (skipped(s.path)) hygiene(s, [...controlCharEdits(s.value), ...tabEdits(s.value)]);

  for (const s of scalars) {
    const value = s.value;
    const names_ = protectedSpans(value, names);
    const free = (a: number, b: number) => !names_.some(([x, y]) => a < y && b > x);
    hygiene(s, [...controlCharEdits(value), ...tabEdits(value), ...nfdEdits(value), ...punctuationEdits(value, { dash: options.dash ?? 'hyphen' }), ...termEdits(value)]);
    for (const c of caseFindings(value)) {
      if (!free(c.start, c.end)) continue;
      const word = value.slice(c.start, c.end);
      findings.push({
        scalar: s, start: c.start, end: c.end, ruleId: 'typo/case',
        message: t(`Viết hoa chưa đúng: “${word}” nên là “${c.suggestion}”`, `Capitalisation: “${word}” should be “${c.suggestion}”`),
        hint: t('Theo Phụ lục II Nghị định 30/2020/NĐ-CP; sửa tay nếu đúng là trường hợp này.', 'Per ND30 Phụ lục II; fix by hand if the rule applies here.'),
      });
    }
    for (const o of detectToneStyles(value, { protect: names })) tones.push({ scalar: s, ...o });
    for (const d of inlineDefinitions(value)) defined.add(d);
    for (const a of findAbbreviations(value)) abbrUses.push({ scalar: s, ...a });
  }

  findings.push(...toneFindings(tones, recordToneStyle(record, options)));

  const reported = new Set<string>();
  for (const a of abbrUses) {
    if (defined.has(a.token) || reported.has(a.token)) continue;
    reported.add(a.token);
    findings.push({
      scalar: a.scalar, start: a.start, end: a.end, ruleId: 'typo/abbr-undefined',
      message: t(`Chữ viết tắt “${a.token}” chưa được giải nghĩa trong mục abbreviations`, `Abbreviation “${a.token}” is not defined under abbreviations`),
      hint: t(`Thêm vào hồ sơ: abbreviations: { ${a.token}: <dạng đầy đủ> }`, `Add it to the record: abbreviations: { ${a.token}: <full form> }`),
    });
  }
  return findings;
}

function toneFindings(
  tones: Array<{ scalar: StringScalar; start: number; end: number; word: string; style: 'old' | 'new' }>,
  setting: ToneStyle,
): Finding[] {
  const old = tones.filter((o) => o.style === 'old').length;
  const neu = tones.length - old;
  if (old === 0 || neu === 0) return [];
  // An explicit style decides; with `preserve` the document's own majority does (a tie goes to the decree's old style).
  const target: 'old' | 'new' = setting === 'preserve' ? (neu > old ? 'new' : 'old') : setting;
  const why = setting === 'preserve' ? t('theo đa số trong hồ sơ', 'the majority in this record') : t('theo thể thức hoặc trường toneStyle', 'per the profile or the toneStyle field');
  return tones
    .filter((o) => o.style !== target)
    .map((o) => {
      const fixed = restyleSyllable(o.word, target);
      return {
        scalar: o.scalar, start: o.start, end: o.end, ruleId: 'typo/tone-mixed', fix: fixed,
        message: t(
          `Dùng lẫn hai kiểu đặt dấu thanh (${old} chỗ kiểu cũ, ${neu} chỗ kiểu mới): “${o.word}” là ${STYLE_NAME[o.style].vi}, văn bản cần ${STYLE_NAME[target].vi}`,
          `Mixed tone-mark styles (${old} old, ${neu} new): “${o.word}” is ${STYLE_NAME[o.style].en}, the document wants ${STYLE_NAME[target].en}`,
        ),
        hint: t(`Viết “${fixed}” (${STYLE_NAME[target].vi}, ${why.vi}); baocao check --fix sửa tự động.`, `Write “${fixed}” (${STYLE_NAME[target].en}, ${why.en}); baocao check --fix does it.`),
      };
    });
}

/** Rules whose fixes `--fix` applies; the others (case, abbreviations) need a human. */
export const FIXABLE_RULES: ReadonlySet<string> = new Set([
  'typo/nfd', 'typo/control-char', 'typo/tab', 'typo/space-before-punct', 'typo/space-after-punct', 'typo/double-space',
  'typo/quotes', 'typo/ellipsis', 'typo/dash', 'typo/tone-mixed', 'typo/term-roman',
]);

/**
 * The typography lint of one record: warnings (stage `typography`) with exact positions in the YAML.
 * Signature fits src/record's `Linter` when options are bound.
 */
export function lintRecord(loaded: LintSource, record: ConferenceRecord, options: LintOptions = {}): Diagnostic[] {
  return collectFindings(loaded, record, options).map((f) => {
    const a = loaded.lineCounter.linePos(sourceOffset(f.scalar, f.start));
    const b = loaded.lineCounter.linePos(sourceOffset(f.scalar, f.end));
    return diagnostic({
      file: loaded.file,
      ruleId: f.ruleId,
      stage: 'typography',
      severity: 'warning',
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
      start: { line: a.line, column: a.col },
      end: { line: b.line, column: b.col },
      path: f.scalar.path,
    });
  });
}
