import { benchNodeRed } from './node-red.js';
import { benchStoreMemory } from './store-memory.js';
import { benchStoreQuery } from './store-query.js';
import { benchStoreUpsert } from './store-upsert.js';
import { report } from './support.js';

/** `npm run bench`: every benchmark, each reporting ratios against a baseline measured in the same run. */
async function main(): Promise<void> {
  report('store-query', benchStoreQuery());
  report('store-upsert', await benchStoreUpsert());
  report('store-memory', benchStoreMemory());
  report('node-red', await benchNodeRed());
}

void main();
