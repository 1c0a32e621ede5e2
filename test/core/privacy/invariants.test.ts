import assert from 'node:assert/strict';
import { fakerDE, fakerEN } from '@faker-js/faker';
import fc from 'fast-check';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { ModelError } from '../../../nodes/core/models/provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { startOllamaFake, type OllamaFake } from '../../support/fakes/ollama-fake.js';
import { azureChatModel, startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';
import {
  CHARACTER_EVASIONS,
  EMAIL_EVASIONS,
  leakedValues,
  SEPARATOR_EVASIONS,
} from '../../support/adversarial-corpus.js';
import { closedPort } from '../../support/ports.js';
import { generators, REF_DATE } from '../../support/privacy-corpus.js';

/** Personal data as it appears in prompts, each with the words that introduce it. */
const KINDS: { type: string; before: { de: string; en: string } }[] = [
  { type: 'EMAIL_ADDRESS', before: { de: 'Mail an', en: 'Mail' } },
  { type: 'PHONE_NUMBER', before: { de: 'Rückruf unter', en: 'Call back on' } },
  { type: 'IBAN_CODE', before: { de: 'IBAN', en: 'IBAN' } },
  { type: 'CREDIT_CARD', before: { de: 'Karte', en: 'card' } },
  { type: 'IP_ADDRESS', before: { de: 'Zugriff von', en: 'access from' } },
  { type: 'DE_TAX_ID', before: { de: 'Steuer-ID', en: 'tax ID' } },
  { type: 'DE_SOCIAL_SECURITY', before: { de: 'SV-Nummer', en: 'social security number' } },
  { type: 'DE_ID_CARD', before: { de: 'Personalausweis', en: 'ID card' } },
  { type: 'DE_PASSPORT', before: { de: 'Reisepass', en: 'passport' } },
  { type: 'DATE_OF_BIRTH', before: { de: 'geboren am', en: 'born on' } },
  { type: 'LAST', before: { de: 'Frau', en: 'Mrs.' } },
];
const WORDS = {
  de: [
    'Bitte',
    'prüfe',
    'den',
    'Vorgang',
    'und',
    'antworte',
    'kurz',
    'heute',
    'noch',
    'zur',
    'Rechnung',
    'im',
    'Portal',
  ],
  en: ['Please', 'check', 'the', 'case', 'and', 'reply', 'briefly', 'today', 'about', 'invoice', 'in', 'portal'],
};

/** Types whose values are numbers or codes: separators inside them are an evasion. */
const NUMBERS = new Set([
  'PHONE_NUMBER',
  'IBAN_CODE',
  'CREDIT_CARD',
  'DE_TAX_ID',
  'DE_SOCIAL_SECURITY',
  'DE_ID_CARD',
  'DE_PASSPORT',
]);
const AS_IS = (value: string) => value;

/** How a value of a type may be written: as is, or evasively (invisible characters, full-width, look-alikes, separators, spelled-out e-mail). */
function writings(type: string): ((value: string) => string)[] {
  return [
    AS_IS,
    ...Object.values(CHARACTER_EVASIONS),
    ...(NUMBERS.has(type) ? Object.values(SEPARATOR_EVASIONS) : []),
    ...(type === 'EMAIL_ADDRESS' ? Object.values(EMAIL_EVASIONS) : []),
  ];
}

/** A prompt with one to three pieces of personal data between ordinary words, written plainly or evasively, and the values in it. */
const personalPrompt = fc
  .record({
    lang: fc.constantFrom<'de' | 'en'>('de', 'en'),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    kinds: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), writing: fc.nat() }), { minLength: 1, maxLength: 3 }),
    filler: fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ lang, seed, kinds, filler }) => {
    const f = lang === 'de' ? fakerDE : fakerEN;
    f.seed(seed);
    f.setDefaultRefDate(REF_DATE);
    const gen = generators(lang);
    const words = filler.map((i) => WORDS[lang][i]).join(' ');
    const values = kinds.map(({ kind }) => gen[kind.type](f));
    const written = kinds.map(({ kind, writing }, i) => {
      const ways = writings(kind.type);
      return ways[writing % ways.length](values[i]);
    });
    const text = `${words}: ${kinds.map(({ kind }, i) => `${kind.before[lang]} ${written[i]}`).join(', ')}.`;
    return { text, values };
  });

/** Fixed in CI so a run is repeatable; FC_SEED=random (or a number) explores further. */
const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261125);
const RUNS = Number(process.env.FC_RUNS ?? 150);

describe('privacy invariants (property-based, fast-check, through the real clients)', () => {
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  const cloudModel = () => azureChatModel(azure);
  const localModel = (url: string) => createProvider({ provider: 'ollama', url, model: 'llama3.2', timeoutMs: 5000 });

  before(async () => {
    ollama = await startOllamaFake({ answer: (m) => `local: ${m[m.length - 1].content}` });
    // The cloud answers with the prompt it saw: whatever it saw comes back in the answer.
    azure = await startOpenAIFake({ apiKey: 'k', answer: (m) => `cloud: ${m[m.length - 1].content}` });
  });
  after(async () => {
    await ollama.close();
    await azure.close();
  });

  it('under the default policy the cloud receives nothing of a prompt with personal data', async () => {
    const guard = new PrivacyGuard();
    const models = { local: localModel(ollama.url), cloud: cloudModel() };
    await fc.assert(
      fc.asyncProperty(personalPrompt, async ({ text }) => {
        const before = azure.chatRequests().length;
        const routed = await guard.chat({ messages: [{ role: 'user', content: text }] }, { conversation: 'p' }, models);
        assert.equal(routed.answeredBy, 'local', text);
        assert.equal(azure.chatRequests().length, before, text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('with pseudonymization the cloud receives no original value (nor four of its digits), and the user gets the restored answer', async () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const models = { local: localModel(ollama.url), cloud: cloudModel() };
    let conversation = 0;
    await fc.assert(
      fc.asyncProperty(personalPrompt, async ({ text, values }) => {
        const before = azure.chatRequests().length;
        const routed = await guard.chat(
          { messages: [{ role: 'user', content: text }] },
          { conversation: `c${++conversation}` },
          models,
        );
        const sent = azure
          .chatRequests()
          .slice(before)
          .flatMap((r) => (r.body as { messages: { content: string }[] }).messages.map((m) => m.content))
          .join('\n');
        assert.equal(routed.answeredBy, 'cloud', text);
        assert.deepEqual(leakedValues(sent, { values }), [], `reached the cloud from ${JSON.stringify(text)}`);
        assert.equal(routed.result.content, `cloud: ${text}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('local model down: an error for every personal prompt, and the cloud untouched', async () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({}) });
    const models = { local: localModel(`http://127.0.0.1:${await closedPort()}`), cloud: cloudModel() };
    await fc.assert(
      fc.asyncProperty(personalPrompt, async ({ text }) => {
        const before = azure.chatRequests().length;
        await assert.rejects(
          guard.chat({ messages: [{ role: 'user', content: text }] }, { conversation: 'd' }, models),
          (e: unknown) => e instanceof ModelError && e.unavailable,
        );
        assert.equal(azure.chatRequests().length, before, text);
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
  });
});
