import { diffChars } from 'diff';
import { comparableText, type ComparableText } from '../text/comparable.js';

/**
 * One step of a character-level change from text A to text B. Every step
 * carries both sides, so joining all `a` gives A's original text and joining
 * all `b` gives B's: `equal` steps may still differ in what comparison folds
 * away (width, brackets, spaces, 繁简), `delete` has b = '', `insert` has a = ''.
 */
export interface TextChange {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly a: string;
  readonly b: string;
}

/** Where the k-th kept character's run starts in the original; characters folded away join the run before them. */
function boundary(text: ComparableText, points: readonly string[], k: number): number {
  if (k === 0) return 0;
  return text.at[k] ?? points.length;
}

/**
 * The character-level changes from `a` to `b`. jsdiff diffs the comparable
 * forms (so a full-width comma or 〔〕 for ［］ is no change), and each run is
 * mapped back to the original texts, which is what a reader is shown.
 */
export function textChanges(a: string, b: string): TextChange[] {
  const ca = comparableText(a);
  const cb = comparableText(b);
  const pa = [...a];
  const pb = [...b];
  const steps: TextChange[] = [];
  // jsdiff joins neighbouring parts of one kind, so no two steps in a row share an op.
  const push = (op: TextChange['op'], sa: string, sb: string) => steps.push({ op, a: sa, b: sb });
  let ia = 0;
  let ib = 0;
  const takeA = (n: number) => {
    const from = boundary(ca, pa, ia);
    ia += n;
    return pa.slice(from, boundary(ca, pa, ia)).join('');
  };
  const takeB = (n: number) => {
    const from = boundary(cb, pb, ib);
    ib += n;
    return pb.slice(from, boundary(cb, pb, ib)).join('');
  };
  for (const part of diffChars(ca.chars.join(''), cb.chars.join(''))) {
    if (part.added) push('insert', '', takeB(part.count));
    else if (part.removed) push('delete', takeA(part.count), '');
    else push('equal', takeA(part.count), takeB(part.count));
  }
  // A text with nothing comparable in it (only spaces or a number) was never taken above.
  if (ca.at.length === 0 && a !== '') push('delete', a, '');
  if (cb.at.length === 0 && b !== '') push('insert', '', b);
  return steps;
}
