import assert from 'node:assert/strict';
import { HashingEmbedder } from '../../../nodes/core/embedding/hashing-embedder.js';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('hashing embedder (the embedded default)', () => {
  const e = new HashingEmbedder();

  it('is deterministic, normalised and of the declared size', async () => {
    const [a, b] = await e.embed(['Urlaubsantrag stellen', 'Urlaubsantrag stellen']);
    assert.deepEqual(a, b);
    assert.equal(a.length, await e.dimensions());
    assert.ok(Math.abs(cos(a, a) - 1) < 1e-9);
    assert.deepEqual(await e.embed(['']), [new Array(384).fill(0)]);
  });

  it('ranks texts sharing words (and word parts) above unrelated ones', async () => {
    const [q, related, inflected, unrelated] = await e.embed([
      'Wie beantrage ich Urlaub?',
      'Urlaub beantragen Sie im Personalportal unter Abwesenheiten.',
      'Der Urlaubsantrag wird von der Führungskraft genehmigt.',
      'Die Kantine öffnet um 11:30 Uhr mit drei Gerichten.',
    ]);
    assert.ok(cos(q, related) > cos(q, unrelated));
    assert.ok(cos(q, inflected) > cos(q, unrelated), 'character trigrams match Urlaub in Urlaubsantrag');
  });

  it('declares itself lexical and names its space', () => {
    assert.equal(e.lexical, true);
    assert.equal(e.id, 'ragwire-hashing-v1-384');
  });
});
