/**
 * Length-preserving folding: every code point maps to exactly one code point,
 * so an offset in folded text is the same offset in the original. Search spans
 * and unit-name matching rely on that.
 */

const BRACKETS: Record<string, string> = {
  '〔': '[', '〕': ']', '［': '[', '］': ']', '【': '[', '】': ']', '〖': '[', '〗': ']',
  '（': '(', '）': ')', '｛': '{', '｝': '}',
  '“': '"', '”': '"', '„': '"', '＂': '"', '‘': "'", '’': "'", '＇': "'",
  '「': '"', '」': '"', '『': '"', '』': '"',
  '〇': '〇', '○': '〇', '◯': '〇',
};

/** Fold one code point: full-width → ASCII, ideographic and other spaces → space, brackets and quotes → ASCII, lower case. */
export function foldChar(ch: string): string {
  const mapped = BRACKETS[ch];
  if (mapped !== undefined) return mapped;
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0).toLowerCase();
  if (cp === 0x3000 || cp === 0x00a0 || cp === 0x2002 || cp === 0x2003 || cp === 0x2009 || cp === 0x202f || cp === 0x0009) return ' ';
  if (cp < 0x80) return ch.toLowerCase();
  const lower = ch.toLowerCase();
  return [...lower].length === 1 ? lower : ch;
}

/** Fold a string code point by code point; the result has as many code points as the input. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Fold, then drop spaces and punctuation: the key under which two names count as the same. */
export function nameKey(text: string): string {
  return foldText(text).replace(/[\s"'()[\]{}<>《》〈〉、，,。.；;：:！!？?·•・-]/gu, '');
}
