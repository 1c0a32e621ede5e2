import { PERSONAL_DATA_TYPES } from '../../../nodes/core/privacy/entities.js';
import { privacyTestSet17 } from './index.js';

// Label counts per type, hand-written and generated, for set 17's description (never typed by hand).
const docs = privacyTestSet17();
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
const kinds = new Map<string, number>();
for (const d of made) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
console.log('generated kinds', [...kinds].map(([k, n]) => `${k} ${n}`).join('; '));
const spans = made.flatMap((d) => d.entities.map((e) => ({ d, e, v: value(d, e) })));
console.log(
  'generated spans: over a folded line',
  spans.filter((s) => s.v.includes('\n ')).length,
  '| "Family, Given" names',
  spans.filter((s) => s.e.type === 'PERSON' && s.v.includes(',')).length,
  '| vCard ADR values (parts joined by ";")',
  spans.filter((s) => s.e.type === 'POSTAL_ADDRESS' && s.v.includes(';')).length,
  '| addresses with an escaped comma (iCalendar LOCATION, vCard ADR street)',
  spans.filter((s) => s.e.type === 'POSTAL_ADDRESS' && s.v.includes('\\,')).length,
  '| one-word names (SMS greetings, split last/first columns)',
  spans.filter((s) => s.e.type === 'PERSON' && !/[\s,]/.test(s.v)).length,
);
console.log(
  'distinct generated PERSON values',
  new Set(spans.filter((s) => s.e.type === 'PERSON').map((s) => s.v)).size,
);
console.log('all documents', docs.length, 'without personal data', docs.filter((d) => d.entities.length === 0).length);
