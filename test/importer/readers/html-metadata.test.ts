// The metadata block Chinese government sites print above an article, in the
// layouts they use (label and value cells of a table, list items, <div> pairs,
// one run of 标题：… 发文机关：… text), read into the document's fields; and
// text that only quotes a label, which is not a metadata block.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/importer/readers/html.js';

const read = (html: string) => readHtml(Buffer.from(html), { name: 'page.html', decoder: iconv });
const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;

const P1 = '一、负责机关日常运转工作，承担信息、安全、保密、信访等工作。';
const P2 = '二、承办本部交办的其他事项，完成领导交办的其他任务。';
const ARTICLE = `<div class="zw"><p>${P1}</p><p>${P2}</p></div>`;
const TITLE = '商务部主要职责内设机构和人员编制规定';
const withBlock = (block: string) => read(page(`${block}${ARTICLE}`));

describe('HTML metadata', () => {
  it('reads gov.cn\'s 政策文件库 table: bare label cells (标　　题) each followed by its value cell', () => {
    const source = withBlock(`<table class="policyLibraryOverview_header"><tbody>
<tr><td class="w-90">标　　题</td><td colspan="3">${TITLE}</td></tr>
<tr><td>发文机关</td><td>国务院办公厅</td><td>发文字号</td><td>国办发〔2008〕77号</td></tr>
<tr><td>主题分类</td><td>综合政务\\机构设置</td><td>成文日期</td><td>2008年07月11日</td></tr>
<tr><td>发布日期</td><td>2008年07月14日</td><td>索 引 号</td><td>000014349/2008-00095</td></tr></tbody></table>`);
    expect(source.metadata).toEqual({
      title: TITLE, issuer: '国务院办公厅', number: '国办发〔2008〕77号', subject: '综合政务\\机构设置', dateText: '2008年07月11日', indexNumber: '000014349/2008-00095',
    });
    // The block is neither the notice's text nor dropped text.
    expect(source.text).toBe(`${TITLE}\n${P1}\n${P2}`);
    expect(source.dropped).toEqual([]);
  });

  it('reads the list and <div> layouts of newer sites, and one run of label：value text', () => {
    const list = withBlock('<ul class="xxgk-info"><li><span>发文机关：</span>国务院办公厅</li><li><span>发文字号：</span><em>国办发〔2008〕77号</em></li><li><strong>成文日期：</strong><span>2008</span>年<span>07</span>月<span>11</span>日</li></ul>');
    expect(list.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕77号', dateText: '2008年07月11日' });
    const divs = withBlock('<div class="info"><div class="row"><div class="label">发布机构</div><div class="value">商务部</div></div><div class="row"><div class="label">文　　号</div><div class="value">商办发〔2003〕9号</div></div></div>');
    expect(divs.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号' });
    const run = withBlock(`<div class="fwxx">标 题：${TITLE}　发文机关：商务部　发文字号：商办发〔2003〕9号　成文日期：2003年06月26日</div>`);
    expect(run.metadata).toEqual({ title: TITLE, issuer: '商务部', number: '商办发〔2003〕9号', dateText: '2003年06月26日' });
    expect(run.text).toBe(`${TITLE}\n${P1}\n${P2}`);
    // A label with its colon in one cell and the value in the next; spans and bold labels; a <dl>.
    const cells = withBlock('<table><tr><td>发文字号：</td><td>国办发〔2008〕77号</td><td><b>成文日期 :</b></td><td>2008-07-11</td></tr></table>');
    expect(cells.metadata).toEqual({ number: '国办发〔2008〕77号', dateText: '2008-07-11' });
    const dl = withBlock('<dl><dt>发文单位</dt><dd>商务部</dd><dt>文件编号</dt><dd>商办发〔2003〕9号</dd></dl>');
    expect(dl.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号' });
    const spans = withBlock('<div class="meta"><span>发布部门：商务部</span> <span>文号：商办发〔2003〕9号</span> <label>主题类别：</label><font>机构设置</font></div>');
    expect(spans.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号', subject: '机构设置' });
  });

  it('knows each label sites print for a field, in simplified and traditional script', () => {
    const labels: [string, string][] = [
      ['标题', 'title'], ['名称', 'title'], ['文件名称', 'title'], ['文件标题', 'title'],
      ['發文機關', 'issuer'], ['发文机关', 'issuer'], ['发布机构', 'issuer'], ['发布机关', 'issuer'], ['发文单位', 'issuer'], ['发布单位', 'issuer'], ['发布部门', 'issuer'], ['颁布单位', 'issuer'], ['制发机关', 'issuer'],
      ['发文字号', 'number'], ['發文字號', 'number'], ['文号', 'number'], ['文件编号', 'number'],
      ['成文日期', 'dateText'], ['成文時間', 'dateText'], ['成文时间', 'dateText'], ['发文日期', 'dateText'],
      ['主题分类', 'subject'], ['主题類別', 'subject'], ['主题类别', 'subject'],
      ['索引号', 'indexNumber'], ['索引號', 'indexNumber'],
    ];
    const other = (field: string) => (field === 'indexNumber' ? ['主题分类', '综合政务', 'subject'] : ['索引号', '000014349/2008-00095', 'indexNumber']);
    for (const [label, field] of labels) {
      const value = field === 'dateText' ? '2008年07月11日' : '国务院办公厅关于印发的通知';
      const [otherLabel, otherValue, otherField] = other(field);
      const expected = { [field]: value, [otherField!]: otherValue };
      // As a bare label cell, and as label：value in one cell, blanks inside the label allowed.
      const table = withBlock(`<table><tr><td>${label}</td><td>${value}</td></tr><tr><td>${otherLabel}</td><td>${otherValue}</td></tr></table>`);
      expect([label, table.metadata]).toEqual([label, expected]);
      const inline = withBlock(`<ul><li>${[...label].join('　')}：${value}</li><li>${otherLabel}：${otherValue}</li></ul>`);
      expect([label, inline.metadata]).toEqual([label, expected]);
    }
  });

  it('labels it keeps nothing from still end the value before them', () => {
    const ignored = ['发布日期', '发布时间', '来源', '公文种类', '文种', '体裁分类', '组配分类', '服务对象', '有效性', '时效性', '实施日期', '废止日期', '生效日期', '信息来源', '发布机构代码', '关键词', '主题词', '统一编号', '统一登记号'];
    for (const label of ignored) {
      const source = withBlock(`<div class="xxgk">发文机关：国务院办公厅　${label}：2008年07月14日　发文字号：国办发〔2008〕77号</div>`);
      expect([label, source.metadata.issuer, source.metadata.number]).toEqual([label, '国务院办公厅', '国办发〔2008〕77号']);
      // As a bare label cell, it takes its value cell with it.
      const table = withBlock(`<table><tr><td>发文机关</td><td>国务院办公厅</td><td>${label}</td><td>有效</td><td>发文字号</td><td>国办发〔2008〕77号</td></tr></table>`);
      expect([label, table.metadata.issuer, table.metadata.number]).toEqual([label, '国务院办公厅', '国办发〔2008〕77号']);
    }
  });

  it('takes the publication date when the page gives no 成文日期, and the first value of a field when the block repeats', () => {
    const published = withBlock('<ul><li>发布机构：商务部</li><li>发布时间：2003-06-30</li></ul>');
    expect(published.metadata).toEqual({ issuer: '商务部', dateText: '2003-06-30' });
    for (const order of [['发布日期：2003-06-30', '成文日期：2003-06-26'], ['成文日期：2003-06-26', '发布日期：2003-06-30']]) {
      const source = withBlock(`<ul><li>发布机构：商务部</li>${order.map((o) => `<li>${o}</li>`).join('')}</ul>`);
      expect(source.metadata).toEqual({ issuer: '商务部', dateText: '2003-06-26' });
    }
    // The desktop and the mobile block of one page: the first value of each field wins, the publication date too.
    const twice = withBlock('<div class="pc"><ul><li>发布机构：商务部</li><li>发布日期：2003-06-30</li></ul></div><p>　</p><div class="m"><ul><li>发布机构：商务部办公厅</li><li>发布日期：2003-07-01</li><li>文号：商办发〔2003〕9号</li></ul></div>');
    expect(twice.metadata).toEqual({ issuer: '商务部', dateText: '2003-06-30', number: '商办发〔2003〕9号' });
  });

  it('pairs a label only with a value: a label followed by another label has none', () => {
    const source = withBlock('<table><tr><td>发文字号</td><td>成文日期</td><td>2008-07-11</td><td>发文机关：</td><td>文号：</td><td>国办发〔2008〕77号</td></tr></table>');
    expect(source.metadata).toEqual({ dateText: '2008-07-11', number: '国办发〔2008〕77号' });
    const inlineNext = withBlock('<table><tr><td>发文机关</td><td>发文字号：国办发〔2008〕77号</td><td>成文日期：</td><td>索引号：000014349/2008-00095</td></tr></table>');
    expect(inlineNext.metadata).toEqual({ number: '国办发〔2008〕77号', indexNumber: '000014349/2008-00095' });
    // The last label of a cell with nothing after it takes the next cell; a label in between with nothing after it has no value.
    const trailing = withBlock('<table><tr><td>发文机关：国务院办公厅　文号：　成文日期：</td><td>2008-07-11</td></tr></table>');
    expect(trailing.metadata).toEqual({ issuer: '国务院办公厅', dateText: '2008-07-11' });
    const trailingThenLabel = withBlock('<table><tr><td>发文机关：国务院办公厅　成文日期：</td><td>文号：国办发〔2008〕77号</td></tr></table>');
    expect(trailingThenLabel.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕77号' });
    // A label cell that says more than the label (发文机关：国务院办公厅) is its own pair, not a bare label.
    const both = withBlock('<table><tr><td>发文机关：国务院办公厅</td><td>发文字号：国办发〔2008〕77号</td><td>备注</td></tr></table>');
    expect(both.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕77号' });
  });

  it('reads a block set in the cell of a layout table, and a cell whose label and value are in separate <span>s', () => {
    const source = withBlock(`<table class="layout"><tr><td><table><tr><td><span>发文机关：</span><span>国务院办公厅</span></td><td><span>发文字号：</span><span>国办发〔2008〕77号</span></td></tr></table></td></tr></table>`);
    expect(source.metadata).toEqual({ issuer: '国务院办公厅', number: '国办发〔2008〕77号' });
    const divSpans = withBlock('<div class="xl-info"><div><span>发文机关：</span><span>国务院办公厅</span></div><div><span>成文日期：</span><span>2008年07月11日</span></div></div>');
    expect(divSpans.metadata).toEqual({ issuer: '国务院办公厅', dateText: '2008年07月11日' });
    // Comments (TRS templates leave old rows commented out) are no cells.
    const commented = withBlock('<table><!-- <tr><td>发文机关：</td><td>旧机关</td></tr> --><tr><td>发文机关：</td><td><!--机关-->国务院办公厅</td></tr><tr><td>发布机构代码：</td><td>11100000000013127D</td><td>发布机构：</td><td>商务部</td></tr></table>');
    expect(commented.metadata).toEqual({ issuer: '国务院办公厅' });
    // Bare text between cells is a cell of its own.
    const bare = withBlock('<div class="fw">发文机关<span>商务部</span>文号<span>商办发〔2003〕9号</span></div>');
    expect(bare.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号' });
  });

  it('takes the smallest element that holds the whole block, and ignores its scripts and styles', () => {
    const source = withBlock(`<div class="outer"><div class="a"><table><tr><td>标题：${TITLE}</td></tr></table></div><div class="b"><table><tr><td>发文机关：商务部</td><td>文号：商办发〔2003〕9号</td></tr></table></div></div>`);
    expect(source.metadata).toEqual({ title: TITLE, issuer: '商务部', number: '商办发〔2003〕9号' });
    expect(source.dropped).toEqual([]);
    const scripted = withBlock('<ul class="info"><script>document.write("发文机关：某某网站")</script><style>.x{}</style><li>发文机关：商务部</li><li>文号：商办发〔2003〕9号</li></ul>');
    expect(scripted.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号' });
  });

  it('is not fooled by a notice that quotes labels: one label, a long text, or labels among prose', () => {
    // One label is no block.
    const one = withBlock('<p>发文字号：国办发〔2008〕77号</p>');
    expect(one.metadata).toEqual({});
    // Outside the article, it is reported as dropped (a metadata block would not be).
    expect(one.dropped).toEqual(['发文字号：国办发〔2008〕77号']);
    // Two labels in a paragraph of prose: the labels and values are a small part of its text.
    const prose = '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为进一步规范各部门公文的格式和制发程序，经国务院同意，现就有关事项通知如下。公文的发文机关：依照规定注明，文号：依照规定编排。';
    const quoted = withBlock(`<p>${prose}</p>`);
    expect(quoted.metadata).toEqual({});
    expect(quoted.text).toBe(`${prose}\n${P1}\n${P2}`);
    // A long text (over 800 characters) that has labels in it is an article, not a block.
    const long = `<div class="all"><ul><li>发文机关：商务部</li><li>文号：商办发〔2003〕9号</li></ul>${Array.from({ length: 30 }, () => `<p>${P1}</p>`).join('')}</div>`;
    const longSource = read(page(long));
    expect(longSource.metadata).toEqual({ issuer: '商务部', number: '商办发〔2003〕9号' });
    const noList = read(page(`<div class="all">发文机关：商务部　文号：商办发〔2003〕9号　${Array.from({ length: 30 }, () => P1).join('')}</div>`));
    expect(noList.metadata).toEqual({});
    // Labels with no field to fill and none of a field's characters (有效性, 实施日期): no block, the text stays.
    const validity = withBlock('<ul><li>有效性：有效</li><li>实施日期：2008年</li></ul>');
    expect(validity.dropped).toEqual(['有效性：有效', '实施日期：2008年']);
  });
});
