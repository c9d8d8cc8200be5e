// What an OpenDocument text (LibreOffice, WPS) reads as: list numbers
// counted from the list style in each format LibreOffice offers, numbered
// headings, indents in every unit, spaces and breaks, notes, tracked
// changes, tables, and the refusals.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readOdt } from '../../../src/importer/readers/odt.js';
import { readSource } from '../../../src/importer/readers/read-source.js';
import { odt, olist, olvl } from '../../helpers/office-build.js';

const read = (bytes: Uint8Array) => readSource(bytes, { name: 'n.odt', decoder: iconv });
const text = async (body: string, parts: Parameters<typeof odt>[1] = {}) => (await read(odt(body, parts))).text.split('\n');
const p = (t: string, style = 'Standard') => `<text:p text:style-name="${style}">${t}</text:p>`;
const item = (...content: string[]) => `<text:list-item>${content.join('')}</text:list-item>`;
const list = (style: string | undefined, ...items: string[]) => `<text:list${style ? ` text:style-name="${style}"` : ''}>${items.join('')}</text:list>`;

const SANDING = olist('L1', [
  olvl(1, '一, 二, 三, ...', '', '、'),
  olvl(2, '一, 二, 三, ...', '（', '）'),
  olvl(3, '1', '', '.'),
  olvl(4, '1', '（', '）'),
]);

describe('.odt lists', () => {
  it('numbers 一、（一）1.（1） from the list style; a new item restarts the levels below', async () => {
    const level3 = list(undefined, item(p('甲')), item(p('乙'), list(undefined, item(p('国内')))));
    const level2 = list(undefined, item(p('划入的职责'), level3), item(p('取消的职责'), list(undefined, item(p('丙')))));
    const body = list('L1', item(p('职责调整'), level2), item(p('主要职责'), list(undefined, item(p('拟订战略')))));
    expect(await text(body, { automaticStyles: SANDING })).toEqual(['一、职责调整', '（一）划入的职责', '1.甲', '2.乙', '（1）国内', '（二）取消的职责', '1.丙', '二、主要职责', '（一）拟订战略']);
  });

  it('reads each num-format LibreOffice writes', async () => {
    const formats: [string, string][] = [
      ['1', '12'], ['a', 'l'], ['A', 'L'], ['i', 'xii'], ['I', 'XII'], ['一, 二, 三, ...', '十二'], ['壹, 贰, 叁, ...', '拾贰'], ['甲, 乙, 丙, ...', '乙'],
      ['子, 丑, 寅, ...', '亥'], ['①, ②, ③, ...', '⑫'], ['１, ２, ３, ...', '１２'], ['〇, 一, 二, ...', '一二'], ['○, 一, 二, ...', '一二'], [' 1 ', '12'], ['א, ב, ג, ...', '12'],
    ];
    const styles = formats.map(([f], i) => olist(`F${i}`, [olvl(1, f, '', '.', ' text:start-value="12"')])).join('');
    const body = formats.map((_, i) => list(`F${i}`, item(p('项')))).join('');
    expect(await text(body, { automaticStyles: styles })).toEqual(formats.map(([, label]) => `${label}.项`));
  });

  it('gives bullets and a num-format of None no label; a level the style lacks neither', async () => {
    const styles = olist('B', [
      '<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties/></text:list-level-style-bullet>',
      olvl(2, '', '', ''),
      olvl(3, '1', '', '.'),
    ]);
    const body = list('B', item(p('要点'), list(undefined, item(p('无号'), list(undefined, item(p('有号'), list(undefined, item(p('第四级')))))))));
    expect(await text(body, { automaticStyles: styles })).toEqual(['要点', '无号', '1.有号', '第四级']);
    expect(await text(list('未定义', item(p('无样式'))))).toEqual(['无样式']);
  });

  it('shows the levels above as display-levels asks (1.1, 1.1.1), at their start when not used yet', async () => {
    const styles = olist('N', [olvl(1, '1', '', '.', ' text:start-value="3"'), olvl(2, '1', '', '', ' text:display-levels="2"'), olvl(3, '1', '', ' ', ' text:display-levels="3"')]);
    const body = list('N', item(p('章'), list(undefined, item(p('节'), list(undefined, item(p('条')))), item(p('又一节')))), item(p('下一章')));
    expect(await text(body, { automaticStyles: styles })).toEqual(['3.章', '3.1节', '3.1.1 条', '3.2又一节', '4.下一章']);
    // A list that starts at its second level shows the first level's start value.
    expect(await text(list('N', `<text:list-item>${list(undefined, item(p('直接二级')))}</text:list-item>`), { automaticStyles: styles })).toEqual(['3.1直接二级']);
  });

  it('restarts a new list of the same style, and continues it when the list says so', async () => {
    const body = [
      list('L1', item(p('甲')), item(p('乙'))),
      p('中间的段落'),
      list('L1', item(p('丙'))),
      '<text:list text:style-name="L1" text:continue-numbering="true">' + item(p('丁')) + '</text:list>',
      '<text:list xml:id="list2" text:style-name="L1" text:continue-list="list1">' + item(p('戊')) + '</text:list>',
      '<text:list text:style-name="L1" text:continue-numbering="false">' + item(p('己')) + '</text:list>',
    ].join('');
    expect(await text(body, { automaticStyles: SANDING })).toEqual(['一、甲', '二、乙', '中间的段落', '一、丙', '二、丁', '三、戊', '一、己']);
  });

  it('starts an item at its own start value, and counts on from there', async () => {
    const body = list('L1', item(p('甲')), '<text:list-item text:start-value="5">' + p('戊') + '</text:list-item>', item(p('己')));
    expect(await text(body, { automaticStyles: SANDING })).toEqual(['一、甲', '五、戊', '六、己']);
  });

  it('numbers only an item’s first paragraph; a list header has no number and does not count', async () => {
    const styles = SANDING + '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.847cm"/></style:style>';
    const body = list(
      'L1',
      item(p('办公厅。'), p('负责机关日常运转工作。', 'P1'), p('协助部领导处理日常工作。')),
      '<text:list-header>' + p('（说明）') + '</text:list-header>',
      item(p('<text:tab/><text:s text:c="2"/>综合司 WTO 事务。')),
      // A heading as a list item (a numbered heading style applied through the list).
      item('<text:h text:style-name="Heading_20_2" text:outline-level="2">政策研究室。</text:h>'),
    );
    expect(await text(body, { automaticStyles: styles })).toEqual(['一、办公厅。', '\u3000\u3000负责机关日常运转工作。', '协助部领导处理日常工作。', '（说明）', '二、综合司 WTO 事务。', '三、政策研究室。']);
  });

  it('numbers a list without a style of its own by its paragraphs’ style (a numbered heading style)', async () => {
    const styles = '<style:style style:name="编号标题" style:family="paragraph" style:list-style-name="L1"/><style:style style:name="P2" style:family="paragraph" style:parent-style-name="编号标题"/>';
    const body = list(undefined, item(p('职责', 'P2')), item(p('机构', 'P2')), item(p('无编号')));
    expect(await text(body, { automaticStyles: SANDING, styles })).toEqual(['一、职责', '二、机构', '无编号']);
  });

  it('numbers headings by the outline style (chapter numbering), except list headers and unnumbered levels', async () => {
    const styles =
      '<text:outline-style style:name="Outline">' +
      '<text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>' +
      '<text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>' +
      '<text:outline-level-style text:level="3" style:num-format=""/>' +
      '</text:outline-style>';
    const h = (level: number | undefined, t: string, extra = '') => `<text:h text:style-name="Heading"${level !== undefined ? ` text:outline-level="${level}"` : ''}${extra}>${t}</text:h>`;
    const body = [h(1, '职责调整'), h(2, '划入'), h(2, '取消'), h(3, '不编号'), h(1, '主要职责', ' text:is-list-header="true"'), h(undefined, '内设机构'), h(2, '办公厅')].join('');
    expect(await text(body, { styles })).toEqual(['一、职责调整', '（一）划入', '（二）取消', '不编号', '主要职责', '二、内设机构', '（一）办公厅']);
    // Without an outline style, headings are plain paragraphs.
    expect(await text(body)).toEqual(['职责调整', '划入', '取消', '不编号', '主要职责', '内设机构', '办公厅']);
  });

  it('lets a document’s own list style (content.xml) replace the template’s of the same name (styles.xml)', async () => {
    const template = olist('L1', [olvl(1, '1', '', '.')]);
    expect(await text(list('L1', item(p('甲'))), { styles: template, automaticStyles: SANDING })).toEqual(['一、甲']);
    expect(await text(list('L1', item(p('甲'))), { styles: template })).toEqual(['1.甲']);
  });
});

describe('.odt text', () => {
  it('keeps the spaces ODF spells out (text:s), collapses the XML’s own whitespace, reads tabs and line breaks', async () => {
    const body = [
      p('附件<text:s/>1'),
      p('主送：<text:s text:c="3"/>各司局'),
      p('名称<text:tab/>编制'),
      p('第一行<text:line-break/>第二行'),
      '<text:p text:style-name="Standard">跨\n   行  的\tXML</text:p>',
      p('<text:span text:style-name="T1">加粗</text:span>与<text:a xlink:href="http://www.gov.cn/" xmlns:xlink="http://www.w3.org/1999/xlink">链接</text:a>'),
    ].join('');
    expect(await text(body)).toEqual(['附件 1', '主送：   各司局', '名称\u3000编制', '第一行', '第二行', '跨 行 的 XML', '加粗与链接']);
  });

  it('leaves out footnotes, comments, frames, shapes and ruby annotations; keeps what a cross-reference shows', async () => {
    const body = p(
      '依照有关规定' +
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注文字</text:p></text:note-body></text:note>' +
        '<office:annotation><dc:creator>张三</dc:creator><text:p>批注文字</text:p></office:annotation>' +
        '执<office:annotation-end office:name="a1"/>行' +
        '<draw:frame draw:name="图1"><draw:text-box><text:p>文本框</text:p></draw:text-box></draw:frame>' +
        '<draw:custom-shape draw:name="印章"><text:p>印章</text:p></draw:custom-shape>' +
        '<text:bookmark-ref text:reference-format="text" text:ref-name="r1">第三条</text:bookmark-ref>' +
        '<text:ruby><text:ruby-base>商</text:ruby-base><text:ruby-text>shāng</text:ruby-text></text:ruby>' +
        '。',
    );
    expect(await text(body)).toEqual(['依照有关规定执行第三条商。']);
  });

  it('reads tracked insertions and leaves tracked deletions out', async () => {
    const body =
      '<text:tracked-changes text:track-changes="true"><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info><dc:creator>张三</dc:creator></office:change-info><text:p>拟订</text:p></text:deletion></text:changed-region>' +
      '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion><office:change-info><dc:creator>张三</dc:creator></office:change-info></text:insertion></text:changed-region></text:tracked-changes>' +
      p('负责<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>起草<text:change-end text:change-id="ct2"/>草案。');
    expect(await text(body)).toEqual(['负责起草草案。']);
  });

  it('turns a first-line indent of at least 12 points into two ideographic spaces, in any unit, through parent styles', async () => {
    const style = (name: string, indent: string | undefined, parent?: string) =>
      `<style:style style:name="${name}" style:family="paragraph"${parent ? ` style:parent-style-name="${parent}"` : ''}>${indent !== undefined ? `<style:paragraph-properties fo:text-indent="${indent}" fo:margin-left="0cm"/>` : ''}</style:style>`;
    const cases: [string, string | undefined, boolean][] = [
      ['0.847cm', '0.847cm', true], ['0.5cm', '0.5cm', true], ['0.4cm', '0.4cm', false], ['5mm', '5mm', true], ['4mm', '4mm', false],
      ['0.17in', '0.17in', true], ['0.16in', '0.16in', false], ['1pc', '1pc', true], ['0.9pc', '0.9pc', false], ['16px', '16px', true], ['15px', '15px', false],
      ['24pt', '24pt', true], ['12pt', '12pt', true], ['11.9pt', '11.9pt', false], ['12', '12', true], ['-0.847cm', '-0.847cm', false], ['20%', '20%', false], ['none', undefined, false],
    ];
    const automaticStyles = cases.map(([name, indent]) => style(name, indent)).join('') + style('子样式', undefined, '正文缩进') + style('悬挂', '-0.74cm', '正文缩进') + style('孙样式', undefined, '子样式') + '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>';
    const styles = style('正文缩进', '0.74cm', 'Standard') + style('Standard', undefined) + style('环甲', undefined, '环乙') + style('环乙', undefined, '环甲');
    const body = cases.map(([name]) => p(name, name)).join('') + p('继承 WTO', '子样式') + p('', '0.847cm') + p('悬挂于缩进样式', '悬挂') + p('再继承', '孙样式') + p('循环', '环甲') + p('\u3000已缩进', '0.847cm') + p('首行<text:line-break/>次行', '0.847cm') + p('文字样式', 'T1');
    expect(await text(body, { automaticStyles, styles })).toEqual([
      ...cases.map(([name, , indented]) => (indented ? `\u3000\u3000${name}` : name)),
      '\u3000\u3000继承 WTO',
      '',
      '悬挂于缩进样式',
      '\u3000\u3000再继承',
      '循环',
      '\u3000已缩进',
      '\u3000\u3000首行',
      '次行',
      '文字样式',
    ]);
  });

  it('trims each line’s end and the blank lines around the text, keeping blank lines inside it', async () => {
    const body = [p(''), p('<text:s text:c="4"/>'), p('标题<text:s/><text:tab/>'), p(''), p('正文'), '<text:soft-page-break/>', p('')].join('');
    expect(await text(body)).toEqual(['标题', '', '正文']);
  });

  it('reads tables one row a line, sections and page breaks through, a table of contents not', async () => {
    const cell = (...content: string[]) => `<table:table-cell office:value-type="string">${content.join('')}</table:table-cell>`;
    const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const body = [
      '<text:table-of-content text:name="目录"><text:index-body><text:p>一、职责调整 1</text:p></text:index-body></text:table-of-content>',
      '<text:section text:name="正文">' + p('附表') + '</text:section>',
      '<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>',
      '<table:table-header-rows>' + row(cell(p('司局')), cell(p('编制')), cell(p(''))) + '</table:table-header-rows>',
      '<table:table-row-group>' + row(cell(p(' 办公厅 ')), cell(p('行政'), p(''), p('编制30名')), '<table:covered-table-cell/>') + '</table:table-row-group>',
      row(cell(p('')), cell(p('<text:s/>'))),
      '<table:table-rows>' + row(cell(list('L1', item(p('列表里')))), cell('<table:table table:name="内表">' + row(cell(p('内甲')), cell(p('内乙'))) + row(cell(p('内丙'))) + '</table:table>')) + '</table:table-rows>',
      '</table:table>',
      p('表后'),
    ].join('');
    expect(await text(body, { automaticStyles: SANDING })).toEqual(['附表', '司局\u3000编制', '办公厅\u3000行政 编制30名', '一、列表里\u3000内甲\u3000内乙 内丙', '表后']);
  });
});

describe('.odt refusals', () => {
  it('reads a document without styles.xml, and returns no metadata or dropped text', async () => {
    expect(await read(odt(p('正文')))).toEqual({ format: 'odt', text: '正文', metadata: {}, dropped: [] });
  });

  it('refuses a document without a text body, and one with no text, in one line', () => {
    const noBody = odt('', { raw: { 'content.xml': '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>' } });
    expect(() => readOdt(noBody, 'a.odt')).toThrow(UserError);
    expect(() => readOdt(noBody, 'a.odt')).toThrow(/^a\.odt: an \.odt without a text body \(content\.xml\); open and re-save it in LibreOffice or WPS$/u);
    const noContent = odt('', { raw: { 'content.xml': '' } });
    expect(() => readOdt(noContent, 'b.odt')).toThrow(/^b\.odt: an \.odt without a text body/u);
    const image = '<draw:frame draw:name="扫描件"><draw:image xlink:href="Pictures/1.png" xmlns:xlink="http://www.w3.org/1999/xlink"/></draw:frame>';
    expect(() => readOdt(odt(p(image) + p('<text:s text:c="2"/>')), 'scan.odt')).toThrow(/^scan\.odt: the \.odt has no text; nothing to import$/u);
  });

  it('refuses a damaged .odt in one line', () => {
    const bytes = odt(p('正文'));
    expect(() => readOdt(bytes.subarray(0, bytes.length - 30), 'cut.odt')).toThrow(/^cut\.odt: a damaged \.odt file \(the zip container cannot be read: .*\); open and re-save it in Word, WPS or LibreOffice$/u);
  });
});
