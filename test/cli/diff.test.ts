import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const EDITION = ['--corpus', 'corpus/sbf-2003-9.yaml', '--corpus', 'test/fixtures/edition-b.yaml'];

describe('mandates diff', () => {
  it('compares two units in a pipe: markers, numbering, [-old-]{+new+} marks, the summary; exit 1', async () => {
    const r = await run(['diff', '外贸发展中心', '投资促进中心']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('--- wmfzzx 外贸发展中心（外贸发展事务局）');
    expect(lines[1]).toBe('+++ tzcjzx 投资促进中心（投资促进事务局）');
    expect(lines).toContain(
      '~ 六 四 0.32 {+受商务部委托，+}负责“中国[-贸易-]{+投资+}指南”{+网站+}的日常[-运-]营{+运+}并向企业提供信息资料' +
        '{+；指导中国国际投资促进中心的工作；负责受理跨省市和领导交办的外商投资企业投诉案件的具体工作+}。',
    );
    expect(lines).toContain('= 十 十      承办商务部交办的其他事项。');
    expect(lines).toContain('- 七         建立和维护外贸企业信用体系和外国常驻代表机构的数据库；为企业提供国外合作伙伴的资信调查。');
    expect(lines).toContain('+    九      受其它部门、机构、企业委托，进行专题调研及投资促进活动。');
    expect(lines.at(-1)).toBe('相同 1，修改 2，仅A 7，仅B 7；相似度 0.16');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 0 for a unit against itself, with every duty the same', async () => {
    const r = await run(['diff', 'gjjjhzswj', '国际经济合作事务局']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('相同 10，修改 0，仅A 0，仅B 0；相似度 1.00');
    const en = await run(['diff', 'gjjjhzswj', '国际经济合作事务局', '--lang', 'en']);
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('10 same, 0 changed, 0 only in A, 0 only in B; similarity 1.00');
  });

  it('colours the changes on a terminal and wraps under the text column', async () => {
    const r = await run(['diff', 'wmfzzx', 'tzcjzx'], { tty: 60 });
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout).not.toContain('[-');
    const plain = await run(['diff', 'wmfzzx', 'tzcjzx'], { tty: 60, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('[-贸易-]{+投资+}');
    const { displayWidth } = await import('../../src/render/wrap.js');
    const lines = plain.stdout.trimEnd().split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    const at = lines.findIndex((l) => l.startsWith('~ 六 四 0.32 '));
    expect(lines[at + 1]).toMatch(/^ {13}\S/);
  });

  it('prints the documented JSON: units, minimum similarity, summary, entries with changes', async () => {
    const r = await run(['diff', 'wmfzzx', 'tzcjzx', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['a', 'b', 'minSimilarity', 'summary', 'entries']);
    expect(json.a.id).toBe('sbf-2003-9/wmfzzx');
    expect(json.minSimilarity).toBe(0.25);
    expect(json.summary).toEqual({ same: 1, changed: 2, onlyA: 7, onlyB: 7, similarity: 0.1591 });
    const guide = json.entries.find((e: { a: { id: string } | null }) => e.a?.id === 'sbf-2003-9/wmfzzx/6');
    expect(guide).toMatchObject({ group: 'changed', similarity: expect.closeTo(0.32, 2), b: { id: 'sbf-2003-9/tzcjzx/4', numbering: '四' } });
    expect(guide.changes.slice(0, 4)).toEqual([
      { op: 'insert', a: '', b: '受商务部委托，' },
      { op: 'equal', a: '负责“中国', b: '负责“中国' },
      { op: 'delete', a: '贸易', b: '' },
      { op: 'insert', a: '', b: '投资' },
    ]);
    expect(json.entries.at(-1)).toEqual({
      group: 'same',
      similarity: 1,
      a: { id: 'sbf-2003-9/wmfzzx/10', numbering: '十', text: '承办商务部交办的其他事项。' },
      b: { id: 'sbf-2003-9/tzcjzx/10', numbering: '十', text: '承办商务部交办的其他事项。' },
      changes: [{ op: 'equal', a: '承办商务部交办的其他事项。', b: '承办商务部交办的其他事项。' }],
    });
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'json'])).stdout).toBe(r.stdout);
  });

  it('writes a Markdown 新旧对照表: 序号 | 原文（A） | 现文（B） | 说明, <del> and <ins><strong>', async () => {
    const r = await run(['diff', 'wmfzzx', 'tzcjzx', '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^## 外贸发展中心与投资促进中心职能对照表\n/);
    expect(r.stdout).toContain('原文（A）：wmfzzx 外贸发展中心（外贸发展事务局），商办发〔2003〕9号\n\n现文（B）：tzcjzx 投资促进中心（投资促进事务局），商办发〔2003〕9号\n');
    expect(r.stdout).toContain('\n相同 1 项，修改 2 项，删除 7 项，新增 7 项；相似度 0.16\n');
    expect(r.stdout).toContain('\n| 序号 | 原文（A） | 现文（B） | 说明 |\n| --- | --- | --- | --- |\n');
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(17);
    expect(rows.map((l) => Number(l.split(' | ')[0]!.slice(2)))).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(rows).toContain(
      '| 9 | 六、负责“中国<del>贸易</del>指南”的日常<del>运</del>营并向企业提供信息资料。 | 四、<ins><strong>受商务部委托，</strong></ins>负责“中国<ins><strong>投资</strong></ins>指南”<ins><strong>网站</strong></ins>的日常营<ins><strong>运</strong></ins>并向企业提供信息资料<ins><strong>；指导中国国际投资促进中心的工作；负责受理跨省市和领导交办的外商投资企业投诉案件的具体工作</strong></ins>。 | 修改；序号由“六”改为“四” |',
    );
    expect(rows.at(-1)).toBe('| 17 | 十、承办商务部交办的其他事项。 | 十、承办商务部交办的其他事项。 | 相同 |');
    expect(rows[0]).toMatch(/^\| 1 \| 一、<del>为我国企业开拓国际市场.*<\/del> \|  \| 删除 \|$/);
    expect(rows.some((l) => /^\| \d+ \|  \| 九、<ins><strong>受其它部门.*\| 新增 \|$/.test(l))).toBe(true);
  });

  it('prints only the summary with --stat (or the JSON summary)', async () => {
    const r = await run(['diff', 'wmfzzx', 'tzcjzx', '--stat']);
    expect(r.stdout).toBe('相同 1，修改 2，仅A 7，仅B 7；相似度 0.16\n');
    expect(r.code).toBe(1);
    const json = JSON.parse((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '--json'])).stdout);
    expect(Object.keys(json)).toEqual(['a', 'b', 'minSimilarity', 'summary']);
  });

  it('takes --min-similarity, as overlap does, and --threshold, its old name', async () => {
    const stricter = '相同 1，修改 1，仅A 8，仅B 8；相似度 0.13\n';
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '--min-similarity', '0.3'])).stdout).toBe(stricter);
    expect((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '--threshold', '0.3'])).stdout).toBe(stricter);
    expect(JSON.parse((await run(['diff', 'wmfzzx', 'tzcjzx', '--stat', '--json', '--min-similarity', '0.3'])).stdout).minSimilarity).toBe(0.3);
    const help = (await run(['diff', '--help'])).stdout;
    expect(help).toContain('--min-similarity <x>');
    expect(help).not.toContain('--threshold');
  });

  it('diffs two editions of a unit loaded from two documents', async () => {
    const r = await run(['diff', 'sbf-2003-9/wmfzzx', 'edition-b/wmfzzx', ...EDITION]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['--- sbf-2003-9/wmfzzx 外贸发展中心（外贸发展事务局）', '+++ edition-b/wmfzzx 外贸发展中心（外贸发展事务局）']);
    expect(lines.slice(2, -1).map((l) => l.slice(0, 6).trimEnd())).toEqual([
      '= 一 一', '= 二 二', '= 三 三', '= 四 四', '= 五 五', '~ 六 六', '- 七', '= 八 七', '= 九 八', '+    九', '= 十 十',
    ]);
    expect(lines).toContain('~ 六 六 0.82 负责“中国贸易指南”{+网站+}的日常运营{+和维护，+}并向企业提供信息资料。');
    expect(lines).toContain('+    九      承担外贸企业信用信息的归集、发布和查询服务。');
    expect(lines.at(-1)).toBe('相同 8，修改 1，仅A 1，仅B 1；相似度 0.88');

    const json = JSON.parse((await run(['diff', 'sbf-2003-9/wmfzzx', 'edition-b/wmfzzx', '--json', ...EDITION])).stdout);
    const retyped = json.entries[2];
    expect(retyped.group).toBe('same');
    expect(retyped.changes).toEqual([{ op: 'equal', a: retyped.a.text, b: '印制並發放《進出口企業資格證書》；組織實施部分商品進口經營資格核准的相關工作。' }]);
    expect(json.entries.map((e: { group: string }) => e.group).filter((g: string) => g === 'same')).toHaveLength(8);
  });

  it('exits 2 with one line for an ambiguous or unknown unit and bad flags', async () => {
    for (const [argv, message] of [
      [['diff', 'wmfzzx', 'edition-b/wmfzzx', ...EDITION], 'mandates: ambiguous unit "wmfzzx": the id belongs to 2 units; name one by its id'],
      [['diff', 'wmfzzx', '航天局'], 'mandates: unknown unit "航天局"'],
      [['diff', 'wmfzzx', 'tzcjzx', '--min-similarity', '2'], 'expected a number from 0 to 1'],
      [['diff', 'wmfzzx', 'tzcjzx', '--min-similarity', '0.3', '--threshold', '0.4'], '--threshold is the old name of --min-similarity: give one of them'],
      [['diff', 'wmfzzx', 'tzcjzx', '--threshold', 'x'], 'expected a number from 0 to 1'],
      [['diff', 'wmfzzx', 'tzcjzx', '--format', 'yaml'], "argument 'yaml' is invalid"],
      [['diff', 'wmfzzx', 'tzcjzx', '--format', 'md', '--json'], '--json and --format md ask for different outputs'],
      [['diff', 'wmfzzx'], "missing required argument 'B'"],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr.split('\n')[0], argv.join(' ')).toContain(message);
      expect(r.stderr).not.toContain('    at ');
    }
  });

  it('keeps corpus text from driving the terminal or breaking a Markdown table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-test-'));
    const file = join(dir, 'odd.yaml');
    writeFileSync(
      file,
      'mandates: 1\nid: odd\ntitle: 示例\nunits:\n' +
        '  - { id: a, name: 甲中心, duties: [ { label: 一、, text: "负责A|B类*项目*的审核\\e[31m工作。" } ] }\n' +
        '  - { id: b, name: 乙中心, duties: [ { label: 一、, text: "负责A|B类*项目*的审批\\e[31m工作。" } ] }\n',
    );
    const text = await run(['diff', 'a', 'b', '--corpus', file], { env: { FORCE_COLOR: '1' } });
    expect(text.stdout).toContain('␛[31m');
    expect(text.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toContain('\u001b');
    const md = await run(['diff', 'a', 'b', '--corpus', file, '--format', 'md']);
    expect(md.stdout).toContain('| 1 | 一、负责A\\|B类\\*项目\\*的审<del>核</del>␛\\[31m工作。 | 一、负责A\\|B类\\*项目\\*的审<ins><strong>批</strong></ins>␛\\[31m工作。 | 修改 |');
  });

  it('has help with examples and the exit status', async () => {
    const r = await run(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:\n  mandates diff 外贸发展中心 投资促进中心');
    expect(r.stdout).toContain('Exit status: 0 no differences, 1 differences, 2 error');
    const o = await run(['overlap', '--help']);
    expect(o.stdout).toContain('Examples:\n  mandates overlap');
    expect(o.stdout).toContain('Exit status: 0 overlaps found, 1 none, 2 error');
  });
});

describe('mandates diff on units too large to pair', () => {
  it('refuses with one line and exit 2 instead of running for minutes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-test-'));
    const duties = (n: number) => Array.from({ length: n }, (_, i) => `      - { label: "${i + 1}.", text: 承办第${i + 1}项工作。 }`).join('\n');
    writeFileSync(
      join(dir, 'big.yaml'),
      `mandates: 1\nid: big\ntitle: 示例\nunits:\n  - id: a\n    name: 甲中心\n    duties:\n${duties(2001)}\n  - id: b\n    name: 乙中心\n    duties:\n${duties(2001)}\n`,
    );
    const r = await run(['diff', 'a', 'b', '--corpus', join(dir, 'big.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('mandates: 2,001 × 2,001 duties are more pairs than diff compares at once (limit 4,000,000 pairs)\n');
  });
});

describe('mandates diff -o', () => {
  it('names the file written without letting its name drive the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-test-'));
    const r = await run(['diff', 'wmfzzx', 'tzcjzx', '-o', 'r\u001b[2J.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('mandates: wrote r\u241b[2J.md (md): 1 same, 2 changed, 7 only in A, 7 only in B; similarity 0.16\n');
  });
});
