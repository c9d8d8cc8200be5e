// Every console example of the README and docs/ is run and its output compared
// (the convention: docs/development.md, "Examples in the documentation").
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { ROOT, exampleBlocks, matches, pages, type Example } from './examples.js';

const root = fileURLToPath(ROOT);
/** What an example may read, as in a clone: the folder it runs in links to these. */
const CLONE_PATHS = ['corpus', 'test', 'bench', 'schema', 'package.json'];
/** A command line the test runs in-process: `mandates` and plain words, nothing for a shell. */
const PLAIN = /^mandates(?: [^\s|&;<>()$`'"\\*?]+)*$/;

const scratch = mkdtempSync(join(tmpdir(), 'mandates-docs-'));
const binDir = join(scratch, '.bin');
mkdirSync(binDir);
// `mandates` on PATH is the clone's bin/mandates, as `npm install -g .` makes it.
writeFileSync(join(binDir, 'mandates'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'mandates')}" "$@"\n`);
chmodSync(join(binDir, 'mandates'), 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folderFor(page: string): string {
  const dir = join(scratch, page.replace(/[/.]/g, '-'));
  if (!existsSync(dir)) {
    mkdirSync(dir);
    for (const p of CLONE_PATHS) symlinkSync(join(root, p), join(dir, p));
  }
  return dir;
}

/** Programs other than mandates that an example calls and the machine may lack. */
function missingProgram(command: string): string | undefined {
  for (const program of ['jq', 'sqlite3', 'unzip']) {
    if (new RegExp(`(^|[|;&]\\s*)${program}\\b`).test(command) && spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) return program;
  }
  return undefined;
}

interface Outcome {
  code: number;
  output: string;
}

async function runExample(example: Example, cwd: string): Promise<Outcome> {
  const columns = /(\d+)-column terminal/.exec(example.comment)?.[1];
  if (columns || PLAIN.test(example.command)) {
    const argv = example.command.split(/ +/).slice(1);
    const r = await run(argv, { cwd, env: { MANDATES_CACHE_DIR: join(scratch, '.cache'), ...(columns ? { NO_COLOR: '1' } : {}) }, ...(columns ? { tty: Number(columns) } : {}) });
    return { code: r.code, output: r.stdout + r.stderr };
  }
  const env: Record<string, string | undefined> = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`, MANDATES_CACHE_DIR: join(scratch, '.cache') };
  for (const name of ['MANDATES_CORPUS', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS']) delete env[name];
  const r = spawnSync('bash', ['-c', example.command], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, output: r.stdout + r.stderr };
}

const all = pages().map((page) => ({ page, blocks: exampleBlocks(page) }));

describe('documentation examples', () => {
  it('finds the examples of every page that has them', () => {
    const count = (page: string) => all.find((p) => p.page === page)!.blocks.flatMap((b) => b.examples).length;
    expect(count('README.md')).toBeGreaterThanOrEqual(6);
    for (const page of ['docs/search.md', 'docs/show.md', 'docs/diff.md', 'docs/export.md', 'docs/import.md', 'docs/validate.md']) {
      expect(count(page), page).toBeGreaterThan(0);
    }
  });

  it('compares with … standing for any lines', () => {
    expect(matches('a\n…\nd', 'a\nb\nc\nd\n')).toBe(true);
    expect(matches('a\n…\nd', 'a\nb\nc\n')).toBe(false);
    expect(matches('a\n…\nc\n…', 'a\nb\nc\nd')).toBe(true);
    expect(matches('a', 'a\nb')).toBe(false);
    expect(matches('', 'x')).toBe(false);
  });

  for (const { page, blocks } of all.filter((p) => p.blocks.length > 0)) {
    describe(page, () => {
      for (const block of blocks) {
        const name = `line ${block.line}: ${block.examples.map((e) => `$ ${e.command}`).join('; ')}`;
        if (block.skip) {
          it.skip(`${name} (${block.skip})`, () => {});
          continue;
        }
        const missing = block.examples.map((e) => missingProgram(e.command)).find(Boolean);
        it.skipIf(missing !== undefined)(missing ? `${name} (needs ${missing})` : name, { timeout: 120_000 }, async () => {
          const cwd = folderFor(page);
          let last: Outcome | undefined;
          for (const example of block.examples) {
            const where = `${page}:${example.line}: $ ${example.command}`;
            if (example.command === 'echo $?') {
              expect(`${last?.code}`, where).toBe(example.expected);
              last = undefined;
              continue;
            }
            if (last) expect(last.code, `${where}: the example before it exited ${last.code} (show it with $ echo $?)`).toBeLessThan(2);
            last = await runExample(example, cwd);
            if (!matches(example.expected, last.output)) expect(last.output.replace(/\s+$/, ''), where).toBe(example.expected);
            const written = / -o (?!-)(\S+)/.exec(example.command)?.[1];
            if (written && last.code === 0) expect(existsSync(join(cwd, written)), `${where}: wrote ${written}`).toBe(true);
          }
          if (last) expect(last.code, `${page}:${block.examples.at(-1)!.line}: exit status (show it with $ echo $?)`).toBeLessThan(2);
        });
      }
    });
  }
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');

describe('documentation pages', () => {
  it('keeps the README a front page (at most 250 lines) with the two quick-start commands', () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    const quick = readme.slice(readme.indexOf('## Quick start'));
    const block = quick.slice(quick.indexOf('```sh\n') + 6, quick.indexOf('\n```', quick.indexOf('```sh\n')));
    expect(block.split('\n')).toHaveLength(2);
  });

  for (const page of pages()) {
    it(`${page}: every relative link leads to a file, and an anchor to a heading in it`, () => {
      const text = readFileSync(new URL(page, ROOT), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [file, anchor] = target!.split('#');
        const path = file ? join(dirname(join(root, page)), file) : join(root, page);
        expect(existsSync(path), `${page}: ${target}`).toBe(true);
        if (anchor && path.endsWith('.md')) {
          const headings = [...readFileSync(path, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!));
          expect(headings, `${page}: ${target}`).toContain(anchor);
        }
      }
    });
  }
});
