import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bm25SparseEncoder } from '../../../nodes/core/embedding/index.js';
import { HashingEmbedder } from '../../../nodes/core/embedding/hashing-embedder.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { normaliseDocuments } from '../../../nodes/core/rag/documents.js';
import { ingestDocuments } from '../../../nodes/core/rag/ingest.js';
import { retrievePassages } from '../../../nodes/core/rag/retrieve.js';
import { serveStore, type RunningStoreServer } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';

const chunk = { size: 400, overlap: 0, unit: 'characters' as const };
const docs = (prefix: string) =>
  normaliseDocuments({
    documents: [0, 1, 2].map((i) => ({
      id: `${prefix}-${i}`,
      text: `Pump PX-${4100 + i} of ${prefix}: head ${20 + i} m.`,
    })),
  });

/**
 * A Qdrant server as the gateway sees it: the embedded store behind a proxy that answers a query
 * without `using` on a collection with named vectors only with Qdrant's 400 (the embedded store
 * takes the only dense vector instead), and records every request.
 */
async function qdrantLike(target: string, requests: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  const base = new URL(target);
  const named = async (collection: string) => {
    const info = (await (await fetch(`${target}/collections/${collection}`)).json()) as {
      result?: { config: { params: { vectors: { size?: number } } } };
    };
    return info.result !== undefined && info.result.config.params.vectors.size === undefined;
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = (req.url ?? '/').replace(/\?.*/, '');
      requests().push(`${req.method} ${path}`);
      const query = /^\/collections\/([^/]+)\/points\/query$/.exec(path);
      void (async () => {
        if (query && !(JSON.parse(body.toString() || '{}') as { using?: string }).using && (await named(query[1]))) {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: { error: 'Wrong input: Not existing vector name error: ' }, time: 0 }));
          return;
        }
        const upstream = http.request(
          { host: base.hostname, port: base.port, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.writeHead(502).end());
        upstream.end(body);
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/**
 * What a steady stream of requests costs in round trips to the store, counted at the store's HTTP
 * side: what does not change per collection is asked once, not with every request.
 */
describe('round trips of ingest and retrieve (core, counted at a Qdrant-like store over HTTP)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: RunningStoreServer;
  let proxy: { url: string; close(): Promise<void> };
  let gateway: QdrantGateway;
  let requests: string[];
  const embedder = new HashingEmbedder();
  const hybrid = { encoder: new Bm25SparseEncoder() };
  /** The requests `fn` makes. */
  const counted = async (fn: () => Promise<unknown>) => {
    requests = [];
    await fn();
    return requests;
  };

  beforeEach(async () => {
    tmp = tempDir();
    store = EmbeddedStore.open({ path: tmp.dir });
    server = await serveStore({ store, port: 0 });
    proxy = await qdrantLike(server.url, () => requests);
    gateway = new QdrantGateway({ url: proxy.url });
    requests = [];
  });
  afterEach(async () => {
    await proxy.close();
    await server.close();
    store.close();
    tmp.remove();
  });

  const retrieve = (collection: string) =>
    retrievePassages(gateway, embedder, 'Which head has PX-4101?', { collection, limit: 2 });

  it('a dense search of a hybrid collection takes one request once the collection is known', async () => {
    await ingestDocuments(gateway, embedder, docs('a'), { collection: 'kb', chunk, hybrid });
    const first = await counted(() => retrieve('kb'));
    assert.deepEqual(first, [
      'POST /collections/kb/points/query',
      'GET /collections/kb',
      'POST /collections/kb/points/query',
    ]);
    for (let i = 0; i < 3; i++) {
      const steady = await counted(async () => assert.equal((await retrieve('kb')).length, 2));
      assert.deepEqual(steady, ['POST /collections/kb/points/query']);
    }
  });

  it('after the collection is recreated for dense search only, it is learned anew (one retry)', async () => {
    await ingestDocuments(gateway, embedder, docs('a'), { collection: 'kb', chunk, hybrid });
    await retrieve('kb');
    // Replaced by another process (another gateway): this one still thinks it hybrid.
    const other = new QdrantGateway({ url: proxy.url });
    await other.deleteCollection('kb');
    await ingestDocuments(other, embedder, docs('b'), { collection: 'kb', chunk });
    const passages = await retrieve('kb');
    assert.equal(passages.length, 2);
    assert.match(passages[0].text, /of b:/);
    assert.deepEqual(await counted(() => retrieve('kb')), ['POST /collections/kb/points/query']);
  });

  it('an ingest into a collection checked lately writes only (upsert and stale-chunk delete)', async () => {
    const first = await counted(() =>
      ingestDocuments(gateway, embedder, docs('a'), { collection: 'kb', chunk, hybrid }),
    );
    assert.ok(first.includes('GET /collections/kb/exists'), first.join(', '));
    for (const prefix of ['b', 'c']) {
      const steady = await counted(() =>
        ingestDocuments(gateway, embedder, docs(prefix), { collection: 'kb', chunk, hybrid }),
      );
      assert.deepEqual(steady, ['PUT /collections/kb/points', 'POST /collections/kb/points/delete']);
    }
  });

  it('an ingest into a collection deleted or recreated elsewhere checks it again, once', async () => {
    await ingestDocuments(gateway, embedder, docs('a'), { collection: 'kb', chunk });
    const other = new QdrantGateway({ url: proxy.url });
    await other.deleteCollection('kb');
    // Deleted: made again.
    const made = await ingestDocuments(gateway, embedder, docs('b'), { collection: 'kb', chunk });
    assert.equal(made.chunks, 3);
    assert.equal(await other.count('kb'), 3);
    // Recreated with another layout (hybrid): refused as before the cache, naming the cause.
    await other.deleteCollection('kb');
    await ingestDocuments(other, embedder, docs('c'), { collection: 'kb', chunk, hybrid });
    await assert.rejects(
      ingestDocuments(gateway, embedder, docs('d'), { collection: 'kb', chunk }),
      /it has named vectors only/,
    );
  });
});
