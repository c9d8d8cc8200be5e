// The importer's notes come in Chinese and English, so that a Chinese output
// never shows an English note (and the reverse).
import { describe, expect, it } from 'vitest';
import * as notes from '../../src/importer/notes.js';

const all = [
  notes.bracketNote('投资促进中心《投资促进事务局）主要职能', 'opens', '（'),
  notes.bracketNote('甲中心（甲事务局》主要职能', 'closes', '）'),
  notes.numberingRepeatsNote('（二）', '（二）', '2-2'),
  notes.numberingSkipsNote('二、', '四、'),
  notes.numberingSkipsNote(undefined, '三、'),
  notes.numberingGoesBackNote('二、', '三、'),
  notes.departmentsLeadNote('根据上述职责，商务部设26个内设机构：'),
  notes.siteMetadataNote(['时效性：现行有效', '效力级别：国务院规范性文件']),
];

describe('importer notes', () => {
  it('have a Chinese wording with no English words, and an English one', () => {
    for (const n of all) {
      expect(n.zh.replace(/\bid\b/gu, '')).not.toMatch(/[A-Za-z]{2,}/u);
      expect(n.en).toMatch(/^The (?:notice|copy|内设机构)/u);
    }
  });

  it('quote what the source prints in both', () => {
    expect(all[0]!.zh).toBe('通知原文此标题印作“投资促进中心《投资促进事务局）主要职能”：对外名称的括号以《开头，应为（。');
    expect(all[0]!.en).toBe('The notice prints this heading as “投资促进中心《投资促进事务局）主要职能”: the bracket around the external name opens with 《 instead of （.');
    expect(all[3]).toEqual({ zh: '通知原文的编号从二、跳至四、。', en: "The notice's numbering skips from 二、 to 四、." });
    expect(all[7]!.zh).toBe('网页副本另载有语料格式中没有对应字段的元数据：时效性：现行有效；效力级别：国务院规范性文件。');
  });
});
