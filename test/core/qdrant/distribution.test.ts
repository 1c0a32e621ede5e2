import assert from 'node:assert/strict';
import { parseDistribution } from '../../../nodes/core/qdrant/distribution.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { QdrantGatewayError } from '../../../nodes/core/qdrant/gateway-error.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated } from '../../support/qdrant-spec.js';
import { startStoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const KEY = 'distribution-test-key';

async function params(url: string, collection: string): Promise<Record<string, unknown>> {
  const r = await fetch(`${url}/collections/${collection}`, { headers: { 'api-key': KEY } });
  assert.equal(r.status, 200);
  return ((await r.json()) as { result: { config: { params: Record<string, unknown> } } }).result.config.params;
}

function putCollection(url: string, collection: string, body: Record<string, unknown>): Promise<Response> {
  return fetch(`${url}/collections/${collection}`, {
    method: 'PUT',
    headers: { 'api-key': KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ vectors: { size: 4, distance: 'Cosine' }, ...body }),
  });
}

describe('shards, replicas and write consistency of new collections', () => {
  describe('parseDistribution (the Qdrant configuration node’s fields)', () => {
    it('takes positive whole numbers, as numbers or form strings; empty fields stay unset', () => {
      assert.deepEqual(parseDistribution({}), {});
      assert.deepEqual(
        parseDistribution({ shardNumber: '', replicationFactor: ' ', writeConsistencyFactor: null }),
        {},
      );
      assert.deepEqual(parseDistribution({ shardNumber: '6', replicationFactor: 3, writeConsistencyFactor: ' 2 ' }), {
        shardNumber: 6,
        replicationFactor: 3,
        writeConsistencyFactor: 2,
      });
    });

    it('refuses anything else, naming Qdrant’s field', () => {
      for (const [input, field] of [
        [{ shardNumber: 0 }, 'shard_number'],
        [{ shardNumber: '-1' }, 'shard_number'],
        [{ replicationFactor: 1.5 }, 'replication_factor'],
        [{ replicationFactor: 'two' }, 'replication_factor'],
        [{ writeConsistencyFactor: true }, 'write_consistency_factor'],
        [{ shardNumber: 2 ** 32 }, 'shard_number'],
      ] as const)
        assert.throws(
          () => parseDistribution(input),
          new RegExp(`^RangeError: ${field}: expected a positive whole number`),
        );
    });

    it('refuses a write consistency no write could meet (more than the replicas)', () => {
      assert.throws(
        () => parseDistribution({ replicationFactor: 2, writeConsistencyFactor: 3 }),
        /write_consistency_factor: 3 is more than the replication_factor \(2\)/,
      );
      assert.throws(() => parseDistribution({ writeConsistencyFactor: 2 }), /more than the replication_factor \(1\)/);
    });
  });

  describe('the gateway sends them on creation; the embedded store accepts, records and reports them', () => {
    const spec = new QdrantSpec();
    let tmp: ReturnType<typeof tempDir>;

    beforeEach(() => {
      tmp = tempDir();
    });
    afterEach(() => tmp.remove());

    it('as Qdrant reports them in config.params (responses checked against Qdrant’s OpenAPI spec)', async () => {
      const store = EmbeddedStore.open({ path: tmp.dir });
      const server = await serveValidated(createStoreHandler({ store, apiKey: KEY }), spec);
      try {
        const gw = new QdrantGateway({
          url: server.url,
          apiKey: KEY,
          distribution: { shardNumber: 4, replicationFactor: 3, writeConsistencyFactor: 2 },
        });
        assert.equal(await gw.ensureCollection('docs', { size: 4, distance: 'Cosine' }), 'created');
        assert.deepEqual(
          (({ shard_number, replication_factor, write_consistency_factor }) => ({
            shard_number,
            replication_factor,
            write_consistency_factor,
          }))(await params(server.url, 'docs')),
          { shard_number: 4, replication_factor: 3, write_consistency_factor: 2 },
        );
        const plain = new QdrantGateway({ url: server.url, apiKey: KEY });
        await plain.ensureCollection('other', { size: 4, distance: 'Cosine' });
        const other = await params(server.url, 'other');
        assert.deepEqual(
          [other.shard_number, other.replication_factor, other.write_consistency_factor],
          [1, 1, 1],
          'unset: Qdrant’s single-node defaults',
        );
        assert.equal(
          await new QdrantGateway({ url: server.url, apiKey: KEY, distribution: { shardNumber: 9 } }).ensureCollection(
            'docs',
            { size: 4, distance: 'Cosine' },
          ),
          'exists',
          'an existing collection keeps what it was created with',
        );
        assert.equal((await params(server.url, 'docs')).shard_number, 4);
        assert.deepEqual(server.problems, []);
      } finally {
        await server.close();
        store.close();
      }
    });

    it('refuses invalid values as Qdrant does (400 for the type, 422 for zero), and keeps them across restarts', async () => {
      let proc = await startStoreProcess(['--path', tmp.dir], { RAGWIRE_STORE_API_KEY: KEY });
      try {
        const zero = await putCollection(proc.url, 'bad', { shard_number: 0 });
        assert.equal(zero.status, 422);
        assert.match(((await zero.json()) as { status: { error: string } }).status.error, /shard_number/);
        const text = await putCollection(proc.url, 'bad', { replication_factor: 'two' });
        assert.equal(text.status, 400);
        assert.match(((await text.json()) as { status: { error: string } }).status.error, /replication_factor/);
        const gw = new QdrantGateway({ url: proc.url, apiKey: KEY, distribution: { replicationFactor: 0 } });
        await assert.rejects(gw.ensureCollection('bad', { size: 4, distance: 'Cosine' }), (e: unknown) => {
          assert.ok(e instanceof QdrantGatewayError && e.status === 422, String(e));
          return true;
        });
        assert.equal((await putCollection(proc.url, 'kept', { shard_number: 2, replication_factor: 2 })).status, 200);
        await proc.stop();
        proc = await startStoreProcess(['--path', tmp.dir], { RAGWIRE_STORE_API_KEY: KEY });
        const kept = await params(proc.url, 'kept');
        assert.deepEqual(
          [kept.shard_number, kept.replication_factor, kept.write_consistency_factor],
          [2, 2, 1],
          'recorded with the collection on disk',
        );
      } finally {
        await proc.stop();
      }
    });
  });
});
