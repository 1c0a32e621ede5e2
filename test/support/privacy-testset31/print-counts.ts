import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet31 } from './index.js';

/** Label counts of set 31 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(31, privacyTestSet31());
