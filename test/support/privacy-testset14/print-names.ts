import { CANDIDATES } from './candidates.js';
import { cultures, sharedWithEarlierSets, words } from './names.js';

// Prints only per-culture counts of what survives and the candidate words earlier sets share.
const kept = cultures();
for (const [c, v] of Object.entries(CANDIDATES)) {
  const k = kept[c];
  console.log(
    c,
    k ? `${k.given.length}/${v.given.length} given, ${k.family.length}/${v.family.length} family` : 'DROPPED',
  );
}
const all = Object.values(CANDIDATES).flatMap((c) => [...c.given, ...c.family]);
console.log(
  'cultures kept',
  Object.keys(kept).length,
  'shared candidate words:',
  sharedWithEarlierSets(all.flatMap(words)).shared.join(', '),
);
