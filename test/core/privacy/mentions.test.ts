import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

describe('privacy detectors: "@" mentions of a name found in full', () => {
  it('a person mentioned again with "@" after the name was found in full is found there too', () => {
    const text =
      'Kommentar von Heriniaina Rakotomalala (14.11.2026 11:02): passt.\nDanke! @Heriniaina bitte auch prüfen.';
    assert.ok(people(text).includes('Heriniaina'), people(text).join('|'));
    assert.ok(people('Meeting mit Frau Okonjo-Berg morgen.\n@Okonjo-Berg bitte Raum buchen').includes('Okonjo-Berg'));
  });

  it('leaves e-mail addresses, domains and mentions of nobody found alone', () => {
    const text = 'Kommentar von Heriniaina Rakotomalala: passt. Mail an support@Heriniaina.example.org';
    assert.deepEqual(people(text), ['Heriniaina Rakotomalala']);
    assert.ok(!people('Danke! @Facilities bitte prüfen.').includes('Facilities'));
  });

  it('reads thousands of mentions and names in one text without comparing each with each', function () {
    this.timeout(10_000);
    const text =
      'Besprechung mit Jana Okafor.\n' + 'Kommentar von Jana Okafor: ok.\nDanke! @Jana bitte prüfen.\n'.repeat(10_000);
    const found = people(text);
    assert.ok(found.filter((p) => p === 'Jana').length >= 10_000, `${found.length} findings`);
  });
});
