import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import { BaseRetriever } from '@langchain/core/retrievers';
import { acquireEmbedded, type EmbeddedLease } from '../../nodes/core/store/shared-embedded.js';
import hashing from '../../nodes/flowise/embeddings/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js';
import qdrant from '../../nodes/flowise/vectorstores/RagwireQdrant/RagwireQdrant.js';
import { closeQdrantConnections, qdrantConnectionOf } from '../../nodes/flowise/shared/qdrant.js';
import type { INodeData } from '../../nodes/flowise/types.js';
import { tempDir } from '../support/temp-dir.js';
import { flowiseFake, type FlowiseFake } from './support/flowise.js';

const HANDBOOK = [
  new Document({
    pageContent: 'Holiday requests go to the HR portal two weeks ahead.',
    metadata: { department: 'hr', source: 'hr.md' },
  }),
  new Document({
    pageContent: 'Travel expenses are refunded within thirty days.',
    metadata: { department: 'finance', source: 'fin.md' },
  }),
  new Document({
    pageContent: 'Salary bands for engineers are reviewed every April.',
    metadata: { department: 'hr', source: 'pay.md', classification: 'personal' },
  }),
];

describe('Ragwire Qdrant (Flowise vector store) on the embedded store and a Qdrant server', () => {
  const store = tempDir('ragwire-flowise-qdrant-');
  let flowise: FlowiseFake;
  let embeddings: Embeddings;
  const node = new qdrant.nodeClass();

  beforeEach(async () => {
    flowise = flowiseFake();
    embeddings = (await new hashing.nodeClass().init({ id: 'e', inputs: {} })) as Embeddings;
  });
  after(async () => {
    await closeQdrantConnections();
    store.remove();
  });

  const data = (inputs: Record<string, unknown>, output?: string): INodeData => ({
    id: 'ragwireQdrant_0',
    inputs: { embeddings, storePath: path.join(store.dir, 'embedded'), collection: 'handbook', ...inputs },
    ...(output ? { outputs: { output } } : {}),
  });

  async function count(nodeData: INodeData, collection = 'handbook'): Promise<number> {
    return (await (await qdrantConnectionOf(nodeData, flowise.options)).get()).count(collection);
  }

  it('upserts with stable ids: the same documents again replace themselves, no duplicates', async () => {
    const first = await node.vectorStoreMethods.upsert(
      data({ document: [HANDBOOK], classification: 'internal' }),
      flowise.options,
    );
    assert.equal(first.numAdded, 3);
    assert.equal(await count(data({})), 3);
    await node.vectorStoreMethods.upsert(data({ document: [HANDBOOK], classification: 'internal' }), flowise.options);
    assert.equal(await count(data({})), 3);
  });

  it('retrieves as a LangChain retriever with top K, filter and the stored classification', async () => {
    const retriever = await node.init(data({ topK: '2' }, 'retriever'), '', flowise.options);
    assert.ok(retriever instanceof BaseRetriever);
    const docs = await retriever.invoke('When do holiday requests go to HR?');
    assert.equal(docs.length, 2);
    assert.match(docs[0].pageContent, /Holiday requests/);
    assert.equal(docs[0].metadata.classification, 'internal', 'the node’s classification, stored at upsert');
    assert.equal(docs[0].metadata.source, 'hr.md');
    assert.ok(typeof docs[0].metadata.score === 'number');
    const [salary] = await retriever.invoke('salary bands for engineers');
    assert.match(salary.pageContent, /Salary bands/);
    assert.equal(salary.metadata.classification, 'personal', 'the document’s own classification wins');
    const filtered = await (
      await node.init(data({ filter: '{"department": "finance"}' }, 'retriever'), '', flowise.options)
    ).invoke('holiday requests');
    assert.deepEqual(
      filtered.map((d) => d.metadata.department),
      ['finance'],
    );
  });

  it('checks the vector size before anything is stored, saying what to do', async () => {
    const small = (await new hashing.nodeClass().init({ id: 'e', inputs: { dimensions: 128 } })) as Embeddings;
    await assert.rejects(
      node.vectorStoreMethods.upsert(
        data({ embeddings: small, document: [new Document({ pageContent: 'A new policy text.' })] }),
        flowise.options,
      ),
      /stores 384-dimension Cosine vectors but the embedder produces 128-dimension .*use the embedding model the collection was built with, or a new collection name/,
    );
    assert.equal(await count(data({})), 3);
  });

  it("takes the node's Document Classification as a floor: a document's own metadata may raise it, never lower it", async () => {
    const docs = [
      new Document({
        pageContent: 'Payroll run for March: Jana Okafor gets her bonus.',
        metadata: { classification: 'public' },
      }),
      new Document({ pageContent: 'Board minutes of the merger talks.', metadata: { classification: 'confidential' } }),
    ];
    const nodeData = (inputs: Record<string, unknown>, output?: string) =>
      data({ collection: 'floors', classification: 'internal', ...inputs }, output);
    await node.vectorStoreMethods.upsert(nodeData({ document: docs }), flowise.options);
    const retriever = await node.init(nodeData({ topK: '2' }, 'retriever'), '', flowise.options);
    const found = await retriever.invoke('payroll bonus and merger minutes');
    const levelOf = (start: string) => found.find((d) => d.pageContent.startsWith(start))?.metadata.classification;
    assert.equal(levelOf('Payroll'), 'internal', "public in the metadata does not lower the node's internal");
    assert.equal(levelOf('Board'), 'confidential', 'confidential in the metadata raises it');
  });

  it('names the field of bad input', async () => {
    await assert.rejects(
      node.vectorStoreMethods.upsert(data({ document: [] }), flowise.options),
      /^InputError: Document: nothing to store/,
    );
    await assert.rejects(
      node.init(data({ filter: '{department' }, 'retriever'), '', flowise.options),
      /Search Filter: expected a JSON object/,
    );
    await assert.rejects(
      node.init(data({ topK: 'many' }, 'retriever'), '', flowise.options),
      /Top K: expected a whole number above 0/,
    );
    await assert.rejects(
      node.vectorStoreMethods.upsert(data({ document: [HANDBOOK], classification: 'secret' }), flowise.options),
      /Document Classification: expected one of public, internal, confidential, personal, got "secret"/,
    );
    await assert.rejects(
      node.init(data({ embeddings: undefined }, 'retriever'), '', flowise.options),
      /Embeddings: connect an embeddings node/,
    );
  });

  it('passes texts for a cloud embeddings node through the privacy policy first: confidential documents never reach it', async () => {
    const sent: string[] = [];
    // As Flowise's AzureOpenAIEmbeddings node builds it (its class name says where it runs).
    class AzureOpenAIEmbeddings extends Embeddings {
      model = 'text-embedding-3-small';
      async embedDocuments(texts: string[]) {
        sent.push(...texts);
        return texts.map((t) => [t.length, 1, 0]);
      }
      async embedQuery(text: string) {
        return (await this.embedDocuments([text]))[0];
      }
    }
    const cloud = new AzureOpenAIEmbeddings({});
    const confidential = [new Document({ pageContent: 'The Falcon merger closes in May.' })];
    const upsert = (inputs: Record<string, unknown>) =>
      node.vectorStoreMethods.upsert(
        data({ embeddings: cloud, collection: 'cloud', document: [confidential], ...inputs }),
        flowise.options,
      );
    await assert.rejects(upsert({ classification: 'confidential' }), /a vector cannot be pseudonymized/);
    assert.deepEqual(sent, []);
    await upsert({ classification: 'public' });
    assert.deepEqual(sent, ['The Falcon merger closes in May.']);
    await upsert({ classification: 'confidential', embeddingsLocation: 'local' });
    assert.equal(sent.length, 2, 'a node said to run locally is not gated');
    await assert.rejects(upsert({ embeddingsLocation: 'moon' }), /Embeddings Run: expected auto, local or cloud/);
  });

  describe('with a Qdrant server from the Ragwire Qdrant API credential', () => {
    let server: EmbeddedLease;
    before(async () => {
      server = await acquireEmbedded(path.join(store.dir, 'server'));
    });
    after(() => server.release());

    it('looks the credential up through Flowise and uses its URL and API key', async () => {
      flowise = flowiseFake({ 'cred-1': { qdrantUrl: server.url, qdrantApiKey: server.apiKey } });
      const nodeData = { ...data({ document: [HANDBOOK.slice(0, 1)], storePath: '' }), credential: 'cred-1' };
      await node.vectorStoreMethods.upsert(nodeData, flowise.options);
      assert.deepEqual(flowise.lookups, ['cred-1']);
      assert.equal(await count(nodeData), 1);
      assert.equal(await count(data({})), 3, 'the embedded store is another store');
      flowise = flowiseFake({ 'cred-2': { qdrantUrl: server.url, qdrantApiKey: 'wrong key' } });
      await assert.rejects(
        node.vectorStoreMethods.upsert({ ...nodeData, credential: 'cred-2' }, flowise.options),
        /Qdrant .* failed: .*(401|403|nauthori|API key)/i,
      );
    });

    it("sends the credential's API key only to the credential's URL: another Qdrant URL on the canvas is refused", async () => {
      flowise = flowiseFake({ 'cred-3': { qdrantUrl: server.url, qdrantApiKey: server.apiKey } });
      const elsewhere = {
        ...data({ document: [HANDBOOK.slice(0, 1)], storePath: '', qdrantUrl: 'http://127.0.0.1:9/' }),
        credential: 'cred-3',
      };
      await assert.rejects(
        node.vectorStoreMethods.upsert(elsewhere, flowise.options),
        /Qdrant URL: differs from the credential's URL/,
      );
      const same = { ...elsewhere, inputs: { ...elsewhere.inputs, qdrantUrl: `${server.url}/` } };
      await node.vectorStoreMethods.upsert(same, flowise.options);
    });
  });
});
