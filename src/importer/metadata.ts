/**
 * Fields found outside a notice's body text (a site's metadata table, a
 * .docx's properties, a 【发文字号】 line of a law database copy) merged into
 * what the body says. The body is the document; metadata only fills gaps, and
 * every disagreement or one-sided number is a warning a person can check.
 */
import type { SourceMetadata } from './readers/types.js';
import { parseChineseDate } from '../text/numerals.js';
import { toSimplified } from '../text/simplify.js';
import { findDocumentNumber, type DocumentNumber } from './head.js';

/** Dropped furniture at least this long (in characters, blanks not counted) that reads like sentences is worth a warning. */
export const PROSE_DROPPED_MIN = 40;

/**
 * A date as sites print it in metadata: 2008-09-10, 2008.09.10, 2008/9/10,
 * 2008年9月10日, 二〇〇八年七月十日, with or without a time after it.
 */
export function parseLooseDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  const numeric = t.match(/^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u);
  if (numeric) return parseChineseDate(`${numeric[1]}年${numeric[2]}月${numeric[3]}日`);
  // NFKC has made a full-width Ｏ the letter O already; a lower-case o is left.
  return parseChineseDate(t.replace(/o/gu, 'O'));
}

/** Compare two printings of one value: script, width, brackets and blanks do not count. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    toSimplified(s.normalize('NFKC'))
      .replace(/[\s\u3000]/gu, '')
      .replace(/[〔［\[【(（〖]/gu, '(')
      .replace(/[〕］\]】)）〗]/gu, ')')
      .replace(/[“”"「」『』]/gu, '"');
  return norm(a) === norm(b);
}

/** Does dropped text read like part of the notice (sentences), not site furniture? */
export function looksLikeProse(text: string): boolean {
  const content = text.replace(/[\s\u3000\u00a0]/gu, '');
  return [...content].length >= PROSE_DROPPED_MIN && /[，。；,;]/u.test(content) && /[\u3400-\u9fff]{8}/u.test(content);
}

export interface DocumentFields {
  title?: string;
  number?: DocumentNumber;
  issuer?: string;
  date?: string;
  dateText?: string;
}

export interface MergeMessage {
  readonly line?: number;
  readonly message: string;
}

/**
 * Fill the body's gaps from the metadata, in place, and say what disagrees.
 * `where` names the metadata's origin for messages ("the page's metadata").
 */
export function mergeMetadata(
  fields: DocumentFields,
  metadata: SourceMetadata,
  where: string,
  lines: Readonly<Partial<Record<keyof SourceMetadata, number>>> = {},
): MergeMessage[] {
  const out: MergeMessage[] = [];
  const at = (field: keyof SourceMetadata) => (lines[field] !== undefined ? { line: lines[field] } : {});
  const metaNumber = metadata.number !== undefined && metadata.number.trim() !== '' ? findDocumentNumber(metadata.number) : undefined;
  if (metadata.number !== undefined && metadata.number.trim() !== '' && metaNumber === undefined) {
    out.push({ ...at('number'), message: `${where} gives the document number “${metadata.number}”, which does not read as one (机关代字〔年份〕序号号); not used` });
  }
  if (metaNumber) {
    const { index: _index, ...number } = metaNumber;
    if (fields.number === undefined) {
      fields.number = number;
      out.push({ ...at('number'), message: `the document number ${number.printed} comes from ${where}; the text itself prints none` });
    } else if (fields.number.normalized !== number.normalized && !sameText(fields.number.printed, number.printed)) {
      out.push({ ...at('number'), message: `${where} gives the document number ${number.printed}, the text ${fields.number.printed}; the text's is kept` });
    }
  } else if (fields.number !== undefined && (metadata.dateText !== undefined || metadata.indexNumber !== undefined)) {
    // A metadata table with a date or an index number has a 发文字号 row too; an empty one is worth a look.
    out.push({ ...at('dateText'), message: `the text prints the document number ${fields.number.printed}, but ${where} gives none` });
  }

  const metaIssuer = metadata.issuer?.trim();
  if (metaIssuer) {
    if (fields.issuer === undefined) fields.issuer = metaIssuer;
    else if (!sameText(fields.issuer, metaIssuer) && !sameText(fields.issuer.replace(/^中华人民共和国|^中華人民共和國/u, ''), metaIssuer.replace(/^中华人民共和国|^中華人民共和國/u, ''))) {
      out.push({ ...at('issuer'), message: `${where} gives the issuer ${metaIssuer}, the text ${fields.issuer}; the text's is kept` });
    }
  }

  const metaDateText = metadata.dateText?.trim();
  if (metaDateText) {
    const iso = parseLooseDate(metaDateText);
    if (iso === undefined) out.push({ ...at('dateText'), message: `${where} gives the date “${metaDateText}”, which is not a calendar date; not used` });
    else if (fields.date === undefined && fields.dateText === undefined) {
      fields.date = iso;
      fields.dateText = metaDateText;
    } else if (fields.date !== undefined && fields.date !== iso) {
      out.push({ ...at('dateText'), message: `${where} gives the date ${metaDateText}, the text ${fields.dateText ?? fields.date}; the text's is kept` });
    }
  }

  const metaTitle = metadata.title?.trim();
  if (metaTitle) {
    if (fields.title === undefined) fields.title = metaTitle;
    else if (!sameText(fields.title, metaTitle)) {
      out.push({ ...at('title'), message: `${where} gives the title “${metaTitle}”, the text “${fields.title}”; the text's is kept` });
    }
  }
  return out;
}
