import { CANDIDATES } from './candidates.js';
import { cultures, words, PARTICLES } from './names.js';
import { letterWordOverlap } from '../earlier-test-sets.js';

// Which candidate cultures survive the overlap check, and per culture how many names are kept (never the earlier names).
const kept = cultures();
for (const [name, c] of Object.entries(CANDIDATES)) {
  const k = kept[name];
  console.log(
    name,
    k ? `${k.given.length}/${c.given.length} given, ${k.family.length}/${c.family.length} family` : 'DROPPED',
  );
}
console.log('kept cultures', Object.keys(kept).length);
console.log('shared words', letterWordOverlap(17, CANDIDATES, PARTICLES).sharedWithEarlierSets().shared.join(', '));
void words;
