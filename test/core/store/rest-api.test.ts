import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, SPEC_PATH, type ValidatedServer } from '../../support/qdrant-spec.js';
import { REPO_ROOT } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const API_KEY = 'test-key-123';

/** Raw request, for what the official client cannot send (bad JSON, huge bodies, bad ids). */
async function raw(
  base: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'api-key': API_KEY, ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json: json as { status: unknown; result?: unknown; time?: number } };
}

describe('embedded store REST API (official client, responses checked against Qdrant v1.19 OpenAPI)', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let client: QdrantClient;

  beforeEach(async () => {
    tmp = tempDir();
    store = EmbeddedStore.open({ path: tmp.dir });
    server = await serveValidated(createStoreHandler({ store, apiKey: API_KEY, maxBodyBytes: 64 * 1024 }), spec);
    client = new QdrantClient({ url: server.url, apiKey: API_KEY, checkCompatibility: false });
  });

  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
    assert.ok(server.checked > 0, 'responses were checked against the spec');
  });

  it('answers GET / with a 1.19 version the client accepts, and health checks without a key', async () => {
    const versionInfo = await client.versionInfo();
    assert.match(versionInfo.version, /^1\.19\./);
    for (const path of ['/healthz', '/readyz', '/livez']) {
      const r = await fetch(`${server.url}${path}`);
      assert.equal(r.status, 200, path);
    }
    const noKey = await fetch(`${server.url}/collections`);
    assert.equal(noKey.status, 401);
    const wrongKey = await fetch(`${server.url}/collections`, { headers: { authorization: 'Bearer nope' } });
    assert.equal(wrongKey.status, 401);
    const bearer = await fetch(`${server.url}/collections`, { headers: { authorization: `Bearer ${API_KEY}` } });
    assert.equal(bearer.status, 200);
  });

  it('manages collections: create (unnamed and named, all distances), info, exists, list, delete, 409', async () => {
    await client.createCollection('plain', { vectors: { size: 4, distance: 'Cosine' } });
    await client.createCollection('multi', {
      vectors: {
        text: { size: 3, distance: 'Dot' },
        image: { size: 2, distance: 'Euclid' },
        geo: { size: 2, distance: 'Manhattan' },
      },
    });
    assert.deepEqual((await client.getCollections()).collections.map((c) => c.name).sort(), ['multi', 'plain']);
    const info = await client.getCollection('multi');
    assert.deepEqual(info.config.params.vectors, {
      text: { size: 3, distance: 'Dot' },
      image: { size: 2, distance: 'Euclid' },
      geo: { size: 2, distance: 'Manhattan' },
    });
    assert.equal(info.points_count, 0);
    assert.equal((await client.collectionExists('plain')).exists, true);
    await assert.rejects(
      client.createCollection('plain', { vectors: { size: 4, distance: 'Cosine' } }),
      (e: { status: number; data: { status: { error: string } } }) => {
        assert.equal(e.status, 409);
        assert.equal(e.data.status.error, 'Wrong input: Collection `plain` already exists!');
        return true;
      },
    );
    assert.equal(await client.deleteCollection('plain'), true);
    assert.equal(await client.deleteCollection('plain'), false);
    assert.equal((await client.collectionExists('plain')).exists, false);
    await assert.rejects(
      client.getCollection('plain'),
      (e: { status: number; data: { status: { error: string } } }) => {
        assert.equal(e.status, 404);
        assert.equal(e.data.status.error, "Not found: Collection `plain` doesn't exist!");
        return true;
      },
    );
  });

  it('records payload indexes and shows them in the payload schema', async () => {
    await client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    await client.createPayloadIndex('docs', { field_name: 'source', field_schema: 'keyword', wait: true });
    assert.deepEqual(Object.keys((await client.getCollection('docs')).payload_schema), ['source']);
    await client.deletePayloadIndex('docs', 'source', { wait: true });
    assert.deepEqual((await client.getCollection('docs')).payload_schema, {});
  });

  it('upserts (integer and UUID ids, columnar batch), retrieves, scrolls, counts and deletes', async () => {
    await client.createCollection('docs', { vectors: { size: 3, distance: 'Cosine' } });
    const uuid = '6f1c3a52-8d4e-4b1a-9c3e-2f5d7a9b0c1d';
    const r = await client.upsert('docs', {
      wait: true,
      points: [
        { id: 1, vector: [1, 0, 0], payload: { lang: 'de', year: 2021 } },
        { id: uuid, vector: [0, 1, 0], payload: { lang: 'en', year: 2023 } },
      ],
    });
    assert.equal(r.status, 'completed');
    await client.upsert('docs', {
      wait: true,
      batch: {
        ids: [2, 3],
        vectors: [
          [0, 0, 1],
          [1, 1, 0],
        ],
        payloads: [{ lang: 'de' }, { lang: 'fr' }],
      },
    });
    const got = await client.retrieve('docs', { ids: [uuid.toUpperCase(), 99, 1], with_vector: true });
    assert.deepEqual(
      got.map((p) => p.id).sort(),
      [1, uuid].sort(),
      'missing ids are left out, UUIDs come back normalised',
    );
    const one = got.find((p) => p.id === 1);
    assert.deepEqual(one?.vector, [1, 0, 0]);
    const page1 = await client.scroll('docs', {
      limit: 2,
      filter: { must_not: [{ key: 'lang', match: { value: 'fr' } }] },
    });
    assert.deepEqual(
      page1.points.map((p) => p.id),
      [1, 2],
    );
    const page2 = await client.scroll('docs', {
      limit: 2,
      offset: page1.next_page_offset ?? undefined,
      filter: { must_not: [{ key: 'lang', match: { value: 'fr' } }] },
    });
    assert.deepEqual(
      page2.points.map((p) => p.id),
      [uuid],
    );
    assert.equal(page2.next_page_offset ?? null, null);
    assert.equal(
      (await client.count('docs', { filter: { must: [{ key: 'lang', match: { value: 'de' } }] } })).count,
      2,
    );
    await client.delete('docs', { wait: true, points: [2] });
    await client.delete('docs', { wait: true, filter: { must: [{ key: 'year', range: { gte: 2022 } }] } });
    assert.equal((await client.count('docs')).count, 2);
    assert.equal((await client.getCollection('docs')).points_count, 2);
  });

  it('queries by vector, {nearest}, point id, with using, filter, threshold, offset, payload and vector selection', async () => {
    await client.createCollection('multi', {
      vectors: { text: { size: 2, distance: 'Cosine' }, img: { size: 2, distance: 'Euclid' } },
    });
    await client.upsert('multi', {
      wait: true,
      points: [
        { id: 1, vector: { text: [1, 0], img: [0, 0] }, payload: { k: 'a', n: 1 } },
        { id: 2, vector: { text: [0.8, 0.2], img: [1, 1] }, payload: { k: 'b', n: 2 } },
        { id: 3, vector: { text: [0, 1], img: [5, 5] }, payload: { k: 'a', n: 3 } },
      ],
    });
    const byText = await client.query('multi', { query: [1, 0], using: 'text', with_payload: true });
    assert.deepEqual(
      byText.points.map((p) => p.id),
      [1, 2, 3],
    );
    assert.ok(Math.abs(byText.points[0].score - 1) < 1e-6);
    const byImg = await client.query('multi', { query: { nearest: [0, 0] }, using: 'img', limit: 2 });
    assert.deepEqual(
      byImg.points.map((p) => p.id),
      [1, 2],
    );
    assert.ok(Math.abs(byImg.points[1].score - Math.SQRT2) < 1e-6, 'Euclid scores are distances');
    const filtered = await client.query('multi', {
      query: [1, 0],
      using: 'text',
      filter: { must: [{ key: 'k', match: { value: 'a' } }] },
      with_payload: ['n'],
    });
    assert.deepEqual(
      filtered.points.map((p) => [p.id, p.payload]),
      [
        [1, { n: 1 }],
        [3, { n: 3 }],
      ],
    );
    const thresholded = await client.query('multi', { query: [1, 0], using: 'text', score_threshold: 0.5 });
    assert.deepEqual(
      thresholded.points.map((p) => p.id),
      [1, 2],
    );
    const offset = await client.query('multi', {
      query: [1, 0],
      using: 'text',
      offset: 1,
      limit: 1,
      with_vector: ['img'],
    });
    assert.deepEqual(
      offset.points.map((p) => [p.id, p.vector]),
      [[2, { img: [1, 1] }]],
    );
    // As Qdrant: the point named by id is left out, its nearest others answer.
    const likePoint = await client.query('multi', { query: 3, using: 'text', limit: 2 });
    assert.deepEqual(
      likePoint.points.map((p) => p.id),
      [2, 1],
    );
    const batch = await client.queryBatch('multi', {
      searches: [
        { query: [0, 1], using: 'text', limit: 1 },
        { query: [5, 5], using: 'img', limit: 1 },
      ],
    });
    assert.deepEqual(
      batch.map((b) => b.points[0].id),
      [3, 3],
    );
  });

  it('serves the legacy POST /points/search with a bare list of scored points', async () => {
    await client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    await client.upsert('docs', {
      wait: true,
      points: [
        { id: 1, vector: [1, 0], payload: { a: 1 } },
        { id: 2, vector: [0, 1] },
      ],
    });
    const r = await raw(
      server.url,
      'POST',
      '/collections/docs/points/search',
      JSON.stringify({ vector: [0, 2], limit: 1, with_payload: true }),
    );
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.result, [{ id: 2, version: 2 - 1, score: 2, payload: {}, vector: null }]);
  });

  it("answers bad input with Qdrant's error shape and code, and keeps serving", async () => {
    await client.createCollection('docs', { vectors: { size: 3, distance: 'Cosine' } });
    const cases: [string, string, string | Buffer, number, RegExp][] = [
      [
        'PUT',
        '/collections/docs/points',
        JSON.stringify({ points: [{ id: 1, vector: [1, 2] }] }),
        400,
        /^Wrong input: Vector dimension error: expected dim: 3, got 2$/,
      ],
      [
        'POST',
        '/collections/docs/points/query',
        JSON.stringify({ query: [1, 2, 3, 4] }),
        400,
        /Vector dimension error: expected dim: 3, got 4/,
      ],
      [
        'PUT',
        '/collections/docs/points',
        JSON.stringify({ points: [{ id: -5, vector: [1, 2, 3] }] }),
        400,
        /not a valid point ID/,
      ],
      [
        'PUT',
        '/collections/docs/points',
        JSON.stringify({ points: [{ id: 'not-a-uuid', vector: [1, 2, 3] }] }),
        400,
        /not a valid point ID/,
      ],
      [
        'PUT',
        '/collections/docs/points',
        JSON.stringify({ points: [{ id: 1.5, vector: [1, 2, 3] }] }),
        400,
        /not a valid point ID/,
      ],
      ['PUT', '/collections/docs/points', JSON.stringify({ points: [{ id: 1 }] }), 400, /missing field `vector`/],
      ['PUT', '/collections/docs/points', '{"points": [', 400, /^Format error in JSON body/],
      [
        'POST',
        '/collections/docs/points/scroll',
        JSON.stringify({ filter: { must: [{ key: 'a', match: {} }] } }),
        400,
        /filter\.must\[0\]\.match/,
      ],
      [
        'POST',
        '/collections/docs/points/count',
        JSON.stringify({ filter: { must: [{ nonsense: true }] } }),
        400,
        /unknown condition/,
      ],
      [
        'POST',
        '/collections/docs/points/query',
        JSON.stringify({ query: [1, 2, 3], limit: 0 }),
        422,
        /^Validation error in JSON body: \[internal\.limit: value 0 invalid/,
      ],
      [
        'PUT',
        '/collections/bad',
        JSON.stringify({ vectors: { size: 0, distance: 'Cosine' } }),
        422,
        /^Validation error in JSON body/,
      ],
      [
        'PUT',
        '/collections/bad',
        JSON.stringify({ vectors: { size: 4, distance: 'Hamming' } }),
        400,
        /unknown variant "Hamming"/,
      ],
      [
        'POST',
        '/collections/missing/points/query',
        JSON.stringify({ query: [1, 2, 3] }),
        404,
        /^Not found: Collection `missing` doesn't exist!$/,
      ],
      [
        'PUT',
        '/collections/docs/points',
        Buffer.alloc(100 * 1024, 32),
        400,
        /larger than allowed \(limit: 65536 bytes\)/,
      ],
    ];
    for (const [method, path, body, status, message] of cases) {
      const r = await raw(server.url, method, path, body);
      assert.equal(r.status, status, `${method} ${path} ${String(body).slice(0, 60)}`);
      const error = (r.json.status as { error: string }).error;
      assert.match(error, message, `${method} ${path}`);
      assert.equal(r.json.result, undefined, 'an error has no result');
      assert.equal(typeof r.json.time, 'number');
    }
    assert.equal((await client.count('docs')).count, 0, 'no rejected batch stored anything');
    await client.upsert('docs', { wait: true, points: [{ id: 1, vector: [1, 2, 3] }] });
    assert.equal((await client.count('docs')).count, 1, 'the server is still up and writable');
  });

  it('rejects a whole batch when one point has a wrong dimension', async () => {
    await client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    await assert.rejects(
      client.upsert('docs', {
        wait: true,
        points: [
          { id: 1, vector: [1, 2] },
          { id: 2, vector: [1] },
        ],
      }),
    );
    assert.equal((await client.count('docs')).count, 0);
  });

  it('snapshots: create, list, download (binary intact), delete; recover from upload, file:// and http://', async () => {
    await client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    await client.upsert('docs', { wait: true, points: [{ id: 1, vector: [0.5, -1.25], payload: { t: 'ä€😀' } }] });
    const snap = await client.createSnapshot('docs');
    assert.ok(snap);
    assert.match(snap.checksum ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(
      (await client.listSnapshots('docs')).map((s) => s.name),
      [snap.name],
    );
    const download = await fetch(`${server.url}/collections/docs/snapshots/${snap.name}`, {
      headers: { 'api-key': API_KEY },
    });
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(bytes.length, snap.size);
    assert.equal(
      createHash('sha256').update(bytes).digest('hex'),
      snap.checksum,
      'downloaded bytes are the file the checksum describes',
    );

    // Change the data, then restore by multipart upload with the checksum.
    await client.upsert('docs', { wait: true, points: [{ id: 2, vector: [1, 1] }] });
    const form = new FormData();
    form.set('snapshot', new Blob([new Uint8Array(bytes)]), snap.name);
    const up = await fetch(`${server.url}/collections/restored/snapshots/upload?wait=true&checksum=${snap.checksum}`, {
      method: 'POST',
      headers: { 'api-key': API_KEY },
      body: form,
    });
    assert.equal(up.status, 200);
    const restored = await client.retrieve('restored', { ids: [1, 2], with_vector: true });
    assert.deepEqual(
      restored.map((p) => [p.id, p.vector, p.payload]),
      [[1, [0.5, -1.25], { t: 'ä€😀' }]],
    );

    // file:// inside the snapshots folder replaces the live collection.
    const file = `file://${store.snapshotsDir}/docs/${snap.name}`;
    assert.equal(await client.recoverSnapshot('docs', { location: file, checksum: snap.checksum ?? undefined }), true);
    assert.equal((await client.count('docs')).count, 1);
    const outside = await raw(
      server.url,
      'PUT',
      '/collections/docs/snapshots/recover',
      JSON.stringify({ location: 'file:///etc/passwd' }),
    );
    assert.equal(outside.status, 403, 'Qdrant answers a file outside the snapshots folder with 403');
    assert.ok(!JSON.stringify(outside.json).includes(tmp.dir), 'the answer names no server path');

    // http:// location served by a throwaway server.
    const host = http.createServer((_req, res) => res.end(bytes));
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const location = `http://127.0.0.1:${(host.address() as AddressInfo).port}/s.snapshot`;
    try {
      assert.equal(await client.recoverSnapshot('fromhttp', { location }), true);
      assert.equal((await client.count('fromhttp')).count, 1);
    } finally {
      host.close();
    }

    await client.deleteSnapshot('docs', snap.name);
    assert.deepEqual(await client.listSnapshots('docs'), []);
    const gone = await raw(server.url, 'GET', `/collections/docs/snapshots/${snap.name}`);
    assert.equal(gone.status, 404);
  });

  it('refuses damaged snapshots and checksum mismatches without touching the collection', async () => {
    await client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    await client.upsert('docs', { wait: true, points: [{ id: 1, vector: [1, 0] }] });
    const snap = await client.createSnapshot('docs');
    const bytes = Buffer.from(
      await (
        await fetch(`${server.url}/collections/docs/snapshots/${snap?.name}`, { headers: { 'api-key': API_KEY } })
      ).arrayBuffer(),
    );
    const upload = async (data: Buffer, query = '') => {
      const form = new FormData();
      form.set('snapshot', new Blob([new Uint8Array(data)]), 'x.snapshot');
      const r = await fetch(`${server.url}/collections/docs/snapshots/upload${query}`, {
        method: 'POST',
        headers: { 'api-key': API_KEY },
        body: form,
      });
      return { status: r.status, body: (await r.json()) as { status: { error: string } } };
    };
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    const damaged = await upload(flipped);
    assert.equal(damaged.status, 400);
    assert.match(damaged.body.status.error, /Invalid snapshot: checksum mismatch/);
    const truncated = await upload(bytes.subarray(0, bytes.length - 10));
    assert.equal(truncated.status, 400);
    const wrongSum = await upload(bytes, `?checksum=${'0'.repeat(64)}`);
    assert.equal(wrongSum.status, 400);
    assert.match(wrongSum.body.status.error, /Snapshot checksum mismatch/);
    assert.equal((await client.count('docs')).count, 1, 'the collection is untouched');
  });
});

describe('Qdrant OpenAPI response check', () => {
  const spec = new QdrantSpec();

  it('reads the vendored Qdrant v1.19.0 document from inside the repository (a fresh clone has no ../shared)', () => {
    const relative = path.relative(REPO_ROOT, SPEC_PATH);
    assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `${SPEC_PATH} lies inside ${REPO_ROOT}`);
    const source = fs.readFileSync(path.join(path.dirname(SPEC_PATH), 'SOURCE.md'), 'utf8');
    assert.match(source, /v1\.19\.0/);
    assert.match(source, /Apache License 2\.0/);
    const document = JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8')) as { openapi: string; paths: object };
    assert.equal(document.openapi, '3.0.1');
    assert.equal(Object.keys(document.paths).length, 53);
  });

  it('the spec check itself catches responses that break the contract', () => {
    const wrongResult = spec.validate('GET', '/collections/x', 200, {
      result: { collections: [] },
      status: 'ok',
      time: 0,
    });
    assert.ok(wrongResult && wrongResult.length > 0, 'collection info without its required fields');
    assert.ok(
      (
        spec.validate('POST', '/collections/x/points/query', 200, {
          result: { points: [{ id: 1, score: 'high' }] },
          status: 'ok',
          time: 0,
        }) ?? []
      ).length > 0,
    );
    assert.ok((spec.validate('PUT', '/collections/x', 409, { status: 'bad', time: 0 }) ?? []).length > 0);
    assert.deepEqual(
      spec.validate('POST', '/collections/x/points/search', 200, []),
      undefined,
      'legacy search is not in the 1.19 spec',
    );
  });
});
