// PDF renderer (pdfmake 0.3): the same layout as the DOCX from the same profile values, Tinos
// embedded, text extracting as NFC, page numbers in the top margin from page 2.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { DocumentMeta, DocumentModel } from '../../document/model.js';
import { measureText, PDF_FONT_FAMILY } from '../../layout/measure.js';
import { textWidth, type LayoutProfile } from '../../layout/profiles.js';
import { toPt, type Length } from '../../layout/units.js';
import { nfc, plainText } from '../common.js';
import type { RenderOptions, SourceAttachment } from '../types.js';
import { bodyBlocks } from './body.js';
import { pdfmakeReady } from './fonts.js';
import { headerTable, titleBlock, toBlock } from './frame.js';
import { signatureTable } from './signature.js';
import { documentStyles } from './styles.js';

/**
 * pdfkit writes metadata into the XMP packet unescaped, so & < > would make it ill-formed; they are
 * swapped for look-alikes rather than escaped, which would break the Info/XMP equivalence.
 */
export const metadataText = (s: string): string => nfc(s).replace(/&/g, '＆').replace(/</g, '‹').replace(/>/g, '›');

function info(meta: DocumentMeta): TDocumentDefinitions['info'] {
  const created = new Date(meta.created);
  if (Number.isNaN(created.getTime())) throw new Error(`baocao: meta.created is not an ISO 8601 instant: ${meta.created}`);
  return {
    title: metadataText(meta.title),
    author: metadataText(meta.author),
    subject: metadataText(meta.subject),
    ...(meta.keywords?.length ? { keywords: metadataText(meta.keywords.join(', ')) } : {}),
    creator: 'baocao',
    producer: 'baocao (pdfmake)',
    // The only varying input of pdfkit's file /ID; fixed from the model, the bytes are reproducible.
    // No modDate: pdfkit writes no xmp:ModifyDate to match it.
    creationDate: created,
  };
}

/** What a PDF reader shows beside an attached record when the caller gives no description. */
export const SOURCE_DESCRIPTION = 'Hồ sơ nguồn (YAML) của văn bản';

/**
 * The record's source as an associated file (PDF/A-3, ISO 19005-3 §6.8): pdfkit writes the
 * Filespec with /F, /UF, /Desc and /AFRelationship /Source, lists it in the catalog's /AF and the
 * EmbeddedFiles name tree, and takes the stream's /Subtype from the data URL's media type. Its
 * dates are the document's own (meta.created), never the clock, so the bytes stay reproducible.
 */
function sourceFiles(meta: DocumentMeta, source: SourceAttachment): TDocumentDefinitions['files'] {
  const type = source.mediaType ?? 'application/yaml';
  // pdfkit reads the media type out of `data:<type>;base64,`: a parameter (";charset=…") would end it early.
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(type)) throw new Error(`baocao: not a bare media type: ${type}`);
  const bytes = typeof source.content === 'string' ? Buffer.from(source.content, 'utf8') : Buffer.from(source.content.buffer, source.content.byteOffset, source.content.byteLength);
  const stamp = new Date(meta.created);
  // relationship, creationDate and modifiedDate are pdfkit's file() options, which pdfmake passes through untyped.
  const file = {
    src: `data:${type};base64,${bytes.toString('base64')}`,
    name: nfc(source.name),
    description: metadataText(source.description ?? SOURCE_DESCRIPTION),
    relationship: 'Source',
    creationDate: stamp,
    modifiedDate: stamp,
  };
  return { [file.name]: file };
}

/** A fresh definition for every render: pdfmake mutates the one it is given. */
export function docDefinition(model: DocumentModel, profile: LayoutProfile, options?: RenderOptions): TDocumentDefinitions {
  const { page } = profile;
  const m = page.margin;
  const pageNumber = profile.elements.pageNumber;
  const source = options?.attachSource;
  return {
    version: '1.7',
    // PDF/A-2 forbids embedded files that are not PDF/A themselves; PDF/A-3 allows any, as associated files.
    subset: source ? 'PDF/A-3b' : 'PDF/A-2b',
    ...(source ? { files: sourceFiles(model.meta, source) } : {}),
    language: model.meta.language,
    info: info(model.meta),
    pageSize: { width: toPt(page.width), height: toPt(page.height) },
    pageOrientation: 'portrait',
    pageMargins: [toPt(m.left), toPt(m.top), toPt(m.right), toPt(m.bottom)],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: toPt(profile.elements.body.size), lineHeight: 1 },
    styles: documentStyles(profile),
    // Page 1 carries no number; from page 2 it is centred in the top margin.
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            text: String(currentPage),
            style: 'pageNumber',
            fontSize: toPt(pageNumber.size),
            margin: [toPt(m.left), toPt(page.headerDistance), toPt(m.right), 0],
          },
    // A news piece (frame.layout 'article') has no header or signature table: headline and body only.
    content:
      model.frame.layout === 'article'
        ? [...titleBlock(model.frame, profile), ...bodyBlocks(model.body, profile, options)]
        : [
            headerTable(model.frame, profile),
            ...titleBlock(model.frame, profile),
            ...toBlock(model.frame, profile),
            ...closing(bodyBlocks(model.body, profile, options), model, signatureTable(model.frame, profile), profile),
          ],
  };
}

/**
 * The closing paragraph and the signature table in one unbreakable stack, so the signer never
 * stands alone on the last page (the DOCX says the same with keep-with-next). Only a paragraph is
 * pulled along, and only one that fills less than half a page: pdfmake silently drops an unbreakable
 * block taller than a page, and a long closing paragraph keeps its last lines with the signer anyway.
 */
function closing(body: Content[], model: DocumentModel, signature: Content, profile: LayoutProfile): Content[] {
  const last = model.body[model.body.length - 1];
  if (last?.kind !== 'paragraph' || body.length === 0) return [...body, signature];
  const { height, margin } = profile.page;
  const halfPage = (height - margin.top - margin.bottom) / 2;
  // A generous estimate: the text's width over the line, one more line for the last, at the body's leading.
  const lines = toPt(measureText(plainText(last.content), profile.elements.body)) / toPt(textWidth(profile)) + 1;
  if (lines * toPt(profile.lineSpacing) > toPt(halfPage as Length)) return [...body, signature];
  return [...body.slice(0, -1), { stack: [body[body.length - 1]!, signature], unbreakable: true }];
}

export async function renderPdf(model: DocumentModel, profile: LayoutProfile, options?: RenderOptions): Promise<Uint8Array> {
  const pdfmake = pdfmakeReady();
  const buffer = await pdfmake.createPdf(docDefinition(model, profile, options)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
