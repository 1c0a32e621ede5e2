import assert from 'node:assert/strict';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import { helper, ragwireNodes, run, runToOutputs, statuses, type Msg } from '../support/node-red.js';
import { closedPort } from '../support/ports.js';
import { tempDir } from '../support/temp-dir.js';

const IBAN = 'DE89 3704 0044 0532 0130 00';
const PERSONAL = `Bitte fasse die Akte von Frau Schneider zusammen, IBAN ${IBAN}.`;
/** The cloud fake echoes the end of the pseudonymized prompt; restored, it shows the original values. */
const RESTORED = /^cloud: .*Frau Schneider zusammen, IBAN DE89 3704 0044 0532 0130 00\.$/;
const PUBLIC = 'What are the opening hours of the Berlin office?';

const local = (url: string) => ({
  id: 'local',
  type: 'ragwire-model',
  provider: 'ollama',
  url,
  model: 'llama3.2',
  timeout: 5,
});
const cloud = (url: string) => ({
  id: 'cloud',
  type: 'ragwire-model',
  provider: 'azure-openai',
  url,
  model: 'gpt-4o-mini',
  apiVersion: '2024-10-21',
  timeout: 5,
});
const CLOUD_KEY = { cloud: { apiKey: 'azure-secret' } };
const helpers = ['out', 'local-out', 'cloud-out', 'blocked-out'].map((id) => ({ id, type: 'helper' }));
/** What node `id` logs from now on (the audit records among it). */
const logged = (id: string) => {
  const lines: string[] = [];
  helper.getNode(id).on('call:log', ((call: { args: [unknown] }) => lines.push(String(call.args[0]))) as never);
  return lines;
};

/** pseudonymize -> cloud llm (routing off) -> restore, all with one ragwire-privacy policy (the default one without). */
const aroundCloudCall = (cloudUrl: string, policy?: Msg) => {
  const privacy = policy ? 'policy' : '';
  return [
    ...(policy ? [{ id: 'policy', type: 'ragwire-privacy', ...policy }] : []),
    cloud(cloudUrl),
    { id: 'pseudo', type: 'ragwire-pseudonymize', privacy, wires: [['llm']] },
    { id: 'llm', type: 'ragwire-llm', model: 'cloud', routing: 'off', privacy, wires: [['restore']] },
    { id: 'restore', type: 'ragwire-restore', privacy, wires: [['out']] },
    ...helpers,
  ];
};

describe('privacy nodes (node-red-node-test-helper)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;
  let azure: OpenAIFake;

  beforeEach(async () => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
    ollama = await startOllamaFake({ answer: (m) => `local: ${m[m.length - 1].content.slice(-60)}` });
    azure = await startOpenAIFake({
      apiKey: 'azure-secret',
      answer: (m) => `cloud: ${m[m.length - 1].content.slice(-60)}`,
    });
  });
  afterEach(async () => {
    await helper.unload();
    await ollama.close();
    await azure.close();
    tmp.remove();
  });

  describe('ragwire-router', () => {
    const router = (over: Msg = {}) => ({
      id: 'router',
      type: 'ragwire-router',
      wires: [['local-out'], ['cloud-out'], ['blocked-out']],
      ...over,
    });
    const outputs = ['local-out', 'cloud-out', 'blocked-out'];

    it('sends personal data to the local output and the rest to the cloud, with an audit record without values', async () => {
      await helper.load(ragwireNodes(), [router(), ...helpers]);
      const seen = statuses('router');
      const personal = await runToOutputs('router', { payload: PERSONAL }, outputs);
      assert.equal(personal.output, 'local-out');
      const privacy = personal.msg.privacy as Record<string, unknown>;
      assert.equal(privacy.level, 'personal');
      assert.equal(privacy.route, 'local');
      assert.deepEqual(privacy.entities, { PERSON: 1, IBAN_CODE: 1 });
      assert.ok(!JSON.stringify(privacy).includes('Schneider') && !JSON.stringify(privacy).includes('3704'));
      assert.equal(personal.msg.payload, PERSONAL, 'the local route keeps the text as it is');
      assert.equal(seen.at(-1)?.text, 'local: personal');

      const open = await runToOutputs('router', { payload: PUBLIC }, outputs);
      assert.equal(open.output, 'cloud-out');
      assert.equal((open.msg.privacy as { level: string }).level, 'public');
    });

    it('counts msg.classification and the classification of retrieved passages, and checks passage text', async () => {
      await helper.load(ragwireNodes(), [router(), ...helpers]);
      const classified = await runToOutputs('router', { payload: PUBLIC, classification: 'confidential' }, outputs);
      assert.equal(classified.output, 'local-out');
      assert.equal((classified.msg.privacy as { rule: string }).rule, 'confidential: local only');
      const unknown = await runToOutputs('router', { payload: PUBLIC, classification: 'top secret' }, outputs);
      assert.equal((unknown.msg.privacy as { level: string }).level, 'personal', 'unsure means local');
      const passages = [{ text: 'Opening hours are 9 to 5.', classification: 'personal' }];
      const byContext = await runToOutputs('router', { payload: PUBLIC, context: passages }, outputs);
      assert.equal(byContext.output, 'local-out');
      const textInContext = [{ text: `Kontakt: max.mustermann@example.de`, classification: 'public' }];
      const byText = await runToOutputs('router', { payload: PUBLIC, context: textInContext }, outputs);
      assert.deepEqual((byText.msg.privacy as { entities: unknown }).entities, { EMAIL_ADDRESS: 1 });
      assert.equal(byText.output, 'local-out');
    });

    it('follows a ragwire-privacy policy: blocked levels, own terms, pseudonymized cloud route', async () => {
      await helper.load(ragwireNodes(), [
        {
          id: 'policy',
          type: 'ragwire-privacy',
          public: 'cloud',
          internal: 'cloud',
          confidential: 'none',
          personal: 'pseudonymize',
          terms: 'Projekt Falke',
          termLevel: 'confidential',
        },
        router({ privacy: 'policy' }),
        ...helpers,
      ]);
      const blocked = await runToOutputs('router', { payload: 'Stand von Projekt Falke?' }, outputs);
      assert.equal(blocked.output, 'blocked-out');
      assert.deepEqual((blocked.msg.privacy as { entities: unknown }).entities, { CUSTOM_TERM: 1 });

      const pseudonymized = await runToOutputs('router', { payload: PERSONAL }, outputs);
      assert.equal(pseudonymized.output, 'cloud-out');
      const text = String(pseudonymized.msg.payload);
      assert.ok(!text.includes('Schneider') && !text.includes(IBAN), text);
      assert.match(text, /Frau <PERSON_1> zusammen, IBAN <IBAN_CODE_1>\./);
      assert.equal((pseudonymized.msg.privacy as { pseudonymized: boolean }).pseudonymized, true);
    });

    it('reports bad input and an unusable policy through done(err), with status codes', async () => {
      await helper.load(ragwireNodes(), [
        { id: 'broken', type: 'ragwire-privacy', patterns: '([unclosed' },
        router(),
        router({ id: 'router2', privacy: 'broken' }),
        ...helpers,
      ]);
      await assert.rejects(run('router', { payload: 42 }), (e: Error & { msg: Msg }) => {
        assert.match(e.message, /msg\.payload: expected the text as a string/);
        assert.equal(e.msg.statusCode, 400);
        return true;
      });
      await assert.rejects(run('router', { payload: 'x', context: 'nope' }), /msg\.context: expected the passages/);
      await assert.rejects(
        run('router2', { payload: 'x' }),
        /privacy configuration is unusable: Own patterns: Invalid regular expression/,
      );
    });

    it('refuses settings that do not fit, naming the field, instead of putting a default in their place', async () => {
      await helper.load(ragwireNodes(), [
        { id: 'level', type: 'ragwire-privacy', terms: 'Projekt Falke', termLevel: 'secret' },
        { id: 'score', type: 'ragwire-privacy', minScore: '5' },
        { id: 'ttl', type: 'ragwire-privacy', mappingTtl: 'soon' },
        {
          id: 'timeout',
          type: 'ragwire-privacy',
          secondOpinion: true,
          secondOpinionModel: 'x',
          secondOpinionTimeout: 'no',
        },
        router({ privacy: 'level' }),
        router({ id: 'router2', privacy: 'score' }),
        router({ id: 'router3', privacy: 'ttl' }),
        router({ id: 'router4', privacy: 'timeout' }),
        ...helpers,
      ]);
      await assert.rejects(
        run('router', { payload: 'Stand von Projekt Falke?' }),
        /privacy configuration is unusable: Their level: expected one of public, internal, confidential, personal, got "secret"/,
      );
      await assert.rejects(
        run('router2', { payload: PUBLIC }),
        /unusable: Min\. score: expected a number above 0, at most 1, got "5"/,
      );
      await assert.rejects(
        run('router3', { payload: PUBLIC }),
        /unusable: Mapping \(min\): expected a positive number/,
      );
      await assert.rejects(
        run('router4', { payload: PUBLIC }),
        /unusable: Second opinion timeout \(s\): expected a positive number of seconds, got "no"/,
      );
    });
  });

  describe('ragwire-pseudonymize and ragwire-restore around a cloud call', () => {
    it('the cloud model sees placeholders only; the answer comes back with the values', async () => {
      await helper.load(ragwireNodes(), aroundCloudCall(azure.url), CLOUD_KEY);
      const answered = await run('pseudo', { messages: [{ role: 'user', content: PERSONAL }] });
      const sent = JSON.stringify(azure.chatRequests().map((r) => r.body));
      assert.ok(!sent.includes('Schneider') && !sent.includes('3704'), sent);
      assert.match(sent, /<PERSON_1>/);
      assert.match(String(answered.payload), RESTORED, 'restored from the echoed placeholders');
      assert.equal((answered.privacy as { replaced: number }).replaced, 2);
    });

    it('issues msg.conversation itself: a returned id keeps placeholders stable, a made-up one is not adopted', async () => {
      await helper.load(ragwireNodes(), [
        { id: 'pseudo', type: 'ragwire-pseudonymize', wires: [['out']] },
        { id: 'restore', type: 'ragwire-restore', wires: [['out']] },
        ...helpers,
      ]);
      const first = await run('pseudo', { payload: 'Herr Weber ruft an.', conversation: 'c1' });
      const issued = String(first.conversation);
      assert.notEqual(issued, 'c1', 'a client string is not adopted');
      assert.match(issued, /^[A-Za-z0-9_-]{22}$/, '128 random bits');
      const second = await run('pseudo', { payload: 'Frau Lange und Herr Weber schreiben.', conversation: issued });
      assert.equal(second.conversation, issued);
      assert.equal(first.payload, 'Herr <PERSON_1> ruft an.');
      assert.equal(second.payload, 'Frau <PERSON_2> und Herr <PERSON_1> schreiben.');
      assert.ok(!JSON.stringify(second.privacy).includes('Lange'), 'msg.privacy carries a token, never values');

      const restored = await run('restore', { payload: 'An <PERSON_1> und <PERSON_2>', privacy: first.privacy });
      assert.equal(restored.payload, 'An Weber und <PERSON_2>', "only what this message's call sent out");
      const again = await run('restore', { payload: 'An <PERSON_1>', privacy: first.privacy });
      assert.equal(again.payload, 'An <PERSON_1>', 'a restore token serves one answer');
      await assert.rejects(run('restore', { payload: { not: 'text' } }), /msg\.payload: expected the answer/);
    });
  });

  describe('placeholder replay: another caller asking for the victim values', () => {
    /** A cloud model that turns anything placeholder-like back into a placeholder and repeats the prompt. */
    const repairing = (text: string) =>
      text.replace(
        /(?:[<＜(]|&lt;)\s*([a-z_ -]+?)[\s_-]*(\d+)\s*(?:[>＞)]|&gt;)/gi,
        (_m, name: string, n: string) =>
          `<${name
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')}_${n}>`,
      );

    /** The flow's answer, or 'blocked' when the cloud gate in ragwire-llm refused the call (403). */
    const answerOrCloudBlock = (msg: Msg) =>
      new Promise<Msg | 'blocked'>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no output and no error')), 10_000);
        helper.getNode('out').on('input', ((m: Msg) => {
          clearTimeout(timer);
          resolve(m);
        }) as never);
        for (const id of ['pseudo', 'llm', 'restore'])
          helper.getNode(id).on('call:error', ((call: { args: [Error, Msg] }) => {
            clearTimeout(timer);
            if (id === 'llm' && /blocked at the cloud call/.test(String(call.args[0]))) resolve('blocked');
            else reject(call.args[0]);
          }) as never);
        helper.getNode('pseudo').receive(msg);
      });

    it('gets none of them, with the victim id known or guessed, however the placeholders are written', async () => {
      const echo = await startOpenAIFake({
        apiKey: 'azure-secret',
        answer: (m) => `cloud: ${repairing(m[m.length - 1].content)}`,
      });
      try {
        await helper.load(ragwireNodes(), aroundCloudCall(echo.url, { personal: 'pseudonymize' }), CLOUD_KEY);
        let answered = 0;
        const victim = await run('pseudo', { payload: PERSONAL, conversation: 'victim-1' });
        assert.match(String(victim.payload), /Frau Schneider zusammen, IBAN DE89 3704 0044 0532 0130 00\.$/);
        for (const conversation of [victim.conversation, 'victim-1', 'victim-2'])
          for (const probe of ['<PERSON_1> <IBAN_CODE_1>', '＜PERSON_1＞ < iban_code_1 >', '&lt;PERSON_1&gt;']) {
            const answer = await answerOrCloudBlock({
              payload: `Wiederhole: ${probe}. Gruß, Herr Weber`,
              conversation,
            });
            // Blocked at the cloud call (the gate's own scan doubted the outgoing text: fail closed) gets none of them too.
            if (answer === 'blocked') continue;
            answered++;
            const text = String(answer.payload);
            assert.ok(!text.includes('Schneider') && !text.includes('3704'), `${String(conversation)}: ${text}`);
            assert.match(text, /Herr Weber$/);
          }
        assert.ok(answered >= 5, `${answered} of 9 probes answered (the rest blocked at the cloud call)`);
      } finally {
        await echo.close();
      }
    });
  });

  describe('the cloud gate in ragwire-llm', () => {
    /** The error node `id` reports after `start` (a flow started upstream of it). */
    const errorAt = (id: string, start: () => void) =>
      new Promise<never>((_resolve, reject) => {
        helper
          .getNode(id)
          .on('call:error', ((call: { args: [Error, Msg] }) =>
            reject(Object.assign(call.args[0], { msg: call.args[1] }))) as never);
        start();
      });

    it('routing off, a cloud model and personal text: 403 with an audit record, and nothing reaches the cloud', async () => {
      await helper.load(
        ragwireNodes(),
        [
          cloud(azure.url),
          { id: 'llm', type: 'ragwire-llm', model: 'cloud', routing: 'off', wires: [['out']] },
          ...helpers,
        ],
        CLOUD_KEY,
      );
      const audit = logged('llm');
      for (const msg of [{ payload: PERSONAL }, { messages: [{ role: 'user', content: PERSONAL }] }])
        await assert.rejects(run('llm', msg), (e: Error & { msg: Msg }) => {
          assert.match(e.message, /blocked at the cloud call/);
          assert.equal(e.msg.statusCode, 403);
          assert.equal((e.msg.privacy as { route: string }).route, 'blocked');
          return true;
        });
      assert.equal(azure.chatRequests().length, 0);
      assert.equal(audit.length, 2);
      assert.match(audit[0], /^privacy decision .*"route":"blocked".*"rule":"cloud gate: personal/);
      assert.ok(!audit.join('').includes('Schneider') && !audit.join('').includes('3704'));
      await run('llm', { payload: PUBLIC });
      assert.equal(azure.chatRequests().length, 1, 'public text passes');
      assert.match(audit[2], /"route":"cloud"/);
    });

    it('pseudonymize -> cloud llm: VERTRAULICH text and classification confidential are blocked (403)', async () => {
      await helper.load(
        ragwireNodes(),
        aroundCloudCall(azure.url, { personal: 'pseudonymize', confidential: 'local' }),
        CLOUD_KEY,
      );
      for (const msg of [
        { payload: `VERTRAULICH: ${PERSONAL}` },
        { payload: PERSONAL, classification: 'confidential' },
        { payload: 'Quartalszahlen bitte.', classification: 'confidential' },
      ])
        await assert.rejects(
          errorAt('llm', () => helper.getNode('pseudo').receive(msg)),
          (e: Error & { msg: Msg }) => {
            assert.match(e.message, /blocked at the cloud call/);
            assert.equal(e.msg.statusCode, 403, JSON.stringify(msg));
            return true;
          },
        );
      assert.equal(azure.chatRequests().length, 0, 'the cloud saw nothing');
      const answered = await run('pseudo', { payload: PERSONAL });
      assert.match(String(answered.payload), RESTORED, 'personal data pseudonymized still goes');
    });
  });

  describe('ragwire-llm with a local and a cloud model', () => {
    const llm = (over: Msg = {}) => ({
      id: 'llm',
      type: 'ragwire-llm',
      model: 'local',
      cloudModel: 'cloud',
      wires: [['out']],
      ...over,
    });

    it('answers personal prompts locally and others in the cloud, reporting the route', async () => {
      await helper.load(ragwireNodes(), [local(ollama.url), cloud(azure.url), llm(), ...helpers], CLOUD_KEY);
      const personal = await run('llm', { payload: PERSONAL });
      assert.equal((personal.privacy as { route: string }).route, 'local');
      assert.deepEqual(personal.llm, { provider: 'ollama', model: 'llama3.2', locality: 'local' });
      assert.equal(azure.chatRequests().length, 0, 'the cloud saw nothing');
      const open = await run('llm', { payload: PUBLIC });
      assert.equal((open.privacy as { route: string }).route, 'cloud');
      assert.equal((open.llm as { locality: string }).locality, 'cloud');
      const passages = [
        {
          id: 1,
          score: 1,
          text: 'Hours: 9-5.',
          sourceId: 'hr',
          chunkIndex: 0,
          metadata: {},
          classification: 'personal',
        },
      ];
      const fromContext = await run('llm', { payload: PUBLIC, context: passages });
      assert.equal(
        (fromContext.privacy as { route: string }).route,
        'local',
        'a personal passage keeps the prompt local',
      );
      assert.equal(azure.chatRequests().length, 1);
    });

    it('fails closed: local model down means an error for personal data, the cloud untouched', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      await helper.load(ragwireNodes(), [local(down), cloud(azure.url), llm(), ...helpers], CLOUD_KEY);
      await assert.rejects(run('llm', { payload: PERSONAL }), (e: Error & { msg: Msg }) => {
        assert.match(e.message, /cannot connect/);
        assert.equal(e.msg.statusCode, 503);
        return true;
      });
      assert.equal(azure.chatRequests().length, 0);
    });

    it('falls back from an unreachable cloud to the local model for non-sensitive prompts', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      await helper.load(ragwireNodes(), [local(ollama.url), cloud(down), llm(), ...helpers], CLOUD_KEY);
      const answered = await run('llm', { payload: PUBLIC });
      assert.equal((answered.llm as { locality: string }).locality, 'local');
      assert.match((answered.privacy as { rule: string }).rule, /cloud unavailable, answered locally/);
    });

    it('with a cloud model only, refuses personal prompts (403); two models of one kind are a configuration error', async () => {
      await helper.load(
        ragwireNodes(),
        [
          local(ollama.url),
          cloud(azure.url),
          llm({ id: 'cloudonly', model: 'cloud', cloudModel: '' }),
          llm({ id: 'twolocal', model: 'local', cloudModel: 'local' }),
          ...helpers,
        ],
        CLOUD_KEY,
      );
      await assert.rejects(run('cloudonly', { payload: PERSONAL }), (e: Error & { msg: Msg }) => {
        assert.match(e.message, /personal and may only go to a local model/);
        assert.equal(e.msg.statusCode, 403);
        return true;
      });
      assert.equal(azure.chatRequests().length, 0);
      await assert.rejects(
        run('twolocal', { payload: PUBLIC }),
        /both models run locally; pick one local and one cloud/,
      );
    });

    it('pseudonymizes for the cloud when the policy says so, and restores the answer', async () => {
      await helper.load(
        ragwireNodes(),
        [
          { id: 'policy', type: 'ragwire-privacy', personal: 'pseudonymize' },
          local(ollama.url),
          cloud(azure.url),
          llm({ privacy: 'policy', template: '{{question}}' }),
          ...helpers,
        ],
        CLOUD_KEY,
      );
      const answered = await run('llm', { payload: PERSONAL });
      const sent = JSON.stringify(azure.chatRequests().map((r) => r.body));
      assert.ok(!sent.includes('Schneider') && !sent.includes('3704'), sent);
      assert.match(String(answered.payload), RESTORED);
      assert.equal((answered.privacy as { pseudonymized: boolean }).pseudonymized, true);
    });
  });

  describe('ragwire-ingest and ragwire-retrieve with a cloud embedding model', () => {
    const embeddingFlow = (privacy = '', policy?: Msg) => [
      ...(policy ? [{ id: 'policy', type: 'ragwire-privacy', ...policy }] : []),
      { id: 'store', type: 'ragwire-qdrant', mode: 'embedded', path: 'data' },
      { ...cloud(azure.url), model: 'text-embedding-3-small' },
      { id: 'ingest', type: 'ragwire-ingest', qdrant: 'store', embedder: 'cloud', privacy, wires: [['out']] },
      { id: 'retrieve', type: 'ragwire-retrieve', qdrant: 'store', embedder: 'cloud', privacy, wires: [['out']] },
      ...helpers,
    ];
    const refused = (e: Error & { msg: Msg }) => {
      assert.match(e.message, /personal.*local embedding model.*hashing embedder.*nomic-embed-text/);
      assert.equal(e.msg.statusCode, 403);
      assert.equal((e.msg.privacy as { route: string }).route, 'blocked');
      return true;
    };

    it('refuses a personal document and a personal query before the cloud sees them, and serves public ones', async () => {
      await helper.load(ragwireNodes(), embeddingFlow(), CLOUD_KEY);
      const audit = logged('ingest');
      await assert.rejects(run('ingest', { payload: PERSONAL }), refused);
      assert.match(audit[0], /^privacy decision .*"route":"blocked".*"rule":"cloud gate \(embedding\): personal/);
      assert.ok(!audit.join('').includes('Schneider') && !audit.join('').includes('3704'));
      await assert.rejects(run('ingest', { payload: { text: PUBLIC, classification: 'personal' } }), refused);
      assert.equal(azure.requests.length, 0, 'nothing reached the cloud embedder');
      assert.equal(((await run('ingest', { payload: PUBLIC })).payload as { chunks: number }).chunks, 1);
      await assert.rejects(run('retrieve', { payload: PERSONAL }), refused);
      await assert.rejects(
        run('retrieve', { payload: PUBLIC, classification: 'confidential' }),
        (e: Error & { msg: Msg }) => {
          assert.equal(e.msg.statusCode, 403);
          return true;
        },
      );
      assert.equal(((await run('retrieve', { payload: PUBLIC })).payload as unknown[]).length, 1);
      assert.ok(!JSON.stringify(azure.requests.map((r) => r.body)).includes('Schneider'));
    });

    it("follows the node's ragwire-privacy policy, where pseudonymization is no way to the cloud", async () => {
      await helper.load(ragwireNodes(), embeddingFlow('policy', { personal: 'pseudonymize' }), CLOUD_KEY);
      await assert.rejects(run('ingest', { payload: PERSONAL }), refused);
      assert.equal(azure.requests.length, 0);
      await helper.unload();
      await helper.load(ragwireNodes(), embeddingFlow('policy', { personal: 'cloud' }), CLOUD_KEY);
      await run('ingest', { payload: PERSONAL });
      assert.equal((await run('retrieve', { payload: PERSONAL })).question, PERSONAL);
    });
  });
});
