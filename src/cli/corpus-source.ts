import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type ParsedDocument } from '../corpus/build-model.js';
import type { DocumentFile } from '../corpus/format.js';
import type { Corpus } from '../corpus/model.js';
import { UserError } from '../errors.js';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './context.js';
import { CACHE_MIN_BYTES, cacheDir, hashBytes, readCachedCorpus, writeCachedCorpus } from './corpus-cache.js';

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

export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
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

/**
 * Parse and validate one corpus file, through the cache for large files: a
 * file is cached only once it has passed every check on its own.
 */
function parseCorpusFile(
  file: string,
  shown: string,
  io: Io,
  parseCorpusText: (text: string, source: string) => ParsedDocument[],
): ParsedDocument[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw fileError(e, shown, 'corpus file');
  }
  const dir = bytes.length >= CACHE_MIN_BYTES ? cacheDir(io) : undefined;
  const hash = dir ? hashBytes(bytes) : '';
  const cached = dir ? readCachedCorpus(dir, file, hash, pkg.version, shown) : undefined;
  if (cached) return cached;
  const parsed = parseCorpusText(decodeUtf8(bytes, shown), shown);
  if (dir) {
    buildCorpus(parsed); // throws on problems: only a file that passes every check is cached
    writeCachedCorpus(dir, file, hash, pkg.version, parsed);
  }
  return parsed;
}

/** Parse every corpus file a path names: a file, a folder (its .yaml/.yml files, recursively) or `-`. */
export async function parseCorpusPaths(paths: readonly string[], io: Io): Promise<ParsedDocument[]> {
  // The YAML parser and the schema validator load only when a YAML corpus is read.
  const { parseCorpusText } = await import('../corpus/parse.js');
  const parsed: ParsedDocument[] = [];
  // A file named twice (a folder and a file in it, say) is read once: it is one source, not a clash of ids.
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      if (seen.has('-')) throw new UserError('--corpus - is given twice: standard input can be read only once');
      seen.add('-');
      parsed.push(...parseCorpusText(decodeUtf8(await readStdin(io.stdin), '<stdin>'), '<stdin>'));
      continue;
    }
    const full = resolve(io.cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch (e) {
      throw fileError(e, p, 'corpus');
    }
    const files = isDir ? yamlFilesUnder(full) : [full];
    if (files.length === 0) throw new UserError(`no .yaml files in corpus folder ${p}`);
    for (const file of files) {
      const real = realpathSync(file);
      if (seen.has(real)) continue;
      seen.add(real);
      const shown = isDir ? join(p, file.slice(full.length + 1)) : p;
      parsed.push(...parseCorpusFile(file, shown, io, parseCorpusText));
    }
  }
  return parsed;
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

function compiledDocuments(json: string): ParsedDocument[] {
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
  if (embedded !== undefined) return compiledDocuments(embedded);
  const here = fileURLToPath(new URL('.', import.meta.url));
  // build/corpus.json beside the bundle when built; from src/cli/ in tests, the YAML.
  const compiled = join(here, COMPILED_CORPUS);
  if (existsSync(compiled)) return compiledDocuments(readFileSync(compiled, 'utf8'));
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
  return buildCorpus(paths.length > 0 ? await parseCorpusPaths(paths, io) : await bundledDocuments());
}
