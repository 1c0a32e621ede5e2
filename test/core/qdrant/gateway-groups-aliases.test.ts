import assert from 'node:assert/strict';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

describe('Qdrant gateway: grouped retrieval (one hit per source document) and alias switches, against the embedded store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let gateway: QdrantGateway;

  beforeEach(async () => {
    tmp = tempDir();
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
    server = await serveValidated(createStoreHandler({ store }), new QdrantSpec());
    gateway = new QdrantGateway({ url: server.url, timeoutMs: 5000 });
    for (const name of ['kb_v1', 'kb_v2']) {
      await gateway.ensureCollection(name, { size: 2, distance: 'Cosine' });
      // Three chunks of doc A close to the query, one of B, one of C further away.
      await gateway.upsert(name, [
        { id: 1, vector: [1, 0], payload: { doc: 'A', v: name } },
        { id: 2, vector: [0.99, 0.05], payload: { doc: 'A', v: name } },
        { id: 3, vector: [0.98, 0.1], payload: { doc: 'A', v: name } },
        { id: 4, vector: [0.9, 0.4], payload: { doc: 'B', v: name } },
        { id: 5, vector: [0.5, 0.9], payload: { doc: 'C', v: name } },
      ]);
    }
  });
  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, []);
  });

  it('queryGroups gives the best passage of each document where a plain query gives one document three times', async () => {
    const plain = await gateway.query('kb_v1', { vector: [1, 0], limit: 3 });
    assert.deepEqual(
      plain.map((h) => h.payload.doc),
      ['A', 'A', 'A'],
    );
    const grouped = await gateway.queryGroups('kb_v1', { vector: [1, 0], limit: 3, groupBy: 'doc' });
    assert.deepEqual(
      grouped.map((g) => [g.id, g.hits.map((h) => h.id)]),
      [
        ['A', [1]],
        ['B', [4]],
        ['C', [5]],
      ],
    );
    assert.equal(grouped[1].hits[0].payload.doc, 'B');
    const two = await gateway.queryGroups('kb_v1', { vector: [1, 0], limit: 1, groupBy: 'doc', groupSize: 2 });
    assert.deepEqual(
      two[0].hits.map((h) => h.id),
      [1, 2],
    );
  });

  it('switchAlias moves an alias atomically; queries through the alias follow it', async () => {
    assert.equal(await gateway.aliasTarget('kb'), undefined);
    await gateway.switchAlias('kb', 'kb_v1');
    assert.equal((await gateway.query('kb', { vector: [1, 0], limit: 1 }))[0].payload.v, 'kb_v1');
    await gateway.switchAlias('kb', 'kb_v2');
    assert.equal(await gateway.aliasTarget('kb'), 'kb_v2');
    assert.equal((await gateway.query('kb', { vector: [1, 0], limit: 1 }))[0].payload.v, 'kb_v2');
    await assert.rejects(gateway.switchAlias('kb', 'missing'), /missing/);
    assert.equal(await gateway.aliasTarget('kb'), 'kb_v2', 'a failed switch leaves the alias where it was');
  });
});
