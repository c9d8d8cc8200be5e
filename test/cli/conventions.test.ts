// The conventions every command keeps: options before the command name,
// help as a command, colour flags, help that fits 80 columns.
import { describe, expect, it } from 'vitest';
import { fitHelp } from '../../src/cli/help-format.js';
import { normalizeArgv } from '../../src/cli/main.js';
import { displayWidth } from '../../src/render/wrap.js';
import { run } from '../helpers/run.js';

const ESC = '\u001b[';
const COMMANDS = ['search', 'units', 'show', 'docs', 'diff', 'overlap', 'import', 'validate', 'export', 'completion'];

describe('options every command takes, before the command name too', () => {
  it('moves them after the command, values and all, and spells --colour --color', () => {
    expect(normalizeArgv(['--corpus', 'a.yaml', '--no-color', 'search', '许可证'])).toEqual(['search', '--corpus', 'a.yaml', '--no-color', '许可证']);
    expect(normalizeArgv(['--corpus=a.yaml', '--debug', '--json', 'units'])).toEqual(['units', '--corpus=a.yaml', '--debug', '--json']);
    expect(normalizeArgv(['--colour', 'never', 'units', '--no-colour'])).toEqual(['units', '--color', 'never', '--no-color']);
    expect(normalizeArgv(['__complete', '--', 'show', '--colour'])).toEqual(['__complete', '--', 'show', '--colour']);
    expect(normalizeArgv(['search', '许可证'])).toEqual(['search', '许可证']);
  });

  it('gives the same result before the command as after it', async () => {
    const after = await run(['units', '--corpus', 'test/fixtures/edition-b.yaml', '--json']);
    const before = await run(['--corpus', 'test/fixtures/edition-b.yaml', '--json', 'units']);
    expect(before).toEqual(after);
    expect(JSON.parse(before.stdout)[0].document).toBe('edition-b');
    const search = await run(['--corpus', 'test/fixtures/edition-b.yaml', 'search', '信用信息']);
    expect([search.code, search.stdout.split('\t')[0]]).toEqual([0, 'wmfzzx/9']);
    const tty = await run(['--no-color', 'units'], { tty: 100 });
    expect(tty.stdout).toContain('┌');
    expect(tty.stdout).not.toContain(ESC);
  });

  it('--debug before the command adds the stack trace', async () => {
    const r = await run(['--debug', 'show', '航天局']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mandates: unknown unit "航天局"/);
    expect(r.stderr).toContain('    at ');
  });
});

describe('colour: --color always|never|auto, --no-color, --colour', () => {
  it('always colours a pipe, never leaves a terminal plain, auto is the default', async () => {
    const pipe = (...flags: string[]) => run(['search', '许可证', '--limit', '1', ...flags]);
    expect((await pipe('--color', 'always')).stdout).toContain(ESC);
    expect((await pipe('--colour=always')).stdout).toContain(ESC);
    expect((await pipe('--color', 'auto')).stdout).not.toContain(ESC);
    expect((await run(['units', '--color', 'never'], { tty: 100 })).stdout).not.toContain(ESC);
    expect((await run(['units', '--colour', 'never'], { tty: 100 })).stdout).not.toContain(ESC);
    expect((await run(['units', '--color', 'auto'], { tty: 100 })).stdout).toContain(ESC);
    expect((await run(['units', '--no-colour'], { tty: 100 })).stdout).not.toContain(ESC);
    const bad = await run(['units', '--color', 'sometimes']);
    expect([bad.code, bad.stderr.trimEnd().split('\n').length]).toEqual([2, 1]);
    expect(bad.stderr).toContain('always, never, auto');
  });
});

describe('help is a command like the others', () => {
  it('help COMMAND is COMMAND --help; help alone the overview', async () => {
    expect(await run(['help', 'search'])).toEqual(await run(['search', '--help']));
    const top = await run(['help']);
    expect([top.code, top.stdout]).toEqual([0, (await run(['--help'])).stdout]);
  });

  it('help with an unknown command is an error with a suggestion, as the command itself is', async () => {
    for (const argv of [['help', 'nope'], ['nope']]) {
      const r = await run(argv);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "mandates: unknown command 'nope'\n"]);
    }
    const typo = await run(['help', 'serch']);
    expect([typo.code, typo.stderr]).toEqual([2, "mandates: unknown command 'serch' (Did you mean search?)\n"]);
  });

  it('--colour is accepted, not taken for --corpus', async () => {
    const r = await run(['units', '--colour', 'never']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('search: --all and --limit', () => {
  it('refuses both at once rather than silently showing everything', async () => {
    const r = await run(['search', '许可证', '--all', '--limit', '3']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("mandates: option '--all' cannot be used with option '--limit <n>'\n");
    expect((await run(['search', '许可证', '--all'])).code).toBe(0);
  });
});

describe('help text', () => {
  const pages = async () => [
    ['mandates', (await run(['--help'])).stdout] as const,
    ...(await Promise.all(COMMANDS.map(async (c) => [c, (await run([c, '--help'])).stdout] as const))),
  ];

  it('fits 80 columns on every page (CJK counted as two), and says no "(default: [])"', async () => {
    for (const [name, text] of await pages()) {
      expect(text, name).toContain('Usage: mandates');
      for (const line of text.split('\n')) expect(displayWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(80);
      expect(text, name).not.toContain('(default: [])');
    }
  });

  it('every command lists --help and the options it shares', async () => {
    for (const [name, text] of await pages()) {
      if (name === 'mandates' || name === 'completion') continue;
      expect(text, name).toContain('--debug');
    }
    expect((await run(['search', '--help'])).stdout).toMatch(/--color <when>[\s\S]*--no-color/);
  });

  it('puts a long example\'s comment on its own line and breaks a long command outside quotes', () => {
    const long = `  mandates search 许可证 --all -o 许可证.xlsx    # matches in bold red; the query on a second sheet`;
    expect(fitHelp(long).split('\n')).toEqual(['  mandates search 许可证 --all -o 许可证.xlsx', '      # matches in bold red; the query on a second sheet']);
    const quoted = `  mandates diff wmfzzx tzcjzx --json | jq '.entries[] | select(.group == "changed and more text")'`;
    expect(fitHelp(quoted).split('\n')).toEqual(['  mandates diff wmfzzx tzcjzx --json | jq \\', `      '.entries[] | select(.group == "changed and more text")'`]);
    const prose = `Exit status: 0 hits found, 1 none (a file is still written, with the query and no rows), 2 error.`;
    for (const line of fitHelp(prose).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(fitHelp(prose).replace(/\n/g, ' ')).toBe(prose);
  });
});
