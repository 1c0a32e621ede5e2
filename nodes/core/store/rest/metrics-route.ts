import type { RouteSpec } from './results.js';

/** The store's Prometheus exposition; needs the API key like every endpoint but the health checks, as in Qdrant. */
export const metricsRoutes: RouteSpec[] = [
  ['GET', '/metrics', ({ store, metrics }) => ({ text: metrics.render(store) })],
];
