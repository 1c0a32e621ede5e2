import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet41 } from './index.js';

/** Label counts of set 41 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(41, privacyTestSet41());
