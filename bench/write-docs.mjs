#!/usr/bin/env node
// docs/speed.md's generated block from a run saved with `npm run bench -- --json run.json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeRun } from './lib/speed-doc.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/write-docs.mjs RUN.json   (from npm run bench -- --json RUN.json)');
  process.exit(2);
}
const page = fileURLToPath(new URL('../docs/speed.md', import.meta.url));
writeFileSync(page, writeRun(readFileSync(page, 'utf8'), JSON.parse(readFileSync(file, 'utf8'))));
console.log(`wrote ${page} from ${file}`);
