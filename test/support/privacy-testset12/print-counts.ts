import { privacyTestSet12 } from './index.js';

// Label counts per type, all and hand-written, for the README paragraph (never a detection figure).
const docs = privacyTestSet12();
const count = (origin?: string) => {
  const out: Record<string, number> = {};
  for (const doc of docs)
    if (!origin || doc.origin === origin) for (const e of doc.entities) out[e.type] = (out[e.type] ?? 0) + 1;
  return Object.entries(out).sort((a, b) => b[1] - a[1]);
};
const n = (origin: string, lang?: string) =>
  docs.filter((d) => d.origin === origin && (!lang || d.lang === lang)).length;
const empty = (origin: string) => docs.filter((d) => d.origin === origin && d.entities.length === 0).length;
console.log(
  `documents ${docs.length}: hand ${n('hand')} (de ${n('hand', 'de')}, en ${n('hand', 'en')}), generated ${n('generated')} (de ${n('generated', 'de')}, en ${n('generated', 'en')})`,
);
console.log(`without personal data: hand ${empty('hand')}, generated ${empty('generated')}`);
console.log(
  `labels ${docs.reduce((s, d) => s + d.entities.length, 0)}: ${count()
    .map(([t, c]) => `${c} ${t}`)
    .join(', ')}`,
);
console.log(
  `hand-written: ${count('hand')
    .map(([t, c]) => `${c} ${t}`)
    .join(', ')}`,
);
console.log(
  `generated: ${count('generated')
    .map(([t, c]) => `${c} ${t}`)
    .join(', ')}`,
);
console.log(
  `generated kinds: ${[...new Set(docs.filter((d) => d.origin === 'generated').map((d) => d.kind))].join(', ')}`,
);
const made = docs.filter((d) => d.origin === 'generated');
const inLabels = (ch: RegExp) =>
  made.reduce((s, d) => s + d.entities.filter((e) => ch.test(d.text.slice(e.start, e.end))).length, 0);
const inDocs = (ch: RegExp) => made.filter((d) => ch.test(d.text)).length;
console.log(
  `artefacts (generated; labels / documents): line-end hyphen ${inLabels(/-\n/)} / ${inDocs(/-\n/)}, soft hyphen ${inLabels(/\u00AD/)} / ${inDocs(/\u00AD/)}, no-break space ${inLabels(/\u00A0/)} / ${inDocs(/\u00A0/)}, ligature ${inLabels(/[\uFB01\uFB02]/)} / ${inDocs(/[\uFB01\uFB02]/)}, OCR O-for-0 dates ${inLabels(/\dO|O\d/)}, OCR l-for-1 house numbers ${inLabels(/ l\d?[,\n]/)}`,
);
