import { CANDIDATES } from './candidates.js';
import { cultures13, sharedWithEarlierSets } from './names.js';

const CULTURES = cultures13();

// Prints only which candidates survived the drop (never an earlier set's name).
for (const [c, v] of Object.entries(CANDIDATES)) {
  const k = CULTURES[c];
  console.log(
    c,
    k
      ? `kept given ${k.given.length}/${v.given.length} family ${k.family.length}/${v.family.length}: ${[...k.given, ...k.family].join(', ')}`
      : 'DROPPED',
  );
}
console.log(Object.keys(CULTURES).length, 'cultures;', JSON.stringify(sharedWithEarlierSets()));
