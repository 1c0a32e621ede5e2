import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCreateCollection } from '../../../nodes/core/store/config-codec.js';
import type { DurableCollection } from '../../../nodes/core/store/durable-collection.js';
import { EmbeddedStore, type StoreOptions } from '../../../nodes/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';

const DIM = 64;
const POINTS = 40_000;

/** A deterministic vector for (id, generation): what a point must hold after a restart. */
function vectorOf(id: number, generation: number): number[] {
  return Array.from({ length: DIM }, (_, d) => Math.sin(id * 0.37 + d * 1.3 + generation * 2.1));
}

function put(c: DurableCollection, ids: number[], generation: number): void {
  c.upsert(
    c.preparePoints(
      ids.map((id) => ({ id, payload: { id, generation }, vectors: new Map([['', vectorOf(id, generation)]]) })),
    ),
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** The longest time the event loop was held while `work` ran, sampled with setImmediate. */
/** The longest gap between event-loop turns while `work` runs, and how many turns there were. */
async function loopTurns(work: Promise<unknown>): Promise<{ longest: number; turns: number }> {
  let finished = false;
  void work.finally(() => (finished = true));
  let longest = 0;
  let turns = 0;
  let last = performance.now();
  while (!finished) {
    await tick();
    turns++;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }
  await work;
  return { longest, turns };
}

describe('embedded store: checkpoints and snapshots without stalls', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore | undefined;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => {
    store?.close();
    store = undefined;
    tmp.remove();
  });

  function open(options: Partial<StoreOptions> = {}, root = tmp.dir): DurableCollection {
    store = EmbeddedStore.open({ path: root, fsync: false, erasureDelayMs: 60_000, ...options });
    if (!store.exists('docs'))
      store.createCollection('docs', parseCreateCollection({ vectors: { size: DIM, distance: 'Dot' } }));
    return store.collection('docs');
  }

  function fill(c: DurableCollection): void {
    for (let start = 0; start < POINTS; start += 2000) put(c, range(start, Math.min(POINTS, start + 2000)), 0);
  }

  /** Every point of `c` as (id → generation), checking its vector matches its generation. */
  function contents(c: DurableCollection): Map<number, number> {
    const out = new Map<number, number>();
    let offset: number | undefined;
    for (;;) {
      const page = c.scroll(() => true, 5000, offset);
      for (const p of page.points) {
        const generation = (p.payload as { generation: number }).generation;
        const v = p.vectors.get('') as Float32Array;
        assert.ok(Math.abs(v[DIM - 1] - Math.fround(vectorOf(p.id as number, generation)[DIM - 1])) < 1e-6);
        out.set(p.id as number, generation);
      }
      if (page.next === null) return out;
      offset = page.next as number;
    }
  }

  it('a background checkpoint holds the event loop for a small part of what a blocking one takes', async () => {
    const c = open({ checkpointBytes: 2 ** 40 });
    fill(c);
    const blockingStart = performance.now();
    c.checkpoint();
    const blocking = performance.now() - blockingStart;
    // The same checkpoint in the background: triggered by the WAL passing its bound.
    store?.close();
    const d = open({ checkpointBytes: 1 });
    // The loop keeps turning while the image is written (a blocking checkpoint allows no turn at all),
    // and no single turn waits anywhere near as long as the blocking checkpoint. Half, not less: on a
    // loaded machine a turn also waits for the CPU (the goal itself, <= 100 ms, is the bench's). Up to
    // three background checkpoints, the calmest counts: the scheduler of a busy machine can hold one
    // turn once, while a checkpoint that blocks the loop does so every time.
    let longest = Infinity;
    let turns = 0;
    for (let generation = 1; generation <= 3 && !(longest < blocking / 2); generation++) {
      put(d, [0], generation);
      const run = await loopTurns(d.settled());
      if (run.longest < longest) ({ longest, turns } = run);
    }
    assert.ok(turns >= 10, `${turns} event-loop turns during the background checkpoint`);
    assert.ok(
      longest < blocking / 2,
      `longest event-loop block ${longest.toFixed(1)} ms vs ${blocking.toFixed(1)} ms for a blocking checkpoint`,
    );
    assert.equal(
      fs.readdirSync(path.join(tmp.dir, 'collections', 'docs')).filter((f) => f.startsWith('wal-')).length,
      1,
    );
  });

  it('writes made while a checkpoint is written are all there after a restart, and after a crash mid-checkpoint', async () => {
    const c = open({ checkpointBytes: 2 ** 40 });
    fill(c);
    const expected = new Map(range(0, POINTS).map((id) => [id, 0]));
    // Shrink the bound so the next write starts a background checkpoint.
    store?.close();
    const d = open({ checkpointBytes: 64 * 1024 });
    put(d, [0], 1);
    expected.set(0, 1);
    const crashCopy = `${tmp.dir}-crash`;
    const CRASH_AT = 8;
    let step = 0;
    // Updates, deletes and new points while the image is being written.
    for (; step < 40; step++) {
      const updated = range(step * 500 + 7, step * 500 + 27);
      put(d, updated, 2);
      for (const id of updated) expected.set(id, 2);
      const deleted = [step * 500 + 100, step * 500 + 101];
      d.delete(deleted);
      for (const id of deleted) expected.delete(id);
      const added = [POINTS + step];
      put(d, added, 3);
      expected.set(POINTS + step, 3);
      if (step === CRASH_AT) {
        // A crash mid-checkpoint: the files as they are now (partial image, rotated WAL).
        fs.mkdirSync(path.join(crashCopy, 'collections'), { recursive: true });
        fs.cpSync(path.join(tmp.dir, 'collections', 'docs'), path.join(crashCopy, 'collections', 'docs'), {
          recursive: true,
        });
        assert.ok(
          fs.readdirSync(path.join(crashCopy, 'collections', 'docs')).some((f) => /^image\.bin\.\d+\.tmp$/.test(f)),
          'the copy was taken while a checkpoint was being written',
        );
      }
      await tick();
    }
    const atCrash = new Map(expected);
    for (let s = CRASH_AT + 1; s < 40; s++) {
      // What the crash copy must not have: the writes after it was taken.
      for (const id of range(s * 500 + 7, s * 500 + 27)) atCrash.set(id, 0);
      atCrash.set(s * 500 + 100, 0);
      atCrash.set(s * 500 + 101, 0);
      atCrash.delete(POINTS + s);
    }
    await d.settled();
    assert.deepEqual(contents(d), expected);
    store?.close();
    assert.deepEqual(contents(open()), expected, 'after a clean restart');
    store?.close();
    try {
      const crashed = open({}, crashCopy);
      assert.deepEqual(contents(crashed), atCrash, 'after a crash mid-checkpoint');
      assert.ok(!fs.readdirSync(path.join(crashCopy, 'collections', 'docs')).some((f) => f.endsWith('.tmp')));
    } finally {
      store?.close();
      store = undefined;
      fs.rmSync(crashCopy, { recursive: true, force: true });
    }
  });

  it('a snapshot holds the collection as it was when asked for, while writes go on', async () => {
    const c = open({ checkpointBytes: 2 ** 40 });
    fill(c);
    const before = contents(c);
    const snapshot = (store as EmbeddedStore).createSnapshot('docs');
    for (let step = 0; step < 20; step++) {
      put(c, range(step * 1000, step * 1000 + 50), 5);
      c.delete([step * 1000 + 500]);
      put(c, [POINTS + step], 5);
      await tick();
    }
    const description = await snapshot;
    const s = store as EmbeddedStore;
    s.recoverSnapshot('copy', { file: s.snapshotPath('docs', description.name) });
    assert.deepEqual(contents(s.collection('copy')), before);
    assert.notDeepEqual(contents(c), before, 'the writes went to the live collection');
  });

  it('replays a WAL read block by block: records larger than a block, many small ones, a torn tail', () => {
    const c = open({ checkpointBytes: 2 ** 40 });
    // One record of 20,000 points (5 MiB, more than a read block), then many small ones.
    put(c, range(0, 20_000), 1);
    for (let id = 20_000; id < 20_300; id++) put(c, [id], 2);
    store?.close();
    const wal = path.join(tmp.dir, 'collections', 'docs', 'wal-00000001.log');
    assert.ok(fs.statSync(wal).size > 5 * 2 ** 20);
    const expected = new Map([
      ...range(0, 20_000).map((id): [number, number] => [id, 1]),
      ...range(20_000, 20_300).map((id): [number, number] => [id, 2]),
    ]);
    assert.deepEqual(contents(open()), expected);
    store?.close();
    // A torn last record: it is dropped, everything before it stays.
    fs.truncateSync(wal, fs.statSync(wal).size - 10);
    expected.delete(20_299);
    assert.deepEqual(contents(open()), expected);
  });

  it('a blocking checkpoint supersedes one running in the background, and close() abandons one', async () => {
    const c = open({ checkpointBytes: 2 ** 40 });
    fill(c);
    store?.close();
    const d = open({ checkpointBytes: 1 });
    put(d, [1], 9);
    await tick();
    d.checkpoint(); // abandons the background one
    put(d, [2], 9);
    await tick();
    store?.close(); // abandons the one the last write started: the WAL has the write
    const dir = path.join(tmp.dir, 'collections', 'docs');
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
      'no partial image is left',
    );
    const e = open();
    assert.equal(e.size, POINTS);
    assert.equal((e.get(2)?.payload as { generation: number }).generation, 9);
  });
});
