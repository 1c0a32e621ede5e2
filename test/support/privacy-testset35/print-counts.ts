import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet35 } from './index.js';

/** Label counts of set 35 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(35, privacyTestSet35());
