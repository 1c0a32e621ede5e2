import { Random64 } from '../held-out-random64.js';

const DEG = 63;
const SEP = 1;

/** One step of the minimal standard LCG 16807·s mod (2^31 − 1) by Schrage's method, as glibc2_initialize writes it. */
function schrage(s: number): number {
  const h = Math.floor(s / 127_773);
  const t = 16_807 * (s - h * 127_773) - h * 2_836;
  return t < 0 ? t + 2_147_483_647 : t;
}

/**
 * Set 50's random stream: `gsl_rng_random256_glibc2` of the GNU Scientific Library, glibc's `random()` with a
 * 256-byte state (TYPE_4: an additive lagged-Fibonacci generator of degree 63, separation 1) as GSL's random.c
 * implements it. No earlier set drew from it (set 49 drew from ran1, set 48 from ranlux, set 47 from taus113, set 46
 * from ran2). Seeded as GSL seeds it: a seed of 0 becomes 1; x[0] = seed, x[1..62] each the LCG step of the one
 * before (Schrage, q = 127773, r = 2836); the front pointer i = 1, the rear j = 0; then 10 × 63 outputs are thrown
 * away. Each output: x[i] += x[j] (C `long`, wrapping; only its low 32 bits reach an output, so they are kept as
 * uint32 here); k = (x[i] >> 1) & 0x7FFFFFFF; i and j step on modulo 63. gsl_rng_get returns k, in [0, 2^31 − 1].
 *
 * A 64-bit draw for the shared Random64 sampling is three outputs: 22 + 22 + 20 of their top bits (of 31).
 */
export class Random256Glibc2 extends Random64 {
  private readonly x = new Uint32Array(DEG);
  private i = SEP;
  private j = 0;

  constructor(seed: number) {
    super();
    let s = seed === 0 ? 1 : seed;
    this.x[0] = s;
    for (let k = 1; k < DEG; k++) {
      s = schrage(s);
      this.x[k] = s;
    }
    for (let k = 0; k < 10 * DEG; k++) this.next();
  }

  /** gsl_rng_get: the next output, in [0, 2147483647]. */
  next(): number {
    this.x[this.i] = (this.x[this.i] + this.x[this.j]) >>> 0;
    const k = (this.x[this.i] >>> 1) & 0x7fff_ffff;
    this.i = this.i + 1 === DEG ? 0 : this.i + 1;
    this.j = this.j + 1 === DEG ? 0 : this.j + 1;
    return k;
  }

  next64(): bigint {
    const a = BigInt(this.next()) >> 9n;
    const b = BigInt(this.next()) >> 9n;
    const c = BigInt(this.next()) >> 11n;
    return (a << 42n) | (b << 20n) | c;
  }
}
