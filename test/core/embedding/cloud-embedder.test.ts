import assert from 'node:assert/strict';
import { createEmbedder } from '../../../nodes/core/embedding/create-embedder.js';
import { createProvider, type ModelSettings } from '../../../nodes/core/models/create-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { PrivacyBlockedError, type AuditRecord } from '../../../nodes/core/privacy/router.js';
import { startOpenAIFake, type OpenAIFake } from '../../support/fakes/openai-fake.js';

const PERSONAL = 'Bitte fasse die Akte von Frau Schneider zusammen, IBAN DE89 3704 0044 0532 0130 00.';
const PUBLIC = 'Die Kantine öffnet um 11:30 Uhr.';
const blocked = (e: unknown) =>
  e instanceof PrivacyBlockedError && e.decision.route === 'blocked' && /local embedding model/.test(e.message);

describe('the cloud gate at the embedding call (core)', () => {
  let azure: OpenAIFake;
  beforeEach(async () => (azure = await startOpenAIFake({ apiKey: 'k' })));
  afterEach(() => azure.close());
  const settings: ModelSettings = {
    provider: 'azure-openai',
    model: 'text-embedding-3-small',
    apiKey: 'k',
    timeoutMs: 5000,
  };
  const embeddings = () => azure.requests.filter((r) => r.path.includes('/embeddings'));
  const cloudEmbedder = (gate?: Parameters<typeof createEmbedder>[1]) =>
    createEmbedder({ ...settings, url: azure.url }, gate);

  it('refuses personal text before the cloud embedder sees it, and embeds public text', async () => {
    await assert.rejects(cloudEmbedder().embed([PUBLIC, PERSONAL]), blocked);
    await assert.rejects(createProvider({ ...settings, url: azure.url }).embed([PERSONAL]), PrivacyBlockedError);
    assert.equal(azure.requests.length, 0, 'nothing reached the cloud');
    const vectors = await cloudEmbedder().embed([PUBLIC]);
    assert.equal(vectors[0].length, 1536);
    assert.deepEqual((embeddings()[0].body as { input: unknown }).input, [PUBLIC]);
  });

  it('leaves a local embedding model ungated, and gates one set to run in the cloud', async () => {
    const compatible = (locality: '' | 'cloud') =>
      createEmbedder({
        provider: 'openai-compatible',
        url: `${azure.url}/v1`,
        model: 'text-embedding-3-small',
        apiKey: 'k',
        locality,
      });
    assert.equal((await compatible('').embed([PERSONAL])).length, 1, 'a local model may embed personal text');
    await assert.rejects(compatible('cloud').embed([PERSONAL]), blocked);
    assert.equal(embeddings().length, 1);
  });

  it("counts each text's document classification, ignores pseudonymization and audits every decision", async () => {
    const records: AuditRecord[] = [];
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal', 'confidential'] }) });
    const embedder = cloudEmbedder((context) => guard.cloudGate(context, (r) => records.push(r)));
    await assert.rejects(embedder.embed([PERSONAL]), blocked, 'a policy that pseudonymizes still refuses it');
    await assert.rejects(embedder.embed([PUBLIC], { contextClassifications: ['public', 'confidential'] }), blocked);
    await assert.rejects(embedder.embed([PUBLIC], { classification: 'top secret' }), blocked, 'unsure means local');
    assert.equal(azure.requests.length, 0);
    await embedder.embed([PUBLIC], { contextClassifications: ['internal'] });
    assert.deepEqual(
      records.map((r) => [r.route, r.level]),
      [
        ['blocked', 'personal'],
        ['blocked', 'confidential'],
        ['blocked', 'personal'],
        ['cloud', 'internal'],
      ],
    );
    assert.ok(!JSON.stringify(records).includes('Schneider'), 'the audit holds no values');

    const open = new PrivacyGuard({ policy: parsePolicy({ allow: { personal: ['cloud'] } }) });
    await cloudEmbedder((context) => open.cloudGate(context)).embed([PERSONAL]);
    assert.equal(embeddings().length, 2, 'a policy that allows personal data in the cloud lets it through');
  });
});
