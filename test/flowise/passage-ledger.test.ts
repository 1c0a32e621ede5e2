import * as assert from 'node:assert/strict';
import type { Passage } from '../../nodes/core/rag/index.js';
import { clearPassages, notePassages, passagesIn } from '../../nodes/flowise/shared/passage-ledger.js';

const passage = (text: string, classification = 'confidential') => ({ text, classification }) as unknown as Passage;

describe('Flowise passage ledger (which retrieved passages a prompt holds)', () => {
  beforeEach(() => clearPassages());
  after(() => clearPassages());

  it('finds long and short classified passages anywhere in a prompt, and only those the prompt holds', () => {
    const long = 'Project Falcon: the merger with Nordwind closes on 30 June at a price of 41 EUR per share.';
    const other = 'Project Heron: the plant in Leipzig closes in the autumn; the works council is not told yet.';
    notePassages([
      passage(long),
      passage(other),
      passage('Codename Ibis', 'internal'),
      passage('public text', 'public'),
    ]);
    const prompt = `Use the context to answer.\n\nContext:\n${long}\n\nCodename Ibis\n\nQuestion: when does it close?`;
    const found = passagesIn(['You are helpful.', prompt]).map((p) => p.text);
    assert.deepEqual(found.sort(), ['Codename Ibis', long].sort());
    assert.deepEqual(passagesIn([long.slice(0, 60)]), [], 'a part of a passage is not the passage');
    assert.deepEqual(passagesIn(['public text']), [], 'public passages are not noted');
  });

  it('keeps the newest 20,000 passages: the oldest is forgotten, a re-noted one stays', () => {
    const texts = Array.from(
      { length: 20_001 },
      (_, i) => `Passage number ${String(i).padStart(6, '0')} of the archive.`,
    );
    notePassages([passage(texts[0]), passage(texts[1])]);
    notePassages(texts.slice(2).map((t) => passage(t)));
    notePassages([passage(texts[1])]); // newest again
    notePassages([passage('Passage number 999999 of the archive.')]);
    assert.deepEqual(passagesIn([texts[0]]), [], 'the oldest was forgotten');
    assert.equal(passagesIn([texts[1]]).length, 1);
    assert.equal(passagesIn([texts[20_000]]).length, 1);
  });
});
