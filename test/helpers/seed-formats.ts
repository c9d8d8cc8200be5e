// The seed notice as the other formats carry it. The seed's text runs a
// unit's items together on one line, separated by ideographic spaces (a
// page's paragraphs flattened by copying); a web page or a Word file has
// them as paragraphs again. These helpers undo the flattening and wrap the
// paragraphs the way real files do.

/** The seed's paragraphs: each line split where a run of two or more blanks separated two paragraphs. */
export function seedParagraphs(seedText: string): string[] {
  return seedText
    .split('\n')
    .flatMap((line) => line.split(/[ \u00a0\u3000]{2,}/u))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * The seed as gov.cn's 政策文件库 prints a notice today: UTF-8, the
 * `policyLibraryOverview_header` table of label and value cells, the notice in
 * `#UCAP-CONTENT` inside `.pages_content` (paragraphs as <p> with a
 * text-indent, the date line right-aligned), share and print links, a footer.
 */
export function seedAsGovCnPage(paragraphs: readonly string[]): string {
  const [title, ...rest] = paragraphs;
  const body = rest
    .map((p) => (/^中华人民共和国商务部/u.test(p) ? `<p style="text-align: right;">${escapeHtml(p)}</p>` : `<p style="text-indent: 2em;">${escapeHtml(p)}</p>`))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title!)}_国务院部门文件_中国政府网</title>
<script src="/images/jquery.min.js"></script>
<style>.policyLibraryOverview_header td { padding: 4px; }</style>
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="中国政府网"></a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/zhengce/zhengceku/">政策文件库</a></li></ul></div></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/zhengceku/">政策文件库</a></div>
<div class="policyLibraryOverview_header">
<table class="border-table noneBorder pc_none">
<tbody>
<tr><td class="bold">标　　题：</td><td colspan="3">${escapeHtml(title!)}</td></tr>
<tr><td class="bold">发文机关：</td><td>商务部</td><td class="bold">来　　源：</td><td>商务部网站</td></tr>
<tr><td class="bold">发文字号：</td><td>商办发〔2003〕9号</td><td class="bold">主题分类：</td><td>综合政务\\机构设置</td></tr>
<tr><td class="bold">成文日期：</td><td>2003年06月26日</td><td class="bold">发布日期：</td><td>2003年07月01日</td></tr>
</tbody>
</table>
</div>
<div class="pages_content mhide" id="UCAP-CONTENT">
<div id="mainText">
${body}
</div>
</div>
<div class="share"><span>分享到：</span><a class="wechat">微信</a><a class="weibo">微博</a></div>
<div class="print"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="footer"><p>版权所有：中国政府网 | 中华人民共和国国务院办公厅 主办</p><p>京ICP备05070218号 京公网安备11010202000001号</p></div>
</body>
</html>
`;
}
