// The head of a notice as the sources print it: the document number on its
// own line, in brackets, after the title or cited inside a sentence; a site's
// name above the title; the title repeated; recipients; the 附件 reference;
// the issuer beside or above the date, in every numeral style; text after the date.
import { describe, expect, it } from 'vitest';
import { findDocumentNumber, findTrailingDate, isDocumentTitle, matchAttachment, readHead } from '../../src/importer/head.js';
import { segmentNotice } from '../../src/importer/segment.js';

const head = (...l: string[]) => readHead(segmentNotice(l.join('\n')));
const TITLE = '国务院办公厅关于印发甲局主要职责的通知';
const BODY = '《甲局主要职责》已经国务院同意，现印发给你们，请遵照执行。';

describe('the document number', () => {
  it('reads every bracket, full-width digits and the traditional 號, normalized', () => {
    for (const [printed, normalized] of [
      ['国办发〔2008〕60号', '国办发〔2008〕60号'],
      ['商办发［2003］9号', '商办发〔2003〕9号'],
      ['商办发[2003]9号', '商办发〔2003〕9号'],
      ['商办发【2003】9号', '商办发〔2003〕9号'],
      ['商办发(2003)9号', '商办发〔2003〕9号'],
      ['商办发（２００３）９号', '商办发〔2003〕9号'],
      ['商办发〖2003〗109号', '商办发〔2003〕109号'],
      ['商办发 〔 2003 〕 12345 号', '商办发〔2003〕12345号'],
      ['國辦發〔2008〕60號', '國辦發〔2008〕60號'],
    ]) {
      expect(findDocumentNumber(printed!), printed).toMatchObject({ printed, normalized, index: 0 });
      expect(head(TITLE, printed!, BODY).number?.normalized, printed).toBe(normalized);
    }
    expect(findDocumentNumber('国办发〔08〕60号')).toBeUndefined();
    expect(findDocumentNumber('国办发〔2008〕123456号')).toBeUndefined();
    expect(findDocumentNumber('〔2008〕60号')).toBeUndefined();
  });

  it('takes a number on its own line, in brackets of its own, or after the title', () => {
    for (const lines of [
      [TITLE, '国办发〔2008〕60号', BODY],
      [TITLE, '（国办发〔2008〕60号）', BODY],
      [TITLE, '(国办发〔2008〕60号)', BODY],
      ['国办发〔2008〕60号', TITLE, BODY],
      [`${TITLE} 国办发〔2008〕60号`, BODY],
    ]) {
      const h = head(...lines);
      expect(h.number?.normalized, lines.join('/')).toBe('国办发〔2008〕60号');
      expect(h.title).toBe(TITLE);
      expect(h.body).toEqual([BODY]);
    }
    // Text after the number on its line stays in the head, a leading comma and blanks off.
    expect(head(TITLE, '国办发〔2008〕60号，各省人民政府：', BODY)).toMatchObject({ recipients: ['各省人民政府'], body: [BODY] });
    expect(head(TITLE, '国办发〔2008〕60号，现印发给你们。')).toMatchObject({ number: { normalized: '国办发〔2008〕60号' }, body: ['现印发给你们。'] });
    expect(head(TITLE, '（国办发〔2008〕60号） 现印发给你们。')).toMatchObject({ number: { normalized: '国办发〔2008〕60号' }, body: ['现印发给你们。'] });
    expect(head(TITLE, '国办发〔2008〕60号 各省人民政府：', BODY)).toMatchObject({ recipients: ['各省人民政府'], body: [BODY] });
  });

  it('leaves a number cited inside a sentence or after a quoted title to that sentence', () => {
    for (const cited of [
      '根据《国务院关于机构设置的通知》（国发〔2008〕11号），设立甲局。',
      '《国务院关于机构设置的通知》（国发〔2008〕11号）',
      '《国务院关于机构设置的通知》国发〔2008〕11号',
      '“国务院关于机构设置的通知”国发〔2008〕11号',
      '按照国务院的通知，国发〔2008〕11号。',
      '依据国务院关于机构设置的通知（国发〔2008〕11号）',
      '依据国务院关于机构设置的通知 （国发〔2008〕11号）',
    ]) {
      const h = head(TITLE, cited, BODY);
      expect(h.number, cited).toBeUndefined();
      expect(h.body).toEqual([cited, BODY]);
    }
    // A labelled item's number is the item's; only the first stand-alone number is the notice's.
    expect(head(TITLE, '一、国发〔2008〕11号', BODY).number).toBeUndefined();
    const two = head(TITLE, '国办发〔2008〕60号', '国发〔2008〕11号', BODY);
    expect(two.number?.normalized).toBe('国办发〔2008〕60号');
    expect(two.body).toEqual(['国发〔2008〕11号', BODY]);
  });
});

describe('the title', () => {
  it('skips a site’s name and section above the title, with a warning each', () => {
    const h = head('某某市机构编制网', '政策法规', TITLE, BODY);
    expect(h.title).toBe(TITLE);
    expect(h.titleLine).toBe(3);
    expect(h.warnings).toEqual([
      { line: 1, message: 'text before the title is not imported: “某某市机构编制网”' },
      { line: 2, message: 'text before the title is not imported: “政策法规”' },
    ]);
    // Three lines above the title at most; each short and unlabelled.
    expect(head('甲网', '乙栏', '丙栏', TITLE, BODY).title).toBe(TITLE);
    expect(head('甲网', '乙栏', '丙栏', '丁栏', TITLE, BODY).title).toBe('甲网');
    expect(head('某某市机构编制网政策法规栏目发布的重要文件', TITLE, BODY).title).toBe('某某市机构编制网政策法规栏目发布的重要文件');
    expect(head('某某市机构编制网政策法规栏目发布的文件', TITLE, BODY).title).toBe(TITLE);
    expect(head('一、甲网', TITLE, BODY).title).toBeUndefined();
    // A first line that reads as a title is the title, whatever follows.
    expect(head('甲局关于乙的通知', TITLE, BODY)).toMatchObject({ title: '甲局关于乙的通知', warnings: [] });
  });

  it('knows a title by its last word, in both scripts', () => {
    for (const end of ['通知', '规定', '决定', '办法', '意见', '批复', '函', '通报', '公告', '命令', '令', '条例', '细则', '方案', '规则', '职能', '职责', '規定', '職責']) {
      expect(isDocumentTitle(`甲局关于乙的${end}`), end).toBe(true);
    }
    expect(isDocumentTitle('甲局关于乙的通知书')).toBe(false);
    expect(isDocumentTitle('政策法规')).toBe(false);
  });

  it('drops a repeated title, and reads the issuer a law site prints between title and repeat', () => {
    expect(head(TITLE, TITLE, BODY)).toMatchObject({ title: TITLE, body: [BODY] });
    for (const issuer of ['山东省济南市人民政府', '国务院办公厅', '国务院', '济南市机构编制委员会', '商务部', '山东省財政廳']) {
      const h = head(TITLE, issuer, TITLE, BODY);
      expect(h, issuer).toMatchObject({ title: TITLE, issuer, body: [BODY] });
    }
    // Two short lines between: both skipped, no issuer read from them.
    expect(head(TITLE, '国务院办公厅', '2008-07-10', TITLE, BODY)).toMatchObject({ title: TITLE, body: [BODY] });
    expect(head(TITLE, '国务院办公厅', '2008-07-10', TITLE, BODY).issuer).toBeUndefined();
    // A line that is not an organ is not the issuer; a long one is not skipped.
    expect(head(TITLE, '现行有效', TITLE, BODY).issuer).toBeUndefined();
    const long = '国务院办公厅秘书局会同国务院各部委办公厅起草并报国务院同意的文件';
    expect(head(TITLE, long, TITLE, BODY).body).toEqual([long, TITLE, BODY]);
    // A repeat three lines down is another line that happens to say the same.
    expect(head(TITLE, '国务院办公厅', '甲', '乙', TITLE, BODY).body).toEqual(['国务院办公厅', '甲', '乙', TITLE, BODY]);
    // A dated signature wins over the byline.
    expect(head(TITLE, '国务院', TITLE, BODY, '国务院办公厅', '2008年7月10日').issuer).toBe('国务院办公厅');
  });

  it('has no title when the notice opens with an item or a paragraph', () => {
    expect(head('一、负责甲工作。').title).toBeUndefined();
    expect(head(`${BODY}${BODY}${BODY}${BODY}`).title).toBeUndefined();
    expect(head(BODY).body).toEqual([BODY]);
  });
});

describe('the date and the issuer', () => {
  it('reads the date in every numeral style, and the issuer on the line above', () => {
    for (const [printed, iso] of [
      ['二〇〇八年七月十日', '2008-07-10'],
      ['二○○八年七月十日', '2008-07-10'],
      ['二◯◯八年七月十日', '2008-07-10'],
      ['二零零八年七月十日', '2008-07-10'],
      ['二OO八年七月十日', '2008-07-10'],
      ['二ＯＯ八年七月十日', '2008-07-10'],
      ['二oo八年七月十日', '2008-07-10'],
      ['2008年7月10日', '2008-07-10'],
      ['２００８年７月１０日', '2008-07-10'],
      ['2008 年 7 月 10 日', '2008-07-10'],
      ['二〇〇八年十二月三十一日', '2008-12-31'],
    ]) {
      const h = head(TITLE, BODY, '国务院办公厅', printed!);
      expect(h, printed).toMatchObject({ issuer: '国务院办公厅', dateText: printed, date: iso, body: [BODY], warnings: [] });
    }
  });

  it('reads the issuer before the date on the same line', () => {
    for (const line of ['国务院办公厅　2008年7月10日', '国务院办公厅\u00a0\u00a02008年7月10日', '国务院办公厅 2008年7月10日', '国务院办公厅二〇〇八年七月十日']) {
      expect(head(TITLE, BODY, line), line).toMatchObject({ issuer: '国务院办公厅', body: [BODY] });
    }
    expect(findTrailingDate('国务院办公厅　2008年7月10日')).toEqual({ dateText: '2008年7月10日', before: '国务院办公厅', iso: '2008-07-10' });
    // A sentence that ends with a date is not a signature: its date is no head date.
    const sentence = '本规定由甲局负责解释，自印发之日起施行，原有规定与本规定不一致的，一律以本规定为准，2008年7月10日';
    expect(head(TITLE, sentence).dateText).toBeUndefined();
    expect(findTrailingDate('2008年7月10日起施行')).toBeUndefined();
  });

  it('keeps a date that is not a calendar date as printed, with a warning', () => {
    const h = head(TITLE, BODY, '国务院办公厅', '2008年2月30日');
    expect(h).toMatchObject({ issuer: '国务院办公厅', dateText: '2008年2月30日' });
    expect(h.date).toBeUndefined();
    expect(h.warnings).toEqual([{ line: 4, message: 'the date “2008年2月30日” is not a calendar date; kept as printed, no ISO date' }]);
  });

  it('warns of text after the date', () => {
    const h = head(TITLE, BODY, '国务院办公厅', '2008年7月10日', '（此件公开发布）', '抄送：各部委。');
    expect(h.warnings).toEqual([
      { line: 5, message: 'text after the date is not imported: “（此件公开发布）”' },
      { line: 6, message: 'text after the date is not imported: “抄送：各部委。”' },
    ]);
    expect(h.body).toEqual([BODY]);
  });

  it('takes the last date, and no issuer from a sentence, an item or an attachment above it', () => {
    expect(head(TITLE, '2007年1月1日', BODY, '国务院办公厅', '2008年7月10日')).toMatchObject({ dateText: '2008年7月10日', body: ['2007年1月1日', BODY] });
    for (const above of [BODY, '一、甲局', '附件：甲局主要职责', '附件 甲局主要职责', '附件1 甲局主要职责', '国务院办公厅国务院办公厅国务院办公厅国务院办公厅国务院办公厅国务院办公厅国务院办公厅']) {
      const h = head(TITLE, BODY, above, '2008年7月10日');
      expect(h.issuer, above).toBeUndefined();
      expect(h.dateText).toBe('2008年7月10日');
    }
    // The title is never the issuer, even right above the date.
    expect(head(TITLE, '2008年7月10日')).toMatchObject({ title: TITLE, body: [] });
    expect(head(TITLE, '2008年7月10日').issuer).toBeUndefined();
  });

  it('reads no date from a line with long text before it', () => {
    const long = `${'甲'.repeat(41)}2008年7月10日`;
    expect(head(TITLE, long).dateText).toBeUndefined();
    expect(head(TITLE, `${'甲'.repeat(40)}2008年7月10日`)).toMatchObject({ issuer: '甲'.repeat(40), dateText: '2008年7月10日' });
  });
});

describe('recipients, body and the attachment reference', () => {
  it('reads the recipients, split at commas and semicolons of both widths', () => {
    expect(head(TITLE, '各省、自治区、直辖市人民政府，国务院各部委,各直属机构；各办事机构;各事业单位：', BODY).recipients).toEqual([
      '各省、自治区、直辖市人民政府',
      '国务院各部委',
      '各直属机构',
      '各办事机构',
      '各事业单位',
    ]);
    expect(head(TITLE, '各司局:', BODY).recipients).toEqual(['各司局']);
    expect(head(TITLE, '各司局， ：', BODY).recipients).toEqual(['各司局']);
    // Only before the body: a colon line after it is the body's.
    expect(head(TITLE, BODY, '具体事项如下：', '国务院办公厅', '2008年7月10日')).toMatchObject({ body: [BODY, '具体事项如下：'] });
    expect(head(TITLE, BODY, '具体事项如下：').recipients).toBeUndefined();
    // A labelled line that ends with a colon is the recipients too (the label kept).
    expect(head(TITLE, '一、各司局：', BODY).recipients).toEqual(['一、各司局']);
  });

  it('reads the 附件 reference, in every spelling, once', () => {
    for (const [line, label, text] of [
      ['附件：甲局主要职责', '附件', '附件：甲局主要职责'],
      ['附件:甲局主要职责', '附件', '附件:甲局主要职责'],
      ['附 件：甲局主要职责', '附件', '附 件：甲局主要职责'],
      ['附件1：甲局主要职责', '附件1', '附件1：甲局主要职责'],
      // One ideographic space inside is a stray blank: the line reads as one.
      ['附件１　甲局主要职责', '附件１', '附件１甲局主要职责'],
      ['附件二：甲局主要职责', '附件二', '附件二：甲局主要职责'],
    ]) {
      const h = head(TITLE, BODY, line!, '国务院办公厅', '2008年7月10日');
      expect(h.attachmentReference, line).toEqual({ label, text });
      expect(h.body).toEqual([BODY]);
      expect(h.issuer).toBe('国务院办公厅');
    }
    expect(matchAttachment('附 件 2 ：甲局')).toEqual({ label: '附件2', rest: '甲局' });
    expect(matchAttachment('附加说明')).toBeUndefined();
    // 附件 alone is the attachment's start, not a reference; a second reference is body.
    expect(head(TITLE, BODY, '附件').attachmentReference).toBeUndefined();
    const two = head(TITLE, BODY, '附件：甲局主要职责', '附件：乙局主要职责');
    expect(two.attachmentReference?.text).toBe('附件：甲局主要职责');
    expect(two.body).toEqual([BODY, '附件：乙局主要职责']);
    // 附件： ending with a colon is no recipients line.
    expect(head(TITLE, '附件：', BODY).recipients).toBeUndefined();
  });
});
