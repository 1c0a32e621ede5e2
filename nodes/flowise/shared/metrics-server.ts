import * as http from 'node:http';
import { ConfigurationError } from '../../core/errors.js';
import { LOOPBACK, tooShortTokenProblem } from '../../core/exposure.js';
import { metricsEnabled } from '../../core/metrics/registry.js';
import { metricsHandler, metricsPath } from '../../core/metrics/index.js';

/**
 * Ragwire's metrics in Flowise: Flowise has no route a component may add to its server, so the
 * registry is served on a port of its own, once per Flowise process, by whichever Ragwire component
 * is built first. Settings come from the environment only (one process, one endpoint; a component
 * setting could disagree with another): RAGWIRE_FLOWISE_METRICS_PORT (unset: not served),
 * RAGWIRE_FLOWISE_METRICS_HOST (default 0.0.0.0, for a scrape from outside the pod),
 * RAGWIRE_METRICS_PATH (default /metrics) and RAGWIRE_METRICS_TOKEN (a bearer token scrapes must send).
 * As with `ragwire start`, an address other machines reach needs the token, or an opt-out by name
 * (RAGWIRE_FLOWISE_METRICS_INSECURE_OPEN=true): the metrics name collections, models and privacy decisions.
 */
export const METRICS_PORT_ENV = 'RAGWIRE_FLOWISE_METRICS_PORT';
const INSECURE_OPEN_ENV = 'RAGWIRE_FLOWISE_METRICS_INSECURE_OPEN';

interface MetricsServerState {
  server?: http.Server;
  /** Why it is not served, once reported. */
  problem?: string;
}

const STATE_KEY = Symbol.for('ragwire.flowise.metrics');
const holder = globalThis as unknown as Record<symbol, MetricsServerState | undefined>;

/** The token scrapes must send, after refusing settings that would expose the metrics unprotected. */
function tokenFor(host: string, env: NodeJS.ProcessEnv): string | undefined {
  const token = env.RAGWIRE_METRICS_TOKEN || undefined;
  const tokenProblem = token !== undefined && tooShortTokenProblem('RAGWIRE_METRICS_TOKEN', token);
  if (tokenProblem) throw new ConfigurationError(tokenProblem);
  if (token === undefined && !LOOPBACK.test(host) && env[INSECURE_OPEN_ENV] !== 'true')
    throw new ConfigurationError(
      `${METRICS_PORT_ENV} on ${host} makes the metrics reachable from other machines (they name collections, ` +
        'models and privacy decisions). Protect them with a token in RAGWIRE_METRICS_TOKEN (Prometheus sends ' +
        `"Authorization: Bearer <token>"), listen on 127.0.0.1 with RAGWIRE_FLOWISE_METRICS_HOST, or, if they may ` +
        `really be open, say so with ${INSECURE_OPEN_ENV}=true.`,
    );
  return token;
}

function portOf(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env[METRICS_PORT_ENV]?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigurationError(`${METRICS_PORT_ENV}: expected a port number (0-65535), got ${JSON.stringify(raw)}`);
  return port;
}

/**
 * Starts the metrics endpoint unless it runs already or no port is set. Never throws: a Flowise
 * whose metrics port is taken still answers questions; the problem goes to `warn`, once.
 */
export function serveFlowiseMetrics(
  env: NodeJS.ProcessEnv = process.env,
  warn: (text: string) => void = (t) => console.warn(t),
): http.Server | undefined {
  const state = (holder[STATE_KEY] ??= {});
  if (state.server || state.problem) return state.server;
  try {
    const port = portOf(env);
    // RAGWIRE_METRICS=off turns the registry off: nothing to serve, and nothing to warn about.
    if (port === undefined || !metricsEnabled()) return undefined;
    const host = env.RAGWIRE_FLOWISE_METRICS_HOST || '0.0.0.0';
    const route = metricsPath(undefined, env);
    const handler = metricsHandler({ token: tokenFor(host, env) });
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://metrics');
      if (req.method !== 'GET' || url.pathname !== route) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end(`Ragwire serves only GET ${route} here.\n`);
        return;
      }
      handler(req, res);
    });
    server.on('error', (err) => {
      state.problem = `ragwire: the metrics endpoint could not start on port ${port}: ${err.message}`;
      state.server = undefined;
      warn(state.problem);
    });
    // The endpoint must not keep a Flowise (or a test) alive on its own.
    server.listen(port, host).unref();
    state.server = server;
    return server;
  } catch (err) {
    state.problem = `ragwire: metrics not served: ${(err as Error).message}`;
    warn(state.problem);
    return undefined;
  }
}

/** Stops the endpoint, so a later call starts it again (tests). */
export async function stopFlowiseMetrics(): Promise<void> {
  const state = holder[STATE_KEY];
  holder[STATE_KEY] = undefined;
  if (state?.server) await new Promise<void>((resolve) => state.server!.close(() => resolve()));
}
