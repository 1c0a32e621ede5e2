import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet30 } from './index.js';

/** Label counts of set 30 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(30, privacyTestSet30());
