/**
 * Which reader a notice needs, told from its first bytes rather than its name:
 * saved attachments lose or change their extensions (通知.doc that is really a
 * .docx, 下载.htm, a PDF named .do), and standard input has no name at all.
 * Pure and dependency-free, so `import` pays for a reader only once it knows
 * which one.
 */
import type { SourceFormat } from './types.js';

/** What the bytes are: a format we read, or a container we recognise but cannot read. */
export type Sniffed =
  | SourceFormat
  /** A zip that is neither a Word document nor an OpenDocument text (xlsx, pptx, ods, a plain archive). */
  | 'zip'
  /** An OLE2 file holding an encrypted Office document (a password-protected .docx or .doc). */
  | 'encrypted-office'
  /** An OLE2 file that is not a Word document (.xls, .ppt, .msg). */
  | 'ole'
  /** Binary data of no kind we know (an image, an executable…). */
  | 'binary';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first!, from); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));

/**
 * A zip's entry names are stored uncompressed in its local headers and its
 * central directory, so finding a name needs no unzipping. An OpenDocument
 * file must begin with an uncompressed `mimetype` entry (ODF 1.2 §3.3), but
 * tools that rezip one do not always keep it first: the name is searched for too.
 */
function sniffZip(bytes: Uint8Array): Sniffed {
  if (indexOfBytes(bytes, ascii('word/document.xml')) >= 0) return 'docx';
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  const firstName = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + nameLength));
  if (firstName === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    const mime = new TextDecoder('latin1').decode(bytes.subarray(start, start + ODT_MIME.length + 10));
    // .ott (a template) and .odt share the text prefix; .ods/.odp do not.
    if (mime.startsWith(ODT_MIME)) return 'odt';
    return 'zip';
  }
  if (indexOfBytes(bytes, ascii(ODT_MIME)) >= 0 && indexOfBytes(bytes, ascii('content.xml')) >= 0) return 'odt';
  return 'zip';
}

/**
 * An OLE2 compound file: a Word 97–2003 document has a `WordDocument`
 * stream; an encrypted OOXML file (Office's "Encrypt with password") is an
 * OLE2 file with `EncryptionInfo` and `EncryptedPackage` streams. Directory
 * entry names are UTF-16LE.
 */
function sniffOle(bytes: Uint8Array): Sniffed {
  if (indexOfBytes(bytes, utf16le('EncryptedPackage')) >= 0) return 'encrypted-office';
  if (indexOfBytes(bytes, utf16le('WordDocument')) >= 0) return 'doc';
  return 'ole';
}

/** Leading bytes of text that is (probably) markup: the first non-blank thing is a tag, a doctype or a comment. */
function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^[\ufeff\s]+/u, '').slice(0, 1024).toLowerCase();
  if (/^<!doctype\s+html/u.test(start) || /^<html[\s>]/u.test(start)) return true;
  if (start.startsWith('<?xml') && start.includes('<html')) return true;
  // A fragment (a copied <div> or <table>…) or a page after a leading comment (<!-- saved from url=… -->).
  if (/^<(?:!--|head|body|meta|title|div|p|table|section|article|span|font|center)[\s>/]/u.test(start)) {
    return /<\/?(?:html|head|body|div|p|table|br|meta|title|span|td|font)[\s>/]/u.test(head.toLowerCase());
  }
  return false;
}

/** Text encodings leave no NULs in the first kilobytes (UTF-16 has a BOM, and is handled by the text reader). */
function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** The format the bytes are in. */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP_MAGIC)) return sniffZip(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return sniffOle(bytes);
  // %PDF- may follow a little junk (some servers prepend a BOM or blank lines): the spec allows it within the first 1024 bytes.
  const pdfAt = indexOfBytes(bytes.subarray(0, 1024), ascii('%PDF-'));
  if (pdfAt >= 0) return 'pdf';
  if (isBinary(bytes)) return 'binary';
  // Markup is ASCII whatever the page's charset (UTF-16 pages are decoded first).
  let head: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 8192));
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    head = new TextDecoder('latin1').decode(bytes.subarray(bom, 8192));
  }
  return looksLikeHtml(head) ? 'html' : 'txt';
}

/** How each container we cannot read is named in the one-line refusal. */
export function describeUnreadable(kind: Exclude<Sniffed, SourceFormat>): string {
  switch (kind) {
    case 'zip':
      return 'a zip archive that is neither a Word document (.docx) nor an OpenDocument text (.odt)';
    case 'encrypted-office':
      return 'an encrypted (password-protected) Office document: open it in Word or WPS, remove the password, save, and import that file';
    case 'ole':
      return 'an Office file that is not a Word document (a spreadsheet or presentation?)';
    case 'binary':
      return 'binary data, not a notice in a format mandates reads (txt, html, docx, doc, odt, pdf)';
  }
}
