import { privacyTestSet27 } from './index.js';

/** Label counts of set 27 per type, hand-written and generated (for the README; never a detection result). */
const docs = privacyTestSet27();
const counts = new Map<string, { hand: number; generated: number }>();
for (const doc of docs)
  for (const e of doc.entities) {
    const c = counts.get(e.type) ?? { hand: 0, generated: 0 };
    c[doc.origin === 'hand' ? 'hand' : 'generated']++;
    counts.set(e.type, c);
  }
const by = (origin: string, lang?: string) =>
  docs.filter((d) => d.origin === origin && (!lang || d.lang === lang)).length;
console.log(
  `documents: ${docs.length}; hand ${by('hand')} (de ${by('hand', 'de')}, en ${by('hand', 'en')}), generated ${by('generated')} (de ${by('generated', 'de')}, en ${by('generated', 'en')})`,
);
console.log(
  `without personal data: hand ${docs.filter((d) => d.origin === 'hand' && d.entities.length === 0).length}, generated ${docs.filter((d) => d.origin === 'generated' && d.entities.length === 0).length}`,
);
console.log(`generated kinds: ${new Set(docs.filter((d) => d.origin === 'generated').map((d) => d.kind)).size}`);
for (const [type, c] of [...counts].sort((a, b) => b[1].hand + b[1].generated - a[1].hand - a[1].generated))
  console.log(
    `${type.padEnd(20)} ${String(c.hand + c.generated).padStart(5)}  hand ${c.hand}  generated ${c.generated}`,
  );
