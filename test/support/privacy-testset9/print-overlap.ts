import { sharedWithEarlierSets } from './overlap.js';

// Prints only the words this set shares with earlier sets, never their other content.
const { shared, total } = sharedWithEarlierSets();
console.log(`${shared.length} of ${total} list words shared: ${shared.join(', ')}`);
