import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet24 } from './index.js';
import { keptCounts } from './names.js';

/** Label counts of set 24 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(24, privacyTestSet24());
if (process.argv.includes('--cultures')) console.log(keptCounts());
