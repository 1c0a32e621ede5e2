import assert from 'node:assert/strict';
import { scanPool } from '../../../nodes/core/store/scan-pool.js';
import { StoreHarness } from './store-harness.js';

const POINTS = 20_000;
const DIM = 128; // 2.56M floats: large enough for the scan pool, as a plain query of this size

type Hit = { id: number; score: number; payload: { doc: string; n: number } };
type Groups = { groups: { id: string; hits: { id: number; score: number }[] }[] };

const vectorOf = (i: number) => Array.from({ length: DIM }, (_, d) => Math.sin(i * 0.37 + d * 1.3));
/** Six of seven chunks share one document, so the first window of hits never fills the groups. */
const docOf = (i: number) => (i % 7 === 0 ? `d${i}` : 'common');

describe('embedded store: query/groups ranks a large collection on the scan pool, with the same answer', function () {
  this.timeout(120_000);
  let h: StoreHarness;
  let jobs: number[];
  let restore: () => void;

  before(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('chunks', { vectors: { size: DIM, distance: 'Dot' } });
    for (let start = 0; start < POINTS; start += 2000) {
      const points = Array.from({ length: 2000 }, (_, k) => ({
        id: start + k,
        vector: vectorOf(start + k),
        payload: { doc: docOf(start + k), n: start + k },
      }));
      await h.client.upsert('chunks', { points, wait: true });
    }
    const pool = scanPool();
    assert.ok(pool, 'a scan pool (RAGWIRE_STORE_SCAN_WORKERS is not 0)');
    const run = pool.run.bind(pool);
    jobs = [];
    pool.run = (job) => {
      jobs.push(job.k);
      return run(job);
    };
    restore = () => {
      pool.run = run;
    };
  });
  after(async () => {
    restore();
    await h.stop();
  });

  /** Every hit of the plain query (one exact scan), grouped here. */
  async function reference(query: number[], limit: number, groupSize: number, filter?: unknown) {
    const all = (await h.ok('POST', '/collections/chunks/points/query', {
      query,
      limit: POINTS,
      filter,
      with_payload: true,
      params: { exact: true },
    })) as { points: Hit[] };
    const groups = new Map<string, number[]>();
    for (const hit of all.points) {
      const g = groups.get(hit.payload.doc) ?? [];
      if (!groups.has(hit.payload.doc)) {
        if (groups.size === limit) continue;
        groups.set(hit.payload.doc, g);
      }
      if (g.length < groupSize) g.push(hit.id);
    }
    return [...groups].map(([id, ids]) => ({ id, ids }));
  }

  for (const [title, filter] of [
    ['without a filter', undefined],
    ['with a filter (tested on this thread, on the rows taken)', { must: [{ key: 'n', range: { lt: 15_000 } }] }],
  ] as const) {
    it(title, async () => {
      const query = vectorOf(123_457);
      const expected = await reference(query, 10, 3, filter);
      jobs = [];
      const got = (await h.ok('POST', '/collections/chunks/points/query/groups', {
        query,
        group_by: 'doc',
        limit: 10,
        group_size: 3,
        filter,
      })) as Groups;
      assert.deepEqual(
        got.groups.map((g) => ({ id: g.id, ids: g.hits.map((x) => x.id) })),
        expected,
      );
      assert.ok(
        jobs.includes(POINTS),
        `the ranking of every point ran as a scan-pool job (jobs of k = ${jobs.join(', ')})`,
      );
    });
  }
});
