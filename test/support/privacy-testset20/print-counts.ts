import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet20 } from './index.js';

/** Label counts of set 20 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(20, privacyTestSet20());
