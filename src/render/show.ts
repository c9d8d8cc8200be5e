import type { ChalkInstance } from 'chalk';
import type { Duty, Unit } from '../corpus/model.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export interface TreeOptions {
  /** Wrap to this many columns; undefined writes each duty on one line. */
  readonly width: number | undefined;
  readonly color: ChalkInstance;
  /** The id to show for a unit or duty (short where unambiguous). */
  readonly idOf: (item: Unit | Duty) => string;
}

const INDENT = '    ';

/** `key  value` lines, values wrapped under themselves when there is a width. */
function metaLines(pairs: readonly (readonly [string, string | undefined])[], options: TreeOptions): string[] {
  const shown = pairs.filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '');
  const keyWidth = Math.max(...shown.map(([k]) => k.length));
  return shown.flatMap(([k, v]) => {
    const value = safeLine(v);
    const wrapped = options.width === undefined ? [value] : wrapText(value, options.width - keyWidth - 2);
    return wrapped.map((l, i) => `${i === 0 ? options.color.dim(k.padEnd(keyWidth)) : ' '.repeat(keyWidth)}  ${l}`);
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
  const { color } = options;
  const doc = unit.doc;
  const lines = [
    color.bold(safeLine(unit.name) + (unit.externalName ? `（${safeLine(unit.externalName)}）` : '')),
    ...metaLines(
      [
        ['id', options.idOf(unit)],
        ['document', [doc.id, doc.numberNormalized ?? doc.number, doc.date].filter(Boolean).join(' · ')],
        ['title', doc.title],
        ['heading', unit.heading],
        ['part of', unit.parent ? `${options.idOf(unit.parent)} ${unit.parent.name}` : undefined],
        ['aliases', unit.aliases.join('、')],
        ['duties', String(unit.duties.length)],
        ['parts', unit.doc.units.filter((u) => u.parent === unit).map((u) => `${options.idOf(u)} ${u.name}`).join('; ')],
        ...unit.notes.map((n) => ['note', n] as const),
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
  if (unit.staffing) lines.push('', color.bold('人员编制'), ...paragraphs(unit.staffing));
  return lines.join('\n') + '\n';
}

/** One duty with where it stands: unit, document, section, parent; then its text and sub-items. */
export function renderDuty(duty: Duty, options: TreeOptions): string {
  const { color } = options;
  const unit = duty.unit;
  const lines = [
    color.bold(`${safeLine(unit.name)} ${safeLine(duty.numbering)}`),
    ...metaLines(
      [
        ['id', options.idOf(duty)],
        ['unit', `${options.idOf(unit)} ${unit.name}`],
        ['document', [unit.doc.id, unit.doc.numberNormalized ?? unit.doc.number, unit.doc.date].filter(Boolean).join(' · ')],
        ['section', duty.section ? `${duty.section.label ?? ''}${duty.section.title}` : undefined],
        ['parent', duty.parent ? `${options.idOf(duty.parent)} ${duty.parent.text}` : undefined],
        ...duty.notes.map((n) => ['note', n] as const),
      ],
      options,
    ),
    '',
    ...dutyLines(duty, '', options),
  ];
  return lines.join('\n') + '\n';
}

