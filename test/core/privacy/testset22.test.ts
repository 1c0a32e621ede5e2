import { HAND_WRITTEN_22, privacyTestSet22 } from '../../support/privacy-testset22/index.js';
import { CODES, COMPUTED, MARK, readBack } from '../../support/privacy-testset22/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset22/names.js';
import { Docx } from '../../support/privacy-testset22/docx.js';
import { Philox, philoxBlock } from '../../support/privacy-testset22/random.js';
import { icaoDigit, luhnDigit, taxIdDigit } from '../../support/privacy-testset22/values.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 22,
  docs: privacyTestSet22,
  handWritten: HAND_WRITTEN_22,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟬⟭]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(22),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: ISBNs, raw mail-merge fields, comment marks with
  // the reviewer's initials, booking references and SEPA creditor ids.
  lookAlikes: [
    /\b978-3-\d{4}-\d{4}-\d\b/,
    /«(?:Anrede|Vorname|Nachname|Straße|PLZ|Ort)»/,
    /\{\{(?:first_name|last_name|street)\}\}/,
    /\bMERGEFIELD [A-Z][a-z]+\b/,
    /\[(?:Kommentar|Comment) [A-ZÀ-Þ]{2}\d+:/,
    /\bPNR [A-Z0-9]{6}\b/,
    /\bDE\d\dZZZ\d{11}\b/,
  ],
  // Soft hyphens, no-break spaces and page breaks inside a value are read as a reader sees them.
  spoken: readBack,
});

describe('set 22 generator parts', () => {
  it('Philox4x32-10 gives the known-answer blocks of Random123', () => {
    assert.deepEqual(
      philoxBlock([0, 0, 0, 0], [0, 0]).map((x) => x.toString(16).padStart(8, '0')),
      ['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8'],
    );
    const ones = 0xffffffff;
    assert.deepEqual(
      philoxBlock([ones, ones, ones, ones], [ones, ones]).map((x) => x.toString(16).padStart(8, '0')),
      ['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd'],
    );
    assert.deepEqual(
      philoxBlock([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]).map((x) =>
        x.toString(16).padStart(8, '0'),
      ),
      ['d16cfe09', '94fdcceb', '5001e420', '24126ea1'],
    );
  });

  it('a seed gives one stream, another seed another, seed 0 a varied one', () => {
    const a = new Philox(22);
    const b = new Philox(22);
    const first = [a.nextU32(), a.nextU32(), a.nextU32(), a.nextU32(), a.nextU32()];
    assert.deepEqual([b.nextU32(), b.nextU32(), b.nextU32(), b.nextU32(), b.nextU32()], first);
    assert.notEqual(new Philox(23).nextU32(), first[0]);
    const zero = new Philox(0);
    assert.ok(new Set(Array.from({ length: 100 }, () => zero.nextU32())).size > 95);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1); // the test card 4111 1111 1111 1111
    assert.equal(taxIdDigit('8609574271'), 9); // the BZSt's example 86095742719
    assert.equal(icaoDigit('L898902C3'), 6); // ICAO 9303 specimen passport L898902C3, check digit 6
  });

  it('labels a value broken across a page as one span, read back without the break', () => {
    const d = new Docx('en', 'plain', (x) => x.t('Org\tTitle'));
    d.t('IBAN: ').broken('IBAN_CODE', 'DE89 3704 0044', '0532 0130 00', 'Org\tTitle');
    const { text, entities } = d.done('x');
    const value = text.slice(entities[0].start, entities[0].end);
    assert.equal(value, 'DE89 3704 0044\nPage 1 of 2\n\fOrg\tTitle\n0532 0130 00');
    assert.equal(readBack('IBAN_CODE', value), 'DE89 3704 0044 0532 0130 00');
    assert.equal(readBack('PERSON', 'Rakoto\u00advao'), 'Rakotovao');
    assert.equal(readBack('PHONE_NUMBER', '+43\u00a0664\u00a01234567'), '+43 664 1234567');
  });

  it('labels the author of a tracked change and keeps the deleted value labelled', () => {
    const d = new Docx('en', 'pandoc', () => undefined);
    d.change('del', 'Hery Rakotovao', '2026-03-12T10:14:00Z', (x) => x.t('phone ').v('PHONE_NUMBER', '0171 2345678'));
    const { text, entities } = d.done('x');
    assert.deepEqual(
      entities.map((e) => [e.type, text.slice(e.start, e.end)]),
      [
        ['PHONE_NUMBER', '0171 2345678'],
        ['PERSON', 'Hery Rakotovao'],
      ],
    );
    assert.ok(text.startsWith('[phone 0171 2345678]{.deletion author="Hery Rakotovao" date="2026-03-12T10:14:00Z"}'));
  });
});
