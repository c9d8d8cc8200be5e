import * as tsCharacters from 'opencc-js/dict/TSCharacters';
import { defaultExport } from '../module-default.js';

/**
 * Traditional → simplified, one character at a time, with OpenCC's character
 * table (TSCharacters, its first candidate): offsets stay aligned, and the
 * table (a 29 kB string) is parsed only on the first call. toSimplified
 * (OpenCC's whole converter, with phrase rules) is the heavier alternative.
 */
let simplified: Map<string, string> | undefined;

export function simplifiedChar(ch: string): string {
  if (!simplified) {
    // Entries are `traditional simplified[ alternative…]`, separated by |: keep the first candidate.
    simplified = new Map();
    const dict = defaultExport(tsCharacters, (v): v is string => typeof v === 'string', 'opencc-js/dict/TSCharacters');
    for (let at = 0; at < dict.length; ) {
      let bar = dict.indexOf('|', at);
      if (bar < 0) bar = dict.length;
      const space = dict.indexOf(' ', at);
      let end = dict.indexOf(' ', space + 1);
      if (end < 0 || end > bar) end = bar;
      simplified.set(dict.slice(at, space), dict.slice(space + 1, end));
      at = bar + 1;
    }
  }
  const to = simplified.get(ch);
  return to !== undefined && [...to].length === 1 ? to : ch;
}


/** A string folded character by character with simplifiedChar: as many code points as `text`. */
export function simplifiedText(text: string): string {
  let out = '';
  for (const ch of text) out += ch.codePointAt(0)! >= 0x2e80 ? simplifiedChar(ch) : ch;
  return out;
}
