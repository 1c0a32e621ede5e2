import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet23 } from './index.js';
import { keptCounts } from './names.js';

/** Label counts of set 23 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(23, privacyTestSet23());
if (process.argv.includes('--cultures')) console.log(keptCounts());
