import {
  candidatesOf,
  contextFeatures,
  keyOf,
  namesFound,
  wordFeatures,
  type NameModelData,
} from '../../nodes/core/privacy/name-model.js';
import { privacyCorpus } from './privacy-corpus.js';
import './pin-labelled-year.js';
import { privacyDevset } from './privacy-devset.js';
import { privacyTestSet } from './privacy-testset/index.js';
import { privacyTestSet2 } from './privacy-testset2/index.js';
import { privacyTestSet3 } from './privacy-testset3/index.js';
import { privacyTestSet4 } from './privacy-testset4/index.js';
import { privacyTestSet5 } from './privacy-testset5/index.js';
import { privacyTestSet6 } from './privacy-testset6/index.js';
import { privacyTestSet7 } from './privacy-testset7/index.js';
import { privacyTestSet8 } from './privacy-testset8/index.js';
import { privacyTestSet9 } from './privacy-testset9/index.js';
import { privacyTestSet10 } from './privacy-testset10/index.js';
import { privacyTestSet11 } from './privacy-testset11/index.js';
import { privacyTestSet12 } from './privacy-testset12/index.js';
import { privacyTestSet13 } from './privacy-testset13/index.js';
import { privacyTestSet14 } from './privacy-testset14/index.js';
import { privacyTestSet15 } from './privacy-testset15/index.js';
import { privacyTestSet16 } from './privacy-testset16/index.js';
import { privacyTestSet17 } from './privacy-testset17/index.js';
import { privacyTestSet18 } from './privacy-testset18/index.js';
import { privacyTestSet19 } from './privacy-testset19/index.js';
import { privacyTestSet20 } from './privacy-testset20/index.js';
import { privacyTestSet21 } from './privacy-testset21/index.js';
import { privacyTestSet22 } from './privacy-testset22/index.js';
import { privacyTestSet23 } from './privacy-testset23/index.js';
import { privacyTestSet24 } from './privacy-testset24/index.js';
import { privacyTestSet25 } from './privacy-testset25/index.js';
import { privacyTestSet26 } from './privacy-testset26/index.js';
import { privacyTestSet27 } from './privacy-testset27/index.js';
import { privacyTestSet28 } from './privacy-testset28/index.js';
import { privacyTestSet29 } from './privacy-testset29/index.js';
import { privacyTestSet30 } from './privacy-testset30/index.js';
import { privacyTestSet31 } from './privacy-testset31/index.js';
import { privacyTestSet32 } from './privacy-testset32/index.js';
import { privacyTestSet33 } from './privacy-testset33/index.js';
import { privacyTestSet34 } from './privacy-testset34/index.js';
import { privacyTestSet35 } from './privacy-testset35/index.js';
import { privacyTestSet36 } from './privacy-testset36/index.js';
import { privacyTestSet37 } from './privacy-testset37/index.js';
import { privacyTestSet38 } from './privacy-testset38/index.js';
import { privacyTestSet39 } from './privacy-testset39/index.js';
import { privacyTestSet40 } from './privacy-testset40/index.js';
import { privacyTestSet41 } from './privacy-testset41/index.js';
import { privacyTestSet42 } from './privacy-testset42/index.js';

/**
 * Every labelled set the scorer learns from, by name: the development corpus, the shapes set and
 * test sets 1 to 42 (sets 9 to 42 became development data once they were scored).
 */
export function labelledSets(): [string, TrainingDocument[]][] {
  return [
    ['dev', privacyCorpus()],
    ['dev2', privacyDevset()],
    ['test1', privacyTestSet()],
    ['test2', privacyTestSet2()],
    ['test3', privacyTestSet3()],
    ['test4', privacyTestSet4()],
    ['test5', privacyTestSet5()],
    ['test6', privacyTestSet6()],
    ['test7', privacyTestSet7()],
    ['test8', privacyTestSet8()],
    ['test9', privacyTestSet9()],
    ['test10', privacyTestSet10()],
    ['test11', privacyTestSet11()],
    ['test12', privacyTestSet12()],
    ['test13', privacyTestSet13()],
    ['test14', privacyTestSet14()],
    ['test15', privacyTestSet15()],
    ['test16', privacyTestSet16()],
    ['test17', privacyTestSet17()],
    ['test18', privacyTestSet18()],
    ['test19', privacyTestSet19()],
    ['test20', privacyTestSet20()],
    ['test21', privacyTestSet21()],
    ['test22', privacyTestSet22()],
    ['test23', privacyTestSet23()],
    ['test24', privacyTestSet24()],
    ['test25', privacyTestSet25()],
    ['test26', privacyTestSet26()],
    ['test27', privacyTestSet27()],
    ['test28', privacyTestSet28()],
    ['test29', privacyTestSet29()],
    ['test30', privacyTestSet30()],
    ['test31', privacyTestSet31()],
    ['test32', privacyTestSet32()],
    ['test33', privacyTestSet33()],
    ['test34', privacyTestSet34()],
    ['test35', privacyTestSet35()],
    ['test36', privacyTestSet36()],
    ['test37', privacyTestSet37()],
    ['test38', privacyTestSet38()],
    ['test39', privacyTestSet39()],
    ['test40', privacyTestSet40()],
    ['test41', privacyTestSet41()],
    ['test42', privacyTestSet42()],
  ];
}

/** The committed model's training options (`npm run train:names` without options). */
export const TRAINING = { gateRecall: 0.998, residual: true, epochs: 6, l2: 1e-6, rate: 0.1 } as const;

/** A labelled document as every set provides it. */
export interface TrainingDocument {
  /** The set's own id of the document, where it has one (printed by privacy-person-misses). */
  id?: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/**
 * The candidate words of a set as training examples: the 32-bit hashes of the word's own features
 * and of its context features, whether the word lies in a labelled name, and whether a rule found it.
 */
export interface Examples {
  word: Int32Array;
  /** Example k's word features are word[wordOffsets[k], wordOffsets[k + 1]). */
  wordOffsets: Int32Array;
  context: Int32Array;
  contextOffsets: Int32Array;
  labels: Uint8Array;
  byRule: Uint8Array;
  /** Whether the word is a word of a name the rules found elsewhere in the document (it bypasses the gate). */
  seen: Uint8Array;
}

export const WORD_BITS = 16;
export const BITS = 17;

/** Examples of a set; `ruleFindings` gives the rules' findings per document (words inside them are marked). */
export function examplesOf(
  docs: TrainingDocument[],
  ruleFindings: (text: string) => { type: string; start: number; end: number }[],
): Examples {
  const word: number[] = [];
  const wordOffsets = [0];
  const context: number[] = [];
  const contextOffsets = [0];
  const labels: number[] = [];
  const byRule: number[] = [];
  const seen: number[] = [];
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => e.type === 'PERSON');
    const found = ruleFindings(doc.text);
    const names = namesFound(doc.text, found);
    const { casing, candidates } = candidatesOf(doc.text);
    for (const c of candidates) {
      for (const f of wordFeatures(doc.text, c.start, c.end, c.shape)) word.push(f);
      wordOffsets.push(word.length);
      const named = names !== undefined && names.has(keyOf(doc.text, c.end));
      seen.push(named ? 1 : 0);
      for (const f of contextFeatures(doc.text, c.start, c.end, c.shape, casing, named)) context.push(f);
      contextOffsets.push(context.length);
      labels.push(gold.some((g) => c.start < g.end && g.start < c.end) ? 1 : 0);
      byRule.push(found.some((e) => c.start < e.end && e.start < c.end) ? 1 : 0);
    }
  }
  return {
    word: Int32Array.from(word),
    wordOffsets: Int32Array.from(wordOffsets),
    context: Int32Array.from(context),
    contextOffsets: Int32Array.from(contextOffsets),
    labels: Uint8Array.from(labels),
    byRule: Uint8Array.from(byRule),
    seen: Uint8Array.from(seen),
  };
}

export interface TrainingOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Share of the training names the word model must let through to the context model. */
  gateRecall?: number;
  /** Train the context model only on words the rules did not find (what it will see in a scan). */
  residual?: boolean;
}

/** One training example for a model: lists of feature hashes and a label. */
type Example = { parts: [Int32Array, number, number][]; label: number };

/**
 * Logistic regression by AdaGrad, in a fixed interleaved order (no randomness: the same examples
 * give the same weights).
 */
function fit(examples: Example[], bits: number, options: TrainingOptions): Float32Array {
  const epochs = options.epochs ?? 6;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-6;
  const mask = (1 << bits) - 1;
  const weights = new Float32Array(1 << bits);
  const squares = new Float32Array(1 << bits).fill(1e-8);
  const n = examples.length;
  // A fixed permutation (a stride coprime to the length): documents of one kind do not come in a block.
  let stride = 7919;
  while (gcd(stride, n) !== 1) stride++;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let step = 0; step < n; step++) {
      const { parts, label } = examples[(step * stride + epoch) % n];
      let z = 0;
      for (const [a, from, to] of parts) for (let j = from; j < to; j++) z += weights[a[j] & mask];
      const g = 1 / (1 + Math.exp(-z)) - label;
      for (const [a, from, to] of parts)
        for (let j = from; j < to; j++) {
          const f = a[j] & mask;
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

function logit(weights: Float32Array, bits: number, a: Int32Array, from: number, to: number): number {
  const mask = (1 << bits) - 1;
  let z = 0;
  for (let j = from; j < to; j++) z += weights[a[j] & mask];
  return z;
}

/** Both models from the examples of several sets; the threshold is the caller's. */
export function train(sets: Examples[], threshold: number, options: TrainingOptions = {}): NameModelData {
  const wordExamples: Example[] = [];
  for (const s of sets)
    for (let k = 0; k < s.labels.length; k++)
      wordExamples.push({ parts: [[s.word, s.wordOffsets[k], s.wordOffsets[k + 1]]], label: s.labels[k] });
  const wordWeights = fit(wordExamples, WORD_BITS, options);
  // The gate: the word-model logit that lets `gateRecall` of the training names through.
  const named: number[] = [];
  for (const s of sets)
    for (let k = 0; k < s.labels.length; k++)
      if (s.labels[k] === 1) named.push(logit(wordWeights, WORD_BITS, s.word, s.wordOffsets[k], s.wordOffsets[k + 1]));
  named.sort((a, b) => a - b);
  const gate = named.length === 0 ? 0 : named[Math.floor(named.length * (1 - (options.gateRecall ?? 0.99)))];
  const contextExamples: Example[] = [];
  for (const s of sets)
    for (let k = 0; k < s.labels.length; k++) {
      if (options.residual && s.byRule[k] === 1) continue;
      if (s.seen[k] === 0 && logit(wordWeights, WORD_BITS, s.word, s.wordOffsets[k], s.wordOffsets[k + 1]) < gate)
        continue;
      contextExamples.push({
        parts: [
          [s.word, s.wordOffsets[k], s.wordOffsets[k + 1]],
          [s.context, s.contextOffsets[k], s.contextOffsets[k + 1]],
        ],
        label: s.labels[k],
      });
    }
  const weights = fit(contextExamples, BITS, options);
  return { wordBits: WORD_BITS, wordWeights, gate, bits: BITS, weights, threshold, lowerThreshold: threshold };
}
