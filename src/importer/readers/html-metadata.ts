/**
 * The metadata block that Chinese government sites print above an article:
 * gov.cn's 政策文件库 table (`policyLibraryOverview_header`: 标　　题 | … |
 * 发文机关 | … rows of label and value cells), the 政府信息公开 tables of
 * ministry and provincial sites (索引号, 主题分类, 发文字号, 成文日期), and
 * the newer list layouts (`<li><span>发文机关：</span>…</li>`, label/value
 * `<div>` pairs, or one block of `标 题： … 发文机关： …` text). All of them
 * are label/value cells once the markup is read; this reads cells, not tags.
 */
import type { SourceMetadata } from './types.js';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

type Field = keyof SourceMetadata;

/** Labels as printed (blanks removed) → the field they fill; `null`: a label we know but keep nothing from. */
const LABELS: ReadonlyMap<string, Field | null> = new Map<string, Field | null>([
  ['标题', 'title'],
  ['名称', 'title'],
  ['文件名称', 'title'],
  ['文件标题', 'title'],
  ['發文機關', 'issuer'],
  ['发文机关', 'issuer'],
  ['发布机构', 'issuer'],
  ['发布机关', 'issuer'],
  ['发文单位', 'issuer'],
  ['发布单位', 'issuer'],
  ['发布部门', 'issuer'],
  ['颁布单位', 'issuer'],
  ['制发机关', 'issuer'],
  ['发文字号', 'number'],
  ['發文字號', 'number'],
  ['文号', 'number'],
  ['文件编号', 'number'],
  ['成文日期', 'dateText'],
  ['成文時間', 'dateText'],
  ['成文时间', 'dateText'],
  ['发文日期', 'dateText'],
  ['主题分类', 'subject'],
  ['主题類別', 'subject'],
  ['主题类别', 'subject'],
  ['索引号', 'indexNumber'],
  ['索引號', 'indexNumber'],
  // Read as labels so that they end the value before them; their values are not document fields.
  ['发布日期', null],
  ['发布时间', null],
  ['来源', null],
  ['公文种类', null],
  ['文种', null],
  ['体裁分类', null],
  ['组配分类', null],
  ['服务对象', null],
  ['有效性', null],
  ['时效性', null],
  ['实施日期', null],
  ['废止日期', null],
  ['生效日期', null],
  ['信息来源', null],
  ['发布机构代码', null],
  ['关键词', null],
  ['主题词', null],
  ['统一编号', null],
  ['统一登记号', null],
]);

/** A publication date fills the date only when the page gives no 成文日期. */
const PUBLICATION_DATE_LABELS = new Set(['发布日期', '发布时间']);

const BLANKS = /[\s\u00a0\u3000]+/gu;

/** A label as the page prints it (标　　题：) → the key in LABELS (标题). */
function labelKey(text: string): string | undefined {
  const key = text.replace(BLANKS, '').replace(/[：:]$/u, '');
  return LABELS.has(key) ? key : undefined;
}

/**
 * A label followed by a colon anywhere in a cell's text, its blanks allowed (标 题：). The order of
 * the alternatives does not matter: a label and its colon never begin a longer label (发布机构：, 发布机构代码：).
 */
const INLINE_LABEL = new RegExp(
  `(${[...LABELS.keys()]
    .map((k) => [...k].join('[\\s\\u00a0\\u3000]*'))
    .join('|')})[\\s\\u00a0\\u3000]*[：:]`,
  'gu',
);

const CELL_TAGS = new Set(['TD', 'TH', 'LI', 'DT', 'DD', 'P', 'DIV', 'TR', 'SPAN', 'LABEL', 'STRONG', 'B', 'EM', 'I', 'FONT', 'H3', 'H4', 'H5', 'H6']);
/** Elements whose text is one cell even when it is split over inline children (a date in several <span>s). */
const LEAF_CELL_TAGS = new Set(['TD', 'TH', 'LI', 'DT', 'DD', 'P']);

/**
 * The texts of a block's cells, in document order. A table cell, list item or
 * paragraph is one cell; a <div> or <span> is one cell when it holds no other
 * cell; bare text between them is a cell of its own.
 */
function cells(root: DomElement): string[] {
  const out: string[] = [];
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const t = (node.textContent ?? '').replace(BLANKS, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    const hasCellChild = Array.from(el.children).some((c) => CELL_TAGS.has(c.tagName.toUpperCase()) && (c.textContent ?? '').trim() !== '');
    if (LEAF_CELL_TAGS.has(tag) && !Array.from(el.children).some((c) => LEAF_CELL_TAGS.has(c.tagName.toUpperCase()) || c.tagName.toUpperCase() === 'TABLE')) {
      // <td><b>发文字号：</b></td> and <li><span>发文机关：</span>国务院</li> are one cell each.
      const t = (el.textContent ?? '').replace(BLANKS, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (!hasCellChild && CELL_TAGS.has(tag)) {
      const t = (el.textContent ?? '').replace(BLANKS, ' ').trim();
      if (t) out.push(t);
      return;
    }
    for (const child of Array.from(el.childNodes)) visit(child);
  };
  visit(root);
  return out;
}

interface Pair {
  readonly key: string;
  readonly value: string;
}

/** Label/value pairs in a run of cells: a bare label cell takes the next cell as its value; `label：value` splits in place. */
function pairsOf(texts: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    // A cell that is a label and nothing else (标　　题, 发文字号：): its value is the next cell.
    const bare = labelKey(text);
    if (bare !== undefined) {
      const next = texts[i + 1];
      if (next !== undefined && labelKey(next) === undefined && !startsWithLabel(next)) {
        pairs.push({ key: bare, value: next });
        i++;
      }
      continue;
    }
    const found = [...text.matchAll(INLINE_LABEL)];
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      const key = labelKey(m[1]!)!;
      const end = k + 1 < found.length ? found[k + 1]!.index : text.length;
      let value = text.slice(m.index + m[0].length, end).trim();
      // The last label of a cell, with nothing after it (<td>发文机关：国务院　成文日期：</td><td>…</td>): the value is the next cell.
      if (value === '' && k === found.length - 1) {
        const next = texts[i + 1];
        if (next !== undefined && labelKey(next) === undefined && !startsWithLabel(next)) {
          value = next;
          i++;
        }
      }
      if (value) pairs.push({ key, value });
    }
  }
  return pairs;
}

function startsWithLabel(text: string): boolean {
  INLINE_LABEL.lastIndex = 0;
  const m = INLINE_LABEL.exec(text);
  INLINE_LABEL.lastIndex = 0;
  return m !== null && m.index === 0;
}

/**
 * How many distinct known labels an element's cells carry, counting only an
 * element that is mostly labels and values: a notice's own text that quotes
 * 发布机关：… in a sentence or two is not a metadata block.
 */
function labelCount(el: DomElement): number {
  const texts = cells(el);
  const pairs = pairsOf(texts);
  const keys = new Set(pairs.map((p) => p.key));
  if (keys.size < 2) return keys.size;
  const total = texts.join('').replace(BLANKS, '').length;
  const covered = pairs.reduce((n, p) => n + p.key.length + p.value.replace(BLANKS, '').length + 1, 0);
  return covered >= total * 0.6 ? keys.size : 0;
}

/** Elements that hold nothing but a metadata block: two or more labels, little other text, no smaller element holding as many. */
export function findMetadataBlocks(body: DomElement): DomElement[] {
  const found: DomElement[] = [];
  const visit = (el: DomElement): number => {
    let best = 0;
    for (const child of Array.from(el.children)) best = Math.max(best, visit(child));
    const text = (el.textContent ?? '').replace(BLANKS, '');
    // A long text is an article that happens to quote a label, not a metadata block.
    if (text.length > 800 || !/[发文标题成索主名]/u.test(text)) return best;
    const n = labelCount(el);
    if (n >= 2 && n > best) {
      // This element holds more labels than any child: it is the block (drop any child already taken).
      for (let i = found.length - 1; i >= 0; i--) if (contains(el, found[i]!)) found.splice(i, 1);
      found.push(el);
      return n;
    }
    return Math.max(best, n);
  };
  visit(body);
  return found;
}

function contains(outer: DomElement, inner: DomElement): boolean {
  for (let p: DomNode | null = inner; p; p = p.parentNode) if (p === outer) return true;
  return false;
}

/** The fields a set of metadata blocks gives; the first value of each field wins (pages repeat the block for mobile). */
export function readMetadata(blocks: readonly DomElement[]): SourceMetadata {
  const out: { -readonly [K in Field]?: string } = {};
  let publicationDate: string | undefined;
  for (const block of blocks) {
    for (const { key, value } of pairsOf(cells(block))) {
      const field = LABELS.get(key);
      if (PUBLICATION_DATE_LABELS.has(key)) publicationDate ??= value;
      if (!field || out[field] !== undefined) continue;
      out[field] = value;
    }
  }
  if (out.dateText === undefined && publicationDate !== undefined) out.dateText = publicationDate;
  return out;
}
