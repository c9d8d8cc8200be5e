/**
 * A PDF's text layer → the notice's paragraphs. A PDF has no paragraphs, only
 * positioned pieces of text: lines are rebuilt from the pieces' baselines,
 * running headers and folios (— 2 —, -2-, 第2页) are dropped, and lines that
 * the page width broke are joined back into paragraphs by where they start
 * and end against the text block's margins. Pure: positions in, text out.
 */

/** One piece of text as pdf.js reports it, in PDF units (y grows upwards). */
export interface TextPiece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size (the text matrix's vertical scale). */
  readonly size: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly TextPiece[];
}

interface Line {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;
const LATIN_WORD = /[A-Za-z0-9]/u;

/** Pieces sharing a baseline → one line, with the gaps between pieces read as the spaces they are. */
function buildLines(page: PdfPage): Line[] {
  const pieces = page.pieces.filter((p) => p.str.trim() !== '' && p.size > 0);
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const p of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y - p.y) < Math.min(r[0]!.size, p.size) * 0.5);
    if (row) row.push(p);
    else rows.push([p]);
  }
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = row[0]!.x;
      const size = Math.max(...row.map((p) => p.size));
      for (const p of row) {
        const piece = p.str.replace(/\s+/gu, ' ');
        if (text !== '') {
          const gap = p.x - end;
          const before = text.trimEnd().slice(-1);
          const after = piece.trimStart().charAt(0);
          const bothLatin = LATIN_WORD.test(before) && LATIN_WORD.test(after);
          // A wide gap (a signature block, 附件：1．) is a space; a narrow one only between Latin words.
          if (gap > size * 0.9 || (bothLatin && gap > size * 0.15)) {
            if (!/ $/u.test(text)) text += ' ';
          }
        }
        text += piece;
        end = Math.max(end, p.x + p.width);
      }
      return { text: repairSpaces(text.trim()), x: row[0]!.x, end, y: row[0]!.y, size };
    })
    .filter((l) => l.text !== '');
}

/**
 * Spaces that text extraction inserts where the page shows none: between two
 * ideographs (justified CJK text), and between a number and the ideograph or
 * bracket next to it (LibreOffice and Word space Latin digits from CJK text:
 * `国发〔2008〕11 号`, `设 3 个`). A space between two Latin words stays.
 */
export function repairSpaces(text: string): string {
  return text
    .replace(/(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \u00a0]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu, (_ws, at: number, all: string) =>
      // The one space a notice prints: between the issuer and the date of its signature line (中华人民共和国商务部 二○○三年六月二十六日).
      SIGNATURE_DATE.test(all.slice(at).trimStart()) ? ' ' : '',
    )
    .replace(/(?<=[0-9０-９])[ \u00a0]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu, '')
    .replace(/(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \u00a0]+(?=[0-9０-９])/gu, '');
}

const SIGNATURE_DATE = /^[〇○零一二三四五六七八九十0-9０-９]{2,4}\s*年\s*[〇○零一二三四五六七八九十0-9０-９]{1,2}\s*月\s*[〇○零一二三四五六七八九十0-9０-９]{1,3}\s*日$/u;

/** A folio: the page number as 公文 print it (— 2 —, -2-), or 第 2 页, 2/5, Page 2 of 5. */
const FOLIO = /^(?:[-—–－―~·\s]*\d{1,4}[-—–－―~·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

export interface PdfText {
  readonly text: string;
  readonly dropped: string[];
}

const squashDigits = (s: string) => s.replace(/\d+/gu, '#').replace(/\s+/gu, '');

export function layoutPdf(pages: readonly PdfPage[]): PdfText {
  const perPage = pages.map(buildLines);
  const dropped: string[] = [];

  // Running headers and footers: the same text (numbers aside) at the same height on several pages.
  const edgeKey = (l: Line) => `${Math.round(l.y)}|${squashDigits(l.text)}`;
  const edgeCount = new Map<string, number>();
  for (const lines of perPage) {
    // The first two and last two lines: a running header may sit under a folio (— 2 — / 国务院公报), or a footer over one.
    const edges = new Set([lines[0], lines[1], lines.at(-2), lines.at(-1)].filter((l): l is Line => l !== undefined).map(edgeKey));
    for (const k of edges) edgeCount.set(k, (edgeCount.get(k) ?? 0) + 1);
  }
  const repeated = (l: Line) => pages.length >= 2 && (edgeCount.get(edgeKey(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const body = perPage.map((lines) =>
    lines.filter((l, i) => {
      const edge = i === 0 || i === lines.length - 1 || i === 1 || i === lines.length - 2;
      if (edge && FOLIO.test(l.text)) return false;
      if (edge && repeated(l)) {
        dropped.push(l.text);
        return false;
      }
      return true;
    }),
  );

  // The text block's margins: where most lines start, and how far the full ones reach.
  const all = body.flat();
  if (all.length === 0) return { text: '', dropped };
  const round = (n: number) => Math.round(n);
  const starts = new Map<number, number>();
  for (const l of all) starts.set(round(l.x), (starts.get(round(l.x)) ?? 0) + 1);
  const minStart = Math.min(...all.map((l) => l.x));
  // The left margin is the leftmost start that many lines share (a stray outdented line does not move it).
  const left = [...starts.entries()].filter(([, n]) => n >= Math.max(2, all.length * 0.1)).map(([x]) => x).sort((a, b) => a - b)[0] ?? minStart;
  const ends = all.map((l) => l.end).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? ends.at(-1)!;

  // The body's type size: the size most characters are set in (a title is larger).
  const sizeWeight = new Map<number, number>();
  for (const l of all) sizeWeight.set(Math.round(l.size), (sizeWeight.get(Math.round(l.size)) ?? 0) + l.text.length);
  const bodySize = [...sizeWeight.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const centre = (left + right) / 2;
  const centred = (l: Line) => Math.abs((l.x + l.end) / 2 - centre) < l.size;

  const out: string[] = [];
  let prev: Line | undefined;
  for (const line of body.flat()) {
    const size = line.size;
    // A title set larger and centred, wrapped over two or three lines, is one paragraph.
    if (prev && line.size > bodySize * 1.1 && Math.abs(prev.size - line.size) < 0.5 && centred(prev) && centred(line) && prev.y - line.y < line.size * 2.5) {
      out[out.length - 1] += line.text;
      prev = line;
      continue;
    }
    const indented = line.x > left + size * 0.8;
    const prevFull = prev !== undefined && prev.end >= right - size * 1.5;
    const prevEndsSentence = prev !== undefined && /[。；;：:！？!?]$/u.test(prev.text);
    const startsLabel = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|第[一二三四五六七八九十百]+条)/u.test(line.text);
    const continues = prev !== undefined && prevFull && !indented && !(prevEndsSentence && startsLabel) && Math.abs(prev.size - size) < size * 0.25;
    if (continues) {
      // English words broken by the line end get their space back; a number broken there (〔200|8〕) does not.
      const joiner = /[A-Za-z]/u.test(out[out.length - 1]!.slice(-1)) && /[A-Za-z]/u.test(line.text.charAt(0)) ? ' ' : '';
      out[out.length - 1] += joiner + line.text;
    } else {
      out.push((indented ? '\u3000\u3000' : '') + line.text);
    }
    prev = line;
  }
  return { text: out.map((l) => (l.startsWith('\u3000\u3000') ? '\u3000\u3000' + repairSpaces(l.slice(2)) : repairSpaces(l))).join('\n'), dropped };
}
