import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet19 } from './index.js';

/** Label counts of set 19 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(19, privacyTestSet19());
