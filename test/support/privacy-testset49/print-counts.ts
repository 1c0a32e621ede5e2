import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet49 } from './index.js';

/** Label counts of set 49 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(49, privacyTestSet49());
