// The real executable, as a user or a script runs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/mandates', import.meta.url));

function mandates(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/mandates', () => {
  it('runs from another folder and reads the bundled corpus', () => {
    const r = spawnSync(bin, ['show', '许可证'], { encoding: 'utf8', cwd: '/' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('一、受商务部委托，管理全国许可证发证机构及各种进出口商品许可证件的签发工作并监督检查。  ‹pexkzswj/1›');
  });

  it('exits 2 on bad input with one line on stderr and no stack trace', () => {
    const r = mandates(['show', '中心', '--no-color']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('mandates: ambiguous unit "中心": matches 4 units; name one by its id');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows a stack trace with --debug', () => {
    const r = mandates(['show', '航天局', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  // (A reader closing the pipe early: test/cli/robustness.test.ts, with output larger than the pipe buffer.)
  it.runIf(existsSync('/dev/full'))('says in one line, exit 2, when standard output cannot be written', () => {
    for (const args of [['units'], ['export', '--format', 'md'], ['export', '--format', 'xlsx']]) {
      const r = spawnSync('sh', ['-c', `"${bin}" "$@" > /dev/full`, 'sh', ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe('mandates: cannot write to standard output: no space left on the device\n');
    }
  });

  it('keeps commander\'s suggestion on the one error line', () => {
    const r = mandates(['serch', '许可证']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mandates: unknown command 'serch' (Did you mean search?)\n");
  });

  // The build keeps opencc-js outside the bundle and reaches its ES module
  // through require(): the tests that run the sources in-process cannot see
  // that path, so the built CLI itself must fold 繁→简.
  it('folds traditional to simplified in the built CLI', () => {
    const exact = mandates(['search', '--exact', '許可證', '--json']);
    expect([exact.code, exact.stderr]).toEqual([0, '']);
    const hits = JSON.parse(exact.stdout) as { id: string; kind: string; text: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'phrase' && h.text.includes('许可证'))).toBe(true);

    const smart = mandates(['search', '電子政務', '--json']);
    expect(smart.code).toBe(0);
    const first = (JSON.parse(smart.stdout) as { id: string; kind: string; text: string }[])[0]!;
    expect(first.kind).toBe('phrase');
    expect(first.text).toContain('电子政务');

    const phrase = mandates(['search', '組織實施', '--json', '--all']);
    expect((JSON.parse(phrase.stdout) as { kind: string }[])[0]!.kind).toBe('phrase');
  });
});
