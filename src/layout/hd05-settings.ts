// What Hướng dẫn 05-HD/VPTW (27/5/2026) reportedly changes from HD 36, one named setting each.
// The guide's own text has not been found (searched in docs, pages and code, 12/2026), so every
// value below is UNCONFIRMED: it follows ../shared/spec/official-format.md §4.5–4.7 and
// ../shared/spec/title-and-header-forms.md §4, whose reporters are third-party tools. When the text is
// found, correct the value here; the profile in profiles.ts and every renderer follow.
import type { DateForm } from '../typography/index.js';
import type { HeadingLabel, LayoutProfile, ToneStyle } from './profiles.js';
import { mm, pt, type Length } from './units.js';

/**
 * The guide's date. Two reporters give 27/5/2026, one gives 12/01/2026 (spec §0.1); the school
 * guide citing "Hướng dẫn số 05-HD/VPTW, ngày 27/5/2026" is the most explicit, so 27/5/2026.
 */
export const IN_FORCE_FROM = '2026-05-27';

/** 20/20/30/15 mm, as for HD 36: three implementations (spec §4.7 "Margins"). */
export const MARGINS: LayoutProfile['page']['margin'] = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Body 14 pt (spec §4.7 "Body": 3 implementations). */
export const BODY_SIZE = 14;

/**
 * Exact line spacing of the body. Sources disagree: 18, 19 or 20 pt (spec §4.7 "Body"); one tool
 * says 18, a school guide 19, a lookup table "18–22". 18 pt is the value all but one allow and
 * HD 36's minimum, so a document does not grow longer on a guess.
 */
export const BODY_LINE_SPACING: Length = pt(18);

/** First-line indent about 10 mm (spec §4.7 "Body"). */
export const BODY_INDENT: Length = mm(10);

/** Day below 10 and months 1–2 take a leading zero: "ngày 03 tháng 02 năm 2026" (spec §4.7 "Date"). */
export const DATE_FORM: DateForm = { padDay: true, padMonthsThrough: 2 };

/** The body ends with "." rather than ND30's "./." (spec §4.7 "Ending", §8.6; school guide). */
export const BODY_END = '.';

/**
 * No K/T for a collective body: a deputy secretary signs "T/M ĐẢNG UỶ" / "PHÓ BÍ THƯ" (spec §4.5,
 * reported HD 05 change). A K/T signer for one of COMMITTEE_HEADS signs for the committee instead.
 */
export const COMMITTEE_DEPUTY = 'TM' as const;
export const COMMITTEE_HEADS: readonly string[] = ['Bí thư'];

/** Chức vụ (ô 7b) is not bold (spec §4.7 "Signature": 2 implementations). */
export const SIGN_POSITION_BOLD = false;

/** "Nơi nhận:" is underlined (spec §4.7 "Nơi nhận"; school guide). */
export const RECIPIENTS_LABEL_UNDERLINED = true;

/**
 * The last recipient line is "- Lưu <đơn vị>." without a colon and without "VT" (spec §4.7 "Nơi nhận",
 * school guide: "Lưu Đảng ủy."). The unit kept is the issuing committee.
 */
export const ARCHIVE_LINE = 'Lưu {committee}';

// A comma before "ngày" when a Party document cites another ("Nghị quyết số 12-NQ/ĐU, ngày 05/9/2026
// của …"; spec §4.6 "Citations", school guide) is wording, so it lives with the other phrase forms:
// templates/phrases.json, citation.dateComma.hd05.

/**
 * Tone marks. A verification log reading the guide counts 0 old / 142 new placements and real
 * VPTW documents of 11–12/2025 write "ĐẢNG UỶ" (spec §4.7 "Tone marks", title-and-header-forms §4
 * item 6); a school guide demands "ĐẢNG ỦY". New style, as HD 36; a record's organizer.toneStyle
 * still overrides it.
 */
export const TONE_STYLE: ToneStyle = 'new';

/**
 * Sections of a report are numbered "I-", "II-" (spec §4.6 "Heading numbering": a 2026 guide prescribes
 * I- for resolutions, plans and reports); khoản "1." and điểm "a)" stay as in HD 36.
 */
export const SECTION_LABEL: HeadingLabel = { style: 'roman', prefix: '', suffix: '-', ownLine: false, upperTitle: true };
