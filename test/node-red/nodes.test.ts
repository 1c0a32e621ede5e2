import assert from 'node:assert/strict';
import { EmbeddedStore } from '../../nodes/core/store/store.js';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { helper, loadFlow, ragwireNodes, run, statuses, type Msg } from '../support/node-red.js';
import { closedPort } from '../support/ports.js';
import { startStoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const qdrant = (over: Msg = {}) => ({ id: 'store', type: 'ragwire-qdrant', mode: 'embedded', path: 'data', ...over });
const model = (url: string, over: Msg = {}) => ({
  id: 'model',
  type: 'ragwire-model',
  provider: 'ollama',
  url,
  model: 'llama3.2',
  timeout: 5,
  ...over,
});
const out = { id: 'out', type: 'helper' };

describe('Ragwire Node-RED nodes (node-red-node-test-helper)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;

  beforeEach(async () => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
    ollama = await startOllamaFake({ answer: (m) => `echo: ${m[m.length - 1].content.slice(-20)}` });
  });
  afterEach(async () => {
    await helper.unload();
    await ollama.close();
    tmp.remove();
  });

  describe('ragwire-ingest and ragwire-retrieve', () => {
    const flow = [
      qdrant(),
      {
        id: 'ingest',
        type: 'ragwire-ingest',
        qdrant: 'store',
        collection: 'kb',
        chunkSize: 200,
        chunkOverlap: 20,
        chunkUnit: 'characters',
        wires: [['out']],
      },
      {
        id: 'retrieve',
        type: 'ragwire-retrieve',
        qdrant: 'store',
        collection: 'kb',
        topK: 3,
        scoreThreshold: '',
        filter: '{"lang": "de"}',
        wires: [['out']],
      },
      out,
    ];

    it('ingests, then retrieves with the node filter and msg overrides; shows progress in the status', async () => {
      await helper.load(ragwireNodes(), flow);
      const seen = statuses('ingest');
      const ingested = await run('ingest', {
        payload: [
          { id: 'a', text: 'Urlaub beantragen Sie im Personalportal.', metadata: { lang: 'de' } },
          { id: 'b', text: 'Holidays are requested in the portal.', metadata: { lang: 'en' } },
        ],
        metadata: { team: 'hr' },
      });
      assert.deepEqual(ingested.payload, {
        collection: 'kb',
        ingested: 2,
        chunks: 2,
        documents: [
          { id: 'a', chunks: 1 },
          { id: 'b', chunks: 1 },
        ],
      });
      assert.deepEqual(
        seen.map((s) => s.fill),
        ['blue', 'green'],
      );
      const found = await run('retrieve', { payload: 'Urlaub Portal' });
      const passages = found.payload as { sourceId: string; metadata: Msg }[];
      assert.deepEqual(
        passages.map((p) => p.sourceId),
        ['a'],
        'the node filter keeps German documents only',
      );
      assert.deepEqual(passages[0].metadata, { team: 'hr', lang: 'de' });
      assert.equal(found.context, found.payload);
      assert.equal(found.question, 'Urlaub Portal');
      const overridden = await run('retrieve', { payload: { query: 'portal', limit: 1 }, filter: { lang: 'en' } });
      assert.deepEqual(
        (overridden.payload as { sourceId: string }[]).map((p) => p.sourceId),
        ['b'],
      );
      await assert.rejects(
        run('retrieve', { payload: 'x', collection: 'nope' }),
        /collection "nope".*ingest documents into it first/,
      );
    });

    it('keeps a document classified in its metadata (or msg.metadata) classified when retrieved, for routing', async () => {
      const cloudDown = `http://127.0.0.1:${await closedPort()}`;
      await helper.load(
        ragwireNodes(),
        [
          qdrant(),
          model(ollama.url),
          model(cloudDown, { id: 'cloud', provider: 'azure-openai', model: 'gpt-4o-mini' }),
          { id: 'ingest', type: 'ragwire-ingest', qdrant: 'store', collection: 'kb', wires: [['out']] },
          { id: 'retrieve', type: 'ragwire-retrieve', qdrant: 'store', collection: 'kb', topK: 3, wires: [['llm']] },
          { id: 'llm', type: 'ragwire-llm', model: 'model', cloudModel: 'cloud', wires: [['out']] },
          out,
        ],
        { cloud: { apiKey: 'k' } },
      );
      const personal = { text: 'Gehaltsliste der Abteilung Vertrieb.', metadata: { classification: 'personal' } };
      await run('ingest', { payload: personal });
      await run('ingest', {
        payload: 'Gehaltsrunde der Abteilung Einkauf.',
        metadata: { classification: 'confidential' },
      });
      const answered = await run('retrieve', { payload: 'Gehaltsliste Abteilung' });
      const context = answered.context as { classification: string }[];
      assert.deepEqual(context.map((c) => c.classification).sort(), ['confidential', 'personal']);
      const privacy = answered.privacy as { level: string; rule: string };
      assert.deepEqual([privacy.level, privacy.rule], ['personal', 'personal: local only']);
      await assert.rejects(
        run('ingest', { payload: { text: 'x', classification: 'public', metadata: { classification: 'personal' } } }),
        (e: Error & { msg: Msg }) => {
          assert.match(e.message, /classification "public" and metadata\.classification "personal" disagree/);
          assert.equal(e.msg.statusCode, 400);
          return true;
        },
      );
    });

    it('reports bad input through done(err) with a red status and msg.statusCode 400', async () => {
      await helper.load(ragwireNodes(), flow);
      const seen = statuses('ingest');
      await assert.rejects(
        run('ingest', { payload: { documents: [{ id: 'x', text: '' }] } }),
        (e: Error & { msg: Msg }) => {
          assert.match(e.message, /documents\[0\]\.text: expected a non-empty string/);
          assert.equal(e.msg.statusCode, 400);
          return true;
        },
      );
      assert.equal(seen.at(-1)?.fill, 'red');
      await assert.rejects(
        run('ingest', { payload: 'ok', collection: 42 }),
        /msg\.collection: expected a collection name/,
      );
      await assert.rejects(run('retrieve', { payload: 42 }), /msg\.payload: expected the question/);
      await assert.rejects(run('retrieve', { payload: 'q', topK: -1 }), /msg\.topK: expected a whole number/);
      await assert.rejects(run('retrieve', { payload: 'q', filter: 'lang=de' }), /filter: expected an object/);
    });

    it('refuses a bad configuration with a message naming the setting', async () => {
      await helper.load(ragwireNodes(), [
        qdrant(),
        { id: 'ingest', type: 'ragwire-ingest', qdrant: 'store', chunkSize: 100, chunkOverlap: 90, wires: [['out']] },
        out,
      ]);
      await assert.rejects(run('ingest', { payload: 'text' }), /chunk overlap must be/);
      await helper.unload();
      await helper.load(ragwireNodes(), [{ id: 'ingest', type: 'ragwire-ingest', qdrant: '', wires: [['out']] }, out]);
      await assert.rejects(run('ingest', { payload: 'text' }), /no Qdrant configured/);
    });

    it('releases the embedded store when the flow stops, so it can be opened again', async () => {
      await helper.load(ragwireNodes(), flow);
      await run('ingest', { payload: 'some text' });
      await helper.unload();
      const store = EmbeddedStore.open({ path: `${tmp.dir}/data` });
      assert.deepEqual(store.collectionNames(), ['kb']);
      store.close();
    });

    it('uses a Qdrant server with the API key from the credentials, and explains a server that is down', async () => {
      const proc = await startStoreProcess(['--path', `${tmp.dir}/server`], { RAGWIRE_STORE_API_KEY: 'from-secret' });
      try {
        const serverFlow = [qdrant({ mode: 'server', url: proc.url, timeout: 5 }), flow[1], out];
        await helper.load(ragwireNodes(), serverFlow, { store: { apiKey: 'from-secret' } });
        const r = await run('ingest', { payload: 'stored on the server' });
        assert.equal((r.payload as { chunks: number }).chunks, 1);
        await helper.unload();
        await helper.load(ragwireNodes(), serverFlow, { store: { apiKey: 'wrong' } });
        await assert.rejects(run('ingest', { payload: 'x' }), /Qdrant .*collection "kb" failed: .*(Unauthorized|401)/);
      } finally {
        await proc.stop();
      }
      await helper.unload();
      const down = `http://127.0.0.1:${await closedPort()}`;
      await helper.load(ragwireNodes(), [qdrant({ mode: 'server', url: down, timeout: 1 }), flow[1], out]);
      await assert.rejects(run('ingest', { payload: 'x' }), (e: Error & { msg: Msg }) => {
        assert.match(e.message, /Qdrant exists check on collection "kb" failed: ECONNREFUSED/);
        assert.equal(e.msg.statusCode, 503);
        return true;
      });
    });
  });

  describe('ragwire-llm', () => {
    it('answers a question from msg.context with sources, and a plain prompt or msg.messages without', async () => {
      await helper.load(ragwireNodes(), [
        model(ollama.url),
        { id: 'llm', type: 'ragwire-llm', model: 'model', contextBudget: 6000, wires: [['out']] },
        out,
      ]);
      const context = [
        { id: 1, score: 0.9, text: 'Ragwire wires RAG.', sourceId: 'readme', chunkIndex: 0, metadata: {} },
      ];
      const answered = await run('llm', { payload: context, question: 'What is Ragwire?', context });
      assert.equal(answered.payload, 'echo: on: What is Ragwire?');
      assert.deepEqual(
        (answered.sources as { sourceId: string }[]).map((s) => s.sourceId),
        ['readme'],
      );
      assert.deepEqual(answered.llm, { provider: 'ollama', model: 'llama3.2', locality: 'local' });
      const sent = ollama.chatRequests().at(-1)?.body as { messages: { content: string }[] };
      assert.match(sent.messages[1].content, /\[1\] \(source: readme\) Ragwire wires RAG\./);
      const plain = await run('llm', { payload: 'Say hi' });
      const userMessage = 'Context:\n(no context passages)\n\nQuestion: Say hi';
      assert.equal(plain.payload, `echo: ${userMessage.slice(-20)}`, 'the fake echoes the end of the user message');
      const conversation = await run('llm', {
        messages: [
          { role: 'user', content: 'first' },
          { role: 'assistant', content: 'ok' },
          { role: 'user', content: 'second' },
        ],
      });
      assert.equal(conversation.payload, 'echo: second');
    });

    it('reports bad input, a missing model configuration and a model server that is down (503) or slow', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      const slow = await startOllamaFake({ delayMs: 3000 });
      try {
        await helper.load(ragwireNodes(), [
          model(down),
          {
            id: 'slowmodel',
            type: 'ragwire-model',
            provider: 'ollama',
            url: slow.url,
            model: 'llama3.2',
            timeout: 0.3,
          },
          { id: 'llm', type: 'ragwire-llm', model: 'model', wires: [['out']] },
          { id: 'slow', type: 'ragwire-llm', model: 'slowmodel', wires: [['out']] },
          { id: 'none', type: 'ragwire-llm', model: '', wires: [['out']] },
          out,
        ]);
        await assert.rejects(
          run('llm', { messages: [{ role: 'robot', content: 'x' }] }),
          /msg\.messages\[0\]: expected \{role/,
        );
        await assert.rejects(run('llm', { payload: 42 }), /msg\.payload: expected the question/);
        await assert.rejects(run('none', { payload: 'q' }), /no model configured/);
        await assert.rejects(run('llm', { payload: 'q' }), (e: Error & { msg: Msg }) => {
          assert.ok(e.message.includes(`Ollama at ${down} (model llama3.2): cannot connect`));
          assert.equal(e.msg.statusCode, 503);
          return true;
        });
        await assert.rejects(run('slow', { payload: 'q' }), /no answer within 300 ms/);
      } finally {
        await slow.close();
      }
    });

    it('streams the answer to the HTTP caller when asked', async () => {
      const flow = await loadFlow([
        model(ollama.url),
        { id: 'in', type: 'http in', url: '/stream', method: 'post', wires: [['llm']] },
        { id: 'llm', type: 'ragwire-llm', model: 'model', stream: true, wires: [['out']] },
        out,
      ]);
      try {
        const done = new Promise<Msg>((resolve) =>
          helper.getNode('out').on('input', ((m: Msg) => resolve(m)) as never),
        );
        const response = await fetch(`${flow.url}/stream`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'stream this please',
        });
        assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
        const text = await response.text();
        assert.match(text, /^echo: /);
        const msg = await done;
        assert.equal(msg.payload, text);
        assert.equal(msg.streamed, true);
        assert.equal(msg.res, undefined, 'no http response node may answer again');
        assert.equal((ollama.chatRequests().at(-1)?.body as { stream: boolean }).stream, true);
      } finally {
        await flow.close();
      }
    });
  });
});
