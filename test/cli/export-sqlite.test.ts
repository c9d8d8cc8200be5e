// export -o x.sqlite, checked with real clients: Python's sqlite3 module and
// Debian's sqlite3 command (each test says so and is skipped where the client
// is missing; CI installs both).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const has = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
const hasPython = has('python3', ['-c', 'import sqlite3']);
const hasSqlite3 = has('sqlite3', ['-version']);

/** Run SQL through Python's sqlite3 module; the result as JSON. */
function python(db: string, script: string): unknown {
  const r = spawnSync('python3', ['-c', `import json, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n${script}`, db], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function sqlite3(db: string, sql: string): string {
  const r = spawnSync('sqlite3', ['-bail', db, sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-sqlite-'));
}

/** A 三定 provision (a body unit with preamble, sections, staffing and three departments) imported from the fixture. */
async function sanding(d: string): Promise<string> {
  const yaml = join(d, 'sanding.yaml');
  const r = await run(['import', join(process.cwd(), 'test/fixtures/import/sanding.txt'), '-o', yaml]);
  expect(r.code).toBe(0);
  return yaml;
}

describe('mandates export -o x.sqlite', () => {
  it('writes the bundled corpus; refuses stdout and an existing file without --force; leaves no side files', async () => {
    const d = tempDir();
    const r = await run(['export', '-o', 'c.sqlite'], { cwd: d });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', 'mandates: wrote c.sqlite (sqlite): 6 units, 60 duties\n']);
    expect(readFileSync(join(d, 'c.sqlite')).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    const before = readFileSync(join(d, 'c.sqlite'));
    const again = await run(['export', 'jgfwzx', '-o', 'c.sqlite'], { cwd: d });
    expect([again.code, again.stderr]).toEqual([2, 'mandates: c.sqlite already exists: use --force to replace it\n']);
    expect(readFileSync(join(d, 'c.sqlite'))).toEqual(before);
    expect((await run(['export', 'jgfwzx', '-o', 'c.sqlite', '--force'], { cwd: d })).stderr).toBe('mandates: wrote c.sqlite (sqlite): 1 unit, 12 duties\n');
    expect((await run(['export', '-o', 'c.db'], { cwd: d })).stderr).toBe('mandates: wrote c.db (sqlite): 6 units, 60 duties\n');
    const piped = await run(['export', '--format', 'sqlite']);
    expect([piped.code, piped.stdout, piped.stderr]).toEqual([2, '', 'mandates: an SQLite database is written to a file: use -o FILE.sqlite\n']);
    expect(readdirSync(d).sort()).toEqual(['c.db', 'c.sqlite']);
  });

  it('refuses a folder that does not exist with one line, leaving nothing', async () => {
    const d = tempDir();
    const r = await run(['export', '-o', join(d, 'no', 'c.sqlite')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mandates: cannot write ${join(d, 'no', 'c.sqlite')}: folder ${join(d, 'no')} does not exist\n`);
    expect(readdirSync(d)).toEqual([]);
  });

  it.skipIf(!hasPython)('Python\'s sqlite3 reads it: foreign keys hold, the tables hold everything, FTS finds what search --exact finds', async () => {
    const d = tempDir();
    const yaml = await sanding(d);
    const db = join(d, 'all.sqlite');
    expect((await run(['export', '--corpus', 'corpus/sbf-2003-9.yaml', '--corpus', yaml, '-o', db])).code).toBe(0);
    expect(python(db, 'print(json.dumps(c.execute("PRAGMA foreign_key_check").fetchall()))')).toEqual([]);
    expect(python(db, 'print(json.dumps(c.execute("PRAGMA integrity_check").fetchall()))')).toEqual([['ok']]);

    // Units with their parent, the 三定's preamble, staffing, sections.
    const units = python(db, 'c.row_factory = sqlite3.Row\nprint(json.dumps([dict(r) for r in c.execute("SELECT * FROM units ORDER BY position")]))') as Record<string, unknown>[];
    expect(units.map((u) => [u.short_id, u.parent_id])).toEqual([
      ['jgfwzx', null], ['wmfzzx', null], ['tzcjzx', null], ['gjjjhzswj', null], ['pexkzswj', null], ['zggjdzswzx', null],
      ['swb', null], ['bgt', 'swb-sd/swb'], ['tyfls', 'swb-sd/swb'], ['wgtzgls', 'swb-sd/swb'],
    ]);
    const swb = units.find((u) => u.short_id === 'swb')!;
    expect(swb.preamble).toMatch(/^根据第十一届全国人民代表大会/);
    expect(swb.staffing).toMatch(/^商务部机关行政编制为1300名/);
    expect(JSON.parse(units.find((u) => u.short_id === 'tzcjzx')!.aliases as string)).toEqual(['外商投资促进中心']);
    const sections = python(db, 'print(json.dumps(c.execute("SELECT s.label, s.title, count(d.seq) FROM sections s LEFT JOIN duties d ON d.section_id = s.id WHERE s.unit_id = \'swb-sd/swb\' GROUP BY s.id ORDER BY s.position").fetchall()))');
    expect((sections as unknown[][]).length).toBeGreaterThan(1);

    // Every duty, with the ids the CLI prints and its parent duty.
    const jsonl = (await run(['export', '--corpus', 'corpus/sbf-2003-9.yaml', '--corpus', yaml, '--format', 'jsonl'])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const duties = python(db, 'print(json.dumps(c.execute("SELECT id, text, numbering, depth, parent_id FROM duties ORDER BY seq").fetchall()))') as unknown[][];
    expect(duties.map((x) => x[0])).toEqual(jsonl.map((l) => l.duty.id));
    expect(duties.map((x) => x[1])).toEqual(jsonl.map((l) => l.duty.text));
    expect(duties.find((x) => x[0] === 'sbf-2003-9/jgfwzx/2.1')).toEqual(['sbf-2003-9/jgfwzx/2.1', expect.stringMatching(/^部机关计划生育/), '二（一）', 1, 'sbf-2003-9/jgfwzx/2']);
    // Notes: the one on 投资促进中心 is there, owned by its unit.
    const notes = python(db, 'print(json.dumps(c.execute("SELECT unit_id, text FROM notes WHERE unit_id IS NOT NULL").fetchall()))') as string[][];
    expect(notes.some(([unit, text]) => unit === 'sbf-2003-9/tzcjzx' && text!.includes('《投资促进事务局）'))).toBe(true);

    // Full text: the trigram index finds what search --exact finds.
    for (const term of ['许可证', '投资促进', '对外宣传']) {
      const fts = python(db, `print(json.dumps([r[0] for r in c.execute("SELECT d.id FROM duties_fts JOIN duties d ON d.seq = duties_fts.rowid WHERE duties_fts MATCH ? ORDER BY d.seq", ('"${term}"',))]))`) as string[];
      const search = JSON.parse((await run(['search', '--exact', term, '--all', '--json', '--corpus', 'corpus/sbf-2003-9.yaml', '--corpus', yaml])).stdout);
      const ids = (search as { id: string }[]).map((h) => h.id);
      expect(fts.length, term).toBeGreaterThan(0);
      expect([...fts].sort(), term).toEqual([...ids].sort());
    }
    // Two characters are below the trigram's reach: LIKE finds them (as the docs say).
    expect(python(db, 'print(json.dumps(c.execute("SELECT count(*) FROM duties_fts WHERE duties_fts MATCH \'许可\'").fetchone()[0]))')).toBe(0);
    expect(python(db, 'print(json.dumps(c.execute("SELECT count(*) FROM duties WHERE text LIKE \'%许可%\'").fetchone()[0]))')).toBeGreaterThan(5);
  });

  it.skipIf(!hasSqlite3)('Debian\'s sqlite3 reads it: the schema, foreign keys, a trigram MATCH on Chinese', async () => {
    const d = tempDir();
    const yaml = await sanding(d);
    const db = join(d, 'c.sqlite');
    expect((await run(['export', '--corpus', yaml, '-o', db])).code).toBe(0);
    expect(sqlite3(db, '.tables').split(/\s+/).filter(Boolean).sort()).toEqual(
      expect.arrayContaining(['documents', 'duties', 'duties_fts', 'meta', 'notes', 'sections', 'units']),
    );
    expect(sqlite3(db, 'PRAGMA foreign_keys = ON; PRAGMA foreign_key_check;')).toBe('');
    expect(sqlite3(db, "SELECT value FROM meta WHERE key = 'schema_version';")).toBe('1\n');
    expect(sqlite3(db, "SELECT title, number_normalized FROM documents;")).toMatch(/^商务部主要职责内设机构和人员编制规定\|/);
    const hits = sqlite3(db, "SELECT d.short_id FROM duties_fts JOIN duties d ON d.seq = duties_fts.rowid WHERE duties_fts MATCH '对外贸易' ORDER BY d.seq;");
    const search = (await run(['search', '--exact', '对外贸易', '--all', '--corpus', yaml])).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    expect(hits.trimEnd().split('\n').sort()).toEqual(search.sort());
  });

  it('keeps a corpus text that looks like SQL or holds quotes as data', async () => {
    const d = tempDir();
    const corpus = join(d, 'odd.yaml');
    writeFileSync(corpus, "mandates: 1\nid: odd\ntitle: 示例\nunits:\n  - { id: a, name: \"甲'); DROP TABLE duties; --\", duties: [ { label: 一、, text: \"负责'许可证'\\\"审核\\\"工作。\" } ] }\n");
    const db = join(d, 'odd.sqlite');
    expect((await run(['export', '--corpus', corpus, '-o', db])).code).toBe(0);
    if (hasPython) {
      expect(python(db, 'print(json.dumps(c.execute("SELECT u.name, d.text FROM duties d JOIN units u ON u.id = d.unit_id").fetchall()))')).toEqual([
        ["甲'); DROP TABLE duties; --", '负责\'许可证\'"审核"工作。'],
      ]);
    }
    expect(existsSync(db)).toBe(true);
  });
});
