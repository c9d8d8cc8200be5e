/**
 * The tokenizer: raw notice text → segments, each a run of text with the
 * numbering label it opens with. Notices arrive with every layout: the seed
 * runs many items together on one line separated by ideographic spaces, other
 * sources put each item on its own line, PDF copies hard-wrap sentences. So
 * boundaries come from what the text says (blank runs, line breaks, a label
 * after a full stop), never from line breaks alone.
 */
import { parseChineseNumber } from '../text/numerals.js';

/** The numbering styles of Chinese official documents, outermost first by convention. */
export type LabelKind = 'article' | 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled';

export interface Label {
  /** The label as printed, e.g. 一、 or （1）. */
  readonly printed: string;
  readonly kind: LabelKind;
  readonly ordinal: number;
}

/** How a segment is separated from the one before it. */
export type Boundary = 'start' | 'line' | 'blank' | 'inline';

export interface Segment {
  /** The text without its label, blanks trimmed. */
  text: string;
  label?: Label;
  /** 1-based line of the source where the segment starts. */
  line: number;
  boundary: Boundary;
  /** The segment starts a line that opens with blanks (a paragraph indent). */
  indented: boolean;
}

const CN_NUM = '[一二三四五六七八九十百零〇两]+';
const LABEL_PATTERNS: readonly { kind: LabelKind; re: RegExp }[] = [
  // 第三条 opens an article in the newer 三定 provisions (职能配置、内设机构和人员编制规定).
  { kind: 'article', re: new RegExp(`^第(${CN_NUM})条`, 'u') },
  { kind: 'chinese', re: new RegExp(`^(${CN_NUM})[ \\t]*[、．.](?![0-9０-９])`, 'u') },
  { kind: 'chinese-paren', re: new RegExp(`^[（(][ \\t]*(${CN_NUM})[ \\t]*[）)]`, 'u') },
  { kind: 'arabic-paren', re: /^[（(][ \t]*([0-9０-９]{1,3})[ \t]*[）)]/u },
  { kind: 'arabic', re: /^([0-9０-９]{1,3})[ \t]*[.．、](?![0-9０-９])/u },
  { kind: 'circled', re: /^([\u2460-\u2473])/u },
];

/** Any blank a notice may contain: spaces, tabs, NBSP, the ideographic space, zero-width ones. */
export const BLANK = '[ \\t\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]';
const BLANK_RUN = new RegExp(`${BLANK}+`, 'gu');
const LEADING_BLANKS = new RegExp(`^${BLANK}+`, 'u');
const EDGE_BLANKS = new RegExp(`^${BLANK}+|${BLANK}+$`, 'gu');

/** Punctuation that ends a sentence or a clause that introduces a list. */
export const FINAL_PUNCTUATION = /[。；;！!？?：:][”’」』）)]*$/u;

export function trimBlanks(text: string): string {
  return text.replace(EDGE_BLANKS, '');
}

/** The label a piece of text opens with, if any. */
export function matchLabel(text: string): { label: Label; rest: string } | undefined {
  for (const { kind, re } of LABEL_PATTERNS) {
    const m = text.match(re);
    if (!m) continue;
    const ordinal = kind === 'circled' ? m[1]!.codePointAt(0)! - 0x2460 + 1 : parseChineseNumber(m[1]!);
    if (ordinal === undefined || ordinal <= 0) continue;
    return { label: { printed: m[0], kind, ordinal }, rest: trimBlanks(text.slice(m[0].length)) };
  }
  return undefined;
}

/** A unit or section heading: short and without sentence punctuation. */
export function isHeadingLike(text: string, maxLength = 60): boolean {
  return text.length > 0 && [...text].length <= maxLength && !/[。；;！!？?，,：:]/u.test(text);
}

/** A labelled item whose text is a title (一、主要职能), not a duty. */
export function isSectionTitle(text: string): boolean {
  return isHeadingLike(text, 15);
}

/** Normalise line breaks (CRLF, CR, NEL, U+2028/9) to \n and drop a byte-order mark. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/^\ufeff/u, '').replace(/\r\n?|\u0085|\u2028|\u2029/gu, '\n');
}

interface Piece {
  text: string;
  line: number;
  boundary: Boundary;
  indented: boolean;
  /** For a piece after a blank boundary, how many blanks separate it from the one before. */
  blankRun?: number;
  /** An empty line comes before this piece's line: a paragraph break, whatever the text says. */
  afterEmptyLine?: boolean;
  /** The piece ends its line, and that line is as long as the source's hard-wrap width. */
  endsWrappedLine?: boolean;
}

/**
 * Split one line at the blank runs that separate things: a run holding an
 * ideographic space, NBSP or tab, or two blanks or more, or any blank before a
 * label or after a full stop. A lone ASCII space inside a sentence stays (one
 * at the line's edge too: the piece's blanks are trimmed).
 */
function splitLine(line: string, lineNo: number): Piece[] {
  const indented = LEADING_BLANKS.test(line);
  const pieces: Piece[] = [];
  let start = 0;
  let boundary: Boundary = 'line';
  let blankRun = 0;
  for (const m of line.matchAll(BLANK_RUN)) {
    const at = m.index;
    const run = m[0];
    const before = line.slice(start, at);
    const after = line.slice(at + run.length);
    const separates = /[^ ]/u.test(run) || run.length >= 2 || matchLabel(after) !== undefined || FINAL_PUNCTUATION.test(before);
    if (!separates) continue;
    // Runs are maximal, so only a run that opens the line has nothing before it.
    if (before !== '') {
      pieces.push({ text: before, line: lineNo, boundary, indented: indented && pieces.length === 0, blankRun });
      boundary = 'blank';
    }
    blankRun = [...run].length;
    start = at + run.length;
  }
  const last = line.slice(start);
  if (last !== '') pieces.push({ text: last, line: lineNo, boundary, indented: indented && pieces.length === 0, blankRun });
  return pieces;
}

const EMBEDDED_LABEL = new RegExp(
  `(?<=[。；;：:]|主要职能|主要职责|其他事项)(?=${CN_NUM}[、．]|[（(](?:${CN_NUM}|[0-9０-９]{1,3})[）)]|[0-9０-９]{1,3}[.．、](?![0-9０-９]))`,
  'gu',
);

/**
 * Find labels run into the text with no blank before them (…合同。二、承担…).
 * A candidate is taken only where it continues the numbering already seen
 * (the next ordinal of its kind) or opens a list after a colon or a section
 * title, so 第一、二款 or a date inside a sentence is never split.
 */
function splitEmbedded(pieces: Piece[]): Piece[] {
  const lastOrdinal = new Map<LabelKind, number>();
  const out: Piece[] = [];
  const queue = [...pieces];
  while (queue.length > 0) {
    const piece = queue.shift()!;
    const own = matchLabel(trimBlanks(piece.text));
    if (own) lastOrdinal.set(own.label.kind, own.label.ordinal);
    let split: number | undefined;
    // The look-behind needs text before a label, so a match is never at the piece's start.
    for (const m of piece.text.matchAll(EMBEDDED_LABEL)) {
      const candidate = matchLabel(piece.text.slice(m.index));
      if (!candidate) continue;
      const { kind, ordinal } = candidate.label;
      const before = piece.text.slice(0, m.index);
      const opensList = ordinal === 1 && (/[：:]$|主要职能$|主要职责$|其他事项$/u.test(before) || kind !== own?.label.kind);
      if (ordinal === (lastOrdinal.get(kind) ?? 0) + 1 || opensList) {
        split = m.index;
        break;
      }
    }
    if (split === undefined) {
      out.push(piece);
      continue;
    }
    out.push({ ...piece, text: piece.text.slice(0, split), endsWrappedLine: false });
    queue.unshift({ text: piece.text.slice(split), line: piece.line, boundary: 'inline', indented: false, endsWrappedLine: piece.endsWrappedLine ?? false });
  }
  return out;
}

/** A line's length in code points, its indent included and trailing blanks not. */
function lineLength(line: string): number {
  return [...line.replace(new RegExp(`${BLANK}+$`, 'u'), '')].length;
}

/**
 * The width a source was hard-wrapped at (a PDF or e-mail copy): the commonest
 * length among its long lines, when enough lines share it. Undefined when
 * lines end where paragraphs end.
 */
function wrapWidth(lines: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  let long = 0;
  for (const line of lines) {
    const n = lineLength(line);
    if (n < 20) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [n, c] of counts) if (!best || c > best[1] || (c === best[1] && n > best[0])) best = [n, c];
  return best && best[1] >= 3 && best[1] * 4 >= long ? best[0] : undefined;
}

function findsDate(text: string): boolean {
  return /[年月]\s*[〇○零OＯ0-9０-９一二三四五六七八九十]{1,3}\s*日$/u.test(trimBlanks(text));
}

/** Does `next` carry on the sentence `prev` left unfinished (a hard-wrapped line or a stray blank)? */
function continues(prev: Segment, prevPiece: Piece, next: Piece, nextLabelled: boolean): boolean {
  if (prev.text === '' || next.afterEmptyLine) return false;
  // Only a line's first piece is indented.
  if (next.indented) return false;
  // A full-width line that stops mid-sentence goes on, even where the next line happens to open
  // like a label (…统\n一、规范…): a new item follows a finished sentence. Only a line's last
  // piece ends a wrapped line, so `next` opens the line after it.
  if (prevPiece.endsWrappedLine && !FINAL_PUNCTUATION.test(prev.text)) return true;
  if (nextLabelled) return false;
  // One stray blank (an NBSP or ideographic space) inside a sentence; separators in these notices are runs.
  // (A line's first piece after one blank is indented; a piece split off at a label has no blank run.)
  if (next.blankRun === 1 && !FINAL_PUNCTUATION.test(prev.text) && !/^附\s*件/u.test(next.text)) {
    return !findsDate(next.text);
  }
  if (FINAL_PUNCTUATION.test(prev.text)) return false;
  if (/^附\s*件/u.test(trimBlanks(next.text)) || findsDate(next.text)) return false;
  if (prev.label) return !isSectionTitle(prev.text);
  // An unlabelled piece is a sentence cut short only if it reads like one: long enough, with clause punctuation.
  return [...prev.text].length >= 15 && /[，,]/u.test(prev.text);
}

/** Join two pieces of one sentence: nothing between CJK text, one space between Latin words. */
function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

/** Raw notice text → segments in reading order. */
export function segmentNotice(raw: string): Segment[] {
  const lines = normaliseLineBreaks(raw).split('\n');
  const width = wrapWidth(lines);
  const pieces = splitEmbedded(
    lines.flatMap((line, i) => {
      const linePieces = splitLine(line, i + 1);
      if (linePieces.length > 0 && i > 0 && trimBlanks(lines[i - 1]!) === '') linePieces[0]!.afterEmptyLine = true;
      // A line that long has text, so a piece.
      if (width !== undefined && lineLength(line) >= width - 1) linePieces.at(-1)!.endsWrappedLine = true;
      return linePieces;
    }),
  );
  const segments: Segment[] = [];
  let prevPiece: Piece | undefined;
  for (const piece of pieces) {
    const text = trimBlanks(piece.text);
    if (text === '') continue;
    const lastPiece = prevPiece;
    prevPiece = piece;
    const labelled = matchLabel(text);
    const prev = segments.at(-1);
    if (prev && prev.label && prev.text === '' && !labelled) {
      // A label alone, its text after a blank or on the next line.
      prev.text = text;
      continue;
    }
    // A segment before this piece means a piece before it.
    if (prev && continues(prev, lastPiece!, piece, labelled !== undefined)) {
      prev.text = joinText(prev.text, text);
      continue;
    }
    const boundary = segments.length === 0 ? 'start' : piece.boundary;
    segments.push(
      labelled
        ? { text: labelled.rest, label: labelled.label, line: piece.line, boundary, indented: piece.indented }
        : { text, line: piece.line, boundary, indented: piece.indented },
    );
  }
  return segments;
}
