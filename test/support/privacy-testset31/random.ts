import { Random64 } from '../held-out-random64.js';

/** Ziff's taps (GSL's A, B, C, D) and the state size 2^14 (the smallest power of two above D). */
const TAPS = [471, 1586, 6988, 9689] as const;
const M = 16383;

/**
 * Set 31's random stream: `gsl_rng_gfsr4` of the GNU Scientific Library, Ziff's four-tap generalised
 * feedback shift register (R. M. Ziff, "Four-tap shift-register-sequence random-number generators",
 * Computers in Physics 12(4), 1998): ra[n] = ra[n-471] ^ ra[n-1586] ^ ra[n-6988] ^ ra[n-9689] over 32-bit
 * words, kept in a ring of 2^14 words. No earlier set drew from it. Seeded as GSL seeds it: seed 0 means
 * 4357; every word of the ring is built bit by bit, most significant first, from the top bit of the
 * congruence s = 69069 s mod 2^32; then 32 words (k = 7 + 3i) are "orthogonalised" (bits left of the
 * diagonal cleared, the diagonal bit set) and the ring position starts at 32. A 64-bit draw is two
 * outputs, the first the high half, for the shared sampling of Random64.
 */
export class Gfsr4 extends Random64 {
  private readonly ra = new Uint32Array(M + 1);
  private nd: number;

  constructor(seed: number) {
    super();
    let s = seed >>> 0 || 4357;
    for (let i = 0; i <= M; i++) {
      let t = 0;
      for (let j = 0; j < 32; j++) {
        s = Math.imul(69069, s) >>> 0;
        if (s & 0x80000000) t |= 0x80000000 >>> j;
      }
      this.ra[i] = t >>> 0;
    }
    let mask = 0xffffffff;
    let msb = 0x80000000;
    for (let i = 0; i < 32; i++) {
      const k = 7 + i * 3;
      this.ra[k] = ((this.ra[k] & mask) | msb) >>> 0;
      mask >>>= 1;
      msb >>>= 1;
    }
    this.nd = 32;
  }

  /** The next 32-bit output (gsl_rng_get). */
  next32(): number {
    this.nd = (this.nd + 1) & M;
    const n = this.nd;
    let v = 0;
    for (const tap of TAPS) v ^= this.ra[(n + M + 1 - tap) & M];
    this.ra[n] = v >>> 0;
    return this.ra[n];
  }

  next64(): bigint {
    const hi = BigInt(this.next32());
    return (hi << 32n) | BigInt(this.next32());
  }
}
