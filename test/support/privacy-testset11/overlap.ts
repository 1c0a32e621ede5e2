import { letterWordOverlap } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** Set 11's name words and which of them sets 1–10, the devset or the corpus hold (only those are shown). */
export const { words, listWords, sharedWithEarlierSets } = letterWordOverlap(11, CULTURES, PARTICLES);
