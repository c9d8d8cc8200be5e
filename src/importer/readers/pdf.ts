/**
 * A PDF with a text layer → the notice's paragraphs, through pdf.js (its
 * legacy build, which runs on Node 20). pdf.js normally parses in a web
 * worker; here its worker module is loaded into this thread (pdf.js's
 * "fake worker", which it uses whenever `globalThis.pdfjsWorker` is set), so
 * nothing is looked up on disk at run time and the standalone executable
 * carries it like any other module. The layout work is in pdf-layout.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UserError } from '../../errors.js';
import { layoutPdf, type PdfPage, type TextPiece } from './pdf-layout.js';
import type { SourceMetadata, SourceText } from './types.js';

/** A text item (getTextContent() without includeMarkedContent gives nothing else). */
interface PdfJsTextItem {
  str: string;
  transform: [number, number, number, number, number, number];
  width: number;
}

interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: PdfJsTextItem[] }>;
    cleanup(): void;
  }>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
  destroy(): Promise<void>;
}

let loaded: Promise<PdfJs> | undefined;

/** pdf.js and its worker, loaded once. Loading prints pdf.js's own warnings (no canvas package) to stdout, which carries data: they are held back. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const { getDocument, worker } = await import('./pdfjs.js');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return { getDocument } as unknown as PdfJs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/**
 * Adobe's CMap files, which pdf.js needs for PDFs that name a standard
 * Chinese font instead of embedding one (STSong-Light with UniGB-UCS2-H, as
 * Acrobat's Asian font pack writes them): the bytes are character codes
 * only these tables turn into text. pdfjs-dist ships them; the standalone
 * executable carries them as assets (scripts/package.mjs).
 */
class CMapReader {
  // pdf.js asks only for names on its own list of Adobe's CMaps (BUILT_IN_CMAPS): never a path.
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const require = createRequire(import.meta.url);
    // Stryker disable BlockStatement,ConditionalExpression: outside a single executable isSea() is false (or node:sea throws): every path ends in the pdfjs-dist read below
    try {
      const sea = require('node:sea') as { isSea(): boolean; getAsset(key: string): ArrayBuffer };
      if (sea.isSea()) return { cMapData: new Uint8Array(sea.getAsset(`pdfjs-cmaps/${name}.bcmap`)), isCompressed: true };
    } catch {
      // Not a single executable (or a Node without node:sea): read them from pdfjs-dist.
    }
    // Stryker restore BlockStatement,ConditionalExpression
    const dir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
    return { cMapData: new Uint8Array(readFileSync(join(dir, `${name}.bcmap`))), isCompressed: true };
  }
}

function hanCount(s: string): number {
  return (s.match(/[\u4e00-\u9fff]/gu) ?? []).length;
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<SourceText> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    CMapReaderFactory: CMapReader,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    if (err.name === 'PasswordException') {
      throw new UserError(`${name}: the PDF is encrypted with a password; open it, save a copy without the password, and import that`);
    }
    throw new UserError(`${name}: a damaged PDF (${err.message ?? String(e)}); save it again from the program that made it`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        const [a, b, c, d, x, y] = item.transform;
        // Only horizontal text: rotated stamps and vertical margin notes are not the notice's lines.
        if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue;
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) });
      }
      pages.push({ width, height, pieces });
      page.cleanup();
    }
    const { text, dropped } = layoutPdf(pages);
    if (text.trim() === '') {
      throw new UserError(
        `${name}: the PDF has no text layer (${doc.numPages === 1 ? 'its page is an image' : `its ${doc.numPages} pages are images`}: a scan?); mandates does not do OCR: import the document's .docx or web page, or run OCR first`,
      );
    }
    const metadata: { -readonly [K in keyof SourceMetadata]?: string } = {};
    const info = (await doc.getMetadata().catch(() => ({ info: undefined }))).info;
    const title = typeof info?.['Title'] === 'string' ? info['Title'].trim() : '';
    if (hanCount(title) >= 6) metadata.title = title;
    return { format: 'pdf', text, metadata, dropped };
  } finally {
    await doc.destroy();
  }
}
