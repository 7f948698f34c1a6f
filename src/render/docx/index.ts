// DOCX renderer: the document model laid out per the profile, in named styles, A4 with the
// profile's margins, no page number on page 1 and a centred PAGE field from page 2.
import { Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '../../document/model.js';
import type { LayoutProfile } from '../../layout/profiles.js';
import { toTwip } from '../../layout/units.js';
import { nfc } from '../common.js';
import type { RenderOptions } from '../types.js';
import { bodyBlocks } from './body.js';
import { headerTable, titleBlock, toBlock } from './frame.js';
import { coreXml, rezip, stableChartParts } from './package.js';
import { signatureTable } from './signature.js';
import { documentNumbering, documentStyles, styleId } from './styles.js';

export function buildDocx(model: DocumentModel, profile: LayoutProfile, options?: RenderOptions): Document {
  const { page } = profile;
  const { meta, frame } = model;
  return new Document({
    title: nfc(meta.title),
    subject: nfc(meta.subject),
    creator: nfc(meta.author),
    lastModifiedBy: nfc(meta.author),
    styles: documentStyles(profile),
    numbering: documentNumbering(profile),
    // A justified line ending in a <br> stays unstretched, as in the PDF (Word and LibreOffice
    // otherwise spread its words across the whole line).
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: toTwip(page.width), height: toTwip(page.height) },
            margin: {
              top: toTwip(page.margin.top),
              bottom: toTwip(page.margin.bottom),
              left: toTwip(page.margin.left),
              right: toTwip(page.margin.right),
              header: toTwip(page.headerDistance),
              // There is no footer; its distance mirrors the header's.
              footer: toTwip(page.headerDistance),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: styleId('pageNumber') })] }),
          default: new Header({
            children: [new Paragraph({ style: styleId('pageNumber'), children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        // A news piece (frame.layout 'article') has no header or signature table: headline and body only.
        children:
          frame.layout === 'article'
            ? [...titleBlock(frame, profile), ...bodyBlocks(model.body, profile, options)]
            : [
                headerTable(frame, profile),
                ...titleBlock(frame, profile),
                ...toBlock(frame, profile),
                ...bodyBlocks(model.body, profile, options),
                signatureTable(frame, profile),
              ],
      },
    ],
  });
}

export async function renderDocx(model: DocumentModel, profile: LayoutProfile, options?: RenderOptions): Promise<Uint8Array> {
  const doc = buildDocx(model, profile, options);
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(model.meta) }]);
  const bytes = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
  return model.body.some((b) => b.kind === 'chart') ? stableChartParts(bytes) : rezip(bytes);
}
