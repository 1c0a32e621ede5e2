import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet22 } from './index.js';
import { keptCounts } from './names.js';

/** Label counts of set 22 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(22, privacyTestSet22());
if (process.argv.includes('--cultures')) console.log(keptCounts());
