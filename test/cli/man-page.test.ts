// The manual page: made at build time from the command definitions and docs/,
// shipped by the npm package, printed by `mandates help --man`, rendered by man.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programForManual } from '../../src/cli/main.js';
import { markdownToRoff } from '../../src/cli/man-page.js';
import { run } from '../helpers/run.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { man: string; files: string[]; version: string };
const built = () => readFileSync(new URL(pkg.man, root), 'utf8');
const hasMan = spawnSync('sh', ['-c', 'command -v man && command -v groff']).status === 0;

describe('mandates.1', () => {
  it('is what `mandates help --man` prints, and what package.json ships', async () => {
    const r = await run(['help', '--man']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(built());
    expect(r.stdout.split('\n')[0]).toBe(`.TH MANDATES 1 "" "mandates ${pkg.version}" "User Commands"`);
    expect(pkg.man).toBe('./build/mandates.1');
    expect(pkg.files).toContain('build');
  });

  it('documents every command and every option their definitions have', async () => {
    const page = built();
    const program = await programForManual();
    const commands = program.createHelp().visibleCommands(program);
    expect(commands.map((c) => c.name())).toEqual(expect.arrayContaining(['search', 'show', 'export', 'completion']));
    for (const cmd of commands.filter((c) => c.name() !== 'help')) {
      expect(page, cmd.name()).toContain(`.SS "mandates ${cmd.name()}`);
      for (const option of cmd.options) {
        if (option.long && !option.hidden) expect(page, `${cmd.name()} ${option.long}`).toContain(option.long.replace(/-/g, '\\-'));
      }
    }
    // …and the sections taken from docs/.
    for (const section of ['.SH SCRIPTING', '.SH IDS', '.SH CORPORA', '.SH SEE ALSO']) expect(page).toContain(section);
    expect(page).toContain('二¶1');
  });

  it('escapes Markdown for roff: a leading dot, backslashes, code and lists', () => {
    expect(markdownToRoff('.hidden line\nand `a\\b` **bold** [link](x.md)')).toBe('.PP\n\\&.hidden line and \\fBa\\eb\\fR \\fBbold\\fR link');
    expect(markdownToRoff('- one\n  two\n- three')).toBe('.IP \\(bu 2\none two\n.IP \\(bu 2\nthree');
  });

  // man-db and groff: `apt-get install -y man-db groff-base` (CI needs that line).
  it.skipIf(!hasMan)('renders with man -l without a warning, 80 columns wide', () => {
    const r = spawnSync('man', ['--warnings', '-l', '-'], { input: built(), encoding: 'utf8', env: { ...process.env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat', LC_ALL: 'C.UTF-8' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^MANDATES\(1\)/);
    expect(r.stdout).toContain('mandates search [options] <terms...>');
    expect(r.stdout).toContain('许可证');
  });
});

if (!hasMan) console.warn('man-page.test: man or groff is not installed; the rendering check is skipped (apt-get install -y man-db groff-base)');
