/**
 * Renderers for a diff of two units' duties: text for a terminal or a pipe,
 * Markdown for reports, JSON for scripts, and the one-line summary. They take
 * the engine's plain result and decide nothing about what changed.
 */
import type { ChalkInstance } from 'chalk';
import type { Duty, Unit } from '../corpus/model.js';
import type { DiffEntry, DiffGroup, DiffSummary, DutiesDiff } from '../diff/align.js';
import type { TextChange } from '../diff/char-changes.js';
import { labelsFor, type Lang } from './labels.js';
import { comparisonTable } from './comparison-table.js';
import { unitSummaryJson, type UnitSummaryJson } from './json-shapes.js';
import { escapeMarkdown, renderMarkdownTable } from './markdown.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

/** What a diff renderer is given: the two units and the engine's result. */
export interface UnitDiff {
  readonly a: Unit;
  readonly b: Unit;
  readonly diff: DutiesDiff<Duty>;
}

export interface DiffTextOptions {
  readonly color: ChalkInstance;
  /** Wrap to this many columns; undefined writes each duty on one line. */
  readonly width: number | undefined;
  /** The id to show for a unit (short where unambiguous). */
  readonly idOf: (unit: Unit) => string;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

const fixed = (n: number) => n.toFixed(2);

const MARKER: Record<DiffGroup, string> = { same: '=', changed: '~', onlyA: '-', onlyB: '+' };

/** `相同 1，修改 2，仅A 7，仅B 7；相似度 0.16` (en: `1 same, 2 changed, 7 only in A, 7 only in B; similarity 0.16`) */
export function renderDiffSummary(summary: DiffSummary, lang: Lang = 'zh'): string {
  return `${labelsFor(lang).diffSummary(summary)}\n`;
}

function unitTitle(unit: Unit, idOf: (u: Unit) => string): string {
  return `${idOf(unit)} ${safeLine(unit.name)}${unit.externalName ? `（${safeLine(unit.externalName)}）` : ''}`;
}

interface Segment {
  readonly text: string;
  readonly style: (s: string) => string;
}

/** The text of an entry as styled segments: the changes coloured, or marked [-old-]{+new+} when there is no colour. */
function entrySegments(entry: DiffEntry<Duty>, color: ChalkInstance): Segment[] {
  const plain = (s: string) => s;
  if (entry.group === 'onlyA') return [{ text: safeLine(entry.a!.text), style: color.red }];
  if (entry.group === 'onlyB') return [{ text: safeLine(entry.b!.text), style: color.green }];
  if (entry.group === 'same') return [{ text: safeLine(entry.b!.text), style: color.dim }];
  const marks = color.level === 0;
  return entry.changes.map((c: TextChange) => {
    if (c.op === 'equal') return { text: safeLine(c.b), style: plain };
    if (c.op === 'delete') return { text: marks ? `[-${safeLine(c.a)}-]` : safeLine(c.a), style: color.red.strikethrough };
    return { text: marks ? `{+${safeLine(c.b)}+}` : safeLine(c.b), style: color.green.underline };
  });
}

/** Wrap styled segments as wrapText wraps their plain text, then style each line's characters by the segment they came from. */
function wrapSegments(segments: readonly Segment[], width: number | undefined): string[] {
  const chars: { ch: string; seg: number }[] = [];
  segments.forEach((s, seg) => {
    for (const ch of s.text) chars.push({ ch, seg });
  });
  const plain = chars.map((c) => c.ch).join('');
  const lines = width === undefined ? [plain] : wrapText(plain, width);
  let at = 0;
  return lines.map((line) => {
    let out = '';
    let run = '';
    let runSeg = -1;
    for (const ch of line) {
      while (at < chars.length && chars[at]!.ch !== ch) at++; // spaces the wrapper dropped at a break
      const seg = at < chars.length ? chars[at]!.seg : runSeg;
      at++;
      if (seg !== runSeg && run !== '') {
        out += segments[runSeg]!.style(run);
        run = '';
      }
      runSeg = seg;
      run += ch;
    }
    if (run !== '') out += segments[runSeg]!.style(run);
    return out;
  });
}

/**
 * One entry a line (wrapped under itself on a terminal): a marker (= same,
 * ~ changed, - only in A, + only in B), the numbering on each side, the
 * similarity of a changed pair, and the text with its changes.
 */
export function renderDiffText(view: UnitDiff, options: DiffTextOptions): string {
  const { color, width } = options;
  const { entries } = view.diff;
  const numA = entries.map((e) => safeLine(e.a?.numbering ?? ''));
  const numB = entries.map((e) => safeLine(e.b?.numbering ?? ''));
  const wa = Math.max(0, ...numA.map(displayWidth));
  const wb = Math.max(0, ...numB.map(displayWidth));
  const pad = (s: string, w: number) => s + ' '.repeat(w - displayWidth(s));
  const hasChanged = entries.some((e) => e.group === 'changed');
  const markerStyle: Record<DiffGroup, (s: string) => string> = {
    same: color.dim,
    changed: color.yellow,
    onlyA: color.red,
    onlyB: color.green,
  };
  const lines = [
    color.bold(`--- ${unitTitle(view.a, options.idOf)}`),
    color.bold(`+++ ${unitTitle(view.b, options.idOf)}`),
  ];
  entries.forEach((entry, k) => {
    const sim = hasChanged ? (entry.group === 'changed' ? `${fixed(entry.similarity!)} ` : '     ') : '';
    const lead = `${MARKER[entry.group]} ${pad(numA[k]!, wa)} ${pad(numB[k]!, wb)} ${sim}`;
    const indent = ' '.repeat(displayWidth(lead));
    const text = wrapSegments(entrySegments(entry, color), width === undefined ? undefined : width - displayWidth(lead));
    text.forEach((l, i) => lines.push(i === 0 ? `${markerStyle[entry.group](MARKER[entry.group])}${color.dim(lead.slice(1))}${l}` : `${indent}${l}`));
  });
  return lines.map((l) => l.trimEnd()).join('\n') + '\n' + renderDiffSummary(view.diff.summary, options.lang);
}

/**
 * A report: the 新旧对照表 as a Markdown table (序号 | 原文（A） | 现文（B） | 说明),
 * deletions <del>, insertions <ins><strong>, under a title, who A and B are,
 * and the summary.
 */
export function renderDiffMarkdown(view: UnitDiff, options: { idOf: (item: Unit | Duty) => string; lang?: Lang }): string {
  const table = comparisonTable(view, options);
  return [
    `## ${escapeMarkdown(table.title)}`,
    '',
    escapeMarkdown(table.captionA),
    '',
    escapeMarkdown(table.captionB),
    '',
    escapeMarkdown(table.summary),
    '',
    renderMarkdownTable({
      columns: table.headers.map((header) => ({ header })),
      rows: table.rows.map((row) => [row.index, row.a?.cell ?? null, row.b?.cell ?? null, row.note]),
    }),
  ].join('\n');
}

export interface DiffDutyJson {
  id: string;
  numbering: string;
  text: string;
}

export interface DiffEntryJson {
  group: DiffGroup;
  similarity: number | null;
  a: DiffDutyJson | null;
  b: DiffDutyJson | null;
  changes: { op: TextChange['op']; a: string; b: string }[];
}

export interface DiffJson {
  a: UnitSummaryJson;
  b: UnitSummaryJson;
  minSimilarity: number;
  summary: DiffSummary;
  entries: DiffEntryJson[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function dutyRef(duty: Duty | undefined): DiffDutyJson | null {
  return duty ? { id: duty.id, numbering: duty.numbering, text: duty.text } : null;
}

export function diffJson(view: UnitDiff): DiffJson {
  const { summary } = view.diff;
  return {
    a: unitSummaryJson(view.a),
    b: unitSummaryJson(view.b),
    minSimilarity: view.diff.minSimilarity,
    summary: { ...summary, similarity: round(summary.similarity) },
    entries: view.diff.entries.map((e) => ({
      group: e.group,
      similarity: e.similarity === undefined ? null : round(e.similarity),
      a: dutyRef(e.a),
      b: dutyRef(e.b),
      changes: e.changes.map((c) => ({ op: c.op, a: c.a, b: c.b })),
    })),
  };
}
