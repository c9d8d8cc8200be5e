// A process killed while writeFileAtomically is writing leaves the old file
// or none: never half a file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const outputFile = fileURLToPath(new URL('../../src/cli/output-file.ts', import.meta.url));
const MIB = 2 ** 20;
const SIZE = 48 * MIB;

// The writer: writeFileAtomically on a slow disk. Each write call is cut to
// 1 MiB and followed by a pause, so that a signal surely lands mid-write.
// (The bundle calls fs.writeSync through the module object, so replacing it
// there reaches output-file.ts.)
const WRITER = `
const fs = require('node:fs');
const realWriteSync = fs.writeSync;
fs.writeSync = (fd, buffer, offset, length) => {
  const n = realWriteSync(fd, buffer, offset, Math.min(length, ${MIB}));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 15);
  return n;
};
const { writeFileAtomically } = require(${JSON.stringify(outputFile)});
const [target, size, force] = process.argv.slice(2);
writeFileAtomically(target, Buffer.alloc(Number(size), 0x78), { force: force === 'force' });
process.stderr.write('written\\n');
`;

let writer: string;
/** Every folder made here: tens of MiB each, removed afterwards. */
const made: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

beforeAll(() => {
  writer = join(folder('mandates-writer-'), 'writer.cjs');
  buildSync({ stdin: { contents: WRITER, resolveDir: tmpdir(), loader: 'js' }, bundle: true, platform: 'node', format: 'cjs', outfile: writer, logLevel: 'error' });
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Start the writer, wait until its temporary file has some data but not all, then send `signal`. */
async function interrupt(dir: string, target: string, signal: NodeJS.Signals, force: boolean) {
  const child = spawn(process.execPath, [writer, target, String(SIZE), force ? 'force' : ''], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
  let partial = 0;
  for (let waited = 0; waited < 10_000 && partial === 0; waited += 2) {
    await new Promise((r) => setTimeout(r, 2));
    const tmp = tempFiles(dir).find((f) => f.includes(`.${child.pid}.`));
    if (tmp) partial = statSync(join(dir, tmp), { throwIfNoEntry: false })?.size ?? 0;
  }
  child.kill(signal);
  const result = await exited;
  return { ...result, stderr, partial };
}

describe('an interrupted write', () => {
  it('killed outright (SIGKILL) mid-write: no file, or the old one intact', async () => {
    const dir = folder('mandates-kill-');
    const fresh = join(dir, 'fresh.bin');
    const r = await interrupt(dir, fresh, 'SIGKILL', false);
    expect(r.signal).toBe('SIGKILL');
    expect(r.partial).toBeGreaterThan(0);
    expect(r.partial).toBeLessThan(SIZE); // it really was mid-write
    expect(existsSync(fresh)).toBe(false);

    const old = join(dir, 'old.bin');
    writeFileSync(old, 'the old content');
    const again = await interrupt(dir, old, 'SIGKILL', true);
    expect(again.signal).toBe('SIGKILL');
    expect(again.partial).toBeGreaterThan(0);
    expect(again.partial).toBeLessThan(SIZE);
    expect(readFileSync(old, 'utf8')).toBe('the old content');
    // SIGKILL cannot be caught: the hidden temporary files stay behind (never under the target's name).
    for (const f of tempFiles(dir)) expect(f).toMatch(/^\.(fresh|old)\.bin\.\d+\.\w+\.tmp$/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('asked to stop (%s) mid-write: a whole file or none, and no temporary file', async (signal) => {
    const dir = folder('mandates-term-');
    const target = join(dir, 'out.bin');
    writeFileSync(target, 'the old content');
    const r = await interrupt(dir, target, signal, true);
    expect(r.partial).toBeGreaterThan(0);
    expect(r.partial).toBeLessThan(SIZE);
    // The write is synchronous, so the signal is handled once it is done: the file is whole.
    const size = statSync(target).size;
    if (size !== SIZE) expect(readFileSync(target, 'utf8')).toBe('the old content');
    expect(tempFiles(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual(['out.bin']);
  });
});
