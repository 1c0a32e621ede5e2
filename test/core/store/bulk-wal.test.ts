import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';
import { StoreHarness } from './store-harness.js';

const POINTS = 12_000;
const DIM = 256; // 1 KiB of floats a point: the update rewrites ~12 MiB of vectors

/** Each record of every WAL segment of a collection ([u32 length][u32 crc][body]): its length and operation (1 upsert, 2 delete). */
function walFrames(dir: string): { length: number; op: number }[] {
  const out: { length: number; op: number }[] = [];
  const segments = fs.readdirSync(dir).filter((n) => /^wal-\d+\.log$/.test(n));
  for (const f of segments.sort()) {
    const bytes = fs.readFileSync(path.join(dir, f));
    for (let at = 0; at + 8 <= bytes.length; at += 8 + bytes.readUInt32LE(at))
      out.push({ length: bytes.readUInt32LE(at), op: bytes[at + 8] });
  }
  return out;
}

const walRecords = (dir: string) => walFrames(dir).map((f) => f.length);

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

  it('a delete by filter of more ids than one record holds is logged in several, and a crash right after it keeps it', async () => {
    await h.client.createCollection('many', { vectors: { size: 1, distance: 'Dot' } });
    for (let start = 0; start < 140_000; start += 70_000) {
      const points = Array.from({ length: 70_000 }, (_, k) => ({
        id: start + k,
        vector: [1],
        payload: { odd: k % 2 },
      }));
      await h.ok('PUT', '/collections/many/points?wait=true', { points });
    }
    await h.ok('POST', '/collections/many/points/delete?wait=true', {
      filter: { must: [{ key: 'odd', match: { value: 0 } }] },
    });
    const deletes = walFrames(path.join(h.tmp.dir, 'collections', 'many')).filter((f) => f.op === 2);
    assert.equal(deletes.length, 2, '70,000 ids: two records of at most 65,536');
    fs.cpSync(h.tmp.dir, copy.dir, { recursive: true, filter: (src) => path.basename(src) !== '.lock' });
    const reopened = EmbeddedStore.open({ path: copy.dir, fsync: false });
    try {
      const c = reopened.collection('many');
      assert.equal(c.size, 70_000);
      assert.equal(c.get(0), undefined);
      assert.equal(c.get(139_998), undefined);
      assert.deepEqual(c.get(139_999)?.payload, { odd: 1 });
    } finally {
      reopened.close();
    }
  });
});
