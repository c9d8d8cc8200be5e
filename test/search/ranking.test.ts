// The engine's contract on small corpora made for each rule: the order a user
// sees (docs/search.md: occurrences, then first position, then length), the
// fallback tiers and their labels and scores, --regex errors, scope and limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/corpus/model.js';
import { UserError } from '../../src/errors.js';
import { buildSearchIndex, isFallback, KIND_SCORE, search, type SearchOptions } from '../../src/search/index.js';

/** A corpus of bare duties d0, d1, … with these texts. */
function corpus(...texts: string[]) {
  return buildSearchIndex(texts.map((text, i) => ({ id: `d${i}`, text }) as unknown as Duty));
}

/** The hits as `id:kind`, best first. */
async function order(texts: string[], query: string[], options: SearchOptions = {}) {
  const { hits } = await search(corpus(...texts), query, options);
  return hits.map((h) => `${h.duty.id}:${h.kind}`);
}

/** The stretches each hit marks, as text, best first. */
async function marked(texts: string[], query: string[], options: SearchOptions = {}) {
  const { hits } = await search(corpus(...texts), query, options);
  return hits.map((h) => h.spans.map((s) => [...h.duty.text].slice(s.start, s.end).join('')));
}

async function userError(run: Promise<unknown>): Promise<string> {
  const e = await run.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as Error).message;
}

describe('exact hits: more occurrences, then an earlier first one, then a shorter text', () => {
  it('more occurrences first, whatever the position or length', async () => {
    // d2 has two, starting at 2; d1 one at 0, in a short text.
    expect(await order(['负责许可证签发。', '许可证。', '管理许可证及许可证件。'], ['许可证'])).toEqual(['d2:phrase', 'd1:phrase', 'd0:phrase']);
  });

  it('as many occurrences: the earlier first occurrence first', async () => {
    expect(await order(['负责管理许可证。', '许可证管理。', '管理许可证。'], ['许可证'])).toEqual(['d1:phrase', 'd2:phrase', 'd0:phrase']);
  });

  it('as many, as early: the shorter text first', async () => {
    expect(await order(['许可证签发工作规范。', '许可证签发。', '许可证签发工作。'], ['许可证'])).toEqual(['d1:phrase', 'd2:phrase', 'd0:phrase']);
  });

  it('a full tie keeps the corpus order', async () => {
    expect(await order(['许可证甲。', '许可证乙。', '许可证丙。'], ['许可证'])).toEqual(['d0:phrase', 'd1:phrase', 'd2:phrase']);
  });

  it('several terms: the phrase before the terms apart, then occurrences of all terms together, then the earliest term', async () => {
    const texts = [
      '签发许可证。', // apart (reversed), 2 occurrences, first at 0
      '许可证签发。', // phrase
      '许可证件签发，签发。', // apart, 3 occurrences
      '核查，许可证及签发。', // apart, 2 occurrences, first at 3
      '许可证。', // one term only: no hit
    ];
    expect(await order(texts, ['许可证', '签发'])).toEqual(['d1:phrase', 'd2:all-terms', 'd0:all-terms', 'd3:all-terms']);
  });

  it('several terms apart: the earliest of their first occurrences counts', async () => {
    // d0 starts with 签发 but has 许可证 late; d1 has both early, neither first: d0's earliest is earlier.
    expect(await order(['核查许可证发证机构签发', '签发工作核查机构许可证'], ['许可证', '签发'])).toEqual(['d1:all-terms', 'd0:all-terms']);
    expect(await order(['签发工作核查机构许可证', '核查许可证发证机构签发'], ['许可证', '签发'])).toEqual(['d0:all-terms', 'd1:all-terms']);
  });

  it('a Latin and a Chinese term are also one phrase with the space between them', async () => {
    expect(await order(['负责WTO相关事务', '负责WTO 事务'], ['WTO', '事务'])).toEqual(['d1:phrase', 'd0:all-terms']);
  });

  it('several Latin terms are also one phrase with their space (trade promotion)', async () => {
    expect(await order(['promotion of trade', 'trade promotion', 'tradepromotion'], ['trade', 'promotion'])).toEqual(['d2:phrase', 'd1:phrase', 'd0:all-terms']);
  });

  it('three terms must all be there, in any order', async () => {
    const texts = ['甲乙丙', '丙甲', '乙丙甲丁', '甲乙', '丙乙', '丁丙乙甲'];
    expect(await order(texts, ['甲', '乙', '丙'])).toEqual(['d0:phrase', 'd2:all-terms', 'd5:all-terms']);
  });

  it('scores each kind: phrase and regex 1, all terms 0.9', async () => {
    const index = corpus('许可证签发。', '签发许可证。');
    const { hits } = await search(index, ['许可证', '签发']);
    expect(hits.map((h) => h.score)).toEqual([1, 0.9]);
    expect((await search(index, ['许.证'], { mode: 'regex' })).hits.map((h) => [h.kind, h.score])).toEqual([
      ['regex', 1],
      ['regex', 1],
    ]);
    expect(KIND_SCORE).toEqual({ phrase: 1, regex: 1, 'all-terms': 0.9, pinyin: 0.8, homophone: 0.7, typo: 0.6, bigram: 0.5 });
  });

  it('marks every occurrence of every term, overlapping ones as one span', async () => {
    expect(await marked(['签发许可证及许可证件，签发。'], ['许可证', '签发'])).toEqual([['签发', '许可证', '许可证', '签发']]);
    expect(await marked(['啊啊啊，啊啊'], ['啊啊'])).toEqual([['啊啊啊', '啊啊']]);
  });
});

describe('fallbacks are labelled, scored and ranked', () => {
  it('says which kinds are fallbacks', () => {
    expect(['phrase', 'all-terms', 'regex', 'pinyin', 'homophone', 'typo', 'bigram'].map((k) => isFallback(k as never))).toEqual([false, false, false, true, true, true, true]);
  });

  it('a duty is as weak a match as its weakest term, and stronger duties come first', async () => {
    const texts = [
      '许可证签发工作', // 许可正 as a homophone, 签发 as written
      '许可证签法', // 签法 a homophone of 签发 too
      '许可证签发', // as d0, shorter; as d1, later in the corpus
    ];
    expect(await order(texts, ['许可正', '签发'])).toEqual(['d1:homophone', 'd2:homophone', 'd0:homophone']);
    const hits = (await search(corpus('许可证签发', '许可证件签发', '许可正件签发'), ['许可证件', '签发'])).hits;
    expect(hits.map((h) => `${h.duty.id}:${h.kind}`)).toEqual(['d1:phrase']);
  });

  it('weakest term decides: pinyin beats homophone beats typo', async () => {
    const texts = ['电子政务许可证', '电子政务许可正', '电子政务许可单'];
    // Each duty has 电子政务 as pinyin; 许可证 exactly, as a homophone or as a typo.
    expect(await order(texts, ['dzzw', '许可证'])).toEqual(['d0:pinyin', 'd1:homophone', 'd2:typo']);
    expect(await order(texts.slice(1), ['dzzw', '许可证'])).toEqual(['d0:homophone', 'd1:typo']);
    expect(await order([...texts].reverse(), ['dzzw', '许可证'])).toEqual(['d2:pinyin', 'd1:homophone', 'd0:typo']);
    const { hits } = await search(corpus(...texts.slice(1)), ['dzzw', '许可证']);
    expect(hits.map((h) => h.score)).toEqual([0.7, 0.6]);
  });

  it('scores pinyin 0.8, homophone 0.7, typo 0.6', async () => {
    const index = corpus('许可证签发', '许可单签发');
    expect((await search(index, ['xkz'])).hits.map((h) => [h.kind, h.score])).toEqual([['pinyin', 0.8]]);
    expect((await search(index, ['许可正'])).hits.map((h) => [h.kind, h.score])).toEqual([
      ['homophone', 0.7],
      ['typo', 0.6], // 许可单: one character off 许可正
    ]);
    expect((await search(corpus('许可单签发'), ['许可证'])).hits.map((h) => [h.kind, h.score])).toEqual([['typo', 0.6]]);
  });

  it('a term found as written beats the same term as a homophone in another duty', async () => {
    // 事物 is in d1 as written, 事务 (a homophone) in d0: the exact tier wins alone.
    expect(await order(['处理事务。', '处理事物。'], ['事物'])).toEqual(['d1:phrase']);
    // Across terms: 许可正 is not in the corpus, so both are fallbacks; 签发 as written in both.
    expect(await order(['许可证签发', '许可证签发'], ['许可正', '签发'])).toEqual(['d0:homophone', 'd1:homophone']);
  });

  it('pinyin terms matched together, adjacent, come before the same terms apart', async () => {
    const texts = [
      '电子商务和政务，电子与政务，电子政府', // apart, but more occurrences and earlier
      '推进电子政务', // together
      '电子政务建设和电子政务', // together, twice
    ];
    expect(await order(texts, ['dianzi', 'zhengwu'])).toEqual(['d2:pinyin', 'd1:pinyin', 'd0:pinyin']);
    expect(await order(texts, ['dz', 'zw'])).toEqual(['d2:pinyin', 'd1:pinyin', 'd0:pinyin']);
    // Capitals are initials, together too.
    expect(await order(texts, ['DZ', 'ZW'])).toEqual(['d2:pinyin', 'd1:pinyin', 'd0:pinyin']);
    // A character term anchors the pinyin beside it.
    expect(await order(texts, ['dianzi', '政务'])).toEqual(['d2:pinyin', 'd1:pinyin', 'd0:pinyin']);
  });

  it('capital terms together are initials only, not syllables', async () => {
    // 电子 + 政务 adjacent; "DIANZI ZHENGWU" as initials would need twelve characters: no hit at all.
    expect(await order(['推进电子政务'], ['DIANZI', 'ZHENGWU'])).toEqual([]);
    // Lower case, the same letters are read freely.
    expect(await order(['推进电子政务'], ['dianzi', 'zhengwu'])).toEqual(['d0:pinyin']);
  });

  it('without Latin letters there is no together bonus: the ordinary order', async () => {
    const texts = ['电子商务和政务，电子与政务', '推进电子政府'];
    // 电子 exact in both, 政府 a typo of 政务? no: two characters make no typo. 政务 exact in d0 only.
    expect(await order(texts, ['电子', '政务'])).toEqual(['d0:all-terms']);
  });

  it('a Latin word the corpus uses is that word, and then there is no pinyin bonus', async () => {
    const texts = ['WTO事务相关，WTO事务相关', '推进WTO相关事务'];
    // 事物 is a homophone of 事务; WTO as written. d0 has more occurrences, d1 has no together bonus to jump it.
    expect(await order(texts, ['wto', '事物'])).toEqual(['d0:homophone', 'd1:homophone']);
  });

  it('nor when the Latin word is read as written and the other term as pinyin', async () => {
    // wto is in the corpus: it means WTO, and wto + shiwu is not read as one pinyin run (WTO事务 adjacent gets no bonus).
    expect(await order(['WTO相关事务，WTO相关事务', '推进WTO事务'], ['wto', 'shiwu'])).toEqual(['d0:pinyin', 'd1:pinyin']);
    // Both read as pinyin, the adjacent pair wins.
    expect(await order(['外贸相关事务，外贸相关事务', '推进外贸事务'], ['waimao', 'shiwu'])).toEqual(['d1:pinyin', 'd0:pinyin']);
  });

  it('capitals in a later term of a query typed as one string are still initials', async () => {
    // jingwai + WTO: w t o as initials needs a character read o…; wto typed in lower case is 外投 (w + to[u]).
    expect(await order(['境外投资'], ['jingwai wto'])).toEqual(['d0:pinyin']);
    expect(await order(['境外投资'], ['jingwai WTO'])).toEqual([]);
    expect(await order(['境外投资'], ['JINGWAI wto'])).toEqual([]);
  });

  it('letters beside characters are pinyin even where the corpus has them as written', async () => {
    // x光 is in d0 as written; 签法 (a homophone of 签发) sends the query to the fallbacks, where x光 still reads 新光 too.
    expect(await order(['X光检查签发', '新光检查签发'], ['x光', '签法'])).toEqual(['d0:homophone', 'd1:homophone']);
  });

  it('a lone letter is not pinyin, but beside characters it is', async () => {
    expect(await order(['许可证', 'x光'], ['x'])).toEqual(['d1:phrase']);
    expect(await order(['许可证'], ['x'])).toEqual([]);
    expect(await order(['许可证'], ['x可证'])).toEqual(['d0:pinyin']);
    expect(await order(['许可证'], ['X可证'])).toEqual(['d0:pinyin']);
    // A letter and a digit are one letter: not pinyin either (as pinyin, x1 would be 新1).
    expect(await order(['许可证', '新1号文件'], ['x1'])).toEqual([]);
    expect(await order(['许可证', '新1号文件'], ['xin1'])).toEqual(['d1:pinyin']);
  });
});

describe('how long a term may be for each fallback', () => {
  const sentence = '负责全国进出口商品许可证件的签发和管理工作'; // 21 characters

  it('a homophone is looked for in terms of up to 16 characters; past that one wrong character is a typo', async () => {
    const sixteen = [...sentence].slice(0, 16).join('');
    const seventeen = [...sentence].slice(0, 17).join('');
    const homophone = (s: string) => s.replace('证', '正');
    expect(await order([sentence], [homophone(sixteen)])).toEqual(['d0:homophone']);
    expect(await order([sentence], [homophone(seventeen)])).toEqual(['d0:typo']);
  });

  it('a typo is looked for in terms of up to 32 characters; past that the character pairs decide', async () => {
    const long = `${sentence}，并监督检查各发证机构的工作规范和签发`; // 40 characters
    const text = `${long}。`;
    const typo = (n: number) => [...long].slice(0, n).join('').replace('许', '午');
    expect(await order([text], [typo(32)])).toEqual(['d0:typo']);
    expect(await order([text], [typo(33)])).toEqual(['d0:bigram']);
  });

  it('typos need three characters: two characters one wrong would match too much', async () => {
    expect(await order(['许可证'], ['许正'])).toEqual([]);
    expect(await order(['许可证'], ['许可正'])).toEqual(['d0:homophone']);
    expect(await order(['许可单'], ['许可证'])).toEqual(['d0:typo']);
  });
});

describe('a long single term matches by character pairs', () => {
  const texts = [
    '负责管理全国许可证发证机构的工作。', // most pairs
    '负责许可证的工作。', // a few pairs
    '负责管理全国的工作。', // some
  ];

  it('needs six letters or digits, pinyin letters aside', async () => {
    // Five characters, one wrong at each end: neither a typo nor a bigram query.
    expect(await order(texts, ['午管理全园'])).toEqual([]);
    // Six: the pairs decide.
    expect((await order(texts, ['午管理全国许园'])).length).toBeGreaterThan(0);
    // Latin letters, digits typed as pinyin and punctuation do not count towards the six.
    expect(await order(texts, ['午管理全园ab'])).toEqual([]);
    expect(await order(texts, ['管理全国xy'])).toEqual([]);
    expect(await order(texts, ['管理全国，。'])).toEqual([]);
    expect(await order(texts, ['管理全国乙丙'])).toEqual(['d2:bigram', 'd0:bigram']);
  });

  it('ranks by the share of pairs found, scored 0.5 × that share, and marks the pairs', async () => {
    const query = '全面管理全国各级许可证发证机关'; // 14 pairs: 6 needed
    const own = ['管理全国各级机关。', '负责许可证的工作。', '负责管理全国许可证发证机构的工作。'];
    const { hits } = await search(corpus(...own), [query]);
    // d2 shares 管理 理全 全国 许可 可证 证发 发证 证机 (8 of 14), d0 管理 理全 全国 国各 各级 机关 (6), d1 two.
    expect(hits.map((h) => [h.duty.id, h.kind, h.score])).toEqual([
      ['d2', 'bigram', 0.286],
      ['d0', 'bigram', 0.214],
    ]);
    expect(await marked(own, [query])).toEqual([
      ['管理全国', '许可证发证机'],
      ['管理全国各级', '机关'],
    ]);
  });

  it('needs at least three shared pairs, and 40 % of a long query', async () => {
    // 8 pairs: 40 % is 3.2, so 4 needed; d2 shares 3 (管理 理全 全国).
    expect(await order(texts, ['甲管理全国乙丙丁戊'])).toEqual([]);
    expect(await order(texts, ['甲管理全国许乙丙丁'])).toEqual(['d0:bigram']);
    // A short query: 5 pairs, 40 % is 2, but never fewer than 3.
    expect(await order(texts, ['午管理全园甲'])).toEqual([]);
    expect(await order(texts, ['午管理全国甲'])).toEqual(['d2:bigram', 'd0:bigram']); // 3 each: the shorter first
  });

  it('is only for one term: several terms are AND', async () => {
    expect(await order(texts, ['全面管理全国各级', '许可证发证机关'])).toEqual([]);
  });

  it('an exact or typo hit of the same duty is not listed again as a bigram', async () => {
    const { hits } = await search(corpus('负责管理全国许可证发证机构的工作。', '负责管理全国许可证的工作。'), ['管理全国许可证发证机关']);
    expect(hits.map((h) => `${h.duty.id}:${h.kind}`)).toEqual(['d0:typo', 'd1:bigram']);
  });
});

describe('--regex', () => {
  const texts = ['许可证件和许可证书。', '许可证。', '核发许可证件。', '電子許可證'];

  it('each pattern must match; ranked like exact hits, by matches, first match, length', async () => {
    expect(await order(texts, ['许可证(件|书)'], { mode: 'regex' })).toEqual(['d0:regex', 'd2:regex']);
    expect(await order(texts, ['许可证', '件'], { mode: 'regex' })).toEqual(['d0:regex', 'd2:regex']);
    expect(await order(texts, ['许可证'], { mode: 'regex' })).toEqual(['d0:regex', 'd1:regex', 'd3:regex', 'd2:regex']);
    expect(await marked(texts, ['许可证(件|书)'], { mode: 'regex' })).toEqual([['许可证件', '许可证书'], ['许可证件']]);
  });

  it('several patterns: the earliest of their first matches counts', async () => {
    expect(await order(['丙乙甲丙丙', '甲丙丙丙乙'], ['甲', '乙'], { mode: 'regex' })).toEqual(['d1:regex', 'd0:regex']);
    expect(await order(['甲丙丙丙乙', '丙乙甲丙丙'], ['甲', '乙'], { mode: 'regex' })).toEqual(['d0:regex', 'd1:regex']);
  });

  it('traditional characters in the pattern fold like the text; the rest is regex syntax, case-insensitive', async () => {
    expect(await order(texts, ['電子許可'], { mode: 'regex' })).toEqual(['d3:regex']);
    expect(await order(texts, ['^许可证。$'], { mode: 'regex' })).toEqual(['d1:regex']);
    expect(await order(['WTO事务', 'wto事务'], ['Wto'], { mode: 'regex' })).toEqual(['d0:regex', 'd1:regex']);
  });

  it('an empty pattern alone matches nothing useful: an error', async () => {
    const index = corpus(...texts);
    expect(await userError(search(index, [], { mode: 'regex' }))).toBe('empty query: give at least one regular expression');
    expect(await userError(search(index, [''], { mode: 'regex' }))).toBe('empty query: give at least one regular expression');
    expect(await userError(search(index, ['', ''], { mode: 'regex' }))).toBe('empty query: give at least one regular expression');
    // An empty one beside a real one matches everywhere: the real one decides.
    expect(await order(texts, ['', '书'], { mode: 'regex' })).toEqual(['d0:regex']);
  });

  it('a bad pattern is one line naming it and what is wrong', async () => {
    const index = corpus(...texts);
    expect(await userError(search(index, ['许可证('], { mode: 'regex' }))).toBe('bad regular expression "许可证(": Unterminated group');
    expect(await userError(search(index, ['许可', '[证'], { mode: 'regex' }))).toBe('bad regular expression "[证": Unterminated character class');
    expect(await userError(search(index, ['*'], { mode: 'regex' }))).toBe('bad regular expression "*": Nothing to repeat');
  });

  it('a pattern that can match empty text marks only real matches', async () => {
    expect(await marked(['许可证件'], ['证?'], { mode: 'regex' })).toEqual([['证']]);
  });
});

describe('queries, scope and limit', () => {
  it('a blank query is an error', async () => {
    const index = corpus('许可证');
    expect(await userError(search(index, ['  ', '\u3000']))).toBe('empty query: give at least one search term');
    expect(await userError(search(index, []))).toBe('empty query: give at least one search term');
  });

  it('spaces of any kind separate terms', async () => {
    expect(await order(['签发许可证', '许可证签发'], ['许可证\u3000 签发'])).toEqual(['d1:phrase', 'd0:all-terms']);
    expect(await order(['签发许可证', '许可证签发'], [' 许可证 ', '签发\t'])).toEqual(['d1:phrase', 'd0:all-terms']);
  });

  it('include limits the hits and the total, in every mode and tier', async () => {
    const texts = ['许可证一', '许可证二', '许可证三', '许可单四'];
    const index = corpus(...texts);
    const include = (d: Duty) => d.id !== 'd1';
    const ids = async (query: string[], options: SearchOptions) => {
      const r = await search(index, query, { include, ...options });
      return [r.hits.map((h) => h.duty.id), r.total];
    };
    expect(await ids(['许可证'], {})).toEqual([['d0', 'd2'], 2]);
    expect(await ids(['许可', '证'], {})).toEqual([['d0', 'd2'], 2]);
    expect(await ids(['许可证'], { mode: 'regex' })).toEqual([['d0', 'd2'], 2]);
    expect(await ids(['xkz'], {})).toEqual([['d0', 'd2'], 2]);
    expect(await ids(['许可正'], {})).toEqual([['d0', 'd2', 'd3'], 3]); // d3: 许可单, a typo
    expect(await ids(['许可证四'], { include: (d: Duty) => d.id !== 'd3' })).toEqual([['d0', 'd1', 'd2'], 3]); // typos, d3 out of scope
    expect(await ids(['许可证', '一'], { include: (d: Duty) => d.id !== 'd0' })).toEqual([[], 0]);
    // An exact match out of scope does not count: the fallbacks run inside the scope.
    expect(await ids(['许可单'], { include: (d: Duty) => d.id !== 'd3' })).toEqual([['d0', 'd1', 'd2'], 3]);
    expect(await ids(['许可单'], {})).toEqual([['d3'], 1]);
  });

  it('includeUnit narrows to units, asked once a unit, and combines with include', async () => {
    const units = ['kfzx', 'wmfzzx', 'tzcjzx'].map((key) => ({ key }));
    const texts = ['许可证一', '许可证二', '许可证三', '许可证四', '许可单五'];
    const index = buildSearchIndex(texts.map((text, i) => ({ id: `d${i}`, text, unit: units[i % 3] }) as unknown as Duty));
    const asked: string[] = [];
    const includeUnit = (unit: { key: string }) => {
      asked.push(unit.key);
      return unit.key !== 'wmfzzx';
    };
    const ids = async (query: string[], options: SearchOptions) => {
      const r = await search(index, query, options);
      return [r.hits.map((h) => h.duty.id), r.total];
    };
    expect(await ids(['许可证'], { includeUnit: includeUnit as never })).toEqual([['d0', 'd2', 'd3'], 3]);
    expect(asked.sort()).toEqual(['kfzx', 'tzcjzx', 'wmfzzx']);
    expect(await ids(['许可证'], { includeUnit: includeUnit as never, include: (d) => d.id !== 'd0' })).toEqual([['d2', 'd3'], 2]);
    expect(await ids(['许可正'], { includeUnit: ((u: { key: string }) => u.key === 'wmfzzx') as never })).toEqual([['d1', 'd4'], 2]);
  });

  it('limit keeps the best, in order, and total counts them all', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `${'许可证'.repeat(1 + ((i * 7) % 5))}${'的'.repeat(i % 3)}`);
    const index = corpus(...texts);
    const all = (await search(index, ['许可证'])).hits.map((h) => h.duty.id);
    expect(all).toHaveLength(40);
    for (const limit of [0, 1, 3, 4, 5, 10, 39, 40, 100]) {
      const r = await search(index, ['许可证'], { limit });
      expect(r.total).toBe(40);
      expect(r.hits.map((h) => h.duty.id)).toEqual(all.slice(0, limit));
    }
  });

  it('limit gives the head of the full order on any corpus, ties included', async () => {
    // Many hits and a small limit: the best few are picked from a bounded heap rather than by sorting them all.
    const text = fc.record({ count: fc.integer({ min: 1, max: 6 }), pad: fc.integer({ min: 0, max: 4 }), lead: fc.boolean() }).map(({ count, pad, lead }) => `${lead ? '签发' : ''}${'许可证'.repeat(count)}${'的'.repeat(pad)}`);
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 20, maxLength: 60 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(['许可证'], ['许可', '签发'], ['许可正']), async (texts, limit, query) => {
        const index = corpus(...texts);
        const all = await search(index, query);
        const some = await search(index, query, { limit });
        expect(some.total).toBe(all.total);
        expect(some.hits.map((h) => h.duty.id)).toEqual(all.hits.slice(0, limit).map((h) => h.duty.id));
      }),
      { numRuns: 150 },
    );
  });
});
