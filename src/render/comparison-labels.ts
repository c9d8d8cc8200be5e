/**
 * The 新旧对照表's labels, zh and en. Kept apart until the shared label table
 * (labels.ts) is on main; then these rows move there.
 */
import type { DiffGroup, DiffSummary } from '../diff/align.js';

export type Lang = 'zh' | 'en';

const fixed = (n: number) => n.toFixed(2);

const ZH = {
  comparisonIndex: '序号',
  comparisonOriginal: '原文（A）',
  comparisonRevised: '现文（B）',
  comparisonExplanation: '说明',
  comparisonNote: { same: '相同', changed: '修改', onlyA: '删除', onlyB: '新增' } as Readonly<Record<DiffGroup, string>>,
  comparisonRenumbered: (a: string, b: string) => `；序号由“${a}”改为“${b}”`,
  comparisonTitle: (a: string, b: string) => (a === b ? `${a}职能新旧对照表` : `${a}与${b}职能对照表`),
  comparisonCaption: (side: 'A' | 'B', unit: string, doc: string) => `${side === 'A' ? '原文（A）' : '现文（B）'}：${unit}，${doc}`,
  comparisonSheet: '对照表',
  summarySheet: '摘要',
  group: '类别',
  sideId: (side: 'A' | 'B') => `${side} ID`,
  sideNumbering: (side: 'A' | 'B') => `${side} 序号`,
  sideDocument: (side: 'A' | 'B') => `${side} 文件`,
  similarity: '相似度',
  minSimilarity: '相似度下限',
  date: '日期',
  field: '项目',
  value: '内容',
  diffSubject: '职能对照',
  diffSummary: (s: DiffSummary) => `相同 ${s.same} 项，修改 ${s.changed} 项，删除 ${s.onlyA} 项，新增 ${s.onlyB} 项；相似度 ${fixed(s.similarity)}`,
};

type Labels = typeof ZH;

const EN: Labels = {
  comparisonIndex: 'No.',
  comparisonOriginal: 'Original (A)',
  comparisonRevised: 'Revised (B)',
  comparisonExplanation: 'Note',
  comparisonNote: { same: 'same', changed: 'changed', onlyA: 'deleted', onlyB: 'added' },
  comparisonRenumbered: (a: string, b: string) => `; renumbered ${a} → ${b}`,
  comparisonTitle: (a: string, b: string) => (a === b ? `${a}: duties compared, old and new` : `${a} and ${b}: duties compared`),
  comparisonCaption: (side: 'A' | 'B', unit: string, doc: string) => `${side === 'A' ? 'Original (A)' : 'Revised (B)'}: ${unit}, ${doc}`,
  comparisonSheet: 'comparison',
  summarySheet: 'summary',
  group: 'group',
  sideId: (side: 'A' | 'B') => `${side} id`,
  sideNumbering: (side: 'A' | 'B') => `${side} numbering`,
  sideDocument: (side: 'A' | 'B') => `${side} document`,
  similarity: 'similarity',
  minSimilarity: 'min similarity',
  date: 'date',
  field: 'field',
  value: 'value',
  diffSubject: 'mandates diff',
  diffSummary: (s: DiffSummary) => `${s.same} same, ${s.changed} changed, ${s.onlyA} deleted, ${s.onlyB} added; similarity ${fixed(s.similarity)}`,
};

export function labelsFor(lang: Lang = 'zh'): Labels {
  return lang === 'en' ? EN : ZH;
}
