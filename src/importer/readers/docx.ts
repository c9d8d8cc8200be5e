/**
 * A Word document (.docx, Office Open XML) → the notice's paragraphs. The
 * body is word/document.xml: paragraphs (w:p) of runs (w:r → w:t), tables
 * (w:tbl, one row a line). Numbering that Word generated (a w:numPr on the
 * paragraph or its style, defined in word/numbering.xml) is not in the text:
 * it is rebuilt here as the label Word shows, so a list numbered
 * automatically as 一、（一）1. reads like a typed one. Headers, footers,
 * footnotes and deleted revisions are not part of the notice's text.
 */
import { UserError } from '../../errors.js';
import { childElements, type DomDocument, type DomElement } from './dom.js';
import { renderLevelText } from './numbering.js';
import type { SourceMetadata, SourceText } from './types.js';
import { openZip } from './zip.js';

function tag(el: DomElement): string {
  return el.tagName;
}

function attr(el: DomElement | undefined, name: string): string | undefined {
  return el?.getAttribute(name) ?? undefined;
}

function child(el: DomElement | undefined, name: string): DomElement | undefined {
  return el ? childElements(el).find((c) => tag(c) === name) : undefined;
}

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** w:suff: what follows the label (tab, space, nothing); Word's default is a tab. */
  readonly suffix: string | undefined;
  /** w:lvlRestart: the level (1-based) whose new item restarts this one; 0 never. Default: any shallower level. */
  readonly restart?: number;
  readonly legal: boolean;
}

interface NumberingDefinitions {
  /** numId → abstractNumId and per-level start overrides. */
  readonly nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  readonly abstracts: Map<string, Map<number, Level>>;
  /** abstractNumId that links to a numbering style (w:numStyleLink) → the numId the style names. */
}

function readNumbering(doc: DomDocument | undefined): NumberingDefinitions {
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  const abstracts = new Map<string, Map<number, Level>>();
  if (!doc) return { nums, abstracts };
  for (const a of Array.from(doc.getElementsByTagName('w:abstractNum'))) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(a).filter((c) => tag(c) === 'w:lvl')) {
      const restart = attr(child(lvl, 'w:lvlRestart'), 'w:val');
      levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
        start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
        format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
        text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
        suffix: attr(child(lvl, 'w:suff'), 'w:val'),
        legal: child(lvl, 'w:isLgl') !== undefined,
        ...(restart !== undefined ? { restart: Number(restart) } : {}),
      });
    }
    abstracts.set(attr(a, 'w:abstractNumId') ?? '', levels);
  }
  for (const n of Array.from(doc.getElementsByTagName('w:num'))) {
    const starts = new Map<number, number>();
    for (const o of childElements(n).filter((c) => tag(c) === 'w:lvlOverride')) {
      const s = attr(child(o, 'w:startOverride'), 'w:val');
      if (s !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(s));
    }
    nums.set(attr(n, 'w:numId') ?? '', { abstract: attr(child(n, 'w:abstractNumId'), 'w:val') ?? '', starts });
  }
  return { nums, abstracts };
}

/** Paragraph styles' numbering (Heading 1 numbered 一、 by its style) and the style each is based on. */
function readStyles(doc: DomDocument | undefined): Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }> {
  const styles = new Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }>();
  if (!doc) return styles;
  for (const s of Array.from(doc.getElementsByTagName('w:style'))) {
    const numPr = child(child(s, 'w:pPr'), 'w:numPr');
    const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
    styles.set(attr(s, 'w:styleId') ?? '', {
      numId: attr(child(numPr, 'w:numId'), 'w:val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
    });
  }
  return styles;
}

/** Counters per list (numId), as Word keeps them: a new item at a level restarts the deeper levels. */
class Counters {
  private readonly lists = new Map<string, number[]>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of the next item at `ilvl` in list `numId`, or undefined (bullets, no such list). */
  next(numId: string, ilvl: number): { label: string; suffix: string | undefined } | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const levels = this.defs.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    let counters = this.lists.get(numId);
    if (!counters) {
      counters = [];
      this.lists.set(numId, counters);
    }
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    // Only defined levels ever count; w:lvlRestart 0 never restarts, n restarts after an item at level n or above.
    for (const [deeper, { restart }] of levels) {
      if (deeper > ilvl && restart !== 0 && (restart === undefined || restart - 1 >= ilvl)) counters[deeper] = undefined as unknown as number;
    }
    // Levels above that have not been used yet show their start value.
    const shown = Array.from({ length: ilvl + 1 }, (_, l) => counters![l] ?? startOf(l));
    // Legal-style numbering (w:isLgl) shows every level of the label in Arabic digits, its own too.
    const formats = Array.from({ length: 9 }, (_, l) => (level.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal')));
    if (level.format === 'bullet' || level.format === 'none' || level.text === '') return undefined;
    return { label: renderLevelText(level.text, shown, formats), suffix: level.suffix };
  }
}

/** The text of a run container (paragraph, hyperlink, inserted revision…), in order. */
function runText(el: DomElement): string {
  let out = '';
  // Only a w:t's content is text: deleted text (w:delText), field codes (w:instrText) and the XML's own whitespace are not.
  const visit = (node: DomElement) => {
    switch (tag(node)) {
      case 'w:t':
        out += node.textContent ?? '';
        return;
      case 'w:tab':
      case 'w:ptab':
        out += '\t';
        return;
      case 'w:br':
        // A page or column break inside a paragraph is not a line of the text.
        if (!node.getAttribute('w:type') || node.getAttribute('w:type') === 'textWrapping') out += '\n';
        return;
      case 'w:cr':
        out += '\n';
        return;
      case 'w:noBreakHyphen':
        out += '-';
        return;
      case 'w:sym': {
        // Symbol-font characters live in the private use area (F0xx): only their plain equivalents are text. No w:char: NaN, nothing.
        const cp = parseInt(node.getAttribute('w:char') ?? '', 16);
        if (cp >= 0xf020 && cp < 0xf080) out += String.fromCharCode(cp - 0xf000);
        else if (cp < 0xe000 || cp > 0xf8ff) out += String.fromCodePoint(cp);
        return;
      }
      // Drawings (text boxes included) are not the notice's text.
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent':
        return;
      default:
        for (const c of childElements(node)) visit(c);
    }
  };
  for (const c of childElements(el)) visit(c);
  return out;
}

/** A first-line indent (w:firstLine in twips, or w:firstLineChars in hundredths of a character) as ideographic spaces. */
function firstLineIndent(pPr: DomElement | undefined): string {
  const ind = child(pPr, 'w:ind');
  if (!ind) return '';
  const chars = Number(ind.getAttribute('w:firstLineChars') ?? 0) / 100;
  const twips = Number(ind.getAttribute('w:firstLine') ?? 0);
  // 210 twips is a 10.5-point character, 320 a 16-point one (公文's 三号 仿宋): either way two characters is 400–640.
  const n = chars > 0 ? Math.round(chars) : twips > 0 ? Math.round(twips / 280) : 0;
  return '\u3000'.repeat(Math.min(4, n));
}

export function readDocx(bytes: Uint8Array, name: string): SourceText {
  const zip = openZip(bytes, name, '.docx', ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'docProps/core.xml']);
  const document = zip.xml('word/document.xml');
  const body = document ? Array.from(document.getElementsByTagName('w:body'))[0] : undefined;
  if (!body) throw new UserError(`${name}: a .docx without a document body (word/document.xml); open and re-save it in Word, WPS or LibreOffice`);
  const counters = new Counters(readNumbering(zip.xml('word/numbering.xml')));
  const styles = readStyles(zip.xml('word/styles.xml'));

  /** The numbering a paragraph has: its own w:numPr, else its style's (following basedOn). */
  const numberingOf = (pPr: DomElement | undefined): { numId: string; ilvl: number } | undefined => {
    const numPr = child(pPr, 'w:numPr');
    let numId = attr(child(numPr, 'w:numId'), 'w:val');
    let ilvl = attr(child(numPr, 'w:ilvl'), 'w:val') !== undefined ? Number(attr(child(numPr, 'w:ilvl'), 'w:val')) : undefined;
    let styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
    for (let depth = 0; numId === undefined && styleId !== undefined && depth < 10; depth++) {
      const style = styles.get(styleId);
      numId = style?.numId;
      ilvl ??= style?.ilvl;
      styleId = style?.basedOn;
    }
    // numId 0 is Word's "no numbering" on a paragraph whose style numbers it: a plain paragraph.
    return numId === undefined || numId === '0' ? undefined : { numId, ilvl: ilvl ?? 0 };
  };

  const paragraph = (p: DomElement): string[] => {
    const pPr = child(p, 'w:pPr');
    let text = runText(p);
    const numbering = numberingOf(pPr);
    if (numbering) {
      const label = counters.next(numbering.numId, numbering.ilvl);
      if (label) {
        // Word puts a tab or space after the label; after Chinese punctuation (一、 （一）) it shows as nothing to the reader.
        const gap = label.suffix === 'nothing' || /[、）)．.：:]$/u.test(label.label) ? '' : ' ';
        text = label.label + gap + text.replace(/^[\t ]+/u, '');
      }
    }
    const indent = numbering ? '' : firstLineIndent(pPr);
    // An empty line's indent goes with its trailing whitespace.
    return text.split('\n').map((line, i) => (i === 0 && !/^[\s\u3000]/u.test(line) ? indent + line : line).replace(/\t/gu, '\u3000').replace(/\s+$/u, ''));
  };

  const lines: string[] = [];
  const block = (el: DomElement) => {
    switch (tag(el)) {
      case 'w:p':
        lines.push(...paragraph(el));
        return;
      case 'w:tbl':
        for (const tr of childElements(el).filter((c) => tag(c) === 'w:tr')) {
          const cells = childElements(tr)
            .filter((c) => tag(c) === 'w:tc')
            .map((tc) => {
              // A cell holds blocks like the body's (paragraphs, content controls, revisions, tables): its lines, joined.
              const before = lines.length;
              for (const c of childElements(tc)) block(c);
              return lines
                .splice(before)
                .map((l) => l.trim())
                .filter((l) => l !== '')
                .join(' ');
            })
            .filter((c) => c !== '');
          if (cells.length > 0) lines.push(cells.join('\u3000'));
        }
        return;
      case 'w:sdt':
        for (const c of childElements(child(el, 'w:sdtContent') ?? el)) block(c);
        return;
      case 'w:customXml':
      case 'w:ins':
      case 'w:smartTag':
        for (const c of childElements(el)) block(c);
        return;
      default:
        return;
    }
  };
  for (const el of childElements(body)) block(el);

  const metadata: { -readonly [K in keyof SourceMetadata]?: string } = {};
  const core = zip.xml('docProps/core.xml');
  const title = core ? (Array.from(core.getElementsByTagName('dc:title'))[0]?.textContent ?? '').trim() : '';
  // A Word title property is often a template's or "文档1": only a Chinese title of some length is the notice's.
  if ((title.match(/[\u4e00-\u9fff]/gu) ?? []).length >= 6) metadata.title = title;

  const text = lines.join('\n').replace(/^\n+|\n+$/gu, '');
  // Every line's end is trimmed and blank lines around the text are gone: no text is the empty string.
  if (text === '') throw new UserError(`${name}: the .docx has no text (a scanned image inside Word?); nothing to import`);
  return { format: 'docx', text, metadata, dropped: [] };
}
