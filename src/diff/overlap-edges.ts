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
