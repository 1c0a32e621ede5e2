import { Random64 } from '../held-out-random64.js';
/**
 * Set 29's random stream: SFC64, Chris Doty-Humphrey's Small Fast Chaotic generator (64-bit variant,
 * PractRand's sfc64), in BigInt arithmetic. No earlier set drew from it. State a, b, c and a counter;
 * each step outputs tmp = a + b + counter, then counter += 1, a = b ^ (b >> 11), b = c + (c << 3),
 * c = rotl(c, 24) + tmp (all mod 2^64). Seeded as the reference seeds it: a, b, c from the seed,
 * counter 1, and 12 outputs discarded.
 */
const MASK64 = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & MASK64;

export class SFC64 extends Random64 {
  private a: bigint;
  private b: bigint;
  private c: bigint;
  private counter: bigint;

  /** The seeded stream: a, b, c as given, counter 1, twelve rounds discarded. */
  constructor(a: number | bigint, b: number | bigint = 0x2901_2026n, c: number | bigint = 0x5fc6_4a29n) {
    super();
    this.a = BigInt(a) & MASK64;
    this.b = BigInt(b) & MASK64;
    this.c = BigInt(c) & MASK64;
    this.counter = 1n;
    for (let i = 0; i < 12; i++) this.next64();
  }

  /** A stream from a raw state, nothing discarded (for the known-answer test against NumPy). */
  static fromState(a: bigint, b: bigint, c: bigint, counter: bigint): SFC64 {
    const r = new SFC64(0n);
    r.a = a;
    r.b = b;
    r.c = c;
    r.counter = counter;
    return r;
  }

  next64(): bigint {
    const tmp = (this.a + this.b + this.counter) & MASK64;
    this.counter = (this.counter + 1n) & MASK64;
    this.a = this.b ^ (this.b >> 11n);
    this.b = (this.c + (this.c << 3n)) & MASK64;
    this.c = (rotl(this.c, 24n) + tmp) & MASK64;
    return tmp;
  }
}
