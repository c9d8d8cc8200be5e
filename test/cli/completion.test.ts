import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { complete } from '../../src/cli/complete.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { run } from '../helpers/run.js';

const bin = fileURLToPath(new URL('../../bin/mandates', import.meta.url));

/** Candidates (values only) for `mandates WORDS…`, the last word being the one under the cursor. */
async function candidates(words: string[], env: Record<string, string> = {}, cwd?: string): Promise<string[]> {
  const r = await run(['__complete', '--', ...words], { env, cwd });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const [kind, ...lines] = r.stdout.trimEnd().split('\n');
  return kind === 'files' ? ['<files>'] : lines.filter((l) => l !== '').map((l) => l.split('\t')[0]!);
}

const DEMO = `mandates: 1
id: demo-1
title: 示例通知
units:
  - id: kfzx
    name: 示例开发中心
    duties:
      - label: 一、
        text: 负责示例工作。
  - id: evil
    name: "坏\\e[31m名字"
    aliases: ["有 空格"]
    duties:
      - label: 一、
        text: "危险\\e]0;title\\u0007文本"
`;

function has(program: string): boolean {
  return spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('completion candidates', () => {
  it('completes commands, without the hidden helper', async () => {
    const commands = await candidates(['']);
    expect(commands).toEqual(expect.arrayContaining(['units', 'show', 'docs', 'completion', 'help']));
    expect(commands).not.toContain('__complete');
    expect(await candidates(['sh'])).toEqual(['show']);
    expect(await candidates(['s'])).toEqual(['search', 'show']);
    expect(await candidates(['help', 'do'])).toEqual(['docs']);
    expect(await candidates(['help', 'd'])).toEqual(expect.arrayContaining(['docs', 'diff']));
  });

  it("completes a command's flags", async () => {
    expect(await candidates(['show', '--'])).toEqual(['--corpus', '--json', '--lang', '--color', '--no-color', '--debug', '--output', '--force', '--help']);
    expect(await candidates(['units', '--j'])).toEqual(['--json']);
    expect(await candidates(['show', '-'])).toContain('-h');
  });

  it('completes unit ids and names, and a part of a name to the whole name', async () => {
    expect(await candidates(['show', ''])).toEqual(expect.arrayContaining(['jgfwzx', 'pexkzswj', '机关服务中心', '机关服务局', '外商投资促进中心']));
    expect(await candidates(['show', 'jg'])).toEqual(['jgfwzx']);
    expect(await candidates(['show', '外贸'])).toEqual(['外贸发展中心', '外贸发展事务局']);
    expect(await candidates(['show', '许可'])).toEqual(['配额许可证事务局']);
    expect(await candidates(['show', 'ＪＧ'])).toEqual(['jgfwzx']); // full-width folds
    expect(await candidates(['show', '航天'])).toEqual([]);
  });

  it('completes duty ids after a unit and a slash, however the unit was named', async () => {
    expect(await candidates(['show', 'jgfwzx/2.'])).toEqual(['jgfwzx/2.1', 'jgfwzx/2.2', 'jgfwzx/2.3', 'jgfwzx/2.4', 'jgfwzx/2.5', 'jgfwzx/2.6', 'jgfwzx/2.7']);
    expect(await candidates(['show', '许可证/'])).toHaveLength(9);
    expect(await candidates(['show', 'sbf-2003-9/pe'])).toEqual(['sbf-2003-9/pexkzswj']);
    expect(await candidates(['show', 'sbf-2003-9/pexkzswj/9'])).toEqual(['sbf-2003-9/pexkzswj/9']);
    expect(await candidates(['show', '中心/'])).toEqual([]); // ambiguous: no duties to offer
  });

  it('describes candidates for the shells that show descriptions', async () => {
    const r = await run(['__complete', '--', 'show', 'jgfwzx/2.3']);
    expect(r.stdout).toBe('words\njgfwzx/2.3\t二（三） 机关职工的医疗保健工作，负责医疗费报销、核算。\n');
  });

  it('leaves file names to the shell after --corpus, and offers choices', async () => {
    expect(await candidates(['show', '--corpus', ''])).toEqual(['<files>']);
    expect(await candidates(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(await candidates(['completion', 'z'])).toEqual(['zsh']);
    expect(await candidates(['docs', ''])).toEqual([]);
  });

  it('reads unit names from the corpus the command line or MANDATES_CORPUS names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-complete-'));
    writeFileSync(join(dir, 'demo.yaml'), DEMO);
    expect(await candidates(['show', '--corpus', join(dir, 'demo.yaml'), '示例'])).toEqual(['示例开发中心']);
    expect(await candidates(['show', `--corpus=${join(dir, 'demo.yaml')}`, 'k'])).toEqual(['kfzx']);
    expect(await candidates(['show', 'k'], { MANDATES_CORPUS: dir })).toEqual(['kfzx']);
    expect(await candidates(['show', '--corpus', 'demo.yaml', 'k'], {}, dir)).toEqual(['kfzx']);
    // A corpus that does not load offers nothing, quietly.
    expect(await candidates(['show', '--corpus', join(dir, 'missing.yaml'), ''])).toEqual([]);
  });

  it('never offers a name with control characters or spaces, and keeps escapes out of descriptions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-complete-'));
    writeFileSync(join(dir, 'demo.yaml'), DEMO);
    const r = await run(['__complete', '--', 'show', '--corpus', join(dir, 'demo.yaml'), '']);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    const values = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split('\t')[0]);
    expect(values).toEqual(['kfzx', 'evil', '示例开发中心']);
    const duties = await run(['__complete', '--', 'show', '--corpus', join(dir, 'demo.yaml'), 'evil/']);
    expect(duties.stdout).toContain('evil/1\t一 危险 ]0;title 文本');
    expect(duties.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
  });

  it('completes commands that are added later, from their definition alone', async () => {
    const program = new Command('mandates');
    program.command('units').option('--json');
    program.command('compare').argument('<A>', 'a unit: id or name').argument('<B>', 'the unit to compare it with').argument('[note]', 'a note on units');
    program
      .command('export')
      .argument('<units...>', 'units to export')
      .option('-o, --output <file>', 'write here')
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'xlsx', 'md']));
    program.command('group').command('nested').argument('<duty>');
    const corpus = buildCorpus(parseCorpusText(DEMO, 'demo.yaml'));
    const words = async (line: string[]) => {
      const c = await complete(program, line, async () => corpus);
      return c.kind === 'files' ? ['<files>'] : c.words.map((w) => w.value);
    };
    expect(await words(['e'])).toEqual(['export']);
    expect(await words(['export', '--f'])).toEqual(['--format']);
    expect(await words(['export', '--format', ''])).toEqual(['csv', 'xlsx', 'md']);
    expect(await words(['export', '-o', ''])).toEqual(['<files>']);
    expect(await words(['export', 'k'])).toEqual(['kfzx']);
    expect(await words(['export', 'kfzx', '--format', 'csv', 'e'])).toEqual(['evil']); // variadic: every further word is a unit
    expect(await words(['compare', 'k'])).toEqual(['kfzx']); // described as a unit
    expect(await words(['compare', 'kfzx', 'e'])).toEqual(['evil']);
    expect(await words(['compare', 'kfzx', 'evil', ''])).toEqual([]); // mentions units, is not one
    expect(await words(['group', ''])).toEqual(['nested', 'help']);
    expect(await words(['group', 'nested', 'kfzx/'])).toEqual(['kfzx/1']);
  });
});

describe('completion scripts', () => {
  // The scripts call back the executable the user typed: here, a `mandates` on PATH that runs bin/mandates.
  const pathDir = mkdtempSync(join(tmpdir(), 'mandates-path-'));
  writeFileSync(join(pathDir, 'mandates'), `#!/bin/sh\nexec "${bin}" "$@"\n`);
  chmodSync(join(pathDir, 'mandates'), 0o755);
  const env = { PATH: `${pathDir}:${process.env.PATH ?? ''}`, HOME: pathDir };

  async function script(shell: string): Promise<string> {
    const r = await run(['completion', shell]);
    expect(r.code).toBe(0);
    return r.stdout;
  }

  it('refuses an unknown shell with one line', async () => {
    const r = await run(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mandates: .*'powershell' is invalid.* Allowed choices are bash, zsh, fish\.\n$/);
  });

  it('bash: registers for mandates and completes through COMP_WORDS', async () => {
    const file = join(pathDir, 'completion.bash');
    writeFileSync(file, await script('bash'));
    expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    const probe = (words: string[]) =>
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _mandates_complete; printf '%s\\n' "\${COMPREPLY[@]}"; echo ---`;
    const r = spawnSync(
      'bash',
      ['-c', [`source ${file}`, 'complete -p mandates', probe(['mandates', 'sh']), probe(['mandates', 'show', '许可']), probe(['mandates', 'show', 'jgfwzx/2.3']), probe(['mandates', 'show', '--corpus', 'comp'])].join('\n')],
      { encoding: 'utf8', env, cwd: pathDir },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('complete -F _mandates_complete mandates\nshow\n---\n配额许可证事务局\n---\njgfwzx/2.3\n---\ncompletion.bash\n---\n');
  });

  it.skipIf(!has('zsh'))('zsh: parses, and completes when sourced or autoloaded from $fpath', async () => {
    const text = await script('zsh');
    const fpath = join(pathDir, 'zfunc');
    mkdirSync(fpath, { recursive: true });
    writeFileSync(join(fpath, '_mandates'), text);
    expect(spawnSync('zsh', ['-n', join(fpath, '_mandates')]).status).toBe(0);
    // compinit's builtins are stood in for: compadd prints what it is given.
    const stubs = 'compdef() { print -r -- "compdef $*" }; compadd() { local n=${@[-1]}; print -rl -- "${(@P)n}" }; _files() { print -r -- FILES }';
    const sourced = spawnSync(
      'zsh',
      ['-f', '-c', `${stubs}; source ${join(fpath, '_mandates')}; words=(mandates show 许可); CURRENT=3; _mandates; words=(mandates show --corpus x); CURRENT=4; _mandates`],
      { encoding: 'utf8', env },
    );
    expect(sourced.stderr).toBe('');
    expect(sourced.stdout).toBe('compdef _mandates mandates\n配额许可证事务局\nFILES\n');
    const autoloaded = spawnSync(
      'zsh',
      ['-f', '-c', `${stubs}; fpath=(${fpath} $fpath); autoload -U _mandates; words=(mandates show jgfwzx/2.1); CURRENT=3; _mandates`],
      { encoding: 'utf8', env },
    );
    expect(autoloaded.stderr).toBe('');
    expect(autoloaded.stdout).toBe('jgfwzx/2.1\n');
  });

  it.skipIf(!has('fish'))('fish: parses, and completes through complete -C', async () => {
    const file = join(pathDir, 'mandates.fish');
    writeFileSync(file, await script('fish'));
    expect(spawnSync('fish', ['-n', file]).status).toBe(0);
    const r = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C'mandates show 许可'; complete -C'mandates com'; complete -C'mandates show jgfwzx/2.3'`], {
      encoding: 'utf8',
      env,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('配额许可证事务局\tpexkzswj\ncompletion\tprint a shell completion script (commands, flags, unit names and duty ids)\njgfwzx/2.3\t二（三） 机关职工的医疗保健工作，负责医疗费报销、核算。\n');
  });
});
