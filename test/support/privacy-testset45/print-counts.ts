import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet45 } from './index.js';

/** Label counts of set 45 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(45, privacyTestSet45());
