/**
 * Set 24's random numbers: Threefry-2x32 with 20 rounds (Salmon et al., "Parallel random numbers: as
 * easy as 1, 2, 3", Random123), a counter-based generator no earlier set used. Each output block is
 * the cipher of a counter (stream, step) under a key mixed from the seed, so any draw can be found
 * again from its position alone.
 */
const ROTATIONS = [13, 15, 26, 6, 17, 29, 16, 24];
const PARITY = 0x1bd11bda;

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** The Threefry-2x32 block function: two counter words under two key words, `rounds` rounds. */
export function threefry2x32(
  counter: readonly [number, number],
  key: readonly [number, number],
  rounds = 20,
): [number, number] {
  const ks = [key[0] >>> 0, key[1] >>> 0, (PARITY ^ key[0] ^ key[1]) >>> 0];
  let x0 = (counter[0] + ks[0]) >>> 0;
  let x1 = (counter[1] + ks[1]) >>> 0;
  for (let r = 0; r < rounds; r++) {
    x0 = (x0 + x1) >>> 0;
    x1 = rotl(x1, ROTATIONS[r % 8]);
    x1 = (x1 ^ x0) >>> 0;
    // Key injection after every fourth round; the injection count goes into the second word too.
    if (r % 4 === 3) {
      const s = (r + 1) / 4;
      x0 = (x0 + ks[s % 3]) >>> 0;
      x1 = (x1 + ks[(s + 1) % 3] + s) >>> 0;
    }
  }
  return [x0, x1];
}

/** A seed spread over two key words (a 32-bit finaliser, so near seeds give unrelated keys). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

export class Threefry {
  private readonly key: [number, number];
  private step = 0;
  private buffer: number[] = [];

  constructor(
    seed: number,
    private readonly stream = 0,
  ) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / 2 ** 32) >>> 0;
    this.key = [mix(lo ^ 0x24242424), mix((hi + 0x9e3779b9 + lo) >>> 0)];
  }

  nextU32(): number {
    if (this.buffer.length === 0) {
      this.buffer = threefry2x32([this.stream >>> 0, this.step >>> 0], this.key);
      this.step++;
    }
    return this.buffer.shift()!;
  }

  /** 0 <= n < bound, without modulo bias. */
  int(bound: number): number {
    const limit = Math.floor(2 ** 32 / bound) * bound;
    for (;;) {
      const x = this.nextU32();
      if (x < limit) return x % bound;
    }
  }

  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.nextU32() / 2 ** 32 < p;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}
