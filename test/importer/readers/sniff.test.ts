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
