// docs/speed.md is written by `npm run bench -- --write-docs` from one run: the block between its markers is
// generated, and the prose around it quotes no figure, so a new run can never leave the page contradicting itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types
import { BEGIN, END, renderRun, writeRun } from '../../bench/lib/speed-doc.mjs';

const run = {
  date: '2026-11-28T17:00:00.000Z',
  machine: '2 × AMD EPYC, 24 GiB, linux x64',
  node: '20.20.2',
  minutes: 14.25,
  loadBefore: [0.5, 0.25, 0.125],
  loadAfter: [1.5, 1, 0.75],
  nodeMs: 52.4,
  rows: [
    { what: '`search --all` | vs the bound', figure: '**1.21×**', target: '≤ 1.5×', met: true },
    { what: 'cold load', figure: '1.62 s', target: '≤ 1.5 s', met: false },
    { what: 'import', figure: '0.9 ms / 79 ms', target: '' },
  ],
  benches: [{ name: 'search', seconds: 61.2, output: 'line one\nline two\n' }],
};

describe('docs/speed.md from a bench run', () => {
  it('renders the run, the summary table with each target met or missed, and every bench output', () => {
    const block = renderRun(run);
    expect(block).toContain('One run of `npm run bench` on 2026-11-28 (2 × AMD EPYC, 24 GiB, linux x64, Node 20.20.2), 14.3 minutes in all.');
    expect(block).toContain('at its start: 0.50 / 0.25 / 0.13; at its end: 1.50 / 1.00 / 0.75; `node -e 0` took 52 ms.');
    expect(block).toContain('| `search --all` \\| vs the bound | **1.21×** | ≤ 1.5× ✓ |');
    expect(block).toContain('| cold load | 1.62 s | ≤ 1.5 s ✗ |');
    expect(block).toContain('| import | 0.9 ms / 79 ms |  |');
    expect(block).toContain('### search\n\n61 s.\n\n```text\nline one\nline two\n```');
  });

  it('replaces only the block between the markers, and refuses a page without them', () => {
    const page = `# Speed\n\nprose before\n\n${BEGIN}\nold figures\n${END}\n\nprose after\n`;
    const written = writeRun(page, run);
    expect(written.startsWith(`# Speed\n\nprose before\n\n${BEGIN}\nOne run of`)).toBe(true);
    expect(written.endsWith(`\`\`\`\n${END}\n\nprose after\n`)).toBe(true);
    expect(written).not.toContain('old figures');
    expect(writeRun(written, run)).toBe(written);
    expect(() => writeRun('# Speed\n', run)).toThrow(/lacks the markers/);
  });

  it('has the markers in docs/speed.md, and no figure in its prose outside them', () => {
    const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'speed.md'), 'utf8');
    const from = page.indexOf(BEGIN);
    const to = page.indexOf(END);
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const prose = page.slice(0, from) + page.slice(to);
    expect(prose.match(/\d[\d.,]*\s*(?:ms|s|MB|MiB|GB|GiB|×|%)(?![\p{L}\d])/gu)).toBeNull();
  });
});
