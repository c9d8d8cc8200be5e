// The standalone executables (npm run package), built into a temporary folder
// and run from an empty one with an empty environment: no node, no
// node_modules, no project files to lean on. The Windows one runs under Wine
// where Wine is installed (.ci/run installs it and tries more there).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntry } from '../helpers/zip.js';

const packageScript = fileURLToPath(new URL('../../scripts/package.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mandates-exe-'));
const exe = join(work, 'mandates-linux-x64');
const windowsExe = join(work, 'mandates-win-x64.exe');
const empty = mkdtempSync(join(tmpdir(), 'mandates-empty-'));
const wine = spawnSync('wine', ['--version'], { encoding: 'utf8' }).status === 0;

function mandates(args: string[], input?: string) {
  const r = spawnSync(exe, args, { cwd: empty, env: {}, encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(process.platform !== 'linux')('the standalone executable', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [packageScript, '--output-dir', work], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/package: wrote .*mandates-linux-x64 \(\d+\.\d MiB, node v22\.\d+\.\d+, linux-x64\)/);
    expect(r.stderr).toMatch(/package: wrote .*mandates-win-x64\.exe \(\d+\.\d MiB, node v22\.\d+\.\d+, win-x64\)/);
    expect(r.status).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true })); // 80-odd MiB

  it('runs every command with no warning, reading the corpus inside it', () => {
    // Every command's help (each registered command, as the completion helper lists them)…
    const commands = mandates(['__complete', '--', '']).stdout.trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]!);
    expect(commands).toEqual(expect.arrayContaining(['units', 'show', 'docs', 'completion']));
    for (const command of commands) {
      const help = mandates([command, '--help']);
      expect([command, help.code, help.stderr]).toEqual([command, 0, '']);
    }
    // …and each command at work. (A new command belongs here too, lazily loaded modules and all.)
    const runs: [string[], RegExp][] = [
      [['units'], /^pexkzswj\t配额许可证事务局\t\t9\tsbf-2003-9$/m],
      [['docs'], /^sbf-2003-9\t商办发［2003］9号/],
      [['show', '许可证'], /^配额许可证事务局\n/],
      [['show', 'jgfwzx/2.1', '--json'], /"id": "sbf-2003-9\/jgfwzx\/2\.1"/],
      // search bundles opencc-js's 繁→简 table and pinyin-pro: a traditional query and a pinyin one use both.
      [['search', '--exact', '許可證'], /^pexkzswj\/\d+\t\S+\t配额许可证事务局\tphrase\t.*许可证/m],
      [['search', '電子政務'], /^zggjdzswzx\/1\.1\t一（一）\t中国国际电子商务中心\tphrase\t/],
      [['completion', 'bash'], /complete -F _mandates_complete mandates/],
      [['__complete', '--', 'show', '许可'], /^words\n配额许可证事务局\tpexkzswj\n$/],
      [['--version'], /^\d+\.\d+\.\d+\n$/],
    ];
    for (const [args, expected] of runs) {
      const r = mandates(args);
      expect([args.join(' '), r.code, r.stderr]).toEqual([args.join(' '), 0, '']);
      expect(r.stdout).toMatch(expected);
    }
    // Only pinyin hits: stderr says so, and says nothing else.
    const pinyin = mandates(['search', 'dzzw']);
    expect([pinyin.code, pinyin.stderr]).toEqual([0, 'no exact match; showing pinyin matches\n']);
    expect(pinyin.stdout).toMatch(/^zggjdzswzx\/1\.1\t一（一）\t中国国际电子商务中心\tpinyin\t/);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('loads a YAML corpus (the lazily loaded parser and validator are inside)', () => {
    const corpus = 'mandates: 1\nid: demo-1\ntitle: 示例\nunits:\n  - id: kfzx\n    name: 示例中心\n    duties:\n      - label: 一、\n        text: 负责。\n';
    const r = mandates(['show', '示例', '--corpus', '-'], corpus);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('一、负责。  ‹kfzx/1›');
    const bad = mandates(['units', '--corpus', '-'], corpus.replace('name:', 'nmae:'));
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('mandates: <stdin>:5:5: units[0].name: missing required field "name"');
  });

  it('writes Word and SQLite files (the docx package bundled, SQLite\'s .wasm an asset inside)', () => {
    const out = mkdtempSync(join(tmpdir(), 'mandates-exe-out-'));
    try {
      const write = (args: string[]) => spawnSync(exe, args, { cwd: out, env: {}, encoding: 'utf8' });
      const docx = write(['diff', 'wmfzzx', 'tzcjzx', '-o', 'x.docx']);
      expect([docx.status, docx.stderr]).toEqual([1, 'mandates: wrote x.docx (docx): 1 same, 2 changed, 7 only in A, 7 only in B; similarity 0.16\n']);
      expect(zipEntry(readFileSync(join(out, 'x.docx')), 'word/document.xml')).toContain('外贸发展中心与投资促进中心职能对照表');
      const corpusDocx = write(['export', '-o', 'c.docx']);
      expect([corpusDocx.status, corpusDocx.stderr]).toEqual([0, 'mandates: wrote c.docx (docx): 6 units, 60 duties\n']);
      expect(zipEntry(readFileSync(join(out, 'c.docx')), 'word/document.xml')).toContain('（八）承办商务部交办的其他事项。');
      expect(zipEntry(readFileSync(join(out, 'c.docx')), 'word/styles.xml')).toContain('w:styleId="Heading2"');
      const db = write(['export', '-o', 'c.sqlite']);
      expect([db.status, db.stderr]).toEqual([0, 'mandates: wrote c.sqlite (sqlite): 6 units, 60 duties\n']);
      expect(readFileSync(join(out, 'c.sqlite')).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
      expect(readdirSync(out).sort()).toEqual(['c.docx', 'c.sqlite', 'x.docx']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('imports a notice from every format it reads (the readers and pdf.js are inside)', () => {
    const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
    const imported = (file: string) => {
      const r = spawnSync(exe, ['import', join(fixtures, file)], { cwd: empty, env: {}, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const units = /^units:\n {2}- id: swb\n/mu;
    for (const file of ['html/gov-sanding-gb2312.html', 'office/sanding-numbered.docx', 'office/sanding-numbered.odt', 'office/sanding-typed.doc', 'office/sanding-numbered.pdf', 'pdf/cid-font.pdf']) {
      const r = imported(file);
      expect([file, r.code]).toEqual([file, 0]);
      // Data only on stdout: pdf.js's own start-up warnings (no canvas package) must not reach it.
      expect(r.stdout.split('\n')[0]).toMatch(/^# yaml-language-server: /u);
      expect(r.stdout).toMatch(units);
    }
    const scan = imported('office/scan.pdf');
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/scan\.pdf: the PDF has no text layer/u);
    expect(readdirSync(empty)).toEqual([]);
  }, 120_000);

  it('makes a Windows executable: a PE file with the blob injected and the fuse flipped', () => {
    const pe = readFileSync(windowsExe);
    expect(pe.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(pe.subarray(pe.readUInt32LE(0x3c), pe.readUInt32LE(0x3c) + 4).toString('latin1')).toBe('PE\0\0');
    expect(pe.includes(Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1'))).toBe(true);
  });

  // Node under Wine needs files, not pipes (a pipe gives EBADF), and Wine to report Windows 10.
  it.skipIf(!wine)('runs the Windows executable under Wine (skipped where wine is not installed)', () => {
    const out = join(work, 'wine.out');
    const err = join(work, 'wine.err');
    const run = (args: string[]) => {
      const r = spawnSync('sh', ['-c', 'wine "$@" >"$OUT" 2>"$ERR"', 'sh', windowsExe, ...args], {
        cwd: empty,
        env: { ...process.env, WINEDEBUG: '-all', OUT: out, ERR: err },
        stdio: 'ignore', // a pipe, even for stdin, gives EBADF under Wine
      });
      return { code: r.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
    };
    spawnSync('wine', ['winecfg', '/v', 'win10'], { env: { ...process.env, WINEDEBUG: '-all' }, stdio: 'ignore' });
    const search = run(['search', '许可证']);
    expect([search.code, search.stderr]).toEqual([0, '']);
    expect(search.stdout).toMatch(/^pexkzswj\/3\t三\t配额许可证事务局\tphrase\t/);
    const show = run(['show', '許可證']);
    expect([show.code, show.stderr]).toEqual([0, '']);
    expect(show.stdout.split('\n')[0]).toBe('配额许可证事务局');
    // A PDF that names a standard Chinese font: pdf.js's CMaps are assets inside the Windows executable too.
    const pdf = run(['import', fileURLToPath(new URL('../fixtures/import/pdf/cid-font.pdf', import.meta.url))]);
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toMatch(/^units:\n {2}- id: swb\n/mu);
    writeFileSync(join(work, 'broken.yaml'), 'mandates: [\n');
    const broken = run(['units', '--corpus', join(work, 'broken.yaml')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^mandates: .*broken\.yaml:2:1: .*\n$/);
    expect(readdirSync(empty)).toEqual([]);
  }, 120_000);

  it('fails like the script it is: one line, exit 2, a stack only with --debug', () => {
    const r = mandates(['show', '航天局']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandates: unknown unit "航天局": no unit\'s id or name matches it (`mandates units` lists them)\n');
    expect(mandates(['show', '航天局', '--debug']).stderr).toMatch(/\n\s+at /);
  });
});
