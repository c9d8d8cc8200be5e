/**
 * The organisation of a 三定 provision: a body unit and its 内设机构 (units
 * whose `parent` is it), with duty counts and staffing, as a tree for the
 * terminal (`units --tree`) and as an SVG chart (`show UNIT -o chart.svg`)
 * laid out as Chinese organisation charts are: the body unit in a box on top,
 * its departments in narrow boxes below with their names set vertically.
 */
import type { Unit } from '../corpus/model.js';
import { CJK_SANS, escapeMarkup, textWidth } from './markup.js';
import { safeLine } from './safe-text.js';
import { displayWidth, wrapText } from './wrap.js';

export interface OrgNode {
  readonly unit: Unit;
  readonly children: readonly OrgNode[];
}

/** The units as trees: roots are those whose parent is not among them; children in corpus order. */
export function unitForest(units: readonly Unit[]): OrgNode[] {
  const present = new Set(units);
  const childrenOf = new Map<Unit, Unit[]>();
  for (const u of units) {
    if (u.parent && present.has(u.parent)) {
      const list = childrenOf.get(u.parent) ?? [];
      list.push(u);
      childrenOf.set(u.parent, list);
    }
  }
  // A parent chain that loops (the loader refuses one, but a library caller might not) stops where it repeats.
  const build = (u: Unit, seen: Set<Unit>): OrgNode => ({
    unit: u,
    children: (childrenOf.get(u) ?? []).filter((c) => !seen.has(c)).map((c) => build(c, new Set([...seen, c]))),
  });
  return units.filter((u) => !u.parent || !present.has(u.parent)).map((u) => build(u, new Set([u])));
}

/** The top of a unit's tree: its furthest ancestor. */
export function rootOf(unit: Unit): Unit {
  let u = unit;
  const seen = new Set<Unit>([u]);
  while (u.parent && !seen.has(u.parent)) {
    u = u.parent;
    seen.add(u);
  }
  return u;
}

/**
 * The headline figure of a staffing paragraph: its first sentence that says
 * 编制 (a 三定's 人员编制 opens with the body's 行政编制 total, 商务部机关行政编制为1300名),
 * without an article label (第五条) in front; the first sentence when none does.
 */
export function staffingHeadline(staffing: string): string {
  const sentences = staffing
    .split(/(?<=[。；;])|\n/u)
    .map((s) => s.replace(/^[\s　]*第[一二三四五六七八九十百零〇两\d]+条[\s　]*/u, '').trim())
    .filter((s) => s !== '');
  return sentences.find((s) => s.includes('编制')) ?? sentences[0] ?? '';
}

export interface OrgLabels {
  readonly duties: (n: number) => string;
  /** A department box's duty count, under its vertical name (short: the box is narrow). */
  readonly leafCount: (n: number) => string;
  readonly departments: (n: number) => string;
  readonly staffing: string;
  readonly title: (name: string) => string;
}

export const ORG_LABELS: Readonly<Record<'zh' | 'en', OrgLabels>> = {
  zh: {
    duties: (n) => `职责${n}项`,
    leafCount: (n) => `${n}项`,
    departments: (n) => `内设机构${n}个`,
    staffing: '人员编制',
    title: (name) => `${name}组织机构图`,
  },
  en: {
    duties: (n) => `${n} ${n === 1 ? 'duty' : 'duties'}`,
    leafCount: (n) => String(n),
    departments: (n) => `${n} ${n === 1 ? 'department' : 'departments'}`,
    staffing: 'staffing',
    title: (name) => `Organisation of ${name}`,
  },
};

export interface OrgTreeOptions {
  readonly labels: OrgLabels;
  readonly idOf: (u: Unit) => string;
  /** Wrap staffing to this many columns; undefined keeps it on one line. */
  readonly width: number | undefined;
  readonly dim?: (s: string) => string;
  readonly bold?: (s: string) => string;
}

/**
 * The units as a tree for the terminal: per document, each root unit and its
 * departments under it with box-drawing branches, each line the name (and
 * external name), the id and the number of duties; staffing under the unit
 * that has it.
 */
export function renderUnitForest(units: readonly Unit[], options: OrgTreeOptions): string {
  const { labels } = options;
  const dim = options.dim ?? ((s: string) => s);
  const bold = options.bold ?? ((s: string) => s);
  const out: string[] = [];
  const docs = [...new Set(units.map((u) => u.doc))];
  for (const doc of docs) {
    if (out.length > 0) out.push('');
    out.push(bold(safeLine([doc.id, doc.numberNormalized ?? doc.number, doc.title].filter(Boolean).join('  '))));
    const forest = unitForest(units.filter((u) => u.doc === doc));
    const walk = (node: OrgNode, lead: string, branch: string, last: boolean) => {
      const u = node.unit;
      const name = safeLine(u.name) + (u.externalName ? `（${safeLine(u.externalName)}）` : '');
      const counts = [labels.duties(u.duties.length), node.children.length > 0 ? labels.departments(node.children.length) : undefined].filter(Boolean).join(' · ');
      out.push(`${lead}${branch}${name}  ${dim(safeLine(options.idOf(u)))}  ${counts}`);
      const childLead = lead + (branch === '' ? '' : last ? '   ' : '│  ');
      if (u.staffing) {
        const head = `${labels.staffing}：`;
        const rail = childLead + (node.children.length > 0 ? '│  ' : '   ');
        const text = safeLine(u.staffing.replace(/\s*\n\s*/g, ' '));
        const room = options.width === undefined ? undefined : options.width - displayWidth(rail) - displayWidth(head);
        const lines = room === undefined ? [text] : wrapText(text, Math.max(room, 16));
        lines.forEach((l, i) => out.push(`${rail}${i === 0 ? dim(head) : ' '.repeat(displayWidth(head))}${l}`));
      }
      node.children.forEach((c, i) => walk(c, childLead, i === node.children.length - 1 ? '└─ ' : '├─ ', i === node.children.length - 1));
    };
    for (const root of forest) walk(root, '', '', true);
  }
  return out.join('\n') + '\n';
}

const FONT = 14;
const PAD = 10;
const LEAF_WIDTH = 36;
const GAP_X = 12;
const GAP_Y = 36;
/** Departments in one row at most; more wrap to further rows under the same parent. */
const MAX_PER_ROW = 16;

interface Box {
  readonly node: OrgNode;
  x: number;
  y: number;
  readonly width: number;
  height: number;
  /** Lines of horizontal text, or one vertical name for a leaf. */
  readonly lines: readonly { text: string; size: number; bold?: boolean; fill?: string }[];
  readonly vertical: boolean;
}

interface Laid {
  readonly boxes: Box[];
  readonly links: { from: Box; to: Box[] }[];
  width: number;
  height: number;
}

/**
 * Lay out a tree: a unit with departments gets a box with its name, counts
 * and staffing headline; a unit without gets a narrow box with its name set
 * vertically and its duty count under it. Children sit centred under their
 * parent, in rows of at most MAX_PER_ROW.
 */
function layout(node: OrgNode, labels: OrgLabels, highlight: Unit | undefined, top = true): Laid {
  const u = node.unit;
  if (node.children.length === 0 && !top) {
    const name = u.name;
    const count = labels.leafCount(u.duties.length);
    const height = textWidth(name, FONT) + PAD * 2 + FONT + 6;
    const box: Box = { node, x: 0, y: 0, width: Math.max(LEAF_WIDTH, textWidth(count, 12) + 8), height, lines: [{ text: name, size: FONT, bold: u === highlight }, { text: count, size: 12, fill: '#555555' }], vertical: true };
    return { boxes: [box], links: [], width: box.width, height: box.height };
  }
  const lines: Box['lines'][number][] = [
    { text: u.name + (u.externalName ? `（${u.externalName}）` : ''), size: 16, bold: true },
    { text: [labels.duties(u.duties.length), node.children.length > 0 ? labels.departments(node.children.length) : undefined].filter(Boolean).join(' · '), size: 12, fill: '#555555' },
  ];
  if (u.staffing) {
    // The staffing headline, in lines short enough for a box (about 22 characters).
    const headline = staffingHeadline(u.staffing);
    for (const l of wrapText(headline, 44)) lines.push({ text: l, size: 12, fill: '#555555' });
  }
  const width = Math.max(...lines.map((l) => textWidth(l.text, l.size))) + PAD * 2;
  const height = lines.reduce((h, l) => h + l.size * 1.5, 0) + PAD * 2 - 4;
  const box: Box = { node, x: 0, y: 0, width, height, lines, vertical: false };

  const children = node.children.map((c) => layout(c, labels, highlight, false));
  const rows: Laid[][] = [];
  for (let k = 0; k < children.length; k += MAX_PER_ROW) rows.push(children.slice(k, k + MAX_PER_ROW));
  const rowWidth = (row: Laid[]) => row.reduce((w, c) => w + c.width, 0) + GAP_X * (row.length - 1);
  const inner = Math.max(0, ...rows.map(rowWidth));
  const total = Math.max(width, inner);
  box.x = (total - width) / 2;
  const boxes: Box[] = [box];
  const links: Laid['links'] = [];
  let y = height + GAP_Y;
  const tops: Box[] = [];
  for (const row of rows) {
    let x = (total - rowWidth(row)) / 2;
    // Department boxes of a row share one height, so their counts line up.
    const leaves = row.filter((c) => c.boxes.length === 1 && c.boxes[0]!.vertical);
    const leafHeight = Math.max(0, ...leaves.map((c) => c.height));
    for (const c of leaves) c.height = c.boxes[0]!.height = leafHeight;
    const rowHeight = Math.max(...row.map((c) => c.height));
    for (const c of row) {
      for (const b of c.boxes) {
        b.x += x;
        b.y += y;
      }
      boxes.push(...c.boxes);
      links.push(...c.links);
      tops.push(c.boxes[0]!);
      x += c.width + GAP_X;
    }
    y += rowHeight + GAP_Y;
  }
  if (tops.length > 0) links.push({ from: box, to: tops });
  return { boxes, links, width: total, height: rows.length > 0 ? y - GAP_Y : height };
}

const MARGIN = 20;

/** The chart of the tree `unit` belongs to (drawn from its top unit, `unit` itself in bold), as a standalone SVG document. */
export function renderOrgChartSvg(unit: Unit, options: { readonly labels: OrgLabels }): string {
  const root = rootOf(unit);
  const [tree] = unitForest(root.doc.units.filter((u) => rootOf(u) === root));
  const laid = layout(tree!, options.labels, unit);
  const title = options.labels.title(root.name);
  const subtitle = [root.doc.numberNormalized ?? root.doc.number, root.doc.title].filter(Boolean).join('  ');
  const titleHeight = 18 + 14;
  const width = Math.ceil(Math.max(laid.width, textWidth(title, 18), textWidth(subtitle, 12)) + MARGIN * 2);
  const height = Math.ceil(laid.height + titleHeight + 18 + MARGIN * 2);
  const top = MARGIN + titleHeight + 18;
  const left = MARGIN + (width - MARGIN * 2 - laid.width) / 2;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family='${CJK_SANS}' class="org-chart">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="18" font-weight="bold" fill="#1a1a1a">${escapeMarkup(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 18 + 20}" font-size="12" fill="#555555">${escapeMarkup(subtitle)}</text>`,
  ];
  const X = (b: Box) => left + b.x;
  const Y = (b: Box) => top + b.y;
  // Links first, under the boxes: down from the parent, across, down to each child.
  for (const { from, to } of laid.links) {
    const px = X(from) + from.width / 2;
    const rows = [...new Set(to.map((b) => b.y))];
    let fromY = Y(from) + from.height;
    for (const ry of rows) {
      const inRow = to.filter((b) => b.y === ry);
      const busY = top + ry - GAP_Y / 2;
      const xs = inRow.map((b) => X(b) + b.width / 2);
      out.push(`<path d="M${px} ${fromY}V${busY}" stroke="#8c8c8c" fill="none"/>`);
      out.push(`<path d="M${Math.min(px, ...xs)} ${busY}H${Math.max(px, ...xs)}" stroke="#8c8c8c" fill="none"/>`);
      for (const x of xs) out.push(`<path d="M${x} ${busY}V${top + ry}" stroke="#8c8c8c" fill="none"/>`);
      fromY = busY;
    }
  }
  for (const b of laid.boxes) {
    const u = b.node.unit;
    const strong = u === unit;
    const tip = [u.name, u.externalName, options.labels.duties(u.duties.length), u.staffing].filter(Boolean).join('\n');
    out.push(`<g class="unit" data-id="${escapeMarkup(u.id)}"><title>${escapeMarkup(tip)}</title>`);
    out.push(`<rect x="${X(b)}" y="${Y(b)}" width="${b.width}" height="${b.height}" rx="3" fill="${strong ? '#e6f0fa' : '#ffffff'}" stroke="${strong ? '#0b57a4' : '#595959'}" stroke-width="${strong ? 2 : 1}"/>`);
    if (b.vertical) {
      const [name, count] = b.lines;
      out.push(
        `<text x="${X(b) + b.width / 2}" y="${Y(b) + PAD}" font-size="${name!.size}" writing-mode="tb" style="writing-mode: vertical-rl"${name!.bold ? ' font-weight="bold"' : ''} fill="#1a1a1a">${escapeMarkup(name!.text)}</text>`,
        `<text x="${X(b) + b.width / 2}" y="${Y(b) + b.height - PAD + 2}" font-size="${count!.size}" text-anchor="middle" fill="${count!.fill}">${escapeMarkup(count!.text)}</text>`,
      );
    } else {
      let y = Y(b) + PAD;
      for (const l of b.lines) {
        y += l.size * 1.5;
        out.push(`<text x="${X(b) + b.width / 2}" y="${y - l.size * 0.4}" font-size="${l.size}" text-anchor="middle"${l.bold ? ' font-weight="bold"' : ''} fill="${l.fill ?? '#1a1a1a'}">${escapeMarkup(l.text)}</text>`);
      }
    }
    out.push('</g>');
  }
  out.push('</svg>', '');
  return out.join('\n');
}
