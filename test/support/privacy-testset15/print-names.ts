import { CANDIDATES } from './candidates.js';
import { cultures, sharedWithEarlierSets, words } from './names.js';

// What the writer may see of the overlap: counts per culture, never an earlier set's names.
const shared = new Set(
  sharedWithEarlierSets(Object.values(CANDIDATES).flatMap((c) => [...c.given, ...c.family])).shared,
);
const fresh = (n: string) => words(n).every((w) => !shared.has(w));
const kept = cultures();
for (const [c, { given, family }] of Object.entries(CANDIDATES))
  console.log(
    `${c}: ${given.filter(fresh).length}/${given.length} given, ${family.filter(fresh).length}/${family.length} family${kept[c] ? '' : ' DROPPED'}`,
  );
console.log('cultures kept', Object.keys(kept).length, 'shared after pruning', sharedWithEarlierSets().shared.length);
const extra = process.argv.slice(2);
if (extra.length > 0) console.log('shared among the given names', sharedWithEarlierSets(extra).shared);
