import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet25 } from './index.js';

/** Label counts of set 25 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(25, privacyTestSet25());
