/**
 * Raw notice text → a corpus document. Pure: text in, a DocumentFile plus
 * warnings out. The pipeline is segmentNotice (tokens) → readHead (title,
 * number, recipients, body, issuer, date) → units (one per heading in the
 * attachment, or a 三定 provision's body unit and its 内设机构) → outline
 * (numbered items at any depth) → duties. Source defects never stop an import
 * and are never fixed silently: each becomes a warning and, in the document,
 * a note quoting what the source prints.
 */
import type { DocumentFile, DutyFile, SectionFile, UnitFile } from '../corpus/format.js';
import { toSimplified } from '../text/simplify.js';
import { findDocumentNumber, findTrailingDate, matchAttachment, readHead, type DocumentNumber } from './head.js';
import { externalNamesInBody, isSandingTitle, parseUnitHeading } from './heading.js';
import { buildOutline, isSectionNode, type OutlineNode } from './outline.js';
import { isHeadingLike, isSectionTitle, segmentNotice, type Label, type Segment } from './segment.js';

export interface ImportWarning {
  /** 1-based line of the source the warning is about, when there is one. */
  readonly line?: number;
  readonly message: string;
}

export interface ImportOptions {
  /** The document id to use instead of one derived from the number or title. */
  readonly id?: string;
  /** Pinyin initials of a name (机关服务中心 → jgfwzx); unit and document ids are made from them. */
  readonly initials: (name: string) => string;
}

export interface ImportResult {
  readonly document: DocumentFile;
  readonly warnings: ImportWarning[];
}

/** A group of segments under one unit heading. */
interface Group {
  heading?: Segment;
  segments: Segment[];
  sanding: boolean;
}

/** 三定 sections, matched on the simplified text: 三、内设机构 / 四、人员编制 (2008 style) or 第四条 商务部设下列内设机构： / 第五条 商务部机关行政编制为…名 (2018 style). */
function isDepartmentsTitle(text: string): boolean {
  const s = toSimplified(text);
  return (isSectionTitle(s) && /内设机构/u.test(s)) || /设(?:下列|[0-9０-９一二三四五六七八九十]+个)[^。]{0,6}(?:内设机构|职能司)[^。]*[：:]$/u.test(s);
}
function isStaffingTitle(text: string): boolean {
  const s = toSimplified(text);
  return (isSectionTitle(s) && /编制$/u.test(s)) || /^[^。]{0,20}(?:行政编制|人员编制)为/u.test(s);
}

class Warnings {
  readonly list: ImportWarning[] = [];
  add(line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { message } : { line, message });
  }
}

/**
 * Checks that the numbered items of one list count 1, 2, 3… and gives an item
 * whose number repeats an explicit id (3-2 for the second 三、), so the
 * document still validates. Skips and repeats become notes and warnings.
 */
class NumberingCheck {
  private readonly last = new Map<string, Label>();
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly where: string,
    private readonly warnings: Warnings,
  ) {}

  check(label: Label, line: number): { id?: string; notes: string[] } {
    const prev = this.last.get(label.kind);
    const prevOrdinal = prev?.ordinal ?? 0;
    const notes: string[] = [];
    const key = `${label.kind}:${label.ordinal}`;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    const id = count > 1 ? `${label.ordinal}-${count}` : undefined;
    if (count > 1) {
      notes.push(`The notice numbers this item ${label.printed} again, after ${prev?.printed ?? label.printed}; it keeps that label, with id ${id}.`);
      this.warnings.add(line, `${this.where}: numbering repeats: ${label.printed} after ${prev?.printed ?? label.printed} (given id "${id}")`);
    } else if (label.ordinal > prevOrdinal + 1) {
      const from = prev ? `from ${prev.printed} to ${label.printed}` : `to ${label.printed}: the list starts there`;
      notes.push(`The notice's numbering skips ${from}.`);
      this.warnings.add(line, `${this.where}: numbering skips ${from}`);
    } else if (label.ordinal <= prevOrdinal) {
      notes.push(`The notice numbers this item ${label.printed} after ${prev!.printed}.`);
      this.warnings.add(line, `${this.where}: numbering goes back: ${label.printed} after ${prev!.printed}`);
    }
    this.last.set(label.kind, label);
    return { ...(id ? { id } : {}), notes };
  }
}

/** An item as printed: label and text (an article's label and text are set apart by a space in print). */
function printedItem(node: OutlineNode): string {
  if (!node.label) return node.text;
  return node.label.kind === 'article' ? `${node.label.printed}\u3000${node.text}` : node.label.printed + node.text;
}

/** Outline nodes → duties, with numbering checked at every level. */
function toDuties(nodes: readonly OutlineNode[], where: string, warnings: Warnings): DutyFile[] {
  const numbering = new NumberingCheck(where, warnings);
  const out: DutyFile[] = [];
  for (const node of nodes) {
    if (!node.label) {
      out.push({ text: node.text });
      continue;
    }
    const { id, notes } = numbering.check(node.label, node.line);
    const items = toDuties(node.children, where, warnings);
    if (node.text === '') {
      warnings.add(node.line, `${where}: item ${node.label.printed} has no text; its sub-items are imported in its place`);
      out.push(...items);
      continue;
    }
    out.push({
      label: node.label.printed,
      text: node.text,
      ...(id ? { id } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(items.length > 0 ? { items } : {}),
    });
  }
  return out;
}

function toSections(nodes: readonly OutlineNode[], where: string, warnings: Warnings): SectionFile[] {
  const numbering = new NumberingCheck(where, warnings);
  return nodes.map((node) => {
    const { id } = numbering.check(node.label!, node.line);
    return { label: node.label!.printed, title: node.text, ...(id ? { id } : {}), duties: toDuties(node.children, where, warnings) };
  });
}

/** A unit's items are sections when every top-level item is a bare title with content under it. */
function hasSections(nodes: readonly OutlineNode[]): boolean {
  return nodes.length > 0 && nodes.every((n) => isSectionNode(n) && n.children.length > 0);
}

function preambleText(nodes: readonly OutlineNode[]): string | undefined {
  return nodes.length > 0 ? nodes.map((n) => n.text).join('\n') : undefined;
}

/** One unit from a heading and the items under it. */
function plainUnit(group: Group, fallbackName: string, warnings: Warnings): UnitFile {
  const printed = group.heading?.text;
  const parsed = printed !== undefined ? parseUnitHeading(printed) : undefined;
  for (const w of parsed?.warnings ?? []) warnings.add(group.heading!.line, w);
  const name = parsed?.name ?? fallbackName;
  const outline = buildOutline(group.segments);
  const unit: UnitFile = { id: '', name, ...headingFields(parsed) };
  if (outline.nodes.length === 0) {
    unit.duties = outline.preamble.map((n) => ({ text: n.text }));
    if (unit.duties.length === 0) warnings.add(group.heading?.line, `${name}: no duties under the heading`);
    return unit;
  }
  const preamble = preambleText(outline.preamble);
  if (preamble !== undefined) unit.preamble = preamble;
  if (hasSections(outline.nodes)) unit.sections = toSections(outline.nodes, name, warnings);
  else unit.duties = toDuties(outline.nodes, name, warnings);
  return unit;
}

function headingFields(parsed: ReturnType<typeof parseUnitHeading> | undefined): Partial<UnitFile> {
  if (!parsed) return {};
  return {
    ...(parsed.externalName ? { externalName: parsed.externalName } : {}),
    ...(parsed.aliases.length > 0 ? { aliases: [...parsed.aliases] } : {}),
    heading: parsed.heading,
    ...(parsed.notes.length > 0 ? { notes: [...parsed.notes] } : {}),
  };
}

/** Every line of a node and its descendants, labels included: for staffing, which is kept as printed. */
function flattenText(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [printedItem(n), ...flattenText(n.children)]);
}

/**
 * A 三定 provision: the body unit (its 主要职责 and other sections, its staffing),
 * then one unit per 内设机构 department, whose duties are its paragraph(s).
 */
function sandingUnits(group: Group, fallbackName: string, warnings: Warnings): UnitFile[] {
  const printed = group.heading?.text;
  const parsed = printed !== undefined ? parseUnitHeading(printed) : undefined;
  for (const w of parsed?.warnings ?? []) warnings.add(group.heading!.line, w);
  const name = parsed?.name ?? fallbackName;
  const agency: UnitFile = { id: '', name, ...headingFields(parsed) };
  const outline = buildOutline(group.segments);
  const preamble = preambleText(outline.preamble);
  if (preamble !== undefined) agency.preamble = preamble;
  const sections: { node: OutlineNode; id?: string; notes: string[] }[] = [];
  const departments: UnitFile[] = [];
  const staffing: string[] = [];
  const sectionCheck = new NumberingCheck(name, warnings);
  for (const node of outline.nodes) {
    if (!node.label) {
      // A paragraph after the last section that belongs to none: keep it with the preamble.
      agency.preamble = agency.preamble ? `${agency.preamble}\n${node.text}` : node.text;
      warnings.add(node.line, `${name}: a paragraph outside any section is kept in the unit's preamble: “${node.text.slice(0, 20)}…”`);
      continue;
    }
    const { id, notes } = sectionCheck.check(node.label, node.line);
    if (isDepartmentsTitle(node.text)) departments.push(...departmentUnits(node, name, agency, warnings));
    else if (isStaffingTitle(node.text)) staffing.push(...(isSectionNode(node) ? flattenText(node.children) : flattenText([node])));
    else sections.push({ node, notes, ...(id ? { id } : {}) });
  }
  if (staffing.length > 0) agency.staffing = staffing.join('\n');
  if (sections.length > 0 && sections.every(({ node }) => isSectionNode(node))) {
    // Section ids come from the printed numbering (主要职责 under 二、 is section 2) even with 内设机构 taken out.
    agency.sections = sections.map(({ node, id }) => ({
      label: node.label!.printed,
      title: node.text,
      ...(id ? { id } : {}),
      duties: toDuties(node.children, `${name} ${node.text}`, warnings),
    }));
  } else {
    // Articles (第三条 …主要职责是：) rather than titled sections: they are the unit's duties, numbered as printed.
    agency.duties = sections.map(({ node, id, notes }) => {
      const items = toDuties(node.children, name, warnings);
      return {
        label: node.label!.printed,
        text: node.text,
        ...(id ? { id } : {}),
        ...(notes.length > 0 ? { notes } : {}),
        ...(items.length > 0 ? { items } : {}),
      };
    });
  }
  return [agency, ...departments];
}

/** The departments a 内设机构 section lists: （一）办公厅。 and the paragraph that follows it. */
function departmentUnits(section: OutlineNode, agencyName: string, agency: UnitFile, warnings: Warnings): UnitFile[] {
  const lead: string[] = [];
  const depts: { node: OutlineNode; name: string; body: OutlineNode[] }[] = [];
  for (const child of section.children) {
    if (!child.label) {
      if (depts.length > 0) depts.at(-1)!.body.push(child);
      else lead.push(child.text);
      continue;
    }
    const stop = child.text.search(/[。．]/u);
    const deptName = stop >= 0 ? child.text.slice(0, stop) : child.text;
    const rest = stop >= 0 ? child.text.slice(stop + 1).trim() : '';
    const body: OutlineNode[] = rest ? [{ text: rest, line: child.line, children: [] }] : [];
    depts.push({ node: child, name: deptName, body: [...body, ...child.children] });
  }
  // In the article style the section's own text is the lead: 第四条 商务部设下列内设机构：
  if (!isSectionNode(section)) lead.unshift(printedItem(section));
  if (lead.length > 0) {
    agency.notes = [...(agency.notes ?? []), `The 内设机构 section opens: “${lead.join('\n')}”`];
  }
  const check = new NumberingCheck(`${agencyName} 内设机构`, warnings);
  return depts.map(({ node, name, body }) => {
    const { notes } = check.check(node.label!, node.line);
    const parsed = parseUnitHeading(name);
    for (const w of parsed.warnings) warnings.add(node.line, w);
    const unit: UnitFile = {
      id: '',
      name: parsed.name,
      ...(parsed.externalName ? { externalName: parsed.externalName } : {}),
      ...(parsed.aliases.length > 0 ? { aliases: parsed.aliases } : {}),
      heading: parsed.heading,
      parent: '',
      duties: toDuties(body, parsed.name, warnings),
    };
    const allNotes = [...parsed.notes, ...notes];
    if (allNotes.length > 0) unit.notes = allNotes;
    if (unit.duties!.length === 0) warnings.add(node.line, `${agencyName} 内设机构 ${node.label!.printed}${parsed.name}: no duty paragraph`);
    return unit;
  });
}

interface RegionStart {
  /** Segments before this index are the head. */
  readonly headEnd: number;
  /** Segments from this index on hold the units. */
  readonly regionStart: number;
  readonly attachmentLabel?: string;
  /** A title on the attachment label's own line (附件：商务部主要职责内设机构和人员编制规定). */
  readonly attachmentTitle?: Segment;
  /** The notice is a 三定 provision on its own: its title heads its body unit. */
  readonly standaloneSanding?: boolean;
}

/** Where the units begin: after the attachment label, after the date line, or at the first unit heading. */
function findRegionStart(segments: readonly Segment[]): RegionStart {
  const firstLabelled = segments.findIndex((s) => s.label !== undefined);
  const dateAt = segments.findIndex(
    (s, i) => !s.label && (firstLabelled < 0 || i < firstLabelled) && (findTrailingDate(s.text)?.before.length ?? 99) <= 40,
  );
  const markerAt = segments.findIndex((s, i) => {
    if (s.label || (dateAt >= 0 && i < dateAt) || (firstLabelled >= 0 && i > firstLabelled)) return false;
    const att = matchAttachment(s.text);
    return att !== undefined && (att.rest === '' || (dateAt >= 0 && isHeadingLike(att.rest)));
  });
  if (markerAt >= 0) {
    const att = matchAttachment(segments[markerAt]!.text)!;
    return {
      headEnd: markerAt,
      regionStart: markerAt + 1,
      attachmentLabel: att.label,
      ...(att.rest ? { attachmentTitle: { ...segments[markerAt]!, text: att.rest } } : {}),
    };
  }
  if (dateAt >= 0 && firstLabelled > dateAt) return { headEnd: dateAt + 1, regionStart: dateAt + 1 };
  if (segments[0] && isSandingTitle(segments[0].text)) {
    let k = 1;
    while (k < segments.length && !segments[k]!.label && (segments[k]!.text === segments[0].text || findDocumentNumber(segments[k]!.text)?.index === 0)) k++;
    return { headEnd: k, regionStart: k, standaloneSanding: true };
  }
  if (firstLabelled < 0) return { headEnd: segments.length, regionStart: segments.length };
  const before = segments[firstLabelled - 1];
  const start = firstLabelled > 1 && before && !before.label && isHeadingLike(before.text) ? firstLabelled - 1 : firstLabelled;
  return { headEnd: start, regionStart: start };
}

/** The 版记 that closes a notice (抄送：…, …印发): not part of any unit. */
const COLOPHON = /^(?:抄送|抄报|主题词|主题詞|分送)\s*[：:]|印发$|印發$/u;

function groupUnits(region: readonly Segment[], warnings: Warnings, sanding = false): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  const dropIfEmpty = () => {
    if (current && current.segments.length === 0 && current.heading) {
      warnings.add(current.heading.line, `“${current.heading.text}” heads nothing (no items follow it); not imported as a unit`);
      groups.pop();
    }
  };
  for (const [i, seg] of region.entries()) {
    if (!seg.label && COLOPHON.test(seg.text)) {
      const rest = region.slice(i).map((s) => s.text).join(' ');
      warnings.add(seg.line, `the 版记 (抄送, 印发) from here on is not imported: “${rest.slice(0, 30)}${rest.length > 30 ? '…' : ''}”`);
      break;
    }
    const headingLike = !seg.label && isHeadingLike(seg.text);
    // Inside a 三定 only another 三定 title starts a unit: its departments may be unnumbered lines.
    const startsGroup = headingLike && (current === undefined || (current.sanding ? isSandingTitle(seg.text) : true));
    if (startsGroup) {
      dropIfEmpty();
      current = { heading: seg, segments: [], sanding: isSandingTitle(seg.text) };
      groups.push(current);
      continue;
    }
    if (!current) {
      current = { segments: [], sanding };
      groups.push(current);
    }
    current.segments.push(seg);
    // A 三定 is recognised by its title, or by its 内设机构 section once that appears.
    if (seg.label && isDepartmentsTitle(seg.text)) current.sanding = true;
  }
  dropIfEmpty();
  return groups;
}

function idFrom(initials: string): string {
  return initials.toLowerCase().replace(/[^a-z0-9]+/gu, '');
}

function documentId(options: ImportOptions, number: DocumentNumber | undefined, title: string, firstUnit: UnitFile | undefined, sanding: boolean, date: string | undefined): string {
  if (options.id) return options.id;
  const year = date ? date.slice(0, 4) : undefined;
  if (number) {
    const prefix = idFrom(options.initials(toSimplified(number.prefix)));
    return [prefix, number.year, number.serial].filter((p) => p !== '').join('-');
  }
  const base = sanding && firstUnit ? `${idFrom(options.initials(toSimplified(firstUnit.name)))}-sd` : idFrom(options.initials(toSimplified(title))).slice(0, 24);
  const id = [base || 'notice', year].filter(Boolean).join('-');
  return /^[a-z0-9]/u.test(id) ? id : `notice-${id}`;
}

/** Give every unit an id from its name's pinyin initials, unique within the document. */
function assignUnitIds(units: UnitFile[], options: ImportOptions): void {
  const used = new Set<string>();
  units.forEach((u, i) => {
    const stripped = u.name.replace(/[（(][^）)]*[）)]/gu, '');
    const base = idFrom(options.initials(toSimplified(stripped))) || `unit${i + 1}`;
    let id = /^[a-z0-9]/u.test(base) ? base : `u${base}`;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    u.id = id;
  });
}

/** The body's 外商投资促进中心（对外称“投资促进事务局”）: an external name, or an alias of the unit so called. */
function applyBodyNames(body: string, units: UnitFile[]): void {
  for (const { name, externalName } of externalNamesInBody(body)) {
    const byName = units.find((u) => u.name === name);
    if (byName) {
      byName.externalName ??= externalName;
      continue;
    }
    const byExternal = units.find((u) => u.externalName === externalName);
    if (byExternal && !(byExternal.aliases ?? []).includes(name)) byExternal.aliases = [...(byExternal.aliases ?? []), name];
  }
}

/** Put a unit's fields in the order the corpus files use, for readable YAML. */
function orderUnit(u: UnitFile): UnitFile {
  const keys: (keyof UnitFile)[] = ['id', 'name', 'externalName', 'aliases', 'heading', 'parent', 'notes', 'preamble', 'staffing', 'duties', 'sections'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (u[k] !== undefined) out[k] = u[k];
  return out as unknown as UnitFile;
}

/** Import one notice. */
export function importNotice(text: string, options: ImportOptions): ImportResult {
  const warnings = new Warnings();
  const segments = segmentNotice(text);
  if (segments.length === 0) {
    warnings.add(undefined, 'the notice is empty');
  }
  const start = findRegionStart(segments);
  const head = readHead(segments.slice(0, start.headEnd));
  for (const w of head.warnings) warnings.add(w.line, w.message);
  const region = [...(start.attachmentTitle ? [start.attachmentTitle] : []), ...segments.slice(start.regionStart)];
  const groups = groupUnits(region, warnings, start.standaloneSanding);
  if (start.standaloneSanding && head.title !== undefined) {
    // A 三定 provision on its own: its title is the heading of its body unit.
    if (groups[0]?.heading === undefined && groups[0]) groups[0].heading = segments[0];
    else groups.unshift({ heading: segments[0]!, segments: [], sanding: true });
    groups[0]!.sanding = true;
  } else if (start.headEnd === 1 && groups[0] && groups[0].heading === undefined && !segments[0]!.label) {
    // Nothing but a heading and its items: the heading is the title too.
    groups[0].heading = segments[0]!;
  }

  const title = head.title ?? groups[0]?.heading?.text;
  if (head.title === undefined) {
    warnings.add(1, title === undefined ? 'no title found' : 'no title found; the first unit heading is used as the title');
  }
  const fallbackName = title ?? '(unnamed)';
  const units: UnitFile[] = [];
  for (const group of groups) {
    if (group.heading === undefined) {
      warnings.add(group.segments[0]?.line, `items before any unit heading are imported as a unit named after the title`);
    }
    if (group.sanding) {
      const [agency, ...departments] = sandingUnits(group, fallbackName, warnings);
      units.push(agency!, ...departments);
    } else {
      units.push(plainUnit(group, fallbackName, warnings));
    }
  }
  if (units.length === 0) warnings.add(undefined, 'no units found: nothing under a heading with numbered items');
  assignUnitIds(units, options);
  // Departments point at the 三定's body unit, which precedes them.
  let agencyId: string | undefined;
  for (const u of units) {
    if (u.parent === undefined) agencyId = u.id;
    else u.parent = agencyId!;
  }
  const body = head.body.join('\n');
  if (body) applyBodyNames(body, units);

  const sanding = groups.some((g) => g.sanding);
  const doc: DocumentFile = {
    mandates: 1,
    id: documentId(options, head.number, title ?? '', units[0], sanding, head.date),
    title: title ?? '(untitled)',
    ...(head.number ? { number: head.number.printed, numberNormalized: head.number.normalized } : {}),
    ...(head.issuer ? { issuer: head.issuer } : {}),
    ...(head.date ? { date: head.date } : {}),
    ...(head.dateText ? { dateText: head.dateText } : {}),
    ...(head.recipients && head.recipients.length > 0 ? { recipients: head.recipients } : {}),
    ...(body ? { body } : {}),
    ...(start.attachmentLabel || head.attachmentReference
      ? {
          attachment: {
            label: start.attachmentLabel ?? head.attachmentReference!.label,
            ...(head.attachmentReference ? { reference: head.attachmentReference.text } : {}),
          },
        }
      : {}),
    units: units.map(orderUnit),
  };
  // In source order: a reader fixes the source from the top.
  const ordered = [...warnings.list].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { document: doc, warnings: ordered };
}
