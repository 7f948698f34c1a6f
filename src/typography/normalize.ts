// The one output normaliser the templates call on every string: Unicode clean-up, punctuation and
// spacing, the profile's tone style, and non-breaking spaces. Pure and idempotent.
import { addNbsp, fixPunctuation } from './punctuation.js';
import { applyToneStyle, type ToneStyle } from './tone.js';
import { cleanUnicode } from './unicode.js';

export interface NormalizeOptions {
  /** Tone-mark placement for oa/oe/uy; `preserve` (default) leaves the text's own. */
  readonly toneStyle?: ToneStyle;
  /** Strings never rewritten (personal names). */
  readonly protect?: readonly string[];
  /** Dash for number ranges. */
  readonly dash?: 'hyphen' | 'en';
  /** Insert non-breaking spaces between numbers and units (default true; off for YAML). */
  readonly nbsp?: boolean;
}

/** NFC + control-character cleanup + punctuation normalisation + tone style (+ NBSPs), for output text. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let out = cleanUnicode(text);
  out = fixPunctuation(out, { dash: options.dash ?? 'hyphen' });
  out = applyToneStyle(out, options.toneStyle ?? 'preserve', { protect: options.protect ?? [] });
  if (options.nbsp ?? true) out = addNbsp(out);
  return out;
}
