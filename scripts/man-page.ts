// Writes build/mandates.1 from the command definitions and docs/ (run by scripts/build.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { programForManual } from '../src/cli/main.js';
import { renderManPage } from '../src/cli/man-page.js';

export async function writeManPage(root: string, outfile: string): Promise<void> {
  const docs: Record<string, string> = {};
  for (const page of readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))) docs[page] = readFileSync(join(root, 'docs', page), 'utf8');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  writeFileSync(outfile, renderManPage(await programForManual(), { version: pkg.version, readme, docs }));
}
