/**
 * A saved web page → the notice's paragraphs. Government sites wrap a notice
 * in navigation, breadcrumbs, search boxes, share buttons, "related files"
 * lists and a footer (版权所有, ICP numbers), and print a metadata table above
 * it. The page is parsed (linkedom), the metadata block read into fields, and
 * the article found by where the prose is: starting from <body>, descend into
 * the child that holds nearly all of the page's paragraph text until the text
 * divides among several children. Everything outside is reported as dropped.
 */
import { DOMParser } from 'linkedom';
import { UserError } from '../../errors.js';
import { chineseTextScore, decodeNotice, type Decoder } from '../encoding.js';
import { childElements, isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { findMetadataBlocks, readMetadata } from './html-metadata.js';
import type { SourceText } from './types.js';

// ---------------------------------------------------------------------------
// Bytes → text

/** Charset names pages declare → the decoder iconv-lite knows; GB2312 and GBK pages are read as their superset GB18030. */
function decoderName(declared: string): string {
  const name = declared.trim().toLowerCase().replace(/^["']|["']$/gu, '');
  if (/^(?:gb2312|gb_2312(?:-80)?|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/u.test(name)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|x-x-big5|cn-big5|csbig5|cp950)$/u.test(name)) return 'big5';
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/u.test(name)) return 'utf-8';
  return name;
}

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII whatever the charset: read the head as Latin-1, which every byte decodes in.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16384));
  const doc = parseDocument(head);
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const charset = meta.getAttribute('charset');
    if (charset) return charset;
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-type') {
      const m = /charset\s*=\s*["']?([\w.:-]+)/iu.exec(meta.getAttribute('content') ?? '');
      if (m) return m[1];
    }
  }
  return undefined;
}

/** Characters common in any Chinese text: a wrong decoding (Big5 read as GBK) yields rare characters instead. */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严們這個來國會對時說為後過還經點從種麼體實現發動與學關開們當進機業務長門問間題應員設計結報區'
    .split(''),
);

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      if (COMMON.has(ch)) common++;
    }
  }
  return han === 0 ? 0 : common / han;
}

function plausibleChinese(text: string): boolean {
  if (text.includes('\ufffd')) return false;
  const { ratio } = chineseTextScore(text);
  return ratio >= 0.9;
}

export function decodeHtml(bytes: Uint8Array, name: string, decoder: Decoder, told?: string): { text: string; encoding: string } {
  if (told !== undefined) return decodeNotice(bytes, name, decoder, told);
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return decodeNotice(bytes, name, decoder);
  const declared = declaredCharset(bytes);
  if (declared !== undefined) {
    const enc = decoderName(declared);
    // Bytes the declared encoding cannot read (pages that declare UTF-8 but were saved in GBK are common): detect instead.
    if (decoder.encodingExists(enc)) {
      const text = decoder.decode(bytes, enc);
      if (!text.includes('\ufffd')) return { text, encoding: enc };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 or Big5, whichever reads as ordinary Chinese.
  }
  const candidates = ['gb18030', 'big5']
    .map((encoding) => ({ encoding, text: decoder.decode(bytes, encoding) }))
    .filter((c) => plausibleChinese(c.text))
    .sort((a, b) => commonShare(b.text) - commonShare(a.text));
  if (candidates[0]) return candidates[0];
  throw new UserError(`${name}: the page is neither UTF-8, GB18030 nor Big5 text; give its encoding with --encoding NAME`);
}

// ---------------------------------------------------------------------------
// Text → DOM

function parseDocument(html: string): DomDocument {
  const parser = new DOMParser();
  let doc = parser.parseFromString(html, 'text/html') as unknown as DomDocument;
  // linkedom takes a fragment's first element for the root: give a fragment (a copied <div>) a page around it.
  if (doc.documentElement.tagName.toUpperCase() !== 'HTML') {
    doc = parser.parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html') as unknown as DomDocument;
  }
  contentInBody(doc);
  lowerCaseAttributes(doc);
  return doc;
}

/**
 * A page that leaves out <body> (<html><head>…</head><p>…</p></html>, hand-made or cut
 * from a larger page), or puts text outside it: linkedom leaves that text beside the body,
 * or with no body at all. A browser shows it as the body's: move it there, in order.
 */
function contentInBody(doc: DomDocument): void {
  const root = doc.documentElement;
  const kids = Array.from(root.childNodes);
  let body = kids.find((n) => isElement(n) && tagOf(n) === 'BODY') as DomElement | undefined;
  const at = body ? kids.indexOf(body) : kids.length;
  if (!body) {
    body = doc.createElement('body');
    root.appendChild(body);
  }
  const first = body.firstChild;
  kids.forEach((n, i) => {
    if (n === body || (isElement(n) && tagOf(n) === 'HEAD')) return;
    if (i < at) body.insertBefore(n, first);
    else body.appendChild(n);
  });
}

/**
 * linkedom keeps attribute names as the page writes them, and getAttribute('class')
 * does not find CLASS: the upper-case markup of old sites (<META HTTP-EQUIV=…
 * CONTENT=…>, <P CLASS=… STYLE="TEXT-INDENT: 2em">) would read as if unset.
 * HTML's attribute names are case-insensitive: write them in lower case.
 */
function lowerCaseAttributes(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      el.removeAttribute(name);
      // Where the page writes both spellings, the lower-case one stays.
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
}

// ---------------------------------------------------------------------------
// Which elements are furniture

/**
 * Elements that never hold the notice's text. (Void elements, <img>, <input>, <meta>, <link>, <embed>,
 * hold no text to leave out, and the page's <head> is never read: only <body> is.)
 */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'MAP', 'TITLE',
]);

/** Site furniture by element. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU']);

/**
 * Site furniture by the words in its class or id (bshare-custom, xgwj_list,
 * mw-editsection…). Matched against whole words of the name split at - and _,
 * so TRS_Editor (the article of TRS-built sites) is not taken for an editor line.
 */
const FURNITURE_WORDS = new Set([
  'nav', 'navbar', 'navbox', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'position', 'location', 'dqwz', 'weizhi',
  'share', 'bshare', 'jiathis', 'social', 'related', 'relevant', 'recommend', 'xgwj', 'xgxw', 'xglj', 'xgzc',
  'footer', 'copyright', 'banquan', 'zrbj', 'comment', 'comments', 'toolbar', 'search', 'sousuo', 'login',
  'qrcode', 'erweima', 'ewm', 'fontsize', 'zihao', 'pager', 'pagination', 'prevnext', 'sxp', 'sidebar', 'sidenav',
  'editsection', 'noprint', 'catlinks', 'printfooter', 'toc', 'jump', 'headertemplate', 'skip', 'topbar',
  'banner', 'logo', 'advert', 'ad', 'ads', 'gotop', 'backtop', 'close',
]);

function furnitureByName(el: DomElement): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) {
    // ASP.NET sites wrap the whole page in one <form>: a form is furniture only when it is small.
    return tag !== 'FORM' || (el.textContent ?? '').length < 200;
  }
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  for (const name of names.split(/\s+/u)) {
    if (FURNITURE_WORDS.has(name)) return true;
    const parts = name.split(/[-_]+/u);
    // "ws-header" (Wikisource's previous/next header), "mw-editsection", "bshare-custom", "xgwj_list".
    if (parts.length > 1 && parts.some((p) => FURNITURE_WORDS.has(p) && p !== 'ad' && p !== 'close' && p !== 'search')) return true;
    if (name === 'ws-header') return true;
  }
  return false;
}

/**
 * A block whose every character is link text (a navigation list, a "related
 * files" list, a row of tabs): furniture even inside the article's container,
 * where sites put them when the article is the page's whole <body>.
 */
function linksOnly(el: DomElement): boolean {
  const tag = tagOf(el);
  // (Never <body> or <html>: only what is inside the article is asked.)
  if (!BLOCK_TAGS.has(tag) || tag === 'TR' || tag === 'TD' || tag === 'TH') return false;
  const all = (el.textContent ?? '').replace(/[\s\u00a0\u3000|｜·•>»\/\-–—]+/gu, '');
  if (all === '') return false;
  const links = Array.from(el.querySelectorAll('a'));
  const linked = links.reduce((n, a) => n + (a.textContent ?? '').replace(/[\s\u00a0\u3000]+/gu, '').length, 0);
  return linked >= all.length;
}

function hidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/gu, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Lines of site furniture that sit inside the article's own container on
 * many sites: print/close links, font-size switches, share prompts, the
 * editor's name, "related" headings, footer lines. Only short lines.
 */
const FURNITURE_LINE = [
  /^[【[]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部|首页)?|字体|字号)\s*[】\]]?(?:\s*[【[]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏(?:本页)?|返回(?:顶部)?)\s*[】\]]?)*$/u,
  /^[【[]?\s*(?:字体|字号)\s*[：:]?\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小\s*[】\]]?/u,
  /^分享(?:到)?\s*[：:]?/u,
  /^[（(]?\s*责任编辑\s*[：:]/u,
  /^扫一扫/u,
  // The site's publication line under a title: 2008-08-21 08:00　来源：中国政府网 (the notice's own date is in its text).
  /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|浏览|点击|访问|阅读|字号|信息来源)/u,
  /^(?:来源|信息来源|作者|浏览次数|点击数|访问量)\s*[：:]/u,
  /^(?:上一篇|下一篇|上一条|下一条)\s*[：:]/u,
  /^(?:相关(?:文件|链接|新闻|阅读|稿件|政策|解读)|相关附件)\s*[：:]?$/u,
  /(?:版权所有|版權所有|ICP备|ICP证|公网安备|网站标识码|网站识别码|知识共享|知識共享|Creative Commons|隐私政策|免责声明)/u,
];

function furnitureLine(line: string): boolean {
  const t = line.trim();
  return [...t].length <= 80 && FURNITURE_LINE.some((re) => re.test(t));
}

// ---------------------------------------------------------------------------
// Where the prose is

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
  'LEGEND', 'SUMMARY',
]);

const tagOf = (el: DomElement) => el.tagName.toUpperCase();

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x3400 && cp <= 0x9fff) n++;
  }
  return n;
}

/**
 * Each element's prose weight: the ideographs of its paragraphs (runs of
 * inline text between block boundaries) that are not link text and are long
 * enough to be prose (a navigation item or a footer line is not).
 */
function proseWeights(body: DomElement, skip: (el: DomElement) => boolean): Map<DomElement, number> {
  const weight = new Map<DomElement, number>();
  const add = (el: DomElement, n: number) => {
    for (let p: DomElement | null = el; p; p = p.parentElement) weight.set(p, (weight.get(p) ?? 0) + n);
  };
  // A paragraph run: the text of consecutive inline nodes under one block.
  const walk = (block: DomElement) => {
    let run = 0;
    let linkRun = 0;
    const flush = () => {
      if (run >= 8 && linkRun < run * 0.5) add(block, run);
      run = 0;
      linkRun = 0;
    };
    const inline = (node: DomNode, inLink: boolean) => {
      if (node.nodeType === TEXT_NODE) {
        const n = hanCount(node.textContent ?? '');
        run += n;
        if (inLink) linkRun += n;
        return;
      }
      // (skip covers what never holds text.)
      if (!isElement(node) || skip(node)) return;
      if (tagOf(node) === 'BR') {
        flush();
        return;
      }
      if (BLOCK_TAGS.has(tagOf(node))) {
        flush();
        walk(node);
        return;
      }
      for (const c of Array.from(node.childNodes)) inline(c, inLink || tagOf(node) === 'A');
    };
    for (const c of Array.from(block.childNodes)) inline(c, false);
    flush();
  };
  walk(body);
  return weight;
}

/** Descend from <body> into the child holding nearly all the prose, until the prose divides. */
function findArticle(body: DomElement, skip: (el: DomElement) => boolean): DomElement {
  const weight = proseWeights(body, skip);
  let node = body;
  for (;;) {
    const total = weight.get(node) ?? 0;
    // A skipped child weighs nothing (proseWeights does not enter it), so it is never the heaviest.
    const heaviest = childElements(node).reduce<DomElement | undefined>((best, c) => ((weight.get(c) ?? 0) > (best ? (weight.get(best) ?? 0) : 0) ? c : best), undefined);
    if (!heaviest || (weight.get(heaviest) ?? 0) < total * 0.85) return node;
    node = heaviest;
  }
}

// ---------------------------------------------------------------------------
// DOM → lines

/** A style's text-indent as a number of characters (2em, 32px at 16px a character, 24pt at 12pt). */
function textIndent(el: DomElement): number {
  const m = /text-indent\s*:\s*([\d.]+)\s*(em|px|pt|rem)?/iu.exec(el.getAttribute('style') ?? '');
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = m[2]?.toLowerCase();
  const chars = unit === 'em' || unit === 'rem' ? n : unit === 'pt' ? n / 12 : n / 16;
  return Math.min(4, Math.round(chars));
}

const HTML_SPACE = /[ \t\n\r\f]+/gu;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * The text of a subtree as lines: a block element or <br> ends a line, a
 * table row is one line with its cells separated by an ideographic space.
 * Source whitespace collapses as a browser collapses it (and vanishes
 * between two ideographs, where a browser's line break in the source did not
 * mean a space); &nbsp; and the ideographic space are kept, and a
 * text-indent becomes leading ideographic spaces.
 */
export function renderLines(root: DomElement, skip: (el: DomElement) => boolean, onSkip?: (el: DomElement) => void): string[] {
  const lines: string[] = [];
  let line = '';
  let indent = 0;
  const flush = () => {
    let t = line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f\u00a0\u3000]+$/gu, '');
    if (!/^[\u00a0\u3000]/u.test(t)) t = '\u3000'.repeat(indent) + t;
    if (t.replace(/[\s\u00a0\u3000]/gu, '') !== '') lines.push(t);
    line = '';
    indent = 0;
  };
  const appendText = (raw: string, pre: boolean) => {
    if (pre) {
      const parts = raw.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) flush();
        line += p;
      });
      return;
    }
    // A whitespace run with a line break between two ideographs is the page's source formatting, not a space.
    let text = raw.replace(HTML_SPACE, (ws, at: number, all: string) => {
      const before = at > 0 ? all[at - 1]! : line.slice(-1);
      const after = all[at + ws.length] ?? '';
      if (ws.includes('\n') && CJK.test(before) && (after === '' || CJK.test(after))) return '';
      return ' ';
    });
    // (A blank at the line's start goes in flush.)
    if (/[ ]$/u.test(line)) text = text.replace(/^ /u, '');
    line += text;
  };
  const visit = (node: DomNode, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      appendText(node.textContent ?? '', pre);
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (NEVER_TEXT.has(tag) || hidden(node)) return;
    if (skip(node)) {
      onSkip?.(node);
      return;
    }
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = childElements(node)
        .filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH')
        .map((c) => renderLines(c, skip, onSkip))
        .filter((c) => c.length > 0);
      // A data row (one line a cell) is one line; a layout row (old sites set whole pages in tables) keeps its cells' paragraphs.
      if (cells.every((c) => c.length === 1)) {
        if (cells.length > 0) lines.push(cells.map((c) => c[0]!.trim()).join('\u3000'));
      } else {
        for (const c of cells) lines.push(...c);
      }
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      indent = textIndent(node);
    }
    const inPre = pre || tag === 'PRE';
    for (const c of Array.from(node.childNodes)) visit(c, inPre);
    if (block) flush();
  };
  visit(root, false);
  flush();
  return lines;
}

// ---------------------------------------------------------------------------
// The title

const TITLE_HINT = /(?:^|[-_\s])(?:title|tit|bt|biaoti|headline)(?:$|[-_\s\d])/iu;

function precedes(a: DomElement, b: DomElement): boolean {
  // Document order without compareDocumentPosition: a's path and b's path from the root.
  const path = (el: DomElement) => {
    const out: DomElement[] = [];
    for (let p: DomElement | null = el; p; p = p.parentElement) out.unshift(p);
    return out;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length) return false; // one holds the other
  const parent = pa[i - 1]!;
  const kids = childElements(parent);
  return kids.indexOf(pa[i]!) < kids.indexOf(pb[i]!);
}

/**
 * The notice's title when the article container does not include it (gov.cn
 * prints it in an <h1> above the TRS_Editor <div>): the last heading before
 * the article, else the metadata's 标题, else the page's <title> up to the
 * site name.
 */
function findTitle(doc: DomDocument, article: DomElement, skip: (el: DomElement) => boolean, metadataTitle?: string): { lines: string[]; element?: DomElement } | undefined {
  const candidates = Array.from(doc.querySelectorAll('h1, h2, h3, [class], [id]')).filter((el) => {
    const tag = tagOf(el);
    if (!/^H[1-3]$/u.test(tag) && !TITLE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return false;
    if (!precedes(el, article)) return false;
    for (let p: DomElement | null = el; p; p = p.parentElement) if (skip(p)) return false;
    const text = (el.textContent ?? '').replace(/[\s\u00a0\u3000]+/gu, '');
    return hanCount(text) >= 6 && text.length <= 120 && !furnitureLine(text);
  });
  const last = candidates.at(-1);
  if (last) return { lines: renderLines(last, () => false), element: last };
  if (metadataTitle) return { lines: [metadataTitle] };
  const pageTitle = (doc.querySelector('title')?.textContent ?? '').split(/\s*[_|｜–—-]+\s*/u)[0]?.trim();
  if (pageTitle && hanCount(pageTitle) >= 6) return { lines: [pageTitle] };
  return undefined;
}

const contains = (outer: DomElement, inner: DomElement) => {
  for (let p: DomElement | null = inner; p; p = p.parentElement) if (p === outer) return true;
  return false;
};

/** The elements strictly between `first` and `last` in document order, as few and as large as possible. */
function elementsBetween(first: DomElement, last: DomElement): DomElement[] {
  const out: DomElement[] = [];
  let state: 'before' | 'between' | 'done' = 'before';
  const walk = (el: DomElement) => {
    for (const c of childElements(el)) {
      if (state === 'done') return;
      if (c === first) {
        state = 'between';
        continue;
      }
      if (c === last) {
        state = 'done';
        return;
      }
      const holdsFirst = state === 'before' && contains(c, first);
      if (holdsFirst || contains(c, last)) walk(c);
      else if (state === 'between') out.push(c);
    }
  };
  walk(rootOf(first));
  return out;
}

function rootOf(el: DomElement): DomElement {
  let p = el;
  while (p.parentElement) p = p.parentElement;
  return p;
}

/**
 * A title element's lines as one: a <br> inside a heading is where the page
 * chose to break a long title (国务院办公厅关于印发商务部主要职责<br>内设机构和人员编制规定的通知),
 * not two paragraphs. A document number or date set under it stays its own line.
 */
function joinTitleLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  const own = (l: string) => /[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）].{0,6}号$|^\d{4}[-./年]|^[（(].*[）)]$/u.test(l.trim());
  for (const l of lines) {
    const t = l.trim();
    if (out.length > 0 && !own(t) && !own(out[out.length - 1]!)) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/gu, '');

// ---------------------------------------------------------------------------

export interface ReadHtmlOptions {
  readonly name: string;
  readonly decoder: Decoder;
  readonly encoding?: string;
}

export function readHtml(bytes: Uint8Array, options: ReadHtmlOptions): SourceText {
  const { text: html, encoding } = decodeHtml(bytes, options.name, options.decoder, options.encoding);
  const doc = parseDocument(html);
  const body = doc.body!;
  const metadataBlocks = findMetadataBlocks(body);
  const metadata = readMetadata(metadataBlocks);
  const isMetadata = (el: DomElement) => metadataBlocks.includes(el);
  const isFurniture = (el: DomElement) => furnitureByName(el) || hidden(el);
  const skipForArticle = (el: DomElement) => isMetadata(el) || isFurniture(el) || NEVER_TEXT.has(tagOf(el));

  const article = findArticle(body, skipForArticle);
  const skipInArticle = (el: DomElement) => skipForArticle(el) || (el !== article && linksOnly(el));
  const dropped: string[] = [];
  const articleLines = renderLines(article, skipInArticle, (el) => {
    if (!isMetadata(el)) dropped.push(...renderLines(el, () => false));
  });

  const kept: string[] = [];
  for (const line of articleLines) {
    if (furnitureLine(line)) dropped.push(line.trim());
    else kept.push(line);
  }

  // The title, when the article's own text does not begin with it.
  const title = findTitle(doc, article, skipForArticle, metadata.title);
  const opening = squash(kept.slice(0, 4).join(''));
  let titleElement: DomElement | undefined;
  const between: DomElement[] = [];
  if (title && !opening.includes(squash(title.lines.join('')))) {
    // What a page prints between the title and the article (the number under the title: 国办发〔2008〕77号) belongs to the notice.
    const gap = title.element ? elementsBetween(title.element, article) : [];
    const gapLines = gap.flatMap((el) => renderLines(el, skipInArticle)).filter((l) => !furnitureLine(l));
    const short = gapLines.length <= 4 && squash(gapLines.join('')).length <= 120;
    kept.unshift(...joinTitleLines(title.lines), ...(short ? gapLines : []));
    if (short) between.push(...gap);
    titleElement = title.element;
  }

  // Whatever the page shows outside the article, the title and the metadata block. Boilerplate
  // recognised for certain (copyright, licence and ICP lines, print and share links) is dropped
  // without a report: the report is for text whose dropping a person may want to check.
  const outside = renderLines(body, (el) => el === article || el === titleElement || between.includes(el) || isMetadata(el));
  const droppedAll = [...outside, ...dropped].map((l) => l.trim()).filter((l) => !furnitureLine(l));

  return { format: 'html', encoding, text: kept.join('\n'), metadata, dropped: droppedAll };
}
