/**
 * How alike two duty texts are: the Dice coefficient over character bigrams.
 *
 * Why bigrams: Chinese is not written in words, and most of its words are two
 * characters long, so bigrams stand in for word overlap without a segmenter
 * (RESEARCH.md: jieba segmentation did no better than bigrams). Why not an LCS
 * ratio from the character diff: an LCS rewards any long common subsequence of
 * frequent characters (商务部…的…工作) and punishes a clause moved to another
 * place, while bigrams ignore order between words and need no diff per pair,
 * so they also work as an inverted index when every duty of a corpus is
 * compared with every other (overlap). Punctuation is left out: 、 against ，
 * says nothing about what a unit does.
 */

/** Bigram counts of a text's comparable characters; a text of one character counts that character. */
export type BigramProfile = ReadonlyMap<string, number>;

const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Punctuation and symbols, which bigrams leave out. */
export const isPunctuation = (c: string): boolean => PUNCTUATION.test(c);

export function bigramProfile(chars: readonly string[]): BigramProfile {
  const counts = new Map<string, number>();
  for (const gram of bigrams(chars)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/** The bigrams of a text's comparable characters, one per occurrence, in order (the one character of a text of one). */
export function bigrams(chars: readonly string[]): string[] {
  const kept = chars.filter((c) => !isPunctuation(c));
  if (kept.length === 1) return [kept[0]!];
  const out: string[] = [];
  for (let i = 0; i + 1 < kept.length; i++) out.push(kept[i]! + kept[i + 1]!);
  return out;
}

/**
 * 2·|A∩B| / (|A|+|B|) over bigram multisets, each bigram counted with `weight`
 * (1 unless given: overlap passes an inverse document frequency so that
 * boilerplate such as 受商务部委托 weighs less than 指南). 0 when both are empty.
 */
export function diceSimilarity(a: BigramProfile, b: BigramProfile, weight: (gram: string) => number = () => 1): number {
  let shared = 0;
  let total = 0;
  for (const [gram, n] of a) {
    const w = weight(gram);
    total += n * w;
    shared += Math.min(n, b.get(gram) ?? 0) * w;
  }
  for (const [gram, n] of b) total += n * weight(gram);
  return total === 0 ? 0 : (2 * shared) / total;
}
