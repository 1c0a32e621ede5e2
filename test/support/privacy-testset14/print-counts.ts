import { PERSONAL_DATA_TYPES } from '../../../nodes/core/privacy/entities.js';
import { privacyTestSet14 } from './index.js';

// Label counts per type, hand-written and generated, for the set's description (never typed by hand).
const docs = privacyTestSet14();
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
console.log(
  'generated spans: with <br>',
  spans.filter((s) => s.v.includes('<br>')).length,
  '| with a hard line break (backslash, newline)',
  spans.filter((s) => s.v.includes('\\\n')).length,
  '| with an escaped character',
  spans.filter((s) => /\\[^\n]/.test(s.v)).length,
  '| tel:/mailto: targets',
  spans.filter((s) => /\]\((tel|mailto):$/.test(s.d.text.slice(Math.max(0, s.e.start - 9), s.e.start))).length,
  '| names in tracked-change or comment authors',
  spans.filter((s) => s.d.text.slice(Math.max(0, s.e.start - 8), s.e.start) === 'author="').length,
);
const personNames = new Set(spans.filter((s) => s.e.type === 'PERSON').map((s) => s.v));
console.log('distinct generated PERSON values', personNames.size);
console.log('all documents', docs.length, 'without personal data', docs.filter((d) => d.entities.length === 0).length);
