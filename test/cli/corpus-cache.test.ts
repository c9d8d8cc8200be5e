import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error: a plain ES module script without types
import { generateCorpus } from '../../bench/generate-corpus.mjs';
import { CACHE_MIN_BYTES } from '../../src/cli/corpus-cache.js';
import { run } from '../helpers/run.js';

function bigCorpusFile(dir: string): string {
  const docs = generateCorpus({ duties: 4000, units: 40, documents: 2 });
  const text = docs.map((d: unknown) => YAML.stringify(d, { lineWidth: 0 })).join('---\n');
  expect(Buffer.byteLength(text)).toBeGreaterThan(CACHE_MIN_BYTES);
  const file = join(dir, 'big.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the parsed-corpus cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-cache-'));
  const cache = join(dir, 'cache');
  const env = { MANDATES_CACHE_DIR: cache };
  const file = bigCorpusFile(dir);

  it('keeps a large validated file as JSON and reads it back on the next run', async () => {
    const first = await run(['units', '--corpus', file], { env });
    expect(first.code).toBe(0);
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);
    // Prove the second run reads the entry: change a name inside it (its hash still matches the file).
    const entryFile = join(cache, entries[0]!);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
    entry.documents[0].doc.units[0].name = '缓存里的名字';
    writeFileSync(entryFile, JSON.stringify(entry));
    const second = await run(['units', '--corpus', file], { env });
    expect(second.stdout.split('\n')[0]).toContain('缓存里的名字');
    expect(second.stdout.split('\n').slice(1)).toEqual(first.stdout.split('\n').slice(1));
  });

  it('parses the file afresh once it changes', async () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/name: (.+第1中心)/u, 'name: 改过的名字'));
    const r = await run(['units', '--corpus', file], { env });
    expect(r.stdout.split('\n')[0]).toContain('改过的名字');
    expect(r.stdout).not.toContain('缓存里的名字');
  });

  it('ignores a corrupt entry, and never caches a file with problems', async () => {
    for (const e of readdirSync(cache)) writeFileSync(join(cache, e), '{"format": 1, "documents": [');
    expect((await run(['units', '--corpus', file], { env })).stdout.split('\n')[0]).toContain('改过的名字');
    const badDir = mkdtempSync(join(tmpdir(), 'mandates-cache-bad-'));
    const bad = join(badDir, 'bad.yaml');
    writeFileSync(bad, readFileSync(file, 'utf8').replace('id: u2\n', 'id: u1\n'));
    const badCache = join(badDir, 'cache');
    for (let i = 0; i < 2; i++) {
      const r = await run(['units', '--corpus', bad], { env: { MANDATES_CACHE_DIR: badCache } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: units\[1\]\.id: duplicate unit id "u1"/);
    }
    expect(existsSync(badCache)).toBe(false);
  });

  it('is off with MANDATES_NO_CACHE', async () => {
    const other = join(dir, 'cache-off');
    await run(['units', '--corpus', file], { env: { MANDATES_CACHE_DIR: other, MANDATES_NO_CACHE: '1' } });
    expect(existsSync(other)).toBe(false);
  });
});
