/**
 * Philox4x32-10 (Salmon, Moraes, Dror and Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC
 * 2011): a counter-based generator. Each block of four 32-bit outputs is ten rounds of a keyed
 * bijection of a 128-bit counter; the stream is the blocks of counters 0, 1, 2, … under one key.
 * No earlier set used it. The 32x32 -> 64-bit products are split into 16-bit halves so that every
 * step stays an exact JavaScript number.
 */
const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;

/** The high 32 bits of a * b (both unsigned 32-bit). */
function mulHi(a: number, b: number): number {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const bLo = b & 0xffff;
  const bHi = b >>> 16;
  const lolo = aLo * bLo;
  const mid1 = aHi * bLo;
  const mid2 = aLo * bHi;
  const carry = ((lolo >>> 16) + (mid1 & 0xffff) + (mid2 & 0xffff)) >>> 16;
  return (aHi * bHi + (mid1 >>> 16) + (mid2 >>> 16) + carry) >>> 0;
}

/** One Philox4x32-10 block: the counter's four words under the key's two. */
export function philoxBlock(counter: readonly number[], key: readonly number[]): number[] {
  let [c0, c1, c2, c3] = counter.map((x) => x >>> 0);
  let [k0, k1] = key.map((x) => x >>> 0);
  for (let round = 0; round < 10; round++) {
    if (round > 0) {
      k0 = (k0 + W0) >>> 0;
      k1 = (k1 + W1) >>> 0;
    }
    const hi0 = mulHi(M0, c0);
    const lo0 = Math.imul(M0, c0) >>> 0;
    const hi1 = mulHi(M1, c2);
    const lo1 = Math.imul(M1, c2) >>> 0;
    [c0, c1, c2, c3] = [(hi1 ^ c1 ^ k0) >>> 0, lo1, (hi0 ^ c3 ^ k1) >>> 0, lo0];
  }
  return [c0, c1, c2, c3];
}

/** The seed spread over the two key words by this set's own mixing (xor-shift-multiply); never both zero. */
function keyOf(seed: number): [number, number] {
  let h = (seed >>> 0) ^ 0x5be0cd19;
  const spread = (x: number): number => {
    x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
    x = Math.imul(x ^ (x >>> 12), 0x297a2d39);
    return (x ^ (x >>> 15)) >>> 0;
  };
  h = spread(h + Math.floor(seed / 2 ** 32));
  const k0 = spread(h ^ 0x6a09e667);
  const k1 = spread(k0 + 0x3c6ef372);
  return k0 === 0 && k1 === 0 ? [0x243f6a88, 0x85a308d3] : [k0, k1];
}

export class Philox {
  private readonly key: [number, number];
  private counter = 0;
  private block: number[] = [];

  constructor(seed: number) {
    this.key = keyOf(seed);
  }

  nextU32(): number {
    if (this.block.length === 0) {
      // The counter's upper words stay zero: 2^32 blocks are far more than any set draws.
      this.block = philoxBlock([this.counter, 0, 0, 0], this.key).reverse();
      this.counter = (this.counter + 1) >>> 0;
    }
    return this.block.pop() as number;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.nextU32() / 2 ** 32) * n);
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
