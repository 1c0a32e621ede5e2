import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet36 } from './index.js';

/** Label counts of set 36 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(36, privacyTestSet36());
