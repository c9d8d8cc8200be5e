/**
 * The form under which two duty texts are compared: what a reprint or a
 * transcription changes without changing the mandate (width, brackets 〔〕［］,
 * quotes, spaces, a leading number, traditional characters) is folded away,
 * and every kept character remembers where it stood in the original, so a
 * difference found in the comparable form can be shown on the original text.
 */
import { foldChar } from './fold.js';
import { toSimplified } from './simplify.js';

export interface ComparableText {
  /** The kept characters, folded (full-width → ASCII, brackets and quotes → ASCII, 繁 → 简), one code point each. */
  readonly chars: readonly string[];
  /** For each kept character, its index among the original text's code points. */
  readonly at: readonly number[];
}

// A number a text may start with when the numbering was typed into it: 一、 (一) 1. 1、 ①. Matched on folded text.
const LEADING_NUMBER = /^\s*(?:\(\s*[0-9一二三四五六七八九十百零〇]+\s*\)|[0-9一二三四五六七八九十百零〇]+\s*[、.](?![0-9])|[\u2460-\u2473])/u;

/** `text` as it is compared (see ComparableText). */
export function comparableText(text: string): ComparableText {
  const folded = [...toSimplified(text)].map(foldChar);
  const lead = folded.join('').match(LEADING_NUMBER);
  const skip = lead ? [...lead[0]].length : 0;
  const chars: string[] = [];
  const at: number[] = [];
  folded.forEach((ch, i) => {
    if (i < skip || /\s/u.test(ch)) return;
    chars.push(ch);
    at.push(i);
  });
  return { chars, at };
}

/** Two texts with the same key differ only in what comparableText folds away. */
export function comparisonKey(text: string): string {
  return comparableText(text).chars.join('');
}
