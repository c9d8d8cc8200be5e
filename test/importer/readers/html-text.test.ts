// How the HTML reader turns the article's markup into paragraphs (block
// elements, <br> runs, tables, source whitespace, &nbsp; and text-indent) and
// finds the notice's title when the article does not hold it.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/importer/readers/html.js';

const read = (html: string) => readHtml(Buffer.from(html), { name: 'page.html', decoder: iconv });
const page = (body: string, head = '<title>x</title>') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (body: string) => read(page(body)).text;

const P1 = '一、负责机关日常运转工作，承担信息、安全、保密、信访等工作。';
const P2 = '二、承办本部交办的其他事项，完成领导交办的其他任务。';
const ARTICLE = `<p>${P1}</p><p>${P2}</p>`;
/** A whole notice's text: a title above it is a small share of the page's prose. */
const LONG = Array.from({ length: 5 }, () => ARTICLE).join('');
const BODY = Array.from({ length: 5 }, () => `${P1}\n${P2}`).join('\n');
const TITLE = '国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知';

describe('HTML paragraphs', () => {
  it('every block element ends a paragraph; inline elements do not', () => {
    const blocks = [
      'address', 'article', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'ol', 'p', 'pre', 'section', 'ul', 'legend', 'summary', 'caption',
    ];
    for (const tag of blocks) {
      expect([tag, text(`<div class="zw">负责机关日常运转工作<${tag}>承担信息安全保密工作</${tag}>完成交办的其他事项</div>`)]).toEqual([
        tag, '负责机关日常运转工作\n承担信息安全保密工作\n完成交办的其他事项',
      ]);
    }
    expect(text('<div>负责机关日常运转工作<hr>承担信息安全保密工作</div>')).toBe('负责机关日常运转工作\n承担信息安全保密工作');
    for (const tag of ['span', 'font', 'b', 'strong', 'em', 'i', 'u', 'a', 'sup', 'label', 'o:p', 'st1:chsdate']) {
      expect([tag, text(`<p>负责机关<${tag}>日常运转</${tag}>工作</p>`)]).toEqual([tag, '负责机关日常运转工作']);
    }
  });

  it('a <br> run ends a paragraph; empty lines are not paragraphs', () => {
    expect(text(`<div id="zoom">${P1}<br>${P2}<br/><br />&nbsp;<br>　　<br>三、其他事项。</div>`)).toBe(`${P1}\n${P2}\n三、其他事项。`);
    expect(text(`<p>${P1}<br><br></p><p>&nbsp;</p><p>　</p><p>${P2}</p>`)).toBe(`${P1}\n${P2}`);
  });

  it('collapses source whitespace as a browser does, and a line break between two ideographs vanishes', () => {
    expect(text('<p>一、负责机关日常运转\n      工作，承担信息、安全工作。</p>')).toBe('一、负责机关日常运转工作，承担信息、安全工作。');
    expect(text('<p>一、负责<b>机关日常运转</b>\n工作。</p>')).toBe('一、负责机关日常运转工作。');
    expect(text('<p>一、负责\r\n\t<span>机关</span>\n\n工作。</p>')).toBe('一、负责机关工作。');
    expect(text('<p>一、负责机关\n<b>日常运转</b>工作。</p>')).toBe('一、负责机关日常运转工作。');
    expect(text('<p>一、负责<b>IT</b>\n工作。</p>')).toBe('一、负责IT 工作。');
    // Between ideographs on one source line a space is the page's own; next to Latin letters or digits a break is a space.
    expect(text('<p>一、负责   机关\t工作。</p>')).toBe('一、负责 机关 工作。');
    expect(text('<p>按照\nWTO\n规则，执行\n2008\n年的规定。</p>')).toBe('按照 WTO 规则，执行 2008 年的规定。');
    expect(text('<p>Ministry\nof   Commerce</p>')).toBe('Ministry of Commerce');
    // At a paragraph's end a break before an ideograph-less end is dropped; at its start the blank is dropped.
    expect(text('<p>\n   一、负责机关工作。\n</p><p>\n二、其他。</p>')).toBe('一、负责机关工作。\n二、其他。');
    expect(text('<p>负责 <span> 机关</span> <b> 工作</b></p>')).toBe('负责 机关 工作');
    // Full-width punctuation counts as ideographic: 。\n（ joins.
    expect(text('<p>负责工作。\n（一）承担工作；\n「二」其他</p>')).toBe('负责工作。（一）承担工作；「二」其他');
  });

  it('keeps &nbsp; and ideographic spaces at a paragraph\'s start (its indent), trims them at its end', () => {
    expect(text(`<p>&nbsp;&nbsp;&nbsp;&nbsp;${P1}&nbsp;&nbsp;</p><p>\u3000\u3000${P2}\u3000\u3000 </p>`)).toBe(`\u00a0\u00a0\u00a0\u00a0${P1}\n\u3000\u3000${P2}`);
    expect(text(`<p>   \u3000\u3000${P1}</p>`)).toBe(`\u3000\u3000${P1}`);
  });

  it('turns a first-line text-indent into ideographic spaces, in any unit, at most four', () => {
    const cases: [string, string][] = [
      ['text-indent: 2em', '\u3000\u3000'],
      ['TEXT-INDENT:2EM', '\u3000\u3000'],
      ['text-indent :2em', '\u3000\u3000'],
      ['line-height: 1.8; text-indent: 2.0em', '\u3000\u3000'],
      ['text-indent: 2rem', '\u3000\u3000'],
      ['text-indent: 32px', '\u3000\u3000'],
      ['text-indent: 32', '\u3000\u3000'],
      ['text-indent: 24pt', '\u3000\u3000'],
      ['text-indent: 21.0pt', '\u3000\u3000'],
      ['text-indent: 36pt', '\u3000\u3000\u3000'],
      ['text-indent: 1.4em', '\u3000'],
      ['text-indent: 1.6em', '\u3000\u3000'],
      ['text-indent: 0.4em', ''],
      ['text-indent: 0', ''],
      ['text-indent: 10em', '\u3000\u3000\u3000\u3000'],
      ['text-indent: 200px', '\u3000\u3000\u3000\u3000'],
      ['text-indent: -2em; margin-left: 2em', ''],
      ['margin-left: 2em', ''],
    ];
    for (const [style, indent] of cases) {
      expect([style, text(`<div class="zw"><p style="${style}">${P1}</p><p>${P2}</p></div>`)]).toEqual([style, `${indent}${P1}\n${P2}`]);
    }
    // Only the first line is indented; a paragraph that writes its own indent keeps it.
    expect(text(`<p style="text-indent:2em">${P1}<br>${P2}</p>`)).toBe(`\u3000\u3000${P1}\n${P2}`);
    expect(text(`<p style="text-indent:2em">&nbsp;&nbsp;${P1}</p>`)).toBe(`\u00a0\u00a0${P1}`);
    expect(text('<p style="text-indent:2em">一、负责　机关日常运转工作。</p>')).toBe('\u3000\u3000一、负责　机关日常运转工作。');
    expect(text(`<div style="text-indent:2em"><p>${P1}</p>${P2}</div>`)).toBe(`${P1}\n${P2}`);
    expect(text(`<p style="text-indent:2em"><span style="text-indent:4em">${P1}</span></p>`)).toBe(`\u3000\u3000${P1}`);
  });

  it('keeps the lines and spaces of <pre> text', () => {
    expect(text(`<div class="zw"><p>${P1}</p><pre>  二、承办  交办事项。\n三、其他事项。\n\n</pre><p>${P2}</p></div>`)).toBe(
      `${P1}\n二、承办  交办事项。\n三、其他事项。\n${P2}`,
    );
    expect(text('<pre>一、负责\n<b>二、承办  交办</b>\n三、其他</pre>')).toBe('一、负责\n二、承办  交办\n三、其他');
    expect(text('<pre>一、负责<b>机关</b>日常工作\n二、承办</pre>')).toBe('一、负责机关日常工作\n二、承办');
  });

  it('reads a data table one row a line, cells joined by an ideographic space; a layout table keeps its paragraphs', () => {
    expect(text('<table><thead><tr><th>序号</th><th>内设机构</th><th>编制</th></tr></thead><tbody><tr><td>　1</td><td> 办公厅 </td><td>&nbsp;</td><td>30</td></tr><tr><td></td><td>　</td></tr></tbody></table>')).toBe(
      '序号\u3000内设机构\u3000编制\n1\u3000办公厅\u300030',
    );
    // Old sites set the whole page in tables: a cell with several paragraphs keeps them, one a line.
    expect(text(`<table><tr><td width="20%"><p>${P2}</p></td><td><p>${P1}</p><p>${P1}</p></td></tr></table>`)).toBe(`${P2}\n${P1}\n${P1}`);
    expect(text(`<table><tr><td>${P1}<br>${P2}</td></tr><tr><td><table><tr><td>附表一</td><td>商务部内设机构人员编制表</td></tr></table></td></tr></table>`)).toBe(`${P1}\n${P2}\n附表一\u3000商务部内设机构人员编制表`);
    // A row is its own line even inside a paragraph's run of text.
    expect(text('<div>表一<table><tr><td>序号</td><td>名称</td></tr></table>说明</div>')).toBe('表一\n序号\u3000名称\n说明');
  });
});

describe('HTML title', () => {
  it('takes the title from the heading above the article (gov.cn prints it in an <h1> outside the TRS_Editor)', () => {
    const source = read(page(`<div class="header"><h1>中华人民共和国商务部网站</h1></div><div class="main"><h1>${TITLE}</h1><div class="TRS_Editor">${LONG}</div></div>`));
    expect(source.text).toBe(`${TITLE}\n${BODY}`);
    expect(source.dropped).toEqual(['中华人民共和国商务部网站']);
  });

  it('takes a title element named as one (title, tit, bt, biaoti, headline), not a heading in furniture or too short', () => {
    for (const attr of ['class="title"', 'class="con-title"', 'id="Title"', 'class="tit"', 'class="news_tit"', 'class="bt"', 'class="biaoti"', 'class="headline"', 'class="title1"', 'class="article title"']) {
      const source = read(page(`<div ${attr}>${TITLE}</div><div class="zw">${LONG}</div>`));
      expect([attr, source.text]).toEqual([attr, `${TITLE}\n${BODY}`]);
      expect([attr, source.dropped]).toEqual([attr, []]);
    }
    for (const attr of ['class="subtitle"', 'class="titlebar"', 'class="btn"', 'class="about"']) {
      const source = read(page(`<div ${attr}>${TITLE}</div><div class="zw">${LONG}</div>`));
      expect([attr, source.text]).toEqual([attr, BODY]);
    }
    // Headings in the site's furniture, too short to be a notice's title, or a furniture line are not the title.
    for (const before of [`<div class="nav"><h2>${TITLE}</h2></div>`, '<h2>通知公告</h2>', '<h2>政务公开</h2>', '<h3>相关文件：</h3>', `<h2 hidden>${TITLE}</h2>`, `<h1>关于印发${'ABC'.repeat(40)}的通知</h1>`]) {
      const source = read(page(`${before}<div class="zw">${LONG}</div>`));
      expect([before, source.text]).toEqual([before, BODY]);
    }
    // A heading after the article is not its title.
    expect(read(page(`<div class="zw">${LONG}</div><h2>${TITLE}</h2>`)).text).toBe(BODY);
  });

  it('falls back to the metadata\'s 标题, then to the page\'s <title> up to the site name', () => {
    const meta = `<table class="xxgk"><tr><td>标　　题：</td><td>${TITLE}</td></tr><tr><td>发文机关：</td><td>国务院办公厅</td></tr></table>`;
    expect(read(page(`${meta}<div class="zw">${LONG}</div>`)).text).toBe(`${TITLE}\n${BODY}`);
    for (const sep of ['_', ' - ', '｜', '|', ' — ', '–', '__']) {
      const source = read(page(`<div class="zw">${LONG}</div>`, `<title>${TITLE}${sep}中国政府网</title>`));
      expect([sep, source.text]).toEqual([sep, `${TITLE}\n${BODY}`]);
    }
    // A <title> that is only the site's name is no notice title.
    expect(read(page(`<div class="zw">${LONG}</div>`, '<title>中国政府网_首页</title>')).text).toBe(BODY);
    expect(read(page(`<div class="zw">${LONG}</div>`, '<title></title>')).text).toBe(BODY);
  });

  it('does not repeat a title the article already begins with', () => {
    const source = read(page(`<h1>${TITLE}</h1><div class="zw"><p>${TITLE}</p>${LONG}</div>`, `<title>${TITLE}_中国政府网</title>`));
    expect(source.text).toBe(`${TITLE}\n${BODY}`);
    // Only the article's opening counts: a title quoted further down does not stand for it.
    const quotedLater = read(page(`<h1>${TITLE}</h1><div class="zw">${LONG}<p>${TITLE}</p></div>`));
    expect(quotedLater.text).toBe(`${TITLE}\n${BODY}\n${TITLE}`);
    const spaced = read(page(`<div class="zw"><p>国务院办公厅关于印发商务部主要职责<br>内设机构和人员编制规定的通知</p>${LONG}</div>`, `<title>${TITLE}</title>`));
    expect(spaced.text).toBe(`国务院办公厅关于印发商务部主要职责\n内设机构和人员编制规定的通知\n${BODY}`);
  });

  it('joins a title broken by <br> into one line, keeping a number or date set under it', () => {
    const source = read(page(`<h1>国务院办公厅关于印发商务部主要职责<br>内设机构和人员编制规定的通知<br>国办发〔2008〕77号</h1><div class="zw">${LONG}</div>`));
    expect(source.text).toBe(`${TITLE}\n国办发〔2008〕77号\n${BODY}`);
    for (const under of ['（2008年7月11日）', '(国办发〔2008〕77号)', '2008年7月11日', '2008-07-11', '〔2008〕77号']) {
      const s = read(page(`<h1>国务院办公厅关于印发<br>商务部主要职责的通知<br>${under}</h1><div class="zw">${LONG}</div>`));
      expect([under, s.text]).toEqual([under, `国务院办公厅关于印发商务部主要职责的通知\n${under}\n${BODY}`]);
    }
    // A subtitle after a date line stays apart from it too.
    const after = read(page(`<h1>国务院办公厅关于印发的通知<br>2008年7月11日<br>商务部主要职责规定</h1><div class="zw">${LONG}</div>`));
    expect(after.text).toBe(`国务院办公厅关于印发的通知\n2008年7月11日\n商务部主要职责规定\n${BODY}`);
  });

  it('keeps what a page prints between the title and the article (the number under the title), when it is short', () => {
    const source = read(page(`<div class="nav"><a href="/">首页</a></div><h1>${TITLE}</h1><div class="fwzh">国办发〔2008〕77号</div><p class="date">2008年07月11日</p><div class="TRS_Editor">${LONG}</div><div class="bottom">${'　'}版权所有：中国政府网</div>`));
    expect(source.text).toBe(`${TITLE}\n国办发〔2008〕77号\n2008年07月11日\n${BODY}`);
    expect(source.dropped).toEqual(['首页']);
    // Furniture lines between them are not kept, and not reported.
    const withShare = read(page(`<h1>${TITLE}</h1><div>【打印本页】</div><div>国办发〔2008〕77号</div><div class="zw">${LONG}</div>`));
    expect(withShare.text).toBe(`${TITLE}\n国办发〔2008〕77号\n${BODY}`);
    expect(withShare.dropped).toEqual([]);
    // A long stretch between them (a summary box, a list) is not the notice's: it is reported instead.
    const box = Array.from({ length: 5 }, (_, i) => `<p>摘要第${i + 1}条</p>`).join('');
    const long = read(page(`<h1>${TITLE}</h1><div class="summary">${box}</div><div class="zw">${LONG}</div>`));
    expect(long.text).toBe(`${TITLE}\n${BODY}`);
    expect(long.dropped).toEqual(['摘要第1条', '摘要第2条', '摘要第3条', '摘要第4条', '摘要第5条']);
    const wordy = read(page(`<h1>${TITLE}</h1><div class="summary"><p>${'2008'.repeat(30)}年</p></div><div class="zw">${LONG}</div>`));
    expect(wordy.text).toBe(`${TITLE}\n${BODY}`);
    expect(wordy.dropped).toEqual([`${'2008'.repeat(30)}年`]);
    // Four short lines, 120 characters, are still kept.
    const four = Array.from({ length: 4 }, (_, i) => `<p>${String(i + 1).repeat(30)}</p>`).join('');
    expect(read(page(`<h1>${TITLE}</h1><div>${four}</div><div class="zw">${LONG}</div>`)).text.split('\n')).toHaveLength(1 + 4 + 10);
  });

  it('finds the gap between a title and an article in different branches of the page', () => {
    const source = read(page(`<div class="head"><div class="l"><h2 class="tit">${TITLE}</h2><span>国办发〔2008〕77号</span></div></div><div class="body"><div class="sub">（2008年7月11日）</div><div class="wrap"><div class="zw">${LONG}</div></div></div>`));
    expect(source.text).toBe(`${TITLE}\n国办发〔2008〕77号\n（2008年7月11日）\n${BODY}`);
    expect(source.dropped).toEqual([]);
  });
});
