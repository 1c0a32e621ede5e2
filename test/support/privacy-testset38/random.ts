import { Random64 } from '../held-out-random64.js';

const KK = 100;
const LL = 37;
const MM = 2 ** 30;
const TT = 70;
/** GSL's buffer: ran_array fills 1009 numbers at a time and hands them out one by one. */
const BUFLEN = 1009;
const modDiff = (x: number, y: number): number => (x - y) & (MM - 1);

/**
 * Set 38's random stream: `gsl_rng_knuthran2002` of the GNU Scientific Library, Knuth's lagged Fibonacci
 * generator of TAOCP vol. 2, 3rd edition, 9th printing (2002): X_j = (X_{j-100} - X_{j-37}) mod 2^30, no earlier
 * set's generator. Written from Knuth's published `rng.c` (ran_array, ran_start of 2002) and GSL's use of it:
 * ran_array fills a buffer of 1009 values from the 100-word state, the first 100 of which are handed out, one
 * output per call, and the buffer is refilled when it is used up. Seeding as ran_start: seed 0 means 314159;
 * ss = (seed + 2) & (2^30 - 2) doubled 100 times into x[], x[1]++, then the seed's bits square and shift the
 * polynomial (TT = 70 extra squarings), the state takes x[] rotated by 37, and ran_array runs ten times on 199
 * words to warm up. An output holds 30 bits; a 64-bit draw for Random64 is 30, 30 and 4 bits of three outputs.
 */
export class KnuthRan2002 extends Random64 {
  private readonly ranX = new Array<number>(KK).fill(0);
  private readonly aa = new Array<number>(BUFLEN).fill(0);
  private i = 0;

  constructor(seed: number) {
    super();
    const s = seed === 0 ? 314159 : seed;
    const x = new Array<number>(KK + KK - 1).fill(0);
    let ss = ((s + 2) % MM) & (MM - 2);
    for (let j = 0; j < KK; j++) {
      x[j] = ss;
      ss *= 2;
      if (ss >= MM) ss -= MM - 2;
    }
    x[1]++;
    ss = s % MM;
    let t = TT - 1;
    while (t) {
      for (let j = KK - 1; j > 0; j--) {
        x[j + j] = x[j];
        x[j + j - 1] = 0;
      }
      for (let j = KK + KK - 2; j >= KK; j--) {
        x[j - (KK - LL)] = modDiff(x[j - (KK - LL)], x[j]);
        x[j - KK] = modDiff(x[j - KK], x[j]);
      }
      if (ss & 1) {
        for (let j = KK; j > 0; j--) x[j] = x[j - 1];
        x[0] = x[KK];
        x[LL] = modDiff(x[LL], x[KK]);
      }
      if (ss) ss = Math.floor(ss / 2);
      else t--;
    }
    for (let j = 0; j < LL; j++) this.ranX[j + KK - LL] = x[j];
    for (let j = LL; j < KK; j++) this.ranX[j - LL] = x[j];
    for (let j = 0; j < 10; j++) this.ranArray(x, KK + KK - 1);
    this.i = 0;
  }

  /** Knuth's ran_array: n new values into aa, the state moved on past them. */
  private ranArray(aa: number[], n: number): void {
    const rx = this.ranX;
    let j = 0;
    for (; j < KK; j++) aa[j] = rx[j];
    for (; j < n; j++) aa[j] = modDiff(aa[j - KK], aa[j - LL]);
    let i = 0;
    for (; i < LL; i++, j++) rx[i] = modDiff(aa[j - KK], aa[j - LL]);
    for (; i < KK; i++, j++) rx[i] = modDiff(aa[j - KK], rx[i - LL]);
  }

  /** The next output (gsl_rng_get), in [0, 2^30 - 1]. */
  next32(): number {
    if (this.i === 0) this.ranArray(this.aa, BUFLEN);
    const v = this.aa[this.i];
    this.i = (this.i + 1) % KK;
    return v;
  }

  next64(): bigint {
    const a = BigInt(this.next32());
    const b = BigInt(this.next32());
    const c = BigInt(this.next32() & 0xf);
    return (a << 34n) | (b << 4n) | c;
  }
}
