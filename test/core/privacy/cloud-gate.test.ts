import assert from 'node:assert/strict';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { CloudGatedProvider } from '../../../nodes/core/models/cloud-gated-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { PrivacyBlockedError, type AuditRecord } from '../../../nodes/core/privacy/router.js';
import { startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';

const PERSONAL = 'Bitte fasse die Akte von Frau Schneider zusammen, IBAN DE89 3704 0044 0532 0130 00.';
const user = (content: string) => [{ role: 'user' as const, content }];
const blocked = (e: unknown) => e instanceof PrivacyBlockedError && e.decision.route === 'blocked';

describe('the cloud gate at the model call (core)', () => {
  let azure: OpenAIFake;
  beforeEach(async () => {
    azure = await startOpenAIFake({ apiKey: 'k', answer: (m) => `cloud: ${m[m.length - 1].content}` });
  });
  afterEach(() => azure.close());
  const cloud = () =>
    createProvider({ provider: 'azure-openai', url: azure.url, model: 'gpt-4o-mini', apiKey: 'k', timeoutMs: 5000 });

  it('a cloud model built by createProvider refuses personal text even when the caller brings no gate', async () => {
    await assert.rejects(cloud().chat(user(PERSONAL)), blocked);
    await assert.rejects(async () => {
      for await (const delta of cloud().chatStream(user(PERSONAL))) void delta;
    }, blocked);
    assert.equal(azure.chatRequests().length, 0, 'nothing reached the cloud');
    assert.match((await cloud().chat(user('What are the opening hours?'))).content, /^cloud: /);
    const local = createProvider({ provider: 'ollama', url: 'http://127.0.0.1:1', model: 'llama3.2' });
    assert.ok(!(local instanceof CloudGatedProvider), 'a local model is not gated');
  });

  it('honours classifications, passage classifications and what an upstream decision recorded, and audits each decision', async () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const records: AuditRecord[] = [];
    const gate = (context: object) => guard.cloudGate(context, (r) => records.push(r));
    const text = user('Fasse den Bericht zusammen.');
    for (const context of [
      { classification: 'confidential' },
      { classification: 'top secret' },
      { contextClassifications: ['public', 'personal'] },
      { recorded: 'confidential' },
    ])
      await assert.rejects(cloud().chat(text, { gate: gate(context) }), blocked, JSON.stringify(context));
    assert.equal(azure.chatRequests().length, 0);
    await cloud().chat(text, { gate: gate({ classification: 'internal' }) });
    assert.equal(azure.chatRequests().length, 1);
    assert.deepEqual(
      records.map((r) => r.route),
      ['blocked', 'blocked', 'blocked', 'blocked', 'cloud'],
    );
    assert.ok(records.every((r) => r.rule.startsWith('cloud gate: ')));
  });

  it('pseudonymization hides entities, not markings or own terms: such text is stopped at the cloud call', async () => {
    const guard = new PrivacyGuard({
      policy: parsePolicy({ pseudonymize: ['personal'] }),
      custom: [{ terms: ['Projekt Falke'], level: 'confidential' }],
    });
    for (const text of [`VERTRAULICH: ${PERSONAL}`, `Projekt Falke: ${PERSONAL}`]) {
      const decision = guard.decide({ question: text });
      assert.equal(decision.route, 'local', 'the router keeps it local');
      assert.equal(decision.fixedLevel, 'confidential');
      // Wired around the router anyway: pseudonymize, then straight to the cloud model.
      const conversation = guard.conversation();
      const out = guard.pseudonymize(conversation, { question: text }, decision);
      assert.ok(!String(out.parts.question).includes('Schneider'));
      const gate = guard.cloudGate({});
      await assert.rejects(cloud().chat(user(String(out.parts.question)), { gate }), blocked, text);
    }
    assert.equal(azure.chatRequests().length, 0);
  });

  it('routes to the cloud after pseudonymization only when the fixed level is allowed there', () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    assert.equal(guard.decide({ question: PERSONAL }).pseudonymized, true);
    const classified = guard.decide({ question: PERSONAL, classification: 'personal' });
    assert.deepEqual([classified.route, classified.pseudonymized], ['local', false], 'a personal document stays local');
    const internal = guard.decide({ question: `INTERN: ${PERSONAL}` });
    assert.deepEqual([internal.route, internal.pseudonymized, internal.fixedLevel], ['cloud', true, 'internal']);
  });
});
