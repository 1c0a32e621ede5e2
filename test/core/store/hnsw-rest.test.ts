import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';
import { indexed } from './hnsw-support.js';

const N = 6000;
const DIM = 64;

describe('embedded store REST API: HNSW index (status, params, persistence; responses checked against Qdrant v1.19 OpenAPI)', function () {
  this.timeout(300_000);
  const spec = new QdrantSpec();
  const data = clusteredVectors(N + 20, DIM, { clusters: 60, seed: 3 });
  const vector = (i: number) => Array.from(data.subarray(i * DIM, (i + 1) * DIM));
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let client: QdrantClient;

  const serve = async () => {
    store = EmbeddedStore.open({ path: tmp.dir, erasureDelayMs: 50 });
    server = await serveValidated(createStoreHandler({ store, maxBodyBytes: 64 * 1024 * 1024 }), spec);
    client = new QdrantClient({ url: server.url, checkCompatibility: false });
  };
  const stop = async () => {
    await server.close();
    store.close();
    assert.deepEqual(server.problems, [], 'every response matches the Qdrant OpenAPI spec');
  };
  const state = () => store.collection('docs').indexState();
  const graphFile = () =>
    path.join(tmp.dir, 'collections', fs.readdirSync(path.join(tmp.dir, 'collections'))[0], 'hnsw.bin');

  beforeEach(async () => {
    tmp = tempDir();
    await serve();
    await client.createCollection('docs', {
      vectors: { size: DIM, distance: 'Cosine' },
      hnsw_config: { m: 12, ef_construct: 64, full_scan_threshold: 10 },
      optimizers_config: { indexing_threshold: 1 },
    });
    for (let start = 0; start < N; start += 2000) {
      const points = [];
      for (let i = start; i < start + 2000; i++) points.push({ id: i, vector: vector(i), payload: { group: i % 3 } });
      await client.upsert('docs', { points, wait: true });
    }
  });

  afterEach(async () => {
    await stop();
    tmp.remove();
  });

  it('reports yellow while the index is built, then green with indexed_vectors_count; params.exact and hnsw_ef', async () => {
    const building = await client.getCollection('docs');
    assert.equal(building.status, 'yellow');
    assert.equal(building.points_count, N);
    await indexed(state);
    const ready = await client.getCollection('docs');
    assert.equal(ready.status, 'green');
    assert.equal(ready.indexed_vectors_count, N);
    assert.equal(ready.config.hnsw_config.m, 12);
    const q = vector(N + 1);
    const exact = await client.query('docs', { query: q, limit: 10, params: { exact: true } });
    const viaGraph = await client.query('docs', { query: q, limit: 10, params: { hnsw_ef: 128 } });
    const exactIds = new Set(exact.points.map((p) => p.id));
    assert.ok(viaGraph.points.filter((p) => exactIds.has(p.id)).length >= 9);
    const filtered = await client.query('docs', {
      query: q,
      limit: 5,
      filter: { must: [{ key: 'group', match: { value: 1 } }] },
    });
    assert.equal(filtered.points.length, 5);
    for (const p of filtered.points) assert.equal(Number(p.id) % 3, 1);
    // New graph parameters rebuild the index (Qdrant's optimizer does the same).
    const builds = state().builds;
    await client.updateCollection('docs', { hnsw_config: { m: 8 } });
    assert.equal((await client.getCollection('docs')).status, 'yellow');
    await indexed(state);
    assert.equal(state().builds, builds + 1);
    assert.equal(store.collection('docs').indexState().indexedVectors, N);
    await assert.rejects(
      client.query('docs', { query: q, limit: 10, params: { hnsw_ef: 0 } }),
      (err: { status?: number }) => err.status === 400 || err.status === 422,
    );
  });

  it('persists the graph with the collection: a restart loads it (no rebuild), a damaged file is rebuilt', async () => {
    await indexed(state);
    await store.collection('docs').settled(); // the graph is saved in the background after a build
    const q = vector(N + 2);
    const before = await client.query('docs', { query: q, limit: 10 });
    assert.ok(fs.existsSync(graphFile()));
    assert.equal(fs.statSync(graphFile()).mode & 0o777, 0o600, 'owner-only, like the image');
    await stop();
    await serve();
    const reopened = state();
    assert.equal(reopened.loaded, 1, 'graph taken from the file');
    assert.equal(reopened.optimizing, false, 'nothing to rebuild');
    assert.equal(reopened.indexedVectors, N);
    assert.equal((await client.getCollection('docs')).status, 'green');
    assert.deepEqual(await client.query('docs', { query: q, limit: 10 }), before);
    // Writes after the save: deleted and rewritten points' nodes are dropped when loading again.
    await client.delete('docs', { points: [before.points[0].id], wait: true });
    await client.upsert('docs', { points: [{ id: 5, vector: q, payload: {} }], wait: true });
    await stop();
    // Damage the graph file: it is refused (checksum) and rebuilt.
    const file = graphFile();
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(file, bytes);
    await serve();
    assert.equal(state().loaded, 0);
    assert.equal((await client.getCollection('docs')).status, 'yellow');
    await indexed(state);
    assert.equal(state().builds, 1);
    const after = await client.query('docs', { query: q, limit: 10 });
    assert.equal(after.points[0].id, 5);
    assert.ok(!after.points.some((p) => p.id === before.points[0].id));
    assert.equal((await client.getCollection('docs')).indexed_vectors_count, N - 1);
  });

  it('a restart after writes keeps the graph and indexes only what changed', async () => {
    await indexed(state);
    const q = vector(N + 3);
    const top = (await client.query('docs', { query: q, limit: 3 })).points.map((p) => p.id);
    await client.delete('docs', { points: [top[0]], wait: true });
    await client.upsert('docs', { points: [{ id: 'aa9b7e22-0d3e-4c55-9a1e-5f3f0f5a1b22', vector: q }], wait: true });
    await stop();
    await serve();
    assert.equal(state().loaded, 1);
    const hits = (await client.query('docs', { query: q, limit: 3 })).points.map((p) => p.id);
    assert.equal(hits[0], 'aa9b7e22-0d3e-4c55-9a1e-5f3f0f5a1b22');
    assert.ok(!hits.includes(top[0]));
    await indexed(state);
    assert.equal(state().indexedVectors, N);
  });

  it('saves the graph in the background; a close meanwhile writes it itself and the abandoned save replaces nothing', async () => {
    await indexed(state);
    await store.collection('docs').settled();
    const dir = path.dirname(graphFile());
    const saved = fs.readFileSync(graphFile());
    // A rebuild (new parameters) ends in a background save; closing before it ends must still
    // leave the new graph on disk, whole, and no temporary file behind.
    await client.updateCollection('docs', { hnsw_config: { m: 8 } });
    await indexed(state);
    await stop();
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
    assert.ok(!fs.readFileSync(graphFile()).equals(saved), 'the rebuilt graph was written');
    await serve();
    assert.equal(state().loaded, 1, 'the file written at close is whole and is loaded');
    assert.equal(state().optimizing, false);
    assert.equal((await client.getCollection('docs')).config.hnsw_config.m, 8);
  });
});
