import * as assert from 'node:assert/strict';
import { Embeddings } from '@langchain/core/embeddings';
import { HashingEmbedder } from '../../nodes/core/embedding/index.js';
import hashing from '../../nodes/flowise/embeddings/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js';
import { flowiseFake } from './support/flowise.js';

describe('Ragwire Hashing Embeddings (Flowise embeddings)', () => {
  beforeEach(() => flowiseFake());

  it('is a LangChain Embeddings giving the vectors of Node-RED’s built-in embedder', async () => {
    const node = new hashing.nodeClass();
    assert.equal(node.name, 'ragwireHashingEmbeddings');
    assert.equal(node.category, 'Embeddings');
    const embeddings = (await node.init({ id: 'e', inputs: {} })) as Embeddings;
    assert.ok(embeddings instanceof Embeddings);
    const core = new HashingEmbedder(384);
    assert.deepEqual(
      await embeddings.embedQuery('Urlaubsantrag im Personalportal'),
      core.embedOne('Urlaubsantrag im Personalportal'),
    );
    const [a, b] = await embeddings.embedDocuments(['holiday request', 'travel expenses']);
    assert.equal(a.length, 384);
    assert.notDeepEqual(a, b);
  });

  it('takes the vector size from the canvas (as typed: a string) and names a bad one', async () => {
    const embeddings = (await new hashing.nodeClass().init({ id: 'e', inputs: { dimensions: '128' } })) as Embeddings;
    assert.equal((await embeddings.embedQuery('x y z')).length, 128);
    await assert.rejects(
      new hashing.nodeClass().init({ id: 'e', inputs: { dimensions: '-3' } }),
      /Dimensions: expected a whole number above 0/,
    );
  });
});
