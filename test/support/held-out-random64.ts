const SPAN = 1n << 64n;

/**
 * What the held-out sets draw from a 64-bit generator: bounded integers by rejection (no modulo bias), picks,
 * chances and digit strings. Each set keeps its own generator (a different algorithm per set, so no two sets share
 * a stream); only this sampling on top of `next64` is shared.
 */
export abstract class Random64 {
  /** The generator's next 64-bit output. */
  abstract next64(): bigint;

  /** 0 <= n < bound, by rejection (no modulo bias). */
  below(bound: number): number {
    const b = BigInt(bound);
    const limit = SPAN - (SPAN % b);
    for (;;) {
      const v = this.next64();
      if (v < limit) return Number(v % b);
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)];
  }

  chance(p: number): boolean {
    return this.below(1_000_000) < p * 1_000_000;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.below(10));
    return s;
  }
}
