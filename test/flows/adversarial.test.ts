import assert from 'node:assert/strict';
import { ADVERSARIAL_CASES, leakedValues, type AdversarialCase } from '../support/adversarial-corpus.js';
import { postJson } from '../support/node-red.js';
import { templatesWithModels, type TemplatesWithModels } from '../support/templates.js';

/**
 * The adversarial corpus (evasively written personal data, German and English) through every
 * shipped template that can reach the cloud, over real HTTP, with Azure OpenAI configured: as a
 * question, as a chat message (router, pseudonymized cloud calls), through pseudonymize -> cloud
 * llm -> restore, and as a retrieved passage. Whatever the route, no value may reach the cloud fake.
 */
describe('the adversarial corpus through every shipped template (Azure configured)', () => {
  let world: TemplatesWithModels;
  const leaks: { endpoint: string; id: string; values: string[] }[] = [];
  let sent = 0;

  before(async () => {
    world = await templatesWithModels({
      // The cloud fake repeats what it received, so a value that slipped through would also show in the answer.
      azureAnswer: (m) => `Cloud: ${m.map((x) => x.content).join(' | ')}`,
      ollamaAnswer: () => 'Lokal beantwortet.',
      env: (azure) => ({
        AZURE_OPENAI_ENDPOINT: azure.url,
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
        AZURE_OPENAI_API_KEY: 'azure-secret',
      }),
    });
    // Every case also becomes a document, so that it can come back as a retrieved passage.
    // A file number that the question repeats makes the passage score above the template's min. score.
    const documents = ADVERSARIAL_CASES.map((c, i) => ({ id: c.id, text: `Aktenzeichen K${i}: ${c.text}` }));
    const r = await postJson(`${world.flow.url}/ragwire/ingest`, { documents });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  });

  after(async () => {
    await world.close();
    console.log(
      `      adversarial corpus: ${ADVERSARIAL_CASES.length} cases, ${sent} requests, ` +
        `${leaks.reduce((n, l) => n + l.values.length, 0)} values reached the cloud fake`,
    );
  });

  /** Sends one request and records which of the case's values the cloud fake received meanwhile. */
  async function probe(
    name: string,
    c: AdversarialCase,
    body: Record<string, unknown>,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const endpoint = name.split(' ')[0];
    const before = world.azure.chatRequests().length;
    const r = await postJson(`${world.flow.url}${endpoint}`, body);
    sent++;
    const received = world.azure
      .chatRequests()
      .slice(before)
      .map((req) => JSON.stringify(req.body))
      .join('\n');
    const leaked = leakedValues(received, c);
    if (leaked.length > 0) leaks.push({ endpoint: name, id: c.id, values: leaked });
    return r;
  }

  const probes: [string, (c: AdversarialCase, i: number) => Record<string, unknown>][] = [
    ['/ragwire/ask', (c) => ({ question: c.text })],
    ['/ragwire/private-chat', (c) => ({ message: c.text })],
    ['/ragwire/pseudonymized', (c) => ({ message: c.text })],
    // A harmless question whose only passage is the case: the passage must not reach the cloud either.
    [
      '/ragwire/ask (as a passage)',
      (c, i) => ({
        question: `Was steht in Aktenzeichen K${i}?`,
        filter: { must: [{ key: 'source_id', match: { value: c.id } }] },
      }),
    ],
  ];

  for (const [name, bodyOf] of probes) {
    it(`${name}: no value of any case reaches the cloud`, async () => {
      const outcomes = new Map<string, number>();
      const cloudBefore = world.azure.chatRequests().length;
      for (const [i, c] of ADVERSARIAL_CASES.entries()) {
        const r = await probe(name, c, bodyOf(c, i));
        const outcome = `${r.status}${r.body.route ? ` ${String(r.body.route)}` : ''}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (name.endsWith('(as a passage)') && r.status === 200)
          assert.equal((r.body.sources as unknown[]).length, 1, `${c.id}: the case came back as the passage`);
      }
      console.log(
        `      ${name}: ${JSON.stringify(Object.fromEntries(outcomes))}, ` +
          `${world.azure.chatRequests().length - cloudBefore} cloud requests`,
      );
      const mine = leaks.filter((l) => l.endpoint === name);
      assert.deepEqual(mine, [], `values reached the cloud through ${name}`);
      // Every request was answered (locally, pseudonymized, or refused), none failed on the server.
      assert.ok(![...outcomes.keys()].some((o) => o.startsWith('5')), JSON.stringify([...outcomes]));
    });
  }
});
