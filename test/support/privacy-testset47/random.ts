import { Random64 } from '../held-out-random64.js';

/** One component of the combined generator: z = ((z & mask) << s) ^ (((z << q) ^ z) >> r), all in 32 bits. */
const step = (z: number, q: number, r: number, mask: number, s: number): number => {
  const b = (((z << q) ^ z) >>> 0) >>> r;
  return ((((z & mask) >>> 0) << s) ^ b) >>> 0;
};

/** GSL's LCG for seeding: 69069 * n mod 2^32. */
const lcg = (n: number): number => Math.imul(69_069, n) >>> 0;

/**
 * Set 47's random stream: `gsl_rng_taus113` of the GNU Scientific Library, L'Ecuyer's (1999) maximally
 * equidistributed combined Tausworthe generator of four components (period about 2^113). No earlier set drew from it
 * (set 46 drew from ran2, set 45 from ranlxs0, set 44 from ranmar, set 43 from r250). Seeded as GSL's taus113.c seeds
 * it: a seed of 0 becomes 1; z1 = 69069·s mod 2^32 (plus 2 when below 2), z2 = 69069·z1 (plus 8 when below 8), z3 =
 * 69069·z2 (plus 16 when below 16), z4 = 69069·z3 (plus 128 when below 128); then ten draws are thrown away. Each draw
 * steps the four components (shifts 6/13/18, 2/27/2, 13/21/7, 3/12/13 with masks 0xFFFFFFFE, 0xFFFFFFF8, 0xFFFFFFF0,
 * 0xFFFFFF80) and returns their exclusive or, a 32-bit value (gsl_rng_get).
 *
 * A 64-bit draw for the shared Random64 sampling is two outputs, the first as the high half.
 */
export class Taus113 extends Random64 {
  private z1: number;
  private z2: number;
  private z3: number;
  private z4: number;

  constructor(seed: number) {
    super();
    let s = seed >>> 0;
    if (s === 0) s = 1;
    this.z1 = lcg(s);
    if (this.z1 < 2) this.z1 += 2;
    this.z2 = lcg(this.z1);
    if (this.z2 < 8) this.z2 += 8;
    this.z3 = lcg(this.z2);
    if (this.z3 < 16) this.z3 += 16;
    this.z4 = lcg(this.z3);
    if (this.z4 < 128) this.z4 += 128;
    for (let i = 0; i < 10; i++) this.next();
  }

  /** gsl_rng_get: the next output, in [0, 2^32 - 1]. */
  next(): number {
    this.z1 = step(this.z1, 6, 13, 0xfffffffe, 18);
    this.z2 = step(this.z2, 2, 27, 0xfffffff8, 2);
    this.z3 = step(this.z3, 13, 21, 0xfffffff0, 7);
    this.z4 = step(this.z4, 3, 12, 0xffffff80, 13);
    return (this.z1 ^ this.z2 ^ this.z3 ^ this.z4) >>> 0;
  }

  next64(): bigint {
    const hi = BigInt(this.next());
    return (hi << 32n) | BigInt(this.next());
  }
}
