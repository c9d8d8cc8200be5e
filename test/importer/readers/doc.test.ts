// Word 97–2003 documents (.doc) as they arrive: numbered by hand in one of
// the forms notices use (第一条, 1．, （一）, 一、), with tables, blank lines and
// stray spaces; and the ones with nothing to import.
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readDoc } from '../../../src/importer/readers/doc.js';
import { readSource } from '../../../src/importer/readers/read-source.js';

// Made by LibreOffice: test/fixtures/import/office/doc/make-fixtures.py.
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/office/doc/${name}`, import.meta.url));
const read = (name: string) => readSource(fixture(name), { name, decoder: iconv });

describe('.doc reader', () => {
  it('reads articles numbered 第一条, without the blank lines around the text, tabs as ideographic spaces, line ends trimmed', async () => {
    expect(await read('articles.doc')).toEqual({
      format: 'doc',
      text: '关于印发章程的通知\n\n第一条\u3000为了规范机构编制管理，制定本章程。\n第二条\u3000本章程适用于各部门。',
      metadata: {},
      dropped: [],
    });
  });

  it('takes 1．, （一） and an indented （1） as numbered items too', async () => {
    expect((await read('arabic.doc')).text).toBe('商务部职责\n1．拟订国内外贸易发展战略。\n2．负责推进流通产业结构调整。');
    expect((await read('paren.doc')).text).toBe('商务部职责\n（一）拟订国内外贸易发展战略。\n（二）负责推进流通产业结构调整。');
    expect((await read('indented.doc')).text).toBe('商务部职责\n\u3000\u3000（1）拟订国内外贸易发展战略。\n\u3000\u3000（2）负责推进流通产业结构调整。');
  });

  it('does not take an article mentioned inside a line for a numbered item', async () => {
    await expect(read('mentions.doc')).rejects.toThrow(/^mentions\.doc: no numbered items in the \.doc's text: Word's automatic list numbers are not stored/u);
  });

  it('reads a table one row a line, its cells apart, an empty cell as one gap', async () => {
    expect((await read('table.doc')).text).toBe('附表\n司局\u3000编制\u3000类别\n办公厅\u300030名\u3000行政\n综合司\u3000行政\n一、以上编制自发文之日起执行。');
  });

  it('refuses a .doc with no text in one line', async () => {
    await expect(readDoc(fixture('empty.doc'), 'empty.doc')).rejects.toThrow(UserError);
    await expect(readDoc(fixture('empty.doc'), 'empty.doc')).rejects.toThrow(/^empty\.doc: the \.doc has no text; nothing to import$/u);
  });
});
