import { Random64 } from '../held-out-random64.js';
/**
 * Set 30's random stream: PCG64 DXSM, the generator NumPy names `PCG64DXSM`, in BigInt arithmetic. No
 * earlier set drew from it. A 128-bit LCG with the "cheap" 64-bit multiplier 0xda942042e4dd58b5
 * (state = state * CHEAP + inc mod 2^128); the output is taken from the state BEFORE the step by the
 * DXSM ("double xorshift multiply") permutation: hi ^= hi >> 32; hi *= CHEAP; hi ^= hi >> 48;
 * hi *= (lo | 1), all mod 2^64. The stream is seeded directly by its state and (odd) increment, as
 * NumPy's `bit_generator.state = {'state': {'state': S, 'inc': I}}` sets them.
 */
const MASK64 = (1n << 64n) - 1n;
const MASK128 = (1n << 128n) - 1n;
/** PCG_CHEAP_MULTIPLIER_128 of NumPy's pcg64.h. */
const CHEAP = 0xda942042e4dd58b5n;

export class PCG64DXSM extends Random64 {
  private state: bigint;
  private readonly inc: bigint;

  /** The raw state and increment (the increment made odd, as an LCG increment must be). */
  constructor(state: number | bigint, inc: number | bigint = 1n) {
    super();
    this.state = BigInt(state) & MASK128;
    this.inc = (BigInt(inc) | 1n) & MASK128;
  }

  /** DXSM of the current state, then one LCG step. */
  next64(): bigint {
    const s = this.state;
    this.state = (s * CHEAP + this.inc) & MASK128;
    let hi = s >> 64n;
    const lo = (s & MASK64) | 1n;
    hi ^= hi >> 32n;
    hi = (hi * CHEAP) & MASK64;
    hi ^= hi >> 48n;
    return (hi * lo) & MASK64;
  }
}
