import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recoverFullSnapshot } from '../../../nodes/core/store/full-snapshot.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { startStoreProcess } from '../../support/store-process.js';
import { tempDir } from '../../support/temp-dir.js';
import { StoreHarness } from './store-harness.js';

type Description = { name: string; size: number; checksum: string | null; creation_time: string | null };

describe('embedded store: full-storage snapshots (every collection and the aliases; recovery at start)', () => {
  let h: StoreHarness;
  let other: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    h = await new StoreHarness().start();
    other = tempDir();
    await h.client.createCollection('books', { vectors: { size: 2, distance: 'Dot' } });
    await h.client.createCollection('films', { vectors: { named: { size: 3, distance: 'Cosine' } } });
    await h.client.upsert('books', {
      wait: true,
      points: [1, 2, 3].map((id) => ({ id, vector: [id, 1], payload: { title: `Book ${id}` } })),
    });
    await h.client.upsert('films', {
      wait: true,
      points: [{ id: 9, vector: { named: [1, 2, 3] }, payload: { t: 'F' } }],
    });
    await h.client.updateCollectionAliases({
      actions: [{ create_alias: { collection_name: 'books', alias_name: 'library' } }],
    });
  });
  afterEach(async () => {
    await h.stop();
    other.remove();
  });

  it('creates, lists, downloads (checksum matches, a valid tar) and deletes full snapshots; bad names are 404', async () => {
    const made = (await h.ok('POST', '/snapshots?wait=true')) as Description;
    assert.match(made.name, /^full-snapshot-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d(-\d+)?\.snapshot$/);
    const listed = (await h.ok('GET', '/snapshots')) as Description[];
    assert.deepEqual(listed, [made]);
    const download = await fetch(`${h.server.url}/snapshots/${made.name}`);
    assert.equal(download.status, 200);
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(bytes.length, made.size);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), made.checksum);
    const file = path.join(other.dir, made.name);
    fs.writeFileSync(file, bytes);
    assert.deepEqual(execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n'), [
      'manifest.json',
      'collections/0.snapshot',
      'collections/1.snapshot',
    ]);
    assert.equal(fs.statSync(path.join(h.tmp.dir, 'snapshots', made.name)).mode & 0o777, 0o600, 'owner-only');

    for (const name of ['nope.snapshot', 'full-snapshot-x.snapshot', '..%2Fcollections', 'books']) {
      const r = await h.call('GET', `/snapshots/${name}`);
      assert.equal(r.status, 404, `${name}: ${r.text}`);
      assert.doesNotMatch(r.text, new RegExp(h.tmp.dir), 'no server path in the answer');
    }
    assert.equal(await h.ok('DELETE', `/snapshots/${made.name}`), true);
    assert.deepEqual(await h.ok('GET', '/snapshots'), []);
    assert.equal((await h.call('DELETE', `/snapshots/${made.name}`)).status, 404);
    assert.equal((await h.call('POST', '/snapshots?wait=false')).status, 202);
  });

  it('`ragwire store --snapshot FILE` recovers every collection and alias into another folder', async () => {
    const made = (await h.ok('POST', '/snapshots')) as Description;
    const file = path.join(h.tmp.dir, 'snapshots', made.name);
    const target = path.join(other.dir, 'restored');
    const proc = await startStoreProcess(['--path', target, '--snapshot', file, '--no-fsync']);
    try {
      assert.match(proc.output(), /Recovered 2 collection\(s\)/);
      const client = new QdrantClient({ url: proc.url, checkCompatibility: false });
      assert.deepEqual((await client.getCollections()).collections.map((c) => c.name).sort(), ['books', 'films']);
      assert.deepEqual((await client.getAliases()).aliases, [{ alias_name: 'library', collection_name: 'books' }]);
      const found = await client.query('library', { query: [3, 1], limit: 1, with_payload: true });
      assert.equal(found.points[0].payload?.title, 'Book 3');
      const film = await client.retrieve('films', { ids: [9], with_vector: true });
      assert.deepEqual(film[0].payload, { t: 'F' });
    } finally {
      await proc.stop();
    }
  });

  it('recovery replaces collections of the same name, keeps the others, and refuses a damaged file without changes', async () => {
    const made = (await h.ok('POST', '/snapshots')) as Description;
    const file = path.join(h.tmp.dir, 'snapshots', made.name);
    const target = EmbeddedStore.open({ path: path.join(other.dir, 'target'), fsync: false });
    try {
      target.createCollection('books', h.store.collection('films').config);
      target.createCollection('mine', h.store.collection('books').config);
      target.aliases.apply([{ create_alias: { collection_name: 'mine', alias_name: 'films' } }], (n) => n === 'mine');
      assert.deepEqual(recoverFullSnapshot(target, file), ['books', 'films']);
      assert.equal(target.collection('books').size, 3);
      assert.equal(target.collection('library').get(2)?.payload?.title, 'Book 2');
      assert.ok(target.exists('mine'), 'a collection the snapshot does not hold stays');
      assert.equal(
        target.collection('mine').size,
        0,
        'an alias named like a recovered collection is dropped, not followed',
      );
      assert.equal(target.collection('films').get(9)?.payload?.t, 'F');
      assert.equal(target.aliases.target('films'), undefined);

      const damaged = path.join(other.dir, 'damaged.snapshot');
      const bytes = fs.readFileSync(file);
      bytes[700] ^= 0xff; // inside the manifest... or its header: either is refused
      fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 1024));
      assert.throws(() => recoverFullSnapshot(target, damaged), /not a full snapshot|Invalid snapshot|Unexpected|JSON/);
      const notTar = path.join(other.dir, 'plain.snapshot');
      fs.writeFileSync(notTar, 'hello');
      assert.throws(() => recoverFullSnapshot(target, notTar), /not a full snapshot/);
      assert.equal(target.collection('books').size, 3, 'unchanged');
    } finally {
      target.close();
    }
  });
});
