// Bad input of every kind ends in one clear line on stderr and exit 2, never
// a stack trace or an internal error; corpus text never drives the terminal.
// (Corpus-file basics — missing, unreadable, empty, NUL bytes, GBK, unknown
// fields — are in front-door.test.ts; parser details in corpus/load.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEMO_CORPUS } from '../helpers/demo-corpus.js';
import { run, type RunResult } from '../helpers/run.js';

const bin = fileURLToPath(new URL('../../bin/mandates', import.meta.url));

// The demo corpus with a second duty.
const GOOD = `${DEMO_CORPUS}      - label: 二、
        text: 承办交办的其他事项。
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-robust-'));
}

/** The run failed the way bad input should: exit 2, one `mandates: …` line (plus listed details), no stack, no internal error. */
function expectCleanFailure(r: RunResult, label = ''): void {
  expect(r.code, label).toBe(2);
  expect(r.stdout, label).toBe('');
  expect(r.stderr, label).toMatch(/^mandates: \S/);
  expect(r.stderr, label).not.toContain('internal error');
  expect(r.stderr, label).not.toMatch(/\n\s+at /);
}

describe('broken corpus files', () => {
  it('reports broken YAML as file:line:col, one line, and a stack trace only with --debug', async () => {
    const cases: [string, string][] = [
      ['mandates: 1\nid: demo-1\ntitle: "unclosed\nunits: []\n', '<stdin>:5:1: Missing closing "quote'],
      ['mandates: 1\nid: demo-1\ntitle: t\nunits:\n\t- id: k\n', '<stdin>:5:1: Tabs are not allowed as indentation'],
      [GOOD.replace('text: 负责示例工作。', 'text: [负责, 示例'), '<stdin>:11:7: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ];
    for (const [text, message] of cases) {
      const r = await run(['units', '--corpus', '-'], { stdin: text });
      expectCleanFailure(r, message);
      const [first, ...more] = r.stderr.trimEnd().split('\n');
      expect(first).toBe(`mandates: ${message}`);
      for (const line of more) expect(line).toMatch(/^<stdin>:\d+:\d+: \S/); // further problems, each with its place

    }
    const debug = await run(['units', '--corpus', '-', '--debug'], { stdin: cases[0]![0] });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('names the field of a schema violation', async () => {
    const r = await run(['units', '--corpus', '-'], { stdin: GOOD.replace(/    duties:\n[^]*$/u, '    duties: 负责\n') });
    expectCleanFailure(r);
    expect(r.stderr).toBe('mandates: <stdin>:8:13: units[0].duties: must be a list\n');
  });

  it('refuses a GB18030 file, four-byte sequences and all, saying what it probably is', async () => {
    const dir = tempDir();
    const bytes = iconv.encode(GOOD.replace('示例工作', '𠀀𠀁示例工作€'), 'gb18030');
    expect(bytes.includes(0x00)).toBe(false);
    writeFileSync(join(dir, 'gb.yaml'), bytes);
    const r = await run(['units', '--corpus', join(dir, 'gb.yaml')]);
    expectCleanFailure(r);
    expect(r.stderr).toBe(`mandates: ${join(dir, 'gb.yaml')}: not UTF-8 text (GB18030? convert it, or use \`mandates import --encoding gb18030\`)\n`);
  });

  // The timeout guards against hanging; how fast it is refused is the bench's business.
  it('refuses a YAML alias bomb', async () => {
    // Ten levels of ten aliases each would expand to 10^10 strings.
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const r = await run(['units', '--corpus', '-'], { stdin: lines.join('\n') + '\n' });
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/^mandates: <stdin>:1:1: .*alias/i);
    expect(r.stderr.split('\n')).toHaveLength(2);
  }, 10_000);

  it('refuses the same document loaded twice, naming both places', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'b.yaml'), GOOD.replace('示例通知', '另一通知'));
    const r = await run(['units', '--corpus', join(dir, 'a.yaml'), '--corpus', join(dir, 'b.yaml')]);
    expectCleanFailure(r);
    expect(r.stderr).toBe(
      `mandates: ${join(dir, 'b.yaml')}:2:5: id: duplicate document id "demo-1" (also at ${join(dir, 'a.yaml')}:2:5); give one of them another id\n`,
    );
  });

  it('never crashes on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 300 }), async (bytes) => {
        const r = await run(['units', '--corpus', '-'], { stdin: Buffer.from(bytes) });
        expectCleanFailure(r);
      }),
      { numRuns: 300 },
    );
  });

  it('never crashes on a corpus with random damage', async () => {
    const damaged = fc
      .tuple(fc.nat(GOOD.length), fc.nat(12), fc.string({ unit: 'binary', maxLength: 6 }))
      .map(([at, cut, insert]) => GOOD.slice(0, at) + insert + GOOD.slice(at + cut));
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        const r = await run(['show', 'kfzx', '--corpus', '-'], { stdin: text });
        // Some damage is harmless (a changed letter in a text); the rest must be reported cleanly.
        if (r.code === 0) expect(r.stderr).toBe('');
        else expectCleanFailure(r, JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('bad command lines', () => {
  it('refuses an unknown flag on every command with one line', async () => {
    for (const argv of [['units'], ['docs'], ['show', 'kfzx'], ['search', '许可证'], ['diff', 'jgfwzx', 'wmfzzx'], ['overlap'], ['export'], ['validate', 'x.yaml'], ['import', 'x.txt'], ['completion', 'bash'], []]) {
      const r = await run([...argv, '--bogus']);
      expectCleanFailure(r, argv.join(' '));
      expect(r.stderr).toMatch(/^mandates: unknown option '--bogus'( \(Did you mean --[a-z-]+\?\))?\n$/);
    }
  });

  it('refuses a missing argument and an unknown duty path with one line', async () => {
    const missing = await run(['completion']);
    expectCleanFailure(missing);
    expect(missing.stderr).toBe("mandates: missing required argument 'shell'\n");
    for (const ref of ['jgfwzx/', 'jgfwzx//', '许可证/十', 'nosuchdoc/jgfwzx/1', '/', '  ']) {
      const r = await run(['show', ref]);
      expectCleanFailure(r, ref);
      expect(r.stderr.trimEnd().split('\n'), ref).toHaveLength(1);
    }
  });
});

// Every field a renderer might print carries escape sequences (ESC, CSI, OSC,
// BEL, C1 CSI and NEL, a bidi override, a carriage return).
const HOSTILE = `mandates: 1
id: evil-1
title: "标题\\e[2J\\u009b31m"
number: "号\\e]0;pwned\\u0007"
numberNormalized: "号\\e[1m"
issuer: "机关\\u202e"
date: "2003-06-26"
dateText: "日期\\e[5m"
recipients: ["收\\e[1m件"]
body: "正文\\e[31m\\n第二行\\u0085"
notes: ["注\\e[0m"]
units:
  - id: a1
    name: "甲\\e[31m中心"
    externalName: "外\\e[32m名"
    aliases: ["别\\e[33m名"]
    heading: "标\\e[34m题"
    notes: ["单位\\e[35m注"]
    duties:
      - label: "一、"
        text: "职能\\e[36m文本\\r覆盖"
        notes: ["职能\\e[37m注"]
  - id: a2
    name: "乙\\e[31m中心"
    sections:
      - label: 一、
        title: "节\\e[31m标题"
        duties:
          - text: "段\\e[31m落"
`;

// What a terminal would obey: C0 controls other than tab (TSV) and newline, DEL, C1, bidi controls, line/paragraph separators.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('corpus text never drives the terminal', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'evil.yaml'), HOSTILE);
  const corpus = ['--corpus', join(dir, 'evil.yaml')];

  it('in text output, piped and on a terminal, and in error messages', async () => {
    const commands = [['units'], ['docs'], ['show', 'a1'], ['show', 'a2'], ['show', 'a1/1'], ['show', 'a2/1.p1']];
    for (const argv of commands) {
      for (const tty of [undefined, 60]) {
        const r = await run([...argv, ...corpus], { tty, env: { NO_COLOR: '1' } });
        const label = `${argv.join(' ')} tty=${tty}`;
        expect(r.code, label).toBe(0);
        expect(r.stdout, label).not.toMatch(RAW_CONTROL);
        expect(r.stdout, label).toContain('␛'); // shown, as a visible stand-in
      }
    }
    const ambiguous = await run(['show', '中心', ...corpus]);
    expectCleanFailure(ambiguous);
    expect(ambiguous.stderr).not.toMatch(RAW_CONTROL);
    expect(ambiguous.stderr).toContain('  evil-1/a1\t甲␛[31m中心（外␛[32m名）\n');
  });

  it('in JSON, as \\u escapes that decode to the original text', async () => {
    for (const argv of [['units', '--json'], ['docs', '--json'], ['show', 'a1', '--json'], ['show', 'a1/1', '--json']]) {
      const r = await run([...argv, ...corpus]);
      expect(r.code).toBe(0);
      expect(r.stdout.replace(/\n/g, ''), argv.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const unit = JSON.parse((await run(['show', 'a1', '--json', ...corpus])).stdout);
    expect(unit.unit.name).toBe('甲\u001b[31m中心');
    expect(unit.unit.duties[0].text).toBe('职能\u001b[36m文本\r覆盖');
    expect(unit.document.issuer).toBe('机关\u202e');
    expect(unit.document.title).toBe('标题\u001b[2J\u009b31m');
  });
});

describe('a reader that closes the pipe early', () => {
  // Enough output to fill the pipe, so that writing really meets a closed pipe.
  const dir = tempDir();
  const duties = Array.from({ length: 3000 }, (_, i) => `      - text: 第${i + 1}项职能，负责有关事务的组织、协调和监督检查工作。\n        id: d${i + 1}\n`).join('');
  const units = Array.from({ length: 1500 }, (_, i) => `  - id: u${i + 2}\n    name: 单位${i + 2}\n    duties:\n      - text: 职能。\n`).join('');
  writeFileSync(join(dir, 'big.yaml'), `mandates: 1\nid: big\ntitle: 大\nunits:\n  - id: u1\n    name: 大单位\n    duties:\n${duties}${units}`);

  it.each([
    [['units'], 'u1\t大单位\t\t3000\tbig'],
    [['show', 'u1'], '大单位'],
    [['show', 'u1', '--json'], '{'],
  ])('mandates %j | head -1 exits 0 quietly', (argv, first) => {
    const r = spawnSync('bash', ['-c', `"$0" "$@" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`, bin, ...argv, '--corpus', join(dir, 'big.yaml')], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(`${first}\n`);
    expect(r.stderr).toBe('status=0\n');
  });
});
