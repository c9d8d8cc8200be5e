import { accessSync, constants, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type ParsedDocument } from '../corpus/build-model.js';
import type { DocumentFile } from '../corpus/format.js';
import type { Corpus } from '../corpus/model.js';
import { UserError } from '../errors.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './context.js';
import { compileCorpus, compiledDocuments, MODEL_SECTION, openCompiled, SEARCH_PIECES, SEARCH_SECTIONS } from '../corpus/compiled.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';
import { cacheDir, cacheMaxBytes, contentHashes, entryKey, readEntry, writeEntry } from './corpus-cache.js';

export const BUNDLED = '<bundled>';

export function decodeUtf8(bytes: Uint8Array, name: string): string {
  const bom = bytes.length >= 2 ? (bytes[0]! << 8) | bytes[1]! : 0;
  if (bom === 0xfffe || bom === 0xfeff) {
    throw new UserError(`${name}: UTF-16 text; corpus files are UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)`);
  }
  if (bytes.includes(0)) throw new UserError(`${name}: binary data, not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${name}: not UTF-8 text (GB18030? convert it, or use \`mandates import --encoding gb18030\`)`);
  }
}

export function fileError(e: unknown, path: string, what: string): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`${what} not found: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`cannot read ${what} ${path}: permission denied`);
  if (code === 'EISDIR') return new UserError(`${path} is a folder, not a ${what}`);
  return new UserError(`cannot read ${what} ${path}: ${(e as Error).message}`);
}

/**
 * The .yaml/.yml files in a folder and its subfolders, in name order (a
 * symbolic link to a folder is not followed); the paths that are symbolic
 * links go into `links` too, when given.
 */
export function yamlFilesUnder(dir: string, links?: Set<string>): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full, links));
    else if (/\.ya?ml$/i.test(entry.name)) {
      out.push(full);
      if (entry.isSymbolicLink()) links?.add(full);
    }
  }
  return out;
}

/** All of standard input, as bytes. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The corpus paths in force: `--corpus` flags, else MANDATES_CORPUS, else none (the bundled corpus). */
export function corpusPaths(flags: readonly string[], io: Io): string[] {
  if (flags.length > 0) return [...flags];
  const fromEnv = io.env.MANDATES_CORPUS;
  return fromEnv ? fromEnv.split(delimiter).filter((p) => p !== '') : [];
}

/** One corpus file: the name problems are reported under, and its bytes (read when first needed). */
interface CorpusSource {
  readonly shown: string;
  readonly bytes: () => Buffer;
  /** Let go of the bytes (once parsed: a 20 MB file need not stay in memory beside its documents). */
  readonly release: () => void;
  /** The file's absolute path; undefined for standard input (only files are cached). */
  readonly file: string | undefined;
}

/** A corpus file; `check` first makes sure it can be read (a file found in a folder is reported when it is read). */
function fileSource(file: string, shown: string, check: boolean): CorpusSource {
  if (check) {
    try {
      accessSync(file, constants.R_OK);
    } catch (e) {
      throw fileError(e, shown, 'corpus file');
    }
  }
  let bytes: Buffer | undefined;
  return {
    shown,
    file,
    bytes: () => {
      try {
        return (bytes ??= readFileSync(file));
      } catch (e) {
        throw fileError(e, shown, 'corpus file');
      }
    },
    release: () => {
      bytes = undefined;
    },
  };
}

/** Read every corpus file a path names: a file, a folder (its .yaml/.yml files, recursively) or `-`. */
async function readCorpusSources(paths: readonly string[], io: Io): Promise<CorpusSource[]> {
  const sources: CorpusSource[] = [];
  // A file named twice (a folder and a file in it, say) is read once: it is one source, not a clash of ids.
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      if (seen.has('-')) throw new UserError('--corpus - is given twice: standard input can be read only once');
      seen.add('-');
      const bytes = await readStdin(io.stdin);
      sources.push({ shown: '<stdin>', bytes: () => bytes, release: () => undefined, file: undefined });
      continue;
    }
    const full = resolve(io.cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch (e) {
      throw fileError(e, p, 'corpus');
    }
    const links = new Set<string>();
    const files = isDir ? yamlFilesUnder(full, links) : [full];
    if (files.length === 0) throw new UserError(`no .yaml files in corpus folder ${p}`);
    // A folder's real path is found once; a file in it that is not a link is that path and its name
    // (realpath of each of 3,000 files would lstat every component of every path).
    const realDir = isDir ? realpathSync(full) : '';
    for (const file of files) {
      const real = isDir && !links.has(file) ? join(realDir, file.slice(full.length + 1)) : realpathSync(file);
      if (seen.has(real)) continue;
      seen.add(real);
      const shown = isDir ? join(p, file.slice(full.length + 1)) : p;
      sources.push(fileSource(real, shown, !isDir));
    }
  }
  return sources;
}

async function parseSources(sources: readonly CorpusSource[]): Promise<ParsedDocument[]> {
  // The YAML parsers and the schema validator load only when a YAML corpus is read.
  const { parseCorpusText } = await import('../corpus/parse.js');
  return sources.flatMap((s) => {
    const text = decodeUtf8(s.bytes(), s.shown);
    s.release();
    return parseCorpusText(text, s.shown);
  });
}

/** Parse every corpus file a path names: a file, a folder (its .yaml/.yml files, recursively) or `-`. */
export async function parseCorpusPaths(paths: readonly string[], io: Io): Promise<ParsedDocument[]> {
  return parseSources(await readCorpusSources(paths, io));
}

/** A loaded corpus, and its search index when the caller asked for one. */
interface LoadedCorpus {
  readonly corpus: Corpus;
  readonly index?: SearchIndex;
}

/**
 * Load the corpus the paths name, through the cache (src/cli/corpus-cache.ts):
 * a hit gives the model from the validated documents, or for a search the
 * compiled corpus, whose duties are built only when shown; a miss parses and
 * validates, and a corpus that passes every check is cached, compiled.
 */
async function loadFromPaths(paths: readonly string[], io: Io, forSearch: boolean, fresh = false): Promise<LoadedCorpus> {
  const sources = await readCorpusSources(paths, io);
  const dir = sources.every((s) => s.file !== undefined) ? cacheDir(io.env) : undefined;
  const hashes = dir ? contentHashes(dir, sources.map((s) => ({ file: s.file!, read: s.bytes }))) : [];
  const key = dir ? entryKey(pkg.version, sources.map((s, i) => ({ name: s.shown, hash: hashes[i]! }))) : '';
  if (dir && !fresh) {
    const entry = readEntry(dir, key, pkg.version, forSearch ? SEARCH_SECTIONS : [MODEL_SECTION], forSearch ? SEARCH_PIECES : []);
    if (entry) return forSearch ? openCompiled(entry.sections, entry.pieces) : { corpus: buildCorpus(compiledDocuments(entry.sections)) };
  }
  const parsed = await parseSources(sources);
  const corpus = buildCorpus(parsed); // throws on problems: only a corpus that passes every check is cached
  if (!dir && !forSearch) return { corpus };
  const index = buildSearchIndex(corpus.duties);
  if (dir) writeEntry(dir, key, pkg.version, compileCorpus(parsed, corpus, index), { maxBytes: cacheMaxBytes(io.env), inPieces: SEARCH_PIECES });
  return { corpus, index };
}

/** The name of the compiled bundled corpus, beside the built CLI and inside the standalone executable. */
const COMPILED_CORPUS = 'corpus.json';

/**
 * An asset of the standalone executable (`npm run package`, a Node single
 * executable application), or undefined when not running as one.
 */
async function executableAsset(key: string): Promise<string | undefined> {
  let sea: typeof import('node:sea');
  try {
    sea = await import('node:sea');
  } catch {
    return undefined; // Node before 20.12 has no node:sea, and so no single executables
  }
  return sea.isSea() ? sea.getAsset(key, 'utf8') : undefined;
}

function bundledJsonDocuments(json: string): ParsedDocument[] {
  const docs = JSON.parse(json) as DocumentFile[];
  return docs.map((doc) => ({ doc, source: BUNDLED, locate: () => BUNDLED }));
}

/**
 * The bundled corpus: build/corpus.json, compiled from corpus/*.yaml at build
 * time (validated there), so a run parses JSON rather than YAML; inside the
 * standalone executable, the same JSON as an asset. Running from the sources
 * (tests), it falls back to the YAML itself.
 */
export async function bundledDocuments(): Promise<ParsedDocument[]> {
  const embedded = await executableAsset(COMPILED_CORPUS);
  if (embedded !== undefined) return bundledJsonDocuments(embedded);
  const here = fileURLToPath(new URL('.', import.meta.url));
  // build/corpus.json beside the bundle when built; from src/cli/ in tests, the YAML.
  const compiled = join(here, COMPILED_CORPUS);
  if (existsSync(compiled)) return bundledJsonDocuments(readFileSync(compiled, 'utf8'));
  if (!/[\\/]src[\\/]cli[\\/]?$/.test(here)) {
    throw new UserError('the bundled corpus is missing (build/corpus.json): run `npm run build`');
  }
  const { parseCorpusText } = await import('../corpus/parse.js');
  const dir = join(here, '..', '..', 'corpus');
  return yamlFilesUnder(dir)
    .flatMap((f) => parseCorpusText(readFileSync(f, 'utf8'), f))
    .map((p) => ({ ...p, source: BUNDLED }));
}

export async function loadCorpus(flags: readonly string[], io: Io): Promise<Corpus> {
  const paths = corpusPaths(flags, io);
  return paths.length > 0 ? (await loadFromPaths(paths, io, false)).corpus : buildCorpus(await bundledDocuments());
}

/** The corpus and its search index: from the compiled cache when it is there, without building the model. */
export async function loadSearchable(flags: readonly string[], io: Io, how: { fresh?: boolean } = {}): Promise<{ corpus: Corpus; index: SearchIndex }> {
  const paths = corpusPaths(flags, io);
  const loaded = paths.length > 0 ? await loadFromPaths(paths, io, true, how.fresh) : { corpus: buildCorpus(await bundledDocuments()) };
  return { corpus: loaded.corpus, index: loaded.index ?? buildSearchIndex(loaded.corpus.duties) };
}
