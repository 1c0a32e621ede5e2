import assert from 'node:assert/strict';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { ModelError } from '../../../nodes/core/models/provider.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY, parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';
import { chatRouted } from '../../../nodes/core/privacy/routed-chat.js';
import { decideRoute, PrivacyBlockedError } from '../../../nodes/core/privacy/router.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';
import { closedPort } from '../../support/ports.js';

const scanner = new PrivacyScanner();
const user = (content: string) => [{ role: 'user' as const, content }];

describe('privacy routing (core)', () => {
  it('decides by the highest of detectors, explicit classification and retrieved passages', () => {
    assert.equal(decideRoute({ messages: user('Wie spät ist es?') }, scanner, DEFAULT_POLICY).route, 'cloud');
    const personal = decideRoute(
      { messages: user('Meine IBAN ist DE89 3704 0044 0532 0130 00.') },
      scanner,
      DEFAULT_POLICY,
    );
    assert.deepEqual([personal.level, personal.route, personal.entities], ['personal', 'local', { IBAN_CODE: 1 }]);
    assert.equal(
      decideRoute({ messages: user('Hallo'), classification: 'confidential' }, scanner, DEFAULT_POLICY).route,
      'local',
    );
    const context = decideRoute(
      { messages: user('Was steht im Bericht?'), contextClassifications: ['public', 'confidential'] },
      scanner,
      DEFAULT_POLICY,
    );
    assert.deepEqual(
      [context.level, context.route, context.sources.context],
      ['confidential', 'local', 'confidential'],
    );
    assert.equal(
      decideRoute({ messages: user('Hallo'), classification: 'top-secret' }, scanner, DEFAULT_POLICY).level,
      'personal',
      'unknown means the highest level',
    );
    assert.equal(
      decideRoute({ messages: user('VERTRAULICH: Quartalszahlen') }, scanner, DEFAULT_POLICY).route,
      'local',
    );
  });

  it('keeps values out of the audit record', () => {
    const { findings, ...audit } = decideRoute(
      { messages: user('Mail an max@example.de, IBAN DE89 3704 0044 0532 0130 00') },
      scanner,
      DEFAULT_POLICY,
    );
    assert.equal(findings[0].length, 2);
    const text = JSON.stringify(audit);
    assert.ok(!text.includes('max@example.de') && !text.includes('DE89'), text);
    assert.deepEqual(audit.entities, { EMAIL_ADDRESS: 1, IBAN_CODE: 1 });
  });

  it('reads a policy and refuses a bad one naming the part', () => {
    const p = parsePolicy({ allow: { internal: ['local'] }, pseudonymize: ['personal'] });
    assert.deepEqual(p.allow.internal, ['local']);
    assert.deepEqual(p.allow.public, ['cloud', 'local']);
    assert.throws(() => parsePolicy({ allow: { secret: ['local'] } }), /policy\.allow\.secret: unknown level/);
    assert.throws(() => parsePolicy({ allow: { public: ['mars'] } }), /expected a list of "local" and "cloud"/);
  });

  describe('with Ollama (local) and Azure OpenAI (cloud) fakes', () => {
    let ollama: OllamaFake;
    let azure: OpenAIFake;
    beforeEach(async () => {
      ollama = await startOllamaFake({ answer: () => 'local answer' });
      azure = await startOpenAIFake({ apiKey: 'k', answer: (m) => `cloud saw: ${m[m.length - 1].content}` });
    });
    afterEach(async () => {
      await ollama.close();
      await azure.close();
    });
    const models = (localUrl?: string) => ({
      local: createProvider({ provider: 'ollama', url: localUrl ?? ollama.url, model: 'llama3.2', timeoutMs: 2000 }),
      cloud: createProvider({
        provider: 'azure-openai',
        url: azure.url,
        model: 'gpt-4o-mini',
        apiKey: 'k',
        apiVersion: '2024-10-21',
      }),
    });
    const deps = (policy = DEFAULT_POLICY) => ({
      scanner,
      policy,
      pseudonymizer: new Pseudonymizer(),
      conversation: 'c1',
    });

    it('sends personal data to the local model only', async () => {
      const r = await chatRouted({ messages: user('Herr Müller, Steuer-ID 86 095 742 719') }, models(), deps());
      assert.equal(r.answeredBy, 'local');
      assert.equal(azure.requests.length, 0, 'the cloud received nothing');
      assert.equal(ollama.chatRequests().length, 1);
    });

    it('fails closed: local model down means an error, and the cloud stays untouched', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      await assert.rejects(
        chatRouted({ messages: user('Meine Karte 4111 1111 1111 1111') }, models(down), deps()),
        (e: unknown) => e instanceof ModelError && e.unavailable,
      );
      assert.equal(azure.requests.length, 0);
    });

    it('lets non-sensitive messages fall back from the cloud to the local model', async () => {
      const m = models();
      const cloudDown = createProvider({
        provider: 'azure-openai',
        url: `http://127.0.0.1:${await closedPort()}`,
        model: 'gpt-4o-mini',
        apiKey: 'k',
        timeoutMs: 2000,
      });
      const r = await chatRouted(
        { messages: user('Wie funktioniert RAG?') },
        { local: m.local, cloud: cloudDown },
        deps(),
      );
      assert.equal(r.answeredBy, 'local');
      assert.match(r.decision.rule, /cloud unavailable, answered locally/);
    });

    it('pseudonymizes for the cloud: no original value leaves, the answer is restored', async () => {
      const policy = parsePolicy({ pseudonymize: ['personal'] });
      const text = 'Bitte schreibe an max.mustermann@example.de wegen IBAN DE89 3704 0044 0532 0130 00.';
      const r = await chatRouted({ messages: user(text) }, models(), deps(policy));
      assert.equal(r.answeredBy, 'cloud');
      assert.equal(r.decision.pseudonymized, true);
      const sent = JSON.stringify(azure.chatRequests()[0].body);
      assert.ok(!sent.includes('max.mustermann@example.de') && !sent.includes('DE89'), sent);
      assert.match(sent, /<EMAIL_ADDRESS_1>.*<IBAN_CODE_1>/);
      assert.equal(r.result.content, `cloud saw: ${text}`, 'placeholders in the answer are restored');
      assert.equal(ollama.chatRequests().length, 0);
    });

    it('audits the route and the cloud gate, and counts the level an upstream decision recorded', async () => {
      const records: { route: string; rule: string }[] = [];
      const r = await chatRouted({ messages: user('Wie funktioniert RAG?') }, models(), deps(), {
        audit: (record) => records.push(record),
      });
      assert.equal(r.answeredBy, 'cloud');
      assert.deepEqual(
        records.map((x) => [x.route, x.rule]),
        [
          ['cloud', 'cloud gate: public allowed in the cloud'],
          ['cloud', 'public: cloud allowed'],
        ],
      );
      const upstream = await chatRouted(
        { messages: user('Wie funktioniert RAG?'), recorded: 'confidential' },
        models(),
        deps(),
      );
      assert.deepEqual([upstream.answeredBy, upstream.decision.sources.recorded], ['local', 'confidential']);
      assert.equal(azure.chatRequests().length, 1);
    });

    it('blocks when nothing is allowed, and without a local model for sensitive data', async () => {
      const policy = parsePolicy({ allow: { personal: [] } });
      await assert.rejects(
        chatRouted({ messages: user('max@example.de') }, models(), deps(policy)),
        PrivacyBlockedError,
      );
      await assert.rejects(
        chatRouted({ messages: user('max@example.de') }, { cloud: models().cloud }, deps()),
        /may only go to a local model, but no local model is configured/,
      );
      assert.equal(azure.requests.length, 0);
    });
  });
});
