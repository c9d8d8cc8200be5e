/**
 * What the bounds that cut a comparison short (and the prefixes, and the size ratio) leave as a margin under what a
 * pair needs: a sum rounds differently from a total summed in another order, so a pair exactly at the cut-off (texts
 * of the same bigrams, at 1) could fall a hair under an exact bound and be dropped. The similarity itself is then
 * compared with the cut-off exactly.
 */
export const BOUND_SLACK = 1 - 2 ** -40;

/** Pairs of clause texts at least the cut-off alike (i, j, similarity), in the order a candidate search found them. */
export class EdgeList {
  i = new Int32Array(1024);
  j = new Int32Array(1024);
  similarity = new Float64Array(1024);
  count = 0;

  push(i: number, j: number, similarity: number): void {
    if (this.count === this.i.length) {
      this.i = grow(this.i, new Int32Array(2 * this.count));
      this.j = grow(this.j, new Int32Array(2 * this.count));
      this.similarity = grow(this.similarity, new Float64Array(2 * this.count));
    }
    this.i[this.count] = i;
    this.j[this.count] = j;
    this.similarity[this.count++] = similarity;
  }
}

function grow<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
