import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet33 } from './index.js';

/** Label counts of set 33 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(33, privacyTestSet33());
