import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet34 } from './index.js';

/** Label counts of set 34 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(34, privacyTestSet34());
