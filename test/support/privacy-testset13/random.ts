/**
 * Widynski's Middle Square Weyl Sequence (msws32): the middle of a square, kept from short cycles by a
 * Weyl sequence added on every step. 64-bit state in BigInt (slow, but a test set draws a few thousand numbers).
 */
const MASK = (1n << 64n) - 1n;
const WEYL_STEP = 0xb5ad4eceda1ce2a9n;

export function msws32(seed: number): () => number {
  let x = 0n;
  let w = 0n;
  const s = (BigInt(seed >>> 0) * 0x9e3779b97f4a7c15n + WEYL_STEP) | 1n;
  const next = (): number => {
    x = (x * x) & MASK;
    w = (w + s) & MASK;
    x = (x + w) & MASK;
    x = ((x >> 32n) | (x << 32n)) & MASK;
    return Number(x & 0xffffffffn) / 2 ** 32;
  };
  for (let i = 0; i < 8; i++) next();
  return next;
}

/** Draws on top of one msws32 stream. */
export class Draw {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = msws32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}
