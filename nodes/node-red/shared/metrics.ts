import type * as http from 'node:http';
import { metricsHandler, metricsPath, configureMetrics } from '../../core/metrics/index.js';
import type { NodeAPI } from './types.js';

/** Node-RED's HTTP app for flow endpoints (an Express app): what serving /metrics needs of it. */
interface HttpNodeApp {
  get(path: string, handler: http.RequestListener): void;
}

/** settings.js: `ragwire: { metrics: { path: '/metrics', tokenUsage: false, enabled: true } }`. */
interface MetricsSettingsBlock {
  path?: unknown;
  tokenUsage?: unknown;
  enabled?: unknown;
}

/** Apps /metrics is registered on already: every Ragwire node module calls serveMetrics, the first one serves. */
const served = new WeakSet<object>();

/**
 * Serves GET /metrics (or the configured path) on RED.httpNode, once per runtime, and applies the
 * metrics settings. Routes registered here do not pass httpNodeMiddleware (Node-RED applies that
 * to `http in` routes only), so the endpoint guard's token does not apply: the metrics have their
 * own, RAGWIRE_METRICS_TOKEN.
 */
export function serveMetrics(RED: NodeAPI): void {
  const app = (RED as NodeAPI & { httpNode?: HttpNodeApp }).httpNode;
  if (!app || typeof app.get !== 'function' || served.has(app)) return;
  served.add(app);
  const block = ((RED.settings.ragwire as { metrics?: MetricsSettingsBlock } | undefined)?.metrics ??
    {}) as MetricsSettingsBlock;
  configureMetrics({
    enabled: typeof block.enabled === 'boolean' ? block.enabled : undefined,
    tokenUsage: typeof block.tokenUsage === 'boolean' ? block.tokenUsage : undefined,
  });
  let path: string;
  try {
    path = metricsPath(block.path);
  } catch (err) {
    (RED as NodeAPI & { log?: { warn(m: string): void } }).log?.warn(`ragwire: ${(err as Error).message}`);
    return;
  }
  app.get(path, metricsHandler({ token: process.env.RAGWIRE_METRICS_TOKEN || undefined }));
}
