import { Random64 } from '../held-out-random64.js';

/** The state length and the middle distance of TT800. */
const N = 25;
const M = 7;
/** The twist matrix's last row (the "magic vector a"). */
const MAG = 0x8ebfd028;
/** GSL's state for seed 0: the 25 words of Matsumoto and Kurita's own tt800.c. */
const SEED_ZERO = [
  0x95f24dab, 0x0b685215, 0xe76ccae7, 0xaf3ec239, 0x715fad23, 0x24a590ad, 0x69e4b5ef, 0xbf456141, 0x96bc1b7b,
  0xa7bdf825, 0xc1de75b7, 0x8858a9c9, 0x2da87693, 0xb657f9dd, 0xffdc8a9f, 0x8121da71, 0x8b823ecb, 0x885d05f5,
  0x4e20cd47, 0x5a9ad5d9, 0x512c0c03, 0xea857ccd, 0x4cc1d30f, 0x8891a8a1, 0xa6b7aadb,
];

/**
 * Set 34's random stream: `gsl_rng_tt800` of the GNU Scientific Library, the twisted generalised feedback
 * shift register TT800 of M. Matsumoto and Y. Kurita ("Twisted GFSR generators II", ACM TOMACS 4(3), 1994),
 * in its 1996 form with the extra tempering y ^= y >> 16. 25 words of 32 bits; when all are used, each
 * word becomes x[i + 7] ^ (x[i] >> 1) ^ (x[i] odd ? a : 0) (indexes mod 25), then an output is the word
 * tempered by y ^= (y << 7) & 0x2b5b2500, y ^= (y << 15) & 0xdb8b0000, y ^= y >> 16. No earlier set drew
 * from it. Seeded as GSL seeds it: seed 0 takes the original program's 25 words; any other seed s gives
 * x[0] = s, x[i] = 69069 x[i-1] mod 2^32, and the first output is x[0] tempered (no twist before it).
 * A 64-bit draw for the shared sampling of Random64 is two outputs, the first high.
 */
export class Tt800 extends Random64 {
  private readonly x = new Uint32Array(N);
  private n = 0;

  constructor(seed: number) {
    super();
    const s = seed >>> 0;
    if (s === 0) this.x.set(SEED_ZERO);
    else {
      this.x[0] = s;
      for (let i = 1; i < N; i++) this.x[i] = Math.imul(69069, this.x[i - 1]);
    }
  }

  /** The next output (gsl_rng_get), in [0, 2^32 - 1]. */
  next32(): number {
    const x = this.x;
    if (this.n >= N) {
      for (let i = 0; i < N; i++) x[i] = x[(i + M) % N] ^ (x[i] >>> 1) ^ (x[i] & 1 ? MAG : 0);
      this.n = 0;
    }
    let y = x[this.n++];
    y ^= (y << 7) & 0x2b5b2500;
    y ^= (y << 15) & 0xdb8b0000;
    y ^= y >>> 16;
    return y >>> 0;
  }

  next64(): bigint {
    const hi = BigInt(this.next32());
    return (hi << 32n) | BigInt(this.next32());
  }
}
