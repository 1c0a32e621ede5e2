import { privacyTestSet13 } from './index.js';

// Label counts per type, hand-written and generated, for the notes (never a detection figure).
const docs = privacyTestSet13();
const counts = new Map<string, { hand: number; generated: number }>();
for (const doc of docs)
  for (const e of doc.entities) {
    const c = counts.get(e.type) ?? { hand: 0, generated: 0 };
    c[doc.origin === 'hand' ? 'hand' : 'generated']++;
    counts.set(e.type, c);
  }
for (const [type, c] of [...counts].sort())
  console.log(`${type}: ${c.hand + c.generated} (${c.hand} hand, ${c.generated} generated)`);
const by = (o: string) => docs.filter((d) => d.origin === o);
for (const o of ['hand', 'generated'])
  console.log(
    `${o}: ${by(o).length} docs (de ${by(o).filter((d) => d.lang === 'de').length}, en ${by(o).filter((d) => d.lang === 'en').length}), ${new Set(by(o).map((d) => d.kind)).size} kinds, ${by(o).filter((d) => d.entities.length === 0).length} without personal data`,
  );
const kinds = new Map<string, number>();
for (const d of by('generated')) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
console.log([...kinds].map(([k, n]) => `${k} ${n}`).join(', '));
const gen = by('generated');
const span = (pat: RegExp) =>
  gen.reduce((n, d) => n + d.entities.filter((e) => pat.test(d.text.slice(e.start, e.end))).length, 0);
console.log(
  `generated labels with: soft break ${span(/=\n/)}, =XX ${span(/=[0-9A-F]{2}/)}, %XX ${span(/%[0-9A-F]{2}/)}, HTML entity ${span(/&[#a-z0-9]+;/)}, JSON escape ${span(/\\[nu]/)}`,
);
