/**
 * 三定 provisions (主要职责内设机构和人员编制规定, 职能配置、内设机构和人员编制规定)
 * onto the corpus format: the body unit the provision sets up, with its
 * sections (or articles) and staffing, then one unit per 内设机构 department.
 */
import type { UnitFile } from '../corpus/format.js';
import { toSimplified } from '../text/simplify.js';
import { parseUnitHeading } from './heading.js';
import { departmentsLeadNote, storedNote } from './notes.js';
import type { Note } from '../corpus/notes.js';
import { buildOutline, isSectionNode, type OutlineNode } from './outline.js';
import { isSectionTitle } from './segment.js';
import { flattenText, headingFields, sectionContent, NumberingCheck, preambleText, printedItem, toDuties, type UnitGroup, type Warnings } from './units.js';

/** 三定 sections, matched on the simplified text: 三、内设机构 / 四、人员编制 (2008 style) or 第四条 商务部设下列内设机构： / 第五条 商务部机关行政编制为…名 (2018 style). */
export function isDepartmentsTitle(text: string): boolean {
  const s = toSimplified(text);
  return (isSectionTitle(s) && /内设机构/u.test(s)) || /设(?:下列|[0-9０-９一二三四五六七八九十]+个)[^。]{0,6}(?:内设机构|职能司)[^。]*[：:]$/u.test(s);
}
function isStaffingTitle(text: string): boolean {
  const s = toSimplified(text);
  return (isSectionTitle(s) && /编制$/u.test(s)) || /^[^。]{0,20}(?:行政编制|人员编制)为/u.test(s);
}


/**
 * A 三定 provision: the body unit (its 主要职责 and other sections, its staffing),
 * then one unit per 内设机构 department, whose duties are its paragraph(s).
 */
export function sandingUnits(group: UnitGroup, fallbackName: string, warnings: Warnings): UnitFile[] {
  const printed = group.heading?.text;
  const parsed = printed !== undefined ? parseUnitHeading(printed) : undefined;
  for (const w of parsed?.warnings ?? []) warnings.add(group.heading!.line, w);
  const name = parsed?.name ?? fallbackName;
  const agency: UnitFile = { id: '', name, ...headingFields(parsed) };
  const outline = buildOutline(group.segments);
  const preamble = preambleText(outline.preamble);
  if (preamble !== undefined) agency.preamble = preamble;
  const sections: { node: OutlineNode; id?: string; notes: Note[] }[] = [];
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
  if (sections.length === 0) warnings.add(group.heading?.line, `${name}: the 三定 provision gives its body unit no duties (no 主要职责 section or article found)`);
  if (sections.length > 0 && sections.every(({ node }) => isSectionNode(node))) {
    // Section ids come from the printed numbering (主要职责 under 二、 is section 2) even with 内设机构 taken out.
    agency.sections = sections.map(({ node, id }) => ({
      label: node.label!.printed,
      title: node.text,
      ...(id ? { id } : {}),
      ...sectionContent(node, `${name} ${node.text}`, warnings),
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
    agency.notes = [...(agency.notes ?? []), storedNote(departmentsLeadNote(lead.join('\n')))];
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

