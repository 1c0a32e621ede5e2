import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet27 } from './index.js';

/** Label counts of set 27 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(27, privacyTestSet27());
