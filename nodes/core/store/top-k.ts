/**
 * Keeps the k best (row, score) pairs seen so far in a binary min-heap on `goodness`, so the
 * worst kept entry is at the root and a scan costs O(n log k).
 */
export class TopK {
  private readonly rows: Int32Array;
  private readonly goodness: Float64Array;
  private count = 0;

  constructor(readonly k: number) {
    this.rows = new Int32Array(k);
    this.goodness = new Float64Array(k);
  }

  get full(): boolean {
    return this.count === this.k;
  }

  /** The goodness an entry must beat to get in once the heap is full. */
  get threshold(): number {
    return this.count === this.k ? this.goodness[0] : -Infinity;
  }

  push(row: number, goodness: number): void {
    if (this.k === 0) return;
    if (this.count < this.k) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.goodness[parent] <= goodness) break;
        this.rows[i] = this.rows[parent];
        this.goodness[i] = this.goodness[parent];
        i = parent;
      }
      this.rows[i] = row;
      this.goodness[i] = goodness;
      return;
    }
    if (goodness <= this.goodness[0]) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && this.goodness[right] < this.goodness[left] ? right : left;
      if (this.goodness[child] >= goodness) break;
      this.rows[i] = this.rows[child];
      this.goodness[i] = this.goodness[child];
      i = child;
    }
    this.rows[i] = row;
    this.goodness[i] = goodness;
  }

  /** Entries best first. */
  sorted(): { row: number; goodness: number }[] {
    const out: { row: number; goodness: number }[] = [];
    for (let i = 0; i < this.count; i++) out.push({ row: this.rows[i], goodness: this.goodness[i] });
    return out.sort((a, b) => b.goodness - a.goodness || a.row - b.row);
  }
}
