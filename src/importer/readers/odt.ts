/**
 * An OpenDocument text (.odt: LibreOffice, WPS, Word's "Save as ODT") → the
 * notice's paragraphs. The body is content.xml: paragraphs and headings
 * (text:p, text:h), lists (text:list → text:list-item), tables (one row a
 * line), sections. A list's numbers are not in the file, only its list
 * style (num-format "一, 二, 三, ...", prefix "（", suffix "）"): they are
 * counted here and shown as the label the word processor shows.
 */
import { UserError } from '../../errors.js';
import { childElements, isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { formatCounter } from './numbering.js';
import type { SourceText } from './types.js';
import { openZip } from './zip.js';

interface LevelStyle {
  readonly format?: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly displayLevels: number;
}

/** ODF's num-format values (what LibreOffice writes for each choice in its list) → Word's numFmt names. */
function wordFormat(numFormat: string): string | undefined {
  const f = numFormat.trim();
  if (f === '') return undefined;
  if (f === '1') return 'decimal';
  if (f === 'a') return 'lowerLetter';
  if (f === 'A') return 'upperLetter';
  if (f === 'i') return 'lowerRoman';
  if (f === 'I') return 'upperRoman';
  if (f.startsWith('一')) return 'chineseCounting';
  if (f.startsWith('壹')) return 'chineseLegalSimplified';
  if (f.startsWith('甲')) return 'ideographTraditional';
  if (f.startsWith('子')) return 'ideographZodiac';
  if (f.startsWith('①')) return 'decimalEnclosedCircle';
  if (f.startsWith('１')) return 'decimalFullWidth';
  if (f.startsWith('〇') || f.startsWith('○')) return 'ideographDigital';
  return 'decimal';
}

function readListStyles(docs: readonly (DomDocument | undefined)[]): Map<string, Map<number, LevelStyle>> {
  const styles = new Map<string, Map<number, LevelStyle>>();
  for (const doc of docs) {
    if (!doc) continue;
    const lists = [...Array.from(doc.getElementsByTagName('text:list-style')), ...Array.from(doc.getElementsByTagName('text:outline-style'))];
    for (const list of lists) {
      const levels = new Map<number, LevelStyle>();
      for (const lvl of childElements(list)) {
        const level = Number(lvl.getAttribute('text:level') ?? 1);
        // Only numbered levels have a num-format (bullet and image levels have none).
        const format = wordFormat(lvl.getAttribute('style:num-format') ?? '');
        levels.set(level, {
          ...(format !== undefined ? { format } : {}),
          prefix: lvl.getAttribute('style:num-prefix') ?? '',
          suffix: lvl.getAttribute('style:num-suffix') ?? '',
          start: Number(lvl.getAttribute('text:start-value') ?? 1),
          displayLevels: Number(lvl.getAttribute('text:display-levels') ?? 1),
        });
      }
      const name = list.tagName === 'text:outline-style' ? '\u0000outline' : (list.getAttribute('style:name') ?? '');
      styles.set(name, levels);
    }
  }
  return styles;
}

interface ParagraphStyle {
  readonly parent?: string;
  readonly listStyle?: string;
  readonly textIndent?: number;
}

/** Paragraph styles: their parent, the list style they number with, and a first-line indent in points. */
function readParagraphStyles(docs: readonly (DomDocument | undefined)[]): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  const points = (v: string | null): number | undefined => {
    const m = v ? /^(-?[\d.]+)(cm|mm|in|pt|pc|px)?$/u.exec(v) : null;
    if (!m) return undefined;
    const n = Number(m[1]);
    return n * ({ cm: 28.35, mm: 2.835, in: 72, pt: 1, pc: 12, px: 0.75 }[m[2] ?? 'pt'] ?? 1);
  };
  for (const doc of docs) {
    if (!doc) continue;
    for (const s of Array.from(doc.getElementsByTagName('style:style'))) {
      if (s.getAttribute('style:family') !== 'paragraph') continue;
      const props = childElements(s).find((c) => c.tagName === 'style:paragraph-properties');
      const indent = points(props?.getAttribute('fo:text-indent') ?? null);
      styles.set(s.getAttribute('style:name') ?? '', {
        ...(s.getAttribute('style:parent-style-name') ? { parent: s.getAttribute('style:parent-style-name')! } : {}),
        ...(s.getAttribute('style:list-style-name') ? { listStyle: s.getAttribute('style:list-style-name')! } : {}),
        ...(indent !== undefined ? { textIndent: indent } : {}),
      });
    }
  }
  return styles;
}

/** A table's own rows, in the row groups ODF allows (header rows, row groups), not those of a table nested in a cell. */
function tableRows(el: DomElement): DomElement[] {
  return childElements(el).flatMap((c) =>
    c.tagName === 'table:table-row' ? [c] : c.tagName === 'table:table-header-rows' || c.tagName === 'table:table-rows' || c.tagName === 'table:table-row-group' ? tableRows(c) : [],
  );
}

export function readOdt(bytes: Uint8Array, name: string): SourceText {
  const zip = openZip(bytes, name, '.odt', ['content.xml', 'styles.xml']);
  const content = zip.xml('content.xml');
  const officeText = content ? Array.from(content.getElementsByTagName('office:text'))[0] : undefined;
  if (!content || !officeText) throw new UserError(`${name}: an .odt without a text body (content.xml); open and re-save it in LibreOffice or WPS`);
  const stylesDoc = zip.xml('styles.xml');
  const listStyles = readListStyles([stylesDoc, content]);
  const paragraphStyles = readParagraphStyles([stylesDoc, content]);

  const styleChain = <K extends keyof ParagraphStyle>(styleName: string | null, key: K): ParagraphStyle[K] | undefined => {
    let current = styleName ?? undefined;
    for (let depth = 0; current !== undefined && depth < 10; depth++) {
      const s = paragraphStyles.get(current);
      if (s?.[key] !== undefined) return s[key];
      current = s?.parent;
    }
    return undefined;
  };

  /** Counters per list style; a top-level list restarts them unless it says it continues. */
  const counters = new Map<string, number[]>();

  const inlineText = (el: DomElement): string => {
    let out = '';
    const visit = (node: DomNode) => {
      if (node.nodeType === TEXT_NODE) {
        // ODF keeps spaces in text:s; literal runs of whitespace in the XML collapse to one.
        out += (node.textContent ?? '').replace(/[ \t\n\r]+/gu, ' ');
        return;
      }
      if (!isElement(node)) return;
      switch (node.tagName) {
        case 'text:s':
          out += ' '.repeat(Number(node.getAttribute('text:c') ?? 1));
          return;
        case 'text:tab':
          out += '\t';
          return;
        case 'text:line-break':
          out += '\n';
          return;
        case 'text:note':
        case 'office:annotation':
        case 'draw:frame':
        case 'draw:custom-shape':
        case 'text:ruby-text':
          return;
        default:
          for (const c of Array.from(node.childNodes)) visit(c);
      }
    };
    for (const c of Array.from(el.childNodes)) visit(c);
    return out;
  };

  const lines: string[] = [];
  const paragraph = (el: DomElement, label?: string) => {
    const text = inlineText(el);
    const indent = !label && (styleChain(el.getAttribute('text:style-name'), 'textIndent') ?? 0) >= 12 ? '\u3000\u3000' : '';
    const first = label ? label + text.replace(/^[\t ]+/u, '') : text;
    first.split('\n').forEach((line, i) => {
      const l = line.replace(/\t/gu, '\u3000').replace(/\s+$/u, '');
      lines.push(i === 0 && l.trim() !== '' && !/^[\s\u3000]/u.test(l) ? indent + l : l);
    });
  };

  const label = (styleName: string, level: number, startValue?: number): string | undefined => {
    const levels = listStyles.get(styleName);
    const style = levels?.get(level);
    if (!levels || !style?.format) return undefined;
    const c = counters.get(styleName) ?? [];
    counters.set(styleName, c);
    c[level] = startValue ?? (c[level] === undefined ? style.start : c[level]! + 1);
    c.length = level + 1;
    const shown: string[] = [];
    for (let l = level - style.displayLevels + 1; l <= level; l++) {
      const ls = levels.get(l);
      shown.push(formatCounter(c[l] ?? ls?.start ?? 1, ls?.format ?? 'decimal') ?? '');
    }
    return style.prefix + shown.join('.') + style.suffix;
  };

  const list = (el: DomElement, styleName: string | undefined, level: number) => {
    const own = el.getAttribute('text:style-name') ?? styleName;
    if (level === 1 && own !== undefined && el.getAttribute('text:continue-numbering') !== 'true' && !el.hasAttribute('text:continue-list')) {
      counters.delete(own);
    }
    for (const item of childElements(el)) {
      const header = item.tagName === 'text:list-header';
      if (item.tagName !== 'text:list-item' && !header) continue;
      const start = item.getAttribute('text:start-value');
      let labelled = header;
      for (const c of childElements(item)) {
        if (c.tagName === 'text:list') {
          list(c, own, level + 1);
          continue;
        }
        if ((c.tagName === 'text:p' || c.tagName === 'text:h') && !labelled) {
          labelled = true;
          // A paragraph style can name its own list style (a numbered heading style inside a list).
          const styleOfList = own ?? styleChain(c.getAttribute('text:style-name'), 'listStyle');
          paragraph(c, styleOfList !== undefined ? label(styleOfList, level, start !== null ? Number(start) : undefined) : undefined);
          continue;
        }
        block(c);
      }
    }
  };

  const block = (el: DomElement) => {
    switch (el.tagName) {
      case 'text:p':
        paragraph(el);
        return;
      case 'text:h': {
        // Headings numbered by the document's outline (chapter numbering), when it numbers them.
        const level = Number(el.getAttribute('text:outline-level') ?? 1);
        const outlined = el.getAttribute('text:is-list-header') === 'true' ? undefined : label('\u0000outline', level);
        paragraph(el, outlined);
        return;
      }
      case 'text:list':
        list(el, undefined, 1);
        return;
      case 'table:table': {
        for (const row of tableRows(el)) {
          const cells = childElements(row)
            .filter((c) => c.tagName === 'table:table-cell')
            .map((cell) => {
              const before = lines.length;
              for (const c of childElements(cell)) block(c);
              return lines.splice(before).map((l) => l.trim()).filter((l) => l !== '').join(' ');
            })
            .filter((c) => c !== '');
          if (cells.length > 0) lines.push(cells.join('\u3000'));
        }
        return;
      }
      case 'text:section':
        for (const c of childElements(el)) block(c);
        return;
      default:
        return;
    }
  };
  for (const el of childElements(officeText)) block(el);

  const text = lines.join('\n').replace(/^\n+|\n+$/gu, '');
  // Every line's end is trimmed and blank lines around the text are gone: no text is the empty string.
  if (text === '') throw new UserError(`${name}: the .odt has no text; nothing to import`);
  return { format: 'odt', text, metadata: {}, dropped: [] };
}
