import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { run } from '../helpers/run.js';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, writeStreamAtomically } from '../../src/cli/output-file.js';
import { UserError } from '../../src/errors.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-out-'));
}

function failure(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('writing output files', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const d = dir();
    writeFileAtomically(join(d, 'out.md'), '许可证\n');
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('许可证\n');
    expect(readdirSync(d)).toEqual(['out.md']);
  });

  it('refuses to replace an existing file without force, and keeps it intact', () => {
    const d = dir();
    writeFileSync(join(d, 'out.md'), 'old');
    expect(failure(() => writeFileAtomically(join(d, 'out.md'), 'new'))).toBe(`${join(d, 'out.md')} already exists: use --force to replace it`);
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('old');
    writeFileAtomically(join(d, 'out.md'), 'new', { force: true });
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['out.md']);
  });

  it('says clearly when the folder is missing, is a file, or the target is a folder', () => {
    const d = dir();
    writeFileSync(join(d, 'file'), '');
    expect(failure(() => writeFileAtomically(join(d, 'nope', 'x.md'), 'x'))).toBe(`cannot write ${join(d, 'nope', 'x.md')}: folder ${join(d, 'nope')} does not exist`);
    expect(failure(() => writeFileAtomically(join(d, 'file', 'x.md'), 'x'))).toMatch(/is not a folder$/);
    expect(failure(() => writeFileAtomically(d, 'x'))).toBe(`cannot write ${d}: it is a folder`);
  });

  it.skipIf(process.platform !== 'linux')('calls a folder that exists but takes no files (/proc) not writable, not missing', async () => {
    expect(failure(() => writeFileAtomically('/proc/x.md', 'x'))).toBe('cannot write /proc/x.md: folder /proc is not writable');
    const r = await run(['export', '-o', '/proc/x.md']);
    expect([r.code, r.stderr]).toEqual([2, 'mandates: cannot write /proc/x.md: folder /proc is not writable\n']);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is not writable', () => {
    const d = dir();
    chmodSync(d, 0o500);
    expect(failure(() => writeFileAtomically(join(d, 'x.md'), 'x'))).toBe(`cannot write ${join(d, 'x.md')}: permission denied`);
    expect(existsSync(join(d, 'x.md'))).toBe(false);
  });
});

async function streamFailure(fn: () => Promise<void>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('writing output files from a stream', () => {
  const writeChunks = (chunks: string[]) => async (stream: NodeJS.WritableStream) => {
    for (const c of chunks) await new Promise<void>((done) => stream.write(c, () => done()));
    await new Promise<void>((done) => stream.end(() => done()));
  };

  it('writes a new file and leaves no temporary file behind', async () => {
    const d = dir();
    await writeStreamAtomically(join(d, 'out.xlsx'), writeChunks(['许可', '证\n']));
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('许可证\n');
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  it('ends the stream itself when the writer leaves it open', async () => {
    const d = dir();
    await writeStreamAtomically(join(d, 'out.bin'), async (s) => void s.write('abc'));
    expect(readFileSync(join(d, 'out.bin'), 'utf8')).toBe('abc');
  });

  it('refuses to replace an existing file without force, and keeps it intact', async () => {
    const d = dir();
    writeFileSync(join(d, 'out.xlsx'), 'old');
    let called = false;
    const message = await streamFailure(() => writeStreamAtomically(join(d, 'out.xlsx'), async () => void (called = true)));
    expect(message).toBe(`${join(d, 'out.xlsx')} already exists: use --force to replace it`);
    expect(called).toBe(false);
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('old');
    await writeStreamAtomically(join(d, 'out.xlsx'), writeChunks(['new']), { force: true });
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  it('removes the temporary file and keeps the old one when writing fails half way', async () => {
    const d = dir();
    writeFileSync(join(d, 'out.xlsx'), 'old');
    const message = await streamFailure(() =>
      writeStreamAtomically(join(d, 'out.xlsx'), async (s) => {
        s.write('half a file');
        throw new Error('disk on fire');
      }, { force: true }),
    );
    expect(message).toBe(`cannot write ${join(d, 'out.xlsx')}: disk on fire`);
    expect(readFileSync(join(d, 'out.xlsx'), 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['out.xlsx']);
  });

  it('fails cleanly when the stream itself errors', async () => {
    const d = dir();
    const message = await streamFailure(() =>
      writeStreamAtomically(join(d, 'out.xlsx'), async (s) => {
        s.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
        await new Promise(() => {}); // a writer that would wait forever
      }),
    );
    expect(message).toBe(`cannot write ${join(d, 'out.xlsx')}: no space left on the device`);
    expect(readdirSync(d)).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('removes the temporary file when interrupted by %s', async (signal) => {
    const d = dir();
    const script = join(d, 'interrupted-write.mjs');
    execFileSync(fileURLToPath(new URL('../../node_modules/.bin/esbuild', import.meta.url)), [
      fileURLToPath(new URL('../fixtures/interrupted-write.ts', import.meta.url)),
      '--bundle', '--platform=node', '--format=esm', `--outfile=${script}`, '--log-level=warning',
    ]);
    const child = spawn(process.execPath, [script, join(d, 'out.xlsx')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((started) => child.stdout.once('data', () => started()));
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill(signal);
    expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(readdirSync(d)).toEqual(['interrupted-write.mjs']);
  });

  it('says clearly when the folder is missing', async () => {
    const d = dir();
    expect(await streamFailure(() => writeStreamAtomically(join(d, 'nope', 'x.xlsx'), writeChunks(['x'])))).toBe(
      `cannot write ${join(d, 'nope', 'x.xlsx')}: folder ${join(d, 'nope')} does not exist`,
    );
  });
});

describe('an unwritable place, even for root', () => {
  // /sys refuses new files to every user, root included, so this runs where the tests run as root.
  it.runIf(existsSync('/sys/kernel'))('is one clear line and exit 2, from the library and from the CLI', async () => {
    expect(failure(() => writeFileAtomically('/sys/mandates-test.md', 'x'))).toBe('cannot write /sys/mandates-test.md: permission denied');
    const { run } = await import('../helpers/run.js');
    const r = await run(['export', '-o', '/sys/mandates-test.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mandates: cannot write /sys/mandates-test.md: permission denied\n');
    expect(existsSync('/sys/mandates-test.md')).toBe(false);
  });
});
