import { letterWordOverlap } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** How set 12 counts name words, and which of them earlier sets hold (only shared words are returned). */
export const { words, listWords, sharedWithEarlierSets } = letterWordOverlap(12, CULTURES, PARTICLES);
