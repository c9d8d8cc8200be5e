import { mkdtempSync, writeFileSync, mkdirSync, chmodSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_CORPUS } from '../helpers/demo-corpus.js';
import { run } from '../helpers/run.js';

const EXTRA = DEMO_CORPUS;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-test-'));
}

describe('mandates units', () => {
  it('prints one unit a line, tab-separated, when piped', async () => {
    const r = await run(['units']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('jgfwzx\t机关服务中心\t机关服务局\t12\tsbf-2003-9');
    expect(lines[4]).toBe('pexkzswj\t配额许可证事务局\t\t9\tsbf-2003-9');
  });

  it('draws a table on a terminal, without colour when NO_COLOR is set', async () => {
    const r = await run(['units'], { tty: 100, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('┌');
    expect(r.stdout).toMatch(/│ pexkzswj\s+│ 配额许可证事务局\s+│/);
    expect(r.stdout).not.toContain('\u001b[');
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('colours a terminal by default and never a pipe, whatever FORCE_COLOR and --no-color say', async () => {
    expect((await run(['units'], { tty: 100 })).stdout).toContain('\u001b[');
    expect((await run(['units'], { tty: 100, env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\u001b[');
    expect((await run(['units', '--no-color'], { tty: 100, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run(['show', 'jgfwzx'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await run(['show', 'jgfwzx'])).stdout).not.toContain('\u001b[');
  });

  it('prints the documented JSON shape', async () => {
    const r = await run(['units', '--json']);
    const units = JSON.parse(r.stdout);
    expect(units).toHaveLength(6);
    expect(units[2]).toEqual({
      id: 'sbf-2003-9/tzcjzx',
      key: 'tzcjzx',
      document: 'sbf-2003-9',
      name: '投资促进中心',
      externalName: '投资促进事务局',
      aliases: ['外商投资促进中心'],
      dutyCount: 10,
      parent: null,
    });
  });
});

describe('mandates show', () => {
  it('finds a unit by a part of its name and prints its duties in order with ids', async () => {
    const r = await run(['show', '许可证']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^配额许可证事务局\n/);
    expect(r.stdout).toContain('文件      sbf-2003-9 · 商办发〔2003〕9号 · 2003-06-26\n');
    const items = r.stdout.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l));
    expect(items.map((l) => l.match(/‹(.+)›$/)![1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `pexkzswj/${n}`));
    expect(items[8]).toBe('九、承办商务部交办的其他事项。  ‹pexkzswj/9›');
  });

  it('labels its fields in Chinese, or in English with --lang en or MANDATES_LANG=en', async () => {
    const zh = (await run(['show', '许可证'])).stdout;
    expect(zh).toContain('\n职能数    9\n');
    const en = (await run(['show', '许可证', '--lang', 'en'])).stdout;
    expect(en).toContain('\ndocument  sbf-2003-9 · 商办发〔2003〕9号 · 2003-06-26\nduties    9\n'.replace('\nduties', '\ntitle     商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知\nheading   配额许可证事务局主要职能\nduties'));
    expect((await run(['show', '许可证'], { env: { MANDATES_LANG: 'en' } })).stdout).toBe(en);
    const bad = await run(['show', '许可证'], { env: { MANDATES_LANG: 'fr' } });
    expect([bad.code, bad.stderr]).toEqual([2, 'mandates: MANDATES_LANG="fr" is not a language mandates labels output in; use zh or en\n']);
    const flag = await run(['show', '许可证', '--lang', 'fr']);
    expect(flag.code).toBe(2);
  });

  it('nests sub-items and sections', async () => {
    const jg = (await run(['show', 'jgfwzx'])).stdout;
    expect(jg).toContain('\n二、承担部机关委托管理的服务性、事务性较强的后勤行政管理职能，与部机关签订并履行委托协议。  ‹jgfwzx/2›\n    （一）部机关计划生育');
    const ec = (await run(['show', '电子商务'])).stdout;
    expect(ec).toContain('\n一、主要职能\n    （一）参与部信息化建设');
    expect(ec).toContain('\n二、其他事项\n    中国国际电子商务中心作为部信息化工作');
  });

  it('wraps to the terminal width with a hanging indent', async () => {
    const r = await run(['show', 'jgfwzx', '--no-color'], { tty: 50 });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    （一）'));
    expect(lines[at + 1]).toMatch(/^ {10}\S/);
    const { displayWidth } = await import('../../src/render/wrap.js');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(50);
  });

  it('shows one duty by id, in text and JSON', async () => {
    const text = await run(['show', 'jgfwzx/2.3']);
    expect(text.stdout).toContain('机关服务中心 二（三）\n');
    expect(text.stdout).toContain('（三）机关职工的医疗保健工作，负责医疗费报销、核算。  ‹jgfwzx/2.3›');
    const json = JSON.parse((await run(['show', 'jgfwzx/2.3', '--json'])).stdout);
    expect(json.kind).toBe('duty');
    expect(json.duty).toEqual({
      id: 'sbf-2003-9/jgfwzx/2.3',
      path: '2.3',
      unit: 'sbf-2003-9/jgfwzx',
      document: 'sbf-2003-9',
      label: '（三）',
      numbering: '二（三）',
      depth: 1,
      parent: 'sbf-2003-9/jgfwzx/2',
      section: null,
      text: '机关职工的医疗保健工作，负责医疗费报销、核算。',
      notes: [],
    });
    expect(json.unit.id).toBe('sbf-2003-9/jgfwzx');
    expect(json.document.numberNormalized).toBe('商办发〔2003〕9号');
  });

  it('prints a whole unit as JSON with its duties flat, in reading order', async () => {
    const json = JSON.parse((await run(['show', 'zggjdzswzx', '--json'])).stdout);
    expect(json.kind).toBe('unit');
    expect(json.unit.sections).toEqual([
      { key: '1', label: '一、', title: '主要职能', preamble: null },
      { key: '2', label: '二、', title: '其他事项', preamble: null },
    ]);
    expect(json.unit.duties.map((d: { path: string }) => d.path)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.p1']);
    expect(json.unit.duties[8].section.title).toBe('其他事项');
  });

  it('exits 2 with one line and the candidates for an ambiguous name', async () => {
    const r = await run(['show', '中心']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('mandates: ambiguous unit "中心": matches 4 units; name one by its id');
    expect(lines.slice(1).map((l) => l.trim().split('\t')[0])).toEqual([
      'sbf-2003-9/jgfwzx', 'sbf-2003-9/wmfzzx', 'sbf-2003-9/tzcjzx', 'sbf-2003-9/zggjdzswzx',
    ]);
  });

  it('exits 2 with one line for an unknown unit, an unknown duty, a bad flag, a missing argument', async () => {
    for (const [argv, message] of [
      [['show', '航天局'], 'mandates: unknown unit "航天局"'],
      [['show', 'jgfwzx/99'], 'mandates: unknown duty "99" in unit sbf-2003-9/jgfwzx'],
      [['show', 'jgfwzx', '--bogus'], "mandates: unknown option '--bogus'"],
      [['show'], "mandates: missing required argument 'unit|duty'"],
      [['nosuch'], "mandates: unknown command 'nosuch'"],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toContain('    at ');
    }
  });
});

describe('mandates docs', () => {
  it('lists documents with number, issuer and date', async () => {
    const r = await run(['docs']);
    expect(r.stdout).toBe('sbf-2003-9\t商办发［2003］9号\t中华人民共和国商务部\t2003-06-26\t6\t商务部关于印发机关服务中心、外贸发展中心等单位的主要职能的通知\n');
    const json = JSON.parse((await run(['docs', '--json'])).stdout);
    expect(json[0]).toMatchObject({ id: 'sbf-2003-9', unitCount: 6, dutyCount: 60, date: '2003-06-26', source: '<bundled>' });
  });
});

describe('choosing the corpus', () => {
  it('loads --corpus files and folders instead of the bundled corpus, repeatedly', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'demo.yaml'), EXTRA);
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'other.yml'), EXTRA.replace('demo-1', 'demo-2').replace('kfzx', 'kfzx2'));
    writeFileSync(join(dir, 'README.txt'), 'not a corpus');
    const folder = await run(['units', '--corpus', dir]);
    expect(folder.stdout).toBe('kfzx\t示例开发中心\t示例事务局\t1\tdemo-1\nkfzx2\t示例开发中心\t示例事务局\t1\tdemo-2\n');
    const both = await run(['docs', '--corpus', join(dir, 'demo.yaml'), '--corpus', 'corpus/sbf-2003-9.yaml']);
    expect(both.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(['demo-1', 'sbf-2003-9', '']);
  });

  it('reads MANDATES_CORPUS, and - for stdin', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'demo.yaml'), EXTRA);
    expect((await run(['units'], { env: { MANDATES_CORPUS: dir } })).stdout).toMatch(/^kfzx\t/);
    expect((await run(['show', '示例', '--corpus', '-'], { stdin: EXTRA })).stdout).toContain('一、负责示例工作。  ‹kfzx/1›');
  });

  it('reports problems in a user corpus as file:line:col, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), EXTRA.replace('name: 示例开发中心', 'nmae: 示例开发中心'));
    const r = await run(['units', '--corpus', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `mandates: ${join(dir, 'bad.yaml')}:5:5: units[0].name: missing required field "name"\n` +
        `${join(dir, 'bad.yaml')}:6:5: units[0].nmae: unknown field "nmae" (check its spelling against corpus/mandates.schema.json)\n`,
    );
  });

  it('refuses missing, unreadable, empty, binary and non-UTF-8 corpora with one line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'gbk.yaml'), Buffer.from([0xc9, 0xcc, 0xce, 0xf1, 0xb2, 0xbf])); // 商务部 in GBK
    writeFileSync(join(dir, 'locked.yaml'), EXTRA);
    chmodSync(join(dir, 'locked.yaml'), 0);
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.yaml'), /^mandates: corpus not found: .*missing\.yaml$/],
      [join(dir, 'empty.yaml'), /empty\.yaml: no corpus document in the file \(it is empty\)$/],
      [join(dir, 'binary.yaml'), /binary\.yaml: binary data, not a text file$/],
      [join(dir, 'gbk.yaml'), /gbk\.yaml: not UTF-8 text/],
    ];
    if (process.getuid?.() !== 0) cases.push([join(dir, 'locked.yaml'), /permission denied$/]);
    for (const [path, message] of cases) {
      const r = await run(['units', '--corpus', path]);
      expect(r.code, path).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), path).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
    }
  });
});

describe('help and version', () => {
  it('prints help with examples for every command, exit 0', async () => {
    for (const cmd of ['units', 'show', 'docs']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`mandates ${cmd}`);
    }
    const top = await run(['--help']);
    expect(top.stdout).toMatch(/Exit status: 0 found, 1 nothing found/);
  });

  it('prints the version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('show on a 三定 provision', () => {
  it('prints the preamble before the duties, the staffing after them, and the departments as parts', async () => {
    const dir = tempDir();
    const file = join(dir, 'sd.yaml');
    const imported = await run(['import', 'test/fixtures/import/sanding.txt', '-o', file]);
    expect(imported.code).toBe(0);
    const out = (await run(['show', '商务部', '--corpus', file])).stdout;
    const lines = out.split('\n');
    expect(lines).toContain('内设机构  bgt 办公厅; tyfls 条约法律司; wgtzgls 外国投资管理司');
    const preamble = lines.findIndex((l) => l.startsWith('根据第十一届全国人民代表大会'));
    const firstDuty = lines.findIndex((l) => l.includes('‹swb/1.1›'));
    const staffing = lines.indexOf('人员编制');
    expect(preamble).toBeGreaterThan(0);
    expect(firstDuty).toBeGreaterThan(preamble);
    expect(staffing).toBeGreaterThan(firstDuty);
    expect(lines[staffing + 1]).toMatch(/^商务部机关行政编制为1300名/);
    const dept = (await run(['show', '办公厅', '--corpus', file])).stdout;
    expect(dept).toContain('所属      swb 商务部\n');
    const json = JSON.parse((await run(['show', '商务部', '--corpus', file, '--json'])).stdout);
    expect(json.unit.preamble).toMatch(/^根据第十一届全国人民代表大会/);
    expect(json.unit.staffing).toMatch(/^商务部机关行政编制为1300名/);
    const units = JSON.parse((await run(['units', '--corpus', file, '--json'])).stdout);
    expect(units.map((u: { key: string; parent: string | null }) => [u.key, u.parent])).toEqual([
      ['swb', null], ['bgt', 'swb-sd/swb'], ['tyfls', 'swb-sd/swb'], ['wgtzgls', 'swb-sd/swb'],
    ]);
  });

  it('keeps parent, preamble and staffing through an export to YAML and back; a lone department drops its parent', async () => {
    const dir = tempDir();
    const file = join(dir, 'sd.yaml');
    expect((await run(['import', 'test/fixtures/import/sanding.txt', '-o', file])).code).toBe(0);
    const original = JSON.parse((await run(['export', '--corpus', file, '--format', 'json'])).stdout);
    const again = join(dir, 'again.yaml');
    expect((await run(['export', '--corpus', file, '-o', again])).code).toBe(0);
    const back = JSON.parse((await run(['export', '--corpus', again, '--format', 'json'])).stdout);
    const strip = (x: { documents: { source: string }[] }) => x.documents.map(({ source: _source, ...d }) => d);
    expect(strip(back)).toEqual(strip(original));
    expect(back.documents[0].units[0].staffing).toMatch(/^商务部机关行政编制为1300名/);
    const lone = join(dir, 'lone.yaml');
    expect((await run(['export', '办公厅', '--corpus', file, '-o', lone])).code).toBe(0);
    const loneUnits = JSON.parse((await run(['units', '--corpus', lone, '--json'])).stdout);
    expect(loneUnits.map((u: { key: string; parent: string | null }) => [u.key, u.parent])).toEqual([['bgt', null]]);
  });

  it('names a UTF-16 corpus file for what it is', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXTRA, 'utf16le')]));
    const r = await run(['units', '--corpus', join(dir, 'u16.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/u16\.yaml: UTF-16 text; corpus files are UTF-8/);
  });
});

describe('naming the same corpus twice', () => {
  it('reads a file named twice (a folder and a file in it) once', async () => {
    const r = await run(['units', '--corpus', 'corpus', '--corpus', 'corpus/sbf-2003-9.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(6);
  });

  it('reads a file once however it is reached: through a link in a folder, or a folder reached through a link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'extra.yaml'), EXTRA);
    symlinkSync(join(dir, 'real'), join(dir, 'via'));
    mkdirSync(join(dir, 'links'));
    symlinkSync(join(dir, 'real', 'extra.yaml'), join(dir, 'links', 'same.yaml'));
    const once = await run(['units', '--corpus', join(dir, 'real')]);
    expect(once.code).toBe(0);
    for (const other of [join(dir, 'via'), join(dir, 'links'), join(dir, 'via', 'extra.yaml')]) {
      const r = await run(['units', '--corpus', join(dir, 'real'), '--corpus', other]);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(once.stdout);
    }
  });

  it('refuses standard input named twice', async () => {
    const r = await run(['units', '--corpus', '-', '--corpus', '-'], { stdin: EXTRA });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandates: --corpus - is given twice: standard input can be read only once\n');
  });
});
