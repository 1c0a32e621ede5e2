import assert from 'node:assert/strict';
import { promtoolCheckMetrics } from '../../support/metrics.js';
import { StoreHarness } from './store-harness.js';

/** The value of the sample `name{labels...}` in an exposition (labels in any order), or undefined. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("embedded store: /metrics (Prometheus text with Qdrant's metric names, checked by promtool)", () => {
  let h: StoreHarness;
  afterEach(async () => h.stop());

  it('reports collections, points, vectors and per-endpoint response counts and durations; promtool accepts it', async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('docs', {
      vectors: { a: { size: 2, distance: 'Dot' }, b: { size: 2, distance: 'Dot' } },
    });
    await h.client.upsert('docs', {
      wait: true,
      points: [
        { id: 1, vector: { a: [1, 0], b: [0, 1] } },
        { id: 2, vector: { a: [1, 1] } },
      ],
    });
    for (let i = 0; i < 3; i++) await h.client.query('docs', { query: [1, 0], using: 'a' });
    assert.equal((await h.call('POST', '/collections/missing/points/query', { query: [1, 0] })).status, 404);

    const response = await fetch(`${h.server.url}/metrics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await response.text();
    // Only promtool's naming lint on two of Qdrant's own names (gauges ending in _total), which
    // are kept so that dashboards written for Qdrant work unchanged: no format error, no other lint.
    assert.deepEqual(await promtoolCheckMetrics(text), {
      code: 3,
      output:
        'collections_total non-counter metrics should not have "_total" suffix\n' +
        'collections_vector_total non-counter metrics should not have "_total" suffix\n',
    });
    const withoutQdrantNames = text.replace(/^(# (HELP|TYPE) )?collections(_vector)?_total.*\n/gm, '');
    assert.deepEqual(await promtoolCheckMetrics(withoutQdrantNames), { code: 0, output: '' });

    assert.equal(sampleOf(text, 'app_info', { name: 'qdrant' }), 1);
    assert.equal(sampleOf(text, 'collections_total'), 1);
    assert.equal(sampleOf(text, 'collections_vector_total'), 3);
    assert.equal(sampleOf(text, 'collection_points', { id: 'docs' }), 2);
    assert.equal(sampleOf(text, 'collection_vectors', { collection: 'docs', vector: 'b' }), 1);
    const query = { method: 'POST', endpoint: '/collections/{collection_name}/points/query' };
    assert.equal(sampleOf(text, 'rest_responses_total', { ...query, status: '200' }), 3);
    assert.equal(sampleOf(text, 'rest_responses_total', { ...query, status: '404' }), 1);
    assert.equal(sampleOf(text, 'rest_responses_duration_seconds_count', { ...query, status: '200' }), 3);
    assert.equal(sampleOf(text, 'rest_responses_duration_seconds_bucket', { ...query, status: '200', le: '+Inf' }), 3);
    assert.equal(
      sampleOf(text, 'rest_responses_duration_seconds_count', { ...query, status: '404' }),
      undefined,
      'durations only for 200 answers, as Qdrant',
    );
    const avg = sampleOf(text, 'rest_responses_avg_duration_seconds', { ...query, status: '200' }) as number;
    const max = sampleOf(text, 'rest_responses_max_duration_seconds', { ...query, status: '200' }) as number;
    const min = sampleOf(text, 'rest_responses_min_duration_seconds', { ...query, status: '200' }) as number;
    assert.ok(min > 0 && min <= avg && avg <= max, `${min} <= ${avg} <= ${max}`);
    assert.doesNotMatch(text, /missing/, 'concrete names from paths never become labels');
  });

  it('needs the API key when one is set (Qdrant exempts only /, /healthz, /livez, /readyz)', async () => {
    h = await new StoreHarness({ apiKey: 'sekret-key-1' }).start();
    assert.equal((await fetch(`${h.server.url}/metrics`)).status, 401);
    // The spec documents no error answer for /metrics at all; the 401 is the store's usual JSON error.
    assert.deepEqual(h.server.problems.splice(0), ['GET /metrics: the spec has no JSON response for status 401']);
    const ok = await fetch(`${h.server.url}/metrics`, { headers: { 'api-key': 'sekret-key-1' } });
    assert.equal(ok.status, 200);
    const text = await ok.text();
    assert.equal(sampleOf(text, 'collections_total'), 0);
    assert.doesNotMatch(text, /sekret/);
  });
});
