import { Random64 } from '../held-out-random64.js';

/** L'Ecuyer, Blouin and Couture's modulus and multipliers, with Schrage's q = m / a and r = m % a. */
const M = 2147483647;
const A1 = 107374182;
const Q1 = 20;
const R1 = 7;
const A5 = 104480;
const Q5 = 20554;
const R5 = 1727;

/**
 * Set 33's random stream: `gsl_rng_mrg` of the GNU Scientific Library, the fifth-order multiple recursive
 * generator of P. L'Ecuyer, F. Blouin and R. Couture ("A search for good multiple recursive random number
 * generators", ACM TOMACS 3(2), 1993): x_n = (a1 x_{n-1} + a5 x_{n-5}) mod (2^31 - 1) with a1 = 107374182 and
 * a5 = 104480, each product formed by Schrage's method so no intermediate leaves 32 signed bits. No earlier
 * set drew from it. Seeded as GSL seeds it: seed 0 means 1; x1 … x5 are the successive values of the
 * congruence s = 69069 s mod 2^32, each reduced mod m; then six outputs are discarded ("warm up").
 * An output lies in [0, 2^31 - 2]; a 64-bit draw for the shared sampling of Random64 is the low 22, 22 and
 * 20 bits of three outputs (the low bits of a value so near uniform over 2^31 - 1 are uniform to 1 in 2^31).
 */
export class Mrg extends Random64 {
  private x1 = 0;
  private x2 = 0;
  private x3 = 0;
  private x4 = 0;
  private x5 = 0;

  constructor(seed: number) {
    super();
    let s = seed >>> 0 || 1;
    const lcg = () => (s = Math.imul(69069, s) >>> 0);
    this.x1 = lcg() % M;
    this.x2 = lcg() % M;
    this.x3 = lcg() % M;
    this.x4 = lcg() % M;
    this.x5 = lcg() % M;
    for (let i = 0; i < 6; i++) this.next32();
  }

  /** The next output (gsl_rng_get), in [0, 2^31 - 2]. */
  next32(): number {
    const h5 = Math.trunc(this.x5 / Q5);
    let p5 = A5 * (this.x5 - h5 * Q5) - h5 * R5;
    if (p5 > 0) p5 -= M;
    const h1 = Math.trunc(this.x1 / Q1);
    let p1 = A1 * (this.x1 - h1 * Q1) - h1 * R1;
    if (p1 < 0) p1 += M;
    this.x5 = this.x4;
    this.x4 = this.x3;
    this.x3 = this.x2;
    this.x2 = this.x1;
    let x = p1 + p5;
    if (x < 0) x += M;
    this.x1 = x;
    return x;
  }

  next64(): bigint {
    const a = BigInt(this.next32() & 0x3fffff);
    const b = BigInt(this.next32() & 0x3fffff);
    const c = BigInt(this.next32() & 0xfffff);
    return (a << 42n) | (b << 20n) | c;
  }
}
