// A corpus whose clauses are nearly all unrelated (a national corpus of many units reads this way: tens of thousands
// of distinct bigrams, few shared), with a few clauses copied into other units and lightly reworded. The default
// engine must find exactly the copies the exact one finds.
import { describe, expect, it } from 'vitest';
import { findOverlaps, type OverlapGroup } from '../../src/diff/overlap.js';

interface D {
  readonly unit: string;
  readonly text: string;
}

/** Deterministic (mulberry32). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(seed: number): { duties: D[]; copies: number } {
  const random = prng(seed);
  const char = () => String.fromCodePoint(0x4e00 + Math.floor(random() * 0x51a5));
  const clause = (n: number) => Array.from({ length: n }, char).join('');
  const duties: D[] = Array.from({ length: 900 }, (_, i) => ({ unit: `单位${i % 60}`, text: `${clause(14)}；${clause(12)}。` }));
  // Copies into another unit: a clause kept, with one or two characters changed, and a clause of its own beside it.
  let copies = 0;
  for (let i = 0; i < 900; i += 45) {
    const [first] = duties[i]!.text.split('；');
    const chars = [...first!];
    chars[3] = char();
    if (i % 90 === 0) chars[9] = char();
    duties.push({ unit: `单位${(i % 60) + 1}`, text: `${clause(10)}；${chars.join('')}` });
    copies++;
  }
  return { duties, copies };
}

const shape = (groups: readonly OverlapGroup<D, string>[]) => groups.map((g) => ({ similarity: g.similarity, members: g.members.map((m) => `${m.duty.unit} ${m.clause}`) }));

describe('findOverlaps on many unrelated clauses with a few reworded copies', () => {
  const { duties, copies } = corpus(14);

  it('finds every copy, and exactly what the exact search finds', () => {
    // (At 0.2 the forest has 207 trees, and 22,000 distinct bigrams are more than it precomputes variates for.)
    const exact = findOverlaps<D, string>(duties, { minSimilarity: 0.2, exact: true });
    expect(exact.filter((g) => g.members.length === 2 && g.similarity < 1)).toHaveLength(copies);
    expect(shape(findOverlaps<D, string>(duties, { minSimilarity: 0.2 }))).toEqual(shape(exact));
  });
});
