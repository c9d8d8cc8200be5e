/**
 * From a unit's segments to the corpus format: the outline's items become
 * duties (or sections), with their numbering checked; a heading becomes the
 * unit's name, external name and heading. Shared by ordinary notices and
 * 三定 provisions (sanding.ts).
 */
import type { DutyFile, SectionFile, UnitFile } from '../corpus/format.js';
import { parseUnitHeading } from './heading.js';
import { numberingGoesBackNote, numberingRepeatsNote, numberingSkipsNote, storedNote } from './notes.js';
import type { Note } from '../corpus/notes.js';
import { buildOutline, isSectionNode, type OutlineNode } from './outline.js';
import type { Label, Segment } from './segment.js';

export interface ImportWarning {
  /** 1-based line of the source the warning is about, when there is one. */
  readonly line?: number;
  readonly message: string;
}

/** The segments under one unit heading. */
export interface UnitGroup {
  heading?: Segment;
  segments: Segment[];
  /** The group is a 三定 provision (its title says so, or it has a 内设机构 section). */
  sanding: boolean;
}

export class Warnings {
  readonly list: ImportWarning[] = [];
  add(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { message } : { line, message });
  }
}

/**
 * Checks that the numbered items of one list count 1, 2, 3… and gives an item
 * whose number repeats an explicit id (3-2 for the second 三、), so the
 * document still validates. Skips and repeats become notes and warnings.
 */
export class NumberingCheck {
  private readonly last = new Map<string, Label>();
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly where: string,
    private readonly warnings: Warnings,
  ) {}

  check(label: Label, line: number): { id?: string; notes: Note[] } {
    const prev = this.last.get(label.kind);
    const prevOrdinal = prev?.ordinal ?? 0;
    const notes: Note[] = [];
    const key = `${label.kind}:${label.ordinal}`;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    const id = count > 1 ? `${label.ordinal}-${count}` : undefined;
    if (count > 1) {
      // A number seen before: its kind has been seen, so there is a previous label.
      notes.push(storedNote(numberingRepeatsNote(label.printed, prev!.printed, id!)));
      this.warnings.add(line, `${this.where}: numbering repeats: ${label.printed} after ${prev!.printed} (given id "${id}")`);
    } else if (label.ordinal > prevOrdinal + 1) {
      const from = prev ? `from ${prev.printed} to ${label.printed}` : `to ${label.printed}: the list starts there`;
      notes.push(storedNote(numberingSkipsNote(prev?.printed, label.printed)));
      this.warnings.add(line, `${this.where}: numbering skips ${from}`);
    } else if (label.ordinal <= prevOrdinal) {
      notes.push(storedNote(numberingGoesBackNote(label.printed, prev!.printed)));
      this.warnings.add(line, `${this.where}: numbering goes back: ${label.printed} after ${prev!.printed}`);
    }
    this.last.set(label.kind, label);
    return { ...(id ? { id } : {}), notes };
  }
}

/** An item as printed: label and text (an article's label and text are set apart by a space in print). */
export function printedItem(node: OutlineNode): string {
  if (!node.label) return node.text;
  return node.label.kind === 'article' ? `${node.label.printed}\u3000${node.text}` : node.label.printed + node.text;
}

/**
 * Outline nodes → duties, with numbering checked at every level. `under`: the
 * id of an item printed without text whose sub-items these are, imported in its
 * place: each gets the id its printed place gives it (（一） under 一、 is 1_1),
 * so they cannot take the numbers of the items after it (二、 stays 2).
 */
export function toDuties(nodes: readonly OutlineNode[], where: string, warnings: Warnings, under?: string): DutyFile[] {
  const numbering = new NumberingCheck(where, warnings);
  const out: DutyFile[] = [];
  for (const node of nodes) {
    if (!node.label) {
      out.push({ text: node.text });
      continue;
    }
    const check = numbering.check(node.label, node.line);
    const own = check.id ?? String(node.label.ordinal);
    const id = under !== undefined ? `${under}_${own}` : check.id;
    const { notes } = check;
    if (node.text === '') {
      warnings.add(node.line, `${where}: item ${node.label.printed} has no text; its sub-items are imported in its place`);
      out.push(...toDuties(node.children, where, warnings, id ?? own));
      continue;
    }
    const items = toDuties(node.children, where, warnings);
    out.push({
      label: node.label.printed,
      text: node.text,
      ...(id ? { id } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(items.length > 0 ? { items } : {}),
    });
  }
  return out;
}

/**
 * A section's content: paragraphs before its first numbered item are its lead
 * text (二、主要职责 / 根据以上职能调整，国务院办公厅的主要职责是： / （一）…), not
 * duties. A section with no numbered items keeps its paragraphs as duties
 * (二、其他事项 and its one paragraph).
 */
export function sectionContent(section: OutlineNode, where: string, warnings: Warnings): Pick<SectionFile, 'preamble' | 'duties'> {
  const first = section.children.findIndex((c) => c.label !== undefined);
  if (first <= 0) return { duties: toDuties(section.children, where, warnings) };
  return {
    preamble: section.children.slice(0, first).map((c) => c.text).join('\n'),
    duties: toDuties(section.children.slice(first), where, warnings),
  };
}

export function toSections(nodes: readonly OutlineNode[], where: string, warnings: Warnings): SectionFile[] {
  const numbering = new NumberingCheck(where, warnings);
  return nodes.map((node) => {
    const { id } = numbering.check(node.label!, node.line);
    return { label: node.label!.printed, title: node.text, ...(id ? { id } : {}), ...sectionContent(node, where, warnings) };
  });
}

/** A unit's items are sections when every top-level item is a bare title with content under it. */
export function hasSections(nodes: readonly OutlineNode[]): boolean {
  return nodes.length > 0 && nodes.every((n) => isSectionNode(n) && n.children.length > 0);
}

export function preambleText(nodes: readonly OutlineNode[]): string | undefined {
  return nodes.length > 0 ? nodes.map((n) => n.text).join('\n') : undefined;
}

export function headingFields(parsed: ReturnType<typeof parseUnitHeading> | undefined): Partial<UnitFile> {
  if (!parsed) return {};
  return {
    ...(parsed.externalName ? { externalName: parsed.externalName } : {}),
    ...(parsed.aliases.length > 0 ? { aliases: [...parsed.aliases] } : {}),
    heading: parsed.heading,
    ...(parsed.notes.length > 0 ? { notes: [...parsed.notes] } : {}),
  };
}

/** Every line of a node and its descendants, labels included: for staffing, which is kept as printed. */
export function flattenText(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [printedItem(n), ...flattenText(n.children)]);
}

/** One unit from a heading and the items under it. */
export function plainUnit(group: UnitGroup, fallbackName: string, warnings: Warnings): UnitFile {
  const printed = group.heading?.text;
  const parsed = printed !== undefined ? parseUnitHeading(printed) : undefined;
  for (const w of parsed?.warnings ?? []) warnings.add(group.heading!.line, w);
  const name = parsed?.name ?? fallbackName;
  const outline = buildOutline(group.segments);
  const unit: UnitFile = { id: '', name, ...headingFields(parsed) };
  if (outline.nodes.length === 0) {
    // Paragraphs only (a group always has a segment: a heading over nothing is dropped before).
    unit.duties = outline.preamble.map((n) => ({ text: n.text }));
    return unit;
  }
  const preamble = preambleText(outline.preamble);
  if (preamble !== undefined) unit.preamble = preamble;
  if (hasSections(outline.nodes)) unit.sections = toSections(outline.nodes, name, warnings);
  else unit.duties = toDuties(outline.nodes, name, warnings);
  return unit;
}

