import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskRows } from '../../../nodes/core/store/disk-rows.js';
import { clusteredVectors } from '../../support/clustered-vectors.js';
import { tempDir } from '../../support/temp-dir.js';
import { StoreHarness } from './store-harness.js';

// 100 dimensions: rows are padded to 112 floats, in memory and in the file alike. N x DIM is above
// the size a scan goes to a worker thread, so the in-memory collection is searched there.
const N = 24_000;
const DIM = 100;
const QUERIES = 12;

interface Hit {
  id: number;
  score: number;
  vector?: number[];
}

/**
 * Qdrant's `on_disk: true`: the floats live in a file read with positioned reads (int8 copy in
 * memory), and every answer is the in-memory collection's, before and after a restart.
 */
describe('embedded store: vectors on disk (on_disk)', function () {
  this.timeout(240_000);
  let h: StoreHarness;
  const data = clusteredVectors(N + QUERIES, DIM, { clusters: 150, seed: 11 });
  const vector = (i: number) => Array.from(data.subarray(i * DIM, (i + 1) * DIM));
  const queries = Array.from({ length: QUERIES }, (_, i) => vector(N + i));

  beforeEach(async () => {
    // Small checkpoints: several run (and flush the file) while the collections fill.
    h = await new StoreHarness({ checkpointBytes: 1024 * 1024, erasureDelayMs: 0 }).start();
  });
  afterEach(async () => h.stop());

  const vectorFile = (collection: string) => {
    const dir = path.join(h.tmp.dir, 'collections', collection);
    const found = fs.readdirSync(dir).filter((f) => /^vectors-.*\.f32$/.test(f));
    return found.length === 1 ? path.join(dir, found[0]) : undefined;
  };

  async function fill(names: string[], distance: string, int8: boolean): Promise<void> {
    for (const name of names) {
      await h.ok('PUT', `/collections/${name}`, {
        vectors: { size: DIM, distance, ...(name.startsWith('disk') ? { on_disk: true } : {}) },
        hnsw_config: { m: 0 },
        ...(int8 ? { quantization_config: { scalar: { type: 'int8', quantile: 0.99, always_ram: true } } } : {}),
      });
    }
    for (let start = 0; start < N; start += 1000) {
      const points = Array.from({ length: 1000 }, (_, j) => ({
        id: start + j,
        vector: vector(start + j),
        payload: { n: start + j },
      }));
      for (const name of names) await h.ok('PUT', `/collections/${name}/points?wait=true`, { points });
    }
    // Updates (rows rewritten) and deletes (rows moved into the holes) after checkpoints.
    const changed = Array.from({ length: 50 }, (_, j) => ({ id: j * 7, vector: vector(N - 1 - j), payload: {} }));
    const deleted = Array.from({ length: 40 }, (_, j) => 3 + j * 11);
    for (const name of names) {
      await h.ok('PUT', `/collections/${name}/points?wait=true`, { points: changed });
      await h.ok('POST', `/collections/${name}/points/delete?wait=true`, { points: deleted });
    }
  }

  async function query(name: string, q: number[], params: unknown = {}): Promise<Hit[]> {
    const r = (await h.ok('POST', `/collections/${name}/points/query`, {
      query: q,
      limit: 10,
      with_vector: true,
      params,
    })) as { points: Hit[] };
    return r.points;
  }

  async function assertSameAnswers(params: unknown = {}): Promise<void> {
    for (const q of queries) {
      const inMemory = await query('mem', q, params);
      const onDisk = await query('disk', q, params);
      assert.equal(onDisk.length, 10);
      assert.deepEqual(onDisk, inMemory, 'same ids, scores and vectors as the in-memory collection');
    }
    const scroll = async (name: string) =>
      (await h.ok('POST', `/collections/${name}/points/scroll`, { limit: 300, with_vector: true })) as unknown;
    assert.deepEqual(await scroll('disk'), await scroll('mem'));
  }

  it('int8 + on_disk: the same hits, scores and vectors as in memory, running and after a restart; the file holds the rows', async () => {
    await fill(['mem', 'disk'], 'Cosine', true);
    await assertSameAnswers();
    await assertSameAnswers({ quantization: { rescore: true, oversampling: 2 } });
    await assertSameAnswers({ exact: true });
    const file = vectorFile('disk');
    assert.ok(file, 'the collection on disk has a file of vectors');
    assert.equal(vectorFile('mem'), undefined);
    await h.restart();
    // Opening writes every row to the file (padded to 112 floats) and keeps none in memory.
    assert.equal(fs.statSync(file).size, (N - 40) * 112 * 4);
    await assertSameAnswers();
    // The exact vectors come back, as they were sent (normalised, as Qdrant stores cosine vectors).
    const got = (await h.ok('POST', '/collections/disk/points', { ids: [1, 7], with_vector: true })) as Hit[];
    const mem = (await h.ok('POST', '/collections/mem/points', { ids: [1, 7], with_vector: true })) as Hit[];
    assert.deepEqual(got, mem);
  });

  it('on_disk without int8: exact scans read the file and answer as in memory (Euclid)', async () => {
    await fill(['mem', 'disk'], 'Euclid', false);
    await assertSameAnswers();
    await h.restart();
    await assertSameAnswers();
  });

  it('a delete leaves the file at the next checkpoint (erasure), and points written after it are found', async () => {
    await h.ok('PUT', '/collections/disk', {
      vectors: { size: DIM, distance: 'Dot', on_disk: true },
      quantization_config: { scalar: { type: 'int8' } },
    });
    const marker = Array.from({ length: DIM }, (_, i) => 1000 + i * 0.5);
    await h.ok('PUT', '/collections/disk/points?wait=true', {
      points: [
        { id: 1, vector: vector(1) },
        { id: 2, vector: marker },
        { id: 3, vector: vector(3) },
      ],
    });
    await h.restart(); // now in the file
    const file = vectorFile('disk') as string;
    const bytes = Buffer.from(new Float32Array(marker).buffer);
    assert.ok(fs.readFileSync(file).includes(bytes));
    await h.ok('POST', '/collections/disk/points/delete?wait=true', { points: [2] });
    assert.ok(!fs.readFileSync(file).includes(bytes), 'the deleted vector is no longer in the file');
    await h.ok('PUT', '/collections/disk/points?wait=true', { points: [{ id: 4, vector: marker }] });
    const hits = await query('disk', marker);
    assert.equal(hits[0].id, 4);
    assert.deepEqual(hits[0].vector, Array.from(new Float32Array(marker)));
  });
});

describe('embedded store: DiskRows (the file of vectors on disk)', () => {
  const row = (x: number) => new Float32Array([x, x + 0.5, -x]);
  const read = (d: DiskRows, r: number) => Array.from(d.row(r, 3));

  it('reads the latest vector of every row while a flush runs: rows written, moved or dropped meanwhile', async () => {
    const tmp = tempDir();
    const d = new DiskRows(16); // 3 floats padded to 4
    try {
      d.attach(path.join(tmp.dir, 'v.f32'));
      for (let r = 0; r < 600; r++) d.set(r, row(r));
      const flushing = d.flush();
      // While the runs are written on the thread pool:
      d.set(5, row(1005));
      d.move(599, 7, 3); // a delete: the last row fills the hole...
      d.truncate(599); // ...and goes
      d.set(300, row(1300));
      await flushing;
      assert.deepEqual(read(d, 5), Array.from(row(1005)));
      assert.deepEqual(read(d, 7), Array.from(row(599)));
      assert.deepEqual(read(d, 300), Array.from(row(1300)));
      assert.deepEqual(read(d, 6), Array.from(row(6)), 'from the file');
      assert.equal(d.pendingRows, 3, 'rows written again during the flush stay in memory');
      await d.flush();
      assert.equal(d.pendingRows, 0);
      assert.equal(fs.statSync(path.join(tmp.dir, 'v.f32')).size, 599 * 16, 'cut after the last row');
      for (const [r, x] of [
        [5, 1005],
        [7, 599],
        [300, 1300],
        [598, 598],
      ])
        assert.deepEqual(read(d, r), Array.from(row(x)));
      // Several rows in one read, padding zeroed, as a scan reads them.
      const into = new Uint8Array(3 * 16).fill(0xff);
      d.set(9, row(9.25));
      d.read(8, 3, into, 0);
      const floats = new Float32Array(into.buffer);
      assert.deepEqual(Array.from(floats), [...row(8), 0, ...row(9.25), 0, ...row(10), 0]);
    } finally {
      d.close();
      tmp.remove();
    }
  });

  it('a dropped row leaves the file at the next flush, even in the middle of it', async () => {
    const tmp = tempDir();
    const d = new DiskRows(16);
    const file = path.join(tmp.dir, 'v.f32');
    try {
      d.attach(file);
      for (let r = 0; r < 4; r++) d.set(r, row(r + 1.5));
      await d.flush();
      // Row 1's point is deleted, and the row it leaves is taken by a point without this vector.
      d.drop(1);
      await d.flush();
      const bytes = fs.readFileSync(file);
      const floats = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4));
      assert.deepEqual(floats.slice(4, 8), [0, 0, 0, 0], 'no trace of the dropped vector');
      assert.deepEqual(floats.slice(8, 11), Array.from(row(3.5)), 'the rows around it stay');
    } finally {
      d.close();
      tmp.remove();
    }
  });
  /** The file after `d` was filled with rows 0..599 and row 300 holds `marker` in the file. */
  async function withMarkerInFile(run: (d: DiskRows, file: string, marker: Buffer) => Promise<void>): Promise<void> {
    const tmp = tempDir();
    const d = new DiskRows(16);
    const file = path.join(tmp.dir, 'v.f32');
    const markerRow = row(777.25);
    const marker = Buffer.from(markerRow.buffer, 0, 12);
    try {
      d.attach(file);
      for (let r = 0; r < 600; r++) d.set(r, r === 300 ? markerRow : row(r));
      await d.flush();
      assert.ok(fs.readFileSync(file).includes(marker));
      // Rows rewritten: the next flush writes two runs (0..255, 256..299) on the thread pool.
      for (let r = 0; r < 300; r++) d.set(r, row(r + 0.125));
      await run(d, file, marker);
    } finally {
      d.close();
      tmp.remove();
    }
  }

  it('a row dropped while a flush runs leaves the file when a synchronous checkpoint asks for it meanwhile', async () => {
    await withMarkerInFile(async (d, file, marker) => {
      const flushing = d.flush(); // its runs are chosen now: row 300 is not among them
      d.drop(300); // the point at row 300 is deleted...
      d.flushSync(); // ...and an erasure checkpoint runs while the flush is still writing
      await flushing;
      assert.ok(!fs.readFileSync(file).includes(marker), 'no trace of the dropped vector');
      assert.deepEqual(Array.from(d.row(299, 3)), Array.from(row(299.125)));
    });
  });

  it('close during a flush: no byte of a row dropped meanwhile stays in the file', async () => {
    await withMarkerInFile(async (d, file, marker) => {
      const flushing = d.flush();
      d.drop(300);
      d.close(); // the store closes while the flush writes
      await flushing.catch(() => undefined);
      await new Promise((r) => setImmediate(r)); // the close's last step, once the write in flight is done
      assert.ok(!fs.readFileSync(file).includes(marker), 'no trace of the dropped vector after close');
    });
  });
});
