/**
 * Vectors shaped like real embeddings: a few hundred Gaussian clusters around random unit
 * centres, each point its centre plus isotropic noise (then normalised by cosine collections).
 * Uniform random vectors are nearly equidistant in high dimensions, which flatters (or breaks)
 * approximate search; clustered data has near neighbours to find, as a document corpus does.
 * Deterministic for a seed, so figures and failures reproduce.
 */
export function clusteredVectors(
  n: number,
  dim: number,
  options: { clusters?: number; spread?: number; seed?: number } = {},
): Float32Array {
  const clusters = options.clusters ?? 300;
  const spread = options.spread ?? 0.35;
  const gauss = gaussian(options.seed ?? 1);
  const centres = new Float32Array(clusters * dim);
  for (let c = 0; c < clusters; c++) {
    const centre = centres.subarray(c * dim, (c + 1) * dim);
    for (let i = 0; i < dim; i++) centre[i] = gauss();
    const norm = Math.hypot(...centre);
    for (let i = 0; i < dim; i++) centre[i] /= norm;
  }
  // Noise per component so that the noise vector's length is about `spread` (the centre's is 1).
  const sigma = spread / Math.sqrt(dim);
  const out = new Float32Array(n * dim);
  for (let p = 0; p < n; p++) {
    const c = Math.floor(((p * 2654435761) >>> 0) % clusters);
    for (let i = 0; i < dim; i++) out[p * dim + i] = centres[c * dim + i] + sigma * gauss();
  }
  return out;
}

/** Standard normal numbers (Box-Muller over a linear congruential generator). */
function gaussian(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 1) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
