import { printLabelCounts } from '../held-out-counts.js';
import { privacyTestSet48 } from './index.js';

/** Label counts of set 48 (hand-written / generated per type, documents and kinds): counts only, never a detection result. */
printLabelCounts(48, privacyTestSet48());
