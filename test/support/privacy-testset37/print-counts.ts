import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet37 } from './index.js';

/** Label counts of set 37 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(37, privacyTestSet37());
