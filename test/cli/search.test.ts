import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/wrap.js';
import { run } from '../helpers/run.js';

const ESC = '\u001b';
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** A corpus with a character beyond the BMP before a match, and an escape sequence in a duty. */
const ODD = `mandates: 1
id: odd-1
title: 测试通知
units:
  - id: csdw
    name: 测试单位
    duties:
      - label: 一、
        text: "𠀀𠀀许可证的管理，许可证。"
      - label: 二、
        text: "负责许可证\\u001b[31m红色\\u001b[0m工作。"
`;

describe('mandates search: piped output', () => {
  it('prints one hit a line, tab-separated (id, numbering, unit, kind, text), best first, no colour', async () => {
    const r = await run(['search', '许可证']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('pexkzswj/3\t三\t配额许可证事务局\tphrase\t监控、核查各发证机构的许可证签发数据及许可证在国内外海关的清关数据，处理有关问题；汇总分析许可证商品签发和配额使用情况、许可证管理动态及存在问题并向商务部报告。');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['pexkzswj/3', 'pexkzswj/2', 'pexkzswj/6', 'pexkzswj/7', 'pexkzswj/1', 'pexkzswj/8']);
    expect(r.stdout).not.toContain(ESC);
  });

  it('exits 1 with no output when nothing matches', async () => {
    const r = await run(['search', '航天发射']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('colours the matches in a pipe only when FORCE_COLOR asks for it, every one of them', async () => {
    const r = await run(['search', '许可证', '--limit', '1'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout.split(`${ESC}[31m`).length - 1).toBe(4);
    expect(stripAnsi(r.stdout)).toBe((await run(['search', '许可证', '--limit', '1'])).stdout);
  });

  it('takes several terms and the full-width space between them', async () => {
    const a = await run(['search', '许可证', '签发']);
    const b = await run(['search', '许可证\u3000签发']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trimEnd().split('\n').map((l) => l.split('\t').slice(0, 1).concat(l.split('\t')[3]!))).toEqual([
      ['pexkzswj/3', 'phrase'],
      ['pexkzswj/2', 'phrase'],
      ['pexkzswj/1', 'all-terms'],
    ]);
  });

  it('shows corpus text as data: escape sequences become visible stand-ins', async () => {
    const r = await run(['search', '红色', '--corpus', '-'], { stdin: ODD, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(stripAnsi(r.stdout)).toContain('负责许可证␛[31m红色␛[0m工作。');
    expect(r.stdout).not.toContain(`${ESC}[0m工作`);
  });
});

describe('mandates search: JSON', () => {
  it('--json prints an array of hits with unit, document, id, numbering, text, score, kind and spans', async () => {
    const r = await run(['search', '投资足进', '--json', '--limit', '1']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits).toHaveLength(1);
    expect(Object.keys(hits[0])).toEqual(['rank', 'id', 'unit', 'unitName', 'document', 'numbering', 'text', 'kind', 'score', 'spans']);
    expect(hits[0]).toMatchObject({ rank: 1, id: 'sbf-2003-9/tzcjzx/3', unit: 'sbf-2003-9/tzcjzx', unitName: '投资促进中心', document: 'sbf-2003-9', numbering: '三', kind: 'typo', score: 0.6 });
    expect(hits[0].spans).toHaveLength(5);
    expect(hits[0].spans.every((s: { text: string }) => s.text === '投资促进')).toBe(true);
  });

  it('counts span offsets in code points, not UTF-16 units', async () => {
    const r = await run(['search', '许可证', '--json', '--corpus', '-'], { stdin: ODD });
    const [first] = JSON.parse(r.stdout);
    expect(first.text).toBe('𠀀𠀀许可证的管理，许可证。');
    expect(first.spans).toEqual([
      { start: 2, end: 5, text: '许可证' },
      { start: 9, end: 12, text: '许可证' },
    ]);
    expect([...first.text].slice(2, 5).join('')).toBe('许可证');
  });

  it('--json prints [] and exits 1 when nothing matches', async () => {
    expect(await run(['search', '航天发射', '--json'])).toEqual({ code: 1, stdout: '[]\n', stderr: '' });
  });

  it('--jsonl prints one compact object a line, ranked', async () => {
    const r = await run(['search', 'xkz', '--jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    const hits = lines.map((l) => JSON.parse(l));
    expect(hits.map((h) => h.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits.every((h) => h.kind === 'pinyin' && h.unit === 'sbf-2003-9/pexkzswj')).toBe(true);
    expect(hits[0].spans.map((s: { text: string }) => s.text)).toEqual(['许可证', '许可证', '许可证', '许可证']);
    expect((await run(['search', '航天发射', '--jsonl'])).stdout).toBe('');
  });
});

describe('mandates search: narrowing and limits', () => {
  it('shows 20 hits by default, --limit N, --all for every one', async () => {
    const count = async (...args: string[]) => (await run(['search', '工作', ...args])).stdout.trimEnd().split('\n').length;
    expect(await count()).toBe(20);
    expect(await count('--limit', '3')).toBe(3);
    expect(await count('--all')).toBe(21);
  });

  it('--unit takes any unit reference and repeats; --doc an id or number', async () => {
    const units = async (...args: string[]) => [...new Set((await run(['search', '承办', '--all', ...args])).stdout.trimEnd().split('\n').map((l) => l.split('/')[0]))];
    expect(await units('--unit', '许可证')).toEqual(['pexkzswj']);
    expect((await units('--unit', 'tzcjzx', '--unit', '机关服务局')).sort()).toEqual(['jgfwzx', 'tzcjzx']);
    expect((await units('--doc', '商办发〔2003〕9号')).length).toBe(6);
    expect((await run(['search', '许可证', '--unit', 'tzcjzx'])).code).toBe(1);
  });

  it.each([
    [['search', '许可证', '--unit', 'nosuch'], /^mandates: unknown unit "nosuch"/],
    [['search', '许可证', '--doc', 'nosuch'], /^mandates: unknown document "nosuch"/],
    [['search', '许可证', '--limit', '0'], /^mandates: option '--limit <n>' argument '0' is invalid/],
    [['search', '许可证', '--json', '--jsonl'], /^mandates: option '--jsonl' cannot be used with option '--json'/],
    [['search', '许可证', '--exact', '--regex'], /^mandates: option '--exact' cannot be used with option '--regex'/],
    [['search', '--regex', '许可证('], /^mandates: bad regular expression "许可证\(": Unterminated group$/],
    [['search', '\u3000'], /^mandates: empty query/],
    [['search'], /^mandates: missing required argument 'terms'/],
  ])('%j is an error: one line, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('--exact drops the fallbacks; --regex matches patterns', async () => {
    expect((await run(['search', '--exact', '许可正'])).code).toBe(1);
    expect((await run(['search', '--exact', '許可證'])).stdout.trimEnd().split('\n')).toHaveLength(6);
    const r = await run(['search', '--regex', '许可证(件|书)']);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0])).toEqual(['pexkzswj/7', 'pexkzswj/1', 'pexkzswj/2']);
  });
});

describe('mandates search: fallbacks say so', () => {
  it('says on stderr when only fallback hits are shown, whatever the output, and not for exact hits', async () => {
    const pinyin = await run(['search', 'xkz']);
    expect([pinyin.code, pinyin.stderr]).toEqual([0, 'no exact match; showing pinyin matches\n']);
    const json = await run(['search', '许可正', '--json']);
    expect(JSON.parse(json.stdout)).toHaveLength(6);
    expect(json.stderr).toBe('no exact match; showing homophone matches\n');
    const two = await run(['search', '进入国际市场', '--limit', '2']);
    expect(two.stderr).toMatch(/^no exact match; showing (typo|typo and bigram) matches\n2 of \d+ hits shown/);
    expect((await run(['search', '许可证'])).stderr).toBe('');
    expect((await run(['search', '--regex', '许可证(件|书)'])).stderr).toBe('');
  });

  it('several terms no duty holds together: nothing, exit 1, and --exact refuses fallbacks', async () => {
    const r = await run(['search', '许可证', '电子商务']);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, '', '']);
    const exact = await run(['search', '--exact', 'xkz']);
    expect([exact.code, exact.stdout, exact.stderr]).toEqual([1, '', '']);
  });
});

describe('mandates search: terminal', () => {
  it('draws a table (unit, duty id and numbering, match, text) that fits the terminal, CJK counted double', async () => {
    const r = await run(['search', '许可证', '签发', '--no-color'], { tty: 72 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]!.startsWith('┌')).toBe(true);
    // Labelled in Chinese by default, the kind of match too; --lang en for English.
    expect(lines[1]).toMatch(/│ 单位 +│ 职能 +│ 匹配 +│ 文本 +│/);
    expect(r.stdout).toContain('│ 短语 ');
    const en = await run(['search', '许可证', '签发', '--no-color', '--lang', 'en'], { tty: 72 });
    expect(en.stdout.split('\n')[1]).toMatch(/│ unit +│ duty +│ match +│ text +│/);
    expect(en.stdout).toContain('│ phrase ');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(72);
    expect(r.stdout).toContain('pexkzswj/3');
    expect(r.stdout).toContain('│ 三 ');
    // The whole text is there, wrapped.
    const text = lines.filter((l) => l.startsWith('│')).map((l) => l.split('│')[4]!.trim()).join('');
    expect(text).toContain('拟订许可证签发工作规范和发证机构管理办法并组织实施；调整确定各种许可证件管理商品分级发证目录；参与进出口许可证有关的国际标准的制订工作。');
  });

  it('highlights every matched span in colour, even across a line break', async () => {
    // At 44 columns some 许可证 of pexkzswj/3 are cut by the line end: both halves are coloured.
    const r = await run(['search', '许可证', '--limit', '1'], { tty: 44 });
    const highlighted = [...r.stdout.matchAll(/\u001b\[31m\u001b\[1m([^\u001b]*)\u001b\[22m\u001b\[39m/g)].map((m) => m[1]);
    expect(highlighted.join('')).toBe('许可证'.repeat(4));
    expect(highlighted.length).toBeGreaterThan(4); // some 许可证 split by a line end, each half coloured
  });

  it('says on stderr when the limit hides hits, and when nothing matched', async () => {
    expect((await run(['search', '工作'], { tty: 100 })).stderr).toBe('20 of 21 hits shown (--limit N or --all for more)\n');
    expect(await run(['search', '航天发射'], { tty: 100 })).toEqual({ code: 1, stdout: '', stderr: 'no duty matches\n' });
  });

  it('says the limit hid hits in a pipe and in JSON too, on stderr only', async () => {
    const all = await run(['search', '的', '--all']);
    const total = all.stdout.trimEnd().split('\n').length;
    expect(total).toBeGreaterThan(20);
    expect(all.stderr).toBe('');
    const note = `20 of ${total} hits shown (--limit N or --all for more)\n`;
    const piped = await run(['search', '的']);
    expect(piped.stdout.trimEnd().split('\n')).toHaveLength(20);
    expect(piped.stderr).toBe(note);
    const json = await run(['search', '的', '--json']);
    expect(JSON.parse(json.stdout)).toHaveLength(20);
    expect(json.stderr).toBe(note);
    const jsonl = await run(['search', '的', '--jsonl', '--limit', '3']);
    expect(jsonl.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(jsonl.stderr).toBe(`3 of ${total} hits shown (--limit N or --all for more)\n`);
    expect((await run(['search', '的', '--format', 'md', '-o', '-'])).stderr).toBe(note);
  });

  it('has help with examples', async () => {
    const r = await run(['search', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('mandates search 许可证');
    expect(r.stdout).toContain('--regex');
  });
});
