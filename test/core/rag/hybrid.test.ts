import assert from 'node:assert/strict';
import { Bm25SparseEncoder } from '../../../nodes/core/embedding/index.js';
import { HashingEmbedder } from '../../../nodes/core/embedding/hashing-embedder.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { normaliseDocuments } from '../../../nodes/core/rag/documents.js';
import { ingestDocuments } from '../../../nodes/core/rag/ingest.js';
import { retrievePassages } from '../../../nodes/core/rag/retrieve.js';
import { startEmbeddedQdrant, type EmbeddedQdrant } from '../../../nodes/core/store/embedded.js';
import { tempDir } from '../../support/temp-dir.js';

const chunk = { size: 400, overlap: 0, unit: 'characters' as const };

/** Ten near-identical product sheets: only the code tells them apart. */
const sheets = Array.from({ length: 10 }, (_, i) => ({
  id: `sheet-${i}`,
  text: `Datenblatt Pumpe PX-${4100 + i * 7}: Förderhöhe ${20 + i} m, Anschluss DN ${25 + i}, Gehäuse aus Edelstahl.`,
  metadata: { family: i % 2 ? 'odd' : 'even' },
}));

describe('hybrid search: dense + BM25 sparse, fused in the store (core, against the embedded store)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let embedded: EmbeddedQdrant;
  let gateway: QdrantGateway;
  const embedder = new HashingEmbedder();
  const hybrid = { encoder: new Bm25SparseEncoder() };

  beforeEach(async () => {
    tmp = tempDir();
    embedded = await startEmbeddedQdrant({ path: tmp.dir });
    gateway = new QdrantGateway({ url: embedded.url, apiKey: embedded.apiKey });
  });
  afterEach(async () => {
    await embedded.close();
    tmp.remove();
  });

  it('creates a dense + sparse (idf) collection and finds the sheet by its exact code', async () => {
    await ingestDocuments(gateway, embedder, normaliseDocuments({ documents: sheets }), {
      collection: 'kb',
      chunk,
      hybrid,
    });
    const layout = await gateway.collectionLayout('kb');
    assert.deepEqual(Object.keys(layout.vectors as object), ['dense']);
    assert.deepEqual(layout.sparseVectors, { bm25: { modifier: 'idf' } });
    for (const i of [0, 3, 7]) {
      const code = `PX-${4100 + i * 7}`;
      const passages = await retrievePassages(gateway, embedder, `Welche Förderhöhe hat ${code}?`, {
        collection: 'kb',
        limit: 3,
        hybrid,
      });
      assert.equal(passages[0].sourceId, `sheet-${i}`, code);
      // RRF with Qdrant's k = 2: first in both lists scores 1/2 + 1/2.
      assert.ok(passages[0].score <= 1 && passages[0].score > 0.5, String(passages[0].score));
    }
    const dbsf = await retrievePassages(gateway, embedder, 'PX-4121 Edelstahl', {
      collection: 'kb',
      limit: 2,
      hybrid: { ...hybrid, fusion: 'dbsf' },
    });
    assert.equal(dbsf[0].sourceId, 'sheet-3');
    const filtered = await retrievePassages(gateway, embedder, 'PX-4121', {
      collection: 'kb',
      limit: 5,
      hybrid,
      filter: { must: [{ key: 'metadata.family', match: { value: 'even' } }] },
    });
    assert.ok(filtered.length > 0 && filtered.every((p) => (p.metadata as { family: string }).family === 'even'));
  });

  it('re-ingests a hybrid document in place, searches a hybrid collection densely, explains a dense one', async () => {
    const docs = normaliseDocuments({ documents: sheets.slice(0, 3) });
    await ingestDocuments(gateway, embedder, docs, { collection: 'kb', chunk, hybrid });
    await ingestDocuments(gateway, embedder, docs, { collection: 'kb', chunk, hybrid });
    assert.equal(await gateway.count('kb'), 3);
    const dense = await retrievePassages(gateway, embedder, 'Datenblatt PX-4107', { collection: 'kb', limit: 2 });
    assert.equal(dense[0].sourceId, 'sheet-1');
    await ingestDocuments(gateway, embedder, docs, { collection: 'dense', chunk });
    await assert.rejects(
      retrievePassages(gateway, embedder, 'Pumpe', { collection: 'dense', limit: 2, hybrid }),
      /ingested for dense search only/,
    );
    await assert.rejects(
      ingestDocuments(gateway, embedder, docs, { collection: 'dense', chunk, hybrid }),
      /no sparse vector named "bm25"/,
    );
  });
});
