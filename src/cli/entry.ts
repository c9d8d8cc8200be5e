// The executable's entry: wires the real process into main() and exits with its code.
// No top-level await: the standalone executable (scripts/package.mjs) bundles
// this file as CommonJS, where it is not allowed.
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // A reader that stops early (mandates … | head -1) is not an error.
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

void main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
