import { keptCounts, sharedTyped } from './names.js';

/** For the writer: how many typed names each culture keeps and which list words earlier sets hold (no earlier text). */
console.log(keptCounts());
console.log(sharedTyped().join(', '));
