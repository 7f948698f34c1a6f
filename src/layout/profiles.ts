// The official layouts as data, read by every renderer (no measure is written twice):
//   nd30 — state administrative documents, Nghị định 30/2020/NĐ-CP, Phụ lục I;
//   hd36 — Party documents, Hướng dẫn 36-HD/VPTW (2018), Phụ lục 3;
//   hd05 — Party documents, Hướng dẫn 05-HD/VPTW (27/5/2026): hd36 with the reported changes, each
//          a named setting with its source in hd05-settings.ts.
// Values marked UNCONFIRMED in ../shared/spec/official-format.md follow the common practice the spec
// names; each is a field here, so a unit can change it without touching a renderer.
import { ND30_DATE_FORM, type DateForm } from '../typography/dates.js';
import * as HD05 from './hd05-settings.js';
import { mm, pt, type Length } from './units.js';

export type ProfileId = 'nd30' | 'hd36' | 'hd05';
export const PROFILE_IDS: readonly ProfileId[] = ['nd30', 'hd36', 'hd05'];

/** Whose rules a profile carries: the state's (Nghị định) or the Party's (Văn phòng Trung ương hướng dẫn). */
export type DocumentSystem = 'state' | 'party';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  readonly size: Length;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly align: Align;
  readonly spaceBefore?: Length;
  readonly spaceAfter?: Length;
  readonly firstLineIndent?: Length;
}

/** Every styled element of a document; each maps to one named style in the DOCX. */
export type ElementId =
  | 'headingTop' // ô 1 line 1: Quốc hiệu / ĐẢNG CỘNG SẢN VIỆT NAM
  | 'headingSub' // ô 1 line 2: Tiêu ngữ (nd30 only)
  | 'parentIssuer' // ô 2 superior
  | 'issuer' // ô 2 issuer
  | 'issuerMark' // the "*" under the issuer (hd36)
  | 'number' // ô 3
  | 'dateLine' // ô 4
  | 'docType' // ô 5a tên loại
  | 'summary' // ô 5a trích yếu
  | 'summaryMark' // text separator under the trích yếu (hd36 "-----")
  | 'toLabel' // ô 9a "Kính gửi:"
  | 'to' // ô 9a addressees
  | 'body' // ô 6
  | 'listItem'
  | 'tableCell'
  | 'heading1' // Phần thứ nhất + title
  | 'heading2' // I. TITLE
  | 'heading3' // 1. Title
  | 'heading4' // a) title
  | 'signAuthority' // ô 7a
  | 'signPosition' // ô 7a/7b
  | 'signName' // ô 7b
  | 'recipientsLabel' // ô 9b label
  | 'recipient' // ô 9b line
  | 'pageNumber';

/** What sits under a header element: a drawn rule (as long as the text, or a fraction of it) or a text mark. */
export type Mark =
  | {
      readonly kind: 'rule';
      readonly length: 'text' | number;
      readonly thickness: Length;
      /**
       * Clear space between the bottom of the text line above and the rule's top edge: the line box
       * reaches the font's descent, so a descender ("p", "ạ", "Ệ") stays at least this far above.
       */
      readonly gap: Length;
    }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'none' };

export type Capacity = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

/** Tone-mark placement in oa/oe/uy syllables: old hòa/thủy, new hoà/thuỷ, or as written. */
export type ToneStyle = 'old' | 'new' | 'preserve';

/** How heading numbers are written at each level. */
export interface HeadingLabel {
  readonly style: 'ordinal-words' | 'roman' | 'arabic' | 'alpha';
  readonly prefix: string;
  readonly suffix: string;
  /** The label stands on its own line above the title (Phần thứ nhất). */
  readonly ownLine: boolean;
  readonly upperTitle: boolean;
}

export type DocumentKind = 'bao-cao' | 'bao-cao-nhanh' | 'thong-bao-ket-luan' | 'bien-ban' | 'giay-moi' | 'chuong-trinh' | 'tin-bai';

export interface LayoutProfile {
  readonly id: ProfileId;
  readonly name: string;
  readonly system: DocumentSystem;
  /** ISO date the rule takes effect: documents dated from then on follow it (see choose-profile.ts). */
  readonly inForceFrom: string;
  readonly page: {
    readonly width: Length;
    readonly height: Length;
    readonly margin: { readonly top: Length; readonly bottom: Length; readonly left: Length; readonly right: Length };
    /** Distance from the top edge to the page number. */
    readonly headerDistance: Length;
  };
  /** Font family written into the DOCX; the PDF embeds the metric-compatible Tinos from fonts/. */
  readonly fontFamily: string;
  /** Exact line spacing of body text (ND30: between single and 1.5 lines). */
  readonly lineSpacing: Length;
  /** Column weights of the two borderless tables: header (ô 2-3 | ô 1-4) and signature (ô 9b | ô 7). */
  readonly headerColumns: readonly [number, number];
  readonly signatureColumns: readonly [number, number];
  /**
   * ô 4 stands on one line whatever the place ("Thành phố Hồ Chí Minh, ngày 28 tháng 12 năm 2026"):
   * the right header column first widens up to `widestRight` (its share of the text width), then the
   * line's size shrinks down to `minSize`, in `sizeStep`s. `spare` is room kept beside the line so
   * that no renderer's rounding wraps it.
   */
  readonly dateLineFit: { readonly widestRight: number; readonly minSize: Length; readonly sizeStep: Length; readonly spare: Length };
  /** Body tables: width of their ruled borders and the padding inside each cell. */
  readonly table: { readonly border: Length; readonly cellPadding: { readonly x: Length; readonly y: Length } };
  /**
   * Body charts (the annual summary's conferences per month): the plot's height, the bars' colour
   * (one dark grey, so a black-and-white print keeps them), and the gap between bars as a fraction
   * of each bar's slot. Labels and values are set in the tableCell style.
   */
  readonly chart: { readonly height: Length; readonly barColor: string; readonly gap: number };
  readonly elements: Readonly<Record<ElementId, TextStyle>>;
  readonly headingText: readonly string[];
  readonly marks: { readonly heading: Mark; readonly issuer: Mark; readonly summary: Mark };
  readonly number: {
    /** "{n}/{type}-{issuer}" or "{n}-{type}/{issuer}". */
    readonly pattern: string;
    readonly prefix: string;
    /** What stands for the number in a draft. */
    readonly blank: string;
    readonly pad: number;
  };
  readonly typeCodes: Readonly<Record<DocumentKind, string>>;
  readonly docTypeNames: Readonly<Record<DocumentKind, string>>;
  readonly capacities: Readonly<Record<Capacity, string>>;
  /** Military rank before the signer's name (ND30 leaves it to the Ministry of Defence; HD 36 has none). */
  readonly signerRank: boolean;
  readonly recipients: {
    readonly label: string;
    readonly lead: string;
    readonly lineEnd: string;
    readonly lastEnd: string;
    /**
     * The archive line; `{unit}` is the drafting unit, dropped with its comma when the record has
     * none; `{committee}` is the issuing committee ("Đảng ủy" of "Đảng ủy Quân sự tỉnh").
     */
    readonly archive: string;
  };
  /** Leading zeros of the date line (ô 4). */
  readonly dateForm: DateForm;
  readonly signing: {
    /**
     * How a deputy of a Party committee signs: as written in the record ("K/T BÍ THƯ"), or for the
     * committee, which is a collective body ("T/M ĐẢNG UỶ" / "PHÓ BÍ THƯ").
     */
    readonly committeeDeputy: 'as-written' | 'TM';
    /** Heads of a collective body: a K/T signer for one of these signs T/M the body under 'TM'. */
    readonly committeeHeads: readonly string[];
  };
  /** "Trích yếu" starts lower case in Party documents ("về …"), upper in ND30 ("Về …"). */
  readonly summaryInitial: 'upper' | 'lower';
  /** What closes the body: ND30's templates end "./.". */
  readonly bodyEnd: string;
  readonly toneStyle: ToneStyle;
  readonly headingLabels: readonly [HeadingLabel, HeadingLabel, HeadingLabel, HeadingLabel];
  /**
   * A joint document (several issuers): the issuers stand stacked in ô 2, lead first, and their
   * signatures side by side above the Nơi nhận list. Neither ND30 nor HD 36 text on it was found
   * (spec title-and-header-forms §2–3, UNCONFIRMED): the lead body signs on the right by default, as
   * in joint circulars' practice.
   */
  readonly joint: { readonly leadSignature: 'left' | 'right' };
}

const A4 = { width: mm(210), height: mm(297) };
const bodyTable: LayoutProfile['table'] = { border: pt(0.5), cellPadding: { x: pt(4), y: pt(2) } };
const bodyChart: LayoutProfile['chart'] = { height: mm(45), barColor: '404040', gap: 0.35 };
const margins = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const centered = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({ size: pt(size), align: 'center', ...extra });

const headingLabels: LayoutProfile['headingLabels'] = [
  { style: 'ordinal-words', prefix: 'Phần thứ ', suffix: '', ownLine: true, upperTitle: true },
  { style: 'roman', prefix: '', suffix: '.', ownLine: false, upperTitle: true },
  { style: 'arabic', prefix: '', suffix: '.', ownLine: false, upperTitle: false },
  { style: 'alpha', prefix: '', suffix: ')', ownLine: false, upperTitle: false },
];

const docTypeNames: LayoutProfile['docTypeNames'] = {
  'bao-cao': 'BÁO CÁO',
  // "BÁO CÁO NHANH" as the tên loại of a quick report is practice, not a form of ND30 or HD 36 (UNCONFIRMED).
  'bao-cao-nhanh': 'BÁO CÁO NHANH',
  'thong-bao-ket-luan': 'THÔNG BÁO',
  'tin-bai': 'TIN BÀI',
  'giay-moi': 'GIẤY MỜI',
  'bien-ban': 'BIÊN BẢN',
  'chuong-trinh': 'CHƯƠNG TRÌNH',
};

function bodyStyles(size: number, indent: Length): Pick<
  LayoutProfile['elements'],
  'body' | 'listItem' | 'tableCell' | 'heading1' | 'heading2' | 'heading3' | 'heading4'
> {
  const s = pt(size);
  return {
    body: { size: s, align: 'justify', firstLineIndent: indent, spaceBefore: pt(6) },
    listItem: { size: s, align: 'justify', firstLineIndent: indent, spaceBefore: pt(6) },
    tableCell: { size: pt(size - 1), align: 'left' },
    heading1: { size: s, bold: true, align: 'center', spaceBefore: pt(12), spaceAfter: pt(6) },
    // Alignment of "I." headings is not fixed by ND30 (UNCONFIRMED): justified with the body indent.
    heading2: { size: s, bold: true, align: 'justify', firstLineIndent: indent, spaceBefore: pt(12) },
    heading3: { size: s, bold: true, align: 'justify', firstLineIndent: indent, spaceBefore: pt(6) },
    heading4: { size: s, bold: true, italic: true, align: 'justify', firstLineIndent: indent, spaceBefore: pt(6) },
  };
}

export const nd30: LayoutProfile = {
  id: 'nd30',
  name: 'Nghị định 30/2020/NĐ-CP',
  system: 'state',
  inForceFrom: '2020-03-05',
  page: { ...A4, margin: margins, headerDistance: mm(10) },
  fontFamily: 'Times New Roman',
  lineSpacing: pt(17),
  headerColumns: [0.4, 0.6],
  signatureColumns: [0.5, 0.5],
  joint: { leadSignature: 'right' },
  // ô 4 is 13–14 pt in ND30 (§2.1); column widths are not fixed by the decree.
  dateLineFit: { widestRight: 0.66, minSize: pt(13), sizeStep: pt(0.5), spare: pt(2) },
  table: bodyTable,
  chart: bodyChart,
  elements: {
    headingTop: centered(13, { bold: true }),
    headingSub: centered(14, { bold: true }),
    parentIssuer: centered(13),
    issuer: centered(13, { bold: true }),
    issuerMark: centered(13),
    number: centered(13, { spaceBefore: pt(6) }),
    dateLine: centered(14, { italic: true, spaceBefore: pt(6) }),
    docType: centered(14, { bold: true, spaceBefore: pt(24) }),
    summary: centered(14, { bold: true }),
    summaryMark: centered(14),
    toLabel: { size: pt(14), align: 'left', spaceBefore: pt(12) },
    to: { size: pt(14), align: 'left' },
    ...bodyStyles(14, mm(10)),
    signAuthority: centered(14, { bold: true }),
    signPosition: centered(14, { bold: true }),
    signName: centered(14, { bold: true, spaceBefore: pt(60) }),
    recipientsLabel: { size: pt(12), bold: true, italic: true, align: 'left' },
    recipient: { size: pt(11), align: 'left' },
    pageNumber: centered(13),
  },
  headingText: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  // Rules stand 2.5 pt clear of the line box above: 2 pt clear of the lowest glyph, with room for
  // renderers' rounding (issue 9: 1.75 pt under "Hạnh phúc" before).
  marks: {
    heading: { kind: 'rule', length: 'text', thickness: pt(0.75), gap: pt(2.5) },
    issuer: { kind: 'rule', length: 0.4, thickness: pt(0.75), gap: pt(2.5) },
    summary: { kind: 'rule', length: 0.35, thickness: pt(0.75), gap: pt(2.5) },
  },
  number: { pattern: '{n}/{type}-{issuer}', prefix: 'Số: ', blank: '      ', pad: 2 },
  typeCodes: { 'bao-cao': 'BC', 'bao-cao-nhanh': 'BC', 'thong-bao-ket-luan': 'TB', 'tin-bai': 'TB', 'giay-moi': 'GM', 'bien-ban': 'BB', 'chuong-trinh': 'CTr' },
  docTypeNames,
  capacities: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
  signerRank: true,
  recipients: { label: 'Nơi nhận:', lead: '- ', lineEnd: ';', lastEnd: '.', archive: 'Lưu: VT, {unit}' },
  dateForm: ND30_DATE_FORM,
  signing: { committeeDeputy: 'as-written', committeeHeads: [] },
  summaryInitial: 'upper',
  bodyEnd: './.',
  toneStyle: 'old',
  headingLabels,
};

export const hd36: LayoutProfile = {
  id: 'hd36',
  name: 'Hướng dẫn 36-HD/VPTW',
  system: 'party',
  inForceFrom: '2018-04-03',
  // Margins are UNCONFIRMED for HD 36; 20/20/30/15 mm as the spec recommends.
  page: { ...A4, margin: margins, headerDistance: mm(10) },
  fontFamily: 'Times New Roman',
  lineSpacing: pt(18),
  headerColumns: [0.45, 0.55],
  signatureColumns: [0.5, 0.5],
  joint: { leadSignature: 'right' },
  // ô 4 is 14 pt in HD 36 (§4.1): only the column may give room.
  dateLineFit: { widestRight: 0.66, minSize: pt(14), sizeStep: pt(0.5), spare: pt(2) },
  table: bodyTable,
  chart: bodyChart,
  elements: {
    headingTop: centered(15, { bold: true }),
    headingSub: centered(15, { bold: true }),
    parentIssuer: centered(14),
    issuer: centered(14, { bold: true }),
    issuerMark: centered(14),
    // The same space above ô 3 and ô 4: they share the header's second row and must stand level.
    number: centered(14, { spaceBefore: pt(6) }),
    dateLine: centered(14, { italic: true, spaceBefore: pt(6) }),
    docType: centered(16, { bold: true, spaceBefore: pt(24) }),
    summary: centered(14, { bold: true }),
    summaryMark: centered(14),
    toLabel: { size: pt(14), italic: true, align: 'left', spaceBefore: pt(12) },
    to: { size: pt(14), align: 'left' },
    ...bodyStyles(14, mm(10)),
    signAuthority: centered(14, { bold: true }),
    signPosition: centered(14),
    signName: centered(14, { bold: true, spaceBefore: pt(60) }),
    recipientsLabel: { size: pt(14), underline: true, align: 'left' },
    recipient: { size: pt(12), align: 'left' },
    pageNumber: centered(14),
  },
  headingText: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
  marks: {
    heading: { kind: 'rule', length: 'text', thickness: pt(0.75), gap: pt(2.5) },
    issuer: { kind: 'text', text: '*' },
    // "-----" under the trích yếu is UNCONFIRMED (third-party transcriptions only).
    summary: { kind: 'text', text: '-----' },
  },
  number: { pattern: '{n}-{type}/{issuer}', prefix: 'Số ', blank: '      ', pad: 2 },
  typeCodes: { 'bao-cao': 'BC', 'bao-cao-nhanh': 'BC', 'thong-bao-ket-luan': 'TB', 'tin-bai': 'TB', 'giay-moi': 'GM', 'bien-ban': 'BB', 'chuong-trinh': 'CTr' },
  docTypeNames,
  capacities: { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'T/UQ', Q: 'Q.' },
  signerRank: false,
  // Comma-ended recipient lines and the "Lưu" form are UNCONFIRMED for HD 36.
  recipients: { label: 'Nơi nhận:', lead: '- ', lineEnd: ',', lastEnd: '.', archive: 'Lưu Văn phòng' },
  // The spec's HD 36 date example "ngày 20 tháng 02 năm 2018" pads as ND30 does [S6].
  dateForm: ND30_DATE_FORM,
  signing: { committeeDeputy: 'as-written', committeeHeads: [] },
  summaryInitial: 'lower',
  bodyEnd: '',
  toneStyle: 'new',
  headingLabels,
};

/** HD 05 is HD 36 with the changes reported for it; every changed value is named in hd05-settings.ts. */
export const hd05: LayoutProfile = {
  ...hd36,
  id: 'hd05',
  name: 'Hướng dẫn 05-HD/VPTW',
  inForceFrom: HD05.IN_FORCE_FROM,
  page: { ...hd36.page, margin: HD05.MARGINS },
  lineSpacing: HD05.BODY_LINE_SPACING,
  elements: {
    ...hd36.elements,
    ...bodyStyles(HD05.BODY_SIZE, HD05.BODY_INDENT),
    signPosition: { ...hd36.elements.signPosition, bold: HD05.SIGN_POSITION_BOLD },
    recipientsLabel: { ...hd36.elements.recipientsLabel, underline: HD05.RECIPIENTS_LABEL_UNDERLINED },
  },
  recipients: { ...hd36.recipients, archive: HD05.ARCHIVE_LINE },
  dateForm: HD05.DATE_FORM,
  signing: { committeeDeputy: HD05.COMMITTEE_DEPUTY, committeeHeads: HD05.COMMITTEE_HEADS },
  bodyEnd: HD05.BODY_END,
  toneStyle: HD05.TONE_STYLE,
  headingLabels: [headingLabels[0], HD05.SECTION_LABEL, headingLabels[2], headingLabels[3]],
};

export const PROFILES: Readonly<Record<ProfileId, LayoutProfile>> = { nd30, hd36, hd05 };

export function textWidth(profile: LayoutProfile): Length {
  const { width, margin } = profile.page;
  return (width - margin.left - margin.right) as Length;
}
