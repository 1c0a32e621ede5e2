import * as fs from 'node:fs';
import * as path from 'node:path';
import { VectorSpace as PreviousVectorSpace } from './baseline/vector-space-before-simd.js';
import { TopK } from '../nodes/core/store/top-k.js';
import { normalise } from '../nodes/core/store/vector-space.js';

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function randomVectors(n: number, dim: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n * dim);
  for (let i = 0; i < out.length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Writes a bench's figures to bench/results/<name>.json (git-ignored) and prints them. */
export function report(name: string, figures: Record<string, unknown>): void {
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, `${name}.json`),
    JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2),
  );
  console.log(`\n== ${name} ==`);
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(44)} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
}

/** The store's vectors as they were kept before the SIMD kernel (the baseline's own VectorSpace). */
export function previousStoreBlocks(data: Float32Array, dim: number): PreviousVectorSpace {
  const space = new PreviousVectorSpace({ size: dim, distance: 'Dot' });
  for (let row = 0; row * dim < data.length; row++) space.set(row, data.subarray(row * dim, (row + 1) * dim));
  return space;
}

/**
 * The store's scan before the SIMD kernel (its VectorSpace, kept verbatim in bench/baseline, with
 * the TopK heap as Collection.search used it): the "plain JS scan" the kernel goals are measured
 * against. Returns the rows of the k best, best first.
 */
export function previousStoreScan(
  space: PreviousVectorSpace,
  n: number,
  query: ArrayLike<number>,
  k: number,
): number[] {
  const q = Float32Array.from(query);
  normalise(q);
  const top = new TopK(k);
  space.scan(q, n, (row, score) => {
    if (score <= top.threshold) return;
    top.push(row, score);
  });
  return top.sorted().map((e) => e.row);
}

/** PUT of a JSON body to a store, failing with the status and the store's answer. */
export async function putJson(url: string, p: string, body: unknown): Promise<void> {
  const r = await fetch(`${url}${p}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`PUT ${p}: HTTP ${r.status} ${await r.text()}`);
}
