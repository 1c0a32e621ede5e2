import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { byFirstLetter } from '../../../nodes/core/privacy/letters.js';

const people = valuesOf('PERSON');

describe('privacy detectors: what follows a greeting, closing or label', () => {
  it('groups and functions after a greeting, a closing or a label are not a person', () => {
    for (const text of [
      'Liebe Eltern, bitte denken Sie an den Ausflug.',
      'Dear Parent/Carer,\nthe school will close early.',
      'Thanks,\nPayroll',
      'Yours sincerely,\nCustomer Services',
      'Unterschrift Patient/in',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('names after the same cues are found, also names that are words too', () => {
    assert.deepEqual(people('Liebe Jana, danke!'), ['Jana']);
    assert.deepEqual(people('Thanks,\nTom Okafor'), ['Tom Okafor']);
    assert.deepEqual(people('Sehr geehrter Herr Vogel,'), ['Vogel']);
    assert.deepEqual(people('Dear Mrs Baker,'), ['Baker']);
    // Given names that are words too.
    for (const name of ['Max', 'Mark', 'Will', 'June', 'May', 'Grant', 'April', 'Bill', 'Rose'])
      for (const text of [`Hallo ${name},`, `Hi ${name},`, `Thanks,\n${name}`, `Kind regards,\n${name}`])
        assert.deepEqual(people(text), [name], text);
  });
});

describe('privacy detectors: cue phrases are the phrases as written', () => {
  it('"spoke with" is a cue and a word ending in its letters ("swith") is not', () => {
    assert.deepEqual(people('I spoke with Kowalski yesterday.'), ['Kowalski']);
    assert.deepEqual(people('I spoke to Kowalski yesterday.'), ['Kowalski']);
    assert.deepEqual(people('Notes swith Mandel here'), []);
  });

  it('an alternation is never grouped by first letter from inside a group', () => {
    assert.throws(() => byFirstLetter('spoke (?:to|with)|sprach mit'.split('|')), /spoke \(\?:to has unbalanced/);
    assert.equal(new RegExp(`^${byFirstLetter(['spoke to', 'spoke with', 'sprach mit'])}$`).test('swith'), false);
  });
});
