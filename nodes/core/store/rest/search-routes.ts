import { facet } from '../facets.js';
import { queryGroups } from '../groups.js';
import { compileFilter } from '../filter.js';
import { body } from './parse.js';
import type { RouteSpec } from './results.js';

/** query/groups (on top of the query tree) and facets. */
export function searchRoutes(): RouteSpec[] {
  return [
    [
      'POST',
      '/collections/{collection}/points/query/groups',
      async ({ store, params, json }) => ({
        result: await queryGroups(store, params.collection, body(await json())),
      }),
    ],
    [
      'POST',
      '/collections/{collection}/facet',
      async ({ store, params, json }) => {
        const b = body(await json());
        compileFilter(b.filter); // checked before the collection is looked up, as Qdrant validates first
        return { result: facet(store.collection(params.collection), b) };
      },
    ],
  ];
}
