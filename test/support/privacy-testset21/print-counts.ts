import { PERSONAL_DATA_TYPES } from '../../../nodes/core/privacy/entities.js';
import { privacyTestSet21 } from './index.js';

/** Label counts of set 21 (total, hand-written / generated per type), documents and kinds, for the notes. */
const docs = privacyTestSet21();
const count = (origin?: string) => (type: string) =>
  docs
    .filter((d) => !origin || d.origin === origin)
    .reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);
const total = docs.reduce((n, d) => n + d.entities.length, 0);
const byOrigin = (o: string) => docs.filter((d) => d.origin === o);
console.log(
  `${docs.length} documents: ${byOrigin('hand').length} hand-written (${byOrigin('hand').filter((d) => d.lang === 'de').length} de), ${byOrigin('generated').length} generated (${byOrigin('generated').filter((d) => d.lang === 'de').length} de)`,
);
console.log(
  `without personal data: ${byOrigin('hand').filter((d) => !d.entities.length).length} hand-written, ${byOrigin('generated').filter((d) => !d.entities.length).length} generated`,
);
console.log(`${total} labelled values`);
for (const type of [...PERSONAL_DATA_TYPES].sort((a, b) => count()(b) - count()(a)))
  console.log(
    `${type.padEnd(20)} ${String(count()(type)).padStart(5)}  (hand ${count('hand')(type)} / generated ${count('generated')(type)})`,
  );
const kinds = new Map<string, number>();
for (const d of byOrigin('generated')) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
for (const [k, n] of kinds) console.log(`  ${n} × ${k}`);
