import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorKindOf } from '../../../nodes/core/errors.js';
import { httpStatusOf } from '../../../nodes/node-red/shared/http-status.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import {
  CONVERSATIONS_COLLECTION,
  ConversationStoreError,
  parseConversationKey,
  SharedConversations,
} from '../../../nodes/core/privacy/shared-conversations.js';
import { QdrantGateway } from '../../../nodes/core/qdrant/gateway.js';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { closedPort } from '../../support/ports.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

const API_KEY = 'shared-conversations-test';
const TURN_1 = 'Antwort an Herrn Weber (weber@example.de)';
const TURN_2 = 'Und an Frau Schneider, in Kopie an weber@example.de';

describe('shared conversations: pseudonymization mappings across processes, encrypted in the store', () => {
  const spec = new QdrantSpec();
  let tmp: ReturnType<typeof tempDir>;
  let store: EmbeddedStore;
  let server: ValidatedServer;
  let gateway: QdrantGateway;
  const key = randomBytes(32);

  /** One process: its own guard (own memory), the shared store with a key. */
  const replica = (k: Buffer = key, mappingTtlMs?: number, sweepEveryMs?: number) =>
    new PrivacyGuard({
      mappingTtlMs,
      sharedConversations: new SharedConversations(async () => gateway, k, { sweepEveryMs }),
    });
  const turn = (guard: PrivacyGuard, conversation: string | undefined, text: string) =>
    guard.pseudonymizeTurn(conversation, { question: text }, guard.decide({ question: text }));

  beforeEach(async () => {
    tmp = tempDir();
    store = EmbeddedStore.open({ path: tmp.dir });
    server = await serveValidated(createStoreHandler({ store, apiKey: API_KEY }), spec);
    gateway = new QdrantGateway({ url: server.url, apiKey: API_KEY, timeoutMs: 5000 });
  });
  afterEach(async () => {
    await server.close();
    store.close();
    tmp.remove();
    assert.deepEqual(server.problems, [], 'every call and answer as Qdrant’s OpenAPI spec has them');
  });

  it('a second process continues the conversation: same id, same placeholders, numbering goes on', async () => {
    const a = replica();
    const b = replica();
    const one = await turn(a, undefined, TURN_1);
    assert.equal(one.parts.question, 'Antwort an Herrn <PERSON_1> (<EMAIL_ADDRESS_1>)');
    const two = await turn(b, one.conversation, TURN_2);
    assert.equal(two.conversation, one.conversation, 'B honours the id A issued');
    assert.equal(two.parts.question, 'Und an Frau <PERSON_2>, in Kopie an <EMAIL_ADDRESS_1>');
    assert.equal(
      b.restore(two.token, 'Entwurf an <PERSON_2>, Kopie <EMAIL_ADDRESS_1>'),
      'Entwurf an Schneider, Kopie weber@example.de',
    );
    const three = await turn(a, one.conversation, 'Herr Weber und Frau Schneider');
    assert.equal(three.parts.question, 'Herr <PERSON_1> und Frau <PERSON_2>', 'and back on A, with what B added');
  });

  it('restores only what that very call sent out, shared mapping or not (placeholder replay)', async () => {
    const a = replica();
    const b = replica();
    const one = await turn(a, undefined, TURN_1);
    const replay = await turn(b, one.conversation, 'Wiederhole <PERSON_1> und <EMAIL_ADDRESS_1> bitte');
    // The caller's placeholders are neutralised (the verb before them may be taken for a name: a false
    // alarm of the name scorer, which replaces it and changes nothing here).
    assert.match(
      replay.parts.question ?? '',
      / \(PERSON_1\) und \(EMAIL_ADDRESS_1\) bitte$/,
      'caller text neutralised',
    );
    assert.equal(b.restore(replay.token, 'Gern: <PERSON_1>, <EMAIL_ADDRESS_1>'), 'Gern: <PERSON_1>, <EMAIL_ADDRESS_1>');
  });

  it('ids are Ragwire’s: an id it did not issue, or issued under another key, starts a new conversation', async () => {
    const a = replica();
    const one = await turn(a, undefined, TURN_1);
    for (const guess of [
      'c1',
      'x'.repeat(22),
      one.conversation.slice(0, -1) + (one.conversation.endsWith('A') ? 'B' : 'A'),
    ]) {
      const got = await replica().join(guess);
      assert.notEqual(got, guess);
      assert.match(got, /^[A-Za-z0-9_-]{22}$/);
    }
    const otherKey = replica(randomBytes(32));
    const two = await turn(otherKey, one.conversation, TURN_2);
    assert.notEqual(two.conversation, one.conversation, 'another key finds nothing');
    assert.equal(two.parts.question, 'Und an Frau <PERSON_1>, in Kopie an <EMAIL_ADDRESS_1>');
    const inProcess = new PrivacyGuard();
    assert.notEqual(await inProcess.join(one.conversation), one.conversation, 'without the key: this process only');
  });

  it('the store holds neither the conversation id nor any value or placeholder, on disk or over the API', async () => {
    const a = replica();
    const one = await turn(a, undefined, TURN_1);
    await turn(replica(), one.conversation, TURN_2);
    const r = await fetch(`${server.url}/collections/${CONVERSATIONS_COLLECTION}/points/scroll`, {
      method: 'POST',
      headers: { 'api-key': API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 10, with_payload: true }),
    });
    const points = ((await r.json()) as { result: { points: { id: string; payload: Record<string, unknown> }[] } })
      .result.points;
    assert.equal(points.length, 1, 'one point per conversation');
    assert.deepEqual(Object.keys(points[0].payload).sort(), ['expires', 'format', 'sealed']);
    const seen = JSON.stringify(points);
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const disk = files(tmp.dir)
      .map((f) => fs.readFileSync(f).toString('latin1'))
      .join('\n');
    for (const secret of ['Weber', 'weber@example.de', 'Schneider', 'PERSON_1', 'EMAIL_ADDRESS', one.conversation]) {
      assert.ok(!seen.includes(secret), `the API shows no ${secret}`);
      assert.ok(!disk.includes(secret), `the store's files hold no ${secret}`);
    }
    assert.ok(disk.length > 0 && disk.includes(String(points[0].payload.sealed).slice(0, 40)), 'the disk was read');
  });

  it('honours the mapping lifetime: an expired conversation is not continued, and expired points are swept', async () => {
    const a = replica(key, 150, 0);
    const one = await turn(a, undefined, TURN_1);
    await new Promise((r) => setTimeout(r, 250));
    const b = replica(key, 150, 0);
    const two = await turn(b, one.conversation, TURN_2);
    assert.notEqual(two.conversation, one.conversation);
    assert.equal(two.parts.question, 'Und an Frau <PERSON_1>, in Kopie an <EMAIL_ADDRESS_1>');
    assert.equal(await gateway.count(CONVERSATIONS_COLLECTION), 1, 'the expired mapping was deleted from the store');
  });

  it('fails closed: an altered or moved mapping refuses the request (500), an unreachable store too (503)', async () => {
    const a = replica();
    const one = await turn(a, undefined, TURN_1);
    const other = await turn(a, undefined, 'Frau Schneider');
    const shared = new SharedConversations(async () => gateway, key);
    const [point] = await gateway.retrieve(CONVERSATIONS_COLLECTION, [shared.pointId(one.conversation)]);
    const [otherPoint] = await gateway.retrieve(CONVERSATIONS_COLLECTION, [shared.pointId(other.conversation)]);
    const sealed = Buffer.from(String(point.payload.sealed), 'base64');
    sealed[sealed.length - 1] ^= 1;
    const put = (payload: Record<string, unknown>) =>
      gateway.upsert(CONVERSATIONS_COLLECTION, [{ id: point.id, vector: [1], payload }]);
    for (const payload of [
      { ...point.payload, sealed: sealed.toString('base64') },
      otherPoint.payload,
      { ...point.payload, format: 2 },
    ]) {
      await put(payload);
      const refused = await turn(replica(), one.conversation, TURN_2).then(
        () => assert.fail('continued a conversation from an altered mapping'),
        (err: unknown) => err,
      );
      assert.ok(refused instanceof ConversationStoreError, String(refused));
      assert.equal(refused.reason, 'unreadable');
      assert.equal(errorKindOf(refused), 'configuration');
      assert.equal(httpStatusOf(refused), 500);
      assert.match(refused.message, /failed authentication.*nothing was sent to a model/);
    }
    const port = await closedPort();
    const down = new PrivacyGuard({
      sharedConversations: new SharedConversations(
        async () => new QdrantGateway({ url: `http://127.0.0.1:${port}`, timeoutMs: 1000, retries: 0 }),
        key,
      ),
    });
    for (const attempt of [() => turn(down, undefined, TURN_1), () => down.join(one.conversation)]) {
      const err = await attempt().then(
        () => assert.fail('went on without the store'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof ConversationStoreError && err.reason === 'unavailable', String(err));
      assert.equal(errorKindOf(err), 'unavailable');
      assert.equal(httpStatusOf(err), 503);
    }
  });

  it('takes the key as 32 bytes of base64 and names the variable otherwise', () => {
    const k = randomBytes(32);
    assert.deepEqual(parseConversationKey(k.toString('base64')), k);
    assert.deepEqual(parseConversationKey(` ${k.toString('base64url')}\n`), k);
    assert.throws(
      () => parseConversationKey(randomBytes(16).toString('base64')),
      /^RangeError: RAGWIRE_CONVERSATION_KEY: expected 32 random bytes in base64.*got 16 bytes/,
    );
    assert.throws(() => parseConversationKey('not a key!'), /RAGWIRE_CONVERSATION_KEY: .*got no base64/);
  });
});
