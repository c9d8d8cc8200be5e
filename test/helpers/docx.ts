// Reads a .docx back with an XML parser: its paragraphs (style, runs with their
// formatting), its tables (cell texts), and the raw parts for what else a test checks.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { zipEntry } from './zip.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxRun {
  text: string;
  bold: boolean;
  strike: boolean;
  underline: boolean;
  /** The run's own East Asian font, if it names one. */
  eastAsia: string | undefined;
}

export interface DocxParagraph {
  style: string | undefined;
  text: string;
  runs: DocxRun[];
}

export interface DocxFile {
  /** Body paragraphs outside tables, in order. */
  paragraphs: DocxParagraph[];
  /** Each table as rows of cells, each cell its paragraphs. */
  tables: DocxParagraph[][][][];
  /** Every paragraph of the body, tables included, in order. */
  allParagraphs: DocxParagraph[];
  part: (name: string) => string | undefined;
}

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W) out.push(n as Element);
  return out;
}

function attr(el: Element | undefined, name: string): string | undefined {
  return el?.getAttributeNS(W, name) ?? undefined;
}

/** A toggle property such as <w:b/> or <w:strike w:val="false"/>. */
function on(props: Element | undefined, name: string): boolean {
  const el = props && children(props, name)[0];
  if (!el) return false;
  const val = attr(el, 'val');
  return val === undefined || val === null || val === '' || !['false', '0', 'none'].includes(val);
}

function paragraph(p: Element): DocxParagraph {
  const pPr = children(p, 'pPr')[0];
  const style = attr(pPr && children(pPr, 'pStyle')[0], 'val') || undefined;
  const runs: DocxRun[] = [];
  const collect = (parent: Element) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.localName === 'r') {
        const rPr = children(el, 'rPr')[0];
        let text = '';
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 1) continue;
          const ce = c as Element;
          if (ce.localName === 't') text += ce.textContent ?? '';
          else if (ce.localName === 'tab') text += '\t';
          else if (ce.localName === 'br') text += '\n';
        }
        const fonts = rPr && children(rPr, 'rFonts')[0];
        runs.push({ text, bold: on(rPr, 'b'), strike: on(rPr, 'strike'), underline: on(rPr, 'u'), eastAsia: attr(fonts, 'eastAsia') || undefined });
      } else if (el.localName === 'hyperlink' || el.localName === 'ins' || el.localName === 'smartTag') {
        collect(el);
      }
    }
  };
  collect(p);
  return { style, text: runs.map((r) => r.text).join(''), runs };
}

export function readDocx(bytes: Buffer): DocxFile {
  const part = (name: string) => zipEntry(bytes, name);
  const xml = part('word/document.xml');
  if (xml === undefined) throw new Error('no word/document.xml: not a docx');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const body = children(doc.documentElement as unknown as Element, 'body')[0]!;
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxParagraph[][][][] = [];
  const allParagraphs: DocxParagraph[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === 'p') {
      const p = paragraph(el);
      paragraphs.push(p);
      allParagraphs.push(p);
    } else if (el.localName === 'tbl') {
      const table = children(el, 'tr').map((tr) =>
        children(tr, 'tc').map((tc) => {
          const ps = children(tc, 'p').map(paragraph);
          allParagraphs.push(...ps);
          return ps;
        }),
      );
      tables.push(table);
    }
  }
  return { paragraphs, tables, allParagraphs, part };
}
