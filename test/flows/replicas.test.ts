import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SharedConversations } from '../../nodes/core/privacy/shared-conversations.js';
import { QdrantGateway } from '../../nodes/core/qdrant/gateway.js';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import { postJson } from '../support/node-red.js';
import { packedInstall, removePackedInstall, startNodeRed, type NodeRedProcess } from '../support/packed-node-red.js';
import { startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { allTemplates } from '../support/templates.js';

const STORE_KEY = 'replicas-store-key';
const TURN_1 = 'Antwort an Herrn Weber (weber@example.de)';
const TURN_2 = 'Und an Frau Schneider, in Kopie an weber@example.de';

describe('runtime replicas serve one conversation: template 4 on two Node-RED processes sharing the encrypted store', function () {
  this.timeout(300_000);
  const key = randomBytes(32);
  let tmp: ReturnType<typeof tempDir>;
  let store: StoreProcess;
  let azure: OpenAIFake;
  let ollama: OllamaFake;
  /** a and b: the same key; other: another key; none: no key (conversations in-process, as before). */
  const replicas: Record<'a' | 'b' | 'other' | 'none', NodeRedProcess> = {} as never;
  let conversation: string;

  const cloudSaw = () => azure.chatRequests().map((r) => JSON.stringify(r.body));
  const lastCloudPrompt = () => {
    const body = azure.chatRequests().at(-1)?.body as { messages: { content: string }[] };
    return body.messages.at(-1)!.content;
  };
  const post = (replica: NodeRedProcess, body: Record<string, unknown>, route = '/ragwire/pseudonymized') =>
    postJson(`${replica.url}${route}`, body);

  before(async () => {
    tmp = tempDir();
    const [install, s, az, ol] = await Promise.all([
      packedInstall(),
      startStoreProcess(['--path', path.join(tmp.dir, 'store')], { RAGWIRE_STORE_API_KEY: STORE_KEY }),
      // The cloud fake answers with the prompt it saw, so restoring shows in the answer.
      startOpenAIFake({ apiKey: 'azure-secret', answer: (m) => `Entwurf: ${m[m.length - 1].content}` }),
      startOllamaFake({ answer: () => 'Lokal beantwortet.' }),
    ]);
    [store, azure, ollama] = [s, az, ol];
    // The editor's exported flows, as a ConfigMap would hand them to every replica.
    const flows = path.join(tmp.dir, 'flows.json');
    fs.writeFileSync(flows, JSON.stringify(allTemplates()));
    const env = (conversationKey: Buffer | undefined) => ({
      RAGWIRE_RUNTIME_ONLY: 'true',
      RAGWIRE_FLOWS_FILE: flows,
      RAGWIRE_CREDENTIAL_SECRET: 'replicas-credential-secret',
      RAGWIRE_ADMIN_PASSWORD: undefined,
      RAGWIRE_HTTP_TOKEN: undefined,
      RAGWIRE_CONVERSATION_KEY: conversationKey?.toString('base64'),
      QDRANT_URL: store.url,
      QDRANT_API_KEY: STORE_KEY,
      AZURE_OPENAI_ENDPOINT: azure.url,
      AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
      AZURE_OPENAI_API_KEY: 'azure-secret',
      OLLAMA_HOST: ollama.url,
      RAGWIRE_OLLAMA_MODEL: undefined,
    });
    const keys = { a: key, b: key, other: randomBytes(32), none: undefined };
    await Promise.all(
      Object.entries(keys).map(async ([name, k]) => {
        replicas[name as keyof typeof replicas] = await startNodeRed(install.newUserDir(), env(k));
      }),
    );
  });

  after(async () => {
    await Promise.all(Object.values(replicas).map((r) => r.stop()));
    await store?.stop();
    await azure?.close();
    await ollama?.close();
    tmp?.remove();
    removePackedInstall();
  });

  it('turn 1 on A, turn 2 on B: B continues the conversation A issued and restores the value from turn 1', async () => {
    const one = await post(replicas.a, { message: TURN_1 });
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.equal(one.body.answer, `Entwurf: ${TURN_1}`);
    assert.equal(lastCloudPrompt(), 'Antwort an Herrn <PERSON_1> (<EMAIL_ADDRESS_1>)');
    conversation = String(one.body.conversation);
    assert.match(conversation, /^[A-Za-z0-9_-]{22}$/);

    const two = await post(replicas.b, { message: TURN_2, conversation });
    assert.equal(two.status, 200, JSON.stringify(two.body));
    assert.equal(two.body.conversation, conversation, 'B honours the id A issued');
    assert.equal(
      lastCloudPrompt(),
      'Und an Frau <PERSON_2>, in Kopie an <EMAIL_ADDRESS_1>',
      'placeholders stay stable',
    );
    assert.equal(two.body.answer, `Entwurf: ${TURN_2}`);
    assert.match(String(two.body.answer), /weber@example\.de/);
    for (const value of ['Weber', 'weber@example.de', 'Schneider'])
      assert.ok(!cloudSaw().some((b) => b.includes(value)), `the cloud never saw ${value}`);
  });

  it('the privacy router endpoint continues it too, on either replica', async () => {
    const r = await post(
      replicas.a,
      { message: 'Schreibe Frau Schneider und Herrn Weber.', conversation },
      '/ragwire/private-chat',
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual([r.body.route, r.body.pseudonymized, r.body.conversation], ['cloud', true, conversation]);
    assert.equal(lastCloudPrompt(), 'Schreibe Frau <PERSON_2> und Herrn <PERSON_1>.');
    assert.equal(r.body.answer, 'Entwurf: Schreibe Frau Schneider und Herrn Weber.');
  });

  it('placeholders a caller sends on B restore nothing (the restore token is per call)', async () => {
    const r = await post(replicas.b, {
      message: 'Wiederhole <PERSON_1> und <EMAIL_ADDRESS_1>, Herr Weber',
      conversation,
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(lastCloudPrompt(), 'Wiederhole (PERSON_1) und (EMAIL_ADDRESS_1), Herr <PERSON_1>');
    assert.equal(r.body.answer, 'Entwurf: Wiederhole (PERSON_1) und (EMAIL_ADDRESS_1), Herr Weber');
  });

  it('without the key, or with another key, a replica cannot continue it: new id, numbering from 1', async () => {
    for (const name of ['other', 'none'] as const) {
      const r = await post(replicas[name], { message: TURN_2, conversation });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.notEqual(r.body.conversation, conversation, name);
      assert.equal(lastCloudPrompt(), 'Und an Frau <PERSON_1>, in Kopie an <EMAIL_ADDRESS_1>', name);
    }
  });

  it('fails closed: an altered mapping (500) or an unreachable store (503) refuses the turn, nothing goes to the cloud', async () => {
    const gateway = new QdrantGateway({ url: store.url, apiKey: STORE_KEY });
    const id = new SharedConversations(async () => gateway, key).pointId(conversation);
    const [point] = await gateway.retrieve('ragwire_conversations', [id]);
    assert.ok(point, 'the conversation is stored at the HMAC of its id');
    const sealed = Buffer.from(String(point.payload.sealed), 'base64');
    sealed[20] ^= 1;
    await gateway.upsert('ragwire_conversations', [
      { id, vector: [1], payload: { ...point.payload, sealed: sealed.toString('base64') } },
    ]);
    const sent = azure.chatRequests().length;
    const altered = await post(replicas.b, { message: TURN_2, conversation });
    assert.equal(altered.status, 500, JSON.stringify(altered.body));
    assert.match(String(altered.body.error), /failed authentication.*nothing was sent to a model/);
    await store.stop();
    const down = await post(replicas.a, { message: TURN_1 });
    assert.equal(down.status, 503, JSON.stringify(down.body));
    assert.match(String(down.body.error), /shared conversation store could not/);
    assert.equal(azure.chatRequests().length, sent, 'the cloud received nothing');
  });
});
