import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedStore } from '../../nodes/core/store/store.js';
import { helper, ragwireNodes, run, type Msg } from '../support/node-red.js';
import { tempDir } from '../support/temp-dir.js';

const qdrant = { id: 'store', type: 'ragwire-qdrant', mode: 'embedded', path: 'data' };
const out = { id: 'out', type: 'helper' };
const ingest = (over: Msg = {}) => ({
  id: 'ingest',
  type: 'ragwire-ingest',
  qdrant: 'store',
  collection: 'kb',
  chunkSize: 300,
  chunkOverlap: 0,
  chunkUnit: 'characters',
  search: 'hybrid',
  wires: [['out']],
  ...over,
});
const retrieve = (over: Msg = {}) => ({
  id: 'retrieve',
  type: 'ragwire-retrieve',
  qdrant: 'store',
  collection: 'kb',
  topK: 2,
  scoreThreshold: '',
  search: 'hybrid',
  fusion: 'rrf',
  wires: [['out']],
  ...over,
});

const sheets = Array.from({ length: 8 }, (_, i) => ({
  id: `sheet-${i}`,
  text: `Ersatzteil Dichtungsring DR-${310 + i * 3} für Ventilgehäuse, Durchmesser ${40 + i} mm.`,
}));

describe('Node-RED: Search dense | hybrid on ragwire-ingest and ragwire-retrieve', () => {
  let tmp: ReturnType<typeof tempDir>;

  beforeEach(() => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
  });
  afterEach(async () => {
    await helper.unload();
    tmp.remove();
  });

  for (const fusion of ['rrf', 'dbsf']) {
    it(`ingests with a sparse BM25 vector and retrieves by exact code, fused by ${fusion}`, async () => {
      await helper.load(ragwireNodes(), [qdrant, ingest(), retrieve({ fusion }), out]);
      const ingested = await run('ingest', { payload: sheets });
      assert.equal((ingested.payload as { chunks: number }).chunks, 8);
      for (const i of [1, 6]) {
        const found = await run('retrieve', { payload: `Welchen Durchmesser hat DR-${310 + i * 3}?` });
        assert.equal((found.payload as { sourceId: string }[])[0].sourceId, `sheet-${i}`);
      }
      await helper.unload();
      const store = EmbeddedStore.open({ path: path.join(tmp.dir, 'data') });
      try {
        const config = store.collection('kb').config;
        assert.deepEqual([...config.vectors.keys()], ['dense']);
        assert.deepEqual(Object.fromEntries(config.sparseVectors ?? []), { bm25: { modifier: 'idf' } });
      } finally {
        store.close();
      }
    });
  }

  it('leaves dense collections as they were by default, and refuses an unknown search or fusion naming it', async () => {
    await helper.load(ragwireNodes(), [qdrant, ingest({ search: undefined }), retrieve({ search: 'dense' }), out]);
    await run('ingest', { payload: sheets.slice(0, 2) });
    const found = await run('retrieve', { payload: 'DR-313' });
    assert.equal((found.payload as { sourceId: string }[])[0].sourceId, 'sheet-1');
    await helper.unload();
    const store = EmbeddedStore.open({ path: path.join(tmp.dir, 'data') });
    assert.equal(store.collection('kb').config.sparseVectors, undefined);
    assert.equal(store.collection('kb').config.unnamed, true);
    store.close();
    await helper.load(ragwireNodes(), [qdrant, ingest({ search: 'semantic' }), retrieve({ fusion: 'max' }), out]);
    await assert.rejects(run('ingest', { payload: 'text' }), /search: expected "dense" or "hybrid"/);
    await assert.rejects(run('retrieve', { payload: 'text' }), /fusion: expected "rrf" or "dbsf"/);
  });

  it('offers the option in the editor, with labels in English and German', () => {
    const root = path.resolve(__dirname, '..', '..', '..', 'nodes', 'node-red');
    for (const type of ['ragwire-ingest', 'ragwire-retrieve']) {
      const html = fs.readFileSync(path.join(root, type, `${type}.html`), 'utf8');
      assert.match(html, /search: \{ value: 'dense' \}/);
      assert.match(html, /<option value="hybrid"/);
      for (const lang of ['en-US', 'de']) {
        const labels = JSON.parse(fs.readFileSync(path.join(root, type, 'locales', lang, `${type}.json`), 'utf8'))[
          type
        ] as { label: Record<string, string>; search: Record<string, string> };
        assert.ok(labels.label.search && labels.search.dense && labels.search.hybrid, `${type} ${lang}`);
      }
      const help = fs.readFileSync(path.join(root, type, 'locales', 'en-US', `${type}.html`), 'utf8');
      assert.match(help, /Search: hybrid/);
    }
  });
});
