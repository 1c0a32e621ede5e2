import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;

/**
 * Review 10 of detection round 12: inputs where a round-12 drop rule lost a real person and the
 * message went to the cloud. Names are made up.
 */
describe('privacy review 10: round-12 drop rules keep real people', () => {
  it('keeps two people greeted by given names that pair up like a role noun’s two forms', () => {
    for (const [greeting, names] of [
      ['Liebe Merlin, liebe Merle,', ['Merlin', 'Merle']],
      ['Liebe Kerstin, lieber Kersten,', ['Kerstin', 'Kersten']],
      ['Liebe Karin und Karen,', ['Karin', 'Karen']],
      ['Hallo Selin und Selen,', ['Selin', 'Selen']],
      ['Hallo Martin und Marte,', ['Martin', 'Marte']],
    ] as [string, string[]][]) {
      const text = `${greeting}\nwir laden euch herzlich zum Geburtstag ein.`;
      assert.deepEqual(people(text), names, greeting);
      assert.equal(route(text), 'local', greeting);
    }
    // The role nouns round 12 drops are still dropped.
    assert.deepEqual(people('Liebe Spenderin, lieber Spender,\nIhre letzte Spende liegt ein Jahr zurück.'), []);
    assert.deepEqual(people('Liebe Leserinnen und Leser,\nheute im Heft.'), []);
  });

  it('keeps a private person after "the" and a royal title: a surname, or a household after it', () => {
    for (const text of [
      'Thanks to the King Adeyemi family for hosting us on Saturday.',
      'Dinner at the Prince Okafor house was great.',
      'Ask the Prince Okonkwo about the invoice.',
    ]) {
      assert.ok(people(text).length > 0, text);
      assert.equal(route(text), 'local', text);
    }
    // A pub or a ship named after a royal is still no person.
    assert.deepEqual(people('Quiz night at the Prince Albert, 8pm.'), []);
    assert.deepEqual(people('The Queen Mary 2 docks in Southampton on Friday.'), []);
  });
});

describe('privacy review 10: a club\'s "e.V." keeps a private address in the same message', () => {
  const addresses = valuesOf('POSTAL_ADDRESS');
  it('reads words after "e.V." as a new clause: the address there is the writer\'s', () => {
    const text = 'Spende an Tafel e.V. Quittung bitte an Schlehenweg 43, 24105 Kiel';
    assert.ok(
      addresses(text).some((a) => a.includes('Schlehenweg 43')),
      text,
    );
    assert.equal(route(text), 'local');
  });

  it('reads a first-person line ending in "e.V." as prose, not a letterhead', () => {
    for (const text of [
      'Ich bin im Sportverein e.V.\nSchlehenweg 43\n24105 Kiel',
      'Mitglied im Sportverein e.V.\nSchlehenweg 43\n24105 Kiel',
    ]) {
      assert.deepEqual(addresses(text), ['Schlehenweg 43\n24105 Kiel'], text);
      assert.equal(route(text), 'local', text);
    }
    // The club's own letterhead is still no home.
    assert.deepEqual(addresses('Förderverein Lindenhof e.V.\nMühlenweg 7\n24103 Kiel'), []);
    assert.deepEqual(addresses('Förderverein Lindenhof e.V. · Mühlenweg 7 · 24103 Kiel\n\nDear supporter,'), []);
  });
});
