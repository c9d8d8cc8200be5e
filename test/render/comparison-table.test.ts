import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { diffDuties } from '../../src/diff/align.js';
import { comparisonTable } from '../../src/render/comparison-table.js';
import { corpusFromYaml } from '../helpers/corpus.js';

function twoEditions(a: string[], b: string[]) {
  const duties = (texts: string[]) =>
    texts.length === 0 ? '      []' : texts.map((t, i) => `      - { label: "${'一二三四五六七八九十'[i]}、", text: "${t}" }`).join('\n');
  const corpus = corpusFromYaml(
    `mandates: 1\nid: e\ntitle: 示例\nunits:\n  - id: a\n    name: 甲中心\n    duties:\n${duties(a)}\n  - id: b\n    name: 甲中心\n    duties:\n${duties(b)}\n`,
  );
  const [ua, ub] = corpus.units;
  return comparisonTable({ a: ua!, b: ub!, diff: diffDuties(ua!.duties, ub!.duties) }, { idOf: shortIdNamer(corpus) });
}

describe('the 新旧对照表 row model', () => {
  it('one row per pair or one-sided duty, numbered 1…n, in document order; 说明 per group and for a new number', () => {
    const t = twoEditions(
      ['负责全国对外贸易管理工作。', '承担进出口许可证的签发。', '指导地方商务工作。'],
      ['负责全国对外贸易和国际经济合作管理工作。', '拟订电子商务发展规划。', '指导地方商务工作。'],
    );
    expect(t.title).toBe('甲中心职能新旧对照表');
    expect(t.headers).toEqual(['序号', '原文（A）', '现文（B）', '说明']);
    expect(t.rows.map((r) => [r.index, r.a?.cell.text ?? null, r.b?.cell.text ?? null, r.note])).toEqual([
      [1, '一、负责全国对外贸易管理工作。', '一、负责全国对外贸易和国际经济合作管理工作。', '修改'],
      [2, '二、承担进出口许可证的签发。', null, '删除'],
      [3, null, '二、拟订电子商务发展规划。', '新增'],
      [4, '三、指导地方商务工作。', '三、指导地方商务工作。', '相同'],
    ]);
    const changed = t.rows[0]!;
    expect(changed.b!.cell.runs).toEqual([{ text: '一、负责全国对外贸易' }, { text: '和国际经济合作', mark: 'inserted' }, { text: '管理工作。' }]);
    expect(changed.a!.cell.runs!.some((r) => r.mark !== undefined)).toBe(false);
    expect(t.rows[1]!.a!.cell.runs).toEqual([{ text: '二、' }, { text: '承担进出口许可证的签发。', mark: 'deleted' }]);
  });

  it('for any two lists of duties: every duty appears once on its side (A in its order), and each side reads back as printed', () => {
    const text = fc.string({ unit: fc.constantFrom(...'负责管理组织实施对外贸易许可证工作。；'), minLength: 1, maxLength: 14 }).map((s) => `${s}。`);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.array(text, { maxLength: 6 }), (a, b) => {
        const t = twoEditions(a, b);
        const side = (s: 'a' | 'b') => t.rows.flatMap((r) => (r[s] ? [r[s]!] : []));
        expect(side('a').map((x) => x.duty.text)).toEqual(a);
        // B's duties each once; in B's order unless pairs cross (A's order leads then).
        expect(side('b').map((x) => x.duty.path).sort()).toEqual(b.map((_, i) => String(i + 1)).sort());
        const paired = t.rows.filter((r) => r.a && r.b).map((r) => Number(r.b!.duty.path));
        if (paired.every((p, i) => i === 0 || paired[i - 1]! < p)) expect(side('b').map((x) => x.duty.text)).toEqual(b);
        for (const s of [...side('a'), ...side('b')]) expect(s.cell.text).toBe(`${s.duty.label}${s.duty.text}`);
        expect(side('a').every((x) => x.cell.runs!.every((r) => r.mark !== 'inserted'))).toBe(true);
        expect(side('b').every((x) => x.cell.runs!.every((r) => r.mark !== 'deleted'))).toBe(true);
        expect(t.rows.map((r) => r.index)).toEqual(t.rows.map((_, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });
});
