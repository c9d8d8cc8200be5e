// The executable's entry: wires the real process into main() and exits with its code.
// No top-level await: the standalone executable (scripts/package.mjs) bundles
// this file as CommonJS, where it is not allowed.
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A reader that stops early (mandates … | head -1) is not an error.
  if (e.code === 'EPIPE') process.exit(0);
  // A full disk or a closed descriptor is: one line, exit 2, as for any bad output target.
  process.stderr.write(`mandates: cannot write to standard output: ${e.code === 'ENOSPC' ? 'no space left on the device' : e.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(2));

void main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // process.stdin builds a stream (tty or pipe machinery) when first touched: only commands that read it pay.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
