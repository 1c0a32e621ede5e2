import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

async function raw(base: string, method: string, path: string, body?: string) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  let json: { status: unknown; result?: unknown } | undefined;
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, error: (json?.status as { error?: string } | undefined)?.error ?? '' };
}

describe('embedded store: Qdrant semantics at the edges (4xx, never 500; responses checked against the spec)', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let client: QdrantClient;
  let internalErrors: unknown[];

  beforeEach(async () => {
    tmp = tempDir();
    internalErrors = [];
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    server = await serveValidated(createStoreHandler({ store, onError: (e) => internalErrors.push(e) }), spec);
    client = new QdrantClient({ url: server.url, checkCompatibility: false });
    await client.createCollection('docs', { vectors: { size: 3, distance: 'Cosine' } });
    await client.upsert('docs', {
      wait: true,
      points: [
        { id: 1, vector: [1, 0, 0], payload: { tags: ['a', 'b'] } },
        { id: 2, vector: [0, 1, 0], payload: { tags: null } },
        { id: 3, vector: [0, 0, 1], payload: {} },
      ],
    });
  });

  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
    assert.deepEqual(internalErrors, [], 'no request ended in a 500');
  });

  it('values_count counts a missing or null field as 0 values (qdrant/qdrant#9586)', async () => {
    const count = async (values_count: Record<string, number>) =>
      (await client.count('docs', { filter: { must: [{ key: 'tags', values_count }] } })).count;
    assert.equal(await count({ lt: 1 }), 2, 'points 2 (null) and 3 (missing) have 0 values');
    assert.equal(await count({ gte: 2 }), 1);
  });

  it('answers a malformed percent-encoding in the path with 400', async () => {
    const r = await raw(server.url, 'GET', '/collections/%E0%A4%A');
    assert.equal(r.status, 400);
    assert.match(r.error, /percent-encoding|URI/i);
  });

  it('refuses filters nested thousands deep with 400 and a clear message, and keeps serving', async () => {
    const depth = 20_000;
    const filter = '{"must":['.repeat(depth) + '{"has_id":[1]}' + ']}'.repeat(depth);
    const r = await raw(server.url, 'POST', '/collections/docs/points/count', `{"filter":${filter}}`);
    assert.equal(r.status, 400);
    assert.match(r.error, /nested more than \d+ levels deep/);
    const shallow = '{"must":['.repeat(20) + '{"has_id":[1]}' + ']}'.repeat(20);
    const ok = await raw(server.url, 'POST', '/collections/docs/points/count', `{"filter":${shallow}}`);
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.json?.result, { count: 1 });
    const payload = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const deepPayload = await raw(
      server.url,
      'PUT',
      '/collections/docs/points?wait=true',
      `{"points":[{"id":5,"vector":[1,0,0],"payload":${payload}}]}`,
    );
    assert.equal(deepPayload.status, 400);
    assert.match(deepPayload.error, /points\[0\]\.payload: nested more than \d+ levels deep/);
  });

  it('takes limit and offset up to u64::MAX (as Qdrant does) without allocating for them', async () => {
    for (const [limit, offset, expected] of [
      ['18446744073709551615', '0', [1, 2, 3]],
      ['4294967296', '4294967296', []],
      ['2', '9007199254740993', []],
    ] as const) {
      const q = await raw(
        server.url,
        'POST',
        '/collections/docs/points/query',
        `{"query":[1,0,0],"limit":${limit},"offset":${offset}}`,
      );
      assert.equal(q.status, 200, `query limit ${limit} offset ${offset}: ${q.text}`);
      assert.deepEqual(
        (q.json?.result as { points: { id: number }[] }).points.map((p) => p.id),
        expected,
      );
      const all = await raw(
        server.url,
        'POST',
        '/collections/docs/points/query',
        `{"limit":${limit},"offset":${offset}}`,
      );
      assert.equal(all.status, 200, all.text);
    }
    const scroll = await raw(server.url, 'POST', '/collections/docs/points/scroll', '{"limit":18446744073709551615}');
    assert.equal(scroll.status, 200, scroll.text);
  });

  it('refuses a collection name too long for the file system with 4xx and leaves no temporary folder', async () => {
    // 255 characters (Qdrant's limit) but 1,530 bytes once encoded as a folder name.
    const name = 'é'.repeat(255);
    const r = await raw(
      server.url,
      'PUT',
      `/collections/${encodeURIComponent(name)}`,
      JSON.stringify({ vectors: { size: 3, distance: 'Dot' } }),
    );
    assert.ok(r.status >= 400 && r.status < 500, `status ${r.status}: ${r.error}`);
    assert.match(r.error, /collection name/i);
    const tooLong = await raw(
      server.url,
      'PUT',
      `/collections/${'x'.repeat(256)}`,
      JSON.stringify({ vectors: { size: 3, distance: 'Dot' } }),
    );
    assert.equal(tooLong.status, 422);
    assert.deepEqual(fs.readdirSync(path.join(tmp.dir, 'collections')), ['docs'], 'no .create-* folder is left behind');
  });

  it('refuses vectors that do not fit float32 (scores would be null) with 400 naming the point and vector', async () => {
    const r = await raw(
      server.url,
      'PUT',
      '/collections/docs/points?wait=true',
      JSON.stringify({
        points: [
          { id: 9, vector: [1, 2, 3] },
          { id: 10, vector: [1e308, 1, 1] },
        ],
      }),
    );
    assert.equal(r.status, 400);
    assert.match(r.error, /points\[1\] \(id 10\).*vector.*\[0\]/);
    assert.equal((await client.count('docs')).count, 3, 'the whole batch was refused');
    await client.createCollection('named', { vectors: { text: { size: 2, distance: 'Dot' } } });
    const named = await raw(
      server.url,
      'PUT',
      '/collections/named/points?wait=true',
      JSON.stringify({ batch: { ids: [4], vectors: { text: [[-1e39, 0]] } } }),
    );
    assert.equal(named.status, 400);
    assert.match(named.error, /id 4.*vector "text"/);
    const query = await raw(server.url, 'POST', '/collections/docs/points/query', '{"query":[1e300,0,0]}');
    assert.equal(query.status, 400);
    // Large but finite float32 values still work and score as finite numbers.
    await client.upsert('docs', { wait: true, points: [{ id: 11, vector: [3e38, 3e38, 3e38] }] });
    const hits = await client.query('docs', { query: [3e38, 3e38, 3e38], limit: 1 });
    assert.equal(hits.points[0].id, 11);
    assert.ok(Number.isFinite(hits.points[0].score));
  });

  it('keeps unsigned 64-bit point ids exact through upsert, retrieve, scroll, query, count and delete', async () => {
    // The client sends and reads such ids as BigInt, although its types only say number.
    const max = 18446744073709551615n as unknown as number;
    const odd = 9007199254740993n as unknown as number; // 2^53 + 1: the first integer a double cannot hold
    await client.upsert('docs', {
      wait: true,
      points: [
        { id: max, vector: [1, 1, 0], payload: { k: 'max' } },
        { id: odd, vector: [1, 1, 1], payload: { k: 'odd' } },
      ],
    });
    const got = await client.retrieve('docs', { ids: [max, odd] });
    assert.deepEqual(got.map((p) => [p.id, p.payload?.k]).sort(), [
      [max, 'max'],
      [odd, 'odd'],
    ]);
    const page = await client.scroll('docs', { limit: 4 });
    assert.deepEqual(
      page.points.map((p) => p.id),
      [1, 2, 3, odd],
    );
    assert.equal(page.next_page_offset, max);
    const next = await client.scroll('docs', { limit: 4, offset: max });
    assert.deepEqual(
      next.points.map((p) => p.id),
      [max],
    );
    const hits = await client.query('docs', { query: [1, 1, 0], limit: 1 });
    assert.equal(hits.points[0].id, max);
    // Found by its exact id (2^53 would be no point: 404), and left out of the answer, as Qdrant does.
    const like = await client.query('docs', { query: odd, limit: 10 });
    assert.equal(like.points.length, 4);
    assert.ok(!like.points.some((p) => p.id === odd));
    assert.equal((await client.count('docs', { filter: { must: [{ has_id: [max] }] } })).count, 1);
    const text = (await raw(server.url, 'POST', '/collections/docs/points', '{"ids":[18446744073709551615]}')).text;
    assert.match(text, /"id":18446744073709551615\b/, 'the exact digits are on the wire');
    const single = await raw(server.url, 'GET', '/collections/docs/points/9007199254740993');
    assert.match(single.text, /"id":9007199254740993\b/);
    const tooBig = await raw(
      server.url,
      'PUT',
      '/collections/docs/points',
      '{"points":[{"id":18446744073709551616,"vector":[1,0,0]}]}',
    );
    assert.equal(tooBig.status, 400);
    assert.match(tooBig.error, /not a valid point ID/);
    // And after a restart (WAL replay).
    await server.close();
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    server = await serveValidated(createStoreHandler({ store }), spec);
    client = new QdrantClient({ url: server.url, checkCompatibility: false });
    await client.delete('docs', { wait: true, points: [odd] });
    assert.deepEqual(
      (await client.retrieve('docs', { ids: [max, odd] })).map((p) => p.id),
      [max],
    );
    // The delete record in the WAL keeps the exact id too.
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    assert.equal(store.collection('docs').get(9007199254740993n), undefined);
    assert.equal(store.collection('docs').get(18446744073709551615n)?.id, 18446744073709551615n);
  });

  it('serves and recovers only regular snapshot files inside the snapshots folder, never a symlink', async () => {
    const snap = await client.createSnapshot('docs');
    assert.ok(snap);
    const folder = path.join(store.snapshotsDir, 'docs');
    fs.symlinkSync('/etc/passwd', path.join(folder, 'evil.snapshot'));
    fs.symlinkSync(path.join(folder, snap.name), path.join(folder, 'alias.snapshot'));
    for (const name of ['evil.snapshot', 'alias.snapshot']) {
      const r = await raw(server.url, 'GET', `/collections/docs/snapshots/${name}`);
      assert.equal(r.status, 404, name);
      assert.doesNotMatch(r.text, /root:/);
      const recover = await raw(
        server.url,
        'PUT',
        '/collections/docs/snapshots/recover',
        JSON.stringify({ location: `file://${path.join(folder, name)}` }),
      );
      assert.equal(recover.status, 403, `${name}: ${recover.status} ${recover.error}`);
    }
    assert.deepEqual(
      (await client.listSnapshots('docs')).map((s) => s.name),
      [snap.name],
    );
    const real = await raw(server.url, 'GET', `/collections/docs/snapshots/${snap.name}`);
    assert.equal(real.status, 200);
  });
});
