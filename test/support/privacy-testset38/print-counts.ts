import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet38 } from './index.js';

/** Label counts of set 38 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(38, privacyTestSet38());
