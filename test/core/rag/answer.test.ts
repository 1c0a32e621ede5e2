import assert from 'node:assert/strict';
import { createProvider, type ModelSettings } from '../../../nodes/core/models/create-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { PrivacyBlockedError, type AuditRecord } from '../../../nodes/core/privacy/router.js';
import { upstreamPrivacyOf } from '../../../nodes/core/privacy/upstream.js';
import { answer, modelsByLocality, optionalModel, type AnswerSettings } from '../../../nodes/core/rag/answer.js';
import { InputError } from '../../../nodes/core/errors.js';
import type { Passage } from '../../../nodes/core/rag/retrieve.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { azureChatModel, startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';

const PERSONAL = 'What is the salary of Anna Schmidt, IBAN DE89370400440532013000?';
const passage = (text: string, classification?: string): Passage => ({
  id: 1,
  score: 0.9,
  text,
  sourceId: 'handbook',
  chunkIndex: 0,
  metadata: {},
  classification: classification as Passage['classification'],
});

describe('answer (core use case)', () => {
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  beforeEach(async () => {
    ollama = await startOllamaFake({ answer: (m) => `local: ${m[m.length - 1].content.slice(0, 60)}` });
    azure = await startOpenAIFake({ apiKey: 'k', answer: (m) => `cloud: ${m[m.length - 1].content.slice(-70)}` });
  });
  afterEach(async () => {
    await ollama.close();
    await azure.close();
  });

  const local = () => createProvider({ provider: 'ollama', url: ollama.url, model: 'llama3.2', timeoutMs: 5000 });
  const cloud = (over: Partial<ModelSettings> = {}) => azureChatModel(azure, over);
  function settings(routing = true, guard = new PrivacyGuard()) {
    const records: AuditRecord[] = [];
    const s: AnswerSettings = { prompt: {}, routing, guard, audit: (r) => records.push(r) };
    return { s, records, guard };
  }

  it('answers a public question in the cloud, with the prompt sources and one audit record', async () => {
    const { s, records } = settings();
    const out = await answer(
      { question: 'How many vacation days are there?', passages: [passage('30 days of vacation.')] },
      { primary: local(), second: cloud() },
      s,
    );
    assert.equal(out.answeredBy.locality, 'cloud');
    assert.match(out.content, /^cloud: /);
    assert.deepEqual(
      out.sources.map((x) => [x.marker, x.sourceId]),
      [[1, 'handbook']],
    );
    assert.equal(out.privacy?.route, 'cloud');
    assert.deepEqual(
      records.map((r) => r.route),
      ['cloud', 'cloud'],
      'the route and the cloud gate',
    );
    assert.equal(out.conversation, undefined, 'nobody asked for a conversation');
  });

  it('keeps personal data local and never sends it to the cloud', async () => {
    const { s } = settings();
    const out = await answer({ question: PERSONAL }, { primary: cloud(), second: local() }, s);
    assert.equal(out.answeredBy.locality, 'local');
    assert.equal(azure.chatRequests().length, 0);
  });

  it('forgets a conversation nobody asked for, and returns the one asked for', async () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const { s } = settings(true, guard);
    const models = { primary: local(), second: cloud() };
    const once = await answer({ question: PERSONAL }, models, s);
    assert.equal(once.answeredBy.locality, 'cloud');
    assert.equal(once.privacy?.pseudonymized, true);
    assert.equal(once.conversation, undefined);
    assert.doesNotMatch(JSON.stringify(azure.chatRequests()), /Anna Schmidt/);
    const asked = await guard.join(undefined);
    const kept = await answer({ question: PERSONAL, conversation: asked }, models, s);
    assert.equal(kept.conversation, asked);
    assert.match(kept.content, /Anna Schmidt/, 'the answer is restored');
  });

  it('keeps the upstream record (and its restore token) after upstream pseudonymization', async () => {
    const { s } = settings();
    const upstream = upstreamPrivacyOf({ level: 'internal', pseudonymized: true, restoreToken: 't-1' });
    const out = await answer(
      { question: 'What about <PERSON_1>?', upstream },
      { primary: local(), second: cloud() },
      s,
    );
    assert.equal(out.privacy?.restoreToken, 't-1');
    assert.equal(out.privacy?.pseudonymized, true);
  });

  it('with routing off answers with the first model, through the cloud gate', async () => {
    const { s, records } = settings(false);
    const out = await answer({ question: 'How many vacation days?' }, { primary: cloud() }, s);
    assert.equal(out.answeredBy.locality, 'cloud');
    assert.equal(out.privacy, undefined);
    await assert.rejects(answer({ question: PERSONAL }, { primary: cloud() }, s), PrivacyBlockedError);
    assert.equal(azure.chatRequests().length, 1, 'the gate kept the personal question out of the cloud');
    assert.ok(records.length >= 1);
  });

  it('streams the answer to onDelta', async () => {
    const { s } = settings(false);
    let streamed = '';
    const out = await answer({ question: 'Hello there', onDelta: (d) => (streamed += d) }, { primary: local() }, s);
    assert.equal(streamed, out.content);
  });

  it('refuses a request without question or messages, naming the field', async () => {
    const { s } = settings();
    await assert.rejects(answer({ question: '  ' }, { primary: local() }, s), InputError);
  });

  it('pairs models by locality and refuses two of the same', () => {
    assert.deepEqual(Object.keys(modelsByLocality(local(), undefined)), ['local', 'cloud']);
    assert.throws(() => modelsByLocality(local(), local()), /both models run locally/);
    assert.equal(
      optionalModel(() => cloud({ url: '' })),
      undefined,
    );
  });
});
