/**
 * Search hits for pipes and scripts: tab-separated lines, JSON, JSON lines.
 * The renderer decides nothing about what matched; it shows the spans it is given.
 */
import type { ChalkInstance } from 'chalk';
import type { Hit, MatchKind } from '../search/index.js';
import { renderJson, safeLine } from './safe-text.js';

/** One hit as --json and --jsonl print it (documented in docs/json.md). Offsets count code points. */
export interface HitJson {
  rank: number;
  id: string;
  unit: string;
  unitName: string;
  document: string;
  numbering: string;
  text: string;
  kind: MatchKind;
  score: number;
  spans: { start: number; end: number; text: string }[];
}

export function hitJson(hit: Hit, rank: number): HitJson {
  const { duty } = hit;
  const chars = [...duty.text];
  return {
    rank,
    id: duty.id,
    unit: duty.unit.id,
    unitName: duty.unit.name,
    document: duty.unit.doc.id,
    numbering: duty.numbering,
    text: duty.text,
    kind: hit.kind,
    score: hit.score,
    spans: hit.spans.map((s) => ({ start: s.start, end: s.end, text: chars.slice(s.start, s.end).join('') })),
  };
}

/** --jsonl: one compact object a line, like ripgrep's --json. */
export function renderHitsJsonl(hits: readonly Hit[]): string {
  return hits.map((h, i) => renderJson(hitJson(h, i + 1), { pretty: false })).join('');
}

export interface Segment {
  readonly text: string;
  readonly matched: boolean;
}

/** The text cut at the spans' edges (code points), so each piece can be shown plain or highlighted. */
export function segmentsOf(text: string, spans: Hit['spans']): Segment[] {
  // Code points are UTF-16 units unless the text has characters beyond the BMP: slice the string itself then.
  const chars = /[\ud800-\udfff]/.test(text) ? [...text] : undefined;
  const cut = chars ? (from: number, to?: number) => chars.slice(from, to).join('') : (from: number, to?: number) => text.slice(from, to);
  const length = chars ? chars.length : text.length;
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: cut(at, s.start), matched: false });
    if (s.end > s.start) out.push({ text: cut(Math.max(s.start, at), s.end), matched: true });
    at = Math.max(at, s.end);
  }
  if (at < length) out.push({ text: cut(at), matched: false });
  return out;
}

/** How a matched piece looks: red and bold, as ripgrep shows matches. */
export function highlight(color: ChalkInstance, text: string): string {
  return color.red.bold(text);
}

/**
 * For a pipe: one hit a line, `id numbering unit kind text`, tab-separated.
 * The text is printed as it is, unmarked, so that grep, cut and awk see the
 * duty's own words; matches are coloured only when colour is forced on
 * (FORCE_COLOR), and --json/--jsonl carry the spans.
 */
export function renderHitsTsv(hits: readonly Hit[], options: { color: ChalkInstance; idOf: (hit: Hit) => string }): string {
  return hits
    .map((hit) => {
      // Without colour the matches look like the rest (safeLine works character by character): no need to cut the text.
      const text = options.color.level === 0
        ? safeLine(hit.duty.text)
        : segmentsOf(hit.duty.text, hit.spans)
        .map((s) => (s.matched ? highlight(options.color, safeLine(s.text)) : safeLine(s.text)))
        .join('');
      return [options.idOf(hit), hit.duty.numbering, hit.duty.unit.name, hit.kind].map(safeLine).join('\t') + `\t${text}\n`;
    })
    .join('');
}
