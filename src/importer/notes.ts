/**
 * Every note the importer writes into a document, in Chinese and English: an
 * output in one language (`--lang`) must never carry a note in the other. One
 * function a remark, so the two wordings stay side by side.
 */

import { importNote, type BilingualNote } from '../corpus/notes.js';

export interface ImporterNote {
  readonly zh: string;
  readonly en: string;
}

/** A heading whose bracket the source opened with 《 or closed with 》. */
export function bracketNote(printed: string, defect: 'opens' | 'closes', expected: string): ImporterNote {
  return defect === 'opens'
    ? { zh: `通知原文此标题印作“${printed}”：对外名称的括号以《开头，应为${expected}。`, en: `The notice prints this heading as “${printed}”: the bracket around the external name opens with 《 instead of ${expected}.` }
    : { zh: `通知原文此标题印作“${printed}”：对外名称的括号以》结尾，应为${expected}。`, en: `The notice prints this heading as “${printed}”: the bracket around the external name closes with 》 instead of ${expected}.` };
}

export function numberingRepeatsNote(label: string, after: string, id: string): ImporterNote {
  return {
    zh: `通知原文在${after}之后再次将此项编为${label}；保留原编号，id 为 ${id}。`,
    en: `The notice numbers this item ${label} again, after ${after}; it keeps that label, with id ${id}.`,
  };
}

/** Numbering that skips (二、 then 四、), or a list that starts past its first number (`from` undefined). */
export function numberingSkipsNote(from: string | undefined, to: string): ImporterNote {
  return from === undefined
    ? { zh: `通知原文的编号从${to}开始。`, en: `The notice's numbering skips to ${to}: the list starts there.` }
    : { zh: `通知原文的编号从${from}跳至${to}。`, en: `The notice's numbering skips from ${from} to ${to}.` };
}

export function numberingGoesBackNote(label: string, after: string): ImporterNote {
  return { zh: `通知原文在${after}之后将此项编为${label}。`, en: `The notice numbers this item ${label} after ${after}.` };
}

/** The lead text of a 三定's 内设机构 section (根据上述职责，商务部设26个内设机构：). */
export function departmentsLeadNote(lead: string): ImporterNote {
  return { zh: `内设机构部分开头为：“${lead}”`, en: `The 内设机构 section opens: “${lead}”` };
}

/** Facts a copy's site metadata gives that the corpus format has no field for (时效性：现行有效). */
export function siteMetadataNote(items: readonly string[]): ImporterNote {
  return {
    zh: `网页副本另载有语料格式中没有对应字段的元数据：${items.join('；')}。`,
    en: `The copy prints site metadata the corpus format has no field for: ${items.join('; ')}.`,
  };
}

/** A note as the corpus format stores it: both wordings, each output showing the one in its language. */
export function storedNote(note: ImporterNote): BilingualNote {
  return importNote(note.zh, note.en);
}
