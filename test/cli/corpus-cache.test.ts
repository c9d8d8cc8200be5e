import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error: a plain ES module script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { cacheDir, contentHashes, hashBytes, readEntry, writeEntry } from '../../src/cli/corpus-cache.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { MODEL_SECTION, openCompiled, SEARCH_PIECES, SEARCH_SECTIONS } from '../../src/corpus/compiled.js';
import type { Corpus, Duty, Unit } from '../../src/corpus/model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import pkg from '../../package.json' with { type: 'json' };
import { run } from '../helpers/run.js';

function corpusFile(dir: string, name = 'big.yaml', duties = 3000): string {
  const docs = generateCorpus({ duties, units: 30, documents: 2 });
  const file = join(dir, name);
  writeFileSync(file, docs.map((d: unknown) => YAML.stringify(d, { lineWidth: 0 })).join('---\n'));
  return file;
}

const entries = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.mndc'));
const ALL = [MODEL_SECTION, ...SEARCH_SECTIONS];

/** Rewrite the one entry in `cache` (with valid checksums) after `change` has edited its sections. */
function rewriteEntry(cache: string, change: (sections: Record<string, Buffer>) => void): void {
  const [name] = entries(cache);
  const key = name!.replace(/\.mndc$/, '');
  const entry = readEntry(cache, key, pkg.version, [...ALL, ...SEARCH_PIECES]);
  expect(entry).toBeDefined();
  change(entry!.sections);
  writeEntry(cache, key, pkg.version, entry!.sections, { inPieces: SEARCH_PIECES });
}

const utf16Json = (b: Buffer) => JSON.parse(b.toString('utf16le'));
const toUtf16 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf16le');

describe('the corpus cache folder', () => {
  it('is the platform cache folder, or MANDATES_CACHE_DIR, or none', () => {
    expect(cacheDir({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.cache/mandates');
    expect(cacheDir({ HOME: '/home/a', XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe('/xdg/mandates');
    expect(cacheDir({ HOME: '/Users/a' }, 'darwin')).toBe('/Users/a/Library/Caches/mandates');
    expect(cacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toMatch(/AppData.Local.mandates.Cache$/);
    expect(cacheDir({ HOME: '/home/a', MANDATES_CACHE_DIR: '/tmp/c' }, 'linux')).toBe('/tmp/c');
    expect(cacheDir({ HOME: '/home/a', MANDATES_CACHE_DIR: '/tmp/c', MANDATES_NO_CACHE: '1' }, 'linux')).toBeUndefined();
    expect(cacheDir({}, 'linux')).toBeUndefined();
    expect(cacheDir({}, 'win32')).toBeUndefined();
  });
});

describe('the hashes that key a corpus of many files', () => {
  // A national corpus is often a folder of thousands of imported notices: a warm run must not read them all.
  const dir = mkdtempSync(join(tmpdir(), 'mandates-seen-'));
  const cache = join(dir, 'cache');
  const files = Array.from({ length: 1200 }, (_, i) => join(dir, `n${i}.yaml`));
  files.forEach((f, i) => writeFileSync(f, `id: n${i}\n`));
  const reads = new Map<string, number>();
  const sources = () =>
    files.map((file) => ({
      file,
      read: () => {
        reads.set(file, (reads.get(file) ?? 0) + 1);
        return readFileSync(file);
      },
    }));

  it('reads each file once, then only the files that changed', () => {
    const expected = files.map((f) => hashBytes(readFileSync(f)));
    // Hashed "later" than the files were written, so their stamps are settled (the racy-file rule).
    const later = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 10_000);
    try {
      expect(contentHashes(cache, sources())).toEqual(expected);
      expect(reads.size).toBe(1200);
      expect([...reads.values()].every((n) => n === 1)).toBe(true);
      expect(readdirSync(join(cache, 'seen'))).toHaveLength(1);

      reads.clear();
      expect(contentHashes(cache, sources())).toEqual(expected);
      expect(reads.size).toBe(0);

      // Same size, same modification time, different bytes: the change time gives it away.
      const before = statSync(files[7]!);
      writeFileSync(files[7]!, 'id: x7\n');
      utimesSync(files[7]!, before.atime, before.mtime);
      const changed = contentHashes(cache, sources());
      expect([...reads.keys()]).toEqual([files[7]]);
      expect(changed[7]).toBe(hashBytes(Buffer.from('id: x7\n')));
      expect(changed.filter((h, i) => h !== expected[i])).toHaveLength(1);
    } finally {
      later.mockRestore();
    }
  });

  it('hashes afresh what a damaged record says, never trusting it', () => {
    const [record] = readdirSync(join(cache, 'seen'));
    writeFileSync(join(cache, 'seen', record!), '{"');
    reads.clear();
    const hashes = contentHashes(cache, sources());
    expect(reads.size).toBe(1200);
    expect(hashes[0]).toBe(hashBytes(readFileSync(files[0]!)));
  });
});

describe('the compiled-corpus cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-cache-'));
  const cache = join(dir, 'cache');
  const env = { MANDATES_CACHE_DIR: cache };
  const file = corpusFile(dir);

  it('keeps a validated corpus of any size and reads it back on the next run', async () => {
    const small = corpusFile(dir, 'small.yaml', 40);
    const smallCache = join(dir, 'small-cache');
    expect((await run(['units', '--corpus', small], { env: { MANDATES_CACHE_DIR: smallCache } })).code).toBe(0);
    expect(entries(smallCache)).toHaveLength(1);

    const first = await run(['units', '--corpus', file], { env });
    expect(first.code).toBe(0);
    expect(entries(cache)).toHaveLength(1);
    // Prove the next runs read the entry: change a unit's name in it (both the model's and the search's copy).
    rewriteEntry(cache, (s) => {
      const docs = utf16Json(s.docs!);
      docs[0].doc.units[0].name = '缓存里的名字';
      s.docs = toUtf16(docs);
      const meta = utf16Json(s.meta!);
      meta.documents[0].units[0].name = '缓存里的名字';
      s.meta = toUtf16(meta);
    });
    const second = await run(['units', '--corpus', file], { env });
    expect(second.stdout.split('\n')[0]).toContain('缓存里的名字');
    expect(second.stdout.split('\n').slice(1)).toEqual(first.stdout.split('\n').slice(1));
    const hits = await run(['search', '承办', '--unit', 'u1', '--limit', '1', '--corpus', file], { env });
    expect(hits.stdout).toContain('缓存里的名字');
  });

  it('parses the file afresh once it changes, even keeping its size and modification time', async () => {
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/name: (.+)第1中心/u, (_, stem: string) => `name: ${'改'.repeat([...stem].length)}第1中心`);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const r = await run(['units', '--corpus', file], { env });
    expect(r.stdout.split('\n')[0]).toContain('改改');
    expect(r.stdout).not.toContain('缓存里的名字');
  });

  it('detects a truncated or damaged entry and rebuilds it', async () => {
    const cache = join(dir, 'cache-damage');
    const env = { MANDATES_CACHE_DIR: cache };
    await run(['units', '--corpus', file], { env });
    expect(entries(cache)).toHaveLength(1);
    const fresh = (await run(['search', '许可证', '--all', '--corpus', file], { env: { MANDATES_NO_CACHE: '1' } })).stdout;
    const entryFile = () => join(cache, entries(cache)[0]!);
    const size = statSync(entryFile()).size;
    // Cut short.
    truncateSync(entryFile(), size - 1000);
    expect((await run(['search', '许可证', '--all', '--corpus', file], { env })).stdout).toBe(fresh);
    expect(statSync(entryFile()).size).toBe(size);
    // A byte changed in each section in turn, including those a search reads piece by piece.
    const header = readFileSync(entryFile()).subarray(8, 8 + readFileSync(entryFile()).readUInt32LE(4)).toString();
    const { sections } = JSON.parse(header) as { sections: Record<string, { offset: number; length: number }> };
    const body = 8 + readFileSync(entryFile()).readUInt32LE(4);
    for (const [name, s] of Object.entries(sections)) {
      const bytes = readFileSync(entryFile());
      const at = body + s.offset + Math.floor(s.length / 2);
      bytes[at] = bytes[at]! ^ 0x20;
      writeFileSync(entryFile(), bytes);
      const out = await run(['search', '许可证', '--all', '--corpus', file], { env });
      expect(out.stdout, `damage in ${name}`).toBe(fresh);
      const units = await run(['units', '--json', '--corpus', file], { env });
      expect(units.code).toBe(0);
      expect(readEntry(cache, entries(cache)[0]!.replace('.mndc', ''), pkg.version, [...ALL, ...SEARCH_PIECES]), `rebuilt after damage in ${name}`).toBeDefined();
    }
  });

  it('never caches a corpus with problems, and reports them the same every time', async () => {
    const badDir = mkdtempSync(join(tmpdir(), 'mandates-cache-bad-'));
    const bad = join(badDir, 'bad.yaml');
    writeFileSync(bad, readFileSync(file, 'utf8').replace('id: u2\n', 'id: u1\n'));
    const badCache = join(badDir, 'cache');
    for (let i = 0; i < 2; i++) {
      const r = await run(['search', '许可证', '--corpus', bad], { env: { MANDATES_CACHE_DIR: badCache } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: units\[1\]\.id: duplicate unit id "u1"/);
    }
    expect(existsSync(badCache) ? entries(badCache) : []).toEqual([]);
  });

  it('is off with MANDATES_NO_CACHE', async () => {
    const other = join(dir, 'cache-off');
    await run(['units', '--corpus', file], { env: { MANDATES_CACHE_DIR: other, MANDATES_NO_CACHE: '1' } });
    expect(existsSync(other)).toBe(false);
  });

  it('stays within its bound, removing the least recently used entries', async () => {
    const bounded = join(dir, 'bounded');
    const a = corpusFile(dir, 'a.yaml', 500);
    const b = corpusFile(dir, 'b.yaml', 600);
    await run(['units', '--corpus', a], { env: { MANDATES_CACHE_DIR: bounded } });
    expect(entries(bounded)).toHaveLength(1);
    const first = entries(bounded)[0];
    await run(['units', '--corpus', b], { env: { MANDATES_CACHE_DIR: bounded, MANDATES_CACHE_MAX_MB: '0.01' } });
    expect(entries(bounded)).toHaveLength(1);
    expect(entries(bounded)[0]).not.toBe(first);
  });
});

describe('search on a compiled corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-compiled-'));
  const file = corpusFile(dir, 'c.yaml', 2000);
  const cases = [
    ['许可证'],
    ['许可证', '--all'],
    ['许可证', '签发', '--json'],
    ['許可證', '--jsonl'],
    ['许可正'],
    ['xkz', '--limit', '5'],
    ['航天发射'],
    ['--regex', '许可证(件|书)', '--all'],
    ['承办', '--unit', 'u3', '--all'],
    ['承办', '--doc', 'synthetic-2', '--limit', '7'],
    ['负责管理全国的许可证发证机构以及各类进出口商品许可证件签发工作'],
  ];

  it('gives exactly the hits of the corpus parsed afresh', async () => {
    const env = { MANDATES_CACHE_DIR: join(dir, 'cache') };
    await run(['units', '--corpus', file], { env }); // compiles it
    for (const args of cases) {
      const fresh = await run(['search', ...args, '--corpus', file], { env: { MANDATES_NO_CACHE: '1' } });
      const cached = await run(['search', ...args, '--corpus', file], { env });
      expect(cached, args.join(' ')).toEqual(fresh);
    }
  });

  // The bundled corpus has sections, sub-items, notes and parents: the compiled model must be the same model.
  it('builds the same model, duty by duty, as the validated documents', async () => {
    const { compileCorpus } = await import('../../src/corpus/compiled.js');
    const { buildSearchIndex } = await import('../../src/search/search-index.js');
    const root = join(import.meta.dirname, '..', '..', 'corpus');
    const parsed = [
      ...readdirSync(root).filter((f) => f.endsWith('.yaml')).flatMap((f) => parseCorpusText(readFileSync(join(root, f), 'utf8'), f)),
      ...parseCorpusText(readFileSync(file, 'utf8'), 'c.yaml'),
    ];
    const full = buildCorpus(parsed);
    const sections = compileCorpus(parsed, full, buildSearchIndex(full.duties));
    const pieces = Object.fromEntries(SEARCH_PIECES.map((n) => [n, { length: sections[n]!.length, read: (s: number, e: number) => sections[n]!.subarray(s, e) }]));
    const { corpus, index } = openCompiled(sections, pieces);
    const unitView = (u: Unit) => ({
      id: u.id, key: u.key, doc: u.doc.id, name: u.name, externalName: u.externalName, aliases: u.aliases, heading: u.heading,
      parent: u.parent?.id, notes: u.notes, preamble: u.preamble, staffing: u.staffing,
      sections: u.sections.map(({ duties, ...fields }) => ({ ...fields, duties: duties.map((d) => d.id) })),
      duties: u.duties.map((d) => d.id),
    });
    const dutyView = (d: Duty) => ({
      id: d.id, path: d.path, unit: d.unit.id, section: d.section?.key, parent: d.parent?.id, children: d.children.map((c) => c.id),
      label: d.label, numbering: d.numbering, depth: d.depth, text: d.text, notes: d.notes,
    });
    const view = (c: Corpus) => ({
      documents: c.documents.map(({ units, ...rest }) => ({ ...rest, units: units.map((u) => u.id) })),
      units: c.units.map(unitView),
      duties: c.duties.map(dutyView),
    });
    expect(full.units.some((u) => u.sections.length > 0) && full.duties.some((d) => d.children.length > 0)).toBe(true);
    expect(view(corpus)).toEqual(view(full));
    expect(index.size).toBe(full.duties.length);
    expect(index.duty(7).unit).toBe(corpus.units.find((u) => u.id === full.duties[7]!.unit.id));
    expect(Array.from({ length: index.size }, (_, d) => index.unitOf(d).id)).toEqual(full.duties.map((d) => d.unit.id));
  });

  // --unit and --doc on a compiled corpus: the units are asked, and only the duties shown are built.
  it('narrows a search to units without building the duties it does not show', async () => {
    const { compileCorpus } = await import('../../src/corpus/compiled.js');
    const { buildSearchIndex, search } = await import('../../src/search/index.js');
    const parsed = parseCorpusText(readFileSync(file, 'utf8'), 'c.yaml');
    const full = buildCorpus(parsed);
    const sections = compileCorpus(parsed, full, buildSearchIndex(full.duties));
    const pieces = Object.fromEntries(SEARCH_PIECES.map((n) => [n, { length: sections[n]!.length, read: (s: number, e: number) => sections[n]!.subarray(s, e) }]));
    const { index } = openCompiled(sections, pieces);
    const built = new Set<number>();
    const duty = index.duty;
    const counting = { ...index, duty: (d: number) => (built.add(d), duty(d)) };
    const asked: string[] = [];
    const { hits, total } = await search(counting, ['承办'], { includeUnit: (u) => (asked.push(u.key), u.key === 'u3'), limit: 5 });
    const expected = await search(buildSearchIndex(full.duties), ['承办'], { include: (d) => d.unit.key === 'u3', limit: 5 });
    expect(hits.map((h) => h.duty.id)).toEqual(expected.hits.map((h) => h.duty.id));
    expect(total).toBe(expected.total);
    expect(total).toBeGreaterThan(5);
    expect(built.size).toBe(5);
    expect([...asked].sort()).toEqual([...new Set(full.units.map((u) => u.key))].sort());
  });
});
