// The README's diff and overlap examples are real output: run them and compare.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The ```console block whose first line is `$ command`, as [argv, expected output]. */
function example(command: string): [string[], string] {
  const start = readme.indexOf(`\`\`\`console\n$ ${command}\n`);
  expect(start, command).toBeGreaterThan(-1);
  const body = readme.slice(start, readme.indexOf('```\n', start + 10)).split('\n').slice(1);
  return [body[0]!.slice(2).split(' ').slice(1), body.slice(1).join('\n')];
}

describe('README examples', () => {
  it('shows the real edition diff', async () => {
    const [argv, expected] = example('mandates diff sbf-2003-9/wmfzzx edition-b/wmfzzx --corpus corpus/ --corpus test/fixtures/edition-b.yaml');
    expect((await run(argv)).stdout).toBe(expected);
  });

  it('shows the real overlap report', async () => {
    const [argv, expected] = example('mandates overlap');
    expect((await run(argv)).stdout).toBe(expected);
  });

  it('shows real lines of the two-unit diff', async () => {
    const [argv, expected] = example('mandates diff 外贸发展中心 投资促进中心');
    const lines = (await run(argv)).stdout.split('\n');
    for (const line of expected.split('\n').filter((l) => l !== '…')) expect(lines).toContain(line);
  });
});
