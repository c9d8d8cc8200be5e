import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldPath, ParsedDocument } from '../corpus/build-model.js';
import type { DocumentFile } from '../corpus/format.js';
import type { Io } from './context.js';
import { writeFileAtomically } from './output-file.js';

/**
 * Parsing a large YAML corpus is slow (a 20 MB file takes seconds); JSON of
 * the same documents parses in tens of milliseconds. So a validated YAML file
 * above a size threshold is kept as JSON in a cache folder, keyed by its
 * path and checked against a hash of its bytes: any edit makes the entry stale
 * and the file is parsed (and validated) afresh.
 */

/** Files smaller than this parse faster than a cache lookup pays for. */
export const CACHE_MIN_BYTES = 512 * 1024;
/** Bump when the cached shape or the validation rules change. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  format: number;
  version: string;
  hash: string;
  documents: { doc: DocumentFile; idAt: string }[];
}

export function cacheDir(io: Io): string | undefined {
  if (io.env.MANDATES_NO_CACHE) return undefined;
  if (io.env.MANDATES_CACHE_DIR) return io.env.MANDATES_CACHE_DIR;
  if (io.env.XDG_CACHE_HOME) return join(io.env.XDG_CACHE_HOME, 'mandates');
  if (io.env.HOME) return join(io.env.HOME, '.cache', 'mandates');
  return undefined;
}

function entryPath(dir: string, absolutePath: string): string {
  return join(dir, `corpus-${createHash('sha1').update(absolutePath).digest('hex')}.json`);
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The cached documents for this file, if the entry exists and matches its bytes and this version. */
export function readCachedCorpus(dir: string, absolutePath: string, hash: string, version: string, shown: string): ParsedDocument[] | undefined {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(readFileSync(entryPath(dir, absolutePath), 'utf8')) as CacheEntry;
  } catch {
    return undefined; // missing or corrupt: parse the file
  }
  if (entry.format !== CACHE_FORMAT || entry.version !== version || entry.hash !== hash || !Array.isArray(entry.documents)) return undefined;
  return entry.documents.map(({ doc, idAt }) => ({
    doc,
    source: shown,
    // Only a clash of document ids across files can still be found in a cached file: point at its id.
    locate: (path: FieldPath) => (path.length === 1 && path[0] === 'id' ? idAt : shown),
  }));
}

/** Keep validated documents for next time; a cache that cannot be written is silently skipped. */
export function writeCachedCorpus(dir: string, absolutePath: string, hash: string, version: string, parsed: readonly ParsedDocument[]): void {
  const entry: CacheEntry = {
    format: CACHE_FORMAT,
    version,
    hash,
    documents: parsed.map((p) => ({ doc: p.doc, idAt: p.locate(['id']) })),
  };
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomically(entryPath(dir, absolutePath), JSON.stringify(entry), { force: true });
  } catch {
    /* the cache is an optimisation only */
  }
}
