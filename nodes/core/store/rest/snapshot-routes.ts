import { createFullSnapshot, deleteFullSnapshot, fullSnapshotPath, listFullSnapshots } from '../full-snapshot.js';
import type { RouteSpec } from './results.js';

/** Full-storage snapshots (every collection and the aliases); recovery is `ragwire store --snapshot FILE`. */
export const fullSnapshotRoutes: RouteSpec[] = [
  ['GET', '/snapshots', ({ store }) => ({ result: listFullSnapshots(store) })],
  [
    'POST',
    '/snapshots',
    async ({ store, query }) => {
      if (query.get('wait') !== 'false') return { result: await createFullSnapshot(store) };
      store.inBackground('full', () => createFullSnapshot(store));
      return { accepted: true };
    },
  ],
  [
    'GET',
    '/snapshots/{snapshot}',
    ({ store, params }) => ({
      file: fullSnapshotPath(store, params.snapshot),
      contentType: 'application/octet-stream',
    }),
  ],
  [
    'DELETE',
    '/snapshots/{snapshot}',
    ({ store, params, query }) => {
      deleteFullSnapshot(store, params.snapshot);
      return query.get('wait') === 'false' ? { accepted: true } : { result: true };
    },
  ],
];
