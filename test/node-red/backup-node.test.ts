import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QdrantGateway } from '../../nodes/core/qdrant/gateway.js';
import { allPoints } from '../support/backup-fixtures.js';
import { helper, ragwireNodes, run, statuses, type Msg } from '../support/node-red.js';
import { startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { ragwireRegistry } from '../../nodes/core/metrics/registry.js';

const KEY = 'node-backup-key';
const docs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    text: `Document ${prefix} number ${i} about backups.`,
  }));

describe('ragwire-backup (node-red-node-test-helper), on the embedded store', function () {
  this.timeout(30_000);
  let tmp: ReturnType<typeof tempDir>;
  let server: StoreProcess;

  before(async () => {
    tmp = tempDir();
    server = await startStoreProcess(['--path', path.join(tmp.dir, 'server'), '--no-fsync'], {
      RAGWIRE_STORE_API_KEY: KEY,
    });
  });
  afterEach(() => helper.unload());
  after(async () => {
    await server.stop();
    tmp.remove();
  });

  const flow = (over: Msg = {}) => [
    { id: 'store', type: 'ragwire-qdrant', mode: 'embedded', path: 'data' },
    { id: 'remote', type: 'ragwire-qdrant', mode: 'server', url: server.url, timeout: 30 },
    {
      id: 'ingest',
      type: 'ragwire-ingest',
      qdrant: 'store',
      collection: 'kb',
      chunkSize: 200,
      chunkOverlap: 0,
      wires: [['out']],
    },
    {
      id: 'bk',
      type: 'ragwire-backup',
      qdrant: 'store',
      action: 'backup',
      collections: 'all',
      directory: 'backups',
      keep: 2,
      maxAgeDays: '',
      target: 'remote',
      overwrite: false,
      wires: [['out']],
      ...over,
    },
    { id: 'out', type: 'helper' },
  ];

  it('backs up, lists, restores only with confirmation, prunes and copies; result on msg.payload', async () => {
    helper.settings({ userDir: tmp.dir });
    await helper.load(ragwireNodes(), flow(), { remote: { apiKey: KEY } });
    // `run` listens for each message it sends: this test sends more than ten.
    (helper.getNode('bk') as unknown as { setMaxListeners(n: number): void }).setMaxListeners(50);
    (helper.getNode('out') as unknown as { setMaxListeners(n: number): void }).setMaxListeners(50);
    await run('ingest', { payload: docs('a', 20) });
    const seen = statuses('bk');
    const first = (await run('bk', {})).payload as {
      action: string;
      backups: { collection: string; file: string; size: number; sha256: string; points: number }[];
    };
    assert.equal(first.action, 'backup');
    assert.deepEqual(
      first.backups.map((b) => [b.collection, b.points]),
      [['kb', 20]],
    );
    assert.match(first.backups[0].file, /^kb\/[^/]+\.snapshot$/);
    const file = path.join(tmp.dir, 'backups', first.backups[0].file);
    assert.equal(fs.statSync(file).size, first.backups[0].size);
    assert.deepEqual(seen.at(-1), { fill: 'green', shape: 'dot', text: '1 backed up' });
    // The backup metrics saw it: what the stale-backup alert reads ("_other" once other tests used up the
    // process's 50 collection labels).
    const exposition = await ragwireRegistry().metrics();
    assert.match(
      exposition,
      /ragwire_backup_last_success_timestamp_seconds\{operation="backup",collection="(?:kb|_other)"\} \d/,
    );
    assert.match(
      exposition,
      new RegExp(
        `ragwire_backup_last_size_bytes\\{operation="backup",collection="(?:kb|_other)"\\} ${first.backups[0].size}\\b`,
      ),
    );

    // More documents after the backup; a restore brings the collection back to 20 points.
    await run('ingest', { payload: docs('b', 5) });
    await run('bk', {});
    await run('bk', {});
    const listed = (await run('bk', { action: 'list' })).payload as { backups: { file: string }[] };
    assert.equal(listed.backups.length, 2, 'keep 2');
    assert.ok(!listed.backups.some((b) => b.file === first.backups[0].file), 'the oldest was pruned');
    // Restore the newest-but-one: it has 25 points; first change the collection.
    await run('ingest', { payload: docs('c', 3) });
    const target = listed.backups[1].file;

    const refused = await run('bk', { action: 'restore', file: target }).then(
      () => assert.fail('restored without confirmation'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(
      refused.message,
      /msg\.confirm: a restore replaces the collection "kb" with the backup; set msg\.confirm to "kb" to confirm\./,
    );
    assert.equal(refused.msg.statusCode, 400);
    assert.equal(seen.at(-1)?.fill, 'red');
    const outside = await run('bk', { action: 'restore', file: '../data/x.snapshot', confirm: 'kb' }).then(
      () => assert.fail('restored a file outside the directory'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(outside.message, /is not in the backup directory/);

    const restored = (await run('bk', { action: 'restore', file: target, confirm: 'kb' })).payload as Record<
      string,
      unknown
    >;
    assert.deepEqual(
      [restored.collection, restored.points, restored.replaced, restored.file],
      ['kb', 25, true, target],
    );

    const pruned = (await run('bk', { action: 'prune', keep: 1 })).payload as { deleted: string[]; kept: number };
    assert.deepEqual([pruned.deleted.length, pruned.kept], [1, 1]);

    const copied = (await run('bk', { action: 'copy' })).payload as {
      collections: { collection: string; points: number; sampled: number }[];
    };
    assert.deepEqual(
      copied.collections.map((c) => [c.collection, c.points]),
      [['kb', 25]],
    );
    const remote = new QdrantGateway({ url: server.url, apiKey: KEY });
    assert.equal(await remote.count('kb'), 25);
    const again = await run('bk', { action: 'copy' }).then(
      () => assert.fail('copied over an existing collection'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(
      again.message,
      /collection "kb" already exists at Qdrant at http\S+: delete it there, or copy with overwrite/,
    );
    const overwritten = (await run('bk', { action: 'copy', overwrite: true })).payload as {
      collections: unknown[];
    };
    assert.equal(overwritten.collections.length, 1);
    assert.equal((await allPoints(remote, 'kb')).length, 25);
  });

  it('reports a bad action and a failing collection through done(err), naming them', async () => {
    helper.settings({ userDir: tmp.dir });
    await helper.load(ragwireNodes(), flow({ collections: 'kb,missing', target: '', keep: '' }), {
      remote: { apiKey: KEY },
    });
    const bad = await run('bk', { action: 'explode' }).then(
      () => assert.fail('accepted'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(bad.message, /msg\.action: expected backup, list, prune, restore, copy, got "explode"/);
    assert.equal(bad.msg.statusCode, 400);
    const failing = await run('bk', {}).then(
      () => assert.fail('accepted'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(
      failing.message,
      /^backup failed for 1 of 2 collections: missing: Qdrant count on collection "missing" failed: Not found/,
    );
    assert.doesNotMatch(String(failing), /^\w*Error/);
    const noTarget = await run('bk', { action: 'copy' }).then(
      () => assert.fail('accepted'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(noTarget.message, /^copy: pick the target store \(a ragwire-qdrant configuration\) in the node\.$/);
    const noPrune = await run('bk', { action: 'prune' }).then(
      () => assert.fail('accepted'),
      (err: Error & { msg: Msg }) => err,
    );
    assert.match(noPrune.message, /prune: set Keep or Max\. age/);
  });
});
