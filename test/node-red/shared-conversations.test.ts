import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { helper, ragwireNodes, run, type Msg } from '../support/node-red.js';
import { tempDir } from '../support/temp-dir.js';
import { withEnv } from '../support/templates.js';

/** ragwire-privacy with the shared conversation store on the embedded store, around ragwire-pseudonymize. */
const flow = (qdrant = 'store') => [
  { id: 'store', type: 'ragwire-qdrant', mode: 'embedded', path: 'data' },
  { id: 'policy', type: 'ragwire-privacy', personal: 'pseudonymize', mappingTtl: 30, qdrant },
  { id: 'pseudo', type: 'ragwire-pseudonymize', privacy: 'policy', wires: [['out']] },
  { id: 'out', type: 'helper' },
];

describe('ragwire-privacy: conversations shared through the store (RAGWIRE_CONVERSATION_KEY)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let restoreEnv: () => void;

  beforeEach(() => {
    tmp = tempDir();
    helper.settings({ userDir: tmp.dir });
  });
  afterEach(async () => {
    await helper.unload();
    restoreEnv();
    tmp.remove();
  });

  it('a restarted runtime continues a conversation: the mapping outlives the process memory', async () => {
    restoreEnv = withEnv({ RAGWIRE_CONVERSATION_KEY: randomBytes(32).toString('base64') });
    await helper.load(ragwireNodes(), flow());
    const one = await run('pseudo', { payload: 'Antwort an Herrn Weber (weber@example.de)' });
    assert.equal(one.payload, 'Antwort an Herrn <PERSON_1> (<EMAIL_ADDRESS_1>)');
    await helper.unload();
    await helper.load(ragwireNodes(), flow());
    const two: Msg = await run('pseudo', {
      payload: 'Frau Schneider, Kopie an weber@example.de',
      conversation: one.conversation,
    });
    assert.equal(two.conversation, one.conversation);
    assert.equal(two.payload, 'Frau <PERSON_2>, Kopie an <EMAIL_ADDRESS_1>');
  });

  it('a key that is not 32 bytes of base64 makes the configuration unusable, naming the variable', async () => {
    restoreEnv = withEnv({ RAGWIRE_CONVERSATION_KEY: 'too-short' });
    await helper.load(ragwireNodes(), flow());
    await assert.rejects(
      run('pseudo', { payload: 'Antwort an Herrn Weber' }),
      /privacy configuration is unusable: RAGWIRE_CONVERSATION_KEY: expected 32 random bytes/,
    );
  });

  it('with the key but no Qdrant selected, conversations stay in the process, with a warning saying so', async () => {
    restoreEnv = withEnv({ RAGWIRE_CONVERSATION_KEY: randomBytes(32).toString('base64') });
    await helper.load(ragwireNodes(), flow(''));
    const policy = helper.getNode('policy') as unknown as { warn: { args: unknown[][] } };
    assert.match(String(policy.warn.args[0]?.[0]), /names no Qdrant for shared conversations.*stay in this process/);
    const one = await run('pseudo', { payload: 'Antwort an Herrn Weber' });
    await helper.unload();
    await helper.load(ragwireNodes(), flow(''));
    const two = await run('pseudo', { payload: 'Herr Weber', conversation: one.conversation });
    assert.notEqual(two.conversation, one.conversation);
  });
});
