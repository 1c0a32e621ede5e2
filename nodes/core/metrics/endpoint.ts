import { createHash, timingSafeEqual } from 'node:crypto';
import type * as http from 'node:http';
import { metricsEnabled, ragwireRegistry } from './registry.js';
// Every built-in family is defined before the first scrape, even before its first use (a backup
// that has not run yet): dashboards and alert rules find the names, and series start at the first event.
import './backup.js';
import './gen-ai.js';
import './privacy.js';
import './rag.js';
import { ConfigurationError } from '../errors.js';

/** The Prometheus text exposition of Ragwire's registry, and its content type. */
export async function metricsExposition(): Promise<{ contentType: string; text: string }> {
  const registry = ragwireRegistry();
  return { contentType: registry.contentType, text: await registry.metrics() };
}

export const DEFAULT_METRICS_PATH = '/metrics';

/** The path /metrics is served at: the setting, else RAGWIRE_METRICS_PATH, else /metrics. */
export function metricsPath(setting: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const p = typeof setting === 'string' && setting ? setting : env.RAGWIRE_METRICS_PATH || DEFAULT_METRICS_PATH;
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(p))
    throw new ConfigurationError(
      `metrics path: expected a path such as /metrics (letters, digits, - . _ ~ /), got ${p}`,
    );
  return p;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * A handler answering GET with the exposition. With a token, a scrape must send
 * `Authorization: Bearer <token>` (Prometheus: `authorization: {credentials_file: …}`); 401 otherwise.
 */
export function metricsHandler(options: { token?: string } = {}): http.RequestListener {
  const token = options.token ? digest(options.token) : undefined;
  return (req, res) => {
    if (token) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (!m || !timingSafeEqual(digest(m[1]), token)) {
        res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer realm="ragwire-metrics"' });
        res.end('The metrics need a token: send the header "Authorization: Bearer <token>".\n');
        return;
      }
    }
    if (!metricsEnabled()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Metrics are off (RAGWIRE_METRICS=off).\n');
      return;
    }
    metricsExposition().then(
      ({ contentType, text }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`Collecting the metrics failed: ${(err as Error)?.message ?? String(err)}\n`);
      },
    );
  };
}
