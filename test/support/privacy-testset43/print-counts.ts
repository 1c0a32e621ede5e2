import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet43 } from './index.js';

/** Label counts of set 43 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(43, privacyTestSet43());
