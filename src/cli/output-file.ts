import { closeSync, constants, createWriteStream, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, unlinkSync, writeSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UserError } from '../errors.js';

/** Temporary files this process has open, removed if it is interrupted. */
const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanup = () => {
    for (const f of pending) {
      try {
        rmSync(f, { recursive: true, force: true }); // SQLite's lock is a folder
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanup();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** `target` is `path` resolved: an ENOENT for a folder that exists means it cannot take files (/proc). */
function writeError(e: unknown, path: string, target: string = path): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && folderExists(dirname(target))) return new UserError(`cannot write ${path}: folder ${dirname(path)} is not writable`);
  if (code === 'ENOENT') return new UserError(`cannot write ${path}: folder ${dirname(path)} does not exist`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError(`cannot write ${path}: permission denied`);
  if (code === 'ENOTDIR') return new UserError(`cannot write ${path}: ${dirname(path)} is not a folder`);
  if (code === 'EISDIR') return new UserError(`cannot write ${path}: it is a folder`);
  if (code === 'ENOSPC') return new UserError(`cannot write ${path}: no space left on the device`);
  return new UserError(`cannot write ${path}: ${(e as Error).message}`);
}

function folderExists(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Check the target: refuse a folder, and an existing file unless `force`. Returns its absolute path. */
function checkTarget(path: string, options: { force?: boolean; cwd?: string }): string {
  const target = resolve(options.cwd ?? process.cwd(), path);
  let exists = false;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder`);
    exists = true;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(e, path, target);
  }
  if (exists && !options.force) throw new UserError(`${path} already exists: use --force to replace it`);
  return target;
}

/** Create the temporary file beside the target (O_EXCL), registered for removal if the process is interrupted. */
function openTemporary(target: string): { tmp: string; fd: number } {
  installCleanup();
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  pending.add(tmp);
  return { tmp, fd };
}

/** Put the finished temporary file in place: rename with `force`, else a hard link that fails if the target appeared meanwhile. */
function commitTemporary(tmp: string, target: string, force: boolean | undefined): void {
  if (force) {
    renameSync(tmp, target);
  } else {
    linkSync(tmp, target);
    unlinkSync(tmp);
  }
  pending.delete(tmp);
}

function abandonTemporary(tmp: string | undefined, e: unknown, path: string, target: string): UserError {
  if (tmp !== undefined) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    pending.delete(tmp);
  }
  if (e instanceof UserError) return e;
  if ((e as NodeJS.ErrnoException).code === 'EEXIST') return new UserError(`${path} already exists: use --force to replace it`);
  return writeError(e, path, target);
}

/**
 * Write `data` to `path` so that an interrupted run leaves the old file or
 * nothing, never half a file: write a temporary file beside it, then rename.
 * An existing file is replaced only with `force`; otherwise the file is
 * created with a hard link, which fails if something appeared meanwhile.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: { force?: boolean; cwd?: string } = {}): void {
  const target = checkTarget(path, options);
  let tmp: string | undefined;
  let fd: number | undefined;
  try {
    ({ tmp, fd } = openTemporary(target));
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    commitTemporary(tmp, target, options.force);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    throw abandonTemporary(tmp, e, path, target);
  }
}

/**
 * The streaming counterpart of writeFileAtomically, for output too large to
 * hold in memory: `write` gets a stream into a temporary file beside `path`
 * and resolves when it has written everything; only then is the file put in
 * place. Same guarantees: no overwrite without `force`, and on failure or
 * interruption the temporary file is removed.
 */
export async function writeStreamAtomically(
  path: string,
  write: (stream: Writable) => Promise<void>,
  options: { force?: boolean; cwd?: string } = {},
): Promise<void> {
  const target = checkTarget(path, options);
  let tmp: string | undefined;
  let fd: number | undefined;
  let stream: WriteStream | undefined;
  // Once the stream exists it owns the descriptor: destroying it closes the descriptor after
  // any write in flight, and closing it here as well could close another file that reused the number.
  const closeStream = (out: WriteStream) => new Promise<void>((closed) => {
    out.once('close', () => closed());
    out.destroy();
  });
  try {
    ({ tmp, fd } = openTemporary(target));
    const out = createWriteStream('', { fd, autoClose: false });
    const descriptor = fd;
    stream = out;
    fd = undefined;
    const failed = new Promise<never>((_, reject) => out.on('error', reject));
    await Promise.race([write(out), failed]);
    if (!out.writableFinished) await Promise.race([new Promise<void>((done) => out.end(done)), failed]);
    fsyncSync(descriptor);
    stream = undefined;
    await closeStream(out);
    commitTemporary(tmp, target, options.force);
  } catch (e) {
    if (stream) await closeStream(stream);
    if (fd !== undefined) closeSync(fd);
    throw abandonTemporary(tmp, e, path, target);
  }
}

/**
 * For writers that need a file path rather than a stream (SQLite): `write`
 * gets the path of an empty temporary file beside `path` and fills it; only
 * when it resolves is the file put in place. Same guarantees as
 * writeFileAtomically: no overwrite without `force`, nothing left behind on
 * failure or interruption (SQLite's side files, `-journal` and the WASM
 * build's `.lock` folder, included).
 */
export async function writeAtPathAtomically(
  path: string,
  write: (temporaryPath: string) => Promise<void>,
  options: { force?: boolean; cwd?: string } = {},
): Promise<void> {
  const target = checkTarget(path, options);
  let tmp: string | undefined;
  const sideFiles = (t: string) => [`${t}-journal`, `${t}-wal`, `${t}-shm`, `${t}.lock`];
  try {
    let fd: number;
    ({ tmp, fd } = openTemporary(target));
    closeSync(fd);
    for (const f of sideFiles(tmp)) pending.add(f);
    await write(tmp);
    const done = openSync(tmp, 'r+');
    try {
      fsyncSync(done);
    } finally {
      closeSync(done);
    }
    commitTemporary(tmp, target, options.force);
    for (const f of sideFiles(tmp)) pending.delete(f);
  } catch (e) {
    if (tmp !== undefined) {
      for (const f of sideFiles(tmp)) {
        rmSync(f, { recursive: true, force: true });
        pending.delete(f);
      }
    }
    throw abandonTemporary(tmp, e, path, target);
  }
}
