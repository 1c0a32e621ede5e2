import assert from 'node:assert/strict';
import { SECOND_OPINION_PROMPT } from '../../nodes/core/privacy/second-opinion.js';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import { helper, ragwireNodes, run, runToOutputs, type Msg } from '../support/node-red.js';
import { tempDir } from '../support/temp-dir.js';

/** Personal data no detector can see: a person described, not named. */
const DESCRIBED = 'The only forklift driver on the night shift in hall 3 was off sick for six weeks.';
const SPAN = 'The only forklift driver on the night shift in hall 3';
const outputs = ['local-out', 'cloud-out', 'blocked-out'];

describe('ragwire-privacy second opinion (node-red-node-test-helper)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  /** Whether the local model finds personal data in what it is asked about. */
  let personal: boolean;

  beforeEach(async () => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
    personal = true;
    ollama = await startOllamaFake({
      answer: (m) => {
        if (m[0]?.content !== SECOND_OPINION_PROMPT) return `local: ${m[m.length - 1].content.slice(-40)}`;
        const texts = (JSON.parse(m[1].content) as { texts: string[] }).texts;
        const found = personal && texts.some((t) => t.includes(SPAN));
        return JSON.stringify({ personal_data: found, spans: found ? [{ text: SPAN, type: 'PERSON' }] : [] });
      },
    });
    azure = await startOpenAIFake({ apiKey: 'azure-secret', answer: (m) => `cloud: ${m[m.length - 1].content}` });
  });
  afterEach(async () => {
    await helper.unload();
    await ollama.close();
    await azure.close();
    tmp.remove();
  });

  const flow = (policy: Msg = {}) => [
    {
      id: 'policy',
      type: 'ragwire-privacy',
      secondOpinion: true,
      secondOpinionModel: 'local',
      secondOpinionTimeout: '5',
      ...policy,
    },
    { id: 'local', type: 'ragwire-model', provider: 'ollama', url: ollama.url, model: 'llama3.2', timeout: 5 },
    {
      id: 'cloud',
      type: 'ragwire-model',
      provider: 'azure-openai',
      url: azure.url,
      model: 'gpt-4o-mini',
      apiVersion: '2024-10-21',
      timeout: 5,
    },
    {
      id: 'router',
      type: 'ragwire-router',
      privacy: 'policy',
      wires: [['local-out'], ['cloud-out'], ['blocked-out']],
    },
    { id: 'llm', type: 'ragwire-llm', model: 'local', cloudModel: 'cloud', privacy: 'policy', wires: [['out']] },
    ...['out', ...outputs].map((id) => ({ id, type: 'helper' })),
  ];
  const credentials = { cloud: { apiKey: 'azure-secret' } };
  const secondOpinions = () => ollama.chatRequests().filter((r) => JSON.stringify(r.body).includes('personal_data'));

  it('router: the configured local model keeps what it finds personal local, the rest goes to the cloud', async () => {
    await helper.load(ragwireNodes(), flow(), credentials);
    const kept = await runToOutputs('router', { payload: DESCRIBED }, outputs);
    assert.equal(kept.output, 'local-out');
    const privacy = kept.msg.privacy as { route: string; secondOpinion: { answer: string; asked: boolean } };
    assert.equal(privacy.route, 'local');
    assert.deepEqual([privacy.secondOpinion.asked, privacy.secondOpinion.answer], [true, 'yes']);
    assert.ok(!JSON.stringify(privacy).includes('forklift'), 'no value on msg.privacy');

    personal = false;
    const cleared = await runToOutputs('router', { payload: DESCRIBED }, outputs);
    assert.equal(cleared.output, 'cloud-out');
    assert.equal((cleared.msg.privacy as { secondOpinion: { answer: string } }).secondOpinion.answer, 'no');
    assert.equal(secondOpinions().length, 2);
  });

  it('llm: answered locally on a yes, the cloud never called; pseudonymized for the cloud when the policy says so', async () => {
    await helper.load(ragwireNodes(), flow(), credentials);
    const local = await run('llm', { payload: DESCRIBED });
    assert.equal((local.llm as { locality: string }).locality, 'local');
    assert.equal(azure.chatRequests().length, 0);
    await helper.unload();

    await helper.load(ragwireNodes(), flow({ personal: 'pseudonymize' }), credentials);
    const answered = await run('llm', { messages: [{ role: 'user', content: DESCRIBED }] });
    assert.equal((answered.llm as { locality: string }).locality, 'cloud');
    const sent = JSON.stringify(azure.chatRequests()[0].body);
    assert.ok(!sent.includes('forklift') && sent.includes('<PERSON_1>'), sent);
    assert.equal(answered.payload, `cloud: ${DESCRIBED}`, 'restored');
  });

  it('pseudonymize: the spans the local model quotes are replaced, and restore puts them back', async () => {
    await helper.load(
      ragwireNodes(),
      [
        ...flow(),
        { id: 'pseudo', type: 'ragwire-pseudonymize', privacy: 'policy', wires: [['restore', 'hidden']] },
        { id: 'restore', type: 'ragwire-restore', privacy: 'policy', wires: [['out']] },
        { id: 'hidden', type: 'helper' },
      ],
      credentials,
    );
    let hidden = '';
    helper.getNode('hidden').on('input', ((m: Msg) => (hidden = String(m.payload))) as never);
    const out = await run('pseudo', { payload: DESCRIBED });
    assert.equal(hidden, '<PERSON_1> was off sick for six weeks.');
    assert.equal(out.payload, DESCRIBED, 'restored');
    assert.equal((out.privacy as { secondOpinion: { answer: string } }).secondOpinion.answer, 'yes');
  });

  it('off unless switched on, and a switched-on configuration without a model says so', async () => {
    await helper.load(ragwireNodes(), flow({ secondOpinion: false }), credentials);
    assert.equal((await runToOutputs('router', { payload: DESCRIBED }, outputs)).output, 'cloud-out');
    assert.equal(secondOpinions().length, 0);
    await helper.unload();
    await helper.load(ragwireNodes(), flow({ secondOpinionModel: '' }), credentials);
    await assert.rejects(runToOutputs('router', { payload: DESCRIBED }, outputs), /pick the local model to ask/);
  });
});
