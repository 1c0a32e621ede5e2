import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet39 } from './index.js';

/** Label counts of set 39 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(39, privacyTestSet39());
