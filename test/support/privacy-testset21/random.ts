/**
 * WELL512a (Panneton, L'Ecuyer and Matsumoto 2006): sixteen 32-bit words of state, period 2^512 - 1.
 * No earlier set used it. The state is filled from the seed by this set's own mixing (a 32-bit
 * xorshift-multiply hash of the seed and the word's index), and a state of all zeros, from which
 * WELL never leaves, is replaced by a fixed word.
 */
export class Well512a {
  private readonly state = new Uint32Array(16);
  private index = 0;

  constructor(seed: number) {
    let h = (seed >>> 0) ^ 0x2545f491;
    for (let i = 0; i < 16; i++) {
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
      h = (h ^ (h >>> 15) ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0;
      this.state[i] = h;
    }
    if (this.state.every((w) => w === 0)) this.state[0] = 0x6d2b79f5;
    // The first outputs still carry the mixing's pattern: run the recurrence a while before use.
    for (let i = 0; i < 64; i++) this.nextU32();
  }

  /** A generator started from the given sixteen state words (for checking the recurrence). */
  static fromState(words: readonly number[]): Well512a {
    const g = new Well512a(0);
    g.state.set(words.map((w) => w >>> 0));
    g.index = 0;
    return g;
  }

  /** The next 32-bit output: the published WELL512a recurrence. */
  nextU32(): number {
    const s = this.state;
    let a = s[this.index];
    let c = s[(this.index + 13) & 15];
    const b = (a ^ (a << 16) ^ c ^ (c << 15)) >>> 0;
    c = s[(this.index + 9) & 15];
    c = (c ^ (c >>> 11)) >>> 0;
    a = s[this.index] = (b ^ c) >>> 0;
    const d = (a ^ ((a << 5) & 0xda442d24)) >>> 0;
    this.index = (this.index + 15) & 15;
    a = s[this.index];
    s[this.index] = (a ^ b ^ d ^ (a << 2) ^ (b << 18) ^ (c << 28)) >>> 0;
    return s[this.index];
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}
