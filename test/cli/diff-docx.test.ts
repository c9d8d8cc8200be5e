import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../helpers/docx.js';
import { run } from '../helpers/run.js';

const EDITION = ['--corpus', join(process.cwd(), 'corpus/sbf-2003-9.yaml'), '--corpus', join(process.cwd(), 'test/fixtures/edition-b.yaml')];

describe('mandates diff -o x.docx: a 新旧对照表 in Word', () => {
  it('two editions of a unit: a 4-column table, a row per pair or one-sided duty in document order, marked runs', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mandates-docx-'));
    const r = await run(['diff', 'sbf-2003-9/wmfzzx', 'edition-b/wmfzzx', ...EDITION, '-o', '对照表.docx'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mandates: wrote 对照表.docx (docx): 8 same, 1 changed, 1 only in A, 1 only in B; similarity 0.88\n');
    const docx = readDocx(readFileSync(join(d, '对照表.docx')));

    const title = docx.paragraphs[0]!;
    expect(title).toMatchObject({ style: 'Heading1', text: '外贸发展中心职能新旧对照表' });
    expect(docx.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([
      '原文（A）：sbf-2003-9/wmfzzx 外贸发展中心（外贸发展事务局），商办发〔2003〕9号',
      '现文（B）：edition-b/wmfzzx 外贸发展中心（外贸发展事务局），edition-b',
      '相同 8 项，修改 1 项，删除 1 项，新增 1 项；相似度 0.88',
    ]));

    expect(docx.tables).toHaveLength(1);
    const table = docx.tables[0]!.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n')));
    expect(table.every((row) => row.length === 4)).toBe(true);
    expect(table[0]).toEqual(['序号', '原文（A）', '现文（B）', '说明']);
    expect(table.slice(1).map((row) => [row[0], row[1]!.slice(0, 2), row[2]!.slice(0, 2), row[3]])).toEqual([
      ['1', '一、', '一、', '相同'],
      ['2', '二、', '二、', '相同'],
      ['3', '三、', '三、', '相同'],
      ['4', '四、', '四、', '相同'],
      ['5', '五、', '五、', '相同'],
      ['6', '六、', '六、', '修改'],
      ['7', '七、', '', '删除'],
      ['8', '八、', '七、', '相同；序号由“八”改为“七”'],
      ['9', '九、', '八、', '相同；序号由“九”改为“八”'],
      ['10', '', '九、', '新增'],
      ['11', '十、', '十、', '相同'],
    ]);
    // Texts as printed: B's traditional characters stay in 现文 though the pair counts as the same.
    expect(table[3]![2]).toBe('三、印制並發放《進出口企業資格證書》；組織實施部分商品進口經營資格核准的相關工作。');

    const cells = docx.tables[0]!;
    const runs = (row: number, col: number) => cells[row]![col]!.flatMap((p) => p.runs);
    // 六: nothing deleted, two insertions underlined and bold; nothing else marked.
    expect(runs(6, 1).filter((x) => x.strike)).toEqual([]);
    expect(runs(6, 2).filter((x) => x.underline).map((x) => x.text)).toEqual(['网站', '和维护，']);
    expect(runs(6, 2).filter((x) => x.underline).every((x) => x.bold && !x.strike)).toBe(true);
    expect(runs(6, 2).filter((x) => !x.underline).every((x) => !x.bold)).toBe(true);
    // 七 deleted: its text struck through, its label not.
    expect(runs(7, 1).map((x) => [x.text.slice(0, 4), x.strike])).toEqual([['七、', false], ['建立和维', true]]);
    // 新增: the text underlined and bold.
    expect(runs(10, 2).filter((x) => x.underline && x.bold).map((x) => x.text)).toEqual(['承担外贸企业信用信息的归集、发布和查询服务。']);
    // The header row repeats on every page.
    expect(docx.part('word/document.xml')).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
  });

  it('reads like a notice: East Asian fonts on every run, 黑体 title, A4 landscape, a page number in the footer, the GB2312 fonts with their Windows names', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mandates-docx-'));
    await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.docx'], { cwd: d });
    const docx = readDocx(readFileSync(join(d, 'x.docx')));
    const all = docx.allParagraphs.flatMap((p) => p.runs);
    expect(all.length).toBeGreaterThan(40);
    expect(all.every((x) => x.eastAsia !== undefined)).toBe(true);
    expect(new Set(all.map((x) => x.eastAsia))).toEqual(new Set(['黑体', '仿宋_GB2312']));
    expect(docx.paragraphs[0]!.runs[0]!.eastAsia).toBe('黑体');
    const doc = docx.part('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>|<w:pgSz[^>]*w:orient="landscape"/);
    const footer = docx.part('word/footer1.xml')!;
    expect(footer).toContain('PAGE');
    const fonts = docx.part('word/fontTable.xml')!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    const styles = docx.part('word/styles.xml')!;
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
  });

  it('refuses docx on a terminal and with --stat; keeps an existing file without --force', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mandates-docx-'));
    const tty = await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'docx'], { tty: 80 });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toBe('mandates: refusing to write docx (binary) to a terminal: use -o FILE.docx or redirect the output\n');
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '-o', 'x.docx'], { cwd: d })).stderr).toBe(
      'mandates: --stat prints one line: it applies to text, md and json, not docx\n',
    );
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.docx'], { cwd: d })).code).toBe(1);
    const before = readFileSync(join(d, 'x.docx'));
    const again = await run(['diff', 'wmfzzx', 'jgfwzx', '-o', 'x.docx'], { cwd: d });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('mandates: x.docx already exists: use --force to replace it\n');
    expect(readFileSync(join(d, 'x.docx'))).toEqual(before);
    expect(readdirSync(d)).toEqual(['x.docx']);
    const piped = await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'docx']);
    expect(piped.stdout.startsWith('PK')).toBe(true);
  });
});
