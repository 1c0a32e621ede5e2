import { keptCounts, sharedTyped } from './names.js';

/** For the writer: how many typed names each culture keeps, and which typed words earlier sets hold (only those). */
console.log(keptCounts());
console.log(sharedTyped().join(' '));
