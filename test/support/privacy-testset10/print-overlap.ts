import { sharedWithEarlierSets } from './overlap.js';

// Prints only this set's name words that an earlier set also uses, never the earlier sets themselves.
const { shared, total } = sharedWithEarlierSets();
console.log(`${shared.length} of ${total} shared: ${shared.join(', ')}`);
