import { PERSONAL_DATA_TYPES } from '../../../nodes/core/privacy/entities.js';
import { privacyTestSet16 } from './index.js';
import { cultures } from './names.js';

// Label counts per type, hand-written and generated, for set 16's description (never typed by hand).
const docs = privacyTestSet16();
const count = (origin: string, type: string) =>
  docs.filter((d) => d.origin === origin).reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);
const value = (d: (typeof docs)[number], e: (typeof docs)[number]['entities'][number]) => d.text.slice(e.start, e.end);
for (const type of PERSONAL_DATA_TYPES)
  console.log(`${type}: ${count('hand', type)} hand-written, ${count('generated', type)} generated`);
for (const origin of ['hand', 'generated'] as const) {
  const set = docs.filter((d) => d.origin === origin);
  console.log(
    `${origin}: ${set.length} documents (${set.filter((d) => d.lang === 'de').length} de, ${set.filter((d) => d.lang === 'en').length} en),`,
    `${new Set(set.map((d) => d.kind)).size} kinds, ${set.filter((d) => d.entities.length === 0).length} without personal data,`,
    `${set.reduce((n, d) => n + d.entities.length, 0)} labels`,
  );
}
const made = docs.filter((d) => d.origin === 'generated');
const spans = made.flatMap((d) => d.entities.map((e) => ({ d, e, v: value(d, e) })));
const kinds = new Map<string, number>();
for (const d of made) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
console.log('generated kinds', [...kinds].map(([k, n]) => `${k} ${n}`).join('; '));
// A name with an OCR letter error: a word (the hyphenation joined again) that no name list holds.
const listWords = new Set(
  Object.values(cultures()).flatMap((c) => [...c.given, ...c.family].flatMap((n) => n.split(/[\s,]+/))),
);
const misread = (v: string) =>
  v
    .replace(/-\n/, '')
    .split(/[\s,]+/)
    .some((w) => w && !listWords.has(w));
console.log(
  'generated spans: hyphenated over a line break',
  spans.filter((s) => s.v.includes('-\n')).length,
  '| of them PERSON',
  spans.filter((s) => s.v.includes('-\n') && s.e.type === 'PERSON').length,
  '| "Family, Given" names',
  spans.filter((s) => s.e.type === 'PERSON' && s.v.includes(',')).length,
  '| addresses over two lines (no hyphen)',
  spans.filter((s) => s.e.type === 'POSTAL_ADDRESS' && s.v.includes('\n') && !s.v.includes('-\n')).length,
  '| dates of birth with O for 0',
  spans.filter((s) => s.e.type === 'DATE_OF_BIRTH' && /O/.test(s.v) && /\d/.test(s.v)).length,
  '| names with an OCR letter error',
  spans.filter((s) => s.e.type === 'PERSON' && misread(s.v)).length,
);
const running = /^(Seite \d+ von \d+|Page \d+ of \d+|Page \d+|- \d+ -|Az\. .*|Claim No\. .*|Case No\. .*)$/;
console.log(
  'generated running headers/page numbers between lines',
  made.reduce(
    (n, d) =>
      n +
      d.text
        .split('\n')
        .slice(2, -1)
        .filter((l) => running.test(l)).length,
    0,
  ),
  '| two-column interleaved pages',
  made.filter((d) => d.kind === 'deed-two-column').length,
);
const personNames = new Set(spans.filter((s) => s.e.type === 'PERSON').map((s) => s.v));
console.log('distinct generated PERSON values', personNames.size);
console.log('all documents', docs.length, 'without personal data', docs.filter((d) => d.entities.length === 0).length);
