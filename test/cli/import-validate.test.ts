import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { hasSeed, SEED_PATH } from '../helpers/seed.js';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const seedPath = SEED_PATH ?? '';
const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;
const bundledYaml = new URL('../../corpus/sbf-2003-9.yaml', import.meta.url).pathname;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-import-'));
}

/** The YAML without its comment lines (they name the source file and encoding). */
const body = (yaml: string) => yaml.replace(/^#.*\n/gmu, '');

describe('mandates import', () => {
  it.skipIf(!hasSeed)('writes the seed as YAML on stdout, with the schema line, and the warning on stderr', async () => {
    const r = await run(['import', seedPath]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S*corpus\/mandates\.schema\.json$/u);
    const doc = parse(r.stdout);
    expect(doc.id).toBe('sbf-2003-9');
    expect(doc.date).toBe('2003-06-26');
    expect(r.stdout).toContain('date: "2003-06-26"');
    expect(doc.units.map((u: { id: string }) => u.id)).toEqual(['jgfwzx', 'wmfzzx', 'tzcjzx', 'gjjjhzswj', 'pexkzswj', 'zggjdzswzx']);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^mandates: imported .*000_d38cc14c6d3babfb\.txt: number 商办发［2003］9号; issuer 中华人民共和国商务部; date 2003-06-26; 6 units$/u);
    expect(lines[1]).toBe('  jgfwzx 机关服务中心: 12 duties, no parent, no preamble, no staffing');
    expect(lines[7]).toMatch(/^mandates: warning: .*000_d38cc14c6d3babfb\.txt:10: unit heading “投资促进中心《投资促进事务局）主要职能”/u);
    const quiet = await run(['import', seedPath, '--quiet']);
    expect(quiet.stderr.trimEnd().split('\n')).toEqual([lines[7]]);
  });

  it.skipIf(!hasSeed)('writes a file that loads back with --corpus and validates; its schema path leads to the schema', async () => {
    const dir = tempDir();
    const out = join(dir, 'seed.yaml');
    const r = await run(['import', seedPath, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote ${out} (yaml): document sbf-2003-9, 6 units, 60 duties`);
    const schemaRef = readFileSync(out, 'utf8').match(/\$schema=(\S+)/u)![1]!;
    expect(existsSync(resolve(dir, schemaRef))).toBe(true);
    const units = await run(['units', '--corpus', out]);
    expect(units.stdout).toBe((await run(['units'])).stdout);
    const show = await run(['show', '外商投资促进中心', '--corpus', out, '--json']);
    expect(JSON.stringify(JSON.parse(show.stdout).unit.notes[0])).toContain('投资促进中心《投资促进事务局）主要职能');
    const v = await run(['validate', out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${out}: OK (sbf-2003-9: 6 units, 60 duties)\n`);
  });

  it.skipIf(!hasSeed)('points at the schema with a path relative to the output file when they share a folder', async () => {
    const repo = new URL('../..', import.meta.url).pathname;
    const dir = mkdtempSync(join(repo, 'build', 'import-test-'));
    try {
      expect((await run(['import', seedPath, '-o', join(dir, 'x.yaml')])).code).toBe(0);
      expect(readFileSync(join(dir, 'x.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../corpus/mandates.schema.json');
      const viaStdout = await run(['import', seedPath], { cwd: join(repo, 'corpus') });
      expect(viaStdout.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=./mandates.schema.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasSeed)('refuses to replace a file without --force, and replaces it with --force', async () => {
    const dir = tempDir();
    const out = join(dir, 'seed.yaml');
    writeFileSync(out, 'keep me');
    const r = await run(['import', seedPath, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists: use --force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(['import', seedPath, '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('id: sbf-2003-9');
  });

  it.skipIf(!hasSeed)('detects GB18030 and imports it identically; --encoding overrides', async () => {
    const dir = tempDir();
    const gb = join(dir, 'seed-gb.txt');
    writeFileSync(gb, iconv.encode(readFileSync(seedPath, 'utf8'), 'gb18030'));
    const utf8 = await run(['import', seedPath]);
    const fromGb = await run(['import', gb]);
    expect(fromGb.code).toBe(0);
    expect(fromGb.stdout).toContain('(gb18030)');
    expect(body(fromGb.stdout)).toBe(body(utf8.stdout));
    const told = await run(['import', gb, '--encoding', 'GB18030']);
    expect(body(told.stdout)).toBe(body(utf8.stdout));
    const wrong = await run(['import', gb, '--encoding', 'nope']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('mandates: unknown encoding "nope" (try utf-8, gb18030, gbk, big5, utf-16le)\n');
  });

  it('reads standard input with -, and takes --id', async () => {
    const r = await run(['import', '-', '--id', 'moc-2008-sd'], { stdin: readFileSync(join(fixtures, 'sanding.txt')) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'mandates: imported <stdin>: number none found; issuer none found; date none found; 4 units',
        '  swb 商务部: 15 duties, no parent, preamble, staffing',
        '  bgt 办公厅: 1 duty, part of swb, no preamble, no staffing',
        '  tyfls 条约法律司: 1 duty, part of swb, no preamble, no staffing',
        '  wgtzgls 外国投资管理司: 1 duty, part of swb, no preamble, no staffing',
        '',
      ].join('\n'),
    );
    expect((await run(['import', '-', '-q'], { stdin: readFileSync(join(fixtures, 'sanding.txt')) })).stderr).toBe('');
    const doc = parse(r.stdout);
    expect(doc.id).toBe('moc-2008-sd');
    expect(doc.units.map((u: { id: string; parent?: string }) => [u.id, u.parent ?? null])).toEqual([
      ['swb', null], ['bgt', 'swb'], ['tyfls', 'swb'], ['wgtzgls', 'swb'],
    ]);
    const bad = await run(['import', '-', '--id', 'Bad Id'], { stdin: 'x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^mandates: --id "Bad Id": use lower-case letters/u);
  });

  it('--strict turns warnings into exit 2 and writes nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'defects.yaml');
    const r = await run(['import', join(fixtures, 'defects.txt'), '--strict', '--quiet', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4).every((l) => /^mandates: warning: .*defects\.txt:\d+: /u.test(l))).toBe(true);
    expect(lines[4]).toBe('mandates: 4 warnings and --strict: nothing written');
    const clean = await run(['import', join(fixtures, 'sanding.txt'), '--strict']);
    expect(clean.code).toBe(0);
  });

  it('--json prints the document, the warnings and the encoding', async () => {
    const r = await run(['import', join(fixtures, 'defects.txt'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.encoding).toBe('utf-8');
    expect(out.document.id).toBe('sbf-2004-12');
    expect(out.warnings).toHaveLength(4);
    expect(out.warnings[0]).toEqual({ line: 9, message: expect.stringContaining('》') });
    expect(out.summary).toMatchObject({ number: '示办发[2004]12号', issuer: '示范部', date: '2004-03-05' });
    expect(out.summary.units[0]).toEqual({ id: 'jzx', name: '甲中心', duties: 3, parent: null, preamble: false, staffing: false });
    expect(r.stderr).toMatch(/^mandates: imported .*defects\.txt: number 示办发\[2004\]12号; issuer 示范部; date 2004-03-05; 3 units\n/u);
  });

  it('refuses an empty notice and one with no units, exit 2, writing nothing', async () => {
    const empty = await run(['import', '-'], { stdin: '\u3000\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('mandates: <stdin> is empty: nothing to import\n');
    const plain = await run(['import', '-'], { stdin: '这是一段普通文字，没有任何编号。\n' });
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/^mandates: found no units in <stdin> /u);
  });

  it('lists the warnings in the YAML header too', async () => {
    const r = await run(['import', join(fixtures, 'defects.txt')]);
    expect(r.stdout).toContain('# warning: line 12: 甲中心: numbering skips from 二、 to 四、\n');
    expect(parse(r.stdout).units[0].notes[0].zh).toContain('甲中心（甲事务局》主要职能');
  });

  it('keeps a section’s lead sentence as its preamble: in the YAML, in show and in show --json', async () => {
    const dir = tempDir();
    const out = join(dir, 'lawdb.yaml');
    expect((await run(['import', join(fixtures, 'messy-lawdb.txt'), '-q', '-o', out])).code).toBe(0);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(doc.units[0].sections[1]).toMatchObject({ label: '二、', title: '主要职责', preamble: '根据以上职责调整，国务院办公厅的主要职责是：' });
    const show = await run(['show', 'gwybgt', '--corpus', out]);
    expect(show.stdout).toContain('二、主要职责\n    根据以上职责调整，国务院办公厅的主要职责是：\n    （一）负责国务院会议的准备工作');
    const json = JSON.parse((await run(['show', 'gwybgt', '--corpus', out, '--json'])).stdout);
    expect(json.unit.sections.map((s: { preamble: string | null }) => s.preamble)).toEqual([null, '根据以上职责调整，国务院办公厅的主要职责是：', null]);
    const v = await run(['validate', out]);
    expect(v.code).toBe(0);
  });

  it('reports an unreadable file in one line, exit 2', async () => {
    const r = await run(['import', '/nonexistent/notice.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandates: notice not found: /nonexistent/notice.txt\n');
  });
});

const BROKEN = `# a corpus file with problems
mandates: 1
id: Bad_Id
title: 示例
units:
  - id: a
    name: 甲
    duties:
      - label: 一、
        text: 负责甲。
        colour: red
`;

const DUPLICATES = `mandates: 1
id: demo-2
title: 示例
units:
  - id: a
    name: 甲
    duties:
      - { label: 一、, text: 负责甲。 }
      - { label: 一、, text: 又负责甲。 }
  - id: a
    name: 乙
    parent: zz
    duties: []
`;

describe('mandates validate', () => {
  it('says OK for good files, exit 0', async () => {
    const r = await run(['validate', bundledYaml]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${bundledYaml}: OK (sbf-2003-9: 6 units, 60 duties)\n`);
    expect(r.stderr).toBe('');
  });

  it('reports every schema problem as file:line:col, exit 2', async () => {
    const dir = tempDir();
    const f = join(dir, 'broken.yaml');
    writeFileSync(f, BROKEN);
    const r = await run(['validate', f, bundledYaml]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      [
        `${f}:3:5: id: does not match ^[a-z0-9][a-z0-9-]*$`,
        `${f}:11:9: units[0].duties[0].colour: unknown field "colour" (check its spelling against corpus/mandates.schema.json)`,
        `${bundledYaml}: OK (sbf-2003-9: 6 units, 60 duties)`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('mandates: 2 problems in 1 file\n');
  });

  it('reports id problems: repeated duty ids, repeated unit ids, unknown parents, across files too', async () => {
    const dir = tempDir();
    const f = join(dir, 'dups.yaml');
    writeFileSync(f, DUPLICATES);
    const again = join(dir, 'again.yaml');
    writeFileSync(again, 'mandates: 1\nid: demo-2\ntitle: 又一个\nunits:\n  - { id: a, name: 甲, duties: [] }\n');
    const r = await run(['validate', f, again]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `${f}:9:18: units[0].duties[1].label: duty id "demo-2/a/1" is used twice (numbering repeats?); give this duty an explicit "id"`,
      `${f}:10:9: units[1].id: duplicate unit id "a" in document demo-2`,
      `${f}:12:13: units[1].parent: no unit "zz" in document demo-2`,
      `${again}:2:5: id: duplicate document id "demo-2" (also at ${f}:2:5); give one of them another id`,
    ]);
  });

  it('reports YAML syntax errors, unreadable and empty files, and goes on to the next file', async () => {
    const dir = tempDir();
    const bad = join(dir, 'syntax.yaml');
    writeFileSync(bad, 'mandates: 1\nid: [unclosed\n');
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    const r = await run(['validate', bad, join(dir, 'missing.yaml'), empty, bundledYaml]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: `));
    expect(lines).toContain(`${join(dir, 'missing.yaml')}: corpus file not found: ${join(dir, 'missing.yaml')}`);
    expect(lines).toContain(`${empty}: no corpus document in the file (it is empty)`);
    expect(lines.at(-1)).toBe(`${bundledYaml}: OK (sbf-2003-9: 6 units, 60 duties)`);
  });

  it('--json gives a report per file', async () => {
    const dir = tempDir();
    const f = join(dir, 'broken.yaml');
    writeFileSync(f, BROKEN);
    const r = await run(['validate', f, bundledYaml, '--json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.problemCount).toBe(2);
    expect(report.files[0]).toEqual({
      file: f,
      ok: false,
      documents: [],
      problems: [
        { file: f, line: 3, col: 5, message: 'id: does not match ^[a-z0-9][a-z0-9-]*$' },
        { file: f, line: 11, col: 9, message: 'units[0].duties[0].colour: unknown field "colour" (check its spelling against corpus/mandates.schema.json)' },
      ],
    });
    expect(report.files[1]).toEqual({ file: bundledYaml, ok: true, documents: [{ id: 'sbf-2003-9', units: 6, duties: 60 }], problems: [] });
  });

  it('validates a folder and standard input', async () => {
    const folder = await run(['validate', new URL('../../corpus/', import.meta.url).pathname]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toMatch(/sbf-2003-9\.yaml: OK/u);
    const piped = await run(['validate', '-'], { stdin: (await run(['import', join(fixtures, 'sanding-notice.txt')])).stdout });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe('<stdin>: OK (gbf-2008-77: 3 units, 6 duties)\n');
  });
});

describe('import --encoding', () => {
  it('says the file is not in the encoding given, rather than importing mojibake', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-enc-'));
    const gb = join(dir, 'gb.txt');
    writeFileSync(gb, iconv.encode('关于印发某中心主要职能的通知\n某中心主要职能\n一、负责某项工作。\n', 'gb18030'));
    const r = await run(['import', gb, '--encoding', 'utf-8']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mandates: ${gb}: not valid utf-8 (bytes that do not decode); check --encoding, or leave it out to detect UTF-8 and GB18030\n`);
    expect((await run(['import', gb, '--encoding', 'gb18030'])).code).toBe(0);
  });
});
