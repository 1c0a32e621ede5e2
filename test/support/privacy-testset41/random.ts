import { Random64 } from '../held-out-random64.js';

/** The twelve words are 48-bit fractions of GSL, held here as the integers k of k / 2^48. */
const MOD48 = 281474976710656;
/** Luxury level 1 for doubles: the recursion runs 202 times for every 12 words handed out. */
const STEPS_PER_BATCH = 202;
const WORDS = 12;

/**
 * Set 41's random stream: `gsl_rng_ranlxd1` of the GNU Scientific Library, Lüscher's second-generation RANLUX in
 * double precision at luxury level 1 (sets 36 and 39 drew from ranlxd2 and ranlxs1, set 40 from ranlux389; no set
 * drew from ranlxd1). Written from the published algorithm: Marsaglia and Zaman's subtract-with-borrow
 * x_n = x_{n-5} - x_{n-12} - c (mod 2^48) on twelve 48-bit words, c = 1 after a difference below zero; a batch of
 * 202 steps is computed and only the last 12 words are delivered.
 *
 * Seeding as GSL's ranlxd_set: seed 0 means 1; the low 32 bits of the seed as C's signed int are spread into 31
 * bits (C's truncating remainder and division); a 31-bit shift register (taps 0 and 18) writes 48 bits per word,
 * most significant first, each bit the complement of the register's. Reading begins after word 11 with the lag at
 * word 7, so the first output runs a batch. gsl_rng_get is the double times 2^32, i.e. a word's top 32 bits. A
 * 64-bit draw for the shared Random64 sampling is two outputs, the first high.
 */
export class Ranlxd1 extends Random64 {
  private readonly x: number[] = [];
  private carry = 0;
  private read = 11;
  private lag = 7;
  private batchEnd = 0;

  constructor(seed: number) {
    super();
    let s = (seed === 0 ? 1 : seed) | 0;
    const reg: number[] = [];
    while (reg.length < 31) {
      reg.push(s % 2);
      s = Math.trunc(s / 2);
    }
    let a = 0;
    let b = 18;
    for (let w = 0; w < WORDS; w++) {
      let word = 0;
      for (let bit = 0; bit < 48; bit++) {
        // The complement of the register's bit, as GSL writes it: (bit + 1) % 2 (a negative seed's -1 gives 0).
        word = word * 2 + ((reg[a] + 1) % 2);
        reg[a] = (reg[a] + reg[b]) % 2;
        a = (a + 1) % 31;
        b = (b + 1) % 31;
      }
      this.x.push(word);
    }
  }

  private runBatch(): void {
    let i = this.read;
    let j = this.lag;
    for (let n = 0; n < STEPS_PER_BATCH; n++) {
      let d = this.x[j] - this.x[i] - this.carry;
      this.carry = d < 0 ? 1 : 0;
      if (d < 0) d += MOD48;
      this.x[i] = d;
      i = i === WORDS - 1 ? 0 : i + 1;
      j = j === WORDS - 1 ? 0 : j + 1;
    }
    this.read = i;
    this.batchEnd = i;
    this.lag = j;
  }

  /** gsl_rng_get: the next word's top 32 bits, in [0, 2^32 - 1]. */
  next32(): number {
    this.read = (this.read + 1) % WORDS;
    if (this.read === this.batchEnd) this.runBatch();
    return Math.floor(this.x[this.read] / 65536);
  }

  next64(): bigint {
    const hi = BigInt(this.next32());
    return (hi << 32n) | BigInt(this.next32());
  }
}
