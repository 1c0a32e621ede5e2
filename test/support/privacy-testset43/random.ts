import { Random64 } from '../held-out-random64.js';

/** GSL's seeding LCG: 69069 * n mod 2^32. */
const lcg = (n: number): number => Math.imul(69069, n) >>> 0;

/**
 * Set 43's random stream: `gsl_rng_r250` of the GNU Scientific Library, Kirkpatrick and Stoll's shift-register
 * sequence (J. Comp. Phys. 40, 517, 1981): x[n] = x[n - 103] ^ x[n - 250] on 32-bit words. No earlier set drew from
 * it (sets 41 and 42 drew from ranlxd1 and taus2). Written from the published recurrence and GSL's r250.c seeding:
 * seed 0 means 1; the 250 words are filled by s = 69069 * s (mod 2^32), one word per step; then for i = 0 … 31
 * the word k = 7i + 3 is masked to its low 32 - i bits and bit 31 - i is set, which makes the 32 columns linearly
 * independent. gsl_rng_get then returns x[i] ^= x[i >= 147 ? i - 147 : i + 103], i going round 0 … 249.
 *
 * The low bits of r250 seeded by an LCG are weak (the LCG's low bits have short periods, and the XOR recurrence
 * keeps each bit column apart), so a 64-bit draw for the shared Random64 sampling takes the HIGH 16 bits of four
 * outputs, the first highest: a bound reached by `v % bound` then mixes only well-mixed bits.
 */
export class R250 extends Random64 {
  private readonly x = new Uint32Array(250);
  private i = 0;

  constructor(seed: number) {
    super();
    let s = seed >>> 0 || 1;
    for (let k = 0; k < 250; k++) {
      s = lcg(s);
      this.x[k] = s;
    }
    let msb = 0x80000000;
    let mask = 0xffffffff;
    for (let k = 0; k < 32; k++) {
      const at = 7 * k + 3;
      this.x[at] = ((this.x[at] & mask) | msb) >>> 0;
      mask >>>= 1;
      msb >>>= 1;
    }
  }

  /** gsl_rng_get: the next 32-bit output, in [0, 2^32 - 1]. */
  next32(): number {
    const i = this.i;
    const j = i >= 147 ? i - 147 : i + 103;
    const k = (this.x[i] ^ this.x[j]) >>> 0;
    this.x[i] = k;
    this.i = i >= 249 ? 0 : i + 1;
    return k;
  }

  next64(): bigint {
    let v = 0n;
    for (let n = 0; n < 4; n++) v = (v << 16n) | BigInt(this.next32() >>> 16);
    return v;
  }
}
