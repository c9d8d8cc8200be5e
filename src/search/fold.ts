import { foldChar } from '../text/fold.js';
import { simplifiedChar } from '../text/traditional.js';

/**
 * Search folds text and query the same way, one code point at a time: width,
 * brackets, quotes and case (foldChar), then traditional → simplified with
 * OpenCC's character table (TSCharacters, its first candidate). Per character
 * (cached), offsets stay aligned, a simplified corpus costs nothing, and a
 * 100,000-duty corpus folds in milliseconds. OpenCC's phrase rules, which
 * toSimplified applies, are given up: they change no character of the seed
 * corpus, and loading the whole converter costs more start-up time than the
 * rest of a search on the bundled corpus (the table alone is a 29 kB string).
 */
const cache = new Map<string, string>();
export function searchFoldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const width = foldChar(ch);
    folded = width.codePointAt(0)! >= 0x2e80 ? simplifiedChar(width) : width;
    cache.set(ch, folded);
  }
  return folded;
}

/** Fold a whole string; the result has exactly as many code points as `text`. */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) out += searchFoldChar(ch);
  return out;
}

/** The distinct characters of a text (UTF-16 code units, surrogates left out), ascending. */
export function distinctChars(text: string): Uint16Array {
  const seen = new Uint8Array(0x10000);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (seen[c] === 1) continue;
    seen[c] = 1;
    if (c < 0xd800 || c > 0xdfff) out.push(c);
  }
  return Uint16Array.from(out).sort();
}

/**
 * Fold many texts joined by \n, fast: fold each distinct character once, then
 * map the string through a table. When every character stays one UTF-16 unit
 * (any corpus without characters beyond the BMP), the result has the same
 * length (`sameLength`) and offsets into it are offsets into the input;
 * otherwise the input comes back unchanged and the caller folds text by text.
 */
export function foldJoined(joined: string): { folded: string; sameLength: boolean } {
  const chars = distinctChars(joined);
  if (/[\ud800-\udfff]/.test(joined)) return { folded: joined, sameLength: false };
  const map = new Uint16Array(0x10000);
  let changes = false;
  for (const code of chars) {
    const f = code === 10 ? '\n' : searchFoldChar(String.fromCharCode(code));
    if (f.length !== 1) return { folded: joined, sameLength: false };
    map[code] = f.charCodeAt(0);
    changes ||= map[code] !== code;
  }
  if (!changes) return { folded: joined, sameLength: true };
  const units = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) units[i] = map[joined.charCodeAt(i)]!;
  return { folded: new TextDecoder('utf-16le').decode(units), sameLength: true };
}
