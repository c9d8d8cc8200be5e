/**
 * A Word file written as a stream, for documents too long to build in
 * memory (the docx package holds every paragraph as objects, then the whole
 * XML, then the zip: over 1 GB at 100,000 duties). The parts that do not grow
 * (styles, settings, font table, footer, numbering, content types,
 * relationships, properties) come from an empty document the docx package
 * builds once with the same options (docx-style.ts), so they stay exactly
 * what officialDocument writes; word/document.xml's body is written here,
 * paragraph by paragraph, the same XML the docx package writes for the
 * paragraphs corpus-docx.ts uses, into fflate's streaming zip. Heavy (docx):
 * load with `await import()`.
 */
import type { Writable } from 'node:stream';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { FONT, officialDocument, packDocx, SIZE, wordSafe, type FontRole, type OfficialDocumentOptions } from './docx-style.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data: what XML cannot hold becomes a stand-in (wordSafe), markup characters and quotes are escaped (as the docx package does). */
export function xmlText(text: string): string {
  return wordSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A run in a role's font (as run() in docx-style.ts), at the style's size unless given (half-points). */
export function runXml(text: string, role: FontRole, size?: number): string {
  const latin = FONT.latin;
  const sz = size === undefined ? '' : `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return (
    `<w:r><w:rPr><w:rFonts w:ascii="${latin}" w:cs="${latin}" w:eastAsia="${FONT[role]}" w:hAnsi="${latin}" w:hint="eastAsia"/>${sz}</w:rPr>` +
    `<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`
  );
}

/** The paragraph kinds of a corpus document, with the properties the docx package writes for them. */
const PARAGRAPH_PROPERTIES = {
  /** No properties: Normal. */
  plain: '',
  /** Body text: first line indented two characters. */
  body: '<w:pPr><w:ind w:firstLine="640"/></w:pPr>',
  /** What the corpus adds: body indent, tighter lines (the run is smaller). */
  aside: '<w:pPr><w:spacing w:line="440" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>',
  centred: '<w:pPr><w:jc w:val="center"/></w:pPr>',
  /** Issuer and date: right-aligned, two characters in from the margin. */
  right: '<w:pPr><w:ind w:right="1280"/><w:jc w:val="right"/></w:pPr>',
  heading1: '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
  heading2: '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>',
  heading3: '<w:pPr><w:pStyle w:val="Heading3"/></w:pPr>',
  heading4: '<w:pPr><w:pStyle w:val="Heading4"/></w:pPr>',
} as const;

export type ParagraphKind = keyof typeof PARAGRAPH_PROPERTIES;

/** One paragraph of a single run. */
export function paragraphXml(kind: ParagraphKind, text: string, role: FontRole, size?: number): string {
  return `<w:p>${PARAGRAPH_PROPERTIES[kind]}${runXml(text, role, size)}</w:p>`;
}

/** The aside's run size: 四号. */
export const ASIDE_SIZE = SIZE.四号;

/** The package parts of an empty official document, and its word/document.xml split where the body's paragraphs go. */
async function skeleton(options: Omit<OfficialDocumentOptions, 'children'>): Promise<{ parts: [string, Uint8Array][]; head: string; tail: string }> {
  const files = unzipSync(await packDocx(officialDocument({ ...options, children: [] })));
  const document = strFromU8(files['word/document.xml']!);
  const at = document.indexOf('<w:body>') + '<w:body>'.length;
  if (at < '<w:body>'.length) throw new Error('docx skeleton: no <w:body>');
  // [Content_Types].xml first, as Word writes it; the rest in the library's order.
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return { parts: names.map((n) => [n, files[n]!]), head: document.slice(0, at), tail: document.slice(at) };
}

/** Paragraph XML is gathered into chunks of about this many characters before it is compressed. */
const CHUNK = 1 << 16;

/**
 * Write an official document (docx-style.ts) whose body is `paragraphs`
 * (paragraph XML, e.g. from paragraphXml) to `out`, holding only a chunk of
 * them at a time, and waiting for `out` to drain. Resolves when the zip is
 * complete (`out` is not ended).
 */
export async function writeStreamingDocx(options: Omit<OfficialDocumentOptions, 'children'>, paragraphs: Iterable<string>, out: Writable): Promise<void> {
  const { parts, head, tail } = await skeleton(options);
  let failure: Error | undefined;
  let finished = false;
  let waiting = false;
  const zip = new Zip((err, data, final) => {
    if (err) failure ??= err;
    else {
      if (!out.write(data)) waiting = true;
      if (final) finished = true;
    }
  });
  const drain = async () => {
    if (failure) throw failure;
    if (waiting) {
      await new Promise<void>((done, fail) => {
        const onError = (e: Error) => fail(e);
        out.once('error', onError);
        out.once('drain', () => {
          out.off('error', onError);
          done();
        });
      });
      waiting = false;
    }
  };
  for (const [name, data] of parts) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    if (name !== 'word/document.xml') {
      file.push(data, true);
      await drain();
      continue;
    }
    file.push(strToU8(head));
    let chunk = '';
    for (const p of paragraphs) {
      chunk += p;
      if (chunk.length >= CHUNK) {
        file.push(strToU8(chunk));
        chunk = '';
        await drain();
      }
    }
    file.push(strToU8(chunk + tail), true);
    await drain();
  }
  zip.end();
  await drain();
  if (!finished) throw new Error('docx: the zip did not finish');
}
