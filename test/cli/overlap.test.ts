import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('mandates overlap', () => {
  it('lists the shared responsibilities, most shared first; exit 0', async () => {
    const r = await run(['overlap']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks[0]!.split('\n')).toEqual([
      '1. 6 个单位，相似度 1.00',
      '  jgfwzx/5        机关服务中心          承办商务部交办的其他事项',
      '  wmfzzx/10       外贸发展中心          承办商务部交办的其他事项',
      '  tzcjzx/10       投资促进中心          承办商务部交办的其他事项',
      '  gjjjhzswj/10    国际经济合作事务局    承办商务部交办的其他事项',
      '  pexkzswj/9      配额许可证事务局      承办商务部交办的其他事项',
      '  zggjdzswzx/1.8  中国国际电子商务中心  承办商务部交办的其他事项',
    ]);
    expect(blocks[1]!.split('\n')).toEqual([
      '2. 3 个单位，相似度 0.53',
      '  wmfzzx/6     外贸发展中心        负责“中国贸易指南”的日常运营并向企业提供信息资料',
      '  tzcjzx/4     投资促进中心        受商务部委托，负责“中国投资指南”网站的日常营运并向企业提供信息资料',
      '  gjjjhzswj/8  国际经济合作事务局  负责“中国合作指南”的日常运营并向企业提供信息资料',
    ]);
    expect(blocks.some((b) => b.includes('wmfzzx/9  外贸发展中心  组织举办与进出口有关的专业培训和研讨会'))).toBe(true);
  });

  it('wraps clauses under themselves on a terminal', async () => {
    const r = await run(['overlap'], { tty: 60, env: { NO_COLOR: '1' } });
    const { displayWidth } = await import('../../src/render/wrap.js');
    const lines = r.stdout.split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    const at = lines.findIndex((l) => l.startsWith('  tzcjzx/4 '));
    expect(lines[at]).toMatch(/^ {2}tzcjzx\/4 {5}投资促进中心 {8}受商务部委托/);
    const rest = lines.slice(at + 1, at + 4).filter((l) => /^ {35}\S/.test(l));
    expect(rest.length).toBeGreaterThan(1);
    expect(lines[at]!.replace(/^ {2}\S+ +\S+ +/, '') + rest.map((l) => l.trim()).join('')).toBe('受商务部委托，负责“中国投资指南”网站的日常营运并向企业提供信息资料');
    expect((await run(['overlap'], { tty: 60 })).stdout).toContain('\u001b[');
  });

  it('prints the documented JSON', async () => {
    const json = JSON.parse((await run(['overlap', '--json'])).stdout);
    expect(json[1]).toEqual({
      similarity: expect.closeTo(0.53, 2),
      units: ['sbf-2003-9/wmfzzx', 'sbf-2003-9/tzcjzx', 'sbf-2003-9/gjjjhzswj'],
      members: [
        expect.objectContaining({ duty: 'sbf-2003-9/wmfzzx/6', unit: 'sbf-2003-9/wmfzzx', unitName: '外贸发展中心', numbering: '六', clause: '负责“中国贸易指南”的日常运营并向企业提供信息资料', text: '负责“中国贸易指南”的日常运营并向企业提供信息资料。' }),
        expect.objectContaining({ duty: 'sbf-2003-9/tzcjzx/4' }),
        expect.objectContaining({ duty: 'sbf-2003-9/gjjjhzswj/8', clause: '负责“中国合作指南”的日常运营并向企业提供信息资料' }),
      ],
    });
    expect(Object.keys(json[1].members[0])).toEqual(['duty', 'unit', 'unitName', 'numbering', 'clause', 'text']);
  });

  it('gives the seed the same groups with --exact, in every output', async () => {
    for (const extra of [[], ['--json'], ['--matrix'], ['--min-similarity', '0.2', '--json']]) {
      const [sketched, exact] = [await run(['overlap', ...extra]), await run(['overlap', '--exact', ...extra])];
      expect(exact.code, extra.join(' ')).toBe(0);
      expect(sketched.stdout, extra.join(' ')).toBe(exact.stdout);
    }
  });

  it('compares only the --unit units, and --min-similarity tunes it', async () => {
    const two = await run(['overlap', '--unit', '外贸发展中心', '--unit', 'tzcjzx', '--json']);
    const groups = JSON.parse(two.stdout);
    for (const g of groups) expect(g.units).toEqual(['sbf-2003-9/wmfzzx', 'sbf-2003-9/tzcjzx']);
    expect(groups.map((g: { members: { duty: string }[] }) => g.members.map((m) => m.duty.split('/').slice(1).join('/')))).toEqual([
      ['wmfzzx/10', 'tzcjzx/10'],
      ['wmfzzx/6', 'tzcjzx/4'],
      ['wmfzzx/9', 'tzcjzx/8'],
      ['wmfzzx/4', 'tzcjzx/7'],
    ]);
    const strict = JSON.parse((await run(['overlap', '--min-similarity', '0.9', '--json'])).stdout);
    expect(strict).toHaveLength(1);
    const loose = JSON.parse((await run(['overlap', '--min-similarity', '0.3', '--json'])).stdout);
    expect(loose.length).toBeGreaterThan(5);
  });

  it('exits 1 when nothing overlaps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-test-'));
    writeFileSync(
      join(dir, 'two.yaml'),
      'mandates: 1\nid: two\ntitle: 示例\nunits:\n' +
        '  - { id: a, name: 甲中心, duties: [ { label: 一、, text: 承办援外项目招标工作。 } ] }\n' +
        '  - { id: b, name: 乙中心, duties: [ { label: 一、, text: 管理各种空白许可证书和许可证签证印章。 } ] }\n',
    );
    const r = await run(['overlap', '--corpus', join(dir, 'two.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((await run(['overlap', '--corpus', join(dir, 'two.yaml'), '--json'])).stdout).toBe('[]\n');
  });

  it('exits 2 with one line for one unit, an unknown unit or a bad similarity', async () => {
    for (const [argv, message] of [
      [['overlap', '--unit', 'wmfzzx', '--unit', '外贸发展中心'], '--unit names only sbf-2003-9/wmfzzx: an overlap needs at least two units'],
      [['overlap', '--unit', 'wmfzzx', '--unit', '航天局'], 'unknown unit "航天局"'],
      [['overlap', '--min-similarity', '-1'], 'expected a number from 0 to 1'],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  });
});

describe('mandates overlap on a corpus too large to compare at once', () => {
  it('refuses with --exact, with one line and exit 2, before weighing any pair; the default compares it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-test-'));
    const file = join(dir, 'dense.yaml');
    // 7,000 duties that differ in three characters only: small to load, yet every one shares its rarest bigrams
    // with every other, so the exact search would weigh about 230 million clause pairs.
    const chars = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁'];
    const units = Array.from({ length: 70 }, (_, u) => ({
      id: `u${u}`,
      name: `第${u}单位`,
      duties: Array.from({ length: 100 }, (_, d) => {
        const k = u * 100 + d;
        return { label: `${d + 1}.`, text: `负责组织协调全国对外贸易促进工作${chars[k % 50]}${chars[Math.floor(k / 50) % 50]}${chars[Math.floor(k / 2500)]}的有关事项。` };
      }),
    }));
    const { stringify } = await import('yaml');
    writeFileSync(file, stringify({ mandates: 1, id: 'dense', title: '密集', units }));
    const r = await run(['overlap', '--exact', '--corpus', file]);
    expect(r.stderr).toMatch(/^mandates: 7,000 duties share too much wording for overlap to compare at once \([\d,]+ clause pairs to weigh, limit 200,000,000\); narrow it with --unit or raise --min-similarity\n$/);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // The default engine never counts pairs, so the same duties go through.
    const sketched = await run(['overlap', '--corpus', file, '--min-similarity', '0.95', '--json']);
    expect(sketched.code).toBe(0);
    expect(JSON.parse(sketched.stdout).length).toBeGreaterThan(100);
  }, 120_000);

  it('says which limit was hit, and what narrows it', async () => {
    const { tooLargeMessage } = await import('../../src/cli/commands/overlap.js');
    expect(tooLargeMessage({ duties: 250_000, pairs: undefined, limit: 200_000 }, false)).toBe(
      '250,000 duties are more than overlap compares at once (limit 200,000); narrow it with --unit',
    );
    expect(tooLargeMessage({ duties: 5000, pairs: 3e8, limit: 2e8 }, true)).toBe(
      '5,000 duties share too much wording for overlap to compare at once (300,000,000 clause pairs to weigh, limit 200,000,000); name fewer --unit or raise --min-similarity',
    );
  });
});
