import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  /** Pretend stdout is a terminal of this many columns. */
  tty?: number;
  cwd?: string;
}

class Capture {
  text = '';
  isTTY?: boolean;
  columns?: number;
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

/** Run the CLI in-process, as `mandates ...argv` would, capturing its output. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  if (options.tty !== undefined) {
    stdout.isTTY = true;
    stdout.columns = options.tty;
  }
  const code = await main({
    argv,
    env: { ...options.env },
    stdout: stdout as unknown as NodeJS.WritableStream,
    stderr: stderr as unknown as NodeJS.WritableStream,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
