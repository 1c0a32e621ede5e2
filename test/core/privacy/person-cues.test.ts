import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

describe('privacy detectors: what follows a greeting, closing or label', () => {
  it('ordinary words after a greeting, a closing or a label name a group, a team or a firm, not a person', () => {
    for (const text of [
      'Liebe Eltern, bitte denken Sie an den Ausflug.',
      'Dear Parent/Carer,\nthe school will close early.',
      'Thanks,\nPayroll',
      'Yours sincerely,\nCustomer Services',
      'Unterschrift Patient/in',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('names after the same cues are still found, and after a title even a word is a surname', () => {
    assert.deepEqual(people('Liebe Jana, danke!'), ['Jana']);
    assert.deepEqual(people('Thanks,\nTom Okafor'), ['Tom Okafor']);
    assert.deepEqual(people('Sehr geehrter Herr Vogel,'), ['Vogel']);
    assert.deepEqual(people('Dear Mrs Baker,'), ['Baker']);
  });
});
