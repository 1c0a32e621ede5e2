import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { createStoreHandler, hidePaths } from '../../../nodes/core/store/rest/server.js';
import { shortestFloat32 } from '../../../nodes/core/store/rest/present.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

interface Answer {
  status: number;
  text: string;
  result: unknown;
  error: string;
}

/** Titles for the full-text checks (three begin with "Robo", one has "of the" between words). */
const TITLES = [
  'Little Lost Robot',
  'Robot AL-76 Goes Astray',
  'Robot Dreams',
  'The Portable Star',
  'Star Light',
  'Black Friar of the Flame',
  'The Dust of Death',
  'Runaround',
];

describe('embedded store: what Qdrant v1.19 answers, in the features the store claims (checked against the spec)', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let client: QdrantClient;
  let internalErrors: unknown[];

  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: { result?: unknown; status?: unknown } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // plain-text answers (health checks)
    }
    const error = (json.status as { error?: string } | undefined)?.error ?? '';
    return { status: response.status, text, result: json.result, error };
  };
  const ids = (answer: Answer) =>
    ((answer.result as { points: { id: number }[] }).points ?? []).map((p) => p.id).sort((a, b) => a - b);
  const scroll = async (filter: unknown) => {
    const r = await call('POST', '/collections/books/points/scroll', { filter, limit: 100 });
    assert.equal(r.status, 200, r.text);
    return ids(r);
  };

  beforeEach(async () => {
    tmp = tempDir();
    internalErrors = [];
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    server = await serveValidated(createStoreHandler({ store, onError: (e) => internalErrors.push(e) }), spec);
    client = new QdrantClient({ url: server.url, checkCompatibility: false });
    await client.createCollection('books', { vectors: { size: 2, distance: 'Dot' } });
    await client.upsert('books', {
      wait: true,
      points: TITLES.map((title, i) => ({
        id: i + 1,
        vector: [0.15, i / 3],
        payload: { title, ...(i < 3 ? { country: { name: 'DE', code: 49 } } : {}), city: i % 2 ? 'Bonn' : null },
      })),
    });
  });

  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
    assert.deepEqual(internalErrors, [], 'no request ended in a 500');
  });

  it('GET / names a commit hash, GET /cluster says a standalone server (cluster disabled)', async () => {
    const root = await call('GET', '/');
    assert.match((JSON.parse(root.text) as { commit: string }).commit, /^[0-9a-f]{40}$/);
    const again = await call('GET', '/');
    assert.equal(
      again.text.match(/"commit":"(\w+)"/)?.[1],
      root.text.match(/"commit":"(\w+)"/)?.[1],
      'the same every time',
    );
    const cluster = await call('GET', '/cluster');
    assert.equal(cluster.status, 200);
    assert.deepEqual(cluster.result, { status: 'disabled' });
    // Cluster operations answer as on a standalone Qdrant.
    for (const [method, path] of [
      ['POST', '/cluster/recover'],
      ['DELETE', '/cluster/peer/1'],
      ['POST', '/collections/books/cluster'],
    ]) {
      const r = await call(method, path, method === 'POST' ? {} : undefined);
      assert.equal(r.status, 405, `${method} ${path}: ${r.text}`);
      assert.match(r.error, /standalone mode/);
    }
  });

  it('reports on_disk and per-vector hnsw_config, changes them with PATCH (kept on reopen), refuses unknown vector names', async () => {
    assert.equal(
      (
        await call('PUT', '/collections/named', {
          vectors: {
            dense: { size: 2, distance: 'Cosine', on_disk: true, hnsw_config: { m: 32 } },
            other: { size: 3, distance: 'Dot' },
          },
        })
      ).status,
      200,
    );
    let vectors = (
      (await call('GET', '/collections/named')).result as {
        config: { params: { vectors: Record<string, Record<string, unknown>> } };
      }
    ).config.params.vectors;
    assert.deepEqual(vectors.dense, { size: 2, distance: 'Cosine', on_disk: true, hnsw_config: { m: 32 } });
    assert.deepEqual(vectors.other, { size: 3, distance: 'Dot' }, 'options not given are not shown');

    const patched = await call('PATCH', '/collections/named', {
      vectors: { other: { on_disk: false, hnsw_config: { m: 8 } } },
    });
    assert.equal(patched.status, 200, patched.text);
    const unknown = await call('PATCH', '/collections/named', { vectors: { nope: { on_disk: true } } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.error, /Not existing vector name error: nope/);

    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    await server.close();
    server = await serveValidated(createStoreHandler({ store, onError: (e) => internalErrors.push(e) }), spec);
    vectors = (
      (await call('GET', '/collections/named')).result as {
        config: { params: { vectors: Record<string, Record<string, unknown>> } };
      }
    ).config.params.vectors;
    assert.deepEqual(vectors.other, { size: 3, distance: 'Dot', on_disk: false, hnsw_config: { m: 8 } });

    const unnamed = await call('PATCH', '/collections/books', { vectors: { '': { on_disk: true } } });
    assert.equal(unnamed.status, 200, unnamed.text);
    const info = (await call('GET', '/collections/books')).result as {
      config: { params: { vectors: Record<string, unknown> } };
    };
    assert.equal(info.config.params.vectors.on_disk, true);
  });

  it('PATCH merges HNSW and optimizer settings, replaces quantization, sets on_disk_payload and merges metadata (kept on reopen)', async () => {
    type Info = {
      config: {
        hnsw_config: Record<string, unknown>;
        optimizer_config: Record<string, unknown>;
        quantization_config: unknown;
        params: { on_disk_payload: boolean };
        metadata?: Record<string, unknown>;
      };
    };
    const created = await call('PUT', '/collections/tuned', {
      vectors: { size: 2, distance: 'Dot' },
      hnsw_config: { m: 32 },
      metadata: { team: 'search', stage: 'dev' },
    });
    assert.equal(created.status, 200, created.text);
    for (const body of [
      { hnsw_config: { ef_construct: 123 }, params: { on_disk_payload: true } },
      { quantization_config: { scalar: { type: 'int8', quantile: 0.99, always_ram: true } } },
      { optimizers_config: { indexing_threshold: 20000 }, metadata: { stage: 'prod', team: null } },
    ]) {
      const r = await call('PATCH', '/collections/tuned', body);
      assert.equal(r.status, 200, r.text);
    }
    const check = async () => {
      const info = (await call('GET', '/collections/tuned')).result as Info;
      assert.equal(info.config.hnsw_config.m, 32, 'kept from creation');
      assert.equal(info.config.hnsw_config.ef_construct, 123);
      assert.equal(info.config.optimizer_config.indexing_threshold, 20000);
      assert.deepEqual(info.config.quantization_config, { scalar: { type: 'int8', quantile: 0.99, always_ram: true } });
      assert.equal(info.config.params.on_disk_payload, true);
      assert.deepEqual(info.config.metadata, { stage: 'prod' }, 'null removes a key, others are merged');
    };
    await check();
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    await server.close();
    server = await serveValidated(createStoreHandler({ store, onError: (e) => internalErrors.push(e) }), spec);
    await check();
    const disabled = await call('PATCH', '/collections/tuned', { quantization_config: 'Disabled' });
    assert.equal(disabled.status, 200, disabled.text);
    assert.equal(((await call('GET', '/collections/tuned')).result as Info).config.quantization_config, null);
  });

  it('validates before it looks for the collection: 422 for ef_construct 0, timeout=0 and over-long names, whether it exists or not', async () => {
    for (const name of ['books', 'missing']) {
      const ef = await call('PUT', `/collections/${name}`, {
        vectors: { size: 2, distance: 'Dot' },
        hnsw_config: { ef_construct: 0 },
      });
      assert.equal(ef.status, 422, `${name}: ${ef.text}`);
      assert.match(ef.error, /Validation error.*hnsw_config\.ef_construct/);
      const patch = await call('PATCH', `/collections/${name}`, { hnsw_config: { ef_construct: 0 } });
      assert.equal(patch.status, 422, `${name}: ${patch.text}`);
      const timeout = await call('PUT', `/collections/${name}?timeout=0`, { vectors: { size: 2, distance: 'Dot' } });
      assert.equal(timeout.status, 422, `${name}: ${timeout.text}`);
      assert.match(timeout.error, /Validation error.*timeout: value 0 invalid/);
      const del = await call('DELETE', `/collections/${name}?timeout=0`);
      assert.equal(del.status, 422);
    }
    const long = 'extremelylongname'.repeat(20);
    for (const [method, path] of [
      ['GET', `/collections/${long}/points/1`],
      ['GET', `/collections/${long}`],
      ['DELETE', `/collections/${long}`],
    ]) {
      const r = await call(method, path);
      assert.equal(r.status, 422, `${method} ${r.text}`);
      assert.match(r.error, /Validation error/);
    }
    const ef = await call('POST', '/collections/books/points/query', { query: [1, 0], params: { hnsw_ef: 0 } });
    assert.equal(ef.status, 422, ef.text);
    assert.match(ef.error, /Validation error.*params\.hnsw_ef/);
    assert.equal((await client.getCollection('books')).points_count, TITLES.length, 'nothing changed');
  });

  it('refuses shard_number, replication_factor and write_consistency_factor of 0 (422) and -1 (400)', async () => {
    for (const key of ['shard_number', 'replication_factor', 'write_consistency_factor']) {
      const zero = await call('PUT', '/collections/sharded', { vectors: { size: 2, distance: 'Dot' }, [key]: 0 });
      assert.equal(zero.status, 422, `${key}: ${zero.text}`);
      const negative = await call('PUT', '/collections/sharded', { vectors: { size: 2, distance: 'Dot' }, [key]: -1 });
      assert.equal(negative.status, 400, `${key}: ${negative.text}`);
    }
    assert.equal((await call('GET', '/collections/sharded/exists')).text.includes('"exists":false'), true);
  });

  it('writes vectors as the shortest float32 decimal (0.15, not 0.15000000596046448)', async () => {
    const point = await call('GET', '/collections/books/points/2');
    assert.match(point.text, /"vector":\[0\.15,0\.33333334\]/);
    const scrolled = await call('POST', '/collections/books/points/scroll', { limit: 1, with_vector: true });
    assert.match(scrolled.text, /"vector":\[0\.15,0\]/);
    const alias = await call('POST', '/collections/books/points/scroll', { limit: 1, with_vectors: true });
    assert.match(alias.text, /"vector":\[0\.15,0\]/, 'with_vectors is an alias of with_vector, as in Qdrant');
    // Every float32 reads back exactly from what is written, in no more digits than needed.
    const values = new Float32Array([0.1, 1e-7, 3.4028234663852886e38, -2.5, 1.1754943508222875e-38, 123456.789]);
    for (const v of values) {
      const written = shortestFloat32(v);
      assert.equal(Math.fround(written), v);
      assert.ok(String(written).replace(/^-|e.*$|\./g, '').length <= 9, String(written));
    }
    assert.equal(shortestFloat32(Math.fround(0.1)), 0.1);
  });

  it('answers a with_vector naming a vector the collection lacks with an error, on every read', async () => {
    const reads: [string, unknown][] = [
      ['/collections/books/points/scroll', { with_vector: ['nope'] }],
      ['/collections/books/points', { ids: [1], with_vector: ['nope'] }],
      ['/collections/books/points/query', { query: [1, 0], with_vector: ['nope'] }],
      ['/collections/books/points/scroll', { with_vectors: ['nope'] }],
      ['/collections/books/points/query', { query: [1, 0], with_vectors: ['nope'] }],
    ];
    for (const [path, body] of reads) {
      const r = await call('POST', path, body);
      assert.equal(r.status, 400, `${path}: ${r.text}`);
      assert.match(r.error, /Not existing vector name error: nope/);
    }
  });

  it('filters: the field form of is_empty / is_null, and a bare key is a 422 validation error', async () => {
    assert.deepEqual(await scroll({ must: [{ key: 'city', is_empty: true }] }), [1, 3, 5, 7]);
    assert.deepEqual(await scroll({ must: [{ key: 'city', is_empty: false }] }), [2, 4, 6, 8]);
    assert.deepEqual(await scroll({ must: [{ key: 'city', is_null: true }] }), [1, 3, 5, 7]);
    assert.deepEqual(
      await scroll({ must: [{ is_empty: { key: 'city' } }] }),
      [1, 3, 5, 7],
      'the condition form agrees',
    );
    const bare = await call('POST', '/collections/books/points/scroll', { filter: { must: [{ key: 'city' }] } });
    assert.equal(bare.status, 422);
    assert.match(bare.error, /Validation error.*At least one field condition must be specified/);
  });

  it('full-text conditions on a text index tokenise as Qdrant does (word, stopwords, prefix; an empty phrase matches nothing)', async () => {
    // Without an index: substring semantics, as Qdrant's payload check.
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'ROBO' } }] }), []);
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'Robo' } }] }), [1, 2, 3]);

    await client.createPayloadIndex('books', {
      field_name: 'title',
      field_schema: { type: 'text', tokenizer: 'word', lowercase: true, stopwords: 'english', phrase_matching: true },
      wait: true,
    });
    const any = await scroll({ must: [{ key: 'title', match: { text_any: 'robot of the star' } }] });
    const split = await scroll({
      should: [
        { key: 'title', match: { text: 'robot' } },
        { key: 'title', match: { text: 'star' } },
      ],
    });
    assert.deepEqual(any, [1, 2, 3, 4, 5]);
    assert.deepEqual(any, split, 'a text_any query is its words, stopwords dropped');
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'ROBOT dreams' } }] }), [3]);
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'robo' } }] }), [], 'whole words only');
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { phrase: 'lost robot' } }] }), [1]);
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { phrase: 'robot lost' } }] }), []);
    assert.deepEqual(
      await scroll({ must: [{ key: 'title', match: { phrase: '' } }] }),
      [],
      'an empty phrase matches none',
    );
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'of the' } }] }), [], 'only stopwords: none');

    await client.createPayloadIndex('books', {
      field_name: 'title',
      field_schema: { type: 'text', tokenizer: 'prefix' },
      wait: true,
    });
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'ROBO' } }] }), [1, 2, 3]);
    assert.deepEqual(await scroll({ must: [{ key: 'title', match: { text: 'ro dre' } }] }), [3]);
  });

  it('with_payload include and exclude follow nested paths (country.name)', async () => {
    const r = await call('POST', '/collections/books/points', {
      ids: [1, 8],
      with_payload: { include: ['country.name', 'city'] },
    });
    assert.deepEqual(
      (r.result as { id: number; payload: unknown }[]).map((p) => p.payload),
      [{ country: { name: 'DE' }, city: null }, { city: 'Bonn' }],
    );
    const ex = await call('POST', '/collections/books/points', {
      ids: [1],
      with_payload: { exclude: ['country.code', 'title'] },
    });
    assert.deepEqual((ex.result as { payload: unknown }[])[0].payload, { country: { name: 'DE' }, city: null });
  });

  it('payload indexes: integer without lookup and range is a 422, params are echoed, points counted as Qdrant counts them', async () => {
    const both = await call('PUT', '/collections/books/index', {
      field_name: 'country.code',
      field_schema: { type: 'integer', lookup: false, range: false },
    });
    assert.equal(both.status, 422, both.text);
    assert.match(both.error, /Validation error: the 'lookup' and 'range' capabilities can't be both disabled/);
    await client.createPayloadIndex('books', {
      field_name: 'city',
      field_schema: { type: 'keyword', prefix: true },
      wait: true,
    });
    await client.createPayloadIndex('books', { field_name: 'country.code', field_schema: 'integer', wait: true });
    await client.createPayloadIndex('books', { field_name: 'title', field_schema: 'integer', wait: true });
    const schema = (await client.getCollection('books')).payload_schema;
    assert.deepEqual(schema.city, { data_type: 'keyword', params: { type: 'keyword', prefix: true }, points: 4 });
    assert.deepEqual(schema['country.code'], { data_type: 'integer', points: 3 });
    assert.equal(schema.title?.points, 0, 'strings are not in an integer index');
  });

  it('a query limit of 2^64-1 is answered (every point), not a 500', async () => {
    for (const path of ['/collections/books/points/query', '/collections/books/points/scroll']) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"limit": 18446744073709551615, "offset": 18446744073709551615${path.endsWith('query') ? ', "query": [1, 1]' : ''}}`,
      });
      assert.equal(response.status, 200, `${path}: ${await response.text()}`);
      const big = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"limit": 18446744073709551615${path.endsWith('query') ? ', "query": [1, 1]' : ''}}`,
      });
      const text = await big.text();
      assert.equal(big.status, 200, text);
      assert.equal((JSON.parse(text) as { result: { points: unknown[] } }).result.points.length, TITLES.length);
    }
  });

  it('recovering from an unusable file:// location answers as Qdrant (400, 403) and names no server path', async () => {
    const snap = await client.createSnapshot('books', { wait: true });
    assert.ok(snap);
    const answers: [string, number, string][] = [
      [
        'file://whatever.snapshot',
        400,
        'Bad request: Invalid snapshot URI, file path must be absolute or on localhost',
      ],
      ['file://./etc/passwd', 400, 'Bad request: Invalid snapshot URI, file path must be absolute or on localhost'],
      ['file:///whatever.snapshot', 400, 'Bad request: Snapshot file "/whatever.snapshot" does not exist'],
      ['file://localhost/whatever.snapshot', 400, 'Bad request: Snapshot file "/whatever.snapshot" does not exist'],
      ['file:///etc/passwd', 403, 'Forbidden: Snapshot file path must be inside the snapshots directory'],
      [
        `file://${store.snapshotsDir}/../collections/books/config.json`,
        403,
        'Forbidden: Snapshot file path must be inside the snapshots directory',
      ],
    ];
    for (const [location, status, error] of answers) {
      const r = await call('PUT', '/collections/books/snapshots/recover', { location });
      assert.equal(r.status, status, `${location}: ${r.text}`);
      assert.equal(r.error, error);
    }
    assert.equal((await client.count('books')).count, TITLES.length, 'nothing recovered');
  });

  it('an unexpected error (500) does not show file paths of the server', () => {
    const shown = hidePaths(
      `ENOENT: no such file or directory, open '${tmp.dir}/collections/books/image.bin' (C:\\data\\x\\y.bin)`,
    );
    assert.ok(!shown.includes(tmp.dir) && !shown.includes('image.bin') && !shown.includes('data'), shown);
    assert.match(shown, /^ENOENT: no such file or directory, open '<path>'/);
  });

  it('features it does not have answer one documented 400 naming the feature, never 404 or 405', async () => {
    const asks: [string, string, unknown, RegExp][] = [
      ['POST', '/collections/books/points/search/matrix/pairs', {}, /distance matrix/],
      ['GET', '/telemetry', undefined, /telemetry/],
      ['POST', '/collections/books/points/recommend', { positive: [1], limit: 1 }, /recommend/],
      ['PUT', '/collections/books/vectors/extra', { size: 2, distance: 'Dot' }, /adding named vectors/],
      ['POST', '/collections/books/points/query', { query: { recommend: { positive: [1] } } }, /recommend/],
      ['POST', '/collections/books/points/scroll', { order_by: 'title' }, /order_by/],
      ['POST', '/collections/books/points/scroll', { filter: { must: [{ key: 'g', geo_radius: {} }] } }, /geo_radius/],
    ];
    for (const [method, path, body, feature] of asks) {
      const r = await call(method, path, body);
      assert.equal(r.status, 400, `${method} ${path}: ${r.text}`);
      assert.match(r.error, /^Wrong input: .* is not supported by the embedded store; use a Qdrant server$/);
      assert.match(r.error, feature);
    }
  });
});
