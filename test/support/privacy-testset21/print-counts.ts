import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet21 } from './index.js';

/** Label counts of set 21 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(21, privacyTestSet21());
