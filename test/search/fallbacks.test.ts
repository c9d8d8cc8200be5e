// What each fallback accepts and marks (docs/search.md), on small corpora made for each rule.
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../src/corpus/model.js';
import { buildSearchIndex, search } from '../../src/search/index.js';

function corpus(...texts: string[]) {
  return buildSearchIndex(texts.map((text, i) => ({ id: `d${i}`, text }) as unknown as Duty));
}

/** Per hit, best first: `id:kind` and the marked stretches of its text. */
async function found(texts: string[], query: string[]) {
  const { hits } = await search(corpus(...texts), query);
  return hits.map((h) => `${h.duty.id}:${h.kind} ${h.spans.map((s) => [...h.duty.text].slice(s.start, s.end).join('')).join('|')}`);
}

describe('typo: one character wrong, missing or extra', () => {
  it('wrong: any one character of the term', async () => {
    expect(await found(['核发许可证书。'], ['许可证件'])).toEqual(['d0:typo 许可证书']);
    expect(await found(['核发许可证书。'], ['午可证书'])).toEqual(['d0:typo 许可证书']);
    expect(await found(['核发许可证书。'], ['许可午书'])).toEqual(['d0:typo 许可证书']);
  });

  it('missing or extra, in terms of four characters or more; the match is marked whole', async () => {
    expect(await found(['促进投资机构'], ['投资机构门'])).toEqual(['d0:typo 投资机构']);
    expect(await found(['促进投资机构'], ['促进资机构'])).toEqual(['d0:typo 促进投资机构']);
    expect(await found(['促进投资机构'], ['促进投资机械构'])).toEqual(['d0:typo 促进投资机构']);
    expect(await found(['核发许可书。'], ['许可证书'])).toEqual(['d0:typo 许可书']); // four characters: one may be missing
  });

  it('three characters: wrong only, never missing or extra', async () => {
    expect(await found(['负责许证工作'], ['许可证'])).toEqual([]);
    expect(await found(['许可证'], ['许证'])).toEqual([]); // two characters: no typo at all
  });

  it('never across two duties', async () => {
    expect(await found(['负责许可', '证书工作'], ['许可证书'])).toEqual([]);
  });

  it('regex syntax in a term is just characters', async () => {
    expect(await found(['负责签发工作'], ['签发|管理'])).toEqual([]);
    expect(await found(['负责签发|管理工作'], ['签发|管里'])).toEqual(['d0:typo 签发|管理']);
    expect(await found(['负责签发工作'], ['签发.*工'])).toEqual([]);
    expect(await found(['负责(签发)工作'], ['(签发]工'])).toEqual(['d0:typo (签发)工']);
  });
});

describe('homophone: characters that read alike, position by position', () => {
  it('needs two characters or more', async () => {
    expect(await found(['正式'], ['证'])).toEqual([]);
    expect(await found(['正式'], ['证式'])).toEqual(['d0:homophone 正式']);
  });

  it('only Chinese characters have homophones', async () => {
    expect(await found(['证2'], ['正2'])).toEqual([]);
    expect(await found(['事务所', '事物'], ['事务'])).toEqual(['d0:phrase 事务']);
  });

  it('every polyphone reading counts (调: tiao and diao)', async () => {
    expect(await found(['组织调研'], ['掉研'])).toEqual(['d0:homophone 调研']);
    expect(await found(['组织调研'], ['条研'])).toEqual(['d0:homophone 调研']);
  });
});

describe('pinyin', () => {
  it("an apostrophe between syllables is allowed (xi'an)", async () => {
    expect(await found(['西安'], ["xi'an"])).toEqual(['d0:pinyin 西安']);
  });

  it("an apostrophe is a syllable boundary: xi'an is 西安, never 先; xian is either", async () => {
    const texts = ['领先地位', '西安分部', '档案管理'];
    expect(await found(texts, ["xi'an"])).toEqual(['d1:pinyin 西安']);
    expect(await found(texts, ['xi’an'])).toEqual(['d1:pinyin 西安']); // the typographic apostrophe folds to '
    expect(await found(texts, ['xian'])).toEqual(['d1:pinyin 西安', 'd0:pinyin 先']);
    // Initials or a syllable's start on either side still read freely: x'an, xi'a.
    expect(await found(texts, ["x'an"])).toEqual(['d1:pinyin 西安']);
    expect(await found(texts, ["dang'an"])).toEqual(['d2:pinyin 档案']);
    expect(await found(texts, ["dan'gan"])).toEqual([]);
  });

  it('ü is typed v or u', async () => {
    expect(await found(['绿化'], ['lvhua'])).toEqual(['d0:pinyin 绿化']);
    expect(await found(['绿化'], ['luhua'])).toEqual(['d0:pinyin 绿化']);
  });

  it('zh, ch and sh are initials like single letters', async () => {
    expect(await found(['政府事务', '中国'], ['zhfshw'])).toEqual(['d0:pinyin 政府事务']);
    expect(await found(['出差事务'], ['chchsw'])).toEqual(['d0:pinyin 出差事务']);
    expect(await found(['政府事务'], ['zhengfushiwu'])).toEqual(['d0:pinyin 政府事务']);
    // Any other piece inside a run is a whole syllable: zhe is not the start of zheng here.
    expect(await found(['政府事务'], ['zhefushiwu'])).toEqual([]);
  });

  it('digits and characters in a term match themselves', async () => {
    expect(await found(['第20号令', '第2号令'], ['di20hao'])).toEqual(['d0:pinyin 第20号']);
    expect(await found(['许可证', '许可正'], ['xuke证'])).toEqual(['d0:pinyin 许可证']);
  });

  it('a match never runs across two duties', async () => {
    expect(await found(['负责许可', '证书'], ['xukezheng'])).toEqual([]);
  });

  it('a pinyin run of only one kind of syllable is still marked whole', async () => {
    expect(await found(['先先先', '先先'], ['xianxianxian'])).toEqual(['d0:pinyin 先先先']);
  });
});

describe('the character-pair fallback marks the pairs it shares', () => {
  it('counts distinct pairs of letters and digits: punctuation and repeated pairs change nothing', async () => {
    const texts = ['负责对外事务。', '许可证件的管理，许可证件签发', '承办交办事项。'];
    const score = async (query: string) => (await search(corpus(...texts), [query])).hits.map((h) => [h.duty.id, h.kind, h.score]);
    // 6 pairs: 许可 可证 证件 件管 管理 理全; d1 shares 许可 可证 证件 管理: 0.5 × 4/6.
    expect(await score('许可证件管理全')).toEqual([['d1', 'bigram', 0.333]]);
    expect(await score('许可证件，管理全')).toEqual([['d1', 'bigram', 0.333]]);
    // 许可 twice: 6 distinct pairs (许可 可许 可证 证件 件管 管理), d1 shares 4.
    expect(await score('许可许可证件管理')).toEqual([['d1', 'bigram', 0.333]]);
  });


  it('one term of six characters or more, pairs inside the duty only', async () => {
    expect(await found(['负责管理全国许可证工作', '全国管理'], ['管理全国各级许可证'])).toEqual(['d0:bigram 管理全国|许可证']);
  });
});
