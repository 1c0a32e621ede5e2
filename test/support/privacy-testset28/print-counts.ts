import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet28 } from './index.js';

/** Label counts of set 28 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(28, privacyTestSet28());
