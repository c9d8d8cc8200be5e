import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chooseFormat } from '../../src/cli/commands/export.js';
import { UserError } from '../../src/errors.js';
import { run } from '../helpers/run.js';
import { zipEntry } from '../helpers/zip.js';

const BIN = fileURLToPath(new URL('../../bin/mandates', import.meta.url));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-export-'));
}

async function readXlsx(path: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof path === 'string') await wb.xlsx.readFile(path);
  else await wb.xlsx.load(path as unknown as ExcelJS.Buffer);
  return wb;
}

describe('mandates export: formats and files', () => {
  it('takes the format from the -o extension', async () => {
    const d = tempDir();
    const cases: [string, (text: string) => void][] = [
      ['out.md', (t) => expect(t).toMatch(/^# 商务部关于印发/)],
      ['out.markdown', (t) => expect(t).toMatch(/^# /)],
      ['out.csv', (t) => expect(t.split('\r\n')[0]).toBe('"id","document","document_number","unit","unit_name","section","label","numbering","depth","parent","text","notes"')],
      ['out.json', (t) => expect(JSON.parse(t).version).toBe(1)],
      ['out.jsonl', (t) => expect(t.trimEnd().split('\n')).toHaveLength(60)],
      ['out.ndjson', (t) => expect(JSON.parse(t.split('\n')[0]!).duty.id).toBe('sbf-2003-9/jgfwzx/1')],
      ['out.yaml', (t) => expect(t).toContain('mandates: 1\nid: sbf-2003-9\n')],
      ['OUT.YML', (t) => expect(t).toContain('mandates: 1\n')],
    ];
    for (const [name, check] of cases) {
      const r = await run(['export', '-o', name], { cwd: d });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^mandates: wrote ${name} \\(\\w+\\): 6 units, 60 duties\\n$`));
      check(readFileSync(join(d, name), 'utf8'));
    }
    const r = await run(['export', '-o', 'book.xlsx'], { cwd: d });
    expect(r.code).toBe(0);
    expect((await readXlsx(join(d, 'book.xlsx'))).worksheets).toHaveLength(9);
    expect(readdirSync(d).filter((f) => f.startsWith('.'))).toEqual([]); // no temporary files left
  });

  it('exports only the units named, by any reference form, in corpus order', async () => {
    const r = await run(['export', '许可证', 'sbf-2003-9/jgfwzx', '机关服务局', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const units = [...new Set(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).unit.key))];
    expect(units).toEqual(['jgfwzx', 'pexkzswj']);
    const d = tempDir();
    expect((await run(['export', '电子商务', '-o', 'one.xlsx'], { cwd: d })).code).toBe(0);
    expect((await readXlsx(join(d, 'one.xlsx'))).worksheets.map((w) => w.name)).toEqual(['概览', '全部职能', '中国国际电子商务中心', '文件']);
  });

  it('writes text formats to stdout without -o or with -o -, Markdown by default', async () => {
    const md = await run(['export', 'pexkzswj']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# .*\n[\s\S]*\n## 配额许可证事务局\n/);
    expect((await run(['export', 'pexkzswj', '-o', '-', '--format', 'csv'])).stdout.split('\r\n')).toHaveLength(11);
    expect((await run(['export', '--md-table', 'pexkzswj'])).stdout).toContain('| 序号 | 职能 | ID |');
  });

  it('never overwrites a file without --force, and leaves it unchanged', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'out.csv'), 'keep me');
    writeFileSync(join(d, 'out.xlsx'), 'keep me too');
    const r = await run(['export', '-o', 'out.csv'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandates: out.csv already exists: use --force to replace it\n');
    expect(readFileSync(join(d, 'out.csv'), 'utf8')).toBe('keep me');
    const x = await run(['export', '-o', 'out.xlsx'], { cwd: d });
    expect(x.stderr).toBe('mandates: out.xlsx already exists: use --force to replace it\n');
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('keep me too');

    expect((await run(['export', '-o', 'out.csv', '--force'], { cwd: d })).code).toBe(0);
    expect(readFileSync(join(d, 'out.csv'), 'utf8')).toMatch(/^"id",/);
    expect((await run(['export', '-o', 'out.xlsx', '--force'], { cwd: d })).code).toBe(0);
    expect((await readXlsx(join(d, 'out.xlsx'))).worksheets).toHaveLength(9);
    expect(readdirSync(d).sort()).toEqual(['out.csv', 'out.xlsx']);
  });

  it('streams a Word file to -o FILE (no temporary file left, no overwrite without --force) and to stdout', async () => {
    const d = tempDir();
    const r = await run(['export', '-o', 'out.docx'], { cwd: d });
    expect([r.code, r.stderr]).toEqual([0, 'mandates: wrote out.docx (docx): 6 units, 60 duties\n']);
    expect(zipEntry(readFileSync(join(d, 'out.docx')), 'word/document.xml')).toContain('<w:t xml:space="preserve">（八）承办商务部交办的其他事项。</w:t>');
    writeFileSync(join(d, 'keep.docx'), 'keep me');
    const again = await run(['export', '-o', 'keep.docx'], { cwd: d });
    expect([again.code, again.stderr]).toEqual([2, 'mandates: keep.docx already exists: use --force to replace it\n']);
    expect(readFileSync(join(d, 'keep.docx'), 'utf8')).toBe('keep me');
    expect(readdirSync(d).sort()).toEqual(['keep.docx', 'out.docx']);
    const piped = await run(['export', 'pexkzswj', '--format', 'docx']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
  });

  it('says clearly when the folder is missing or not writable', async () => {
    const d = tempDir();
    for (const name of ['nope/out.md', 'nope/out.xlsx']) {
      const r = await run(['export', '-o', name], { cwd: d });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`mandates: cannot write ${name}: folder nope does not exist\n`);
    }
    if (process.getuid?.() !== 0) {
      chmodSync(d, 0o500);
      const r = await run(['export', '-o', 'x.xlsx'], { cwd: d });
      expect(r.stderr).toBe('mandates: cannot write x.xlsx: permission denied\n');
      chmodSync(d, 0o700);
    }
    expect(existsSync(join(d, 'nope'))).toBe(false);
  });

  it('refuses to write xlsx to a terminal, in one line', async () => {
    for (const argv of [['export', '--format', 'xlsx'], ['export', '--format', 'xlsx', '-o', '-']]) {
      const r = await run(argv, { tty: 80 });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('mandates: refusing to write xlsx (binary) to a terminal: use -o FILE.xlsx or redirect the output\n');
    }
  });

  it('writes xlsx to a pipe', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'export', 'pexkzswj', '--format', 'xlsx'], { encoding: 'buffer' });
    expect(stdout.subarray(0, 2).toString()).toBe('PK');
    const wb = await readXlsx(stdout);
    expect(wb.getWorksheet('配额许可证事务局')!.rowCount).toBe(10);
  });

  it('refuses flags that do not fit the format, and names that are not units', async () => {
    const d = tempDir();
    const cases: [string[], string][] = [
      [['export', '--bom', '--format', 'md'], '--bom applies to csv only, not md'],
      [['export', '--md-table', '-o', 'x.csv'], '--md-table applies to md only, not csv'],
      [['export', '--format', 'csv', '-o', 'x.xlsx'], '--format csv does not match the extension of x.xlsx (xlsx); change one of them'],
      [['export', '-o', 'x.txt'], 'cannot tell the format from x.txt: use --format (xlsx, md, json, jsonl, csv, yaml, sqlite, html, docx) or an extension such as .xlsx or .md'],
      [['export', 'jgfwzx/2.1'], '"jgfwzx/2.1" names a duty (sbf-2003-9/jgfwzx/2.1); export takes units, e.g. jgfwzx'],
      [['export', '不存在的单位'], 'unknown unit "不存在的单位": no unit\'s id or name matches it (`mandates units` lists them)'],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd: d });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toBe(`mandates: ${message}\n`);
    }
    const bad = await run(['export', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^mandates: option '-f, --format <format>' argument 'pdf' is invalid/);
    expect(readdirSync(d)).toEqual([]);
  });

  it('writes a BOM with --bom, and explicit --format wins over an unknown extension', async () => {
    const d = tempDir();
    expect((await run(['export', '--format', 'csv', '--bom', '-o', 'duties.txt'], { cwd: d })).code).toBe(0);
    const bytes = readFileSync(join(d, 'duties.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('shows control characters from the corpus as stand-ins on a terminal, raw in a pipe', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'c.yaml'), 'mandates: 1\nid: esc\ntitle: 转义\nunits:\n  - id: a\n    name: 甲\n    duties:\n      - text: "红\\u001b[31m色"\n');
    const tty = await run(['export', '--corpus', join(d, 'c.yaml'), '--format', 'jsonl'], { tty: 80 });
    expect(tty.stdout).not.toContain('\u001b');
    const pipe = await run(['export', '--corpus', join(d, 'c.yaml'), '--format', 'csv']);
    expect(pipe.stdout).toContain('红\u001b[31m色');
  });

  it('round-trips: a yaml export loads back with --corpus and lists the same duties', async () => {
    const d = tempDir();
    expect((await run(['export', '-o', 'back.yaml'], { cwd: d })).code).toBe(0);
    const original = await run(['export', '--format', 'jsonl']);
    const reloaded = await run(['export', '--format', 'jsonl', '--corpus', 'back.yaml'], { cwd: d });
    expect(reloaded.stdout).toBe(original.stdout);
    expect(reloaded.stdout.trimEnd().split('\n')).toHaveLength(60);
  });
});

describe('choosing the format', () => {
  it('prefers --format, then the extension, then Markdown for stdout', () => {
    expect(chooseFormat(undefined, undefined)).toBe('md');
    expect(chooseFormat(undefined, '-')).toBe('md');
    expect(chooseFormat('yaml', '-')).toBe('yaml');
    expect(chooseFormat(undefined, 'a/b.Xlsx')).toBe('xlsx');
    expect(chooseFormat('json', 'x.out')).toBe('json');
    expect(() => chooseFormat('md', 'x.json')).toThrow(UserError);
  });
});

describe('mandates export: what it says', () => {
  it('reports what it wrote in one line on stderr, in the singular for one', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'one.yaml'), 'mandates: 1\nid: one\ntitle: 一\nunits:\n  - id: a\n    name: 甲\n    duties:\n      - text: 唯一职能。\n');
    const r = await run(['export', '--corpus', 'one.yaml', '-o', 'out.json'], { cwd: d });
    expect(r.stderr).toBe('mandates: wrote out.json (json): 1 unit, 1 duty\n');
  });

  it('escapes C1 controls and bidi overrides in JSON, as every --json does', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'c.yaml'), 'mandates: 1\nid: c\ntitle: 一\nunits:\n  - id: a\n    name: 甲\n    duties:\n      - text: "左\\u202e右\\u009b"\n');
    const r = await run(['export', '--corpus', 'c.yaml', '--format', 'jsonl'], { cwd: d });
    expect(r.stdout).toContain('"text":"左\\u202e右\\u009b"');
    expect(JSON.parse(r.stdout).duty.text).toBe('左\u202e右\u009b');
  });
});

describe('mandates export: nothing to export', () => {
  it('exits 1 and writes nothing to stdout when the corpus has no units', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'e.yaml'), 'mandates: 1\nid: e\ntitle: 空\nunits: []\n');
    for (const format of ['md', 'csv', 'jsonl', 'yaml']) {
      const r = await run(['export', '--corpus', 'e.yaml', '--format', format], { cwd: d });
      expect(r.code, format).toBe(1);
      expect(r.stdout).toBe(format === 'csv' ? '"id","document","document_number","unit","unit_name","section","label","numbering","depth","parent","text","notes"\r\n' : '');
    }
  });
});

describe('export --json', () => {
  it('is --format json, as on every other command', async () => {
    const viaFlag = await run(['export', 'jgfwzx', '--json']);
    const viaFormat = await run(['export', 'jgfwzx', '--format', 'json']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toBe(viaFormat.stdout);
    expect(JSON.parse(viaFlag.stdout).documents[0].units[0].key).toBe('jgfwzx');
    const clash = await run(['export', '--json', '--format', 'md']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('mandates: --json and --format md ask for different outputs: give one of them\n');
  });
});

describe('export --format yaml', () => {
  it('starts with the schema line editors validate against, relative to where the file goes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-yaml-'));
    const out = join(dir, 'jg.yaml');
    expect((await run(['export', 'jgfwzx', '-o', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8').split('\n')[0]!;
    const path = first.replace('# yaml-language-server: $schema=', '');
    expect(first).not.toBe(path);
    const schemaFile = path.startsWith('/') ? path : join(dir, path);
    expect(JSON.parse(readFileSync(schemaFile, 'utf8')).title).toBe('mandates corpus document');
  });
});
