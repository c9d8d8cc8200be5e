/**
 * Corpus text is data: it must never drive the terminal. Control characters
 * (C0, DEL, C1 — ESC and CSI among them) and bidirectional overrides are
 * replaced by visible stand-ins before anything reaches a terminal or a
 * line-oriented pipe.
 */

// C0 (but tab), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

function standIn(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp); // ␛ for ESC, ␊ for LF…
  if (cp === 0x7f) return '\u2421';
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Whether a text has anything safeLine would change (a quick test: most texts have nothing). */
const CHANGES_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Text safe to print on one line: control and bidi characters become visible stand-ins, tabs become spaces. */
export function safeLine(text: string): string {
  if (!CHANGES_LINE.test(text)) return text;
  return text.replace(UNSAFE, standIn).replace(/\t/g, ' ');
}

/** Like safeLine, but keeps line breaks (for multi-line fields such as a notice's body). */
export function safeLines(text: string): string {
  return text.split(/\r?\n/).map(safeLine).join('\n');
}

/** Escape what JSON.stringify leaves raw but a terminal would obey (C1 controls, bidi overrides). */
export function escapeJsonUnsafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu,
    (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** JSON as every --json output prints it: pretty (or one line for JSONL), with terminal-unsafe characters escaped. */
export function renderJson(value: unknown, { pretty = true }: { pretty?: boolean } = {}): string {
  return escapeJsonUnsafe(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + '\n';
}
