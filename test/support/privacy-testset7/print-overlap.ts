// Prints only the name words of set 7 that also occur in a name of an earlier set (run by hand after a build).
import { sharedWithEarlierSets } from './overlap.js';

const { shared, total } = sharedWithEarlierSets();
console.log(`${shared.length} of ${total}: ${shared.join(', ')}`);
