// Named styles of the DOCX, one per element of the layout profile, so a clerk who keeps editing the
// report in Word or LibreOffice changes a style rather than hunting for direct formatting.
import {
  AlignmentType,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  UnderlineType,
  type INumberingOptions,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import type { Align, ElementId, LayoutProfile, TextStyle } from '../../layout/profiles.js';
import { pt, toHalfPoints, toTwip } from '../../layout/units.js';
import { EXACT_LINE_ELEMENTS } from '../common.js';

interface StyleName {
  readonly id: string;
  readonly name: string;
}

/** Style id and (Vietnamese) display name of every element. Body text is Word's own Normal. */
export const STYLES: Readonly<Record<ElementId, StyleName>> = {
  headingTop: { id: 'BaocaoHeadingTop', name: 'Baocao – Quốc hiệu, tiêu đề' },
  headingSub: { id: 'BaocaoHeadingSub', name: 'Baocao – Tiêu ngữ' },
  parentIssuer: { id: 'BaocaoParentIssuer', name: 'Baocao – Cơ quan cấp trên' },
  issuer: { id: 'BaocaoIssuer', name: 'Baocao – Cơ quan ban hành' },
  issuerMark: { id: 'BaocaoIssuerMark', name: 'Baocao – Dấu dưới cơ quan ban hành' },
  number: { id: 'BaocaoNumber', name: 'Baocao – Số, ký hiệu' },
  dateLine: { id: 'BaocaoDateLine', name: 'Baocao – Địa danh, ngày tháng' },
  docType: { id: 'BaocaoDocType', name: 'Baocao – Tên loại văn bản' },
  summary: { id: 'BaocaoSummary', name: 'Baocao – Trích yếu' },
  summaryMark: { id: 'BaocaoSummaryMark', name: 'Baocao – Dấu dưới trích yếu' },
  toLabel: { id: 'BaocaoToLabel', name: 'Baocao – Kính gửi' },
  to: { id: 'BaocaoTo', name: 'Baocao – Nơi gửi đến' },
  body: { id: 'Normal', name: 'Normal' },
  listItem: { id: 'BaocaoListItem', name: 'Baocao – Mục liệt kê' },
  tableCell: { id: 'BaocaoTableCell', name: 'Baocao – Ô bảng' },
  heading1: { id: 'Heading1', name: 'heading 1' },
  heading2: { id: 'Heading2', name: 'heading 2' },
  heading3: { id: 'Heading3', name: 'heading 3' },
  heading4: { id: 'Heading4', name: 'heading 4' },
  signAuthority: { id: 'BaocaoSignAuthority', name: 'Baocao – Quyền hạn ký' },
  signPosition: { id: 'BaocaoSignPosition', name: 'Baocao – Chức vụ người ký' },
  signName: { id: 'BaocaoSignName', name: 'Baocao – Họ tên người ký' },
  recipientsLabel: { id: 'BaocaoRecipientsLabel', name: 'Baocao – Nơi nhận' },
  recipient: { id: 'BaocaoRecipient', name: 'Baocao – Dòng nơi nhận' },
  pageNumber: { id: 'BaocaoPageNumber', name: 'Baocao – Số trang' },
};

export const styleId = (element: ElementId): string => STYLES[element].id;

/** Numbering reference of ordered lists ("1.", "2." …); each list is its own instance. */
export const ORDERED_LIST = 'baocao-ordered';

const ALIGN: Readonly<Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

export const alignment = (a: Align): (typeof AlignmentType)[keyof typeof AlignmentType] => ALIGN[a];

/** Single spacing in OOXML's auto rule (240ths of a line); the frame and signature lines use it. */
const SINGLE_LINE = 240;
const ZERO = pt(0);

function paragraphStyle(element: ElementId, profile: LayoutProfile): IParagraphStyleOptions {
  const s: TextStyle = profile.elements[element];
  const exact = EXACT_LINE_ELEMENTS.has(element);
  const level = /^heading([1-4])$/.exec(element)?.[1];
  return {
    id: STYLES[element].id,
    name: STYLES[element].name,
    ...(element === 'body' ? {} : { basedOn: 'Normal', next: 'Normal' }),
    quickFormat: true,
    run: {
      font: profile.fontFamily,
      size: toHalfPoints(s.size),
      bold: s.bold ?? false,
      italics: s.italic ?? false,
      ...(s.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
    },
    paragraph: {
      alignment: ALIGN[s.align],
      spacing: {
        before: toTwip(s.spaceBefore ?? ZERO),
        after: toTwip(s.spaceAfter ?? ZERO),
        ...(exact
          ? { line: toTwip(profile.lineSpacing), lineRule: LineRuleType.EXACT }
          : { line: SINGLE_LINE, lineRule: LineRuleType.AUTO }),
      },
      indent: { left: 0, right: 0, firstLine: toTwip(s.firstLineIndent ?? ZERO) },
      ...(level ? { outlineLevel: Number(level) - 1, keepNext: true, keepLines: true } : {}),
    },
  };
}

export function documentStyles(profile: LayoutProfile): IStylesOptions {
  const body = profile.elements.body;
  return {
    default: {
      document: {
        run: { font: profile.fontFamily, size: toHalfPoints(body.size), language: { value: 'vi-VN' } },
      },
    },
    paragraphStyles: (Object.keys(STYLES) as ElementId[]).map((e) => paragraphStyle(e, profile)),
  };
}

/** Ordered lists: "1." then a space, the number at the body's first-line indent like any paragraph. */
export function documentNumbering(profile: LayoutProfile): INumberingOptions {
  const indent = profile.elements.listItem.firstLineIndent;
  return {
    config: [
      {
        reference: ORDERED_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.SPACE,
            style: { paragraph: { indent: { left: 0, firstLine: toTwip(indent ?? ZERO) } } },
          },
        ],
      },
    ],
  };
}
