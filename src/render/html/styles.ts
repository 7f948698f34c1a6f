// The profile as CSS: one class per element (`e-body`, `e-issuer`, …) with the same size, weight,
// alignment, spacing and line height the PDF gets from ../pdf/styles.ts, the A4 page for print
// (@page with the profile's margins and the page number from page 2) and a sheet of the same size
// on screen. Lengths are written in pt straight from the profile: nothing is measured twice.
import { faceMetrics } from '../../layout/measure.js';
import { textWidth, type ElementId, type LayoutProfile } from '../../layout/profiles.js';
import { pt, toPt, type Length } from '../../layout/units.js';
import { EXACT_LINE_ELEMENTS } from '../common.js';
import { fontFaces, HTML_FONT_FAMILY } from './fonts.js';

/** CSS length in points, rounded to a thousandth so the file stays readable. */
export const cssPt = (l: Length): string => `${Math.round(toPt(l) * 1000) / 1000}pt`;

/**
 * Frame lines whose breaks ../frame-plan.ts decided (balanced issuer, trích yếu and signer lines):
 * the browser must not wrap them again where its measure differs by a hair from ours. Their spaces
 * are kept as written too: a draft's number and date hold runs of blanks ("Số:      /BC-UBND").
 */
const PLANNED_LINES: ReadonlySet<ElementId> = new Set<ElementId>([
  'headingTop',
  'headingSub',
  'parentIssuer',
  'issuer',
  'number',
  'dateLine',
  'docType',
  'summary',
  'signAuthority',
  'signPosition',
  'signName',
]);

/**
 * Line height as the PDF sets it: the profile's exact spacing for body-like elements, the face's
 * natural height (ascent − descent, no gap: pdfmake's lineHeight 1) for the frame.
 */
function lineHeight(element: ElementId, profile: LayoutProfile): Length {
  const size = profile.elements[element].size;
  if (EXACT_LINE_ELEMENTS.has(element)) return profile.lineSpacing;
  const m = faceMetrics();
  return pt((m.ascent - m.descent) * toPt(size));
}

function elementRule(element: ElementId, profile: LayoutProfile): string {
  const s = profile.elements[element];
  const decls = [
    `font-size:${cssPt(s.size)}`,
    `font-weight:${s.bold ? 'bold' : 'normal'}`,
    `font-style:${s.italic ? 'italic' : 'normal'}`,
    `line-height:${cssPt(lineHeight(element, profile))}`,
    // Spacing as padding, not margin: CSS would collapse adjacent margins, the PDF adds them.
    `padding:${cssPt(s.spaceBefore ?? pt(0))} 0 ${cssPt(s.spaceAfter ?? pt(0))}`,
    s.align === 'justify' ? 'text-align:justify;text-align-last:left' : `text-align:${s.align}`,
    ...(s.underline ? ['text-decoration:underline'] : []),
    ...(s.firstLineIndent ? [`text-indent:${cssPt(s.firstLineIndent)}`] : []),
    ...(PLANNED_LINES.has(element) ? ['white-space:pre'] : []),
  ];
  return `.e-${element}{${decls.join(';')}}`;
}

/** The whole style sheet of a document in `profile`; `fontBase` links the fonts instead of inlining them. */
export function styleSheet(profile: LayoutProfile, fontBase?: string): string {
  const { page } = profile;
  const m = page.margin;
  const num = profile.elements.pageNumber;
  const width = textWidth(profile);
  const { border, cellPadding } = profile.table;
  return [
    fontFaces(fontBase),
    `@page{size:${cssPt(page.width)} ${cssPt(page.height)};margin:${cssPt(m.top)} ${cssPt(m.right)} ${cssPt(m.bottom)} ${cssPt(m.left)};` +
      `@top-center{content:counter(page);vertical-align:top;padding-top:${cssPt(page.headerDistance)};font-family:"${HTML_FONT_FAMILY}";font-size:${cssPt(num.size)}}}`,
    // Page 1 carries no number, as in the PDF and DOCX.
    '@page:first{@top-center{content:none}}',
    'html{background:#d9d9d9}',
    `body{margin:0;font-family:"${HTML_FONT_FAMILY}",serif;color:#000;font-kerning:normal;-webkit-text-size-adjust:none;text-size-adjust:none}`,
    // On screen: a sheet of the page's width with the profile's margins as padding.
    `.sheet{box-sizing:content-box;width:${cssPt(width)};min-height:${cssPt(pt(toPt(page.height) - toPt(m.top) - toPt(m.bottom)))};` +
      `padding:${cssPt(m.top)} ${cssPt(m.right)} ${cssPt(m.bottom)} ${cssPt(m.left)};margin:12pt auto;background:#fff;box-shadow:0 1pt 6pt rgba(0,0,0,.35)}`,
    '@media print{html{background:none}.sheet{width:auto;min-height:0;padding:0;margin:0;box-shadow:none}}',
    'p{margin:0}',
    '.frame-table{display:grid;align-items:start}',
    '.frame-cell{min-width:0}',
    '.mark-rule>div{margin-left:auto;margin-right:auto;border-top-style:solid;border-top-color:#000;height:0}',
    // The closing paragraph and the signature stay together; a heading never ends a page.
    '.keep,.signature{break-inside:avoid}',
    '.heading{break-after:avoid}',
    `table.body-table{border-collapse:collapse;table-layout:fixed;width:${cssPt(width)};margin-top:${cssPt(profile.elements.body.spaceBefore ?? pt(0))}}`,
    `table.body-table td,table.body-table th{border:${cssPt(border)} solid #000;padding:${cssPt(cellPadding.y)} ${cssPt(cellPadding.x)};vertical-align:top;font-weight:inherit}`,
    'table.body-table tr{break-inside:avoid}',
    ...(Object.keys(profile.elements) as ElementId[]).map((id) => elementRule(id, profile)),
  ].join('\n');
}
