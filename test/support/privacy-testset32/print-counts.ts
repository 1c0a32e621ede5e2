import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet32 } from './index.js';

/** Label counts of set 32 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(32, privacyTestSet32());
