import assert from 'node:assert/strict';
import { ModelEmbedder } from '../../../nodes/core/embedding/embedder.js';
import { HashingEmbedder } from '../../../nodes/core/embedding/hashing-embedder.js';
import { createEmbedder } from '../../../nodes/core/embedding/create-embedder.js';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { PrivacyBlockedError } from '../../../nodes/core/privacy/router.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { normaliseDocuments } from '../../../nodes/core/rag/documents.js';
import { ingestDocuments } from '../../../nodes/core/rag/ingest.js';
import { retrievePassages } from '../../../nodes/core/rag/retrieve.js';
import { startEmbeddedQdrant, type EmbeddedQdrant } from '../../../nodes/core/store/embedded.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { startOpenAIFake } from '../../support/fakes/openai-fake.js';
import { tempDir } from '../../support/temp-dir.js';

const chunk = { size: 200, overlap: 40, unit: 'characters' as const };

const handbook = [
  'Urlaub beantragen Sie im Personalportal unter Abwesenheiten. Die Führungskraft genehmigt den Antrag.',
  'Reisekosten rechnen Sie innerhalb von sechs Monaten ab. Belege laden Sie als PDF hoch.',
  'Die Kantine öffnet um 11:30 Uhr. Es gibt täglich drei Gerichte, eines davon vegetarisch.',
].join('\n\n');

describe('ingest and retrieve (core, against the embedded store)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let embedded: EmbeddedQdrant;
  let gateway: QdrantGateway;

  beforeEach(async () => {
    tmp = tempDir();
    embedded = await startEmbeddedQdrant({ path: tmp.dir });
    gateway = new QdrantGateway({ url: embedded.url, apiKey: embedded.apiKey });
  });
  afterEach(async () => {
    await embedded.close();
    tmp.remove();
  });

  it('ingests, then finds the right passage with its source metadata', async () => {
    const embedder = new HashingEmbedder();
    const docs = normaliseDocuments({
      documents: [
        { id: 'handbook', text: handbook, metadata: { lang: 'de' } },
        { id: 'faq', text: 'Das WLAN-Passwort steht am Empfang.' },
      ],
    });
    const result = await ingestDocuments(gateway, embedder, docs, { collection: 'kb', chunk });
    assert.equal(result.ingested, 2);
    assert.ok(result.chunks >= 3);
    const passages = await retrievePassages(gateway, embedder, 'Wie beantrage ich Urlaub?', {
      collection: 'kb',
      limit: 2,
    });
    assert.equal(passages[0].sourceId, 'handbook');
    assert.match(passages[0].text, /Urlaub beantragen/);
    assert.deepEqual(passages[0].metadata, { lang: 'de' });
    const filtered = await retrievePassages(gateway, embedder, 'Passwort', {
      collection: 'kb',
      limit: 5,
      filter: { must: [{ key: 'source_id', match: { value: 'faq' } }] },
    });
    assert.deepEqual([...new Set(filtered.map((p) => p.sourceId))], ['faq']);
  });

  it('re-ingesting a document replaces its chunks; a shorter version leaves no stale chunks', async () => {
    const embedder = new HashingEmbedder();
    const long = Array.from(
      { length: 20 },
      (_, i) => `Absatz ${i} beschreibt Regel ${i} der Richtlinie ausführlich.`,
    ).join('\n\n');
    const first = await ingestDocuments(gateway, embedder, normaliseDocuments({ id: 'policy', text: long }), {
      collection: 'kb',
      chunk,
    });
    assert.equal(await gateway.count('kb'), first.chunks);
    await ingestDocuments(gateway, embedder, normaliseDocuments({ id: 'policy', text: long }), {
      collection: 'kb',
      chunk,
    });
    assert.equal(await gateway.count('kb'), first.chunks, 'same document again: no duplicates');
    const short = await ingestDocuments(
      gateway,
      embedder,
      normaliseDocuments({ id: 'policy', text: 'Nur noch eine Regel.' }),
      { collection: 'kb', chunk },
    );
    assert.equal(short.chunks, 1);
    assert.equal(await gateway.count('kb'), 1, 'chunks of the longer version are gone');
  });

  it('uses a model embedder (Ollama) and refuses to mix embedders in one collection, saying what to do', async () => {
    const ollama: OllamaFake = await startOllamaFake();
    try {
      const modelEmbedder = new ModelEmbedder(
        createProvider({ provider: 'ollama', url: ollama.url, model: 'nomic-embed-text' }),
      );
      await ingestDocuments(gateway, modelEmbedder, normaliseDocuments(handbook), { collection: 'semantic', chunk });
      assert.equal(await modelEmbedder.dimensions(), 768);
      const hits = await retrievePassages(gateway, modelEmbedder, 'Kantine öffnet', {
        collection: 'semantic',
        limit: 1,
      });
      assert.match(hits[0].text, /Kantine/);
      await assert.rejects(
        ingestDocuments(gateway, new HashingEmbedder(), normaliseDocuments('x'), { collection: 'semantic', chunk }),
        /768-dimension Cosine vectors but the embedder produces 384-dimension.*new collection name/,
      );
      await assert.rejects(
        retrievePassages(gateway, new HashingEmbedder(), 'Kantine', { collection: 'semantic', limit: 1 }),
        /"ragwire-hashing-v1-384" produces 384-dimension vectors.*re-ingest/,
      );
      await assert.rejects(
        ingestDocuments(gateway, new HashingEmbedder(768), normaliseDocuments('x'), { collection: 'semantic', chunk }),
        /built with the embedder "ollama:nomic-embed-text" but this flow uses "ragwire-hashing-v1-768"/,
      );
    } finally {
      await ollama.close();
    }
  });

  it("stores a document's classification, at the top level or in the metadata, and returns it with each passage for routing", async () => {
    const embedder = new HashingEmbedder();
    await ingestDocuments(
      gateway,
      embedder,
      normaliseDocuments({
        documents: [
          { id: 'hr', text: 'Die Personalakte beschreibt die Kündigung.', metadata: { classification: 'personal' } },
          { id: 'board', text: 'Die Kündigung des Mietvertrags ist geplant.', classification: 'confidential' },
          { id: 'menu', text: 'Die Kantine zur Kündigung: keine.' },
        ],
      }),
      { collection: 'kb', chunk },
    );
    // A chunk stored before both places were honoured: the top level says public, the metadata personal.
    await gateway.upsert('kb', [
      {
        id: 7,
        vector: (await embedder.embed(['Kündigung alt']))[0],
        payload: {
          text: 'Kündigung alt',
          source_id: 'old',
          classification: 'public',
          metadata: { classification: 'personal' },
        },
      },
    ]);
    const passages = await retrievePassages(gateway, embedder, 'Kündigung', { collection: 'kb', limit: 5 });
    assert.deepEqual(Object.fromEntries(passages.map((p) => [p.sourceId, p.classification])), {
      hr: 'personal',
      board: 'confidential',
      menu: 'public',
      old: 'personal',
    });
    const hr = passages.filter((p) => p.sourceId === 'hr');
    const decision = new PrivacyGuard().decide({ question: 'Was steht in der Akte?', context: hr });
    assert.deepEqual([decision.level, decision.route], ['personal', 'local']);
    assert.throws(
      () => normaliseDocuments({ text: 'x', classification: 'secret' }),
      /classification: expected one of public, internal, confidential, personal/,
    );
  });

  it('with a cloud embedder, refuses classified and personal documents and questions before anything is sent or made', async () => {
    const azure = await startOpenAIFake({ apiKey: 'k' });
    try {
      const embedder = createEmbedder({
        provider: 'azure-openai',
        url: azure.url,
        model: 'text-embedding-3-small',
        apiKey: 'k',
      });
      const personal = 'Die Akte von Frau Schneider, IBAN DE89 3704 0044 0532 0130 00.';
      const blocked = (e: unknown) => e instanceof PrivacyBlockedError && /local embedding model/.test(e.message);
      for (const input of [{ text: 'Die Kantine öffnet um 11:30 Uhr.', classification: 'personal' }, personal])
        await assert.rejects(
          ingestDocuments(gateway, embedder, normaliseDocuments(input), { collection: 'cloud', chunk }),
          blocked,
        );
      assert.equal(azure.requests.length, 0, 'not even a size probe reached the cloud');
      assert.ok(!(await gateway.listCollections()).includes('cloud'), 'no collection made for the refused ingest');
      await ingestDocuments(gateway, embedder, normaliseDocuments(handbook), { collection: 'cloud', chunk });
      const query = (question: string, classification?: string) =>
        retrievePassages(gateway, embedder, question, { collection: 'cloud', limit: 1, question: { classification } });
      await assert.rejects(query(personal), blocked);
      await assert.rejects(query('Kantine', 'confidential'), blocked);
      assert.equal((await query('Kantine')).length, 1);
      assert.ok(!JSON.stringify(azure.requests.map((r) => r.body)).includes('Schneider'));
    } finally {
      await azure.close();
    }
  });

  it('explains searching a collection that does not exist yet', async () => {
    await assert.rejects(
      retrievePassages(gateway, new HashingEmbedder(), 'q', { collection: 'empty', limit: 3 }),
      /collection "empty".*ingest documents into it first/,
    );
  });
});
