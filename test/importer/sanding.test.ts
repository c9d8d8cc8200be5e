// 三定 provisions in the shapes they are printed in: titled sections (2008) or
// articles (2018); 内设机构 lead text in one or several paragraphs; departments
// with their duties on the same line, on the lines after, or numbered; staffing
// as a paragraph, numbered, or an article.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../src/importer/notice.js';
import { isDepartmentsTitle } from '../../src/importer/sanding.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const provision = (...lines: string[]): ImportResult => importNotice(lines.join('\n'), { initials });
const messages = (r: ImportResult) => r.warnings.map((w) => [w.line, w.message]);

describe('a 三定 provision in titled sections', () => {
  const imported = () =>
    provision(
      '示范局职能配置、内设机构和人员编制规定',
      '　　根据国务院机构改革方案，设立示范局。',
      '　　一、主要职责',
      '　　（一）负责甲工作。',
      '　　（二）负责乙工作。',
      '　　二、内设机构',
      '　　根据上述职责，示范局设４个职能司：',
      '　　内设机构均为正司级。',
      '　　（一）办公室（对外称“示范局秘书处”）。',
      '　　负责文电、会务工作。',
      '　　承担信息、保密工作。',
      '　　（三）政策法规司。',
      '　　1．拟订政策法规。',
      '　　2．承担行政复议工作。',
      '　　（四）统计司。',
      '　　（五）国际合作司（港澳台办公室）。负责外事工作。',
      '　　三、人员编制',
      '　　（一）示范局机关行政编制为100名。',
      '　　（二）司局级领导职数10名。',
      '　　四、附则',
      '　　本规定由中央机构编制委员会办公室负责解释。',
    );

  it('maps the body unit: preamble, sections without 内设机构 and 人员编制, staffing with its numbering, the lead text as a note', () => {
    const { document } = imported();
    expect(document.units[0]).toEqual({
      id: 'sfj',
      name: '示范局',
      heading: '示范局职能配置、内设机构和人员编制规定',
      notes: [
        {
          zh: '内设机构部分开头为：“根据上述职责，示范局设４个职能司：\n内设机构均为正司级。”',
          en: 'The 内设机构 section opens: “根据上述职责，示范局设４个职能司：\n内设机构均为正司级。”',
        },
      ],
      preamble: '根据国务院机构改革方案，设立示范局。',
      staffing: '（一）示范局机关行政编制为100名。\n（二）司局级领导职数10名。',
      sections: [
        {
          label: '一、',
          title: '主要职责',
          duties: [
            { label: '（一）', text: '负责甲工作。' },
            { label: '（二）', text: '负责乙工作。' },
          ],
        },
        { label: '四、', title: '附则', duties: [{ text: '本规定由中央机构编制委员会办公室负责解释。' }] },
      ],
    });
  });

  it('makes each department a unit of the body: its paragraphs or numbered items are its duties, its bracket an external name', () => {
    const { document } = imported();
    expect(document.units.slice(1)).toEqual([
      {
        id: 'bgs',
        name: '办公室',
        externalName: '示范局秘书处',
        heading: '办公室（对外称“示范局秘书处”）',
        parent: 'sfj',
        duties: [{ text: '负责文电、会务工作。' }, { text: '承担信息、保密工作。' }],
      },
      {
        id: 'zcfgs',
        name: '政策法规司',
        heading: '政策法规司',
        parent: 'sfj',
        notes: [{ zh: '通知原文的编号从（一）跳至（三）。', en: "The notice's numbering skips from （一） to （三）." }],
        duties: [
          { label: '1．', text: '拟订政策法规。' },
          { label: '2．', text: '承担行政复议工作。' },
        ],
      },
      { id: 'tjs', name: '统计司', heading: '统计司', parent: 'sfj', duties: [] },
      { id: 'gjhzs', name: '国际合作司', externalName: '港澳台办公室', heading: '国际合作司（港澳台办公室）', parent: 'sfj', duties: [{ text: '负责外事工作。' }] },
    ]);
  });

  it('warns about a skip in the departments’ numbering and a department with no duty paragraph', () => {
    expect(messages(imported())).toEqual([
      [12, '示范局 内设机构: numbering skips from （一） to （三）'],
      [15, '示范局 内设机构 （四）统计司: no duty paragraph'],
    ]);
  });

  it('repairs a department name whose bracket closes with 》, with a note and a warning, and reads a repeated number', () => {
    const r = provision(
      '示范局主要职责内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责甲工作。',
      '二、内设机构',
      '（一）办公室（秘书处》。负责文电工作。',
      '（一）人事司。负责人事工作。',
    );
    const [, office, personnel] = r.document.units;
    expect(office).toMatchObject({ name: '办公室', externalName: '秘书处', heading: '办公室（秘书处）' });
    expect(office!.notes).toEqual([
      {
        zh: '通知原文此标题印作“办公室（秘书处》”：对外名称的括号以》结尾，应为）。',
        en: 'The notice prints this heading as “办公室（秘书处》”: the bracket around the external name closes with 》 instead of ）.',
      },
    ]);
    expect(personnel!.notes).toEqual([
      { zh: '通知原文在（一）之后再次将此项编为（一）；保留原编号，id 为 1-2。', en: 'The notice numbers this item （一） again, after （一）; it keeps that label, with id 1-2.' },
    ]);
    expect(messages(r)).toEqual([
      [5, 'unit heading “办公室（秘书处》”: the bracket closes with 》 instead of ）; imported as “办公室（秘书处）” (a note records the source)'],
      [6, '示范局 内设机构: numbering repeats: （一） after （一） (given id "1-2")'],
    ]);
    expect(r.document.units[0]!.notes).toBeUndefined();
  });

  it('repairs the title’s bracket, keeps that note beside the lead text’s, and splits a department after 。 or ． and a blank', () => {
    const r = provision(
      '示范局（示范署》主要职责内设机构和人员编制规定',
      '一、主要职责',
      '（一）负责人员编制管理工作。',
      '二、内设机构',
      '根据上述职责，示范局设下列26个司局级内设机构：',
      '（一）办公厅。\u3000负责机关日常运转。',
      '（二）人事司．负责人事工作。',
      '三、机构编制',
      '示范局机关行政编制为80名。',
    );
    const [body, office, personnel] = r.document.units;
    expect(body).toEqual({
      id: 'sfj',
      name: '示范局',
      externalName: '示范署',
      heading: '示范局（示范署）主要职责内设机构和人员编制规定',
      notes: [
        {
          zh: '通知原文此标题印作“示范局（示范署》主要职责内设机构和人员编制规定”：对外名称的括号以》结尾，应为）。',
          en: 'The notice prints this heading as “示范局（示范署》主要职责内设机构和人员编制规定”: the bracket around the external name closes with 》 instead of ）.',
        },
        { zh: '内设机构部分开头为：“根据上述职责，示范局设下列26个司局级内设机构：”', en: 'The 内设机构 section opens: “根据上述职责，示范局设下列26个司局级内设机构：”' },
      ],
      staffing: '示范局机关行政编制为80名。',
      sections: [{ label: '一、', title: '主要职责', duties: [{ label: '（一）', text: '负责人员编制管理工作。' }] }],
    });
    expect([office!.name, office!.duties, personnel!.name, personnel!.duties]).toEqual(['办公厅', [{ text: '负责机关日常运转。' }], '人事司', [{ text: '负责人事工作。' }]]);
    expect(messages(r)).toEqual([
      [1, 'unit heading “示范局（示范署》主要职责内设机构和人员编制规定”: the bracket closes with 》 instead of ）; imported as “示范局（示范署）主要职责内设机构和人员编制规定” (a note records the source)'],
    ]);
  });

  it('keeps the sections’ printed numbers as their ids when one repeats', () => {
    const r = provision('示范局主要职责内设机构和人员编制规定', '一、主要职责', '（一）负责甲工作。', '一、其他事项', '（一）另行规定。', '二、人员编制', '示范局机关行政编制为20名。');
    expect(r.document.units[0]!.sections!.map((s) => [s.label, s.title, s.id])).toEqual([
      ['一、', '主要职责', undefined],
      ['一、', '其他事项', '1-2'],
    ]);
    expect(r.document.units[0]!.staffing).toBe('示范局机关行政编制为20名。');
    expect(messages(r)).toEqual([[4, '示范局: numbering repeats: 一、 after 一、 (given id "1-2")']]);
  });
});

describe('a 三定 provision under no heading of its own', () => {
  const head = ['示范局关于印发机构职能的通知', '局内各单位：', '现印发给你们。', '示范局', '二〇二〇年三月一日'];

  it('is recognised by its 内设机构 section and named after the notice’s title', () => {
    const r = provision(...head, '一、主要职责', '（一）负责甲工作。', '二、内设机构', '（一）办公室。负责文电工作。', '三、人员编制', '示范局机关行政编制为20名。');
    expect(r.document.units).toStrictEqual([
      {
        id: 'sfjgyyfjgzndtz',
        name: '示范局关于印发机构职能的通知',
        staffing: '示范局机关行政编制为20名。',
        sections: [{ label: '一、', title: '主要职责', duties: [{ label: '（一）', text: '负责甲工作。' }] }],
      },
      { id: 'bgs', name: '办公室', heading: '办公室', parent: 'sfjgyyfjgzndtz', duties: [{ text: '负责文电工作。' }] },
    ]);
    expect(messages(r)).toEqual([[6, 'items before any unit heading are imported as a unit named after the title']]);
  });

  it('says so, with no line to point at, when only its departments are found', () => {
    const r = provision(...head, '一、内设机构', '（一）办公室。负责文电工作。');
    expect(r.document.units[0]).toStrictEqual({ id: 'sfjgyyfjgzndtz', name: '示范局关于印发机构职能的通知', duties: [] });
    expect(r.warnings).toContainEqual({ message: '示范局关于印发机构职能的通知: the 三定 provision gives its body unit no duties (no 主要职责 section or article found)' });
    expect(r.summary.units[0]).toMatchObject({ duties: 0, preamble: false, staffing: false });
  });
});

describe('sections and articles mixed', () => {
  it('names the section in a warning about the numbering inside it', () => {
    const r = provision('示范局主要职责内设机构和人员编制规定', '一、主要职责', '（一）负责甲工作。', '（三）负责乙工作。', '二、附则', '本规定由中央机构编制委员会办公室负责解释。');
    expect(r.document.units[0]!.sections!.map((s) => s.title)).toEqual(['主要职责', '附则']);
    expect(messages(r)).toEqual([[4, '示范局 主要职责: numbering skips from （一） to （三）']]);
  });

  it('takes every item for a duty when one of them is a sentence, not a title', () => {
    const r = provision('示范局主要职责内设机构和人员编制规定', '一、主要职责', '（一）负责甲工作。', '二、内设机构', '（一）办公室。负责文电工作。', '三、本规定由中央机构编制委员会办公室负责解释。');
    const body = r.document.units[0]!;
    expect(body.sections).toBeUndefined();
    expect(body.duties!.map((d) => [d.label, d.text, (d.items ?? []).map((i) => i.text)])).toEqual([
      ['一、', '主要职责', ['负责甲工作。']],
      ['三、', '本规定由中央机构编制委员会办公室负责解释。', []],
    ]);
  });
});

describe('a 三定 provision in articles', () => {
  it('keeps the articles as duties, the 内设机构 article as the lead, the staffing article as printed, a stray paragraph in the preamble', () => {
    const r = provision(
      '示范局职能配置、内设机构和人员编制规定',
      '第一条　为了深化机构改革，制定本规定。',
      '第二条　示范局的主要职责是：',
      '（一）负责甲工作。',
      '（二）负责乙工作。',
      '第三条　示范局设十二个职能司（厅）：',
      '（一）办公厅。负责机关日常运转。',
      '（二）综合司。负责综合协调。',
      '第四条　示范局机关人员编制为80名。',
      '第六条　本规定自2019年1月1日起施行。',
      '第六条　本规定由中央机构编制委员会办公室负责解释。',
      '（此件公开发布）',
    );
    const [body, ...departments] = r.document.units;
    expect(body).toEqual({
      id: 'sfj',
      name: '示范局',
      heading: '示范局职能配置、内设机构和人员编制规定',
      notes: [{ zh: '内设机构部分开头为：“第三条\u3000示范局设十二个职能司（厅）：”', en: 'The 内设机构 section opens: “第三条\u3000示范局设十二个职能司（厅）：”' }],
      preamble: '（此件公开发布）',
      staffing: '第四条\u3000示范局机关人员编制为80名。',
      duties: [
        { label: '第一条', text: '为了深化机构改革，制定本规定。' },
        {
          label: '第二条',
          text: '示范局的主要职责是：',
          items: [
            { label: '（一）', text: '负责甲工作。' },
            { label: '（二）', text: '负责乙工作。' },
          ],
        },
        { label: '第六条', text: '本规定自2019年1月1日起施行。', notes: [{ zh: '通知原文的编号从第四条跳至第六条。', en: "The notice's numbering skips from 第四条 to 第六条." }] },
        {
          label: '第六条',
          text: '本规定由中央机构编制委员会办公室负责解释。',
          id: '6-2',
          notes: [{ zh: '通知原文在第六条之后再次将此项编为第六条；保留原编号，id 为 6-2。', en: 'The notice numbers this item 第六条 again, after 第六条; it keeps that label, with id 6-2.' }],
        },
      ],
    });
    expect(departments.map((u) => [u.id, u.name, u.parent, u.duties])).toEqual([
      ['bgt', '办公厅', 'sfj', [{ text: '负责机关日常运转。' }]],
      ['zhs', '综合司', 'sfj', [{ text: '负责综合协调。' }]],
    ]);
    expect(messages(r)).toEqual([
      [10, '示范局: numbering skips from 第四条 to 第六条'],
      [11, '示范局: numbering repeats: 第六条 after 第六条 (given id "6-2")'],
      [12, "示范局: a paragraph outside any section is kept in the unit's preamble: “（此件公开发布）…”"],
    ]);
  });

  it('adds a stray paragraph to a preamble there is already, and quotes only its start', () => {
    const r = provision(
      '示范局职能配置、内设机构和人员编制规定',
      '根据国务院机构改革方案，设立示范局。',
      '第一条　示范局的主要职责是：',
      '（一）负责甲工作。',
      '第二条　示范局机关行政编制为80名。',
      '第三条　本规定自2019年1月1日起施行。',
      '本规定印发前有关规定与本规定不一致的，以本规定为准，特此说明。',
    );
    expect(r.document.units[0]!.preamble).toBe('根据国务院机构改革方案，设立示范局。\n本规定印发前有关规定与本规定不一致的，以本规定为准，特此说明。');
    expect(messages(r)).toEqual([[7, "示范局: a paragraph outside any section is kept in the unit's preamble: “本规定印发前有关规定与本规定不一致的，以…”"]]);
  });
});

describe('the 内设机构 section’s title', () => {
  it('is a section title naming 内设机构, or a sentence that sets up a number of departments and ends with a colon', () => {
    const yes = ['三、内设机构', '示范局设下列26个司局级内设机构：', '二、內設機構', '商务部设下列内设机构：', '示范局设12个内设机构:', '示范局设２６个职能司：', '示范局设十二个职能司（厅）：', '第四条\u3000商務部設下列內設機構：'];
    const no = ['二、主要职责', '示范局设下列机构负责协调和指导各内设机构：', '示范局设下列内设机构。', '内设机构的设置由示范局确定：', '示范局设立若干内设机构：', '示范局设十二个事业单位：', '商务部设下列内设机构：根据工作需要调整'];
    expect(yes.filter((t) => !isDepartmentsTitle(t))).toEqual([]);
    expect(no.filter((t) => isDepartmentsTitle(t))).toEqual([]);
  });
});
