import type { RouteContext, RouteResult } from './handlers.js';

/** A route served by a module of its own, registered by handlers.ts. */
export type RouteSpec = [
  method: string,
  template: string,
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>,
];

/** Qdrant's UpdateResult: `completed` when the client waited (wait=true), else `acknowledged`. */
export function updateResult(operationId: number, query: URLSearchParams): RouteResult {
  return { result: { operation_id: operationId, status: query.get('wait') === 'true' ? 'completed' : 'acknowledged' } };
}
