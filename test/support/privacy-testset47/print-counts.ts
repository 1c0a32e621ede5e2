import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet47 } from './index.js';

/** Label counts of set 47 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(47, privacyTestSet47());
