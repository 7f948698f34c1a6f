// The summary's document model: its frame from the issuing organiser and the layout profile, its
// body from templates/summary/bao-cao-tong-hop.hbs (overridable like every template) through the
// same markup parser and the same output passes (heading numbers, abbreviations, typography, the
// body end) as every other document.
import { appendBodyEnd, loadPhrases, mapBodyText, markupDiagnostic } from '../compose/build.js';
import { numberHeadings } from '../compose/labels.js';
import { MODEL_VERSION, type DocumentModel, type Frame } from '../document/model.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LayoutProfile } from '../layout/profiles.js';
import type { Organizer } from '../record/types.generated.js';
import type { TemplateEngine } from '../template/engine.js';
import { parseMarkup } from '../template/markup.js';
import { dateLine, expandAbbreviations, lowerFirst, normalizeText, numberLine, upperFirst, upperVi } from '../typography/index.js';
import type { SummaryData } from './aggregate.js';
import { summaryContext, type LeftOut } from './context.js';
import type { SummaryRange } from './range.js';

export const SUMMARY_TEMPLATE = 'summary/bao-cao-tong-hop';

export interface SummaryIssuer {
  /** The organiser the summary is written for (`--organizer`, or the only one); absent: left blank as a draft. */
  readonly organizer?: Organizer;
  /** The place of the date line: the organiser's, when all its records agree on one. */
  readonly place?: string;
}

/** Trích yếu: "Tổng hợp kết quả các hội nghị sơ kết, tổng kết năm 2023". */
export function summaryTitle(range: SummaryRange): string {
  return `tổng hợp kết quả các hội nghị sơ kết, tổng kết ${range.words}`;
}

function frame(range: SummaryRange, issuer: SummaryIssuer, profile: LayoutProfile): Frame {
  const o = issuer.organizer;
  const title = summaryTitle(range);
  const archive = o?.unit ? profile.recipients.archive.replace('{unit}', o.unit) : profile.recipients.archive.replace(/,?\s*\{unit\}/, '');
  return {
    heading: profile.headingText,
    issuers: o ? [{ ...(o.parent ? { parent: upperVi(o.parent) } : {}), name: upperVi(o.name) }] : [],
    number: numberLine(profile.number, undefined, profile.typeCodes['bao-cao'], o?.code ?? ''),
    // The summary is dated when it is signed, which no record says: the date stays blank as in any draft.
    ...(issuer.place ? { dateLine: dateLine(issuer.place, undefined) } : {}),
    docType: profile.docTypeNames['bao-cao'],
    summary: [profile.summaryInitial === 'upper' ? upperFirst(title) : lowerFirst(title)],
    signatures: [{ ...(o ? { authority: `${profile.capacities.TM} ${upperVi(o.name)}` } : {}), position: '', name: '' }],
    recipients: [archive],
  };
}

export function composeSummary(
  data: SummaryData,
  range: SummaryRange,
  leftOut: LeftOut,
  issuer: SummaryIssuer,
  profile: LayoutProfile,
  engine: TemplateEngine,
): { model?: DocumentModel; diagnostics: Diagnostic[] } {
  const loaded = loadPhrases(engine);
  if (!loaded.phrases) return { diagnostics: loaded.diagnostics };
  const context = summaryContext(data, range, leftOut, loaded.phrases, profile.id, issuer.organizer?.name);
  const rendered = engine.render(SUMMARY_TEMPLATE, context);
  if (rendered.markup === undefined) return { diagnostics: rendered.diagnostics };
  const parsed = parseMarkup(rendered.markup.normalize('NFC'));
  const diagnostics = [...rendered.diagnostics];
  for (const p of parsed.problems) diagnostics.push(markupDiagnostic(p, rendered.template?.file ?? SUMMARY_TEMPLATE, rendered.template?.source, rendered.markup));
  // Names are never restyled; abbreviations of every record are expanded at their first use.
  // Deduplicated: the same few people recur across a year's records, and each protected name costs every text run.
  const names = [...new Set(data.conferences.flatMap((c) => (c.record.people ?? []).map((p) => p.name)))];
  const abbreviations: Record<string, string> = {};
  for (const c of data.conferences) for (const [k, v] of Object.entries(c.record.abbreviations ?? {})) abbreviations[k] ??= v;
  // Memoised: a year's table repeats the same organisers, kinds and subjects row after row.
  const typesetCache = new Map<string, string>();
  const typeset = (s: string) => {
    let out = typesetCache.get(s);
    if (out === undefined) typesetCache.set(s, (out = normalizeText(s, { toneStyle: profile.toneStyle, protect: names })));
    return out;
  };
  const seen = new Set<string>();
  let body = numberHeadings(parsed.blocks, profile.headingLabels);
  body = mapBodyText(body, (s) => expandAbbreviations(s, abbreviations, seen));
  body = appendBodyEnd(mapBodyText(body, typeset), profile.bodyEnd);
  const f = frame(range, issuer, profile);
  const summary = f.summary.map(typeset);
  return {
    model: {
      modelVersion: MODEL_VERSION,
      profile: profile.id,
      meta: {
        title: `${f.docType} ${summary.join(' ')}`,
        subject: summary.join(' '),
        author: issuer.organizer?.name ?? '',
        // The files are stamped with the end of the period, never the clock: the same records give the same bytes.
        created: `${Math.floor(range.to / 12)}-${String((range.to % 12) + 1).padStart(2, '0')}-01T00:00:00.000Z`,
        language: 'vi-VN',
      },
      frame: { ...f, summary, issuers: f.issuers.map((i) => ({ ...(i.parent ? { parent: typeset(i.parent) } : {}), name: typeset(i.name) })) },
      body,
    },
    diagnostics,
  };
}
