// What a reader of the notice expects at the top, query by query, over the bundled corpus.
import { describe, expect, it } from 'vitest';
import { bundledDocuments } from '../../src/cli/corpus-source.js';
import { buildCorpus } from '../../src/corpus/build-model.js';
import { buildSearchIndex, search, type MatchKind } from '../../src/search/index.js';
import { corpusFromYaml } from '../helpers/corpus.js';

const corpus = buildCorpus(await bundledDocuments());
const index = buildSearchIndex(corpus.duties);

/** Short ids (unit/path) of the hits, best first, and their kinds. */
async function ranked(query: string | string[], mode?: 'exact' | 'regex') {
  const { hits } = await search(index, Array.isArray(query) ? query : [query], { mode });
  return { ids: hits.map((h) => `${h.duty.unit.key}/${h.duty.path}`), kinds: [...new Set(hits.map((h) => h.kind))] };
}

interface Case {
  query: string;
  /** The first hits, in this order. */
  top: string[];
  kind: MatchKind;
  /** Every hit is in this unit. */
  onlyUnit?: string;
  /** Exactly this many hits. */
  count?: number;
}

const cases: Record<string, Case[]> = {
  'exact phrases, ranked by occurrences, then position, then length': [
    { query: '许可证', top: ['pexkzswj/3', 'pexkzswj/2', 'pexkzswj/6', 'pexkzswj/7', 'pexkzswj/1', 'pexkzswj/8'], kind: 'phrase', count: 6 },
    { query: '电子政务', top: ['zggjdzswzx/1.1'], kind: 'phrase', onlyUnit: 'zggjdzswzx', count: 4 },
    { query: '援外项目', top: ['gjjjhzswj/6', 'gjjjhzswj/4', 'gjjjhzswj/3', 'gjjjhzswj/7'], kind: 'phrase', onlyUnit: 'gjjjhzswj' },
    { query: '援外项目招标', top: ['gjjjhzswj/3'], kind: 'phrase', count: 1 },
    { query: '中国合作指南', top: ['gjjjhzswj/8'], kind: 'phrase', count: 1 }, // at character 84, where fuse.js gives up
    { query: '国有资产', top: ['jgfwzx/3', 'jgfwzx/2.4'], kind: 'phrase', count: 2 },
    { query: '计划生育', top: ['jgfwzx/2.1'], kind: 'phrase', count: 1 },
    { query: '金关工程', top: ['zggjdzswzx/1.4'], kind: 'phrase', count: 1 },
    { query: '进人国际市场', top: ['gjjjhzswj/8'], kind: 'phrase', count: 1 }, // the notice's own typo, kept
    { query: '经营性资产保值增值', top: ['jgfwzx/3'], kind: 'phrase', count: 1 },
  ],
  'several terms: the phrase first, then all terms apart': [
    { query: '许可证 签发', top: ['pexkzswj/3', 'pexkzswj/2', 'pexkzswj/1'], kind: 'phrase', count: 3 },
    { query: '许可证\u3000签发', top: ['pexkzswj/3', 'pexkzswj/2', 'pexkzswj/1'], kind: 'phrase', count: 3 },
    { query: '医疗 保健', top: ['jgfwzx/2.3'], kind: 'phrase', count: 1 },
    { query: '签订 援外项目 合同', top: ['gjjjhzswj/4'], kind: 'all-terms', count: 1 },
    { query: '商务部 交办', top: ['jgfwzx/5', 'wmfzzx/10', 'tzcjzx/10', 'gjjjhzswj/10', 'pexkzswj/9', 'zggjdzswzx/1.8'], kind: 'phrase' },
  ],
  'traditional, full-width, brackets and quotes fold': [
    { query: '許可證', top: ['pexkzswj/3', 'pexkzswj/2'], kind: 'phrase', count: 6 },
    { query: '電子政務', top: ['zggjdzswzx/1.1'], kind: 'phrase', count: 4 },
    { query: '國有資產', top: ['jgfwzx/3', 'jgfwzx/2.4'], kind: 'phrase', count: 2 },
    { query: '"中国贸易指南"', top: ['wmfzzx/6'], kind: 'phrase', count: 1 },
    { query: '(国家金关工程主干网)', top: ['zggjdzswzx/1.4'], kind: 'phrase', count: 1 },
    { query: '《中国外资统计》', top: ['tzcjzx/2'], kind: 'phrase', count: 1 },
    { query: 'ＸＫＺ', top: ['pexkzswj/3'], kind: 'pinyin', onlyUnit: 'pexkzswj', count: 6 },
  ],
  'typos: one character wrong, missing or extra': [
    { query: '许可正', top: ['pexkzswj/3', 'pexkzswj/2'], kind: 'homophone', count: 6 },
    { query: '投资足进', top: ['tzcjzx/3', 'tzcjzx/1'], kind: 'typo', onlyUnit: 'tzcjzx' },
    { query: '电子政府', top: ['zggjdzswzx/1.1'], kind: 'typo', count: 4 },
    { query: '医疗保险', top: ['jgfwzx/2.3'], kind: 'typo', count: 1 },
    { query: '投资进机构', top: ['tzcjzx/3', 'tzcjzx/1'], kind: 'typo', count: 2 }, // 促 missing
    { query: '援外项目招投标', top: ['gjjjhzswj/3'], kind: 'typo' }, // 投 extra
    { query: '事物', top: ['jgfwzx/2'], kind: 'homophone', count: 1 },
  ],
  'pinyin: full, initials, mixed': [
    { query: 'xukezheng', top: ['pexkzswj/3', 'pexkzswj/2'], kind: 'pinyin', onlyUnit: 'pexkzswj', count: 6 },
    { query: 'xkz', top: ['pexkzswj/3', 'pexkzswj/2'], kind: 'pinyin', onlyUnit: 'pexkzswj', count: 6 },
    { query: 'xukez', top: ['pexkzswj/3'], kind: 'pinyin', count: 6 },
    { query: 'xuke证', top: ['pexkzswj/3'], kind: 'pinyin', count: 6 },
    { query: 'dzzw', top: ['zggjdzswzx/1.1'], kind: 'pinyin', count: 4 },
    { query: 'dianzi zhengwu', top: ['zggjdzswzx/1.1'], kind: 'pinyin', count: 4 },
    { query: 'ylbj', top: ['jgfwzx/2.3'], kind: 'pinyin', count: 1 },
    { query: 'lvhua', top: ['jgfwzx/2.1'], kind: 'pinyin', count: 1 },
    { query: 'zgtzzn', top: ['tzcjzx/4', 'tzcjzx/2'], kind: 'pinyin', count: 2 },
    { query: 'DZZW', top: ['zggjdzswzx/1.1'], kind: 'pinyin', count: 4 }, // capitals: initials
    { query: 'x可证', top: ['pexkzswj/3'], kind: 'pinyin', count: 6 }, // one letter beside characters

  ],
  'long queries find their duty first': [
    { query: '受商务部委托，管理全国许可证发证机构及各种进出口商品许可证件的签发工作并监督检查', top: ['pexkzswj/1'], kind: 'phrase', count: 1 },
    { query: '负责管理全国的许可证发证机构以及各类进出口商品许可证件签发工作，并进行监督检查', top: ['pexkzswj/1'], kind: 'bigram' },
    { query: '为我国企业开拓国际市场提供服务，促进中外企业之间的交流与合作，扩大我国产品的知名度', top: ['wmfzzx/1'], kind: 'bigram' },
    { query: '承担商务部电子政务平台及各项应用系统的运行维护工作，提供技术支持', top: ['zggjdzswzx/1.2'], kind: 'bigram' },
  ],
};

describe('search quality on the bundled corpus', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      it.each(list.map((c) => [c.query, c] as const))('%s', async (_q, c) => {
        const { ids, kinds } = await ranked(c.query);
        expect(ids.slice(0, c.top.length)).toEqual(c.top);
        expect(kinds[0]).toBe(c.kind);
        if (c.count !== undefined) expect(ids).toHaveLength(c.count);
        if (c.onlyUnit) expect(ids.every((id) => id.startsWith(`${c.onlyUnit}/`))).toBe(true);
      });
    });
  }

  describe('unrelated queries find nothing rather than noise', () => {
    it.each(['航天发射', '航天', '宇宙飞船', '国家航天局负责组织实施载人航天发射任务和卫星发射的具体工作', 'abcdefg', 'qqqq'])('%s', async (q) => {
      expect((await ranked(q)).ids).toEqual([]);
    });
  });

  describe('Latin letters are pinyin only when they can mean it', () => {
    it('a lone letter matches only itself', async () => {
      expect((await ranked('x')).ids).toEqual([]); // as pinyin it hit 53 of 60 duties
      expect((await ranked('Z')).ids).toEqual([]);
      expect((await ranked(['x', '许可证'])).ids).toEqual([]);
    });

    it('capitals are initials, one character each: WTO is not 外投', async () => {
      expect((await ranked('WTO')).ids).toEqual([]);
      expect((await ranked('ＷＴＯ')).ids).toEqual([]);
      expect((await ranked('wto')).ids).toEqual(['tzcjzx/3']); // lower case reads freely: w + to(u), 境外投资
      expect((await ranked('XKZ')).ids).toEqual((await ranked('xkz')).ids);
      expect((await ranked('XUKEZHENG')).ids).toEqual([]); // not initials of anything here
    });

    it('a word of letters the corpus uses matches as written, never as pinyin', async () => {
      const labels = ['一、', '二、', '三、'];
      const yaml = (duties: string[]) =>
        `mandates: 1\nid: demo-1\ntitle: 示例\nunits:\n  - id: kfzx\n    name: 示例中心\n    duties:\n${duties.map((d, i) => `      - label: ${labels[i]}\n        text: ${d}\n`).join('')}`;
      const small = buildSearchIndex(corpusFromYaml(yaml(['承担WTO相关事务。', '负责境外投资相关事务。', '负责许可证签发。'])).duties);
      const ids = async (terms: string[]) => (await search(small, terms)).hits.map((h) => `${h.duty.path}:${h.kind}`);
      expect(await ids(['WTO'])).toEqual(['1:phrase']);
      // A typo in the other term sends the query to the fallbacks: wto still means WTO there, not 境外投资.
      expect(await ids(['wto', '相官'])).toEqual(['1:homophone']);
      expect(await ids(['JWTZ'])).toEqual(['2:pinyin']);
    });
  });

  describe('several terms mean AND in every tier', () => {
    it('two terms no duty holds together find nothing, however long (no pooled bigrams)', async () => {
      expect((await ranked(['许可证', '电子商务'])).ids).toEqual([]); // six bigram hits once, none with both
      expect((await ranked(['许可证签发数据', '电子商务标准'])).ids).toEqual([]);
      expect((await ranked(['许可证签发数据及许可证在国内外海关', '电子商务网'])).ids).toEqual([]);
    });

    it('a fallback loosens how each term matches, never drops one', async () => {
      const { hits } = await search(index, ['许可正', '签发']);
      expect(hits.map((h) => `${h.duty.unit.key}/${h.duty.path}:${h.kind}`)).toEqual(['pexkzswj/3:homophone', 'pexkzswj/2:homophone', 'pexkzswj/1:homophone']);
      for (const h of hits) expect(h.duty.text).toContain('签发');
      const typo = await search(index, ['投资足进', '世界']);
      expect(typo.hits.map((h) => `${h.duty.unit.key}/${h.duty.path}:${h.kind}`)).toEqual(['tzcjzx/3:typo']);
      expect((await ranked(['xukezheng', '电子商务'])).ids).toEqual([]);
    });

    it('a long single term still finds its duty by bigrams', async () => {
      expect((await ranked('负责管理全国的许可证发证机构以及各类进出口商品许可证件签发工作，并进行监督检查')).kinds).toEqual(['bigram']);
    });
  });

  describe('separate Latin terms are whole syllables or initials', () => {
    it('xu ke zheng finds 许可证 only, not 可…询…政 (xu as the start of xun)', async () => {
      const { hits } = await search(index, ['xu', 'ke', 'zheng']);
      expect(hits.map((h) => `${h.duty.unit.key}/${h.duty.path}`)).toEqual(['pexkzswj/3', 'pexkzswj/2', 'pexkzswj/6', 'pexkzswj/7', 'pexkzswj/1', 'pexkzswj/8']);
      expect(hits.every((h) => h.kind === 'pinyin')).toBe(true);
    });

    it('a one-syllable term is that syllable: xu is not xun', async () => {
      const xu = await search(index, ['xu']);
      for (const h of xu.hits) {
        const chars = [...h.duty.text];
        for (const s of h.spans) expect(chars.slice(s.start, s.end).join('')).not.toMatch(/[询训寻迅讯]/);
      }
      expect((await ranked('xun')).ids).toContain('wmfzzx/5'); // 咨询, written whole
    });

    it('the last syllable of a run typed as one word may be cut short, as while typing', async () => {
      expect((await ranked('xukezhen')).ids).toHaveLength(6);
      expect((await ranked('xukezh')).ids).toHaveLength(6);
      expect((await ranked(['xu', 'ke', 'zhen'])).ids).toEqual([]); // zhen alone is 镇/真…, not the start of zheng
    });
  });

  it('ranks exact hits alone: no approximate hit follows an exact one', async () => {
    expect((await ranked('进人国际市场')).kinds).toEqual(['phrase']);
    expect((await ranked('许可证')).kinds).toEqual(['phrase']);
  });

  it('tries typos only when nothing matches exactly, and says so', async () => {
    const { ids, kinds } = await ranked('进入国际市场');
    expect(ids.slice(0, 2)).toContain('gjjjhzswj/8');
    expect(kinds).toContain('typo');
  });

  it('--exact mode keeps folding but drops every fallback', async () => {
    expect((await ranked('许可正', 'exact')).ids).toEqual([]);
    expect((await ranked('許可證', 'exact')).ids).toHaveLength(6);
    expect((await ranked('xkz', 'exact')).ids).toEqual([]);
  });

  it('--regex mode matches the folded text, every pattern must match', async () => {
    expect((await ranked('许可证(件|书)', 'regex')).ids).toEqual(['pexkzswj/7', 'pexkzswj/1', 'pexkzswj/2']);
    expect((await ranked(['^承办', '事项。$'], 'regex')).ids).toHaveLength(6);
    expect((await ranked('\\(国家金关', 'regex')).ids).toEqual(['zggjdzswzx/1.4']);
  });

  it('marks every occurrence, not only the first', async () => {
    const { hits } = await search(index, ['许可证']);
    const top = hits[0]!;
    const chars = [...top.duty.text];
    expect(top.spans).toHaveLength(4);
    for (const s of top.spans) expect(chars.slice(s.start, s.end).join('')).toBe('许可证');
  });

  it('marks the typo-tolerant match whole (许可正 → 许可证), in original characters', async () => {
    const { hits } = await search(index, ['投资足进']);
    const chars = [...hits[0]!.duty.text];
    expect(hits[0]!.spans.map((s) => chars.slice(s.start, s.end).join(''))).toEqual(Array(5).fill('投资促进'));
  });
});
