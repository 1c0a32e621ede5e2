import { letterWordOverlap } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** Set 9's overlap checks: name words split at anything but letters, particles and short words left out. */
export const { words, listWords, sharedWithEarlierSets } = letterWordOverlap(9, CULTURES, PARTICLES);
