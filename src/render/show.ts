import type { ChalkInstance } from 'chalk';
import type { Duty, Unit } from '../corpus/model.js';
import { noteText } from '../corpus/notes.js';
import { labelsFor, type Lang } from './labels.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export interface TreeOptions {
  /** Wrap to this many columns; undefined writes each duty on one line. */
  readonly width: number | undefined;
  readonly color: ChalkInstance;
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
  /** The language of the labels (default Chinese). */
  readonly lang?: Lang;
}

const INDENT = '    ';

/** `key  value` lines, values wrapped under themselves when there is a width. */
function metaLines(pairs: readonly (readonly [string, string | undefined])[], options: TreeOptions): string[] {
  const shown = pairs.filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '');
  const keyWidth = Math.max(...shown.map(([k]) => displayWidth(k)));
  const pad = (k: string) => k + ' '.repeat(keyWidth - displayWidth(k));
  return shown.flatMap(([k, v]) => {
    const value = safeLine(v);
    const wrapped = options.width === undefined ? [value] : wrapText(value, options.width - keyWidth - 2);
    return wrapped.map((l, i) => `${i === 0 ? options.color.dim(pad(k)) : ' '.repeat(keyWidth)}  ${l}`);
  });
}

/** A duty and its sub-items: the numbering as printed, the text wrapped under it with a hanging indent, the id dimmed. */
function dutyLines(duty: Duty, indent: string, options: TreeOptions): string[] {
  const label = safeLine(duty.label ?? '');
  const id = options.color.dim(`‹${options.idOf(duty)}›`);
  const text = safeLine(duty.text);
  const lines: string[] = [];
  if (options.width === undefined) {
    lines.push(`${indent}${label}${text}  ${id}`);
  } else {
    const hang = indent + ' '.repeat(displayWidth(label));
    const wrapped = wrapText(text, options.width - displayWidth(hang));
    wrapped.forEach((l, i) => lines.push(i === 0 ? `${indent}${options.color.bold(label)}${l}` : `${hang}${l}`));
    const last = lines.length - 1;
    const idWidth = displayWidth(options.idOf(duty)) + 2;
    if (displayWidth(wrapped[wrapped.length - 1] ?? '') + displayWidth(hang) + 2 + idWidth <= options.width) lines[last] += `  ${id}`;
    else lines.push(`${hang}${id}`);
  }
  for (const child of duty.children) lines.push(...dutyLines(child, indent + INDENT, options));
  return lines;
}

/** A unit's metadata, then its duties as a tree with the source's numbering. */
export function renderUnitTree(unit: Unit, options: TreeOptions): string {
  const { color, lang = 'zh' } = options;
  const L = labelsFor(lang);
  const doc = unit.doc;
  const lines = [
    color.bold(safeLine(unit.name) + (unit.externalName ? `（${safeLine(unit.externalName)}）` : '')),
    ...metaLines(
      [
        [L.id, options.idOf(unit)],
        [L.document, [doc.id, doc.numberNormalized ?? doc.number, doc.date].filter(Boolean).join(' · ')],
        [L.documentTitle, doc.title],
        [L.heading, unit.heading],
        [L.partOf, unit.parent ? `${options.idOf(unit.parent)} ${unit.parent.name}` : undefined],
        [L.aliases, unit.aliases.join('、')],
        [L.dutyCount, String(unit.duties.length)],
        [L.parts, unit.doc.units.filter((u) => u.parent === unit).map((u) => `${options.idOf(u)} ${u.name}`).join('; ')],
        ...unit.notes.map((n) => [L.note, noteText(n, lang)] as const),
      ],
      options,
    ),
    '',
  ];
  const paragraphs = (text: string) =>
    text.split('\n').flatMap((p) => (options.width === undefined ? [safeLine(p)] : wrapText(safeLine(p), options.width)));
  if (unit.preamble) lines.push(...paragraphs(unit.preamble), '');
  const top = unit.duties.filter((d) => d.parent === undefined);
  if (unit.sections.length > 0) {
    for (const section of unit.sections) {
      lines.push(color.bold(safeLine(`${section.label ?? ''}${section.title}`)));
      if (section.preamble) {
        for (const p of section.preamble.split('\n')) {
          const wrapped = options.width === undefined ? [safeLine(p)] : wrapText(safeLine(p), options.width - INDENT.length);
          lines.push(...wrapped.map((l) => INDENT + l));
        }
      }
      for (const d of section.duties) lines.push(...dutyLines(d, INDENT, options));
    }
  } else {
    for (const d of top) lines.push(...dutyLines(d, '', options));
  }
  if (unit.staffing) lines.push('', color.bold(L.staffing), ...paragraphs(unit.staffing));
  return lines.join('\n') + '\n';
}

/** One duty with where it stands: unit, document, section, parent; then its text and sub-items. */
export function renderDuty(duty: Duty, options: TreeOptions): string {
  const { color, lang = 'zh' } = options;
  const L = labelsFor(lang);
  const unit = duty.unit;
  const lines = [
    color.bold(`${safeLine(unit.name)} ${safeLine(duty.numbering)}`),
    ...metaLines(
      [
        [L.id, options.idOf(duty)],
        [L.unit, `${options.idOf(unit)} ${unit.name}`],
        [L.document, [unit.doc.id, unit.doc.numberNormalized ?? unit.doc.number, unit.doc.date].filter(Boolean).join(' · ')],
        [L.section, duty.section ? `${duty.section.label ?? ''}${duty.section.title}` : undefined],
        [L.parentDuty, duty.parent ? `${options.idOf(duty.parent)} ${duty.parent.text}` : undefined],
        ...duty.notes.map((n) => [L.note, noteText(n, lang)] as const),
      ],
      options,
    ),
    '',
    ...dutyLines(duty, '', options),
  ];
  return lines.join('\n') + '\n';
}

