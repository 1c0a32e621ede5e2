import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StoreLockedError } from '../../../nodes/core/store/dir-lock.js';
import { compileFilter } from '../../../nodes/core/store/filter.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { parseCreateCollection } from '../../../nodes/core/store/config-codec.js';
import { rng } from './collection.test.js';
import { startStoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const config = () => parseCreateCollection({ vectors: { size: 4, distance: 'Cosine' } });

function upsert(store: EmbeddedStore, name: string, ids: number[]) {
  const c = store.collection(name);
  c.upsert(ids.map((id) => ({ id, payload: { id }, vectors: c.prepareVectors(new Map([['', [id + 1, 1, 2, 3]]])) })));
}

function walFiles(dir: string, name: string): string[] {
  const d = path.join(dir, 'collections', name);
  return fs
    .readdirSync(d)
    .filter((f) => f.startsWith('wal-'))
    .map((f) => path.join(d, f));
}

describe('embedded store durability', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  it('keeps collections, points, deletes and payload indexes across a restart', () => {
    let store = EmbeddedStore.open({ path: tmp.dir });
    store.createCollection('docs', config());
    upsert(store, 'docs', [1, 2, 3, 4]);
    store.collection('docs').delete([2]);
    store.collection('docs').setPayloadIndex('id', 'integer');
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir });
    const c = store.collection('docs');
    assert.deepEqual(c.select(compileFilter(undefined)), [1, 3, 4]);
    assert.deepEqual(c.get(3)?.payload, { id: 3 });
    assert.deepEqual(c.config.payloadIndexes, { id: 'integer' });
    store.close();
  });

  it('checkpoints cut the WAL, and a restart after many checkpoints has every point', async () => {
    let store = EmbeddedStore.open({ path: tmp.dir, checkpointBytes: 2048 });
    store.createCollection('docs', config());
    for (let i = 0; i < 200; i++) {
      upsert(store, 'docs', [i]);
      // Checkpoints run in the background: let them progress as a server's event loop would.
      if (i % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    store.collection('docs').delete([0, 199]);
    await store.collection('docs').settled();
    assert.ok(fs.existsSync(path.join(tmp.dir, 'collections', 'docs', 'image.bin')));
    assert.ok(walFiles(tmp.dir, 'docs').length <= 2, 'old WAL segments are removed');
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir });
    assert.equal(store.collection('docs').size, 198);
    assert.equal(store.collection('docs').get(0), undefined);
    assert.deepEqual(store.collection('docs').get(150)?.payload, { id: 150 });
    store.close();
  });

  /** A store whose WAL holds two upserts (points 1 and 2); returns the WAL file. */
  function twoRecordWal(): string {
    const store = EmbeddedStore.open({ path: tmp.dir });
    store.createCollection('docs', config());
    upsert(store, 'docs', [1]);
    upsert(store, 'docs', [2]);
    store.close();
    return walFiles(tmp.dir, 'docs')[0];
  }

  it('detects a torn WAL tail, drops only the torn record, and stays writable', () => {
    const wal = twoRecordWal();
    let store: EmbeddedStore;
    const full = fs.readFileSync(wal);
    // Tear the last record: keep its header and part of its body, as a crash mid-write would.
    const second = full.length - (full.length - 8) / 2;
    fs.writeFileSync(wal, full.subarray(0, Math.floor(second + 20)));
    store = EmbeddedStore.open({ path: tmp.dir });
    assert.deepEqual(store.collection('docs').select(compileFilter(undefined)), [1]);
    upsert(store, 'docs', [3]);
    store.close();
    store = EmbeddedStore.open({ path: tmp.dir });
    assert.deepEqual(store.collection('docs').select(compileFilter(undefined)), [1, 3]);
    store.close();
  });

  it('detects a record whose bytes were altered (crc) and ignores it and anything after', () => {
    const wal = twoRecordWal();
    const buf = fs.readFileSync(wal);
    buf[buf.length - 3] ^= 0x55;
    fs.writeFileSync(wal, buf);
    const store = EmbeddedStore.open({ path: tmp.dir });
    assert.deepEqual(store.collection('docs').select(compileFilter(undefined)), [1]);
    store.close();
  });

  it('refuses to open over a damaged checkpoint instead of losing data silently', async () => {
    let store = EmbeddedStore.open({ path: tmp.dir, checkpointBytes: 1 });
    store.createCollection('docs', config());
    upsert(store, 'docs', [1, 2]);
    await store.collection('docs').settled();
    store.close();
    const image = path.join(tmp.dir, 'collections', 'docs', 'image.bin');
    const buf = fs.readFileSync(image);
    buf[20] ^= 0xff;
    fs.writeFileSync(image, buf);
    assert.throws(() => EmbeddedStore.open({ path: tmp.dir }), /checksum mismatch/);
    store = EmbeddedStore.open({ path: tmp.dir + '-other' });
    store.close();
    fs.rmSync(tmp.dir + '-other', { recursive: true });
  });

  it('locks the directory: a second opener gets a clear error naming the holder', async () => {
    const store = EmbeddedStore.open({ path: tmp.dir });
    assert.throws(
      () => EmbeddedStore.open({ path: tmp.dir }),
      (e: unknown) => e instanceof StoreLockedError && /already open in this process/.test(e.message),
    );
    store.close();
    const child = await startStoreProcess(['--path', tmp.dir]);
    try {
      assert.throws(
        () => EmbeddedStore.open({ path: tmp.dir }),
        (e: unknown) =>
          e instanceof StoreLockedError &&
          e.message.includes(`process ${child.child.pid}`) &&
          /another --path/.test(e.message),
      );
    } finally {
      await child.stop('SIGKILL');
    }
    // The holder was killed: its stale lock is taken over.
    EmbeddedStore.open({ path: tmp.dir }).close();
  });

  it('crash test: SIGKILL at random moments never loses an acknowledged write', async function () {
    this.timeout(120_000);
    const random = rng(20261125);
    const acknowledged = new Set<number>();
    let nextId = 0;
    for (let round = 0; round < 6; round++) {
      // Small checkpoints, so kills also land during checkpoint writes and WAL rotation.
      const proc = await startStoreProcess(['--path', tmp.dir, '--checkpoint-mb', '0.05']);
      const client = new QdrantClient({ url: proc.url, checkCompatibility: false });
      if (round === 0) await client.createCollection('crash', { vectors: { size: 8, distance: 'Dot' } });
      let killed = false;
      const writers = [0, 1, 2].map(async () => {
        while (!killed) {
          const ids = Array.from({ length: 1 + Math.floor(random() * 20) }, () => nextId++);
          try {
            await client.upsert('crash', {
              wait: true,
              points: ids.map((id) => ({
                id,
                vector: Array.from({ length: 8 }, (_, i) => id + i),
                payload: { id, round },
              })),
            });
            ids.forEach((id) => acknowledged.add(id));
          } catch {
            return; // the server died mid-request: this batch was never acknowledged
          }
        }
      });
      await new Promise((r) => setTimeout(r, 50 + random() * 400));
      killed = true;
      await proc.stop('SIGKILL');
      await Promise.all(writers);
      const store = EmbeddedStore.open({ path: tmp.dir });
      try {
        const c = store.collection('crash');
        const missing = [...acknowledged].filter((id) => !c.get(id));
        assert.deepEqual(missing, [], `round ${round}: acknowledged points lost`);
        for (const id of [...acknowledged].slice(-50)) {
          assert.deepEqual(
            c.get(id)?.vectors.get(''),
            Float32Array.from({ length: 8 }, (_, i) => id + i),
          );
        }
      } finally {
        store.close();
      }
    }
    assert.ok(acknowledged.size > 100, `the test wrote enough to mean something (${acknowledged.size} points)`);
  });
});
