import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet50 } from './index.js';

/** Label counts of set 50 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(50, privacyTestSet50());
