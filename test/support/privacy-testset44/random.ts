import { Random64 } from '../held-out-random64.js';

const TWO24 = 16_777_216;

/**
 * Set 44's random stream: `gsl_rng_ranmar` of the GNU Scientific Library, Marsaglia, Zaman and Tsang's RANMAR
 * (Stat. Prob. Lett. 9, 35, 1990): a lagged-Fibonacci subtraction u[i] - u[j] mod 2^24 over 97 words, combined
 * with an arithmetic sequence c - 7654321 mod (2^24 - 3). No earlier set drew from it (set 43 drew from r250, sets
 * 41 and 42 from ranlxd1 and taus2). Written from the published algorithm and GSL's ranmar.c seeding: the seed s
 * is split into ij = s / 30082 and kl = s % 30082, which give the four starting values i, j, k, l of a lagged
 * Fibonacci and a congruential generator; each of the 97 words takes 24 bits, a bit set when (l * m) % 64 >= 32;
 * then i = 96, j = 32, carry = 362436. gsl_rng_get returns 24-bit values in [0, 2^24 - 1].
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs: 24 + 24 bits and the high 16 bits of the third.
 */
export class Ranmar extends Random64 {
  private readonly u = new Int32Array(97);
  private i = 96;
  private j = 32;
  private carry = 362_436;

  constructor(seed: number) {
    super();
    const s = seed >>> 0;
    const ij = Math.floor(s / 30082);
    const kl = s % 30082;
    let i = (Math.floor(ij / 177) % 177) + 2;
    let j = (ij % 177) + 2;
    let k = (Math.floor(kl / 169) % 178) + 1;
    let l = kl % 169;
    for (let a = 0; a < 97; a++) {
      let sum = 0;
      let t = TWO24;
      for (let b = 0; b < 24; b++) {
        const m = (((i * j) % 179) * k) % 179;
        i = j;
        j = k;
        k = m;
        l = (53 * l + 1) % 169;
        t >>>= 1;
        if ((l * m) % 64 >= 32) sum += t;
      }
      this.u[a] = sum;
    }
  }

  /** gsl_rng_get: the next 24-bit output, in [0, 2^24 - 1]. */
  next24(): number {
    let delta = this.u[this.i] - this.u[this.j];
    if (delta < 0) delta += TWO24;
    this.u[this.i] = delta;
    this.i = this.i === 0 ? 96 : this.i - 1;
    this.j = this.j === 0 ? 96 : this.j - 1;
    this.carry -= 7_654_321;
    if (this.carry < 0) this.carry += TWO24 - 3;
    delta -= this.carry;
    if (delta < 0) delta += TWO24;
    return delta;
  }

  next64(): bigint {
    const a = BigInt(this.next24());
    const b = BigInt(this.next24());
    const c = BigInt(this.next24() >>> 8);
    return (a << 40n) | (b << 16n) | c;
  }
}
