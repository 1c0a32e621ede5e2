import * as assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serveFlowiseMetrics, stopFlowiseMetrics } from '../../nodes/flowise/shared/metrics-server.js';

describe('Ragwire metrics in Flowise: one process-wide endpoint', () => {
  afterEach(() => stopFlowiseMetrics());

  it('serves the registry once per process, with the bearer token when one is set', async () => {
    const env = {
      RAGWIRE_FLOWISE_METRICS_PORT: '0',
      RAGWIRE_FLOWISE_METRICS_HOST: '127.0.0.1',
      RAGWIRE_METRICS_TOKEN: 'scrape-token-0123456789',
    };
    const server = serveFlowiseMetrics(env)!;
    assert.ok(server);
    assert.equal(serveFlowiseMetrics(env), server, 'every component shares the first one');
    await new Promise((r) => (server.listening ? r(undefined) : server.once('listening', r)));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    assert.equal((await fetch(`${url}/metrics`)).status, 401);
    const ok = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
    assert.equal(ok.status, 200);
    const text = await ok.text();
    assert.match(text, /^# HELP ragwire_privacy_decisions_total/m);
    assert.match(text, /^# HELP ragwire_retrieval_duration_seconds/m);
    assert.equal((await fetch(`${url}/other`)).status, 404);
  });

  it('refuses an address other machines reach without a token, or with a short one, unless opted out by name', async () => {
    const warnings: string[] = [];
    assert.equal(
      serveFlowiseMetrics({ RAGWIRE_FLOWISE_METRICS_PORT: '0' }, (w) => warnings.push(w)),
      undefined,
    );
    assert.match(warnings[0], /metrics not served: RAGWIRE_FLOWISE_METRICS_PORT on 0\.0\.0\.0 .*RAGWIRE_METRICS_TOKEN/);
    await stopFlowiseMetrics();
    const short = { RAGWIRE_FLOWISE_METRICS_PORT: '0', RAGWIRE_METRICS_TOKEN: 'short-token' };
    assert.equal(
      serveFlowiseMetrics(short, (w) => warnings.push(w)),
      undefined,
    );
    assert.match(warnings[1], /RAGWIRE_METRICS_TOKEN is too short: use at least 16 characters/);
    await stopFlowiseMetrics();
    const blank = { RAGWIRE_FLOWISE_METRICS_PORT: '0', RAGWIRE_METRICS_TOKEN: ' '.repeat(20) };
    assert.equal(
      serveFlowiseMetrics(blank, (w) => warnings.push(w)),
      undefined,
      'blanks are no token',
    );
    assert.match(warnings[2], /RAGWIRE_METRICS_TOKEN is too short/);
    await stopFlowiseMetrics();
    const open = { RAGWIRE_FLOWISE_METRICS_PORT: '0', RAGWIRE_FLOWISE_METRICS_INSECURE_OPEN: 'true' };
    const server = serveFlowiseMetrics(open, (w) => warnings.push(w))!;
    assert.ok(server, 'served when opted out by name');
    await new Promise((r) => (server.listening ? r(undefined) : server.once('listening', r)));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    assert.equal((await fetch(url)).status, 200);
    assert.equal(warnings.length, 3);
  });

  it('needs no token on loopback', async () => {
    const server = serveFlowiseMetrics({
      RAGWIRE_FLOWISE_METRICS_PORT: '0',
      RAGWIRE_FLOWISE_METRICS_HOST: '127.0.0.1',
    })!;
    await new Promise((r) => (server.listening ? r(undefined) : server.once('listening', r)));
    assert.equal((await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`)).status, 200);
  });

  it('is off without a port, and a bad port is reported once, never thrown', () => {
    assert.equal(serveFlowiseMetrics({}), undefined);
    const warnings: string[] = [];
    assert.equal(
      serveFlowiseMetrics({ RAGWIRE_FLOWISE_METRICS_PORT: 'ninety' }, (w) => warnings.push(w)),
      undefined,
    );
    assert.equal(
      serveFlowiseMetrics({ RAGWIRE_FLOWISE_METRICS_PORT: 'ninety' }, (w) => warnings.push(w)),
      undefined,
    );
    assert.deepEqual(warnings, [
      'ragwire: metrics not served: RAGWIRE_FLOWISE_METRICS_PORT: expected a port number (0-65535), got "ninety"',
    ]);
  });
});
