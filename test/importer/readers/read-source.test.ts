// Which reader a notice's bytes go to: the one its bytes show, the one
// --from names, text when --encoding says binary-looking bytes are text,
// and one line for a container mandates cannot read.
import iconv from 'iconv-lite';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { chooseFormat, readSource } from '../../../src/importer/readers/read-source.js';
import { docx, odt, wp } from '../../helpers/office-build.js';

const NOTICE = '一、承担部机关后勤服务保障工作。\n二、完成部领导交办的其他事项。';

describe('readSource', () => {
  it('reads each format its bytes show', async () => {
    const of = async (bytes: Uint8Array) => {
      const s = await readSource(bytes, { name: 'n', decoder: iconv });
      return [s.format, s.encoding, s.text];
    };
    expect(await readSource(Buffer.from(NOTICE), { name: 'n', decoder: iconv })).toEqual({ format: 'txt', encoding: 'utf-8', text: NOTICE, metadata: {}, dropped: [] });
    expect(await of(iconv.encode(NOTICE, 'gb18030'))).toEqual(['txt', 'gb18030', NOTICE]);
    expect(await of(Buffer.from(`<html><body><p>一、承担部机关后勤服务保障工作。</p></body></html>`))).toEqual(['html', 'utf-8', '一、承担部机关后勤服务保障工作。']);
    expect(await of(docx(wp('一、承担工作。')))).toEqual(['docx', undefined, '一、承担工作。']);
    expect(await of(odt('<text:p>一、承担工作。</text:p>'))).toEqual(['odt', undefined, '一、承担工作。']);
  });

  it('reads the bytes as the format --from names, whatever they look like', async () => {
    const markup = Buffer.from('<p>一、承担工作。</p>');
    const s = await readSource(markup, { name: 'n', decoder: iconv, from: 'txt' });
    expect([s.format, s.text]).toEqual(['txt', '<p>一、承担工作。</p>']);
    expect(chooseFormat(markup, { name: 'n', from: 'html' })).toBe('html');
    expect(chooseFormat(markup, { name: 'n' })).toBe('html');
  });

  it('reads UTF-16 without a byte-order mark as text when --encoding names it, and refuses it as binary otherwise', async () => {
    const bytes = Buffer.from(NOTICE, 'utf16le');
    const s = await readSource(bytes, { name: 'n.txt', decoder: iconv, encoding: 'utf-16le' });
    expect([s.format, s.text]).toEqual(['txt', NOTICE]);
    expect(() => chooseFormat(bytes, { name: 'n.txt' })).toThrow(UserError);
    expect(() => chooseFormat(bytes, { name: 'n.txt' })).toThrow(/^n\.txt: binary data, not a notice in a format mandates reads \(txt, html, docx, doc, odt, pdf\)$/u);
  });

  it('refuses a container it cannot read in one line, naming it', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    await expect(readSource(xlsx, { name: '职能.xlsx', decoder: iconv })).rejects.toThrow(/^职能\.xlsx: a zip archive that is neither a Word document \(\.docx\) nor an OpenDocument text \(\.odt\)$/u);
    // --encoding does not make a zip text.
    expect(() => chooseFormat(xlsx, { name: 'a.zip', encoding: 'gbk' })).toThrow(/^a\.zip: a zip archive/u);
  });

  it('accepts with --from the six formats it reads, in the order help lists them', async () => {
    // A copy of the module of its own (a new query makes a new one), evaluated as a new process would.
    const fresh = `${new URL('../../../src/importer/readers/formats.ts', import.meta.url).pathname}?fresh=${Date.now()}${Math.floor(Math.random() * 1e9)}`;
    const { SOURCE_FORMATS } = (await import(/* @vite-ignore */ fresh)) as typeof import('../../../src/importer/readers/formats.js');
    expect(SOURCE_FORMATS).toEqual(['txt', 'html', 'docx', 'doc', 'odt', 'pdf']);
  });
});
