// A unit's items → duties or sections: numbering checked at every level (skips,
// repeats and numbers that go back become notes and warnings, a repeated number
// an explicit id), lead text kept apart from duties, paragraphs kept.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');

/** A 通知 with a head (title, recipients, body, issuer, date), then the given unit lines. */
function notice(...lines: string[]): ImportResult {
  return importNotice(['示范部关于印发甲中心主要职能的通知', '部内各单位：', '现印发给你们。', '示范部', '二〇二〇年三月一日', ...lines].join('\n'), { initials });
}
const messages = (r: ImportResult) => r.warnings.map((w) => [w.line, w.message]);

describe('numbering as printed', () => {
  it('keeps skips, repeats and numbers that go back, with a note in both languages and a warning on the line', () => {
    const r = notice('甲中心主要职能', '二、负责甲工作。', '（一）负责乙。', '（三）负责丙。', '（二）负责丁。', '（二）负责戊。', '三、承办其他事项。', '三、负责己。');
    expect(messages(r)).toEqual([
      [7, '甲中心: numbering skips to 二、: the list starts there'],
      [9, '甲中心: numbering skips from （一） to （三）'],
      [10, '甲中心: numbering goes back: （二） after （三）'],
      [11, '甲中心: numbering repeats: （二） after （二） (given id "2-2")'],
      [13, '甲中心: numbering repeats: 三、 after 三、 (given id "3-2")'],
    ]);
    expect(r.document.units[0]!.duties).toEqual([
      {
        label: '二、',
        text: '负责甲工作。',
        notes: [{ zh: '通知原文的编号从二、开始。', en: "The notice's numbering skips to 二、: the list starts there." }],
        items: [
          { label: '（一）', text: '负责乙。' },
          { label: '（三）', text: '负责丙。', notes: [{ zh: '通知原文的编号从（一）跳至（三）。', en: "The notice's numbering skips from （一） to （三）." }] },
          { label: '（二）', text: '负责丁。', notes: [{ zh: '通知原文在（三）之后将此项编为（二）。', en: 'The notice numbers this item （二） after （三）.' }] },
          {
            label: '（二）',
            text: '负责戊。',
            id: '2-2',
            notes: [{ zh: '通知原文在（二）之后再次将此项编为（二）；保留原编号，id 为 2-2。', en: 'The notice numbers this item （二） again, after （二）; it keeps that label, with id 2-2.' }],
          },
        ],
      },
      { label: '三、', text: '承办其他事项。' },
      {
        label: '三、',
        text: '负责己。',
        id: '3-2',
        notes: [{ zh: '通知原文在三、之后再次将此项编为三、；保留原编号，id 为 3-2。', en: 'The notice numbers this item 三、 again, after 三、; it keeps that label, with id 3-2.' }],
      },
    ]);
  });

  it('counts a third printing of a number as its third id, and a number repeated after another as a repeat of the first', () => {
    const r = notice('甲中心主要职能', '一、负责甲。', '二、负责乙。', '二、负责丙。', '二、负责丁。', '一、负责戊。');
    expect(r.document.units[0]!.duties!.map((d) => [d.label, d.id])).toEqual([
      ['一、', undefined],
      ['二、', undefined],
      ['二、', '2-2'],
      ['二、', '2-3'],
      ['一、', '1-2'],
    ]);
    expect(messages(r).map(([, m]) => m)).toEqual([
      '甲中心: numbering repeats: 二、 after 二、 (given id "2-2")',
      '甲中心: numbering repeats: 二、 after 二、 (given id "2-3")',
      '甲中心: numbering repeats: 一、 after 二、 (given id "1-2")',
    ]);
  });

  it('checks each list on its own: sub-items start again at （一） under every item, and kinds do not mix', () => {
    const r = notice('甲中心主要职能', '一、负责甲。', '（一）负责甲一。', '（二）负责甲二。', '二、负责乙。', '（一）负责乙一。', '1．负责乙一一。', '（二）负责乙二。', '三、负责丙。');
    expect(r.warnings).toEqual([]);
    expect(r.document.units[0]!.duties!.map((d) => [d.label, (d.items ?? []).map((i) => [i.label, (i.items ?? []).map((x) => x.label)])])).toEqual([
      ['一、', [['（一）', []], ['（二）', []]]],
      ['二、', [['（一）', ['1．']], ['（二）', []]]],
      ['三、', []],
    ]);
  });

  it('imports the sub-items of an item printed without text in its place, with a warning', () => {
    const r = notice('甲中心主要职能', '一、', '（一）负责乙。', '（二）负责丙。');
    expect(r.document.units[0]!.duties).toEqual([
      { label: '（一）', text: '负责乙。', id: '1_1' },
      { label: '（二）', text: '负责丙。', id: '1_2' },
    ]);
    expect(messages(r)).toEqual([[7, '甲中心: item 一、 has no text; its sub-items are imported in its place']]);
  });

  it('gives those sub-items the ids of their printed place, so the items after keep theirs and the document loads', async () => {
    const { buildCorpus } = await import('../../src/corpus/build-model.js');
    const { parseCorpusText } = await import('../../src/corpus/parse.js');
    const { renderDocumentYaml } = await import('../../src/render/document-yaml.js');
    const r = notice('甲中心主要职能', '一、', '（一）负责乙。', '（二）', '1.负责丙。', '2.负责丁。', '二、负责戊。', '（一）负责己。');
    const corpus = buildCorpus(parseCorpusText(renderDocumentYaml(r.document, { schema: './mandates.schema.json' }), 'imported.yaml'));
    expect(corpus.duties.map((d) => [d.id.split('/').slice(2).join('/'), d.text])).toEqual([
      ['1_1', '负责乙。'],
      ['1_2_1', '负责丙。'],
      ['1_2_2', '负责丁。'],
      ['2', '负责戊。'],
      ['2.1', '负责己。'],
    ]);
    expect(messages(r).map(([, m]) => m)).toEqual([
      '甲中心: item 一、 has no text; its sub-items are imported in its place',
      '甲中心: item （二） has no text; its sub-items are imported in its place',
    ]);
  });
});

describe('a unit’s content', () => {
  it('keeps paragraphs before the items as the preamble, and a section’s lead text as its preamble', () => {
    const r = notice(
      '甲中心主要职能',
      '甲中心是示范部直属事业单位。',
      '经费由财政拨款。',
      '一、主要职责',
      '根据以上职能调整，甲中心的主要职责是：',
      '（一）负责甲。',
      '（二）负责乙。',
      '二、其他事项',
      '所属单位另行规定。',
    );
    expect(r.warnings).toEqual([]);
    const [unit] = r.document.units;
    expect(unit).toEqual({
      id: 'jzx',
      name: '甲中心',
      heading: '甲中心主要职能',
      preamble: '甲中心是示范部直属事业单位。\n经费由财政拨款。',
      sections: [
        {
          label: '一、',
          title: '主要职责',
          preamble: '根据以上职能调整，甲中心的主要职责是：',
          duties: [
            { label: '（一）', text: '负责甲。' },
            { label: '（二）', text: '负责乙。' },
          ],
        },
        { label: '二、', title: '其他事项', duties: [{ text: '所属单位另行规定。' }] },
      ],
    });
  });

  it('gives a section its lead text of several paragraphs, and keeps numbered sections’ numbering checked', () => {
    const r = notice('甲中心主要职能', '一、主要职责', '甲中心承担下列职责。', '其主要职责是：', '（一）负责甲。', '三、其他事项', '（一）另行规定。');
    const sections = r.document.units[0]!.sections!;
    expect(sections.map((s) => [s.label, s.title, s.preamble, s.duties!.map((d) => d.text)])).toEqual([
      ['一、', '主要职责', '甲中心承担下列职责。\n其主要职责是：', ['负责甲。']],
      ['三、', '其他事项', undefined, ['另行规定。']],
    ]);
    expect(messages(r)).toEqual([[11, '甲中心: numbering skips from 一、 to 三、']]);
  });

  it('gives a repeated section number an explicit id', () => {
    const r = notice('甲中心主要职能', '一、主要职责', '（一）负责甲。', '一、其他事项', '（一）另行规定。');
    expect(r.document.units[0]!.sections!.map((s) => [s.label, s.id])).toEqual([
      ['一、', undefined],
      ['一、', '1-2'],
    ]);
  });

  it('takes items for duties, not sections, when one top-level item is a title with nothing under it', () => {
    const r = notice('甲中心主要职能', '一、主要职责', '（一）负责甲。', '二、其他事项');
    const unit = r.document.units[0]!;
    expect(unit.sections).toBeUndefined();
    expect(unit.duties!.map((d) => [d.label, d.text, (d.items ?? []).length])).toEqual([
      ['一、', '主要职责', 1],
      ['二、', '其他事项', 0],
    ]);
    // So too when one of them is a sentence.
    expect(notice('甲中心主要职能', '一、主要职责', '（一）负责甲。', '二、承办其他事项。').document.units[0]!.sections).toBeUndefined();
  });

  it('keeps a unit of unnumbered paragraphs as its duties, and a paragraph after the items as a duty of the unit', () => {
    const r = notice('甲中心主要职能', '负责甲工作。', '负责乙工作。', '乙中心主要职能', '一、负责丙。', '二、负责丁。', '本中心另有说明。');
    expect(r.document.units.map((u) => [u.name, u.preamble, u.duties])).toEqual([
      ['甲中心', undefined, [{ text: '负责甲工作。' }, { text: '负责乙工作。' }]],
      [
        '乙中心',
        undefined,
        [
          { label: '一、', text: '负责丙。' },
          { label: '二、', text: '负责丁。' },
          { text: '本中心另有说明。' },
        ],
      ],
    ]);
    // No field for what the source does not give.
    expect(r.document.units[1]).toStrictEqual({
      id: 'yzx',
      name: '乙中心',
      heading: '乙中心主要职能',
      duties: [{ label: '一、', text: '负责丙。' }, { label: '二、', text: '负责丁。' }, { text: '本中心另有说明。' }],
    });
  });
});
