import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { StoreHarness } from './store-harness.js';

type Description = { name: string; size: number; checksum: string | null };

const POINTS = 20_000;
const DIM = 128;

/** Polls `list` until it holds `n` snapshots (a background snapshot of ~10 MB takes well under that). */
async function until(list: () => Promise<Description[]>, n: number, timeoutMs = 60_000): Promise<Description[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await list();
    if (found.length >= n) return found;
    if (Date.now() > end) throw new Error(`${found.length} snapshots after ${timeoutMs} ms, expected ${n}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('embedded store: snapshots with wait=false answer at once; snapshots of the same second keep apart', function () {
  this.timeout(120_000);
  let h: StoreHarness;

  beforeEach(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('big', { vectors: { size: DIM, distance: 'Dot' } });
    for (let start = 0; start < POINTS; start += 5000) {
      const points = Array.from({ length: 5000 }, (_, k) => ({
        id: start + k,
        vector: Array.from({ length: DIM }, (_, d) => Math.sin(start + k + d)),
        payload: { n: start + k },
      }));
      await h.client.upsert('big', { points, wait: true });
    }
  });
  afterEach(async () => h.stop());

  const collectionSnapshots = async () => (await h.ok('GET', '/collections/big/snapshots')) as Description[];
  const fullSnapshots = async () => (await h.ok('GET', '/snapshots')) as Description[];

  it('POST /collections/{c}/snapshots?wait=false: 202 {status: "accepted"} before the snapshot exists, which comes after', async () => {
    const r = await h.call('POST', '/collections/big/snapshots?wait=false');
    assert.equal(r.status, 202, r.text);
    const body = JSON.parse(r.text) as { status: unknown; time: unknown; result?: unknown };
    assert.equal(body.status, 'accepted');
    assert.equal(typeof body.time, 'number');
    assert.equal('result' in body, false);
    assert.deepEqual(await collectionSnapshots(), [], 'answered before the snapshot was written');
    const [made] = await until(collectionSnapshots, 1);
    const bytes = Buffer.from(
      await (await fetch(`${h.server.url}/collections/big/snapshots/${made.name}`)).arrayBuffer(),
    );
    assert.equal(createHash('sha256').update(bytes).digest('hex'), made.checksum);
    // A missing collection is still refused at once.
    assert.equal((await h.call('POST', '/collections/nope/snapshots?wait=false')).status, 404);
  });

  it('POST /snapshots?wait=false: 202 before the full snapshot exists, which comes after', async () => {
    const r = await h.call('POST', '/snapshots?wait=false');
    assert.equal(r.status, 202, r.text);
    assert.equal((JSON.parse(r.text) as { status: unknown }).status, 'accepted');
    assert.deepEqual(await fullSnapshots(), [], 'answered before the snapshot was written');
    await until(fullSnapshots, 1);
  });

  it('full snapshots taken in the same second get names of their own (none replaces another)', async () => {
    const made = (await Promise.all([1, 2, 3].map(() => h.ok('POST', '/snapshots')))) as Description[];
    assert.equal(new Set(made.map((d) => d.name)).size, 3, made.map((d) => d.name).join());
    const listed = await fullSnapshots();
    assert.deepEqual(listed.map((d) => d.name).sort(), made.map((d) => d.name).sort());
    for (const d of made) {
      const bytes = Buffer.from(await (await fetch(`${h.server.url}/snapshots/${d.name}`)).arrayBuffer());
      assert.equal(createHash('sha256').update(bytes).digest('hex'), d.checksum, d.name);
    }
  });

  it('collection snapshots taken in the same millisecond get names of their own', async () => {
    const made = (await Promise.all([1, 2, 3].map(() => h.ok('POST', '/collections/big/snapshots')))) as Description[];
    assert.equal(new Set(made.map((d) => d.name)).size, 3, made.map((d) => d.name).join());
    assert.equal((await collectionSnapshots()).length, 3);
    for (const d of made) {
      const bytes = Buffer.from(
        await (await fetch(`${h.server.url}/collections/big/snapshots/${d.name}`)).arrayBuffer(),
      );
      assert.equal(createHash('sha256').update(bytes).digest('hex'), d.checksum, d.name);
    }
  });
});
