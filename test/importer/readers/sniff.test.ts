import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../src/importer/readers/sniff.js';

const zipWith = (firstName: string, content: string, more = '') => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(firstName.length, 26);
  return Buffer.concat([header, Buffer.from(firstName), Buffer.from(content), Buffer.from(more)]);
};

describe('sniffFormat', () => {
  it('tells the containers apart by their bytes', () => {
    expect(sniffFormat(zipWith('[Content_Types].xml', '<Types/>', 'word/document.xml'))).toBe('docx');
    expect(sniffFormat(zipWith('mimetype', 'application/vnd.oasis.opendocument.text'))).toBe('odt');
    expect(sniffFormat(zipWith('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toBe('zip');
    expect(sniffFormat(zipWith('META-INF/manifest.xml', 'x', 'content.xml application/vnd.oasis.opendocument.text'))).toBe('odt');
    expect(sniffFormat(zipWith('xl/workbook.xml', ''))).toBe('zip');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(Buffer.concat([ole, Buffer.alloc(64), Buffer.from('WordDocument', 'utf16le')]))).toBe('doc');
    expect(sniffFormat(Buffer.concat([ole, Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]))).toBe('encrypted-office');
    expect(sniffFormat(Buffer.concat([ole, Buffer.alloc(64), Buffer.from('Workbook', 'utf16le')]))).toBe('ole');
    expect(sniffFormat(Buffer.from('%PDF-1.7\n%\u00e2\u00e3'))).toBe('pdf');
    expect(sniffFormat(Buffer.from('\r\n%PDF-1.4\n'))).toBe('pdf');
  });

  it('tells a page from text by its markup, whatever the charset', () => {
    expect(sniffFormat(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('\ufeff  <html lang="zh">'))).toBe('html');
    expect(sniffFormat(Buffer.from('<!-- saved from url=(0040)http://www.gov.cn/ -->\n<HTML><HEAD>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<div class="TRS_Editor"><p>一、</p></div>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('\ufeff<html>', 'utf16le'))).toBe('html');
    expect(sniffFormat(Buffer.from('商务部关于印发……的通知\n一、承担<部机关>后勤服务保障工作。'))).toBe('txt');
    expect(sniffFormat(Buffer.from('<p>这是引用</p>只是文字'))).toBe('html');
    expect(sniffFormat(Buffer.from('《商务部主要职责内设机构和人员编制规定》'))).toBe('txt');
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('binary');
  });
});

/** A zip local header whose first entry is `name`, with an extra field of `extra` bytes before the data. */
const zipEntry = (name: string, data: string, extra = 0) => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(extra, 28);
  return Buffer.concat([header, Buffer.from(name), Buffer.alloc(extra, 0x55), Buffer.from(data)]);
};

describe('sniffFormat on the shapes saved files really have', () => {
  it('reads an OpenDocument mimetype entry after an extra field, and takes a Writer template (.ott) for text', () => {
    // Tools that rezip an .odt (zip -X off, Info-ZIP) add extra fields, time stamps and Unix ids, to every entry.
    expect(sniffFormat(zipEntry('mimetype', 'application/vnd.oasis.opendocument.text', 28))).toBe('odt');
    expect(sniffFormat(zipEntry('mimetype', 'application/vnd.oasis.opendocument.text-template', 9))).toBe('odt');
    expect(sniffFormat(zipEntry('mimetype', 'application/vnd.oasis.opendocument.presentation', 28))).toBe('zip');
    // An OpenDocument text whose mimetype entry was not kept first is still found by its names...
    expect(sniffFormat(zipEntry('META-INF/manifest.xml', 'application/vnd.oasis.opendocument.text', 0))).toBe('zip');
    expect(sniffFormat(zipEntry('META-INF/manifest.xml', 'content.xml', 0))).toBe('zip');
    // ...and a .docx whose document part is not its first entry is still a .docx.
    expect(sniffFormat(zipEntry('docProps/app.xml', '<Properties/>word/document.xml'))).toBe('docx');
    expect(sniffFormat(zipEntry('word/document.xm', ''))).toBe('zip');
  });

  it('finds %PDF- only within the first kilobyte, and a zip or OLE2 file only by its whole magic number', () => {
    expect(sniffFormat(Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from('%PDF-1.4\n')]))).toBe('pdf');
    expect(sniffFormat(Buffer.concat([Buffer.from('说明：'), Buffer.alloc(1100, 0x20), Buffer.from('%PDF-1.4 is quoted here')]))).toBe('txt');
    expect(sniffFormat(Buffer.from('%PDF1.4\n%%EOF'))).toBe('txt');
    // PK followed by something else (a text that happens to start with PK) is not a zip.
    expect(sniffFormat(Buffer.from('PK\u0003 ist kein Zip'))).toBe('txt');
    expect(sniffFormat(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0x00]), Buffer.from('WordDocument', 'utf16le')]))).toBe('binary');
    // An OLE2 directory names its streams in UTF-16: the name in ASCII is not a Word stream.
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat(Buffer.concat([ole, Buffer.alloc(8), Buffer.from('WordDocument EncryptedPackage')]))).toBe('ole');
    expect(sniffFormat(Buffer.concat([ole, Buffer.alloc(8), Buffer.from('WordDocumen', 'utf16le')]))).toBe('ole');
  });

  it('tells binary data from text by NULs and control characters, not by a few escapes or form feeds', () => {
    expect(sniffFormat(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00]))).toBe('binary');
    // Control characters in more than a tenth of the bytes, and no NUL: still not text.
    expect(sniffFormat(Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008abcdefghij'))).toBe('binary');
    expect(sniffFormat(Buffer.from('\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016abcdefghij'))).toBe('binary');
    expect(sniffFormat(Buffer.from('\u001f\u001f\u001f\u001f\u001f\u001f\u001f\u001f\u001fabcdefghij'))).toBe('binary');
    // Tabs, line breaks, form feeds (a page break in a text export) and ANSI escapes are text.
    expect(sniffFormat(Buffer.from('一、\t承担\r\n二、\f承担\u000b\u001b[0m\n'))).toBe('txt');
    expect(sniffFormat(Buffer.from('一、承担服务\u0008'))).toBe('txt');
    expect(sniffFormat(Buffer.from('\u001b\u001b\u001b\u001b\u001b\u001b\u001b\u001b\u001bab'))).toBe('txt');
    expect(sniffFormat(Buffer.from(''))).toBe('txt');
    // UTF-16 with a byte-order mark is text (its ASCII has a NUL every other byte).
    expect(sniffFormat(Buffer.from('\ufeff一、承担服务 ABC', 'utf16le'))).toBe('txt');
    expect(sniffFormat(Buffer.from('\ufeff一、承担服务 ABC', 'utf16le').swap16())).toBe('txt');
    expect(sniffFormat(Buffer.from('\ufeff<html><body>一、</body></html>', 'utf16le').swap16())).toBe('html');
    // A JPEG (FF D8, NULs in its header) is binary, though it starts like a UTF-16LE byte-order mark's first byte.
    expect(sniffFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]))).toBe('binary');
    // One NUL among text in the first 4 KiB: UTF-16 without a byte-order mark, or not text at all.
    expect(sniffFormat(Buffer.concat([Buffer.alloc(200, 0x41), Buffer.from([0]), Buffer.alloc(200, 0x41)]))).toBe('binary');
    // Tabs and CRLF line ends, however many, are text (a table pasted as tab-separated lines).
    expect(sniffFormat(Buffer.from('甲\t乙\t丙\r\n\t\t\t\r\n'))).toBe('txt');
    expect(sniffFormat(Buffer.from('一\r\n二\r\n三\r\n'))).toBe('txt');
    // Control characters in exactly a tenth of the bytes are tolerated; more are not.
    expect(sniffFormat(Buffer.from('abcdefghi\u0001'))).toBe('txt');
    expect(sniffFormat(Buffer.from('abcdefgh\u0001\u0001'))).toBe('binary');
    // A NUL past the first 4 KiB (a text file with a stray NUL at its end) does not make it binary.
    expect(sniffFormat(Buffer.concat([Buffer.alloc(5000, 0x41), Buffer.from([0])]))).toBe('txt');
  });

  it('takes markup for a page only where a tag opens the text, and a fragment only with page tags in it', () => {
    expect(sniffFormat(Buffer.from('\ufeff<HTML>\n<BODY>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<htmlx>一、'))).toBe('txt');
    expect(sniffFormat(Buffer.from('<!doctype   html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><root/>'))).toBe('txt');
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(sniffFormat(Buffer.from('<table><tr><td>一、承担</td></tr></table>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<span>一</span>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<font size=3>一、</font>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<center>\n<br>'))).toBe('html');
    // A text opening with a comment or a rarer tag is a page only with a page tag in it.
    expect(sniffFormat(Buffer.from('<!-- 摘自国务院公报 -->\n一、承担服务'))).toBe('txt');
    expect(sniffFormat(Buffer.from('<!-- saved -->\n<body>一、'))).toBe('html');
    expect(sniffFormat(Buffer.from('<section>一、</section>'))).toBe('txt');
    expect(sniffFormat(Buffer.from('<article>\n<meta charset="gbk">'))).toBe('html');
    expect(sniffFormat(Buffer.from('<title>通知</title>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<P>一、</P>'))).toBe('html');
    // Text that merely mentions a tag or a doctype is text.
    expect(sniffFormat(Buffer.from('一、在网页中使用<html>标签'))).toBe('txt');
    expect(sniffFormat(Buffer.from('网页以<!DOCTYPE html>开头'))).toBe('txt');
    expect(sniffFormat(Buffer.from('说明<div>一、</div>'))).toBe('txt');
    expect(sniffFormat(Buffer.from('\n\n  <html>'))).toBe('html');
    // An XML feed that carries a page far down (RSS with HTML in CDATA) is not a page: only its first kilobyte counts.
    expect(sniffFormat(Buffer.concat([Buffer.from('<?xml version="1.0"?><rss><channel>'), Buffer.alloc(2000, 0x20), Buffer.from('<![CDATA[<html>')]))).toBe('txt');
    expect(sniffFormat(Buffer.from('  \n<pre>一、</pre>'))).toBe('txt');
    // Markup is looked for in the first 8 KiB, after the UTF-8 BOM.
    expect(sniffFormat(Buffer.concat([Buffer.from('\ufeff<section>'), Buffer.alloc(8000, 0x20), Buffer.from('<p>')]))).toBe('html');
    expect(sniffFormat(Buffer.concat([Buffer.from('\ufeff<section>'), Buffer.alloc(9000, 0x20), Buffer.from('<p>')]))).toBe('txt');
  });
});

describe('describeUnreadable', () => {
  it('names each container mandates recognises but cannot read, and what to do about it', async () => {
    const { chooseFormat } = await import('../../../src/importer/readers/read-source.js');
    const refusal = (bytes: Uint8Array) => {
      try {
        chooseFormat(bytes, { name: 'x' });
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    };
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(zipEntry('xl/workbook.xml', ''))).toBe('x: a zip archive that is neither a Word document (.docx) nor an OpenDocument text (.odt)');
    expect(refusal(Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]))).toMatch(/^x: an encrypted \(password-protected\) Office document: open it in Word or WPS, remove the password/u);
    expect(refusal(Buffer.concat([ole, Buffer.from('Workbook', 'utf16le')]))).toBe('x: an Office file that is not a Word document (a spreadsheet or presentation?)');
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('x: binary data, not a notice in a format mandates reads (txt, html, docx, doc, odt, pdf)');
    // UTF-16 without a byte-order mark looks binary; --encoding says it is text.
    expect(chooseFormat(Buffer.from('一、承担', 'utf16le'), { name: 'x', encoding: 'utf-16le' })).toBe('txt');
    expect(chooseFormat(Buffer.from('%PDF-1.4'), { name: 'x', from: 'txt' })).toBe('txt');
  });
});
