import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

/**
 * Review 20 of round 22 (numbers spoken in words, names in transcripts): spoken values with the small variations a
 * recogniser writes (commas and fillers between digits, "nought", "plus vier neun"), name answers to other question
 * wordings and surnames that are English words; ordinary answers that are no name.
 */
describe('privacy detectors: review 20 (spoken numbers and transcript names)', () => {
  describe('spoken phone numbers with small variations', () => {
    it('reads a digit run across commas and fillers, covering all its words', () => {
      const de = 'Meine Nummer ist null eins sieben, zwei drei vier, fünf sechs sieben, acht neun.';
      assert.deepEqual(found(de, 'PHONE_NUMBER'), ['null eins sieben, zwei drei vier, fünf sechs sieben, acht neun']);
      const filler = 'Meine Nummer ist null eins sieben äh zwei drei vier ähm fünf sechs sieben acht neun.';
      assert.deepEqual(found(filler, 'PHONE_NUMBER'), [
        'null eins sieben äh zwei drei vier ähm fünf sechs sieben acht neun',
      ]);
      const en = 'my number is oh seven nine, four four one, uh two three six six six.';
      assert.deepEqual(found(en, 'PHONE_NUMBER'), ['oh seven nine, four four one, uh two three six six six']);
    });

    it("reads one speaker's number across the turns a diariser split it into, not two speakers' digits", () => {
      const split = 'SPEAKER_01: meine nummer ist null eins sieben zwei drei\nSPEAKER_01: vier fünf sechs sieben acht';
      assert.deepEqual(found(split, 'PHONE_NUMBER'), [
        'null eins sieben zwei drei\nSPEAKER_01: vier fünf sechs sieben acht',
      ]);
      const stamped =
        '[00:00:31] Caller: my mobile is oh seven nine four four\n[00:00:34] Caller: one two three six six six';
      assert.equal(found(stamped, 'PHONE_NUMBER').length, 1);
      const two = 'SPEAKER_00: zimmer null eins sieben zwei drei\nSPEAKER_01: vier fünf sechs sieben acht';
      assert.deepEqual(found(two, 'PHONE_NUMBER'), []);
    });

    it('reads "nought" as a zero and "plus" before a country code', () => {
      assert.deepEqual(found('my number is nought seven nine four four one two three six six six.', 'PHONE_NUMBER'), [
        'nought seven nine four four one two three six six six',
      ]);
      assert.deepEqual(
        found('Meine Nummer ist plus vier neun eins sieben zwei drei vier fünf sechs sieben acht.', 'PHONE_NUMBER'),
        ['plus vier neun eins sieben zwei drei vier fünf sechs sieben acht'],
      );
      assert.deepEqual(
        found('Meine Nummer ist plus einundvierzig sieben neun eins zwei drei vier fünf sechs sieben.', 'PHONE_NUMBER'),
        ['plus einundvierzig sieben neun eins zwei drei vier fünf sechs sieben'],
      );
    });

    it('leaves short counts with commas alone', () => {
      for (const text of [
        'Es dauert drei, vier, fünf, sechs, sieben Wochen.',
        'Wir brauchen zwei, drei Tage, äh, vier vielleicht.',
        'one, two, three, testing, one two three.',
      ])
        assert.deepEqual(scanner.scan(text), [], text);
    });
  });

  describe('names answered in transcripts', () => {
    it('takes the answer to other wordings of the question', () => {
      assert.deepEqual(found('Agent: Und Ihr Nachname?\nKunde: schmidt', 'PERSON'), ['schmidt']);
      assert.deepEqual(found("Agent: And your surname?\nCaller: it's kowalczyk", 'PERSON'), ['kowalczyk']);
      assert.deepEqual(found('Agent: Wer ist am Apparat?\nKunde: äh jana novak', 'PERSON'), ['jana novak']);
      assert.deepEqual(found("Agent: Who's calling please?\nCaller: piotr nowak", 'PERSON'), ['piotr nowak']);
    });

    it('takes a surname that is an English word too after the given name', () => {
      assert.deepEqual(found("Agent: Who am I speaking with?\nCaller: it's john smith", 'PERSON'), ['john smith']);
    });

    it('takes no ordinary answer for a name', () => {
      for (const text of [
        'Agent: Wie ist Ihr Name?\nKunde: Das möchte ich nicht sagen.',
        'Agent: Und Ihr Nachname?\nKunde: Moment bitte.',
        'Agent: May I have your name?\nCaller: sure, no problem',
      ])
        assert.deepEqual(found(text, 'PERSON'), [], text);
    });
  });

  describe('hostile input', () => {
    it('stays linear on dense number words with commas and fillers', () => {
      const scan = (text: string) => scanner.scan(text);
      for (const unit of ['null eins, äh zwei ', 'oh, uh double ', 'plus vier '])
        assertLinearTime(JSON.stringify(unit), scan, repeated(unit, 200_000), repeated(unit, 800_000));
    });

    // One test a unit: the four scans of a megabyte together sat near mocha's 30 s timeout on a loaded CI machine.
    for (const unit of ['Agent: Ihr Nachname?\nKunde: a b c d e\n', 'S-C-H-M-I-D-T ', 'A wie Anton, ', 'alpha bravo, '])
      it(`stays linear on dense transcript turns: ${JSON.stringify(unit)}`, () => {
        const scan = (text: string) => scanner.scan(text);
        assertLinearTime(JSON.stringify(unit), scan, repeated(unit, 200_000), repeated(unit, 800_000));
      });
  });
});

describe('privacy detectors: review 20 (names spelled with a spelling alphabet)', () => {
  it('takes a name spelled "A wie Anton, …" or with the ICAO words', () => {
    const de = 'Buchstabiert: A wie Anton, N wie Nordpol, N wie Nordpol, A wie Anton.';
    assert.deepEqual(found(de, 'PERSON'), ['A wie Anton, N wie Nordpol, N wie Nordpol, A wie Anton']);
    const en = 'my name is novak, spelled november oscar victor alpha kilo.';
    assert.deepEqual(found(en, 'PERSON'), ['novak', 'november oscar victor alpha kilo']);
    assert.deepEqual(found('My name is spelled alpha november november alpha.', 'PERSON'), [
      'alpha november november alpha',
    ]);
  });

  it('takes no radio code or single letters explained', () => {
    for (const text of [
      'The code is alpha bravo charlie.',
      'Team alpha, bravo and charlie meet at noon.',
      'I said A as in apple.',
    ])
      assert.deepEqual(found(text, 'PERSON'), [], text);
  });
});
