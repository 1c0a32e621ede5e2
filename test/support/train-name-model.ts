import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { PrivacyGuard } from '../../nodes/core/privacy/guard.js';
import { encodeWeights, useNameModel, type NameModelData } from '../../nodes/core/privacy/name-model.js';
import {
  examplesOf,
  labelledSets,
  train,
  TRAINING,
  type TrainingDocument,
  type TrainingOptions,
} from './name-model-training.js';
import { scoreScanner } from './privacy-scoring.js';

/**
 * `npm run train:names`: trains the name scorer on the development corpora and test sets 1 to 6
 * and writes nodes/core/privacy/name-model-weights.ts. `--cv` first scores leave-one-set-out
 * cross-validation (train on all sets but one, scan the one left out with rules plus that model)
 * for each threshold and picks the threshold that keeps every left-out set's overall precision at
 * 0.95 or more (issue 9's goal; a false alarm keeps a message local, a miss leaks) with the most
 * PERSON recall; when none does, the one that falls least short of the goals on the left-out test sets.
 */
const root = join(__dirname, '../../..');
const args = process.argv.slice(2);
/** How much less a higher threshold must fall short of the goals to be chosen over a lower one. */
const TIE = 0.005;
const SETS = labelledSets();
/**
 * Thresholds tried, each with the one for words in lower case: at least LOWER (0.7), where an
 * ordinary word of a lower-case note ("äpfel, nudeln") looks as rare as a name; cross-validation
 * prices it at 0.003 of test set 5's PERSON recall.
 */
const LOWER = Number(option('lower') ?? 0.7);
const FLOOR = Number(option('floor') ?? 0.65);
const THRESHOLDS: [number, number][] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85].map((t) => [t, Math.max(t, LOWER)]);
const DEFAULT_THRESHOLD: [number, number] = [Number(option('threshold') ?? 0.65), LOWER];

const started = Date.now();
useNameModel(undefined);
const rules = new PrivacyScanner();
const examples = SETS.map(([, docs]) => examplesOf(docs, (text) => rules.scan(text)));
const options: TrainingOptions = {
  gateRecall: Number(option('gate') ?? TRAINING.gateRecall),
  residual: !args.includes('--all-words'),
  epochs: Number(option('epochs') ?? TRAINING.epochs),
  l2: Number(option('l2') ?? TRAINING.l2),
  rate: Number(option('rate') ?? TRAINING.rate),
};
function option(name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
console.log(
  `examples: ${SETS.map(([name], k) => `${name} ${examples[k].labels.length}`).join(', ')} (${Date.now() - started} ms)`,
);

function person(docs: TrainingDocument[]) {
  const s = scoreScanner(docs, new PrivacyScanner());
  const p = s.perType.find((t) => t.type === 'PERSON')!;
  return { recall: p.recall, precision: p.precision, overall: s.overall.precision };
}

/** Documents with personal data the default policy would send to the cloud. */
function cloudRouted(docs: TrainingDocument[]): number {
  const guard = new PrivacyGuard();
  return docs.filter((d) => d.entities.length > 0 && guard.decide({ question: d.text }).route === 'cloud').length;
}
const f3 = (x: number) => x.toFixed(3);

/** The model's findings the labels do not hold, and the names it still misses (`--show=<set>`). */
function show(docs: TrainingDocument[], model: NameModelData) {
  const scanner = new PrivacyScanner();
  for (const doc of docs) {
    useNameModel(undefined);
    const ruled = scanner.scan(doc.text);
    useNameModel(model);
    const found = scanner.scan(doc.text);
    const ctx = (st: number, en: number) =>
      JSON.stringify(
        doc.text.slice(Math.max(0, st - 40), st) + '⟦' + doc.text.slice(st, en) + '⟧' + doc.text.slice(en, en + 25),
      );
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const e of found)
      if (
        e.type === 'PERSON' &&
        !ruled.some((r) => ov(r, e)) &&
        !doc.entities.some((g) => g.type === 'PERSON' && ov(g, e))
      )
        console.log(`FALSE ${ctx(e.start, e.end)} ${e.score.toFixed(2)}`);
    for (const g of doc.entities)
      if (g.type === 'PERSON' && !found.some((e) => e.type === 'PERSON' && ov(e, g)))
        console.log(`MISS ${ctx(g.start, g.end)}`);
  }
}

let threshold: [number, number] = DEFAULT_THRESHOLD;
if (args.includes('--cv')) {
  const table: Record<string, { recall: number; precision: number; overall: number }[]> = {};
  const before: ReturnType<typeof person>[] = [];
  const models: NameModelData[] = [];
  for (let k = 0; k < SETS.length; k++) {
    const model = train(
      examples.filter((_, j) => j !== k),
      1,
      options,
    );
    models.push(model);
    if (option('show') === SETS[k][0])
      show(SETS[k][1], { ...model, threshold: DEFAULT_THRESHOLD[0], lowerThreshold: DEFAULT_THRESHOLD[1] });
    useNameModel(undefined);
    before.push(person(SETS[k][1]));
    for (const t of THRESHOLDS) {
      useNameModel({ ...model, threshold: t[0], lowerThreshold: t[1] });
      (table[`${t}`] ??= []).push(person(SETS[k][1]));
    }
    console.log(
      `left out ${SETS[k][0]}: before R ${f3(before[k].recall)} P ${f3(before[k].precision)} all P ${f3(before[k].overall)}; ` +
        THRESHOLDS.map(
          (t) =>
            `t${t} R ${f3(table[`${t}`][k].recall)} P ${f3(table[`${t}`][k].precision)} all ${f3(table[`${t}`][k].overall)}`,
        ).join('; '),
    );
  }
  // The goals of issue 9 decide: overall precision 0.95 on every left-out set, then the most name
  // recall. PERSON precision has no goal of its own: names are where a miss costs most.
  const fits = THRESHOLDS.filter((t) => table[`${t}`].every((r) => r.overall >= 0.95));
  const mean = (t: [number, number]) => table[`${t}`].reduce((n, r) => n + r.recall, 0) / table[`${t}`].length;
  // Not below FLOOR: at 0.6 the scorer takes German imperatives after a label for names ("Question:
  // Erkläre mir …", p 0.61, in Ragwire's own RAG prompt), a shape no labelled set holds.
  const allowed = fits.filter((t) => t[0] >= FLOOR);
  if (allowed.length > 0) threshold = allowed.reduce((a, b) => (mean(b) > mean(a) ? b : a));
  else {
    // No threshold holds every bound on every left-out set: the one that falls least short of the
    // goals summed over the left-out test sets (overall precision 0.95, PERSON recall 0.90), so
    // data the model never saw is what decides.
    const shortfall = (t: [number, number]) =>
      table[`${t}`].reduce(
        (n, r, k) =>
          SETS[k][0].startsWith('test') ? n + Math.max(0, 0.95 - r.overall) + Math.max(0, 0.9 - r.recall) : n,
        0,
      );
    // Privacy first on a near tie: a higher threshold (fewer names found) must fall short by TIE less than
    // a lower one to be taken; a summed cross-validated shortfall moves by a few thousandths from one
    // retraining to the next (0.136 against 0.133 lost six names of earlier sets in round 26).
    const candidates = THRESHOLDS.filter((t) => t[0] >= FLOOR);
    threshold = candidates.reduce((a, b) => (shortfall(b) < shortfall(a) - TIE ? b : a));
    console.log(
      `no threshold fits; least shortfall: ${candidates.map((t) => `${t} ${shortfall(t).toFixed(3)}`).join(', ')}`,
    );
  }
  console.log(`threshold ${threshold} (fits: ${fits.join(', ')})`);
  console.log(
    '| Left-out set | PERSON recall before → after | PERSON precision before → after | overall precision before → after | personal documents to the cloud |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (let k = 0; k < SETS.length; k++) {
    const a = table[`${threshold}`][k];
    const b = before[k];
    useNameModel(undefined);
    const cloudBefore = cloudRouted(SETS[k][1]);
    useNameModel({ ...models[k], threshold: threshold[0], lowerThreshold: threshold[1] });
    const cloudAfter = cloudRouted(SETS[k][1]);
    console.log(
      `| ${SETS[k][0]} | ${f3(b.recall)} → ${f3(a.recall)} | ${f3(b.precision)} → ${f3(a.precision)} | ${f3(b.overall)} → ${f3(a.overall)} | ${cloudBefore} → ${cloudAfter} |`,
    );
  }
}

let written: NameModelData | undefined;
if (args.includes('--write')) {
  const model = { ...train(examples, threshold[0], options), lowerThreshold: threshold[1] };
  written = model;
  const word = encodeWeights(model.wordWeights);
  const encoded = encodeWeights(model.weights);
  const file = join(root, 'nodes/core/privacy/name-model-weights.ts');
  writeFileSync(
    file,
    `/** Generated by \`npm run train:names\` (test/support/train-name-model.ts) from the labelled sets: do not edit. */\n` +
      `export const NAME_MODEL_WEIGHTS = {\n  wordBits: ${model.wordBits},\n  gate: ${model.gate},\n  wordScale: ${word.scale},\n  wordWeights:\n    '${word.weights}',\n  bits: ${model.bits},\n  threshold: ${threshold[0]},\n  lowerThreshold: ${threshold[1]},\n  scale: ${encoded.scale},\n  weights:\n    '${encoded.weights}',\n};\n`,
  );
  console.log(`wrote ${file} (${Math.round((word.weights.length + encoded.weights.length) / 1024)} KB of weights)`);
  useNameModel(model);
  for (const [name, docs] of SETS) {
    const r = person(docs);
    console.log(
      `in-sample ${name}: PERSON recall ${f3(r.recall)} precision ${f3(r.precision)}; overall precision ${f3(r.overall)}`,
    );
  }
}
// `--score=43,44,45,46,47,48,49,50`: scored sets kept out of training (development data, not yet training data), scanned with the
// rules and then with the model just written: a row for the cross-validation table, since that model never saw them.
for (const n of option('score')?.split(',') ?? []) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const docs = (require(`./privacy-testset${n}/index.js`) as Record<string, () => TrainingDocument[]>)[
    `privacyTestSet${n}`
  ]();
  useNameModel(undefined);
  const [b, cloudBefore] = [person(docs), cloudRouted(docs)];
  useNameModel(written ?? 'committed');
  const [a, cloudAfter] = [person(docs), cloudRouted(docs)];
  console.log(
    `| test${n} (not trained on) | ${f3(b.recall)} → ${f3(a.recall)} | ${f3(b.precision)} → ${f3(a.precision)} | ${f3(b.overall)} → ${f3(a.overall)} | ${cloudBefore} → ${cloudAfter} |`,
  );
}
console.log(`${Date.now() - started} ms`);
