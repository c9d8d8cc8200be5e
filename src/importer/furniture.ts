/**
 * A notice pasted from a web page brings the page's furniture with it. Each
 * rule here names the layout it exists for:
 * - law databases (法律法规数据库, pkulaw-style) print a block of
 *   【发布部门】【发文字号】【发布日期】【实施日期】【时效性】【效力级别】【法规类别】
 *   lines between the title and the text;
 * - news and portal sites print 来源：… 作者：… 发表时间:2008-09-10 点击2435次,
 *   【字体：大 中 小】 打印本页 关闭窗口, 上一篇：…, breadcrumbs (当前位置：首页 > …)
 *   and footers (版权所有, ICP备…号);
 * - government sites print a table of 发文机关 / 发文字号 / 成文日期 / 索引号 …;
 * - wikis (Wikisource, Baidu Baike) print their tagline (维基文库，自由的图书馆),
 *   links to the previous and next version as lines (1998年 …规定 / 2008年),
 *   a header of 发布机关:… and 发布于…《通知》 lines, [编辑] after headings,
 *   播报 / 编辑 lines, a 目录 and a licence footer.
 * Lines that carry document fields are read into metadata; the others are
 * dropped. Matching is done on the simplified text, so traditional copies
 * (發布機關, [編輯]) are read the same way.
 */
import type { SourceMetadata } from './readers/types.js';
import { simplifiedText as toSimplified } from '../text/traditional.js';
import { findDocumentNumber } from './head.js';
import { BLANK, normaliseLineBreaks, trimBlanks } from './segment.js';

type Field = keyof SourceMetadata;

/** Metadata keys with a meaning in the corpus format. */
const FIELD_KEYS: Readonly<Record<string, Field>> = {
  发布部门: 'issuer', 颁布部门: 'issuer', 颁布单位: 'issuer', 发布单位: 'issuer', 发文单位: 'issuer',
  发文机关: 'issuer', 发布机关: 'issuer', 发文机构: 'issuer', 发布机构: 'issuer', 制定机关: 'issuer',
  发文字号: 'number', 发文文号: 'number', 文号: 'number',
  发布日期: 'dateText', 颁布日期: 'dateText', 成文日期: 'dateText', 发文日期: 'dateText',
  标题: 'title', 名称: 'title', 文件名称: 'title',
  索引号: 'indexNumber',
  主题分类: 'subject',
};
/** Keys of facts about the document the corpus format has no field for: kept in a note. */
const NOTED_KEYS = ['实施日期', '施行日期', '生效日期', '失效日期', '时效性', '效力级别', '法规类别', '有效性', '公文种类', '体裁分类', '公开日期', '日期'];
/** Keys of the page's own doings (when it was posted, by whom, how often read, what is next): dropped. */
const CHROME_KEYS = [
  '来源', '信息来源', '文章来源', '稿件来源', '作者', '编辑', '责任编辑', '发表时间', '发布时间', '更新时间', '时间',
  '点击', '点击数', '点击量', '点击率', '浏览', '浏览次数', '浏览量', '阅读', '阅读次数', '阅读量', '访问量', '访问次数',
  '字号', '字体', '分享到', '下载地址', '打印', '关闭', '上一篇', '下一篇', '上一条', '下一条', '相关链接', '扫一扫',
];
const ALL_KEYS = [...Object.keys(FIELD_KEYS), ...NOTED_KEYS, ...CHROME_KEYS].sort((a, b) => b.length - a.length);
const KEY_ALTERNATION = ALL_KEYS.join('|');
/** 【发布部门】国务院办公厅 */
const BRACKET_PAIR = new RegExp(`^[【\\[［]\\s*(${KEY_ALTERNATION})\\s*[】\\]］]\\s*[：:]?\\s*(.*)$`, 'u');
/** 发布部门：国务院办公厅 (the colon is required). */
const COLON_PAIR = new RegExp(`^(${KEY_ALTERNATION})\\s*[：:]\\s*(.*)$`, 'u');

/** Bare words and buttons a page prints around an article. */
const CHROME_WORDS = new Set([
  '打印本页', '关闭窗口', '打印', '关闭', '收藏', '分享', '分享到', '返回顶部', '我要纠错', '设为首页', '加入收藏', '收藏本站',
  '首页', '手机版', '公众号', '微信', '微博', '大', '中', '小', '字体', '字号', '默认', '播报', '编辑', '讨论', '锁定',
  '上传视频', '目录', '下载', '点击此处下载', '保存', '纠错', '分享到微信', '分享到微博', '|', '｜', '/',
  '相关法规', '相关文章', '相关链接', '相关阅读', '相关文件', '相关新闻', '推荐阅读', '热点推荐', '延伸阅读', '附件下载', '打印此页',
  '打印文章', '关闭本页', '返回', '返回列表', '上一篇', '下一篇', '扫一扫在手机打开当前页', '扫一扫',
]);
/** 点击2435次, 浏览：9436, 阅读 123 */
const COUNTER = /^(?:点击|浏览|阅读|访问)(?:数|量|次数|率)?[：:]?\s*[0-9０-９]*\s*次?$/u;
const LOOSE_DATE_CHUNK = /^(?:[0-9０-９]{4}[-./年][0-9０-９]{1,2}[-./月][0-9０-９]{1,2}日?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)$/u;

/** Whole lines that are site furniture, matched on the simplified, trimmed line. */
const FURNITURE_LINES: readonly RegExp[] = [
  // Breadcrumbs.
  /^(?:当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|现在位置|位置)\s*[：:]/u,
  /^(?:首页|网站首页|主页|返回首页)\s*[>»＞›→/]/u,
  // Footers.
  /ICP[备证][0-9０-９-]*号?|公网安备|网站标识码|版权所有|copyright|©/iu,
  /^(?:主办单位|承办单位|技术支持|运行维护单位|联系电话|联系我们|网站地图|网站声明|设为首页)\s*[：:|｜]?/u,
  // A navigation bar: three or more short links between bars (热门站点| 世界资料网 | 专利资料网 | 论坛).
  /^[^|｜。，；]{1,12}(?:\s*[|｜]\s*[^|｜。，；]{1,12}){2,}\s*[|｜]?$/u,
  // A telephone number on its own (推广联系电话: 400-100-6375, 0591-87569904).
  /^[^，。；：:]{0,8}(?:电话|热线|咨询|传真)\s*[：:]?\s*[0-9０-９()（）\-－\s]{7,}$/u,
  /^[0-9０-９()（）\-－\s]{7,}$/u,
  // Wiki taglines and navigation.
  /^(?:维基文库|维基百科|百度百科)$/u,
  /^(?:维基文库|维基百科)\s*[，,]\s*自由的(?:图书馆|百科全书)/u,
  /^(?:出自|来自)(?:维基文库|维基百科|百度百科)/u,
  /^(?:跳转到|跳到)(?:导航|搜索|内容)/u,
  /^[(（]?重定向自/u,
  /^(?:此页面|本页面)最后(?:编辑|修订|修改)于/u,
  // Wikisource's licence footer for PRC official documents.
  /^本作品(?:来自|在全世界|是|属于|根据|依据|不适用)/u,
  // The wiki's links to the previous and next version of a text: 1998年 …规定 / ←2008年→.
  /^[←<]?\s*[0-9０-９]{4}\s*年(?:[\s\u3000]+[^月日。，；：,;:]*?)?\s*[→>]?$/u,
];

export interface FurnitureLine {
  /** 1-based line of the source. */
  readonly line: number;
  readonly text: string;
}

export interface CleanCopy {
  /** The text without its furniture lines, edit marks taken off headings. */
  readonly text: string;
  /** For each line of `text`, its 1-based line in the source. */
  readonly lineMap: readonly number[];
  /** Document fields read from the furniture, as printed. */
  readonly metadata: SourceMetadata;
  /** The source line each metadata field was read from. */
  readonly metadataLines: Readonly<Partial<Record<Field, number>>>;
  /** Facts about the document the corpus format has no field for (时效性：现行有效), as printed. */
  readonly noted: readonly FurnitureLine[];
  /** Every line dropped, as printed. */
  readonly dropped: readonly FurnitureLine[];
  /** Dropped lines no rule knows as short furniture of its kind (for the prose check). */
  readonly unexplained: readonly FurnitureLine[];
}

/** An edit mark a wiki prints after a heading: [编辑], [編輯], [编辑源代码], [edit], 播报 编辑. */
const EDIT_MARK = /(?:[\s\u3000]*[[［【]\s*(?:编辑|编辑源代码|修改|edit|编辑本段)\s*[\]］】]|[\s\u3000]+(?:播报[\s\u3000]*)?编辑|[\s\u3000]*播报[\s\u3000]*编辑)[\s\u3000]*$/iu;

export function stripEditMark(line: string, simplified = toSimplified(line)): string {
  const m = simplified.match(EDIT_MARK);
  // Simplifying keeps offsets, so the match's index cuts the printed line too.
  return m ? line.slice(0, m.index) : line;
}

type Chunk = { kind: 'pair' } | { kind: 'chrome' } | { kind: 'date' };

const CHUNK_BREAK = new RegExp(`${BLANK}+|(?=[【\\[［]\\s*(?:${KEY_ALTERNATION})\\s*[】\\]］])`, 'gu');

/** Split a line into blank-separated chunks, with 【key】 starting a chunk even without a blank before it. */
function chunks(simplified: string, printed: string): { s: string; p: string }[] {
  const out: { s: string; p: string }[] = [];
  let start = 0;
  for (const m of simplified.matchAll(CHUNK_BREAK)) {
    if (m.index > start) out.push({ s: simplified.slice(start, m.index), p: printed.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < simplified.length) out.push({ s: simplified.slice(start), p: printed.slice(start) });
  return out;
}

/**
 * A line made only of key：value pairs, counters and buttons (来源：中国政府网
 * 发表时间:2008-09-10 点击2435次 【字体：大 中 小】): its pairs, or undefined
 * when anything on the line is not furniture.
 */
function readMetadataLine(line: string, simplifiedLine: string): { pairs: { key: string; value: string }[] } | undefined {
  // Most lines are the notice's own: a line that opens with none of the keys, brackets or buttons is not furniture.
  if (!METADATA_START.test(simplifiedLine)) return undefined;
  // Bracketed buttons first, blanks and all: 【字体：大 中 小】　【打印本页】
  let chromeGroups = 0;
  const printed = trimBlanks(
    line.replace(/[【\[［]([^】\]］]*)[】\]］]/gu, (whole, inner: string) => {
      const bare = toSimplified(inner).trim();
      if (/^(?:字体|字号)/u.test(bare) || bare.split(/[\s\u3000]+/u).every((w) => CHROME_WORDS.has(w))) {
        chromeGroups++;
        return ' ';
      }
      return whole;
    }),
  );
  // Only buttons (the line is not empty, so something was taken off).
  if (printed === '') return { pairs: [] };
  const simplified = toSimplified(printed);
  const parsed: Chunk[] = chromeGroups > 0 ? [{ kind: 'chrome' }] : [];
  const pairs: { key: string; value: string; at: number }[] = [];
  for (const { s, p } of chunks(simplified, printed)) {
    const pair = s.match(BRACKET_PAIR) ?? s.match(COLON_PAIR);
    if (pair) {
      pairs.push({ key: pair[1]!, value: p.slice(p.length - pair[2]!.length), at: parsed.length });
      parsed.push({ kind: 'pair' });
      continue;
    }
    // A key printed with its value after a blank (【发布日期】 2008.07.10): the chunk is the value, whatever it looks like.
    const last = pairs.at(-1);
    const afterKey = last !== undefined && last.at === parsed.length - 1;
    if (afterKey && last.value === '') {
      last.value = p;
      continue;
    }
    if (COUNTER.test(s) || CHROME_WORDS.has(s)) {
      parsed.push({ kind: 'chrome' });
      continue;
    }
    if (LOOSE_DATE_CHUNK.test(s)) {
      parsed.push({ kind: 'date' });
      continue;
    }
    // Anything else continues the value before it (标题：甲局 主要职责), if there is one.
    if (afterKey) {
      last.value = `${last.value} ${p}`;
      continue;
    }
    return undefined;
  }
  // A date alone is the notice's own date line, not furniture.
  if (parsed.every((c) => c.kind === 'date')) return undefined;
  if (pairs.some((p) => [...p.value].length > 100)) return undefined;
  return { pairs: pairs.map(({ key, value }) => ({ key, value: trimBlanks(value) })) };
}

/** How a metadata line can open: a key, a bracket, a button or counter, a date. */
const METADATA_START = new RegExp(`^(?:${KEY_ALTERNATION}|[【\\[［]|点击|浏览|阅读|访问|[0-9０-９]|${[...CHROME_WORDS].map((w) => w.replace(/[|/]/gu, '\\$&')).join('|')})`, 'u');

/** 发布于国办发〔2008〕60号《通知》, 发布于2008年7月10日: Wikisource's header line. */
function readPublishedIn(simplified: string, printed: string): Partial<Record<Field, string>> | undefined {
  const m = simplified.match(/^发布于\s*(.*)$/u);
  if (!m) return undefined;
  const rest = printed.slice(printed.length - m[1]!.length);
  const out: Partial<Record<Field, string>> = {};
  const num = findDocumentNumber(rest);
  if (num) out.number = num.printed;
  const date = rest.match(/[0-9０-９〇○零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u);
  if (date) out.dateText = date[0];
  return out;
}

/**
 * Baidu Baike's infobox, pasted as a key line then a value line (发布单位 /
 * 国务院办公厅 / 文号 / 国办发〔2008〕60号). Its 发布时间 is the document's date.
 */
const INFOBOX_KEYS: Readonly<Record<string, Field | null>> = {
  中文名: 'title', 中文名称: 'title', 名称: 'title', 外文名: null, 发布单位: 'issuer', 颁布单位: 'issuer', 发布机关: 'issuer', 发文机关: 'issuer',
  发布部门: 'issuer', 文号: 'number', 发文字号: 'number', 发布时间: 'dateText', 颁布时间: 'dateText', 发布日期: 'dateText', 成文日期: 'dateText',
  实施时间: null, 施行时间: null, 实施日期: null, 类型: null, 性质: null, 时效性: null, 效力级别: null, 属性: null, 类别: null,
};
/** A wiki's closing sections: everything from this line on is the site's (参考资料 and its numbered references). */
const TAIL_START = /^(?:参考资料|参考文献|扩展阅读|词条标签|词条图册|相关词条|外部链接)$/u;
/** A wiki's citation marks after a sentence: …事项。[1] */
const CITATION_MARKS = /(?<=[。；：;:！？!?”」』）)])[\s　]*(?:\[[0-9]{1,3}(?:\s*[-–,，]\s*[0-9]{1,3})*\])+[\s　]*$/u;

/** A table of contents a wiki prints under 目录: 1 职责调整 / 2 主要职责. */
const TOC_ENTRY = /^[0-9０-９]{1,2}(?:\.[0-9]{1,2})*[\s\u3000]+[^\s。；，]{1,30}$/u;

/**
 * The line in simplified script, character by character (offsets kept), for
 * matching. Furniture is short; of a long line only its start (a key) and its
 * end (an edit mark) are looked at, so only those are converted.
 */
function simplifiedForMatching(line: string): string {
  if (line.length <= 160) return toSimplified(line);
  return toSimplified(line.slice(0, 60)) + line.slice(60, -20) + toSimplified(line.slice(-20));
}

/** Take the furniture out of a pasted copy, reading what it says about the document. */
export function cleanCopy(raw: string): CleanCopy {
  const lines = normaliseLineBreaks(raw).split('\n');
  const kept: string[] = [];
  const lineMap: number[] = [];
  const metadata: Partial<Record<Field, string>> = {};
  const metadataLines: Partial<Record<Field, number>> = {};
  const noted: FurnitureLine[] = [];
  const dropped: FurnitureLine[] = [];
  const unexplained: FurnitureLine[] = [];
  let inToc = false;
  let inTail = false;
  let infoboxKey: Field | null | undefined;
  let firstKept: string | undefined;
  let keptNonEmpty = 0;
  lines.forEach((printedLine, i) => {
    const lineNo = i + 1;
    const printed = trimBlanks(printedLine);
    const simplifiedLine = simplifiedForMatching(printedLine);
    const s = trimBlanks(simplifiedLine);
    const pendingKey = infoboxKey;
    infoboxKey = undefined;
    const setField = (field: Field, value: string) => {
      if (value === '' || metadata[field] !== undefined) return;
      metadata[field] = value;
      metadataLines[field] = lineNo;
    };
    const drop = (known: boolean) => {
      dropped.push({ line: lineNo, text: printed });
      if (!known) unexplained.push({ line: lineNo, text: printed });
    };
    if (inTail) {
      if (printed !== '') drop(true);
      return;
    }
    if (printed === '') {
      inToc = false;
      kept.push(printedLine);
      lineMap.push(lineNo);
      return;
    }
    if (pendingKey !== undefined) {
      if (pendingKey !== null) setField(pendingKey, printed);
      drop(true);
      return;
    }
    if (firstKept !== undefined && TAIL_START.test(s)) {
      inTail = true;
      drop(true);
      return;
    }
    if (firstKept !== undefined && Object.hasOwn(INFOBOX_KEYS, s) && i + 1 < lines.length && trimBlanks(lines[i + 1]!) !== '' && !/[。；]$/u.test(trimBlanks(lines[i + 1]!))) {
      infoboxKey = INFOBOX_KEYS[s]!;
      drop(true);
      return;
    }
    // A wiki's abstract under the title: 《国务院办公厅…规定》是国务院办公厅2008年印发的规定。
    if (firstKept !== undefined && keptNonEmpty === 1 && printed.startsWith(`《${firstKept}》`)) {
      drop(true);
      return;
    }
    if (s === '目录') {
      inToc = true;
      drop(true);
      return;
    }
    if (inToc && TOC_ENTRY.test(s)) {
      drop(true);
      return;
    }
    inToc = false;
    if (CHROME_WORDS.has(s) || COUNTER.test(s) || FURNITURE_LINES.some((re) => re.test(s))) {
      drop(true);
      return;
    }
    const published = readPublishedIn(s, printed);
    if (published) {
      for (const [field, value] of Object.entries(published)) setField(field as Field, value);
      drop(true);
      return;
    }
    const meta = readMetadataLine(printed, s);
    if (meta) {
      for (const { key, value } of meta.pairs) {
        const field = FIELD_KEYS[key];
        if (field) setField(field, value);
        else if (NOTED_KEYS.includes(key) && value !== '') noted.push({ line: lineNo, text: `${key}：${value}` });
      }
      drop(meta.pairs.every((p) => [...p.value].length < 60));
      return;
    }
    kept.push(stripEditMark(printedLine, simplifiedLine).replace(CITATION_MARKS, ''));
    lineMap.push(lineNo);
    keptNonEmpty++;
    firstKept ??= printed;
  });
  return { text: kept.join('\n'), lineMap, metadata, metadataLines, noted, dropped, unexplained };
}
