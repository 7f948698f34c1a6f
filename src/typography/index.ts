// The typography engine (issue 4): pure functions the templates call, and the record lint and fixer.
export { applyEdits, type Edit } from './edits.js';
export { cleanUnicode, controlCharEdits, isNFC, nfdEdits, removeControlChars, toNFC } from './unicode.js';
export {
  applyToneStyle, detectToneStyles, foldTone, restyleSyllable, syllableStyle, toneEdits,
  type ToneOccurrence, type ToneOptions, type ToneStyle,
} from './tone.js';
export {
  clockTime, dateLine, dateWords, dayNumber, dayPartDate, monthNumber, parseIsoDate, periodLabel, pressDate, shortDate, weekday,
  yearRange, missingDateParts, ND30_DATE_FORM, PARTIAL_DATE, YEAR_BLANK, type DateForm, type PartialDate,
} from './dates.js';
export { docNumber, money, numberFormat, numberLine, percent, type MoneyOptions, type NumberForm, type NumberFormatOptions } from './numbers.js';
export { moneyInWords, numberToWords, type WordOptions } from './words.js';
export { capitalizeName, caseFindings, foldCase, lowerFirst, lowerVi, personName, sentenceCase, upperFirst, upperVi, type CaseFinding } from './case.js';
export { addNbsp, fixPunctuation, nbspEdits, punctuationEdits, symbolSpans, type PunctuationOptions } from './punctuation.js';
export { compareVi, comparePersonNames, nameParts, sortByPersonName, sortPersonNames, sortVi } from './collate.js';
export { expandAbbreviations, findAbbreviations, inlineDefinitions, type AbbreviationUse } from './abbreviations.js';
export { normalizeText, type NormalizeOptions } from './normalize.js';
export { collectFindings, FIXABLE_RULES, lintRecord, recordToneStyle, type Finding, type LintOptions, type LintSource } from './lint.js';
export { fixRecordSource, type FixResult } from './fix.js';
export { roman, termEdits } from './terms.js';
export { slug } from './slug.js';
