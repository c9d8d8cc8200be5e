// What a .docx's body reads as: runs, tabs and breaks, symbols, tracked
// changes, fields, text boxes, tables, content controls, first-line indents,
// the title property, and the refusals of documents with nothing to import.
import iconv from 'iconv-lite';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readDocx } from '../../../src/importer/readers/docx.js';
import { readSource } from '../../../src/importer/readers/read-source.js';
import { docx, wp } from '../../helpers/office-build.js';

const read = (bytes: Uint8Array) => readSource(bytes, { name: 'n.docx', decoder: iconv });
const text = async (body: string, parts: Parameters<typeof docx>[1] = {}) => (await read(docx(body, parts))).text;
const r = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

describe('.docx runs', () => {
  it('joins the runs of a paragraph, Word’s pretty-printed whitespace between them not being text', async () => {
    const body = '<w:p>\n  <w:pPr><w:jc w:val="both"/><w:rPr><w:b/></w:rPr></w:pPr>\n  <w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>商务部</w:t></w:r>\n  <w:r><w:t xml:space="preserve"> 主要职责</w:t></w:r>\n</w:p>';
    expect(await text(body)).toBe('商务部 主要职责');
  });

  it('reads tabs as ideographic spaces, line breaks as lines, and leaves page and column breaks out', async () => {
    const body = p(
      r('附件'),
      '<w:r><w:tab/></w:r>',
      r('一'),
      '<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>',
      r('二'),
      '<w:r><w:br/></w:r>',
      r('第二行'),
      '<w:r><w:br w:type="textWrapping"/></w:r>',
      r('第三行'),
      '<w:r><w:cr/></w:r>',
      r('第四行'),
      '<w:r><w:br w:type="page"/></w:r>',
      r('同一段'),
      '<w:r><w:br w:type="column"/></w:r>',
      r('仍是'),
    );
    expect(await text(body)).toBe('附件\u3000一\u3000二\n第二行\n第三行\n第四行同一段仍是');
  });

  it('reads a non-breaking hyphen and the plain characters of symbol-font runs; private-use glyphs are not text', async () => {
    const sym = (c: string) => `<w:r><w:sym w:font="Symbol" w:char="${c}"/></w:r>`;
    const body = p(r('2008'), '<w:r><w:noBreakHyphen/></w:r>', r('2012'), sym('F020'), sym('F028'), r('甲'), sym('F029'), sym('F07E'), sym('F07F'), sym('F080'), sym('F0B7'), sym('E000'), sym('F8FF'), sym('2460'), sym('F900'), '<w:r><w:sym w:font="Wingdings"/></w:r>');
    expect(await text(body)).toBe('2008-2012 (甲)~\u007f\u2460\uf900');
  });

  it('keeps inserted revisions and leaves deleted and moved-away text out (tracked changes)', async () => {
    const body = [
      p(
        r('负责'),
        '<w:del w:id="1" w:author="张三" w:date="2008-07-01T00:00:00Z"><w:r><w:delText>拟订</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="张三"><w:r><w:t>起草</w:t></w:r></w:ins>',
        r('法律法规草案'),
        '<w:moveFrom w:id="3" w:author="李四"><w:r><w:delText>和规章</w:delText></w:r></w:moveFrom>',
        r('。'),
      ),
      // A whole paragraph inserted, and one moved here.
      '<w:ins w:id="4" w:author="张三"><w:p><w:r><w:t>新增一段。</w:t></w:r></w:p></w:ins>',
      p('<w:moveTo w:id="5" w:author="李四"><w:r><w:t>和规章</w:t></w:r></w:moveTo>'),
      // A deleted field instruction (w:delInstrText) is no more text than a live one.
      p('<w:del w:id="6" w:author="张三"><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText> PAGE </w:delInstrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>', r('末')),
    ].join('');
    expect(await text(body)).toBe('负责起草法律法规草案。\n新增一段。\n和规章\n末');
  });

  it('shows a field’s result, not its code (page numbers, dates, cross-references, hyperlinks)', async () => {
    const body = [
      p(r('成文日期：'), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('2008年7月1日'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
      p(r('见'), '<w:fldSimple w:instr=" REF _Ref1 \\h "><w:r><w:t>第三条</w:t></w:r></w:fldSimple>'),
      p('<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>中国政府网</w:t></w:r></w:hyperlink>'),
      p('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:r><w:t>二○○八年</w:t></w:r></w:smartTag>', '<w:bookmarkStart w:id="0" w:name="_Ref1"/>', r('七月'), '<w:bookmarkEnd w:id="0"/>'),
    ].join('');
    expect(await text(body)).toBe('成文日期：2008年7月1日\n见第三条\n中国政府网\n二○○八年七月');
  });

  it('leaves out footnote marks, text boxes, drawings and embedded objects', async () => {
    const txbx = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const body = p(
      r('依照有关规定'),
      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
      '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="2"/></w:r>',
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>${txbx('印章文字')}</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${txbx('印章文字')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
      `<w:r><w:drawing><wp:inline>${txbx('图中文字')}</wp:inline></w:drawing></w:r>`,
      `<w:r><w:pict><v:shape><v:textbox>${txbx('框中文字')}</v:textbox></v:shape></w:pict></w:r>`,
      `<w:r><w:object><v:shape><v:textbox>${txbx('对象文字')}</v:textbox></v:shape></w:object></w:r>`,
      r('执行。'),
    );
    expect(await text(body)).toBe('依照有关规定执行。');
  });
});

describe('.docx paragraphs and blocks', () => {
  it('turns a first-line indent into ideographic spaces, in characters or in twips, at most four', async () => {
    const ind = (a: string) => `<w:ind ${a}/>`;
    const body = [
      wp('两字符 WTO', ind('w:firstLineChars="200" w:firstLine="640"')),
      // Characters win over twips when both are given.
      wp('一字符', ind('w:firstLineChars="100" w:firstLine="640"')),
      wp('三号两字', ind('w:firstLine="640"')),
      wp('五号两字', ind('w:firstLine="420"')),
      wp('五号一字', ind('w:firstLine="210"')),
      wp('很深', ind('w:firstLineChars="800"')),
      wp('字符为零', ind('w:firstLineChars="0" w:firstLine="560"')),
      wp('悬挂', ind('w:left="420" w:hanging="420"')),
      wp('无缩进', ind('w:left="0"')),
      wp('\u3000\u3000自己缩进', ind('w:firstLineChars="200"')),
      '<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:t>首行</w:t><w:br/><w:t>次行</w:t></w:r></w:p>',
    ].join('');
    expect((await text(body)).split('\n')).toEqual([
      '\u3000\u3000两字符 WTO',
      '\u3000一字符',
      '\u3000\u3000三号两字',
      '\u3000\u3000五号两字',
      '\u3000五号一字',
      '\u3000\u3000\u3000\u3000很深',
      '\u3000\u3000字符为零',
      '悬挂',
      '无缩进',
      '\u3000\u3000自己缩进',
      '\u3000\u3000首行',
      '次行',
    ]);
  });

  it('trims trailing spaces of each line and the blank lines around the text, keeping blank lines inside it', async () => {
    const body = [wp(''), wp('   '), wp('标题  '), wp(''), '<w:p><w:r><w:t xml:space="preserve">正文\u3000 </w:t><w:tab/></w:r></w:p>', wp(''), wp('')].join('');
    expect(await text(body)).toBe('标题\n\n正文');
  });

  it('reads a table one row a line, cells apart, a cell’s paragraphs joined, empty cells and rows left out', async () => {
    const tc = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.join('')}</w:tc>`;
    const tr = (...cells: string[]) => `<w:tr><w:trPr><w:trHeight w:val="400"/></w:trPr>${cells.join('')}</w:tr>`;
    const body = [
      wp('附表'),
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>`,
      tr(tc(wp('司局')), tc(wp('编制')), tc(wp(''))),
      tr(tc(wp('  办公厅 ', '<w:ind w:firstLineChars="200"/>')), tc(wp('行政'), wp(''), wp('编制30名'))),
      tr(tc(wp('')), tc(wp(' '))),
      // A form's content control, a tracked insertion and a nested table in cells.
      `<w:tr>${tc(`<w:sdt><w:sdtContent>${wp('控件里')}</w:sdtContent></w:sdt>`)}${tc(`<w:ins w:id="1" w:author="a">${wp('插入的')}</w:ins>`)}${tc(`<w:tbl><w:tr>${tc(wp('内表甲'))}${tc(wp('内表乙'))}</w:tr><w:tr>${tc(wp('内表丙'))}</w:tr></w:tbl>`)}</w:tr>`,
      '</w:tbl>',
      wp('表后'),
    ].join('');
    expect((await text(body)).split('\n')).toEqual(['附表', '司局\u3000编制', '办公厅\u3000行政 编制30名', '控件里\u3000插入的\u3000内表甲\u3000内表乙 内表丙', '表后']);
  });

  it('reads the content of content controls, custom XML, smart tags and inserted blocks; section properties are not text', async () => {
    const body = [
      `<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:text/></w:sdtPr><w:sdtContent>${wp('商务部主要职责')}</w:sdtContent></w:sdt>`,
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent><w:sdt><w:sdtContent>${wp('嵌套的控件')}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>`,
      `<w:customXml w:element="正文">${wp('自定义')}</w:customXml>`,
      `<w:smartTag w:element="place">${wp('智能标记')}</w:smartTag>`,
      `<w:ins w:id="1" w:author="a">${wp('插入')}</w:ins>`,
      `<w:del w:id="2" w:author="a"><w:p><w:r><w:delText>删除</w:delText></w:r></w:p></w:del>`,
      '<w:bookmarkStart w:id="0" w:name="a"/><w:bookmarkEnd w:id="0"/>',
      `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:pPr>${r('分节')}</w:p>`,
    ].join('');
    expect((await text(body)).split('\n')).toEqual(['商务部主要职责', '嵌套的控件', '自定义', '智能标记', '插入', '分节']);
  });
});

describe('.docx title and refusals', () => {
  it('takes the title property when it is a Chinese title, not a template’s or 文档1', async () => {
    const body = wp('正文');
    const title = async (t: string) => (await read(docx(body, { title: t }))).metadata;
    expect(await title('  商务部主要职责内设机构和人员编制规定 ')).toEqual({ title: '商务部主要职责内设机构和人员编制规定' });
    expect(await title('关于印发规定的通知')).toEqual({ title: '关于印发规定的通知' });
    expect(await title('关于印发通知')).toEqual({ title: '关于印发通知' });
    expect(await title('印发的通知')).toEqual({});
    expect(await title('文档1')).toEqual({});
    expect(await title('Microsoft Word - 三定规定.doc')).toEqual({});
    expect(await title('')).toEqual({});
    expect((await read(docx(body))).metadata).toEqual({});
    const noTitle = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>user</dc:creator></cp:coreProperties>';
    expect((await read(docx(body, { raw: { 'docProps/core.xml': noTitle } }))).metadata).toEqual({});
    expect(await read(docx(body))).toEqual({ format: 'docx', text: '正文', metadata: {}, dropped: [] });
  });

  it('reads a document whose picture is damaged: only the parts that hold its text are unpacked', async () => {
    const picture = new Uint8Array(4096).map((_, i) => (i * 7) % 251);
    const bytes = docx(wp('正文'), { raw: {} });
    const withPicture = zipSync({ ...unzipSync(bytes), 'word/media/image1.png': [picture, { level: 6 }] });
    // Break the picture's compressed data: its first block header becomes an invalid block type.
    const name = Buffer.from('word/media/image1.png');
    const at = Buffer.from(withPicture).indexOf(name);
    const view = new DataView(withPicture.buffer, withPicture.byteOffset);
    withPicture[at + name.length + view.getUint16(at - 2, true)] = 0x07;
    expect(() => unzipSync(withPicture)).toThrow();
    expect((await read(withPicture)).text).toBe('正文');
  });

  it('reads parts that begin with a byte-order mark', async () => {
    const document = '\ufeff<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>有BOM</w:t></w:r></w:p></w:body></w:document>';
    expect((await read(docx('', { raw: { 'word/document.xml': document } }))).text).toBe('有BOM');
  });

  it('refuses a document without a body, and one with no text (a scan pasted into Word), in one line', () => {
    const noBody = docx('', { raw: { 'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' } });
    expect(() => readDocx(noBody, 'a.docx')).toThrow(UserError);
    expect(() => readDocx(noBody, 'a.docx')).toThrow(/^a\.docx: a \.docx without a document body \(word\/document\.xml\); open and re-save it in Word, WPS or LibreOffice$/u);
    const image = p('<w:r><w:drawing><wp:inline><wp:docPr id="1" name="扫描件"/></wp:inline></w:drawing></w:r>');
    expect(() => readDocx(docx(image + wp('  ') + wp('\u3000')), 'scan.docx')).toThrow(/^scan\.docx: the \.docx has no text \(a scanned image inside Word\?\); nothing to import$/u);
  });
});
