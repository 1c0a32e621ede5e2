import assert from 'node:assert/strict';
import { helper, ragwireNodes, run, type Msg } from '../support/node-red.js';
import { startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const KEY = 'qdrant-node-distribution-key';

describe('ragwire-qdrant: shards, replicas and write consistency for the collections it creates', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: StoreProcess;

  beforeEach(async () => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
    store = await startStoreProcess(['--path', `${tmp.dir}/server`], { RAGWIRE_STORE_API_KEY: KEY });
  });
  afterEach(async () => {
    await helper.unload();
    await store.stop();
    tmp.remove();
  });

  const flow = (qdrant: Msg) => [
    { id: 'store', type: 'ragwire-qdrant', mode: 'server', url: store.url, timeout: 10, ...qdrant },
    { id: 'ingest', type: 'ragwire-ingest', qdrant: 'store', collection: 'kb', wires: [['out']] },
    { id: 'out', type: 'helper' },
  ];
  const params = async () => {
    const r = await fetch(`${store.url}/collections/kb`, { headers: { 'api-key': KEY } });
    return ((await r.json()) as { result: { config: { params: Record<string, unknown> } } }).result.config.params;
  };

  it('creates the collection with the values of the form (strings, as the editor saves them)', async () => {
    await helper.load(ragwireNodes(), flow({ shardNumber: '3', replicationFactor: '2', writeConsistencyFactor: '2' }), {
      store: { apiKey: KEY },
    });
    await run('ingest', { payload: [{ id: 'a', text: 'Urlaub beantragen Sie im Personalportal.' }] });
    const p = await params();
    assert.deepEqual([p.shard_number, p.replication_factor, p.write_consistency_factor], [3, 2, 2]);
  });

  it('left empty, Qdrant’s defaults apply', async () => {
    await helper.load(ragwireNodes(), flow({ shardNumber: '', replicationFactor: '', writeConsistencyFactor: '' }), {
      store: { apiKey: KEY },
    });
    await run('ingest', { payload: [{ id: 'a', text: 'Urlaub beantragen Sie im Personalportal.' }] });
    const p = await params();
    assert.deepEqual([p.shard_number, p.replication_factor, p.write_consistency_factor], [1, 1, 1]);
  });

  it('an invalid value makes the configuration unusable with a message naming the field, and nothing is created', async () => {
    await helper.load(ragwireNodes(), flow({ replicationFactor: '0' }), { store: { apiKey: KEY } });
    await assert.rejects(
      run('ingest', { payload: [{ id: 'a', text: 'Urlaub beantragen Sie im Personalportal.' }] }),
      /replication_factor: expected a positive whole number, got "0"/,
    );
    const r = await fetch(`${store.url}/collections/kb`, { headers: { 'api-key': KEY } });
    assert.equal(r.status, 404);
  });
});
