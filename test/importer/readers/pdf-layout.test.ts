// The PDF layout rules on text pieces placed as real notices place them
// (A4, 16 pt body text, 2-character first-line indents, folios at the foot).
import { describe, expect, it } from 'vitest';
import { layoutPdf, repairSpaces, type PdfPage, type TextPiece } from '../../../src/importer/readers/pdf-layout.js';

const LEFT = 80;
const SIZE = 16;
/** A line of body text: `indent` characters in, at baseline y; its width is one em a character. */
const line = (str: string, y: number, indent = 0, size = SIZE): TextPiece => ({ str, x: LEFT + indent * size, y, width: [...str].length * size, size });
const page = (...pieces: TextPiece[]): PdfPage => ({ width: 595, height: 842, pieces });

describe('layoutPdf', () => {
  it('joins a paragraph the width broke, keeps indented lines as new paragraphs, drops folios', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六'; // 26 characters: the full measure
    const { text, dropped } = layoutPdf([
      page(
        line('二、承担部机关委托管理的服务性、事务性较强的后勤行', 700, 2),
        line('政管理职能，与部机关签订并履行委托协议。', 670),
        line('（一）部机关计划生育。', 640, 2),
        line(full, 610),
        line(full, 580),
        line('— 1 —', 60, 11),
      ),
    ]);
    expect(text.split('\n')).toEqual([
      '\u3000\u3000二、承担部机关委托管理的服务性、事务性较强的后勤行政管理职能，与部机关签订并履行委托协议。',
      '\u3000\u3000（一）部机关计划生育。',
      full + full,
    ]);
    expect(dropped).toEqual([]);
  });

  it('joins across pages, and drops a running header repeated at the same height', () => {
    const { text, dropped } = layoutPdf([
      page(line('某某规定', 790, 10, 10), line('一、负责机关日常运转工作，承担信息、安全、保密、信访、政务公', 700, 2), line('- 1 -', 60, 12)),
      page(line('某某规定', 790, 10, 10), line('开等工作。', 700), line('- 2 -', 60, 12)),
    ]);
    expect(text).toBe('\u3000\u3000一、负责机关日常运转工作，承担信息、安全、保密、信访、政务公开等工作。');
    expect(dropped).toEqual(['某某规定', '某某规定']);
  });

  it('puts pieces on one baseline in order, with a space only where the page has a wide gap or Latin words', () => {
    const pieces: TextPiece[] = [
      { str: '11', x: 200, y: 500, width: 16, size: SIZE },
      { str: '（国发〔2008〕', x: 80, y: 500.4, width: 112, size: SIZE },
      { str: '号）', x: 220, y: 500, width: 32, size: SIZE },
      { str: 'WTO', x: 260, y: 500, width: 30, size: SIZE },
      { str: 'rules', x: 294, y: 500, width: 40, size: SIZE },
    ];
    expect(layoutPdf([page(...pieces)]).text).toBe('（国发〔2008〕11号）WTO rules');
  });
});

describe('repairSpaces', () => {
  it('removes the spaces extraction puts between ideographs and next to numbers, keeping real ones', () => {
    expect(repairSpaces('商务部 设 3 个内设机构')).toBe('商务部设3个内设机构');
    expect(repairSpaces('国办发〔2008〕 60 号')).toBe('国办发〔2008〕60号');
    expect(repairSpaces('中华人民共和国商务部 二○○三年六月二十六日')).toBe('中华人民共和国商务部 二○○三年六月二十六日');
    expect(repairSpaces('World Trade Organization 世界贸易组织')).toBe('World Trade Organization 世界贸易组织');
  });
});

/** Body text at the full measure (26 characters from the left margin), `count` characters long, from a sentence that does not end. */
const FILLER = '负责拟订本部门的发展规划和年度工作计划并组织实施和监督检查承担综合协调和政策研究工作起草有关文件';
const text = (start: string, count: number) => (start + FILLER.repeat(3)).slice(0, count);
/** A paragraph set as a 公文 sets it: a 2-character first-line indent, full lines, a short last line. */
// Each paragraph's lines read differently (its number shifts them), as no two lines of a real notice repeat.
const shift = (start: string) => 3 * Math.max(0, '一二三四五'.indexOf(start.charAt(0)));
const paragraph = (start: string, y: number, lines: number, last = '工作。') => [
  line(text(start, 24), y, 2),
  ...Array.from({ length: lines - 2 }, (_, k) => line(text(FILLER.slice(k + shift(start)), 26), y - 30 * (k + 1))),
  line(last, y - 30 * (lines - 1)),
];
const joined = (start: string, lines: number, last = '工作。') =>
  `\u3000\u3000${text(start, 24)}${Array.from({ length: lines - 2 }, (_, k) => text(FILLER.slice(k + shift(start)), 26)).join('')}${last}`;

describe('layoutPdf on the page furniture and type a printed 公文 has', () => {
  it.each([['— 2 —'], ['-2-'], ['－ 12 －'], ['第2页'], ['第 2 页 共 5 页'], ['第2页，共5页'], ['2/5'], ['2 / 5'], ['Page 2'], ['page 2 of 5'], ['12'], ['第 12 页 共 125 页'], ['第12页 / 共125页'], ['12 / 125'], ['Page 12 of 125'], ['—1024—']])(
    'drops the folio %s at the foot of a page and at its head',
    (folio) => {
      const foot = layoutPdf([page(...paragraph('一、', 700, 3), line(folio, 60, 12))]);
      expect(foot.text).toBe(joined('一、', 3));
      const head = layoutPdf([page(line(folio, 800, 12), ...paragraph('一、', 700, 3))]);
      expect(head.text).toBe(joined('一、', 3));
      // Folios are known for certain: dropped without being listed.
      expect(foot.dropped).toEqual([]);
    },
  );

  it('keeps a number or a page reference inside the text block', () => {
    const r = layoutPdf([page(...paragraph('一、', 700, 3), line('2', 600, 2), line('第2页', 570, 2), ...paragraph('二、', 540, 3))]);
    expect(r.text.split('\n')).toEqual([joined('一、', 3), '\u3000\u30002', '\u3000\u3000第2页', joined('二、', 3)]);
  });

  it('drops a running header only when it repeats at the same height on at least half the pages', () => {
    // Each paragraph ends in its own words: the last lines of pages are not a running footer.
    const body = (n: number) => paragraph(`${'一二三四五'[n]}、`, 700, 3, `${'甲乙丙丁戊'[n]}工作。`);
    const header = (y: number, str = '国务院办公厅文件') => line(str, y, 8);
    const bodies = (n: number) => Array.from({ length: n }, (_, k) => joined(`${'一二三四五'[k]}、`, 3, `${'甲乙丙丁戊'[k]}工作。`));
    // On two of three pages: dropped, and listed.
    const two = layoutPdf([page(header(790), ...body(0)), page(header(790), ...body(1)), page(...body(2))]);
    expect(two.text.split('\n')).toEqual(bodies(3));
    expect(two.dropped).toEqual(['国务院办公厅文件', '国务院办公厅文件']);
    // On one of three pages: the notice's own text.
    const one = layoutPdf([page(header(790), ...body(0)), page(...body(1)), page(...body(2))]);
    expect(one.text.split('\n')).toEqual(['\u3000\u3000国务院办公厅文件', ...bodies(3)]);
    expect(one.dropped).toEqual([]);
    // On two pages but at different heights: not a running header.
    expect(layoutPdf([page(header(790), ...body(0)), page(header(760), ...body(1))]).dropped).toEqual([]);
    // A footer whose number changes (商务部通报 第1期 / 第2期) is the same running line.
    expect(layoutPdf([page(...body(0), header(40, '商务部通报 第9期')), page(...body(1), header(40, '商务部通报 第10期'))]).dropped).toEqual(['商务部通报第9期', '商务部通报第10期']);
    // One page: nothing repeats.
    expect(layoutPdf([page(header(790), ...body(0), header(40))]).text.split('\n')).toEqual(['\u3000\u3000国务院办公厅文件', ...bodies(1), '\u3000\u3000国务院办公厅文件']);
    // Four pages: a line on two of them is on half of them.
    const four = layoutPdf([page(header(790), ...body(0)), page(header(790), ...body(1)), page(...body(2)), page(...body(3))]);
    expect(four.dropped).toEqual(['国务院办公厅文件', '国务院办公厅文件']);
    // Five pages: two is less than half.
    const five = layoutPdf([page(header(790), ...body(0)), page(header(790), ...body(1)), page(...body(2)), page(...body(3)), page(...body(4))]);
    expect(five.dropped).toEqual([]);
  });

  it('drops a running line on the second or second-to-last line of a page (next to a folio), not deeper', () => {
    const header = line('示范部文件', 790, 10);
    const folio = line('- 1 -', 810, 12);
    const p1 = [...paragraph('一、', 700, 3, '甲工作。'), ...paragraph('二、', 600, 3, '乙工作。')];
    const p2 = [...paragraph('三、', 700, 3, '丙工作。'), ...paragraph('四、', 600, 3, '丁工作。')];
    expect(layoutPdf([page(folio, header, ...p1), page(folio, header, ...p2)]).dropped).toEqual(['示范部文件', '示范部文件']);
    const footer = line('示范部文件', 100, 10);
    const foot = line('- 1 -', 60, 12);
    expect(layoutPdf([page(...p1, footer, foot), page(...p2, footer, foot)]).dropped).toEqual(['示范部文件', '示范部文件']);
    // The same line deeper in each page (a heading both pages repeat) stays.
    const heading = line('示范部文件', 650, 10);
    const r = layoutPdf([page(...p1.slice(0, 3), heading, ...p1.slice(3)), page(...p2.slice(0, 3), heading, ...p2.slice(3))]);
    expect(r.dropped).toEqual([]);
    expect(r.text.split('\n').filter((l) => l.trim() === '示范部文件')).toHaveLength(2);
  });

  it('joins a title set larger and centred over two lines, and starts the body after it', () => {
    const title = (str: string, y: number) => ({ str, x: 288 - ([...str].length * 22) / 2, y, width: [...str].length * 22, size: 22 });
    const r = layoutPdf([page(title('商务部主要职责内设机构', 760), title('和人员编制规定', 730), ...paragraph('一、', 680, 4), ...paragraph('二、', 560, 3))]);
    expect(r.text.split('\n').map((l) => l.trimStart())).toEqual(['商务部主要职责内设机构和人员编制规定', joined('一、', 4).trimStart(), joined('二、', 3).trimStart()]);
    // Two centred lines far apart (a title, then a centred line far below) stay apart.
    const apart = layoutPdf([page(title('示范部主要职能规定', 760), ...paragraph('一、', 680, 4), title('示范部办公厅印发', 200))]);
    expect(apart.text.split('\n').map((l) => l.trimStart())).toEqual(['示范部主要职能规定', joined('一、', 4).trimStart(), '示范部办公厅印发']);
    // A centred subtitle in a smaller size than the title, and a large line far below (a cover page's issuer), stay apart.
    const sub = (str: string, y: number) => ({ ...title(str, y), size: 18, width: [...str].length * 18, x: 288 - ([...str].length * 18) / 2 });
    expect(layoutPdf([page(title('示范部主要职能规定', 760), sub('（二〇〇八年七月十一日）', 730), ...paragraph('一、', 680, 4))]).text.split('\n').map((l) => l.trimStart()).slice(0, 2)).toEqual(['示范部主要职能规定', '（二〇〇八年七月十一日）']);
    expect(layoutPdf([page(title('示范部主要职能规定', 760), title('示范部办公厅', 600))]).text.split('\n').map((l) => l.trimStart())).toEqual(['示范部主要职能规定', '示范部办公厅']);
    // A title line and a body line of the same size do not join as a title.
    const small = (str: string, y: number) => ({ ...title(str, y), size: 16 });
    expect(layoutPdf([page(small('示范部主要职能', 760), small('规定', 730), ...paragraph('一、', 680, 4))]).text.split('\n')).toHaveLength(3);
  });

  it('starts a new paragraph where a label follows a full line that ends its sentence, and where the type size changes', () => {
    const full = (end: string) => line(text('', 26 - end.length) + end, 0);
    const at = (l: TextPiece, y: number, str = l.str) => ({ ...l, str, y });
    // Each full line ends a sentence and the next opens with a label: 一、 （一） 1． 第二条 each start a paragraph.
    const labels = ['十二、', '（一）', '（12）', '3．', '4.', '5、', '12．', '第二条', '第十二条'];
    const pieces = labels.map((label, k) => at(full('。'), 700 - 30 * k, label + text('', 26 - label.length - 1) + '。'));
    const r = layoutPdf([page(at(full('。'), 730), ...pieces)]);
    const paragraphs = r.text.split('\n');
    expect(paragraphs).toHaveLength(labels.length + 1);
    expect(paragraphs.slice(1).map((l, k) => l.startsWith(labels[k]!))).toEqual(labels.map(() => true));
    // The same lines after a comma go on: a label-like start inside a sentence.
    const commas = labels.map((label, k) => at(full('，'), 700 - 30 * k, label + text('', 26 - label.length - 1) + '，'));
    expect(layoutPdf([page(at(full('，'), 730), ...commas)]).text.split('\n')).toHaveLength(1);
    // An unlabelled line after a full stop goes on too (a sentence ended at the line end).
    expect(layoutPdf([page(at(full('。'), 730), at(full('；'), 700), at(full('：'), 670), at(full('！'), 640), at(full('？'), 610), line('完。', 580))]).text.split('\n')).toHaveLength(1);
    // A sentence cut before 第三条 or （一） mid-line is not a new item: the full line did not end its sentence.
    const cut = layoutPdf([page(at(full('照'), 730, text('', 20) + '。按照有关规'), at(full('。'), 700, '第三条' + text('', 22) + '。'), at(full('。'), 670, '其中（一）' + text('', 20) + '。'), line('完。', 640))]);
    expect(cut.text.split('\n')).toHaveLength(1);
    // A line in a smaller size (a note under the text) starts its own paragraph.
    const note = { ...line(text('注', 26), 670), size: 10, width: 26 * 10 };
    expect(layoutPdf([page(at(full('，'), 730), at(full('，'), 700), note)]).text.split('\n')).toHaveLength(2);
  });

  it('measures the margins from the lines most of the text shares', () => {
    // A stray outdented line (附件 hanging in the margin) does not move the left margin.
    const hanging = { str: '附件', x: LEFT - 2 * SIZE, y: 760, width: 2 * SIZE, size: SIZE };
    const r = layoutPdf([page(hanging, ...paragraph('一、', 730, 3), ...paragraph('二、', 640, 3))]);
    expect(r.text.split('\n')).toEqual(['附件', joined('一、', 3), joined('二、', 3)]);
    // A line that stops well short of the right margin ends its paragraph, even without a full stop.
    const short = layoutPdf([page(line(text('一、', 24), 730, 2), line(text('', 20), 700), line(text('', 26), 670), line('工作。', 640), ...paragraph('二、', 610, 3))]);
    expect(short.text.split('\n')).toEqual([`\u3000\u3000${text('一、', 24)}${text('', 20)}`, `${text('', 26)}工作。`, joined('二、', 3)]);
    // A line a character and a half short of the measure still counts as full.
    const nearlyFull = layoutPdf([page(line(text('一、', 24), 730, 2), { ...line(text('', 25), 700), width: 25 * SIZE - 0.4 * SIZE }, line('工作。', 670), ...paragraph('二、', 640, 3))]);
    expect(nearlyFull.text.split('\n')).toHaveLength(2);
  });

  it('joins Latin text to Chinese across a line end without a space', () => {
    const r = layoutPdf([
      page(
        { ...line('一、负责与WTO秘书处的联络和政策协调工作，办理WTO', 700, 2), width: 24 * SIZE },
        { ...line('的有关事务，执行WTO规则和中国的承诺并研究有关问', 670), width: 26 * SIZE },
        { ...line('题Trade Policy Review机制下的工作和有关事项的处理。', 640), width: 26 * SIZE },
        line('完。', 610),
      ),
    ]);
    expect(r.text).toBe('\u3000\u3000一、负责与WTO秘书处的联络和政策协调工作，办理WTO的有关事务，执行WTO规则和中国的承诺并研究有关问题Trade Policy Review机制下的工作和有关事项的处理。完。');
    // A line with Latin words inside that ends in Chinese joins a Latin start without a space.
    const inside = layoutPdf([
      page(
        { ...line('一、负责执行WTO规则和中国承诺的有关工作，研究', 700, 2), width: 24 * SIZE },
        { ...line('Trade Policy Review机制下的有关事项和处理工作。', 670), width: 26 * SIZE },
      ),
    ]);
    expect(inside.text).toBe('\u3000\u3000一、负责执行WTO规则和中国承诺的有关工作，研究Trade Policy Review机制下的有关事项和处理工作。');
  });

  it('gives English words broken at the line end their space back, and not numbers', () => {
    const r = layoutPdf([
      page(
        { ...line('一、负责世界贸易组织（WTO）的对口联络和政策协调工作，', 700, 2), width: 24 * SIZE },
        { ...line('承担贸易政策审议机制Trade Policy Review Mech', 670), width: 26 * SIZE },
        { ...line('anism的有关工作，并承担2008年至20', 640), width: 26 * SIZE },
        line('10年的有关工作。', 610),
      ),
    ]);
    expect(r.text).toBe('\u3000\u3000一、负责世界贸易组织（WTO）的对口联络和政策协调工作，承担贸易政策审议机制Trade Policy Review Mech anism的有关工作，并承担2008年至2010年的有关工作。');
  });

  it('ignores blank and sizeless pieces on a line when finding where it starts', () => {
    // pdf.js reports the blanks of an indent, and invisible text, as pieces of their own at the margin.
    const blank = { str: '  ', x: LEFT, y: 730, width: 2 * SIZE, size: SIZE };
    const invisible = { str: '标记', x: LEFT, y: 640, width: 0, size: 0 };
    const r = layoutPdf([page(blank, ...paragraph('一、', 730, 3), invisible, ...paragraph('二、', 640, 3))]);
    expect(r.text.split('\n')).toEqual([joined('一、', 3), joined('二、', 3)]);
  });

  it('ignores empty pieces and pieces with no size, and reads an empty document as no text', () => {
    expect(layoutPdf([])).toEqual({ text: '', dropped: [] });
    expect(layoutPdf([page({ str: '   ', x: 80, y: 700, width: 48, size: 16 }, { str: '隐藏', x: 80, y: 600, width: 0, size: 0 })])).toEqual({ text: '', dropped: [] });
    // pdf.js reports a run of blanks inside a piece: one space.
    expect(layoutPdf([page({ str: 'Trade   Policy', x: 80, y: 700, width: 200, size: 16 })]).text).toBe('Trade Policy');
  });

  it('sets pieces on one line by their baselines: within half the smaller size', () => {
    const r = layoutPdf([
      page(
        { str: '上', x: 80, y: 700, width: 16, size: 16 },
        { str: '标', x: 96, y: 704, width: 8, size: 8 },
        { str: '下', x: 112, y: 693, width: 16, size: 16 },
        { str: '同', x: 128, y: 692.5, width: 16, size: 16 },
      ),
    ]);
    // 标 (size 8) sits 4 above 上: not within half its size, so its own line; 下 and 同 sit 7 and 7.5 below 上: within 8.
    expect(r.text.split('\n').map((l) => l.trimStart())).toEqual(['标', '上下同']);
    const apart = layoutPdf([page({ str: '上', x: 80, y: 700, width: 16, size: 16 }, { str: '下', x: 96, y: 691, width: 16, size: 16 })]);
    expect(apart.text.split('\n').map((l) => l.trimStart())).toEqual(['上', '下']);
  });

  it('reads a wide gap on a signature line as the space between issuer and date, a narrow one as nothing', () => {
    const signature = (gap: number): TextPiece[] => [
      { str: '国务院办公厅', x: 80, y: 500, width: 96, size: SIZE },
      { str: '二〇〇八年七月十一日', x: 176 + gap, y: 500, width: 160, size: SIZE },
    ];
    expect(layoutPdf([page(...signature(48))]).text).toBe('国务院办公厅 二〇〇八年七月十一日');
    expect(layoutPdf([page(...signature(15))]).text).toBe('国务院办公厅 二〇〇八年七月十一日');
    expect(layoutPdf([page(...signature(14))]).text).toBe('国务院办公厅二〇〇八年七月十一日');
    const latin = (gap: number): TextPiece[] => [
      { str: 'Trade', x: 80, y: 500, width: 40, size: SIZE },
      { str: 'Policy', x: 120 + gap, y: 500, width: 48, size: SIZE },
    ];
    expect(layoutPdf([page(...latin(3))]).text).toBe('Trade Policy');
    expect(layoutPdf([page(...latin(2))]).text).toBe('TradePolicy');
    expect(layoutPdf([page({ str: 'Trade ', x: 80, y: 500, width: 48, size: SIZE }, { str: 'Policy', x: 160, y: 500, width: 48, size: SIZE })]).text).toBe('Trade Policy');
  });
});

describe('repairSpaces on what extraction does to Chinese text', () => {
  it('drops NBSPs and runs of spaces between ideographs and around numbers, keeps the signature line’s one space', () => {
    expect(repairSpaces('商务部\u00a0\u00a0设\u00a03\u00a0个')).toBe('商务部设3个');
    expect(repairSpaces('设 ３ 个')).toBe('设３个');
    expect(repairSpaces('（ 一 ）')).toBe('（一）');
    expect(repairSpaces('商务部办公厅   2008年7月11日')).toBe('商务部办公厅2008年7月11日');
    expect(repairSpaces('国务院办公厅 2008 年 7 月 11 日')).toBe('国务院办公厅2008年7月11日');
    expect(repairSpaces('国务院办公厅 二〇〇八年七月十一日')).toBe('国务院办公厅 二〇〇八年七月十一日');
    expect(repairSpaces('国务院办公厅 二〇〇八年七月十一日印发')).toBe('国务院办公厅二〇〇八年七月十一日印发');
    expect(repairSpaces('国务院办公厅 二〇〇八 年 七 月 十一 日')).toBe('国务院办公厅 二〇〇八年七月十一日');
    expect(repairSpaces('国务院办公厅 二〇〇八年十二月二十一日')).toBe('国务院办公厅 二〇〇八年十二月二十一日');
    expect(repairSpaces('见附件 二〇〇八年版')).toBe('见附件二〇〇八年版');
    expect(repairSpaces('第 3 条 and 4 items')).toBe('第3条 and 4 items');
    expect(repairSpaces('Ａ Ｂ')).toBe('ＡＢ');
  });
});
