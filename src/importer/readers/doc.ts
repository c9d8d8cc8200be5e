/**
 * A Word 97–2003 document (.doc, an OLE2 compound file) → the notice's
 * paragraphs, through word-extractor, which reads the document's text
 * stream (pieces table, code pages and all) without Word. What it gives is
 * the text as typed: paragraphs, table cells separated by tabs; headers,
 * footers, footnotes and text boxes apart (and not used). A list that Word
 * numbered automatically has no numbers in that stream: such a .doc imports
 * without its labels, so the reader says so when the text looks like one.
 */
import { defaultExport } from '../../module-default.js';
import { UserError } from '../../errors.js';
import type { SourceText } from './types.js';

interface WordExtractorDocument {
  getBody(): string;
}
type WordExtractorClass = new () => { extract(input: Buffer): Promise<WordExtractorDocument> };

export async function readDoc(bytes: Uint8Array, name: string): Promise<SourceText> {
  const imported = await import('word-extractor');
  const WordExtractor = defaultExport(imported, (v): v is WordExtractorClass => typeof v === 'function', 'word-extractor');
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    if (/encrypt|password/iu.test(message)) {
      throw new UserError(`${name}: the .doc is protected with a password; open it in Word or WPS, remove the password, save, and import that`);
    }
    throw new UserError(`${name}: a damaged or unreadable .doc (${message}); open it in Word, WPS or LibreOffice and save it as .docx`);
  }
  // word-extractor gives paragraphs and line breaks as \n (its filters turn Word's \r, \v and page breaks into \n).
  const lines = body
    .split('\n')
    // Cells of a table row arrive tab-separated: one row a line, cells apart as in the other readers.
    .map((l) => l.replace(/\t+/gu, '\u3000').replace(/[\s\u3000]+$/u, ''));
  const text = lines.join('\n').replace(/^\n+|\n+$/gu, '');
  // Every line's end is trimmed and blank lines around the text are gone: no text is the empty string.
  if (text === '') throw new UserError(`${name}: the .doc has no text; nothing to import`);
  // Not one numbered line (一、 （一） 1． 第一条): the numbers were Word's automatic ones, which a .doc keeps outside its text.
  if (!/^[\s\u3000]*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|第[一二三四五六七八九十百]+条)/mu.test(text)) {
    throw new UserError(
      `${name}: no numbered items in the .doc's text: Word's automatic list numbers are not stored in a .doc's text; open it in Word, WPS or LibreOffice, save it as .docx, and import that`,
    );
  }
  return { format: 'doc', text, metadata: {}, dropped: [] };
}
