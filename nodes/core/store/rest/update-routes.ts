import { applyOperation, parseBatch, parseOperation, type OperationKind } from '../point-updates.js';
import { updateResult, type RouteSpec } from './results.js';

/** Payload and vector updates, each its own endpoint, and `points/batch` taking a list of them. */
const single =
  (kind: OperationKind): RouteSpec[2] =>
  async ({ store, params, json, query }) => {
    const op = parseOperation(kind, await json()); // validated before the collection is looked up
    return updateResult(applyOperation(store.collection(params.collection), op), query);
  };

export const updateRoutes: RouteSpec[] = [
  ['POST', '/collections/{collection}/points/payload', single('set_payload')],
  ['PUT', '/collections/{collection}/points/payload', single('overwrite_payload')],
  ['POST', '/collections/{collection}/points/payload/delete', single('delete_payload')],
  ['POST', '/collections/{collection}/points/payload/clear', single('clear_payload')],
  ['PUT', '/collections/{collection}/points/vectors', single('update_vectors')],
  ['POST', '/collections/{collection}/points/vectors/delete', single('delete_vectors')],
  [
    'POST',
    '/collections/{collection}/points/batch',
    // Applied in order, each durable on its own, as Qdrant does: a failing operation stops the
    // batch with its error, and the operations before it stay applied.
    async ({ store, params, json, query }) => {
      const ops = parseBatch(await json());
      const c = store.collection(params.collection);
      return { result: ops.map((op) => (updateResult(applyOperation(c, op), query) as { result: unknown }).result) };
    },
  ],
];
