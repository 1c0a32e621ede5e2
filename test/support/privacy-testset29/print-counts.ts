import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet29 } from './index.js';

/** Label counts of set 29 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(29, privacyTestSet29());
