import { Random64 } from '../held-out-random64.js';

const MASK = 0xffffffff;

/** One Tausworthe step of GSL's taus.c: (((s & c) << d) ^ (((s << a) ^ s) >> b)), all on 32 unsigned bits. */
const step = (s: number, a: number, b: number, c: number, d: number): number =>
  ((((s & c) << d) & MASK) ^ ((((s << a) & MASK) ^ s) >>> b)) >>> 0;

/** GSL's seeding LCG: 69069 * n mod 2^32. */
const lcg = (n: number): number => Math.imul(69069, n) >>> 0;

/**
 * Set 42's random stream: `gsl_rng_taus2` of the GNU Scientific Library, L'Ecuyer's maximally equidistributed
 * combined Tausworthe generator (1996, with the improved seeding of his 1999 note that GSL names taus2). No
 * earlier set drew from it (sets 33, 35 and 41 drew from mrg, ran3 and ranlxd1). Written from the published
 * algorithm: three 32-bit components s1, s2, s3 advanced by
 *   s1 = ((s1 & 0xFFFFFFFE) << 12) ^ (((s1 << 13) ^ s1) >> 19)
 *   s2 = ((s2 & 0xFFFFFFF8) << 4) ^ (((s2 << 2) ^ s2) >> 25)
 *   s3 = ((s3 & 0xFFFFFFF0) << 17) ^ (((s3 << 3) ^ s3) >> 11)
 * and the output s1 ^ s2 ^ s3. Seeding as GSL's taus2: seed 0 means 1; s1 = 69069 * seed, s2 = 69069 * s1, s3 =
 * 69069 * s2 (mod 2^32), each raised past its component's forbidden small values (s1 >= 2, s2 >= 8, s3 >= 16),
 * then six outputs are discarded to warm it up. A 64-bit draw for the shared Random64 sampling is two outputs, the
 * first high.
 */
export class Taus2 extends Random64 {
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    super();
    const s = seed >>> 0 || 1;
    this.s1 = lcg(s);
    if (this.s1 < 2) this.s1 += 2;
    this.s2 = lcg(this.s1);
    if (this.s2 < 8) this.s2 += 8;
    this.s3 = lcg(this.s2);
    if (this.s3 < 16) this.s3 += 16;
    for (let i = 0; i < 6; i++) this.next32();
  }

  /** gsl_rng_get: the next 32-bit output, in [0, 2^32 - 1]. */
  next32(): number {
    this.s1 = step(this.s1, 13, 19, 0xfffffffe, 12);
    this.s2 = step(this.s2, 2, 25, 0xfffffff8, 4);
    this.s3 = step(this.s3, 3, 11, 0xfffffff0, 17);
    return (this.s1 ^ this.s2 ^ this.s3) >>> 0;
  }

  next64(): bigint {
    const hi = BigInt(this.next32());
    return (hi << 32n) | BigInt(this.next32());
  }
}
