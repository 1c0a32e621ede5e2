import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCreateCollection } from '../../../nodes/core/store/config-codec.js';
import { EmbeddedStore, type StoreOptions } from '../../../nodes/core/store/store.js';
import type { Payload } from '../../../nodes/core/store/types.js';
import { tempDir } from '../../support/temp-dir.js';

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? [full, ...filesBelow(full)] : [full];
  });
}

/** The files (relative to `dir`) whose bytes contain `marker`. */
function filesHolding(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker);
  return filesBelow(dir)
    .filter((f) => fs.statSync(f).isFile() && fs.readFileSync(f).includes(needle))
    .map((f) => path.relative(dir, f));
}

async function eventually(check: () => boolean, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

describe('embedded store: erasure (deleted personal data does not stay readable on disk)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    store?.close();
    tmp.remove();
  });

  function open(options: Partial<StoreOptions> = {}) {
    store = EmbeddedStore.open({ path: tmp.dir, fsync: false, ...options });
    if (!store.exists('people'))
      store.createCollection('people', parseCreateCollection({ vectors: { size: 3, distance: 'Cosine' } }));
    return store.collection('people');
  }

  function put(id: number, payload: Payload) {
    const c = store.collection('people');
    c.upsert(c.preparePoints([{ id, payload, vectors: new Map([['', [id, 1, 2]]]) }]));
  }

  const marker = () => `Erika Mustermann ${randomBytes(8).toString('hex')}`;

  for (const [title, options] of [
    ['at once (erasureDelayMs 0)', { erasureDelayMs: 0 }],
    ['within the debounce bound (erasureDelayMs 100)', { erasureDelayMs: 100 }],
    ['by default within its documented bound', {}],
  ] as const) {
    it(`a deleted point's payload is gone from every file ${title}`, async () => {
      const c = open(options);
      const secret = marker();
      put(1, { text: secret });
      put(2, { text: 'keep me' });
      // Also in a checkpoint image, not only in the WAL.
      c.checkpoint();
      put(3, { text: 'later' });
      assert.ok(filesHolding(tmp.dir, secret).length > 0, 'the test can see the marker on disk');
      c.delete([1]);
      const bound = 'erasureDelayMs' in options ? options.erasureDelayMs : 1000;
      await new Promise((r) => setTimeout(r, bound));
      await eventually(() => filesHolding(tmp.dir, secret).length === 0, 200);
      assert.deepEqual(filesHolding(tmp.dir, secret), []);
      assert.deepEqual(c.get(2)?.payload, { text: 'keep me' }, 'other points are kept');
      store.close();
      assert.equal(open().size, 2, 'and survive a restart');
    });
  }

  it('an overwriting upsert (payload change) erases the old payload too; an unchanged payload writes no checkpoint', async () => {
    open({ erasureDelayMs: 50 });
    const secret = marker();
    put(7, { text: secret });
    put(7, { text: 'replaced' });
    await eventually(() => filesHolding(tmp.dir, secret).length === 0, 1000);
    assert.deepEqual(filesHolding(tmp.dir, secret), []);
    const image = path.join(tmp.dir, 'collections', 'people', 'image.bin');
    const before = fs.statSync(image).mtimeMs;
    put(7, { text: 'replaced' });
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(fs.statSync(image).mtimeMs, before, 'same payload again: nothing to erase');
  });

  it('a delete still pending at close is erased by close, and one pending at a crash by the next open', () => {
    open({ erasureDelayMs: 60_000 });
    const first = marker();
    put(1, { text: first });
    store.collection('people').delete([1]);
    store.close();
    assert.deepEqual(filesHolding(tmp.dir, first), []);
    // A crash: the WAL still holds the payload and the delete; the next open finishes the erasure.
    open({ erasureDelayMs: 60_000 });
    const second = marker();
    put(2, { text: second });
    store.collection('people').delete([2]);
    const dir = path.join(tmp.dir, 'collections', 'people');
    const atCrash = `${tmp.dir}-crash`;
    fs.cpSync(dir, atCrash, { recursive: true });
    store.close();
    fs.rmSync(dir, { recursive: true });
    fs.renameSync(atCrash, dir);
    assert.ok(filesHolding(tmp.dir, second).length > 0);
    open({ erasureDelayMs: 60_000 });
    assert.deepEqual(filesHolding(tmp.dir, second), []);
  });

  it('removes what interrupted checkpoints and snapshots left behind when the store opens', async () => {
    open();
    await store.createSnapshot('people');
    store.close();
    const secret = marker();
    const leftovers = [
      path.join(tmp.dir, 'collections', 'people', 'image.bin.tmp'),
      path.join(tmp.dir, 'collections', 'people', 'image.bin.12.tmp'),
      path.join(tmp.dir, 'collections', 'people', 'image.bin.old'),
      path.join(tmp.dir, 'snapshots', 'people', '.people-1-2026-01-01-00-00-00.snapshot.tmp'),
    ];
    for (const f of leftovers) fs.writeFileSync(f, secret);
    open();
    assert.deepEqual(filesHolding(tmp.dir, secret), []);
    assert.equal(store.listSnapshots('people').length, 1, 'finished snapshots are kept');
  });

  it('creates every folder owner-only (0700) and every file owner-readable only (0600)', async () => {
    const root = path.join(tmp.dir, 'store');
    store = EmbeddedStore.open({ path: root, fsync: false, checkpointBytes: 1 });
    store.createCollection('people', parseCreateCollection({ vectors: { size: 3, distance: 'Dot' } }));
    const c = store.collection('people');
    c.upsert(c.preparePoints([{ id: 1, payload: { a: 1 }, vectors: new Map([['', [1, 2, 3]]]) }]));
    c.setPayloadIndex('a', 'integer');
    await store.createSnapshot('people');
    await c.settled();
    const entries = [root, ...filesBelow(root)];
    assert.ok(entries.some((f) => f.endsWith('.lock')));
    assert.ok(entries.some((f) => f.endsWith('.snapshot.checksum')));
    assert.ok(entries.some((f) => /wal-\d+\.log$/.test(f)));
    assert.ok(entries.some((f) => f.endsWith('image.bin')));
    const wrong = entries
      .map((f) => {
        const stat = fs.statSync(f);
        const expected = stat.isDirectory() ? 0o700 : 0o600;
        return { f: path.relative(tmp.dir, f) || '.', mode: stat.mode & 0o777, expected };
      })
      .filter((e) => e.mode !== e.expected)
      .map((e) => `${e.f}: ${e.mode.toString(8)} (expected ${e.expected.toString(8)})`);
    assert.deepEqual(wrong, []);
  });
});
