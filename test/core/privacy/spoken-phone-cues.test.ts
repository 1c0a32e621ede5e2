import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';

const phones = (text: string): string[] => found(text, 'PHONE_NUMBER');

/** A run of 7 to 15 digits said (or typed) after "my number is", "call me on", "meine Nummer ist": a phone in any shape. */
describe('privacy: a number given as a phone after a personal cue', () => {
  it('takes a US number said digit by digit after "your new number is"', () => {
    const said = 'three one two seven one seven five two seven four';
    assert.deepEqual(phones(`<v Cristl>So your new number is ${said}.`), [said]);
    assert.deepEqual(phones('So your new number is 3127175274.'), ['3127175274']);
  });

  it('takes the cues "call me on", "reach me at", "meine Nummer ist", "erreichbar unter"', () => {
    assert.equal(phones('call me on three one two seven one seven five two seven four').length, 1);
    assert.equal(phones('reach me at six one four one two three four five six seven').length, 1);
    assert.equal(phones('meine Nummer ist vier neun eins sieben sechs zwei drei vier fünf sechs').length, 1);
    assert.equal(phones('ich bin erreichbar unter drei eins zwei sieben eins sieben fünf zwei').length, 1);
  });

  it('takes a North American number in brackets with a blank', () => {
    assert.deepEqual(phones("Um, her number's (306) 955 2210."), ['(306) 955 2210']);
  });

  it('leaves case, booking, reference and PIN numbers alone', () => {
    for (const text of [
      'the case number is three one two seven one seven five two seven four',
      'my case number is three one two seven one seven five two seven four',
      'your reference number is three one two seven one seven five two',
      'your PIN number is four three two one eight eight',
      'Ihre Buchnummer ist drei eins zwei sieben eins sieben fünf',
      'my prisoner number is A5560RT',
      'her number is seven',
    ])
      assert.deepEqual(phones(text), [], text);
  });
});
