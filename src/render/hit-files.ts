/**
 * Search hits as files: a table for CSV, a Markdown report and an xlsx
 * workbook, each with the matched spans marked where the format can show
 * them and the query written beside the results. Pure: hits in, values out.
 */
import type { Duty, Unit } from '../corpus/model.js';
import type { Hit, SearchMode } from '../search/index.js';
import { documentLabel } from './corpus-tables.js';
import { segmentsOf } from './hits.js';
import { labelsFor, type Lang } from './labels.js';
import { escapeMarkdown, renderMarkdownTable } from './markdown.js';
import { detailsDate, detailsSheet, resultsWorkbook, runsCell, type Table, type TableCell, type WorkbookSpec } from './table.js';

/** What was asked, written beside the hits: a file should say what it is the answer to. */
export interface SearchQuery {
  readonly terms: readonly string[];
  readonly mode: SearchMode;
  /** --unit and --doc, as ids; empty when the whole corpus was searched. */
  readonly units: readonly string[];
  readonly documents: readonly string[];
  /** How many duties matched, before --limit. */
  readonly total: number;
  /** When the search ran; a renderer never reads the clock itself. */
  readonly date: Date;
}

export interface HitFileOptions {
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function queryText(query: SearchQuery): string {
  return query.terms.join(' ');
}

/** The texts the spans cover, each once, in the order they first occur: what a CSV or a filter can show of the match. */
export function matchedTexts(hit: Hit): string[] {
  return [...new Set(segmentsOf(hit.duty.text, hit.spans).filter((s) => s.matched).map((s) => s.text))];
}

/** The duty's text with its matched spans marked. */
function markedText(hit: Hit): TableCell {
  return runsCell(segmentsOf(hit.duty.text, hit.spans).map((s) => (s.matched ? { text: s.text, mark: 'match' as const } : { text: s.text })));
}

/** CSV columns: machine-friendly names as --json has them; ids are the full, stable ones. */
export const HIT_CSV_COLUMNS = ['rank', 'unit', 'unit_name', 'document', 'id', 'numbering', 'kind', 'score', 'text', 'matched'] as const;

/** One hit a row for CSV: plain text, and the matched texts in a column of their own (`|` between them). */
export function hitCsvTable(hits: readonly Hit[]): Table {
  return {
    columns: HIT_CSV_COLUMNS.map((header) => ({ header })),
    rows: hits.map((h, i) => [
      i + 1,
      h.duty.unit.id,
      h.duty.unit.name,
      h.duty.unit.doc.id,
      h.duty.id,
      h.duty.numbering,
      h.kind,
      round(h.score),
      h.duty.text,
      matchedTexts(h).join(' | '),
    ]),
  };
}

/** One hit a row for people (Markdown, xlsx): short ids, the document by its number, the spans marked in the text. */
function hitTable(hits: readonly Hit[], options: HitFileOptions, { matched }: { matched: boolean }): Table {
  const L = labelsFor(options.lang);
  return {
    columns: [
      { header: L.rank },
      { header: L.unit },
      { header: L.unitName, maxWidth: 24 },
      { header: L.document },
      { header: L.dutyId },
      { header: L.numbering },
      { header: L.match },
      { header: L.score },
      { header: L.text, maxWidth: 70 },
      ...(matched ? [{ header: L.matched, maxWidth: 24 }] : []),
    ],
    rows: hits.map((h, i) => [
      i + 1,
      options.idOf(h.duty.unit),
      h.duty.unit.name,
      documentLabel(h.duty.unit.doc),
      options.idOf(h.duty),
      h.duty.numbering,
      L.matchKind[h.kind],
      round(h.score),
      markedText(h),
      ...(matched ? [matchedTexts(h).join(' | ')] : []),
    ]),
  };
}

function queryDetails(query: SearchQuery, shown: number, lang: Lang | undefined): [string, TableCell][] {
  const L = labelsFor(lang);
  return [
    [L.query, queryText(query)],
    [L.mode, L.searchMode[query.mode]],
    ...(query.units.length > 0 ? [[L.units, query.units.join(', ')] as [string, string]] : []),
    ...(query.documents.length > 0 ? [[L.documentsSheet, query.documents.join(', ')] as [string, string]] : []),
    [L.hits, query.total],
    [L.shown, shown],
    [L.date, detailsDate(query.date)],
  ];
}

/**
 * A Markdown report: a heading with the query, a one-row table of what was
 * asked (mode, scope, hits, date), then a table of the hits with the matched
 * spans in bold.
 */
export function renderHitsMarkdown(hits: readonly Hit[], query: SearchQuery, options: HitFileOptions): string {
  const L = labelsFor(options.lang);
  const details = queryDetails(query, hits.length, options.lang).slice(1);
  return [
    `# ${escapeMarkdown(L.searchTitle(queryText(query)))}`,
    '',
    renderMarkdownTable({ columns: details.map(([field]) => ({ header: field })), rows: [details.map(([, value]) => value)] }),
    hits.length > 0 ? renderMarkdownTable(hitTable(hits, options, { matched: false })) : `${L.noHits}\n`,
  ].join('\n');
}

/** The xlsx: the hits (spans as rich text, an autofilter) and a second sheet with the query; the query also in the workbook's properties. */
export function hitsWorkbook(hits: readonly Hit[], query: SearchQuery, options: HitFileOptions & { readonly creator: string }): WorkbookSpec {
  const L = labelsFor(options.lang);
  const table = hitTable(hits, options, { matched: true });
  return resultsWorkbook(
    { name: L.hitsSheet, autoFilter: true, ...table },
    {
      title: L.searchTitle(queryText(query)),
      subject: L.searchSubject,
      creator: options.creator,
      description: L.searchDescription(query.total, hits.length, queryText(query), L.searchMode[query.mode]),
      keywords: query.terms.join('; '),
      created: query.date,
    },
    detailsSheet('query', L.querySheet, queryDetails(query, hits.length, options.lang), options.lang),
  );
}
