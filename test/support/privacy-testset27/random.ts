import { Random64 } from '../held-out-random64.js';
/**
 * Set 27's random stream: MT19937-64, the 64-bit Mersenne Twister of Matsumoto and Nishimura (the
 * engine C++ calls std::mt19937_64), in BigInt arithmetic. No earlier set drew from it. A seed and a
 * stream number are mixed by this set's own mixer (below) into the 64-bit seed of init_genrand64.
 */
const MASK = (1n << 64n) - 1n;
const N = 312;
const M = 156;
const MATRIX_A = 0xb5026f5aa96619e9n;
const UPPER = 0xffffffff80000000n;
const LOWER = 0x7fffffffn;

/** This set's seed mixer: multiply-xorshift rounds over the seed and the stream, odd constants of its own. */
export function mixSeed(seed: number | bigint, stream = 0): bigint {
  let x = (BigInt(seed) ^ (BigInt(stream) * 0xd1342543de82ef95n)) & MASK;
  for (const k of [0x9fb21c651e98df25n, 0xc2b2ae3d27d4eb4fn, 0x2127599bf4325c37n]) {
    x = ((x ^ (x >> 31n)) * k) & MASK;
    x ^= x >> 27n;
  }
  return x;
}

export class MT64 extends Random64 {
  private readonly mt: bigint[] = new Array<bigint>(N);
  private mti = N + 1;

  /** From a number: mixed with the stream by `mixSeed`; from a bigint: that exact 64-bit seed (init_genrand64). */
  constructor(seed: number | bigint = 5489n, stream?: number) {
    super();
    this.initGenrand(typeof seed === 'bigint' && stream === undefined ? seed : mixSeed(seed, stream ?? 0));
  }

  private initGenrand(seed: bigint): void {
    this.mt[0] = seed & MASK;
    for (let i = 1; i < N; i++) {
      const p = this.mt[i - 1];
      this.mt[i] = (6364136223846793005n * (p ^ (p >> 62n)) + BigInt(i)) & MASK;
    }
    this.mti = N;
  }

  /** The reference's init_by_array64 (for its published known answer only). */
  static fromArray(key: bigint[]): MT64 {
    const r = new MT64(19650218n);
    const mt = r.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = ((mt[i] ^ ((p ^ (p >> 62n)) * 3935559000370003845n)) + key[j] + BigInt(j)) & MASK;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = ((mt[i] ^ ((p ^ (p >> 62n)) * 2862933555777941757n)) - BigInt(i)) & MASK;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 1n << 63n;
    return r;
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const x = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
      let xa = x >> 1n;
      if (x & 1n) xa ^= MATRIX_A;
      mt[i] = mt[(i + M) % N] ^ xa;
    }
    this.mti = 0;
  }

  next64(): bigint {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++];
    y ^= (y >> 29n) & 0x5555555555555555n;
    y ^= (y << 17n) & 0x71d67fffeda60000n;
    y ^= (y << 37n) & 0xfff7eee000000000n;
    y ^= y >> 43n;
    return y & MASK;
  }
}
