import { sharedWithEarlierSets } from './overlap.js';

// Prints only the shared name words (never the earlier sets' content), for replacing them in names.ts.
const { shared, total } = sharedWithEarlierSets();
console.log(`${shared.length} of ${total} shared: ${shared.join(', ')}`);
