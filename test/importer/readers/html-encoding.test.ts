// How the HTML reader finds a saved page's encoding: a BOM, then what the page
// declares (under the many names sites write), then detection (UTF-8, else
// GB18030 or Big5, whichever reads as ordinary Chinese).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/importer/readers/html.js';
import { UserError } from '../../../src/errors.js';

const read = (bytes: Uint8Array | string, encoding?: string) =>
  readHtml(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { name: 'page.html', decoder: iconv, encoding });

const DUTY = '一、负责机关日常运转工作，承担信息、安全、保密、信访等工作。';
const DUTY_TRAD = '一、負責機關日常運轉工作，承擔信息、安全、保密、信訪等工作。';
const pageWith = (meta: string, text: string) => `<html><head>${meta}<title>x</title></head><body><p>${text}</p></body></html>`;
/** The text as numeric character references: some sites escape every ideograph, leaving the bytes ASCII. */
const asEntities = (text: string) => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');

describe('HTML encodings', () => {
  it('reads the charset a page declares under each name sites use for GB2312/GBK/GB18030, Big5 and UTF-8', () => {
    const names: [string, string][] = [
      ...['gb2312', 'GB2312', 'gb_2312-80', 'gb_2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'iso-ir-58'].map((n): [string, string] => [n, 'gb18030']),
      ...['big5', 'BIG5', 'big5-hkscs', 'x-x-big5', 'cn-big5', 'csbig5', 'cp950'].map((n): [string, string] => [n, 'big5']),
      ...['utf-8', 'UTF-8', 'utf8', 'unicode-1-1-utf-8'].map((n): [string, string] => [n, 'utf-8']),
    ];
    for (const [name, encoding] of names) {
      // The page's ideographs as character references: the bytes read the same in any of these, so the declaration decides.
      const source = read(pageWith(`<meta charset="${name}">`, asEntities(DUTY)));
      expect([name, source.encoding, source.text]).toEqual([name, encoding, DUTY]);
      const httpEquiv = read(pageWith(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=${name}">`, asEntities(DUTY)));
      expect([name, httpEquiv.encoding]).toEqual([name, encoding]);
    }
  });

  it('reads the declaration however it is written: quoted, spaced, upper case, in http-equiv', () => {
    const gbk = (meta: string) => read(iconv.encode(pageWith(meta, DUTY), 'gbk'));
    for (const meta of [
      '<meta charset=" GBK ">',
      `<meta charset="'gbk'">`,
      '<meta http-equiv="content-type" content="text/html; charset=gb2312">',
      '<meta http-equiv="Content-Type" content="text/html;charset = \'gb2312\'">',
      '<meta http-equiv="CONTENT-TYPE" content="text/html; CHARSET=GBK">',
      '<meta name="keywords" content="机构职能"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    ]) {
      const source = gbk(meta);
      expect([meta, source.encoding, source.text]).toEqual([meta, 'gb18030', DUTY]);
    }
    // Blanks around the = (the ideographs as references, so only the declaration can say GBK).
    expect(read(pageWith('<meta http-equiv="Content-Type" content="text/html; charset =  gbk">', asEntities(DUTY))).encoding).toBe('gb18030');
    // A Content-Type without a charset says nothing: the page is detected.
    expect(read(pageWith('<meta http-equiv="Content-Type" content="text/html">', asEntities(DUTY))).encoding).toBe('utf-8');
    // Another http-equiv's content that mentions a charset is not a declaration.
    expect(read(pageWith('<meta http-equiv="Content-Language" content="charset=big5">', asEntities(DUTY))).encoding).toBe('utf-8');
    // A declaration in the body's text is not one either.
    expect(read(`<html><head></head><body><p>${DUTY}</p><pre>&lt;meta charset="big5"&gt;</pre></body></html>`).encoding).toBe('utf-8');
  });

  it('follows a declared charset it knows beyond the Chinese ones, and detects when the name is unknown', () => {
    const latin = read(iconv.encode('<html><head><meta charset="windows-1252"></head><body><p>Résumé</p></body></html>', 'win1252'));
    expect([latin.encoding, latin.text]).toEqual(['windows-1252', 'Résumé']);
    const unknown = read(iconv.encode(pageWith('<meta charset="x-mac-chinesesimp-unheard-of">', DUTY), 'gbk'));
    expect([unknown.encoding, unknown.text]).toEqual(['gb18030', DUTY]);
  });

  it('detects when the declaration is wrong: a UTF-8 page still declaring GB2312, a GBK page declaring UTF-8 or Big5', () => {
    const moved = read(pageWith('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', DUTY));
    expect([moved.encoding, moved.text]).toEqual(['utf-8', DUTY]);
    const gbkSaidUtf8 = read(iconv.encode(pageWith('<meta charset="utf-8">', DUTY), 'gbk'));
    expect([gbkSaidUtf8.encoding, gbkSaidUtf8.text]).toEqual(['gb18030', DUTY]);
    const gbkSaidBig5 = read(iconv.encode(pageWith('<meta charset="big5">', DUTY), 'gbk'));
    expect([gbkSaidBig5.encoding, gbkSaidBig5.text]).toEqual(['gb18030', DUTY]);
  });

  it('detects GB18030 and Big5 in pages that declare nothing, simplified and traditional', () => {
    const gbk = read(iconv.encode(pageWith('', DUTY), 'gbk'));
    expect([gbk.encoding, gbk.text]).toEqual(['gb18030', DUTY]);
    const gbkTrad = read(iconv.encode(pageWith('', DUTY_TRAD), 'gbk'));
    expect([gbkTrad.encoding, gbkTrad.text]).toEqual(['gb18030', DUTY_TRAD]);
    const big5 = read(iconv.encode(pageWith('', DUTY_TRAD), 'big5'));
    expect([big5.encoding, big5.text]).toEqual(['big5', DUTY_TRAD]);
    // Text whose bytes read as ideographs in both (no punctuation to give either away): the reading with the more common characters wins.
    const bothBig5 = read(iconv.encode(pageWith('', '負責統籌組織監督管理機關業務'), 'big5'));
    expect([bothBig5.encoding, bothBig5.text]).toEqual(['big5', '負責統籌組織監督管理機關業務']);
    const bothGbk = read(iconv.encode(pageWith('', '国家部门的主要工作'), 'gbk'));
    expect([bothGbk.encoding, bothGbk.text]).toEqual(['gb18030', '国家部门的主要工作']);
    // A page that is plain ASCII (every ideograph a reference) is UTF-8.
    expect(read(pageWith('', asEntities(DUTY))).encoding).toBe('utf-8');
  });

  it('a byte-order mark wins over any declaration', () => {
    const page = pageWith('<meta charset="gbk">', DUTY);
    const bom8 = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)]));
    expect([bom8.encoding, bom8.text]).toEqual(['utf-8-bom', DUTY]);
    const le = read(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page, 'utf-16le')]));
    expect([le.encoding, le.text]).toEqual(['utf-16le', DUTY]);
    const be = read(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(page, 'utf-16be')]));
    expect([be.encoding, be.text]).toEqual(['utf-16be', DUTY]);
  });

  it('a page in neither UTF-8, GB18030 nor Big5 is one clear error', () => {
    const latin = iconv.encode('<html><body><p>Café, résumé, naïve, déjà vu, São Paulo.</p></body></html>', 'latin1');
    expect(() => read(latin)).toThrow(UserError);
    expect(() => read(latin)).toThrow('page.html: the page is neither UTF-8, GB18030 nor Big5 text; give its encoding with --encoding NAME');
    // Told the encoding, it reads.
    expect(read(latin, 'latin1').text).toBe('Café, résumé, naïve, déjà vu, São Paulo.');
  });
});
