import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { createStoreHandler } from '../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../nodes/core/store/store.js';
import { percentile, randomVectors, report, round } from './support.js';

/**
 * `query/groups` against one plain query of the same limit, in the same run, over HTTP (the same
 * overhead for both). The data is the case that makes grouping costly: points of one document lie
 * together (100 documents of 400 points), so the best hits of a query near a document all share
 * its group, and filling 10 groups of 3 needs hits far down the ranking. A ratio near 1 means the
 * groups cost about one search; the store's former widening loop ran the query again with a window
 * four times larger until the groups were full. Measured twice: exact search (no HNSW index,
 * `m: 0`) and through an HNSW index (built before measuring).
 */
const DOCS = 100;
const PER_DOC = 400;
const DIM = 96;
const QUERIES = 30;

export async function benchStoreGroups(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ragwire-bench-groups-'));
  const store = EmbeddedStore.open({ path: dir, fsync: false });
  const server = http.createServer(createStoreHandler({ store, maxBodyBytes: 256 * 1024 * 1024 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const call = async (route: string, body: unknown, method = 'POST') => {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { result: unknown };
  };
  try {
    const figures: Record<string, unknown> = { points: DOCS * PER_DOC, dimensions: DIM, queries: QUERIES };
    const centres = randomVectors(DOCS, DIM, 11);
    const noise = randomVectors(DOCS * PER_DOC, DIM, 12);
    const vectorOf = (doc: number, i: number) =>
      Array.from({ length: DIM }, (_, d) => centres[doc * DIM + d] + 0.15 * noise[i * DIM + d]);
    for (const [name, hnsw] of [
      ['exact', { m: 0 }],
      ['hnsw', { m: 16, ef_construct: 100 }],
    ] as const) {
      await call(`/collections/${name}`, { vectors: { size: DIM, distance: 'Cosine' }, hnsw_config: hnsw }, 'PUT');
      for (let doc = 0; doc < DOCS; doc += 10) {
        const points = [];
        for (let dd = doc; dd < doc + 10; dd++)
          for (let j = 0; j < PER_DOC; j++) {
            const id = dd * PER_DOC + j;
            points.push({ id, vector: vectorOf(dd, id), payload: { doc: dd } });
          }
        await call(`/collections/${name}/points?wait=true`, { points }, 'PUT');
      }
      while (store.collection(name).indexState().optimizing) await new Promise((r) => setTimeout(r, 100));
      const plain: number[] = [];
      const groups: number[] = [];
      let full = 0;
      for (let q = -3; q < QUERIES; q++) {
        const query = vectorOf(Math.abs(q * 7) % DOCS, (Math.abs(q) * 13) % (DOCS * PER_DOC));
        let t = process.hrtime.bigint();
        await call(`/collections/${name}/points/query`, { query, limit: 10 });
        const plainMs = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        const answer = (await call(`/collections/${name}/points/query/groups`, {
          query,
          group_by: 'doc',
          limit: 10,
          group_size: 3,
        })) as { result: { groups: { hits: unknown[] }[] } };
        const groupsMs = Number(process.hrtime.bigint() - t) / 1e6;
        if (q < 0) continue; // warm-up
        plain.push(plainMs);
        groups.push(groupsMs);
        if (answer.result.groups.length === 10 && answer.result.groups.every((g) => g.hits.length === 3)) full++;
      }
      Object.assign(figures, {
        [`${name}: plain query limit 10 p50 ms`]: round(percentile(plain, 50)),
        [`${name}: groups limit 10 x 3 p50 ms`]: round(percentile(groups, 50)),
        [`${name}: groups vs plain query p50`]: round(percentile(groups, 50) / percentile(plain, 50)),
        [`${name}: groups vs plain query p90`]: round(percentile(groups, 90) / percentile(plain, 90)),
        [`${name}: answers with 10 full groups`]: `${full}/${QUERIES}`,
      });
    }
    return figures;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchStoreGroups().then((figures) => report('store-groups', figures));
