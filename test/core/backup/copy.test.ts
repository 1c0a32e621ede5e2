import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyCollections, CopyVerificationError } from '../../../nodes/core/backup/copy.js';
import { BackupRunError } from '../../../nodes/core/backup/errors.js';
import { connectEndpoint } from '../../../nodes/core/backup/endpoint.js';
import type { BackupEvent } from '../../../nodes/core/backup/observer.js';
import type { QdrantConnection } from '../../../nodes/core/qdrant/connection.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { allPoints, fillCollection } from '../../support/backup-fixtures.js';
import { startStoreProcess, type StoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';

const KEY = 'copy-test-key';

describe('copying collections from an embedded store folder to a `ragwire store` process', function () {
  this.timeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let folder: string;
  let source: QdrantConnection;
  let src: QdrantGateway;
  let server: StoreProcess;
  let dst: QdrantGateway;

  before(async () => {
    tmp = tempDir();
    folder = path.join(tmp.dir, 'embedded');
    source = connectEndpoint(folder);
    src = await source.get();
    server = await startStoreProcess(['--path', path.join(tmp.dir, 'server'), '--no-fsync'], {
      RAGWIRE_STORE_API_KEY: KEY,
    });
    dst = new QdrantGateway({ url: server.url, apiKey: KEY });
  });
  after(async () => {
    await source.close();
    await server.stop();
    tmp.remove();
  });

  it('copy drill: 10,000 points, interrupted after 10 batches and resumed, identical afterwards', async () => {
    await fillCollection(src, 'drill', 10_000);
    await src.createCollectionFrom('named', {
      vectors: { text: { size: 4, distance: 'Dot' }, title: { size: 2, distance: 'Euclid' } },
      metadata: { ragwire_embedder: 'hashing-v1' },
      payloadIndexes: { source_id: 'keyword', chunk_index: 'integer' },
    });
    await src.upsertStored('named', [
      { id: 1, vector: { text: [1, 2, 3, 4], title: [0.5, -1] }, payload: { source_id: 'a', chunk_index: 0 } },
      { id: 2, vector: { text: [0, 0, 1, 0] }, payload: {} },
    ]);
    const progressFile = path.join(tmp.dir, 'progress', 'copy.json');
    const common = { from: folder, to: server.url, progressFile, collections: ['drill', 'named'] };
    let batches = 0;
    await assert.rejects(
      copyCollections(src, dst, {
        ...common,
        batchSize: 500,
        onBatch: () => {
          if (++batches === 10) throw new Error('interrupted');
        },
      }),
      /copy failed for 1 of 2 collections: drill: interrupted/,
    );
    const recorded = JSON.parse(fs.readFileSync(progressFile, 'utf8')) as {
      collections: Record<string, { state: string; copied: number }>;
    };
    assert.deepEqual(recorded.collections.drill.state, 'copying');
    assert.equal(recorded.collections.drill.copied, 5000);
    assert.equal(recorded.collections.named.state, 'done', 'the other collection was copied meanwhile');
    assert.equal(fs.statSync(progressFile).mode & 0o777, 0o600);
    assert.equal(await dst.count('drill'), 5000);

    const events: BackupEvent[] = [];
    const done = await copyCollections(src, dst, { ...common, observer: { finished: (e) => events.push(e) } });
    assert.deepEqual(
      done.collections.map((c) => [c.collection, c.points, c.resumedAt, c.sampled]),
      [
        ['drill', 10_000, 5000, 100],
        ['named', 2, 2, 2],
      ],
    );
    assert.deepEqual(
      events.map((e) => [e.operation, e.collection, e.outcome, e.bytes > 5000 * 32 * 4]),
      [
        ['copy', 'drill', 'success', true],
        ['copy', 'named', 'success', false],
      ],
    );
    assert.equal(fs.existsSync(progressFile), false, 'the progress file is removed once all is copied');
    assert.deepEqual(await allPoints(dst, 'drill'), await allPoints(src, 'drill'), 'every point identical');
    assert.deepEqual(await allPoints(dst, 'named'), await allPoints(src, 'named'));
    assert.deepEqual(await dst.collectionLayout('named'), await src.collectionLayout('named'));
    assert.deepEqual(await dst.collectionLayout('drill'), await src.collectionLayout('drill'));
  });

  it('refuses to overwrite an existing collection unless asked, and then replaces it', async () => {
    await fillCollection(src, 'again', 20, 4);
    const progressFile = path.join(tmp.dir, 'again.json');
    const options = { from: folder, to: server.url, progressFile, collections: ['again'] };
    await fillCollection(dst, 'again', 5, 4);
    await assert.rejects(
      copyCollections(src, dst, options),
      /collection "again" already exists at http:\/\/\S+: delete it there, or copy with overwrite \(--overwrite\)/,
    );
    assert.equal(await dst.count('again'), 5, 'untouched');
    await copyCollections(src, dst, { ...options, overwrite: true });
    assert.deepEqual(await allPoints(dst, 'again'), await allPoints(src, 'again'));
  });

  it('refuses a progress file of another copy', async () => {
    const progressFile = path.join(tmp.dir, 'other.json');
    fs.writeFileSync(
      progressFile,
      JSON.stringify({ format: 'ragwire-copy-progress', version: 1, from: '/x', to: 'http://y', collections: {} }),
    );
    await assert.rejects(
      copyCollections(src, dst, { from: folder, to: server.url, progressFile, collections: ['again'] }),
      /belongs to a copy from \/x to http:\/\/y, not from .*: finish that one, or delete the file/,
    );
  });

  for (const drift of [
    {
      what: 'an extra point',
      write: (gw: QdrantGateway) => gw.upsert('drift', [{ id: 999_999, vector: [1, 0, 0, 0], payload: {} }]),
      error: /drift: collection "drift" has 30 points at the source but 31 at http/,
    },
    {
      what: 'a changed payload',
      write: (gw: QdrantGateway) => gw.upsert('drift', [{ id: 2, vector: [1, 0, 0, 0], payload: { changed: true } }]),
      error: /drift: collection "drift": point 2 has a different (vector|payload) at http/,
    },
  ])
    it(`fails verification when the target differs from the source (${drift.what})`, async () => {
      await dst.deleteCollection('drift');
      if (!(await src.listCollections()).includes('drift')) await fillCollection(src, 'drift', 30, 4);
      const progressFile = path.join(tmp.dir, 'drift.json');
      fs.rmSync(progressFile, { force: true });
      let written = false;
      await assert.rejects(
        copyCollections(src, dst, {
          from: folder,
          to: server.url,
          progressFile,
          collections: ['drift'],
          batchSize: 100,
          // Someone writes to the target while the copy runs.
          onBatch: async () => {
            if (written) return;
            written = true;
            await drift.write(dst);
          },
        }),
        (err: BackupRunError) => {
          assert.match(err.message, drift.error);
          assert.ok(err.failures[0].error instanceof CopyVerificationError);
          return true;
        },
      );
    });
});
