/** Search hits as a terminal table (cli-table3), every matched span highlighted. */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Hit } from '../search/index.js';
import { highlight, segmentsOf } from './hits.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export interface HitTableOptions {
  readonly width: number;
  readonly color: ChalkInstance;
  readonly idOf: (hit: Hit) => string;
}

/** Unit names wrap beyond this many columns, leaving the room to the text. */
const UNIT_MAX = 16;
const TEXT_MIN = 20;
/** Left and right cell padding. */
const PADDING = 2;

/**
 * Wrap the text to `width` columns, then colour the matched characters. The
 * text is made safe character by character first, so each printed character
 * still knows whether it was matched.
 */
function highlightedLines(hit: Hit, width: number, color: ChalkInstance): string[] {
  const chars: string[] = [];
  const matched: boolean[] = [];
  for (const segment of segmentsOf(hit.duty.text, hit.spans)) {
    for (const ch of segment.text) {
      for (const shown of safeLine(ch)) {
        chars.push(shown);
        matched.push(segment.matched);
      }
    }
  }
  const lines = wrapText(chars.join(''), width);
  // wrapText only drops spaces at line edges: walk the characters in step with the lines.
  let at = 0;
  return lines.map((line) => {
    let out = '';
    let run = '';
    let runMatched = false;
    const flush = () => {
      out += runMatched ? highlight(color, run) : run;
      run = '';
    };
    for (const ch of line) {
      while (at < chars.length && chars[at] !== ch) at++;
      const m = matched[at] ?? false;
      if (m !== runMatched && run !== '') flush();
      runMatched = m;
      run += ch;
      at++;
    }
    flush();
    return out;
  });
}

export function renderHitTable(hits: readonly Hit[], options: HitTableOptions): string {
  const { color } = options;
  const units = hits.map((h) => safeLine(h.duty.unit.name));
  const duties = hits.map((h) => [safeLine(options.idOf(h)), safeLine(h.duty.numbering)]);
  const kinds = hits.map((h) => h.kind);
  const unitWidth = Math.min(UNIT_MAX, Math.max(displayWidth('unit'), ...units.map(displayWidth)));
  const dutyWidth = Math.max(displayWidth('duty'), ...duties.flat().map(displayWidth));
  const kindWidth = Math.max(displayWidth('match'), ...kinds.map(displayWidth));
  const fixed = unitWidth + dutyWidth + kindWidth + 3 * PADDING + 5; // five borders
  const textWidth = Math.max(TEXT_MIN, options.width - fixed - PADDING);
  const table = new Table({
    head: ['unit', 'duty', 'match', 'text'].map((h) => color.bold(h)),
    colWidths: [unitWidth + PADDING, dutyWidth + PADDING, kindWidth + PADDING, textWidth + PADDING],
    wordWrap: false,
    style: { head: [], border: [] },
  });
  hits.forEach((hit, i) => {
    table.push([
      wrapText(units[i]!, unitWidth).join('\n'),
      duties[i]!.join('\n'),
      kinds[i]!,
      highlightedLines(hit, textWidth, color).join('\n'),
    ]);
  });
  return table.toString() + '\n';
}
