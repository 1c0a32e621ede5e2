import { PrivacyGuard } from '../../nodes/core/privacy/guard.js';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { labelledSets } from './name-model-training.js';
import { scoreScanner } from './privacy-scoring.js';

/**
 * Misses and false alarms per document on the development sets and test sets 1 to 6 (all scored,
 * now development data), and personal documents routed to the cloud:
 * `node dist/test/support/privacy-person-misses.js [type|all] [set]`.
 */
const type = process.argv[2] ?? 'PERSON';
const only = process.argv[3];
const scanner = new PrivacyScanner();
const guard = new PrivacyGuard();
// The development sets are the scorer's training sets: one list (name-model-training.ts).
const sets = labelledSets();
const wanted = (t: string) => type === 'all' || t === type;
for (const [name, docs] of sets) {
  if (only && only !== name) continue;
  const s = scoreScanner(docs, scanner);
  const row = s.perType.find((t) => t.type === type);
  console.log(
    `## ${name}: ${type} recall ${row?.recall.toFixed(3)} precision ${row?.precision.toFixed(3)}; overall recall ${s.overall.recall.toFixed(3)} precision ${s.overall.precision.toFixed(3)}`,
  );
  for (const doc of docs) {
    const found = scanner.scan(doc.text);
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    const ctx = (st: number, en: number) =>
      JSON.stringify(
        doc.text.slice(Math.max(0, st - 50), st) + '⟦' + doc.text.slice(st, en) + '⟧' + doc.text.slice(en, en + 30),
      );
    for (const g of doc.entities)
      if (wanted(g.type) && !found.some((e) => e.type === g.type && ov(e, g)))
        console.log(`MISS ${g.type} ${doc.id ?? ''} ${ctx(g.start, g.end)}`);
    for (const e of found)
      if (wanted(e.type) && !doc.entities.some((g) => g.type === e.type && ov(e, g)))
        console.log(`FALSE ${e.type} ${doc.id ?? ''} ${ctx(e.start, e.end)} ${(e as { score?: number }).score ?? ''}`);
    if (doc.entities.length > 0 && guard.decide({ question: doc.text }).route === 'cloud')
      console.log(`CLOUD ${doc.id ?? ''} ${JSON.stringify(doc.text.slice(0, 300))}`);
  }
}
