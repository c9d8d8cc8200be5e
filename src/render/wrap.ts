import { eastAsianWidth } from 'get-east-asian-width';

/** Characters that must not begin a line (禁则): closing punctuation and the like. */
const NO_LINE_START = new Set([...'，。、；：？！）》〉」』】〕］”’…·%,.;:?!)]}>']);
/** Characters that must not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（《〈「『【〔［“‘([{<']);
/** How far back a break may move to respect the rules above before it is forced. */
const MAX_BACKTRACK = 8;

// Combining marks, zero-width characters, variation selectors: no column of their own.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]$/u;

/**
 * Columns one character takes on a terminal: East Asian wide and full-width
 * characters two, combining and zero-width ones none. (string-width does this
 * and emoji too, but costs 25 ms to load: more than the rest of a run.)
 */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp);
}

/** Terminal columns a string takes: East Asian wide characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

function breakAllowed(before: string, after: string): boolean {
  if (after === ' ' || before === ' ') return true;
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  return !(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after));
}

/**
 * Break text into lines of at most `width` columns. Chinese breaks between any
 * two characters, except before closing and after opening punctuation; Latin
 * words stay whole where they fit.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(width, 4);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    let lineWidth = 0;
    for (const ch of paragraph) {
      const w = charWidth(ch);
      if (lineWidth + w > max && line.length > 0) {
        // Break before `ch`, or a little earlier when the rules forbid breaking here.
        let at = line.length;
        const next = (k: number) => (k < line.length ? line[k]! : ch);
        while (at > 1 && line.length - at < MAX_BACKTRACK && !breakAllowed(line[at - 1]!, next(at))) at--;
        if (at <= 1 || !breakAllowed(line[at - 1]!, next(at))) at = line.length;
        lines.push(line.slice(0, at).join('').trimEnd());
        line = line.slice(at);
        while (line[0] === ' ') line.shift();
        lineWidth = displayWidth(line.join(''));
        if (ch === ' ' && line.length === 0) continue;
      }
      line.push(ch);
      lineWidth += w;
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}
