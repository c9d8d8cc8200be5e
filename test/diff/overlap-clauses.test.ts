// findOverlaps on small hand-made units, as a notice brings them: duties of several responsibilities joined by ；,
// clause ends typed half-width, boilerplate that every unit repeats, one unit saying a thing twice. Each case is
// checked with both candidate searches (the sketches, the default, and `exact`), which must agree.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SIMILARITY, findOverlaps, MAX_DUTIES, OverlapTooLarge, type OverlapGroup, type OverlapOptions } from '../../src/diff/overlap.js';

interface D {
  readonly unit: string;
  readonly text: string;
}
const duty = (unit: string, text: string): D => ({ unit, text });

/** The groups as `unit:clause` lists, by both searches, which must agree. */
function overlaps(duties: readonly D[], options: OverlapOptions<D> = {}): OverlapGroup<D, string>[] {
  const exact = findOverlaps<D, string>(duties, { ...options, exact: true });
  const sketched = findOverlaps<D, string>(duties, options);
  expect(sketched).toEqual(exact);
  return exact;
}
const members = (g: OverlapGroup<D, string>) => g.members.map((m) => `${m.duty.unit}:${m.clause}`);

const GUIDE = '负责“中国贸易指南”的日常运营并向企业提供信息资料';

describe('findOverlaps, clause by clause', () => {
  it('finds a responsibility shared as one clause of a longer duty, whatever mark ends the clause', () => {
    for (const end of ['；', ';', '。', '！', '!', '？', '?']) {
      const groups = overlaps([duty('外贸发展中心', `承担进出口商品的宣传推介工作${end}${GUIDE}`), duty('投资促进中心', GUIDE), duty('合作事务局', '组织对外援助项目的招标')]);
      expect(groups.map(members), `ended by ${end}`).toEqual([[`外贸发展中心:${GUIDE}`, `投资促进中心:${GUIDE}`]]);
      expect(groups[0]!.similarity).toBe(1);
    }
  });

  it('does not split a clause at a comma or an enumeration mark', () => {
    const groups = overlaps([duty('甲', `承担进出口商品的宣传推介工作，${GUIDE}`), duty('乙', GUIDE)]);
    // The whole duty is one clause, so the shared half makes it only partly alike.
    expect(groups.map(members)).toEqual([[`甲:承担进出口商品的宣传推介工作，${GUIDE}`, `乙:${GUIDE}`]]);
    expect(groups[0]!.similarity).toBeLessThan(1);
  });

  it('shows the clause as the notice prints it, without the spaces around it', () => {
    const groups = overlaps([duty('甲', `承担宣传推介工作；　 ${GUIDE} 。`), duty('乙', `  ${GUIDE}`)]);
    expect(groups.map(members)).toEqual([[`甲:${GUIDE}`, `乙:${GUIDE}`]]);
  });

  it('takes clauses that differ only in width, brackets or script as the same', () => {
    const groups = overlaps([duty('甲', '承办商办发〔2003〕9号文件规定的事项'), duty('乙', '承辦商辦發［２００３］９號文件規定的事項')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.similarity).toBe(1);
    expect(members(groups[0]!)).toEqual(['甲:承办商办发〔2003〕9号文件规定的事项', '乙:承辦商辦發［２００３］９號文件規定的事項']);
  });

  it('ignores clauses with nothing to compare (a stray number, punctuation, an empty clause)', () => {
    const groups = overlaps([duty('甲', `一、；；……；${GUIDE}；`), duty('乙', `（一）；${GUIDE}`), duty('丙', '、、；（一）')]);
    expect(groups.map(members)).toEqual([[`甲:${GUIDE}`, `乙:${GUIDE}`]]);
    // The same placeholder in two units is no shared responsibility.
    expect(overlaps([duty('甲', '……'), duty('乙', '……；（一）'), duty('丙', `${GUIDE}；……`)])).toEqual([]);
  });

  it('finds a clause of one character or two shared by two units', () => {
    expect(overlaps([duty('甲', '统计；负责外事'), duty('乙', '统计')]).map(members)).toEqual([['甲:统计', '乙:统计']]);
    expect(overlaps([duty('甲', '管；负责外事'), duty('乙', '管。')]).map(members)).toEqual([['甲:管', '乙:管']]);
  });
});

describe('findOverlaps, which units overlap', () => {
  it('is no overlap when only one unit says a thing, however often', () => {
    expect(overlaps([duty('甲', GUIDE), duty('甲', `承担宣传工作；${GUIDE}`), duty('乙', '组织对外援助项目的招标')])).toEqual([]);
    // Nearly the same words twice in one unit are no overlap either.
    expect(overlaps([duty('甲', GUIDE), duty('甲', GUIDE.replace('贸易', '投资')), duty('乙', '组织对外援助项目的招标')])).toEqual([]);
  });

  it('keeps every occurrence, one unit’s twice included, with the units in corpus order', () => {
    const groups = overlaps([duty('乙', '承担宣传工作'), duty('甲', GUIDE), duty('乙', `${GUIDE}；承担培训工作`), duty('甲', `承担联络工作；${GUIDE}`)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.units).toEqual(['甲', '乙']);
    expect(members(groups[0]!)).toEqual([`甲:${GUIDE}`, `乙:${GUIDE}`, `甲:${GUIDE}`]);
  });

  it('groups near-identical clauses of different units, reporting the least alike pair', () => {
    const trade = GUIDE;
    const invest = '负责“中国投资指南”网站的日常运营并向企业提供信息资料';
    const coop = '负责“中国合作指南”的日常运营并向企业提供信息资料';
    const all = [duty('外贸', trade), duty('投资', invest), duty('合作', coop), duty('其他', '组织对外援助项目的招标')];
    const groups = overlaps(all);
    expect(groups.map(members)).toEqual([[`外贸:${trade}`, `投资:${invest}`, `合作:${coop}`]]);
    const g = groups[0]!;
    expect(g.units).toEqual(['外贸', '投资', '合作']);
    expect(g.similarity).toBeGreaterThan(DEFAULT_MIN_SIMILARITY);
    expect(g.similarity).toBeLessThan(1);
    // The group's similarity is its least alike pair's (words weighed over the same four duties, as the group was).
    const pair = (x: number, y: number) => overlaps([all[x]!, all[y]!], { background: all })[0]!.similarity;
    const pairs = [pair(0, 1), pair(0, 2), pair(1, 2)];
    expect(Math.max(...pairs)).toBeGreaterThan(Math.min(...pairs));
    expect(g.similarity).toBe(Math.min(...pairs));
  });

  it('does not chain: a clause like two others that are unlike each other joins only one of them', () => {
    const left = '负责对外贸易统计数据的收集和分析';
    const right = '组织展览会和洽谈会的招商工作';
    const bridge = '负责对外贸易统计数据的收集并组织展览会和洽谈会的招商工作';
    const groups = overlaps([duty('甲', left), duty('乙', right), duty('丙', bridge)], { minSimilarity: 0.3 });
    for (const g of groups) expect(g.members).toHaveLength(2);
    expect(groups.length).toBeGreaterThanOrEqual(1);
    for (const g of groups) expect(members(g)).toContain(`丙:${bridge}`);
    const pair = overlaps([duty('甲', left), duty('乙', right)], { minSimilarity: 0.3 });
    expect(pair).toEqual([]);
  });

  it('orders groups by units shared, then by how alike, then by the first member', () => {
    const shared = '承办商务部交办的其他事项';
    const close = ['负责进出口商品交易会的组织工作', '负责进出口商品交易会的组织和协调工作'];
    const exactly = '开展对外经济合作的政策研究';
    const groups = overlaps([
      duty('甲', close[0]!),
      duty('甲', exactly),
      duty('乙', close[1]!),
      duty('乙', exactly),
      duty('甲', shared),
      duty('乙', shared),
      duty('丙', shared),
    ]);
    expect(groups.map(members)).toEqual([
      [`甲:${shared}`, `乙:${shared}`, `丙:${shared}`],
      [`甲:${exactly}`, `乙:${exactly}`],
      [`甲:${close[0]}`, `乙:${close[1]}`],
    ]);
    expect(groups.map((g) => g.similarity)).toEqual([1, 1, groups[2]!.similarity]);
    expect(groups[2]!.similarity).toBeLessThan(1);
    // Two groups equally alike and equally wide: the one whose first member comes first in the corpus leads.
    const tied = overlaps([duty('甲', exactly), duty('甲', shared), duty('乙', shared), duty('乙', exactly)]);
    expect(tied.map((g) => g.members[0]!.clause)).toEqual([exactly, shared]);
    const swapped = overlaps([duty('甲', shared), duty('甲', exactly), duty('乙', shared), duty('乙', exactly)]);
    expect(swapped.map((g) => g.members[0]!.clause)).toEqual([shared, exactly]);
  });
});

describe('findOverlaps, the cut-off and the background', () => {
  const trade = GUIDE;
  const invest = '受商务部委托，负责“中国投资指南”网站的日常营运并向企业提供信息资料';
  const duties = [duty('外贸', trade), duty('投资', invest), duty('其他', '组织对外援助项目的招标')];

  it('groups a pair just at the cut-off, and not just above it', () => {
    const [g] = overlaps(duties, { minSimilarity: 0.2 });
    expect(g).toBeDefined();
    const at = g!.similarity;
    expect(overlaps(duties, { minSimilarity: at - 1e-12 }).map(members)).toEqual([[`外贸:${trade}`, `投资:${invest}`]]);
    expect(overlaps(duties, { minSimilarity: at + 1e-12 })).toEqual([]);
  });

  it('at a cut-off of 1 still groups identical clauses, and above 1 nothing', () => {
    const same = [duty('甲', GUIDE), duty('乙', GUIDE), duty('丙', GUIDE.replace('贸易', '投资'))];
    expect(overlaps(same, { minSimilarity: 1 }).map(members)).toEqual([[`甲:${GUIDE}`, `乙:${GUIDE}`]]);
    expect(overlaps(same, { minSimilarity: 1.01 })).toEqual([]);
  });

  it('weighs words by how common they are in the background: boilerplate every unit repeats counts for little', () => {
    const boiler = '受商务部委托承担有关工作';
    const a = duty('甲', `${boiler}并负责展览`);
    const b = duty('乙', `${boiler}并负责培训`);
    const background = [a, b, ...['丙', '丁', '戊', '己', '庚', '辛'].map((u) => duty(u, `${boiler}并负责${u}项`))];
    const alone = overlaps([a, b]);
    expect(alone).toHaveLength(1);
    const weighed = overlaps([a, b], { background });
    // Against the background the shared words are everyone's, so the two are less alike than on their own.
    if (weighed.length > 0) expect(weighed[0]!.similarity).toBeLessThan(alone[0]!.similarity);
    const strict = overlaps([a, b], { background, minSimilarity: alone[0]!.similarity - 0.01 });
    expect(strict).toEqual([]);
  });

  it('counts a background clause with nothing comparable in it as nothing', () => {
    const a = duty('甲', GUIDE);
    const b = duty('乙', GUIDE.replace('贸易', '投资'));
    const plain = overlaps([a, b], { background: [a, b] });
    expect(overlaps([a, b], { background: [a, b, duty('丙', '一、；（二）；、')] })).toEqual(plain);
  });
});

describe('findOverlaps, refusing too much work', () => {
  it('says how many duties need how many clause pairs, and the limit', () => {
    const duties = Array.from({ length: 30 }, (_, i) => duty(`单位${i % 3}`, `负责第${i % 5}类进出口商品交易会的组织工作`));
    let error: unknown;
    try {
      findOverlaps<D, string>(duties, { exact: true, maxPairs: 5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OverlapTooLarge);
    const e = error as OverlapTooLarge;
    expect(e.name).toBe('OverlapTooLarge');
    expect(e.message).toBe(`30 duties need ${e.pairs} clause pairs compared (limit 5)`);
    expect(e.pairs).toBeGreaterThan(5);
    // The count is the work itself: a limit of exactly that many is not refused.
    expect(() => findOverlaps<D, string>(duties, { exact: true, maxPairs: e.pairs! })).not.toThrow();
    expect(() => findOverlaps<D, string>(duties, { exact: true, maxPairs: e.pairs! - 1 })).toThrow(OverlapTooLarge);
  });

  it('says how many duties are too many when the duties alone are', () => {
    const many = Array.from({ length: MAX_DUTIES + 1 }, () => duty('甲', GUIDE));
    expect(() => findOverlaps<D, string>(many)).toThrow(`${MAX_DUTIES + 1} duties (limit ${MAX_DUTIES})`);
    expect(() => findOverlaps<D, string>(many, { exact: true })).toThrow(OverlapTooLarge);
    // Exactly the limit is taken.
    const [g] = findOverlaps<D, string>([...many.slice(2), duty('乙', GUIDE)]);
    expect(g!.members).toHaveLength(MAX_DUTIES);
  });
});
