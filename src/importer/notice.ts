/**
 * Raw notice text → a corpus document. Pure: text in, a DocumentFile plus
 * warnings out. The pipeline is segmentNotice (tokens) → readHead (title,
 * number, recipients, body, issuer, date) → units (one per heading in the
 * attachment, or a 三定 provision's body unit and its 内设机构) → outline
 * (numbered items at any depth) → duties. Source defects never stop an import
 * and are never fixed silently: each becomes a warning and, in the document,
 * a note quoting what the source prints.
 */
import type { DocumentFile, SectionFile, UnitFile } from '../corpus/format.js';
import { toSimplified } from '../text/simplify.js';
import { findDocumentNumber, findTrailingDate, matchAttachment, readHead, type DocumentNumber } from './head.js';
import { externalNamesInBody, isSandingTitle } from './heading.js';
import { isDepartmentsTitle, sandingUnits } from './sanding.js';
import { isHeadingLike, segmentNotice, type Segment } from './segment.js';
import { cleanCopy } from './furniture.js';
import { siteMetadataNote, storedNote } from './notes.js';
import { looksLikeProse, mergeMetadata, type DocumentFields } from './metadata.js';
import type { SourceMetadata } from './readers/types.js';
import { summarizeImport, type ImportSummary } from './summary.js';
import { plainUnit, Warnings, type ImportWarning, type UnitGroup } from './units.js';

export type { ImportWarning } from './units.js';
export type { ImportSummary, ImportSummaryUnit } from './summary.js';

export interface ImportOptions {
  /** The document id to use instead of one derived from the number or title. */
  readonly id?: string;
  /** Pinyin initials of a name (机关服务中心 → jgfwzx); unit and document ids are made from them. */
  readonly initials: (name: string) => string;
  /**
   * What the notice's container said about it (a page's metadata table, a .docx's
   * properties): fills the number, issuer, date and title where the text gives
   * none; where both give one and they disagree, the text wins, with a warning.
   */
  readonly metadata?: SourceMetadata;
  /** Text a reader dropped as site furniture: any that reads like prose is a warning. */
  readonly dropped?: readonly string[];
}

export interface ImportResult {
  readonly document: DocumentFile;
  readonly warnings: ImportWarning[];
  /** What was found, for a person to check against the source. */
  readonly summary: ImportSummary;
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

/**
 * A title the source breaks over two lines, as printed 三定 provisions set it
 * (国务院办公厅主要职责 / 内设机构和人员编制规定), or a 通知 title wrapped before
 * its last words (…规定的 / 通知, …关于印发甲中心 / 主要职能的通知): one segment again.
 */
function joinBrokenTitles(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const prev = out.at(-1);
    if (prev && !prev.label && !seg.label && isHeadingLike(prev.text) && isHeadingLike(seg.text)) {
      const joined = prev.text + seg.text;
      const sanding = isSandingTitle(joined) && !isSandingTitle(prev.text) && (!isSandingTitle(seg.text) || /^的?(?:主要职责|职能配置|主要職責|職能配置)/u.test(seg.text));
      // A 关于 title not yet ended, and a line that ends it: …关于印发甲中心 / 主要职能的通知.
      const notice = /关于|關於/u.test(prev.text) && !/通知$/u.test(prev.text) && /通知$/u.test(seg.text);
      if (sanding || notice) {
        prev.text = joined;
        continue;
      }
    }
    out.push(seg);
  }
  return out;
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
    const title = segments[0].text;
    const isRepeat = (seg: Segment | undefined) => seg !== undefined && !seg.label && seg.text === title;
    for (;;) {
      const seg = segments[k];
      if (seg === undefined || seg.label) break;
      if (isRepeat(seg) || findDocumentNumber(seg.text)?.index === 0) k++;
      // Law sites print title / issuer / title again.
      else if (isHeadingLike(seg.text, 30) && isRepeat(segments[k + 1])) k += 2;
      else break;
    }
    return { headEnd: k, regionStart: k, standaloneSanding: true };
  }
  // A notice copied without its signature (no date line): the 三定 it issues starts at its title.
  const sandingAt = segments.findIndex((s, i) => i > 0 && !s.label && (firstLabelled < 0 || i < firstLabelled) && isSandingTitle(s.text));
  if (dateAt < 0 && sandingAt > 0) return { headEnd: sandingAt, regionStart: sandingAt };
  if (firstLabelled < 0) return { headEnd: segments.length, regionStart: segments.length };
  const before = segments[firstLabelled - 1];
  const start = firstLabelled > 1 && before && !before.label && isHeadingLike(before.text) ? firstLabelled - 1 : firstLabelled;
  return { headEnd: start, regionStart: start };
}

/** The 版记 that closes a notice (抄送：…, …印发): not part of any unit. */
const COLOPHON = /^(?:抄送|抄报|主题词|分送)\s*[：:]|印发$/u;

function groupUnits(region: readonly Segment[], warnings: Warnings, sanding = false): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let current: UnitGroup | undefined;
  const dropIfEmpty = () => {
    if (current && current.segments.length === 0 && current.heading) {
      warnings.add(current.heading.line, `“${current.heading.text}” heads nothing (no items follow it); not imported as a unit`);
      groups.pop();
    }
  };
  for (const [i, seg] of region.entries()) {
    // Matched on the simplified text: traditional copies print 抄報, 主題詞, 印發.
    if (!seg.label && COLOPHON.test(toSimplified(seg.text))) {
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

/**
 * A unit name that holds digits, brackets or a wiki's edit mark was most likely
 * read from a line that is not a heading (a link, a counter, 秘书一局[编辑]).
 */
function checkUnitNames(groups: readonly UnitGroup[], units: readonly UnitFile[], warnings: Warnings): void {
  for (const u of units) {
    const what = /编辑|編輯|\bedit\b/iu.test(u.name)
      ? 'an edit mark'
      : /[0-9０-９]/u.test(u.name)
        ? 'digits'
        : /[\[\]【】［］（）()《》〔〕<>〈〉「」『』]/u.test(u.name)
          ? 'brackets'
          : undefined;
    if (what === undefined) continue;
    const group = groups.find((g) => g.heading !== undefined && g.heading.text.includes(u.name));
    warnings.add(group?.heading?.line, `the unit name “${u.name}” has ${what} in it; check it was read from a real heading`);
  }
}

/** Put a unit's fields in the order the corpus files use, for readable YAML. */
function orderUnit(u: UnitFile): UnitFile {
  const keys: (keyof UnitFile)[] = ['id', 'name', 'externalName', 'aliases', 'heading', 'parent', 'notes', 'preamble', 'staffing', 'duties', 'sections'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (u[k] !== undefined) out[k] = u[k];
  if (u.sections) {
    const sectionKeys: (keyof SectionFile)[] = ['label', 'title', 'id', 'preamble', 'duties'];
    out.sections = u.sections.map((s) => Object.fromEntries(sectionKeys.filter((k) => s[k] !== undefined).map((k) => [k, s[k]])));
  }
  return out as unknown as UnitFile;
}

/** Import one notice. */
export function importNotice(text: string, options: ImportOptions): ImportResult {
  const warnings = new Warnings();
  const copy = cleanCopy(text);
  const segments = joinBrokenTitles(segmentNotice(copy.text));
  // Lines count in the source as the user has it, furniture included.
  for (const seg of segments) seg.line = copy.lineMap[seg.line - 1] ?? seg.line;
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

  // The text's own fields first; the container's metadata fills what the text lacks.
  // A heading alone above its items doubles as the title; a title from the metadata is better.
  const headingIsTitle = groups[0]?.heading !== undefined && groups[0].heading === segments[0] && !start.standaloneSanding;
  const fields: DocumentFields = {
    ...(head.title !== undefined && !(headingIsTitle && options.metadata?.title) ? { title: head.title } : {}),
    ...(head.number ? { number: head.number } : {}),
    ...(head.issuer !== undefined ? { issuer: head.issuer } : {}),
    ...(head.date !== undefined ? { date: head.date } : {}),
    ...(head.dateText !== undefined ? { dateText: head.dateText } : {}),
  };
  if (Object.keys(copy.metadata).length > 0) {
    for (const m of mergeMetadata(fields, copy.metadata, 'the copy\'s site metadata', copy.metadataLines)) warnings.add(m.line, m.message);
  }
  if (options.metadata) {
    for (const m of mergeMetadata(fields, options.metadata, 'the source\'s metadata')) warnings.add(m.line, m.message);
  }
  for (const d of copy.unexplained) {
    if (looksLikeProse(d.text)) {
      const chars = [...d.text];
      warnings.add(d.line, `a line dropped as site furniture reads like prose; check it is not part of the notice: “${chars.slice(0, 40).join('')}${chars.length > 40 ? '…' : ''}”`);
    }
  }
  for (const d of options.dropped ?? []) {
    if (looksLikeProse(d)) {
      const flat = d.replace(/\s+/gu, ' ').trim();
      const chars = [...flat];
      warnings.add(undefined, `text dropped as site furniture reads like prose; check it is not part of the notice: “${chars.slice(0, 40).join('')}${chars.length > 40 ? '…' : ''}”`);
    }
  }

  const title = fields.title ?? groups[0]?.heading?.text;
  if (fields.title === undefined) {
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
  checkUnitNames(groups, units, warnings);
  const sandingGroups = groups.filter((g) => g.sanding);
  if (sandingGroups.length > 1) {
    const names = sandingGroups.map((g) => `“${g.heading?.text ?? fallbackName}”`).join(', ');
    warnings.add(sandingGroups[1]!.heading?.line, `more than one 三定 body unit found (${names}): a 三定 provision sets up one body; check that no heading or link line was taken for a title`);
  }
  if (title !== undefined && /通知$/u.test(toSimplified(title)) && start.headEnd > 1 && !head.recipients) {
    warnings.add(head.titleLine, 'no recipients line found (主送机关, the line ending with ：) in the head of this 通知');
  }
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
    id: documentId(options, fields.number, title ?? '', units[0], sanding, fields.date),
    title: title ?? '(untitled)',
    ...(fields.number ? { number: fields.number.printed, numberNormalized: fields.number.normalized } : {}),
    ...(fields.issuer ? { issuer: fields.issuer } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    ...(fields.dateText ? { dateText: fields.dateText } : {}),
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
    ...(copy.noted.length > 0
      ? { notes: [storedNote(siteMetadataNote(copy.noted.map((n) => n.text)))] }
      : {}),
    units: units.map(orderUnit),
  };
  // In source order: a reader fixes the source from the top.
  const ordered = [...warnings.list].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { document: doc, warnings: ordered, summary: summarizeImport(doc) };
}
