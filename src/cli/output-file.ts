import { closeSync, constants, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
        unlinkSync(f);
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

function writeError(e: unknown, path: string): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`cannot write ${path}: folder ${dirname(path)} does not exist`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError(`cannot write ${path}: permission denied`);
  if (code === 'ENOTDIR') return new UserError(`cannot write ${path}: ${dirname(path)} is not a folder`);
  if (code === 'EISDIR') return new UserError(`cannot write ${path}: it is a folder`);
  if (code === 'ENOSPC') return new UserError(`cannot write ${path}: no space left on the device`);
  return new UserError(`cannot write ${path}: ${(e as Error).message}`);
}

/**
 * Write `data` to `path` so that an interrupted run leaves the old file or
 * nothing, never half a file: write a temporary file beside it, then rename.
 * An existing file is replaced only with `force`; otherwise the file is
 * created with a hard link, which fails if something appeared meanwhile.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: { force?: boolean; cwd?: string } = {}): void {
  const target = resolve(options.cwd ?? process.cwd(), path);
  let exists = false;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder`);
    exists = true;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(e, path);
  }
  if (exists && !options.force) throw new UserError(`${path} already exists: use --force to replace it`);

  installCleanup();
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    pending.add(tmp);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.force) {
      renameSync(tmp, target);
    } else {
      linkSync(tmp, target); // fails with EEXIST rather than replace a file created meanwhile
      unlinkSync(tmp);
    }
    pending.delete(tmp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    pending.delete(tmp);
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${path} already exists: use --force to replace it`);
    throw writeError(e, path);
  }
}
