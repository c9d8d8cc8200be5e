/**
 * The structure builder: a unit's segments → a tree of numbered items. Nesting
 * follows the labels themselves, not a fixed ladder: a label of a kind already
 * open closes everything below it (it is a sibling there); a new kind opens a
 * level under the current item. So 一、 （一） 1. （1） nest at any depth, and a
 * notice that goes straight from 一、 to 1. still nests correctly.
 */
import { isSectionTitle, type Label, type Segment } from './segment.js';

export interface OutlineNode {
  /** Absent for an unnumbered paragraph. */
  readonly label?: Label;
  readonly text: string;
  readonly line: number;
  readonly children: OutlineNode[];
}

export interface Outline {
  /** Unnumbered paragraphs before the first numbered item. */
  readonly preamble: OutlineNode[];
  /** Top-level items (and paragraphs after them), in order. */
  readonly nodes: OutlineNode[];
}

/** A numbered item whose text is only a title (一、主要职能): what follows belongs to it. */
export function isSectionNode(node: OutlineNode): boolean {
  return node.label !== undefined && isSectionTitle(node.text);
}

export function buildOutline(segments: readonly Segment[]): Outline {
  const preamble: OutlineNode[] = [];
  const nodes: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const seg of segments) {
    const node: OutlineNode = { text: seg.text, line: seg.line, children: [], ...(seg.label ? { label: seg.label } : {}) };
    if (seg.label) {
      let sibling = open.length - 1;
      while (sibling >= 0 && open[sibling]!.label!.kind !== seg.label.kind) sibling--;
      if (sibling >= 0) open.length = sibling;
      (open.at(-1)?.children ?? nodes).push(node);
      open.push(node);
      continue;
    }
    if (nodes.length === 0) {
      preamble.push(node);
      continue;
    }
    // A paragraph after an item belongs to the section it is in (二、其他事项 and its
    // paragraph), or to the unit itself: an item's own text ends with its sentence.
    while (open.length > 0 && !isSectionNode(open.at(-1)!)) open.pop();
    (open.at(-1)?.children ?? nodes).push(node);
  }
  return { preamble, nodes };
}
