import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet44 } from './index.js';

/** Label counts of set 44 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(44, privacyTestSet44());
