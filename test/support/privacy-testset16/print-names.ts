import { CANDIDATES } from './candidates.js';
import { cultures, sharedWithEarlierSets, words } from './names.js';

// Per-culture counts of surviving candidates only (never the earlier sets' names).
const shared = new Set(
  sharedWithEarlierSets([...new Set(Object.values(CANDIDATES).flatMap((c) => [...c.given, ...c.family]))]).shared,
);
const ok = (n: string) => words(n).every((w) => !shared.has(w));
const kept = cultures();
for (const [name, c] of Object.entries(CANDIDATES))
  console.log(
    name,
    `${c.given.filter(ok).length}/${c.given.length} given, ${c.family.filter(ok).length}/${c.family.length} family`,
    kept[name] ? '' : 'dropped',
  );
console.log('cultures kept', Object.keys(kept).length);
