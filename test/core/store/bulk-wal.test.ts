import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';
import { StoreHarness } from './store-harness.js';

const POINTS = 12_000;
const DIM = 256; // 1 KiB of floats a point: the update rewrites ~12 MiB of vectors

/** Byte lengths of the records of every WAL segment of a collection. */
function walRecords(dir: string): number[] {
  const out: number[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => /^wal-\d+\.log$/.test(n))
    .sort()) {
    const bytes = fs.readFileSync(path.join(dir, f));
    for (let at = 0; at + 8 <= bytes.length; at += 8 + bytes.readUInt32LE(at)) out.push(bytes.readUInt32LE(at));
  }
  return out;
}

describe('embedded store: a payload update by filter over many points is logged in bounded records', function () {
  this.timeout(180_000);
  let h: StoreHarness;
  let copy: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    // No checkpoint while the test reads the WAL: the update stays there.
    h = await new StoreHarness({ checkpointBytes: 1024 * 1024 * 1024, erasureDelayMs: 3_600_000 }).start();
    copy = tempDir();
    await h.client.createCollection('docs', { vectors: { size: DIM, distance: 'Dot' } });
    for (let start = 0; start < POINTS; start += 1000) {
      const points = Array.from({ length: 1000 }, (_, k) => ({
        id: start + k,
        vector: Array.from({ length: DIM }, (_, d) => ((start + k + d) % 7) - 3),
        payload: { n: start + k, kind: 'chunk' },
      }));
      await h.client.upsert('docs', { points, wait: true });
    }
  });
  afterEach(async () => {
    await h.stop();
    copy.remove();
  });

  for (const [title, op] of [
    ['set_payload', { route: 'POST /points/payload', body: { payload: { reviewed: true } } }],
    ['overwrite_payload', { route: 'PUT /points/payload', body: { payload: { reviewed: true } } }],
  ] as const) {
    it(`${title} by filter: no record above 5 MiB, and a crash right after it loses nothing`, async () => {
      const [method, route] = op.route.split(' ');
      await h.ok(method, `/collections/docs${route}?wait=true`, {
        ...op.body,
        filter: { must: [{ key: 'kind', match: { value: 'chunk' } }] },
      });
      const dir = path.join(h.tmp.dir, 'collections', 'docs');
      const records = walRecords(dir);
      assert.ok(Math.max(...records) <= 5 * 1024 * 1024, `largest WAL record: ${Math.max(...records)} bytes`);
      // A crash: the folder as it is now (image and WAL, no close), opened by another store.
      fs.cpSync(h.tmp.dir, copy.dir, { recursive: true, filter: (src) => path.basename(src) !== '.lock' });
      const reopened = EmbeddedStore.open({ path: copy.dir, fsync: false });
      try {
        const c = reopened.collection('docs');
        assert.equal(c.size, POINTS);
        for (const id of [0, 1, 2047, 2048, 6000, POINTS - 1]) {
          const expected = title === 'set_payload' ? { n: id, kind: 'chunk', reviewed: true } : { reviewed: true };
          assert.deepEqual(c.get(id)?.payload, expected, `point ${id}`);
        }
        assert.equal(
          c.count((p) => p.payload?.reviewed === true),
          POINTS,
        );
        assert.equal(c.get(5)?.vectors.get('')?.[1], ((5 + 1) % 7) - 3, 'vectors kept');
      } finally {
        reopened.close();
      }
      // A clean restart too.
      await h.restart();
      assert.equal(
        (await h.client.count('docs', { filter: { must: [{ key: 'reviewed', match: { value: true } }] } })).count,
        POINTS,
      );
    });
  }
});
