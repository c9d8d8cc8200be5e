// Pinyin terms whose pattern would be too large are matched by walking the text instead
// (matchers.ts: pinyinWalker). The two must agree: same duties, same first match, same marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/corpus/model.js';
import { pinyinMatcher, pinyinWalker } from '../../src/search/matchers.js';
import { loadPinyinTable } from '../../src/search/pinyin-table.js';
import { buildSearchIndex } from '../../src/search/search-index.js';

const table = await loadPinyinTable();
const chars = [...'西安先生许可证政府事务绿化调研中国出差女行长20号第a'];
const syllables = ['xi', 'an', 'xian', 'sheng', 'xu', 'ke', 'zheng', 'zh', 'fu', 'shi', 'sh', 'wu', 'lv', 'lu', 'hua', 'tiao', 'diao', 'yan', 'zhong', 'guo', 'chu', 'ch', 'chai', 'nv', 'nu', 'xing', 'hang', 'chang', 'zhang', '2', '0', 'hao', 'di', 'x', 'k', 'z', 'g', 'ha', 'zhe', 'a', '证', '国'];

describe('the walking pinyin matcher', () => {
  it('finds what the pattern finds: the same duties, first matches and marks', () => {
    const text = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    const term = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), term, fc.boolean(), (texts, q, initialsOnly) => {
        const index = buildSearchIndex(texts.map((t, i) => ({ id: `d${i}`, text: t }) as unknown as Duty));
        const pattern = pinyinMatcher(index, q, table, { initialsOnly });
        const walker = pinyinWalker(q, table, initialsOnly ? 1 : 6);
        const tally = walker.tally(index);
        if (pattern === null) {
          expect(tally.duties).toEqual([]);
          return;
        }
        const expected = pattern.tally(index);
        expect(tally.duties).toEqual(expected.duties);
        expect(tally.firsts).toEqual(expected.firsts);
        for (const d of expected.duties) expect(walker.find(index.folded(d))).toEqual(pattern.find(index.folded(d)));
      }),
      { numRuns: 400 },
    );
  });
});
