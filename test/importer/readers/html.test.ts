// The HTML reader on pages in the shapes government sites and Wikisource
// print. The fixtures in test/fixtures/import/html/ are made by
// make-fixtures.py there (which says how each page is built).
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/importer/notice.js';
import { readSource } from '../../../src/importer/readers/read-source.js';
import type { SourceText } from '../../../src/importer/readers/types.js';
import { hasSeed, seedBytes } from '../../helpers/seed.js';
import { seedAsGovCnPage, seedParagraphs } from '../../helpers/seed-formats.js';
import { parseCorpusText } from '../../../src/corpus/parse.js';
import type { DocumentFile } from '../../../src/corpus/format.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const fixtureBytes = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const read = (bytes: Uint8Array | string, extra: { encoding?: string } = {}): Promise<SourceText> =>
  readSource(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { name: 'page.html', decoder: iconv, ...extra });
const importOf = (text: string) => importNotice(text, { initials }).document;
const bundled = parseCorpusText(readFileSync(new URL('../../../corpus/sbf-2003-9.yaml', import.meta.url), 'utf8'), 'b')[0]!.doc;
const withoutUnitNotes = (doc: DocumentFile): DocumentFile => ({ ...doc, units: doc.units.map(({ notes: _n, ...u }) => u) });

/** The text with every blank run made one space: the reader keeps indentation, the comparison need not. */
const lines = (text: string) => text.split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+/gu, ' ').trim());

describe('HTML reader', () => {
  it('reads a gov.cn 政府信息公开 page in GB2312: metadata table, title above the article, text, furniture dropped', async () => {
    const source = await read(fixtureBytes('html/gov-sanding-gb2312.html'));
    expect(source.format).toBe('html');
    expect(source.encoding).toBe('gb18030');
    expect(source.metadata).toEqual({
      indexNumber: '000014349/2008-00095',
      subject: '综合政务\\机构设置',
      issuer: '国务院办公厅',
      dateText: '2008年07月11日',
      title: '商务部主要职责内设机构和人员编制规定',
      number: '国办发〔2008〕77号',
    });
    const txt = readFileSync(new URL('../../fixtures/import/sanding.txt', import.meta.url), 'utf8');
    // Every paragraph of the notice, in order, and nothing else (blank lines between sections aside).
    expect(lines(source.text)).toEqual(lines(txt).filter((l) => l !== ''));
    // Indentation survives in all three shapes the page uses (text-indent, &nbsp;, ideographic spaces).
    expect(source.text.split('\n').slice(1).every((l) => /^[\u00a0\u3000]/u.test(l))).toBe(true);
    expect(source.dropped).toEqual([
      '首页', '国务院', '政策', '互动', '服务', '数据',
      '当前位置：首页 > 政府信息公开专栏 > 机构职能',
      '国务院关于机构设置的通知',
      '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知',
    ]);
    // The same document as the clean text copy.
    expect(importOf(source.text)).toEqual(importOf(txt));
  });

  it('detects Big5 in a page that declares no charset, reads label/value list items, keeps <br> lines', async () => {
    const source = await read(fixtureBytes('html/gazette-big5.html'));
    expect(source.encoding).toBe('big5');
    expect(source.metadata).toEqual({ issuer: '國務院辦公廳', number: '國辦發〔2008〕77號', dateText: '2008-07-11' });
    const txt = readFileSync(new URL('../../fixtures/import/sanding-traditional.txt', import.meta.url), 'utf8').replace(/〇/gu, '○');
    expect(lines(source.text)).toEqual(lines(txt).filter((l) => l !== ''));
    expect(source.dropped).toEqual(['首頁 | 公報 | 檢索']);
    expect(importOf(source.text)).toEqual(importOf(txt));
  });

  it('reads a Wikisource page: no [编辑] links, no previous/next header, no categories or footer', async () => {
    const source = await read(fixtureBytes('html/wikisource-sanding.html'));
    expect(source.encoding).toBe('utf-8');
    const txt = readFileSync(new URL('../../fixtures/import/sanding.txt', import.meta.url), 'utf8');
    expect(lines(source.text)).toEqual(lines(txt).filter((l) => l !== ''));
    expect(source.text).not.toContain('编辑');
    expect(source.dropped).toContain('[编辑]');
    expect(source.dropped).toEqual(expect.arrayContaining(['←1998年', '商务部主要职责内设机构和人员编制规定', '中华人民共和国国务院办公厅', '2008年7月11日', '2018年→']));
    expect(source.dropped).toContain('本页面最后修订于2023年5月1日 (星期一) 08:00。');
    // The licence line is boilerplate: dropped without a report (it reads like prose, and would be a warning).
    expect(source.dropped.some((l) => l.includes('知识共享'))).toBe(false);
    expect(importOf(source.text)).toEqual(importOf(txt));
  });

  it.skipIf(!hasSeed)('imports the seed from a gov.cn 政策文件库 page to the bundled corpus', async () => {
    const page = seedAsGovCnPage(seedParagraphs(seedBytes.toString('utf8')));
    const source = await read(page);
    expect(source.metadata).toEqual({ title: seedParagraphs(seedBytes.toString('utf8'))[0], issuer: '商务部', number: '商办发〔2003〕9号', subject: '综合政务\\机构设置', dateText: '2003年06月26日' });
    expect(source.dropped).toEqual([
      '首页', '政策', '政策文件库', '首页 > 政策 > 政策文件库',
    ]);
    expect(withoutUnitNotes(importOf(source.text))).toEqual(withoutUnitNotes(bundled));
    // The same page in GBK, told by its declaration, reads the same (GBK has no no-break space: the page writes &nbsp;).
    const gbkPage = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">').replace(/\u00a0/gu, '&nbsp;');
    const gbk = iconv.encode(gbkPage, 'gbk');
    const fromGbk = await read(gbk);
    expect(fromGbk.encoding).toBe('gb18030');
    expect(fromGbk.text).toBe(source.text);
  });

  it('reads an old table-layout gazette page: the title broken by <br> is one line, the number under it is kept', async () => {
    const source = await read(fixtureBytes('html/gongbao-table-layout.html'));
    expect(source.text.split('\n').slice(0, 4)).toEqual([
      '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知',
      '国办发〔2008〕77号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '　　《商务部主要职责内设机构和人员编制规定》已经国务院批准，现予印发。',
    ]);
    expect(source.dropped).toEqual(['首页 | 政务公开 | 办事服务', '本期目录', '上期目录', '您的位置：首页 >> 国务院公报']);
    const { document } = importNotice(source.text, { initials });
    expect([document.number, document.issuer, document.date, document.title]).toEqual([
      '国办发〔2008〕77号', '国务院办公厅', '2008-07-11', '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知',
    ]);
    expect(document.units.map((u) => [u.id, u.name, u.parent ?? null])).toEqual([['swb', '商务部', null], ['bgt', '办公厅', 'swb']]);
  });

  it('keeps a table inside the article as lines, one row a line', async () => {
    const page = `<html><head><meta charset="utf-8"><title>t</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="article"><h1>某某中心主要职能</h1>
<p>一、承担本部委托的各项服务保障工作，与机关签订并履行服务合同。</p>
<table><tr><td>序号</td><td>事项名称</td></tr><tr><td>1</td><td>机关后勤服务管理工作</td></tr></table>
<p>二、承办本部交办的其他事项。</p></div></body></html>`;
    const source = await read(page);
    expect(source.text.split('\n')).toEqual([
      '某某中心主要职能',
      '一、承担本部委托的各项服务保障工作，与机关签订并履行服务合同。',
      '序号\u3000事项名称',
      '1\u3000机关后勤服务管理工作',
      '二、承办本部交办的其他事项。',
    ]);
    expect(source.dropped).toEqual(['首页']);
  });

  it('drops link lists even when the page puts its text straight into <body>, and keeps a short notice that quotes labels', async () => {
    const page = `<html><head><meta charset="utf-8"><title>某某中心主要职能</title></head><body>
<ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bszn/">办事指南</a></li></ul>
<p>某某中心主要职能</p>
<p>发布机关：某某部</p>
<p>发布日期：2010年1月5日</p>
<p>一、承担本部委托的各项服务保障工作，与机关签订并履行服务合同。</p>
<p>二、承办本部交办的其他事项。</p>
<p><a href="/a.htm">上一篇：某某规定</a> <a href="/b.htm">下一篇：某某办法</a></p>
</body></html>`;
    const source = await read(page);
    expect(source.text.split('\n')).toEqual([
      '某某中心主要职能',
      '发布机关：某某部',
      '发布日期：2010年1月5日',
      '一、承担本部委托的各项服务保障工作，与机关签订并履行服务合同。',
      '二、承办本部交办的其他事项。',
    ]);
    expect(source.metadata).toEqual({});
    expect(source.dropped).toEqual(['首页', '政务公开', '办事指南']);
  });

  it('reads a copied fragment without <html>, and joins lines the page source broke between two ideographs', async () => {
    const source = await read('<div><p>一、负责机关日常运转\n      工作，承担信息、安全工作。</p><p>二、承办交办的其他事项。</p></div>');
    expect(source.text).toBe('一、负责机关日常运转工作，承担信息、安全工作。\n二、承办交办的其他事项。');
  });

  it('follows --encoding over the page declaration', async () => {
    const page = iconv.encode('<html><head><meta charset="utf-8"></head><body><p>一、承辦交辦的其他事項。</p></body></html>', 'big5');
    expect((await read(page, { encoding: 'big5' })).text).toBe('一、承辦交辦的其他事項。');
    // Declared UTF-8 but saved in another encoding (common on old sites): detection takes over.
    const lying = iconv.encode('<html><head><meta charset="utf-8"></head><body><p>一、承辦交辦的其他事項，負責機關日常運轉工作。</p></body></html>', 'big5');
    const detected = await read(lying);
    expect(detected.encoding).toBe('big5');
    expect(detected.text).toBe('一、承辦交辦的其他事項，負責機關日常運轉工作。');
  });
});
