import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet18 } from './index.js';

/** Label counts of set 18 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(18, privacyTestSet18());
