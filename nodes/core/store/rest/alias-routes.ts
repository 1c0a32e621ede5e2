import { parseAliasActions } from '../aliases.js';
import type { RouteSpec } from './results.js';

export const aliasRoutes: RouteSpec[] = [
  [
    'POST',
    '/collections/aliases',
    async ({ store, json }) => {
      const actions = parseAliasActions(await json());
      // Only real collections count here: an alias cannot point at another alias.
      store.aliases.apply(actions, (name) => store.collectionNames().includes(name));
      return { result: true };
    },
  ],
  ['GET', '/aliases', ({ store }) => ({ result: { aliases: store.aliases.list() } })],
  [
    'GET',
    '/collections/{collection}/aliases',
    ({ store, params }) => ({ result: { aliases: store.aliases.of(params.collection) } }),
  ],
];
