import { letterWordOverlap } from '../earlier-test-sets.js';
import { CANDIDATES, PARTICLES } from './candidates.js';

// Prints only the candidate words an earlier set holds (never an earlier name itself): frozen into dropped.ts.
const { sharedWithEarlierSets, listWords } = letterWordOverlap(12, CANDIDATES, PARTICLES);
const { shared, total } = sharedWithEarlierSets(listWords());
console.log(JSON.stringify({ total, shared }));
