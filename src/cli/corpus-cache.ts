import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * The corpus cache: a loaded corpus (validated, compiled for search) kept in
 * the platform's cache folder, so the next run reads binary sections instead
 * of parsing YAML.
 *
 * - Keyed by content: the entry's name is a hash of every file's bytes, the
 *   names they were loaded under, this version of the tool and the format.
 *   Any edit is a new key; nothing is trusted from a file's date or size.
 * - One file per entry: a header (JSON) naming its sections, each with its
 *   offset, length and CRC-32. A section is checked when read, and the file's
 *   length against the header: a truncated or damaged entry is a miss (and
 *   is written again), never trusted.
 * - Written to a temporary file beside it and renamed into place: a reader
 *   sees the old entry, the new one or none.
 * - Bounded: after a write, the least recently used entries (a read touches
 *   its entry) are removed until the folder holds at most the limit.
 */

/** Bump when the sections or what they hold change. */
export const CACHE_FORMAT = 3;
const MAGIC = 0x43444e4d; // "MNDC", little-endian
const SUFFIX = '.mndc';
/** Default bound on the folder's size (MANDATES_CACHE_MAX_MB overrides it); an entry for 100,000 duties is about 70 MB. */
export const DEFAULT_CACHE_MAX_BYTES = 1024 * 2 ** 20;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where entries live: MANDATES_CACHE_DIR (tests, CI, a shared machine), else
 * the platform's cache folder: %LOCALAPPDATA%\mandates\Cache on Windows,
 * ~/Library/Caches/mandates on macOS, $XDG_CACHE_HOME/mandates or
 * ~/.cache/mandates elsewhere. MANDATES_NO_CACHE turns the cache off.
 */
export function cacheDir(env: Env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.MANDATES_NO_CACHE) return undefined;
  if (env.MANDATES_CACHE_DIR) return env.MANDATES_CACHE_DIR;
  // From the environment only: a run given no home (a sandbox, a test) caches nothing.
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'mandates', 'Cache') : undefined;
  if (platform === 'darwin') return env.HOME ? join(env.HOME, 'Library', 'Caches', 'mandates') : undefined;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'mandates');
  return env.HOME ? join(env.HOME, '.cache', 'mandates') : undefined;
}

export function cacheMaxBytes(env: Env): number {
  const mb = Number(env.MANDATES_CACHE_MAX_MB);
  return env.MANDATES_CACHE_MAX_MB !== undefined && Number.isFinite(mb) && mb >= 0 ? mb * 2 ** 20 : DEFAULT_CACHE_MAX_BYTES;
}

/** The hash a file's bytes are known by. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file's identity and times, as stat gives them (nanoseconds). */
interface Stamp {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  dev: string;
}

/** How long before it was hashed a file must have last changed for its stamp to stand for its content (git's "racy" rule). */
const RACY_MS = 3000;
const SEEN = 'seen';
const SEEN_MAX = 1000;

/** What a file's stamp was when it was last hashed here, and the hash. */
interface SeenFile {
  readonly stamp: Stamp;
  readonly hashedAt: number;
  readonly hash: string;
}

function stampOf(file: string): Stamp | undefined {
  try {
    const st = statSync(file, { bigint: true });
    return { size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs), ino: String(st.ino), dev: String(st.dev) };
  } catch {
    return undefined; // unreadable: hashed (and so read, and so reported) below
  }
}

/**
 * The hashes of files' bytes, each read and hashed, or, when the file has not
 * changed since it was last hashed here, remembered: same size, inode, device
 * and modification and change times to the nanosecond, and those times well
 * before the hashing (a file changed within the same clock tick as it was
 * hashed is hashed again). The entry itself stays keyed by the hashes; this
 * only spares reading every file to find its key. What was seen is one record
 * per set of files (a corpus folder of 3,000 notices is one small file to
 * read, not 3,000), so a warm run costs one `stat` per corpus file.
 */
export function contentHashes(dir: string, files: readonly { file: string; read: () => Uint8Array }[]): string[] {
  const record = join(dir, SEEN, `${createHash('sha1').update(files.map((f) => f.file).join('\n')).digest('hex')}.json`);
  let seen: Record<string, SeenFile> = {};
  try {
    const parsed = JSON.parse(readFileSync(record, 'utf8')) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) seen = parsed as Record<string, SeenFile>;
  } catch {
    /* not seen yet, or a damaged record: hash every file */
  }
  let changed = false;
  const next: Record<string, SeenFile> = {};
  const hashes = files.map(({ file, read }) => {
    const stamp = stampOf(file);
    const before = seen[file];
    if (stamp && before && typeof before.hash === 'string' && typeof before.hashedAt === 'number' && before.stamp) {
      const settled = Number(BigInt(stamp.mtimeNs) / 1_000_000n) < before.hashedAt - RACY_MS && Number(BigInt(stamp.ctimeNs) / 1_000_000n) < before.hashedAt - RACY_MS;
      const same = (Object.keys(stamp) as (keyof Stamp)[]).every((k) => before.stamp[k] === stamp[k]);
      if (same && settled) {
        next[file] = before;
        return before.hash;
      }
    }
    const hashedAt = Date.now();
    const hash = hashBytes(read());
    if (stamp) next[file] = { stamp, hashedAt, hash };
    changed = true;
    return hash;
  });
  if (changed) {
    try {
      mkdirSync(join(dir, SEEN), { recursive: true });
      const tmp = `${record}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, JSON.stringify(next));
      renameSync(tmp, record);
    } catch {
      /* the cache is an optimisation only */
    }
  }
  return hashes;
}

/** The entry's key: the files (as named, by content), this version of the tool and the format. */
export function entryKey(version: string, files: readonly { name: string; hash: string }[]): string {
  const h = createHash('sha256').update(`mandates ${version} cache ${CACHE_FORMAT}\n`);
  for (const f of files) h.update(`${f.name}\0${f.hash}\n`);
  return h.digest('hex').slice(0, 40);
}

interface Header {
  readonly format: number;
  readonly version: string;
  readonly key: string;
  /**
   * Offsets from the end of the header, 8-aligned. A section meant to be read
   * in pieces (`chunks`) has a CRC-32 for each CHUNK bytes of it instead of one for the whole.
   */
  readonly sections: Record<string, { offset: number; length: number; crc32?: number; chunks?: number[] }>;
  /** The whole file's length. */
  readonly length: number;
}

/**
 * A section's checksum. The cache guards against damage (a disk error, a
 * truncated copy, a stray write), not against someone who can write to the
 * user's own cache folder; CRC-32 catches every burst of up to 32 bits and
 * costs half what SHA-1 does on the 40 MB an entry for 100,000 duties holds.
 */
const checksum = (bytes: Uint8Array) => crc32(bytes);
/** The piece a section read in pieces is checked by. */
const CHUNK = 16 * 1024;

/** Thrown when a piece of a section read in pieces does not match its checksum: the entry is damaged and has been removed. */
export class CacheDamaged extends Error {
  override readonly name = 'CacheDamaged';
}

/** A section read in pieces, each checked when first read. */
export interface LazySection {
  readonly length: number;
  /** Bytes [start, end) of the section; throws CacheDamaged when they do not match their checksum. */
  read(start: number, end: number): Buffer;
}
const align8 = (n: number) => (n + 7) & ~7;
const entryPath = (dir: string, key: string) => join(dir, `${key}${SUFFIX}`);

/**
 * Write an entry, atomically, then trim the folder to its bound. A cache
 * that cannot be written is skipped silently: it only saves time.
 */
export function writeEntry(
  dir: string,
  key: string,
  version: string,
  sections: Readonly<Record<string, Uint8Array>>,
  options: { maxBytes?: number; inPieces?: readonly string[] } = {},
): void {
  let tmp: string | undefined;
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    const layout: Header['sections'] = {};
    let at = 0;
    for (const [name, bytes] of Object.entries(sections)) {
      // A section read in pieces is checked piece by piece only: it is never read whole against one checksum.
      if (options.inPieces?.includes(name)) {
        const chunks: number[] = [];
        for (let c = 0; c < bytes.length; c += CHUNK) chunks.push(checksum(bytes.subarray(c, c + CHUNK)));
        layout[name] = { offset: at, length: bytes.length, chunks };
      } else {
        layout[name] = { offset: at, length: bytes.length, crc32: checksum(bytes) };
      }
      at = align8(at + bytes.length);
    }
    // The header's length field must be in the header: write it with a fixed width.
    const draft = (length: number) => Buffer.from(JSON.stringify({ format: CACHE_FORMAT, version, key, sections: layout, length: String(length).padStart(15, '0') }));
    const headerLength = align8(8 + draft(0).length);
    const total = headerLength + at;
    const head = Buffer.alloc(headerLength, 0x20);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(headerLength - 8, 4);
    draft(total).copy(head, 8);
    tmp = join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    fd = openSync(tmp, 'wx');
    writeAll(fd, head, 0);
    for (const [name, bytes] of Object.entries(sections)) writeAll(fd, bytes, headerLength + layout[name]!.offset);
    if (fstatSync(fd).size < total) writeAll(fd, Buffer.alloc(1), total - 1);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, entryPath(dir, key));
    tmp = undefined;
    evict(dir, options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES, key);
  } catch {
    /* the cache is an optimisation only */
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (tmp !== undefined) {
      try {
        unlinkSync(tmp);
      } catch {
        /* gone already */
      }
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/**
 * The named sections of the entry for `key`, each checked against its
 * checksum, and the sections named in `inPieces` as LazySections (read and
 * checked piece by piece when used; the file stays open for them);
 * undefined when there is no entry, or it is damaged, truncated or of another
 * version (the caller then loads the corpus afresh and writes it again).
 */
export function readEntry(
  dir: string,
  key: string,
  version: string,
  names: readonly string[],
  inPieces: readonly string[] = [],
): { sections: Record<string, Buffer>; pieces: Record<string, LazySection> } | undefined {
  const path = entryPath(dir, key);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  let keepOpen = false;
  try {
    const size = fstatSync(fd).size;
    const start = Buffer.alloc(8);
    if (readSync(fd, start, 0, 8, 0) !== 8 || start.readUInt32LE(0) !== MAGIC) return undefined;
    const headerBytes = start.readUInt32LE(4);
    if (headerBytes > size - 8) return undefined;
    const raw = Buffer.alloc(headerBytes);
    if (readSync(fd, raw, 0, headerBytes, 8) !== headerBytes) return undefined;
    const header = JSON.parse(raw.toString('utf8')) as Header;
    if (header.format !== CACHE_FORMAT || header.version !== version || header.key !== key || Number(header.length) !== size) return undefined;
    const body = 8 + headerBytes;
    const sections: Record<string, Buffer> = {};
    for (const name of names) {
      const s = header.sections[name];
      if (!s || body + s.offset + s.length > size) return undefined;
      const bytes = readAt(fd, body + s.offset, s.length);
      if (!bytes || !(s.crc32 !== undefined ? checksum(bytes) === s.crc32 : s.chunks !== undefined && chunksMatch(bytes, s.chunks))) return undefined;
      sections[name] = bytes;
    }
    const pieces: Record<string, LazySection> = {};
    for (const name of inPieces) {
      const s = header.sections[name];
      if (!s?.chunks || s.chunks.length !== Math.ceil(s.length / CHUNK) || body + s.offset + s.length > size) return undefined;
      pieces[name] = lazySection(fd, path, body + s.offset, s.length, s.chunks);
      keepOpen = true;
    }
    try {
      const now = new Date();
      utimesSync(path, now, now); // recently used: evicted last
    } catch {
      /* read-only cache: fine */
    }
    return { sections, pieces };
  } catch {
    keepOpen = false;
    return undefined;
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/** Whether the bytes of a section read whole match the checksums of its pieces. */
function chunksMatch(bytes: Uint8Array, chunks: readonly number[]): boolean {
  if (chunks.length !== Math.ceil(bytes.length / CHUNK)) return false;
  return chunks.every((sum, c) => checksum(bytes.subarray(c * CHUNK, (c + 1) * CHUNK)) === sum);
}

/** `length` bytes at `position`, in a buffer of their own (offset 0, so typed arrays can view it whatever their alignment). */
function readAt(fd: number, position: number, length: number): Buffer | undefined {
  const bytes = Buffer.allocUnsafeSlow(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, position + got);
    if (n === 0) return undefined;
    got += n;
  }
  return bytes;
}

function lazySection(fd: number, path: string, position: number, length: number, chunks: readonly number[]): LazySection {
  const read = new Map<number, Buffer>();
  const damaged = () => {
    try {
      unlinkSync(path);
    } catch {
      /* gone already */
    }
    return new CacheDamaged(`damaged cache entry ${path}`);
  };
  const chunk = (c: number): Buffer => {
    let bytes = read.get(c);
    if (bytes) return bytes;
    const from = c * CHUNK;
    bytes = readAt(fd, position + from, Math.min(CHUNK, length - from));
    if (!bytes || checksum(bytes) !== chunks[c]) throw damaged();
    read.set(c, bytes);
    return bytes;
  };
  /** Chunks first…last read at once (a whole section, for --all), each checked where it lies. */
  const span = (first: number, last: number): Buffer => {
    const from = first * CHUNK;
    const bytes = readAt(fd, position + from, Math.min(length, (last + 1) * CHUNK) - from);
    if (!bytes) throw damaged();
    for (let c = first; c <= last; c++) {
      if (checksum(bytes.subarray((c - first) * CHUNK, (c - first + 1) * CHUNK)) !== chunks[c]) throw damaged();
    }
    return bytes;
  };
  return {
    length,
    read(start, end) {
      if (start < 0 || end > length || start > end) throw new RangeError(`bytes ${start}–${end} of a section of ${length}`);
      const first = Math.floor(start / CHUNK);
      const last = Math.floor(Math.max(start, end - 1) / CHUNK);
      if (first === last) return chunk(first).subarray(start - first * CHUNK, end - first * CHUNK);
      if (last - first >= 8) return span(first, last).subarray(start - first * CHUNK, end - first * CHUNK);
      const parts: Buffer[] = [];
      for (let c = first; c <= last; c++) parts.push(chunk(c));
      return Buffer.concat(parts).subarray(start - first * CHUNK, end - first * CHUNK);
    },
  };
}

/** Remove the least recently used entries until the folder is within `maxBytes` (never `keep`, the entry just written). */
function evict(dir: string, maxBytes: number, keep: string): void {
  // The records of file sets seen are small, but each set ever loaded leaves one: keep the latest SEEN_MAX.
  try {
    const seen = readdirSync(join(dir, SEEN))
      .map((f) => ({ f, used: statSync(join(dir, SEEN, f)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const { f } of seen.slice(SEEN_MAX)) unlinkSync(join(dir, SEEN, f));
  } catch {
    /* none yet, or removed meanwhile */
  }
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(SUFFIX))
    .flatMap((f) => {
      try {
        const st = statSync(join(dir, f));
        return [{ f, size: st.size, used: st.mtimeMs }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.used - b.used);
  let total = entries.reduce((n, e) => n + e.size, 0);
  for (const e of entries) {
    if (total <= maxBytes) break;
    if (e.f === `${keep}${SUFFIX}`) continue;
    try {
      unlinkSync(join(dir, e.f));
      total -= e.size;
    } catch {
      /* another run removed it */
    }
  }
}
