import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

/**
 * A question asking what a thing is names a product or a term: the scorer, retrained on set 19, took
 * "Ragwire" and "Ollama" in "What is Ragwire?" for surnames, so Ragwire's own first question could not
 * go to a cloud model. A question about a person, a listed given name or a whole name stays a person.
 */
describe('privacy: definition questions name things, not people', () => {
  it('finds no person in "What is X?" and its German and imperative forms', () => {
    for (const text of [
      'What is Ragwire?',
      'What is Ollama?',
      "What's Flowise?",
      'Was ist Ragwire?',
      'Explain Ragwire.',
    ])
      assert.deepEqual(people(text), [], text);
    assert.equal(new PrivacyScanner().scan('What is Ragwire?').length, 0);
    // Turns are also read joined by nothing (history-scan.ts).
    assert.deepEqual(people('Be brief.What is Ragwire?'), []);
  });

  it('keeps people asked about, given names and whole names, and names elsewhere on the line', () => {
    assert.deepEqual(people('Who is Okafor?'), ['Okafor']);
    assert.deepEqual(people("Who's Brandauer?"), ['Brandauer']);
    assert.deepEqual(people('Wer ist Frau Okafor?'), ['Okafor']);
    assert.deepEqual(people('What is Anna?'), ['Anna']);
    assert.deepEqual(people('What is Jens Okafor?'), ['Jens Okafor']);
    assert.deepEqual(people('What is Okafor doing?'), ['Okafor']);
    assert.deepEqual(people('How does Qdrant work?'), []);
    // English "was" is a verb, not German "was" (what).
    assert.deepEqual(people('My previous surname was Evangelista-Mercado.'), ['Evangelista-Mercado']);
    assert.deepEqual(people('Frau Okafor fragt: What is Ragwire?'), ['Okafor']);
  });
});
