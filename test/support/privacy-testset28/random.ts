import { Random64 } from '../held-out-random64.js';
/**
 * Set 28's random stream: PCG64, the XSL-RR 128/64 generator of M. E. O'Neill's pcg-c
 * (`pcg64_srandom_r` / `pcg64_random_r`, i.e. pcg_setseq_128_xsl_rr_64), in BigInt arithmetic. No
 * earlier set drew from it. The 128-bit state advances by the LCG step state * MULT + inc; the output
 * of the NEW state is (high 64 ^ low 64) rotated right by the state's top six bits.
 */
const MASK64 = (1n << 64n) - 1n;
const MASK128 = (1n << 128n) - 1n;
/** PCG_DEFAULT_MULTIPLIER_128 of pcg-c. */
const MULT = 0x2360ed051fc65da44385df649fccf645n;

export class PCG64 extends Random64 {
  private state = 0n;
  private readonly inc: bigint;

  /** pcg64_srandom_r(initstate, initseq): the stream is chosen by the odd increment (initseq << 1) | 1. */
  constructor(initstate: number | bigint = 42n, initseq: number | bigint = 54n) {
    super();
    this.inc = ((BigInt(initseq) << 1n) | 1n) & MASK128;
    this.step();
    this.state = (this.state + (BigInt(initstate) & MASK128)) & MASK128;
    this.step();
  }

  private step(): void {
    this.state = (this.state * MULT + this.inc) & MASK128;
  }

  /** pcg64_random_r: advance, then output XSL-RR of the new state. */
  next64(): bigint {
    this.step();
    const s = this.state;
    const value = ((s >> 64n) ^ s) & MASK64;
    const rot = s >> 122n;
    return ((value >> rot) | (value << ((64n - rot) & 63n))) & MASK64;
  }
}
