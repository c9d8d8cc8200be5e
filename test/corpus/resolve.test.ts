import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { resolveDuty, resolveTarget, resolveUnit } from '../../src/corpus/resolve.js';
import { shortIdNamer } from '../../src/corpus/short-ids.js';
import { UserError } from '../../src/errors.js';

const bundled = await bundledDocuments();
const corpus = buildCorpus(bundled);

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('naming units and duties', () => {
  it.each([
    ['pexkzswj', 'pexkzswj'],
    ['PEXKZSWJ', 'pexkzswj'],
    ['sbf-2003-9/tzcjzx', 'tzcjzx'],
    ['配额许可证事务局', 'pexkzswj'],
    ['机关服务局', 'jgfwzx'],
    ['外商投资促进中心', 'tzcjzx'],
    ['许可证', 'pexkzswj'],
    ['电子商务', 'zggjdzswzx'],
    ['投资促进中心（投资促进事务局）主要职能', 'tzcjzx'],
    ['国际经济合作', 'gjjjhzswj'],
    ['配额许可证', 'pexkzswj'],
  ])('%s → %s', (ref, key) => {
    expect(resolveUnit(corpus, ref).key).toBe(key);
  });

  it('prefers a whole name over a part of another name', () => {
    // 投资促进中心 is a whole name of tzcjzx and a part of 外商投资促进中心 (also tzcjzx) only.
    expect(resolveUnit(corpus, '投资促进中心').key).toBe('tzcjzx');
  });

  it('lists the candidates when a name is ambiguous', () => {
    const err = userError(() => resolveUnit(corpus, '中心'));
    expect(err.message).toBe('ambiguous unit "中心": matches 4 units; name one by its id');
    expect(err.details.map((d) => d.trim().split('\t')[0])).toEqual([
      'sbf-2003-9/jgfwzx', 'sbf-2003-9/wmfzzx', 'sbf-2003-9/tzcjzx', 'sbf-2003-9/zggjdzswzx',
    ]);
  });

  it('says so when nothing matches', () => {
    expect(userError(() => resolveUnit(corpus, '航天局')).message).toBe(
      'unknown unit "航天局": no unit\'s id or name matches it (`mandates units` lists them)',
    );
  });

  it('resolves duties by full id, short id and a unit name with a path', () => {
    expect(resolveDuty(corpus, 'sbf-2003-9/jgfwzx/2.1').text).toMatch(/^部机关计划生育/);
    expect(resolveDuty(corpus, 'jgfwzx/2.1').id).toBe('sbf-2003-9/jgfwzx/2.1');
    expect(resolveDuty(corpus, '许可证/3').id).toBe('sbf-2003-9/pexkzswj/3');
    expect(resolveDuty(corpus, 'zggjdzswzx/2.P1').id).toBe('sbf-2003-9/zggjdzswzx/2.p1');
    expect(resolveTarget(corpus, 'sbf-2003-9/jgfwzx')).toMatchObject({ kind: 'unit' });
    expect(userError(() => resolveDuty(corpus, 'jgfwzx/9')).message).toMatch(/^unknown duty "9" in unit sbf-2003-9\/jgfwzx: its duties are 1, 2, 2\.1/);
  });

  it('qualifies ids with the document only when two loaded documents share a unit id', () => {
    const copy = parseCorpusText(
      'mandates: 1\nid: sbf-2003-9-b\ntitle: 另一版本\nunits:\n  - id: jgfwzx\n    name: 机关服务中心\n    duties:\n      - label: 一、\n        text: 甲。\n',
      'b.yaml',
    );
    const two = buildCorpus([...bundled, ...copy]);
    const idOf = shortIdNamer(two);
    expect(idOf(two.units.find((u) => u.id === 'sbf-2003-9/jgfwzx')!)).toBe('sbf-2003-9/jgfwzx');
    expect(idOf(two.units.find((u) => u.id === 'sbf-2003-9/pexkzswj')!)).toBe('pexkzswj');
    expect(idOf(two.duties.find((d) => d.id === 'sbf-2003-9-b/jgfwzx/1')!)).toBe('sbf-2003-9-b/jgfwzx/1');
    const err = userError(() => resolveUnit(two, 'jgfwzx'));
    expect(err.message).toBe('ambiguous unit "jgfwzx": the id belongs to 2 units; name one by its id');
    expect(resolveUnit(two, 'sbf-2003-9-b/jgfwzx').doc.id).toBe('sbf-2003-9-b');
  });
});

describe('traditional characters in a name', () => {
  it('name a unit as its simplified name does, and the other way round', () => {
    expect(resolveUnit(corpus, '許可證').key).toBe('pexkzswj');
    expect(resolveUnit(corpus, '中國國際電子商務中心').key).toBe('zggjdzswzx');
    expect(resolveDuty(corpus, '機關服務/2.1').id).toBe('sbf-2003-9/jgfwzx/2.1');
    const traditional = buildCorpus(
      parseCorpusText('mandates: 1\nid: tw-1\ntitle: 通知\nunits:\n  - id: xkz\n    name: 配額許可證事務局\n    duties:\n      - label: 一、\n        text: 甲。\n', 't.yaml'),
    );
    expect(resolveUnit(traditional, '许可证').key).toBe('xkz');
  });
});
