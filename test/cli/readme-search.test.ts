// The README's search examples are real output: run them and compare.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * Every `$ mandates search …` example of the README's console blocks: its
 * command line (comment aside), whether it says it runs on a terminal, and the
 * lines printed under it (up to the next blank line or the block's end).
 */
function searchExamples(): { command: string; columns?: number; printed: string }[] {
  const out: { command: string; columns?: number; printed: string }[] = [];
  for (const block of readme.split('```console\n').slice(1).map((b) => b.slice(0, b.indexOf('```\n')))) {
    for (const chunk of block.split(/\n\n|\n(?=\$ )/)) {
      const [first, ...rest] = chunk.split('\n');
      if (!first?.startsWith('$ mandates search ')) continue;
      const [command, comment] = first.slice(2).split(/\s+# /);
      const columns = /(\d+)-column terminal/.exec(comment ?? '')?.[1];
      out.push({ command: command!.trim(), ...(columns ? { columns: Number(columns) } : {}), printed: rest.join('\n').replace(/\n$/, '') });
    }
  }
  return out;
}

const argv = (command: string) => command.split(' ').slice(1);

describe('README search examples', () => {
  const examples = searchExamples();

  it('finds the examples', () => {
    expect(examples.map((e) => e.command)).toEqual(
      expect.arrayContaining(['mandates search 许可证 签发', 'mandates search 许可正 --limit 2']),
    );
  });

  for (const example of examples.filter((e) => !/[|>]| -o /.test(e.command))) {
    it(example.command, async () => {
      const r = await run([...argv(example.command), ...(example.columns ? ['--no-color'] : [])], example.columns ? { tty: example.columns } : {});
      expect(r.stdout + r.stderr).toBe(`${example.printed}\n`);
    });
  }

  it('mandates search xkz --limit 1 --jsonl | jq …', async () => {
    const example = examples.find((e) => e.command.startsWith('mandates search xkz --limit 1 --jsonl |'))!;
    const r = await run(['search', 'xkz', '--limit', '1', '--jsonl']);
    const hits = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; kind: string });
    expect(hits.map((h) => `${h.id} ${h.kind}`).join('\n') + '\n' + r.stderr).toBe(`${example.printed}\n`);
  });

  it('files: what stderr says', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mandates-readme-'));
    try {
      for (const example of examples.filter((e) => / -o |>/.test(e.command))) {
        const r = await run(argv(example.command.replace(/\s*>.*$/, '')), { cwd });
        expect([example.command, r.code, r.stderr]).toEqual([example.command, 0, example.printed === '' ? '' : `${example.printed}\n`]);
      }
      expect(readdirSync(cwd).sort()).toEqual(['hits.csv', '许可证.xlsx']);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
