// What the HTML reader keeps of a government page and what it drops: the
// furniture sites put around and inside the article (by element, by class or
// id, hidden blocks, link lists, print/share/footer lines), what never holds
// text (scripts, styles, form controls), and how the article is found by where
// the prose is.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/importer/readers/html.js';

const read = (html: string) => readHtml(Buffer.from(html), { name: 'page.html', decoder: iconv });
const page = (body: string, head = '<title>x</title>') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const P1 = '一、负责机关日常运转工作，承担信息、安全、保密、信访等工作。';
const P2 = '二、承办本部交办的其他事项，完成领导交办的其他任务。';
const ARTICLE = `<p>${P1}</p><p>${P2}</p>`;
/** Text a person could mistake for the notice's: not a line the reader drops silently. */
const NOTE = '本栏目内容由部办公厅负责维护';

describe('HTML furniture', () => {
  it('drops blocks whose class or id names site furniture, inside the article too, and reports them', () => {
    const names = [
      'nav', 'navbar', 'navbox', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'dqwz', 'weizhi',
      'share', 'bshare', 'jiathis', 'social', 'related', 'relevant', 'recommend', 'xgwj', 'xgxw', 'xglj', 'xgzc',
      'footer', 'copyright', 'banquan', 'zrbj', 'comment', 'comments', 'toolbar', 'search', 'sousuo', 'login',
      'qrcode', 'erweima', 'ewm', 'fontsize', 'zihao', 'pager', 'pagination', 'prevnext', 'sxp', 'sidebar', 'sidenav',
      'editsection', 'noprint', 'catlinks', 'printfooter', 'toc', 'jump', 'headertemplate', 'skip', 'topbar',
      'banner', 'logo', 'advert', 'ad', 'ads', 'gotop', 'backtop', 'close',
      // As sites compose them: a word of the name split at - and _, any case, among other classes.
      'bshare-custom', 'xgwj_list', 'mw-editsection', 'Main-Nav', 'clearfix xglj-box', 'ws-header', 'con_share_bar', 'top__banner',
    ];
    for (const name of names) {
      for (const attr of ['class', 'id']) {
        const source = read(page(`<div class="article"><div class="TRS_Editor">${ARTICLE}<div ${attr}="${name}">${NOTE}</div></div></div>`));
        expect([attr, name, source.text]).toEqual([attr, name, `${P1}\n${P2}`]);
        expect([attr, name, source.dropped]).toEqual([attr, name, [NOTE]]);
      }
    }
  });

  it('keeps blocks whose names only contain such a word, or are the article of TRS-built sites', () => {
    for (const name of ['TRS_Editor', 'navigation-free', 'content-ad', 'search-result', 'close-text', 'subnavigate', 'tocontent', 'pages_content', 'ws-headerless']) {
      const source = read(page(`<div class="wrap"><div class="${name}">${ARTICLE}<div class="${name}">${NOTE}</div></div></div>`));
      expect([name, source.text]).toEqual([name, `${P1}\n${P2}\n${NOTE}`]);
    }
  });

  it('reports the page\'s own blocks outside the article one a line, and drops a long <nav> or <footer> too', () => {
    for (const tag of ['nav', 'aside', 'footer', 'menu', 'header', 'form', 'table']) {
      const inner = tag === 'table' ? '<tr><td>政务公开</td></tr>' : '政务公开';
      const source = read(page(`<div class="top">首页<${tag}>${inner}</${tag}>办事服务</div><div class="zw">${ARTICLE}${ARTICLE}${ARTICLE}</div>`));
      expect([tag, source.dropped]).toEqual([tag, ['首页', '政务公开', '办事服务']]);
    }
    const long = `<p>${'本网站所有内容均由部属各单位负责提供和维护更新'.repeat(10)}</p>`;
    for (const tag of ['nav', 'footer', 'aside']) {
      const source = read(page(`<div class="c">${ARTICLE}${ARTICLE}${ARTICLE}<${tag}>${long}</${tag}></div>`));
      expect([tag, source.text]).toEqual([tag, Array.from({ length: 3 }, () => `${P1}\n${P2}`).join('\n')]);
    }
  });

  it('drops <nav>, <aside>, <footer>, <menu> and a small <form> (a search box), but not a form that wraps the page', () => {
    for (const tag of ['nav', 'aside', 'footer', 'menu', 'form', 'NAV']) {
      const source = read(page(`<div class="con">${ARTICLE}<${tag}>${NOTE}</${tag}></div>`));
      expect([tag, source.text, source.dropped]).toEqual([tag, `${P1}\n${P2}`, [NOTE]]);
    }
    // ASP.NET sites wrap the whole page in one <form>.
    const long = Array.from({ length: 8 }, (_, i) => `<p>${'一二三四五六七八九十'[i]}、负责本部门职责范围内的行政事务和相关的服务保障工作。</p>`).join('');
    const aspnet = read(page(`<form id="form1" method="post" action="./show.aspx"><div class="nav"><a href="/">首页</a></div><div class="content">${long}</div></form>`));
    expect(aspnet.text.split('\n')).toHaveLength(8);
    expect(aspnet.text).toContain('八、负责本部门职责范围内的行政事务和相关的服务保障工作。');
    expect(aspnet.dropped).toEqual(['首页']);
  });

  it('never reads text from scripts, styles, form controls, embedded objects or the head', () => {
    const noise = [
      '<script>var t = "一、负责机关日常运转工作的脚本文字内容";</script>',
      '<style>.a:after { content: "样式表里面的中文文字内容"; }</style>',
      '<noscript>您的浏览器不支持脚本请升级浏览器</noscript>',
      '<template><p>模板里面的中文文字内容不显示</p></template>',
      '<iframe>您的浏览器不支持内嵌框架的显示</iframe>',
      '<object>您的浏览器不支持插件对象的显示</object>',
      '<svg><text>矢量图形里面的中文文字内容</text></svg>',
      '<canvas>您的浏览器不支持画布元素的显示</canvas>',
      '<video>您的浏览器不支持视频元素的播放</video>',
      '<audio>您的浏览器不支持音频元素的播放</audio>',
      '<select><option>国务院部门网站导航链接</option></select>',
      '<input list="sites"><datalist id="sites"><option>国务院部门网站导航链接</option></datalist>',
      '<title>另一个页面的标题文字内容</title>',
      '<textarea>请在这里输入您的意见和建议</textarea>',
      '<button>打印本页内容并关闭当前窗口</button>',
      '<map name="m"><area href="/">图像热点区域里面的文字</map>',
      '<img alt="国徽图片的替代文字内容"><input value="请输入搜索关键词内容"><embed src="a.swf">',
    ];
    for (const n of noise) {
      const source = read(page(`<div class="content"><p>${P1}</p>${n}<p>${P2}</p></div>`, `<title>x</title><script>var s = "头部脚本里面的中文文字内容";</script>`));
      expect([n, source.text, source.dropped]).toEqual([n, `${P1}\n${P2}`, []]);
    }
    // A script full of ideographs (a site's inline menu data) does not draw the article to it.
    const menu = `<div class="side"><script>var menu = ["${'机构设置和主要职责内容'.repeat(30)}"];</script></div>`;
    const source = read(page(`${menu}<div class="main"><div class="text">${ARTICLE}</div></div>`));
    expect(source.text).toBe(`${P1}\n${P2}`);
    expect(source.dropped).toEqual([]);
  });

  it('hidden blocks are neither text nor dropped text: hidden, display:none, visibility:hidden, however written', () => {
    for (const attrs of ['hidden', 'style="display:none"', 'style="display: none;"', 'style="DISPLAY: NONE"', 'STYLE="Display : None"', 'style="color:red; visibility : hidden"', 'HIDDEN']) {
      const source = read(page(`<div class="content"><p>${P1}</p><div ${attrs}>${NOTE}</div><p>${P2}</p></div><div ${attrs}><p>${'隐藏的手机版正文内容'.repeat(20)}</p></div>`));
      expect([attrs, source.text, source.dropped]).toEqual([attrs, `${P1}\n${P2}`, []]);
    }
    // A style that only mentions display, or hides nothing, hides nothing.
    for (const attrs of ['style="display:block"', 'style="visibility:visible"', 'data-hidden="1"']) {
      const source = read(page(`<div class="content"><p>${P1}</p><div ${attrs}>${NOTE}</div><p>${P2}</p></div>`));
      expect([attrs, source.text]).toEqual([attrs, `${P1}\n${NOTE}\n${P2}`]);
    }
  });

  it('reads the upper-case markup of old sites: CLASS, ID and STYLE name furniture, indents and hidden blocks', () => {
    const source = read(page(`<DIV CLASS="Nav"><A HREF="/">首页</A></DIV><DIV ID="Zoom"><P STYLE="TEXT-INDENT: 2em">${P1}</P><DIV STYLE="DISPLAY: none">${NOTE}</DIV><P>${P2}</P><DIV CLASS="bshare-custom">${NOTE}</DIV></DIV>`));
    expect(source.text).toBe(`\u3000\u3000${P1}\n${P2}`);
    expect(source.dropped).toEqual(['首页', NOTE]);
    // An attribute written twice: the first counts, as in a browser.
    const twice = read(page(`<div class="zw">${ARTICLE}<div class="note" CLASS="share">${NOTE}</div></div>`));
    expect(twice.text).toBe(`${P1}\n${P2}\n${NOTE}`);
  });

  it('drops a list of links inside the article (a "related files" list, a row of tabs), not a paragraph with a link in it', () => {
    const links = [
      '<ul><li><a href="/1">关于印发某某规定的通知</a></li><li><a href="/2">关于调整某某机构的通知</a></li></ul>',
      '<div><a href="/1">政务公开</a> | <a href="/2">办事服务</a> | <a href="/3">互动交流</a></div>',
      '<p><a href="/1">政务公开</a> · <a href="/2">办事服务</a> » <a href="/3">互动交流</a></p>',
      '<div><a href="/1">首页</a>&nbsp;&gt;&nbsp;<a href="/2">政务公开</a>　—　<a href="/3">机构职能</a></div>',
    ];
    for (const l of links) {
      const source = read(page(`<div class="content">${ARTICLE}${l}</div>`));
      expect([l, source.text]).toEqual([l, `${P1}\n${P2}`]);
      expect(source.dropped.length).toBeGreaterThan(0);
    }
    const kept = [
      ['<p>详见<a href="/f">《商务部主要职责内设机构和人员编制规定》</a>。</p>', '详见《商务部主要职责内设机构和人员编制规定》。'],
      ['<p>附件：<a href="/f.doc">机构设置表</a></p>', '附件：机构设置表'],
      ['<div>　</div>', undefined],
      ['<div><a href="/top"></a></div>', undefined],
    ] as const;
    for (const [l, line] of kept) {
      const source = read(page(`<div class="content">${ARTICLE}${l}</div>`));
      expect([l, source.text]).toEqual([l, line === undefined ? `${P1}\n${P2}` : `${P1}\n${P2}\n${line}`]);
      expect([l, source.dropped]).toEqual([l, []]);
    }
    // A table of nothing but links (a "related files" table) is one too.
    const related = read(page(`<div class="content">${ARTICLE}<table><tr><td><a href="/a">关于印发某某规定的通知</a></td></tr><tr><td><a href="/b">关于调整某某机构的通知</a></td></tr></table></div>`));
    expect(related.text).toBe(`${P1}\n${P2}`);
    expect(related.dropped).toEqual(['关于印发某某规定的通知', '关于调整某某机构的通知']);
    // Table cells and rows are never link lists on their own: a row of linked file names in a table of files stays.
    const files = read(page(`<div class="content">${ARTICLE}<table><tr><td>1</td><td><a href="/a">机构设置方案</a></td></tr><tr><td><a href="/b">人员编制方案</a></td><td><a href="/c">下载</a></td></tr></table></div>`));
    expect(files.text).toBe(`${P1}\n${P2}\n1\u3000机构设置方案\n人员编制方案\u3000下载`);
  });

  it('drops the furniture lines sites print inside the article without reporting them', () => {
    const lines = [
      '【打印本页】【关闭窗口】', '[打印] [关闭]', '打印', '关闭本页', '【收藏本页】', '返回顶部', '【字体：大 中 小】', '字号：[大][中][小]', '字体 大 中 小',
      '分享到：', '分享：微信 微博', '（责任编辑：张三）', '责任编辑：李四', '扫一扫在手机打开当前页',
      '2008-08-21 08:00　来源：中国政府网', '2008年08月21日 来源：商务部', '2008/8/21 08:00:00 浏览次数：120', '2008.08.21 作者：办公厅',
      '来源：商务部网站', '信息来源：人事司', '浏览次数：1024', '上一篇：关于某某的通知', '下一条: 无', '相关文件', '相关链接：', '相关附件',
      '版权所有：中华人民共和国商务部', 'Copyright 版權所有', '京ICP备05004093号', '京公网安备11010502000001号', '网站标识码：bm18000001',
      '本作品采用知识共享署名许可协议授权', '隐私政策 | 免责声明',
    ];
    for (const l of lines) {
      const source = read(page(`<div class="content">${ARTICLE}<p>${l}</p></div><div class="footer2"><p>${l}</p></div>`));
      expect([l, source.text, source.dropped]).toEqual([l, `${P1}\n${P2}`, []]);
    }
    // However the site spaces or indents them.
    for (const l of ['【 打印本页 】 【 关闭窗口 】', '[ 字体 ： 大 中 小 ]', '分享到 ：', '（ 责任编辑 ： 张三 ）', '来源 ：商务部', '上一篇 ：某某通知', '相关文件 ：', '2008-08-21   来源：中国政府网', '2008-08-21 08:00:00来源：中国政府网']) {
      const source = read(page(`<div class="content">${ARTICLE}<p style="text-indent:2em">${l}</p><p>　　${l}</p></div>`));
      expect([l, source.text, source.dropped]).toEqual([l, `${P1}\n${P2}`, []]);
    }
    // Up to 80 characters.
    const eighty = `版权所有：${'某'.repeat(75)}`;
    expect(read(page(`<div class="content">${ARTICLE}<p>${eighty}</p></div>`)).text).toBe(`${P1}\n${P2}`);
    expect(read(page(`<div class="content">${ARTICLE}<p>${eighty}某</p></div>`)).text).toBe(`${P1}\n${P2}\n${eighty}某`);
    // Such words inside a long line of the notice's own text do not make it furniture.
    const long = `三、负责本部门网站的版权所有事项管理工作，审核网站的ICP备案信息，维护网站标识码等基础信息，并按规定及时向社会公开各项政府信息和办事服务指南，接受社会公众的监督和评议，不断提高政府网站的服务水平。`;
    expect([...long].length).toBeGreaterThan(80);
    expect(read(page(`<div class="content">${ARTICLE}<p>${long}</p></div>`)).text).toBe(`${P1}\n${P2}\n${long}`);
    // Nor does a short line that only starts alike.
    for (const l of [
      '打印机等办公设备的采购管理', '来源于上级拨款的专项经费管理', '相关文件的起草和审核工作', '负责文件的打印', '推进政务数据分享：建立目录',
      '（四）明确责任编辑：负责审核', '推广扫一扫识别', '（五）注明信息来源：', '编制2008-08-21来源清单', '按要求查阅相关文件', '（六）阅读上一篇：无',
    ]) {
      expect(read(page(`<div class="content">${ARTICLE}<p>${l}</p></div>`)).text).toBe(`${P1}\n${P2}\n${l}`);
    }
  });
});

describe('HTML article', () => {
  it('reads a page that leaves out <body>, or puts text outside it, as a browser shows it', () => {
    const noBody = read(`<html><head><meta charset="utf-8"><title>x</title></head>\n<p>${P1}</p>${P2}</html>`);
    expect(noBody.text).toBe(`${P1}\n${P2}`);
    const noHead = read(`<HTML><P>${P1}</P><P>${P2}</P></HTML>`);
    expect(noHead.text).toBe(`${P1}\n${P2}`);
    const around = read(`<html><head><title>x</title></head><p>${P1}</p><body><p>${P2}</p></body><p>三、其他事项。</p></html>`);
    expect(around.text).toBe(`${P1}\n${P2}\n三、其他事项。`);
  });

  it('finds the article by where the prose is, and reports the prose-like text around it', () => {
    const side = `<div class="left"><h3>栏目导航</h3><ul><li><a href="/1">机构设置</a></li><li><a href="/2">主要职责</a></li></ul><p>${NOTE}。</p></div>`;
    const source = read(page(`<div class="top"><a href="/">首页</a></div><div class="main">${side}<div class="right"><div class="body">${ARTICLE}${ARTICLE}</div></div></div>`));
    expect(source.text).toBe(`${P1}\n${P2}\n${P1}\n${P2}`);
    expect(source.dropped).toEqual(['首页', '栏目导航', '机构设置', '主要职责', `${NOTE}。`]);
  });

  it('stops descending where the prose divides: two columns of the notice are both kept', () => {
    const source = read(page(`<div class="wrap"><div class="a"><p>${P1}</p></div><div class="b"><p>${P2}</p></div></div><div class="f">${NOTE}</div>`));
    expect(source.text).toBe(`${P1}\n${P2}\n${NOTE}`);
    // Most of the prose in one column (more than 85 %) is the article; the rest is reported.
    const long = Array.from({ length: 6 }, () => `<p>${P1}</p>`).join('');
    const most = read(page(`<div class="wrap"><div class="a">${long}</div><div class="b"><p>${P2}</p></div></div>`));
    expect(most.text.split('\n')).toHaveLength(6);
    expect(most.dropped).toEqual([P2]);
    const less = read(page(`<div class="wrap"><div class="a">${Array.from({ length: 4 }, () => `<p>${P1}</p>`).join('')}</div><div class="b"><p>${P2}</p></div></div>`));
    expect(less.text.split('\n')).toHaveLength(5);
    expect(less.dropped).toEqual([]);
  });

  it('weighs prose by paragraph: short lines (menus) and link text do not count, <br> runs do', () => {
    // A menu of many short lines outweighs nothing; an article of <br>-separated paragraphs is found.
    const menu = `<div class="menu2">${Array.from({ length: 40 }, (_, i) => `栏目名称${i}<br>`).join('')}</div>`;
    const brArticle = `<div class="zw">${P1}<br>${P2}<br>　　三、完成部领导交办的其他各项工作任务。</div>`;
    const source = read(page(`<table><tr><td>${menu}</td><td>${brArticle}</td></tr></table>`));
    expect(source.text.split('\n')).toEqual([P1, P2, '　　三、完成部领导交办的其他各项工作任务。']);
    // A long block of link text (the titles of related notices) does not draw the article to it.
    const related = `<div class="links">${Array.from({ length: 6 }, () => `<p><a href="/x">关于印发某某部门主要职责内设机构和人员编制规定的通知</a>（2008年）</p>`).join('')}</div>`;
    const withRelated = read(page(`${related}<div class="zw">${ARTICLE}</div>`));
    expect(withRelated.text).toBe(`${P1}\n${P2}`);
    // Prose split by inline elements is one paragraph run: <span>s and <font>s add up.
    const spans = read(page(`<div class="l"><p>${'<span>机构</span><font>职能</font>'.repeat(3)}</p></div><div class="r"><p>短文字</p></div>`));
    expect(spans.text).toBe('机构职能机构职能机构职能');
    expect(spans.dropped).toEqual(['短文字']);
  });

  it('counts a paragraph as prose from 8 ideographs, and only when less than half of it is link text', () => {
    const two = (a: string, b = '<p>联系我们</p>') => read(page(`<div class="a"><p>${a}</p></div><div class="b">${b}</div>`));
    // 8 ideographs: prose, so the article is its block and the rest is reported; 7: no prose anywhere, the page reads whole.
    expect([two('负责机关日常工作').text, two('负责机关日常工作').dropped]).toEqual(['负责机关日常工作', ['联系我们']]);
    expect([two('负责机关日常工').text, two('负责机关日常工').dropped]).toEqual(['负责机关日常工\n联系我们', []]);
    // Half of it in a link: not prose (a list of linked titles); less than half: prose.
    expect(two('<a href="/1">负责机关日常运转</a>承担信息安全工作').text).toBe('负责机关日常运转承担信息安全工作\n联系我们');
    expect(two('<a href="/1">负责机关日常运</a>承担信息安全工作').text).toBe('负责机关日常运承担信息安全工作');
    // Ideographs of CJK Extension A count (U+3400…).
    expect(two('㐀㐁㐂㐃㐄㐅㐆㐇').text).toBe('㐀㐁㐂㐃㐄㐅㐆㐇');
  });

  it('descends into a block that holds 85 % of the prose or more', () => {
    const han = (n: number) => '负责机关日常运转工作承担信息安全保密信访等'.repeat(3).slice(0, n);
    const split = (a: number, b: number) => read(page(`<div class="a"><p>${han(a)}</p></div><div class="b"><p>${han(b)}</p></div>`));
    // 51 of 60 is 85 %: the first block is the article.
    expect(split(51, 9).text).toBe(han(51));
    expect(split(51, 9).dropped).toEqual([han(9)]);
    // 50 of 59 is less: the prose divides, both are kept.
    expect(split(50, 9).text).toBe(`${han(50)}\n${han(9)}`);
  });

  it('passes over the comments sites leave in the article', () => {
    const source = read(page(`<div class="zw"><!-- 正文开始 --><p>${P1}<!--<span>旧文字</span>--></p><!--$$begin-->${`<p>${P2}</p>`}<!-- 正文结束 --></div>`));
    expect(source.text).toBe(`${P1}\n${P2}`);
  });

  it('a page with no prose at all reads whole', () => {
    const source = read(page('<div><p>通知</p><p>2008年</p></div>'));
    expect(source.text).toBe('通知\n2008年');
    expect(source.dropped).toEqual([]);
  });
});
