import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet40 } from './index.js';

/** Label counts of set 40 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(40, privacyTestSet40());
