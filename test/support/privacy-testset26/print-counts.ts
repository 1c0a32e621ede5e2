import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet26 } from './index.js';

/** Label counts of set 26 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(26, privacyTestSet26());
