import { Random64 } from '../held-out-random64.js';

/** 2^48: the generator's words are 48-bit fractions, kept here as integers in [0, 2^48). */
const WORD = 2 ** 48;
/** RANLUX's luxury level 2 for doubles: 397 steps of the recursion per 12 words delivered. */
const LUXURY_2 = 397;

/**
 * Set 36's random stream: `gsl_rng_ranlxd2` of the GNU Scientific Library, Martin Lüscher's second-generation
 * RANLUX in double precision (48-bit words) at luxury level 2. No earlier set drew from it. The core is
 * Marsaglia and Zaman's subtract-with-borrow recursion on twelve 48-bit words, x_n = x_{n-5} - x_{n-12} - c
 * (mod 2^48), the borrow c becoming 1 when the difference went below zero; RANLUX's "luxury" is that of every
 * 397 steps only 12 words are delivered and the rest thrown away, which decorrelates the outputs. The words are
 * kept as integers (GSL keeps them as fractions k/2^48: the same arithmetic, exactly).
 *
 * Seeding as GSL seeds it: seed 0 means 1; the seed's low 32 bits, read as C's signed int, give 31 bits
 * (C's truncating `% 2` and `/ 2`, so a negative int gives bits of -1 and 0); a 31-bit shift register with
 * taps 0 and 18 then writes the twelve words, 48 bits each, most significant first, each bit the complement
 * of the register's bit. The read position starts at word 11 and the lag position at word 7; the first
 * output triggers a full batch of 397 steps. An output (gsl_rng_get) is the top 32 bits of a word.
 * A 64-bit draw for the shared sampling of Random64 joins two outputs.
 */
export class Ranlxd2 extends Random64 {
  private readonly words = new Array<number>(12).fill(0);
  private borrow = 0;
  private ir = 11;
  private jr = 7;
  private irOld = 0;

  constructor(seed: number) {
    super();
    // C's `int i = seed & 0xFFFFFFFF`: the low 32 bits as a signed int.
    let i = (seed === 0 ? 1 : seed) | 0;
    const bits: number[] = [];
    for (let k = 0; k < 31; k++) {
      bits.push(i % 2);
      i = Math.trunc(i / 2);
    }
    let ibit = 0;
    let jbit = 18;
    for (let k = 0; k < 12; k++) {
      let x = 0;
      for (let l = 0; l < 48; l++) {
        x = 2 * x + ((bits[ibit] + 1) % 2);
        bits[ibit] = (bits[ibit] + bits[jbit]) % 2;
        ibit = (ibit + 1) % 31;
        jbit = (jbit + 1) % 31;
      }
      this.words[k] = x;
    }
  }

  /** 397 steps of subtract-with-borrow from the current positions; the next 12 words are then delivered. */
  private batch(): void {
    let { ir, jr } = this;
    for (let k = 0; k < LUXURY_2; k++) {
      let y = this.words[jr] - this.words[ir] - this.borrow;
      if (y < 0) {
        this.borrow = 1;
        y += WORD;
      } else this.borrow = 0;
      this.words[ir] = y;
      ir = (ir + 1) % 12;
      jr = (jr + 1) % 12;
    }
    this.ir = ir;
    this.irOld = ir;
    this.jr = jr;
  }

  /** The next output (gsl_rng_get): the top 32 bits of the next delivered word. */
  next32(): number {
    this.ir = (this.ir + 1) % 12;
    if (this.ir === this.irOld) this.batch();
    return Math.floor(this.words[this.ir] / 65536);
  }

  next64(): bigint {
    return (BigInt(this.next32()) << 32n) | BigInt(this.next32());
  }
}
