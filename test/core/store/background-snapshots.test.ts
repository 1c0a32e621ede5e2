import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StoreHarness } from './store-harness.js';

const POINTS = 20_000;
const DIM = 128;

/** Counts how many image writes of collection `name` run at the same time. */
function countConcurrentImages(h: StoreHarness, name: string): { max: number; calls: number } {
  const c = h.store.collection(name);
  const original = c.writeImage.bind(c);
  const seen = { max: 0, calls: 0 };
  let running = 0;
  c.writeImage = async (file: string) => {
    seen.calls++;
    seen.max = Math.max(seen.max, ++running);
    try {
      return await original(file);
    } finally {
      running--;
    }
  };
  return seen;
}

async function until(done: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe('embedded store: background snapshots (wait=false) run one at a time and stop at close', function () {
  this.timeout(120_000);
  let h: StoreHarness;

  beforeEach(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('big', { vectors: { size: DIM, distance: 'Dot' } });
    for (let start = 0; start < POINTS; start += 5000) {
      const points = Array.from({ length: 5000 }, (_, k) => ({
        id: start + k,
        vector: Array.from({ length: DIM }, (_, d) => Math.sin(start + k + d)),
      }));
      await h.client.upsert('big', { points, wait: true });
    }
  });
  afterEach(async () => h.stop());

  it('six collection snapshots requested at once: each is written, never two at the same time', async () => {
    const seen = countConcurrentImages(h, 'big');
    for (let i = 0; i < 6; i++)
      assert.equal((await h.call('POST', '/collections/big/snapshots?wait=false')).status, 202);
    await until(() => h.store.backgroundCount === 0);
    assert.equal(seen.calls, 6);
    assert.equal(seen.max, 1, 'image writes running at once');
    assert.equal(h.store.listSnapshots('big').length, 6);
  });

  it('full snapshots requested at once are written one after the other', async () => {
    const seen = countConcurrentImages(h, 'big');
    for (let i = 0; i < 3; i++) assert.equal((await h.call('POST', '/snapshots?wait=false')).status, 202);
    await until(() => h.store.backgroundCount === 0);
    assert.equal(seen.calls, 3);
    assert.equal(seen.max, 1, 'image writes running at once');
    const full = fs.readdirSync(h.store.snapshotsDir).filter((f) => f.endsWith('.snapshot'));
    assert.equal(full.length, 3, full.join());
  });

  it('closeAfterBackground: queued snapshots do not start, the running one publishes nothing, no temporary file is left', async () => {
    const seen = countConcurrentImages(h, 'big');
    for (let i = 0; i < 4; i++)
      assert.equal((await h.call('POST', '/collections/big/snapshots?wait=false')).status, 202);
    await until(() => seen.calls > 0);
    await h.store.closeAfterBackground();
    assert.equal(h.store.backgroundCount, 0);
    assert.equal(seen.calls, 1, 'the queued snapshots never started');
    const after = filesUnder(h.store.snapshotsDir);
    assert.deepEqual(after, [], 'nothing published or left behind in the snapshots folder');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(filesUnder(h.store.snapshotsDir), after, 'nothing written after close');
  });
});
