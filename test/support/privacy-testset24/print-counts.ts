import { privacyTestSet24 } from './index.js';
import { keptCounts } from './names.js';

/** Label counts per type, hand-written and generated, and how many names each culture kept: counts only. */
const docs = privacyTestSet24();
const counts: Record<string, { hand: number; generated: number }> = {};
for (const doc of docs)
  for (const e of doc.entities) {
    counts[e.type] ??= { hand: 0, generated: 0 };
    counts[e.type][doc.origin]++;
  }
const by = (origin: string, lang?: string) =>
  docs.filter((d) => d.origin === origin && (!lang || d.lang === lang)).length;
console.log(
  `documents: ${docs.length} (hand ${by('hand')}: de ${by('hand', 'de')}, en ${by('hand', 'en')}; generated ${by('generated')}: de ${by('generated', 'de')}, en ${by('generated', 'en')})`,
);
console.log(`without personal data: ${docs.filter((d) => d.entities.length === 0).length}`);
console.log(`generated kinds: ${new Set(docs.filter((d) => d.origin === 'generated').map((d) => d.kind)).size}`);
for (const [type, c] of Object.entries(counts).sort())
  console.log(`${type.padEnd(20)} hand ${String(c.hand).padStart(4)}  generated ${String(c.generated).padStart(5)}`);
if (process.argv.includes('--cultures')) console.log(keptCounts());
