import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet42 } from './index.js';

/** Label counts of set 42 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(42, privacyTestSet42());
