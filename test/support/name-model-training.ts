import { featuresOf, isCandidate, viewOf, type NameModelData } from '../../nodes/core/privacy/name-model.js';

/** A labelled document as every set provides it. */
export interface TrainingDocument {
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** The candidate words of a set as training examples: hashed features and whether the word lies in a labelled name. */
export interface Examples {
  features: Int32Array;
  /** Example k's features are features[offsets[k], offsets[k + 1]). */
  offsets: Int32Array;
  labels: Uint8Array;
}

export const BITS = 17;

export function examplesOf(docs: TrainingDocument[], bits = BITS): Examples {
  const features: number[] = [];
  const offsets: number[] = [0];
  const labels: number[] = [];
  for (const doc of docs) {
    const names = doc.entities.filter((e) => e.type === 'PERSON');
    const view = viewOf(doc.text);
    for (let i = 0; i < view.words.length; i++) {
      if (!isCandidate(view, i)) continue;
      const w = view.words[i];
      for (const f of featuresOf(view, i, bits)) features.push(f);
      offsets.push(features.length);
      labels.push(names.some((g) => w.start < g.end && g.start < w.end) ? 1 : 0);
    }
  }
  return { features: Int32Array.from(features), offsets: Int32Array.from(offsets), labels: Uint8Array.from(labels) };
}

export interface TrainingOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
}

/**
 * Logistic regression by AdaGrad over the examples of several sets, in a fixed interleaved order
 * (no randomness: the same examples give the same weights). Each set counts by its own size.
 */
export function train(sets: Examples[], options: TrainingOptions = {}, bits = BITS): Float32Array {
  const epochs = options.epochs ?? 6;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-6;
  const weights = new Float32Array(1 << bits);
  const squares = new Float32Array(1 << bits).fill(1e-8);
  const order: [Examples, number][] = [];
  for (const set of sets) for (let k = 0; k < set.labels.length; k++) order.push([set, k]);
  // A fixed permutation (multiplicative stride coprime to the length): documents of one kind do not come in a block.
  const n = order.length;
  let stride = 7919;
  while (gcd(stride, n) !== 1) stride++;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let step = 0; step < n; step++) {
      const [set, k] = order[(step * stride + epoch) % n];
      const from = set.offsets[k];
      const to = set.offsets[k + 1];
      let z = 0;
      for (let j = from; j < to; j++) z += weights[set.features[j]];
      const p = 1 / (1 + Math.exp(-z));
      const g = p - set.labels[k];
      for (let j = from; j < to; j++) {
        const f = set.features[j];
        const grad = g + l2 * weights[f];
        squares[f] += grad * grad;
        weights[f] -= (rate * grad) / Math.sqrt(squares[f]);
      }
    }
  }
  return weights;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function modelOf(weights: Float32Array, threshold: number, bits = BITS): NameModelData {
  return { bits, threshold, weights };
}
