import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet46 } from './index.js';

/** Label counts of set 46 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(46, privacyTestSet46());
