// Notices arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or
// GB18030/GBK from Chinese Windows and government sites; the bytes say which.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeNotice } from '../../src/importer/encoding.js';

const notice = '　　一、负责拟订甲类业务的发展规划（试行），统一管理。\n　　二、承办部交办的其他事项。\n示范部\n二〇〇八年七月十一日\n';
const gbk = (text: string) => iconv.encode(text, 'gbk');
const gb18030 = (text: string) => iconv.encode(text, 'gb18030');
const bytes = (...parts: (number[] | Buffer)[]) => Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p)));
const decode = (b: Uint8Array, encoding?: string) => decodeNotice(b, 'notice.txt', iconv, encoding);

describe('detecting a notice’s encoding', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decode(Buffer.from(notice))).toEqual({ text: notice, encoding: 'utf-8' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], Buffer.from(notice)))).toEqual({ text: notice, encoding: 'utf-8-bom' });
    // A second mark right after the first is text, not a mark, and is kept.
    expect(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], Buffer.from('甲')))).toEqual({ text: '\ufeff甲', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 in either byte order from its byte-order mark', () => {
    const le = bytes([0xff, 0xfe], Buffer.from(notice, 'utf16le'));
    const be = bytes([0xfe, 0xff], Buffer.from(notice, 'utf16le').swap16());
    expect(decode(le)).toEqual({ text: notice, encoding: 'utf-16le' });
    expect(decode(be)).toEqual({ text: notice, encoding: 'utf-16be' });
  });

  it('reads GBK and GB18030 bytes, as Chinese Windows saves them: CRLF, ideographic spaces, full-width punctuation', () => {
    const windows = notice.replace(/\n/g, '\r\n');
    expect(decode(gbk(windows))).toEqual({ text: windows, encoding: 'gb18030' });
    expect(decode(gb18030(notice))).toEqual({ text: notice, encoding: 'gb18030' });
  });

  it.each([
    ['circled numbers', '①负责甲工作；②负责乙工作。'],
    ['the letter ○ printed for 〇', '二○○八年七月十一日'],
    ['a middle dot between names', '商务部·办公厅'],
    ['an em dash and a tab', '附件—\t名单'],
    ['ASCII digits and spaces', '2008 年 7 月 11 日'],
    ['no-break spaces', '甲\u00a0\u00a0中心'],
    ['一 as most of a line', '一、统一'],
    ['ideographic spaces', '\u3000\u3000甲中心'],
  ])('takes GB18030 text with %s for Chinese text', (_what, text) => {
    expect(decode(gb18030(text))).toEqual({ text, encoding: 'gb18030' });
  });

  it('believes GB18030 text with one character in twenty that Chinese text seldom has, not two', () => {
    const nineteen = '负责第类医疗器械的审批和监督管理工作组';
    expect([...nineteen]).toHaveLength(19);
    expect(decode(gb18030(`${nineteen}Ⅱ`)).encoding).toBe('gb18030');
    expect(() => decode(gb18030(`${nineteen.slice(1)}ⅡⅢ`))).toThrow('notice.txt: neither UTF-8 nor GB18030 Chinese text; give its encoding with --encoding NAME (e.g. big5)');
  });

  it('refuses bytes that decode to no Chinese, or that stop in the middle of a character', () => {
    const refused = 'notice.txt: neither UTF-8 nor GB18030 Chinese text; give its encoding with --encoding NAME (e.g. big5)';
    expect(() => decode(gb18030('（１）：'))).toThrow(refused);
    expect(() => decode(bytes(gbk('　　一、负责拟订甲类业务的发展规划和政策措施，统一管理全国的甲类业务工作，承办部交办的其他事项。'), [0x81]))).toThrow(refused);
    expect(() => decode(iconv.encode('この文書は日本語で書かれています。', 'euc-jp'))).toThrow(refused);
  });

  it('takes no text for a byte-order mark that only begins like one', () => {
    // 仿 is E4 BB BF in UTF-8; 政 and 二 are D5 FE and B6 FE in GBK.
    expect(decode(Buffer.from('仿宋体排印的通知'))).toEqual({ text: '仿宋体排印的通知', encoding: 'utf-8' });
    expect(decode(gbk('政府信息公开指南'))).toEqual({ text: '政府信息公开指南', encoding: 'gb18030' });
    expect(decode(gbk('二、承办部交办的其他事项。'))).toEqual({ text: '二、承办部交办的其他事项。', encoding: 'gb18030' });
  });

  it('refuses binary data and a byte-order mark over bytes that are not UTF-8', () => {
    expect(() => decode(Buffer.from(notice, 'utf16le'))).toThrow('notice.txt: binary data, not a text file (give --encoding if it is UTF-16 without a BOM)');
    // A photo of the notice given by mistake: JPEG opens FF D8, which is no UTF-16 mark.
    const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], Buffer.from('JFIF'), [0x00, 0x01, 0x01]);
    expect(() => decode(jpeg)).toThrow('notice.txt: binary data, not a text file (give --encoding if it is UTF-16 without a BOM)');
    expect(() => decode(bytes([0xef, 0xbb, 0xbf], gbk(notice)))).toThrow('notice.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8');
  });
});

describe('an encoding given with --encoding', () => {
  it('is used as told, named in lower case, with a byte-order mark dropped', () => {
    expect(decode(gbk(notice), 'GBK')).toEqual({ text: notice, encoding: 'gbk' });
    expect(decode(Buffer.from(notice, 'utf16le'), 'UTF-16LE')).toEqual({ text: notice, encoding: 'utf-16le' });
    expect(decode(bytes([0xef, 0xbb, 0xbf], Buffer.from(notice)), 'utf-8')).toEqual({ text: notice, encoding: 'utf-8' });
  });

  it('is refused when the bytes do not decode in it, or when it is unknown', () => {
    expect(() => decode(gbk(notice), 'utf-8')).toThrow(
      'notice.txt: not valid utf-8 (bytes that do not decode); check --encoding, or leave it out to detect UTF-8 and GB18030',
    );
    expect(() => decode(Buffer.from(notice), 'latin-9x')).toThrow('unknown encoding "latin-9x" (try utf-8, gb18030, gbk, big5, utf-16le)');
  });
});
