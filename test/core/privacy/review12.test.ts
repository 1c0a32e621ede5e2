import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { foundOfType } from '../../support/privacy-found.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

const found = foundOfType;

/** Encodings a browser, mail client or language runtime decodes, which the first decoder let through. */
const CASES: { name: string; text: string; type: EntityType; value: string }[] = [
  {
    name: 'numeric reference without ";"',
    text: 'Kontakt: max&#64example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max&#64example.de',
  },
  { name: 'numeric reference inside a word', text: 'Herr M&#252ller kommt', type: 'PERSON', value: 'M&#252ller' },
  { name: 'Latin-1 name without ";"', text: 'Herr M&uumlller kommt', type: 'PERSON', value: 'M&uumlller' },
  {
    name: 'thin spaces by name',
    text: 'Karte 4111&thinsp;1111&thinsp;1111&thinsp;1111',
    type: 'CREDIT_CARD',
    value: '4111&thinsp;1111&thinsp;1111&thinsp;1111',
  },
  {
    name: 'hyphens by name',
    text: 'IBAN DE89&hyphen;3704&dash;0044 0532 0130 00',
    type: 'IBAN_CODE',
    value: 'DE89&hyphen;3704&dash;0044 0532 0130 00',
  },
  { name: 'IIS %u escape', text: 'Herr M%u00fcller kommt', type: 'PERSON', value: 'M%u00fcller' },
  { name: '\\x escape', text: 'Mail max\\x40example.de', type: 'EMAIL_ADDRESS', value: 'max\\x40example.de' },
  { name: '\\x UTF-8 bytes', text: 'Herr M\\xc3\\xbcller kommt', type: 'PERSON', value: 'M\\xc3\\xbcller' },
  { name: '\\u{} escape', text: 'Kontakt: max\\u{40}example.de', type: 'EMAIL_ADDRESS', value: 'max\\u{40}example.de' },
  { name: 'Latin-1 percent byte', text: 'Herr M%FCller kommt', type: 'PERSON', value: 'M%FCller' },
  { name: 'Latin-1 quoted-printable', text: 'Herr M=FCller schreibt', type: 'PERSON', value: 'M=FCller' },
  {
    name: 'quoted-printable in lower-case hex',
    text: 'Content-Transfer-Encoding: quoted-printable\n\nmax=40example=2ede',
    type: 'EMAIL_ADDRESS',
    value: 'max=40example=2ede',
  },
  {
    name: 'adjacent encoded-words',
    text: 'Mail: =?utf-8?Q?max=40exam?= =?utf-8?Q?ple.de?= ok',
    type: 'EMAIL_ADDRESS',
    value: '=?utf-8?Q?max=40exam?= =?utf-8?Q?ple.de?=',
  },
  {
    name: 'four levels of percent-encoding',
    text: 'Kontakt: max%25252540example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max%25252540example.de',
  },
  {
    name: 'five levels of HTML escaping',
    text: 'Kontakt: max&amp;amp;amp;amp;#64;example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max&amp;amp;amp;amp;#64;example.de',
  },
  {
    name: 'an escape split by a zero-width space',
    text: 'Kontakt: max%\u200b40example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max%\u200b40example.de',
  },
  {
    name: 'an escape in full-width characters',
    text: 'Kontakt: max\uff05\uff14\uff10example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max\uff05\uff14\uff10example.de',
  },
];

describe('review 12: encodings the first decoder let through', () => {
  for (const c of CASES)
    it(`${c.name}: found, covering the whole escaped value, kept local`, () => {
      assert.ok(found(c.text, c.type).includes(c.value), `${found(c.text, c.type)} covers ${c.value}`);
      const decision = decideRoute({ messages: [{ role: 'user', content: c.text }] }, scanner, DEFAULT_POLICY);
      assert.equal(decision.route, 'local', c.name);
    });

  it('a soft line break with spaces after its "=" is removed whole: no half of an address is left in clear', () => {
    const text = 'Content-Transfer-Encoding: quoted-printable\n\nmax.muster= \nmann@example.de';
    assert.equal(found(text, 'EMAIL_ADDRESS'), 'max.muster= \nmann@example.de');
    const p = new Pseudonymizer();
    const out = p.pseudonymizeCall(p.conversation(), [text], [scanner.scan(text)]);
    assert.equal(out.texts[0], 'Content-Transfer-Encoding: quoted-printable\n\n<EMAIL_ADDRESS_1>');
    assert.equal(p.restore(out.token, out.texts[0]), text);
  });

  it('placeholders cover the whole escape at every new shape, and restore gives the original back', () => {
    const p = new Pseudonymizer();
    for (const c of CASES) {
      const out = p.pseudonymizeCall(p.conversation(), [c.text], [scanner.scan(c.text)]);
      assert.ok(!out.texts[0].includes(c.value), `${c.name}: ${out.texts[0]}`);
      assert.doesNotMatch(out.texts[0], /%[0-9A-Fa-f]{2}|&#|\\[xu]|=\?/, `${c.name}: ${out.texts[0]}`);
      assert.equal(p.restore(out.token, out.texts[0]), c.text, c.name);
    }
  });

  it('leaves look-alikes of the new escapes as they are', () => {
    for (const text of [
      '%FF%FE ist kein UTF-8',
      'AT&T, R&D, Tom&Jerry und Procter&Gamble',
      'https://x.example/?a=1&uml=2&eacute=3',
      'C:\\xampp\\htdocs und C:\\new\\users',
      '50%ige Steigerung, 100%u sicher',
      'Die Formel a=C3+B4 und x=FC',
    ])
      assert.equal(normalizeForDetection(text).text, text, text);
  });

  it('deep nesting stays linear: 200 KB and 800 KB of one escape nested in itself', () => {
    for (const make of [
      (n: number) => `max%${'25'.repeat(n / 2)}40example.de`,
      (n: number) => `max&${'amp;'.repeat(n / 4)}#64;example.de`,
      (n: number) => `${'%\u200b'.repeat(n / 2)}40`,
    ])
      assertLinearTime(make(20), normalizeForDetection, make(200_000), make(800_000));
  });

  it('gives the same findings for a text scanned again after others', () => {
    const a = 'Kontakt: max%252540example.de, Herr M&uumlller, =?utf-8?Q?a=40b?= =?utf-8?Q?.de?=';
    const b = 'Content-Transfer-Encoding: quoted-printable\n\nHerr M=FCller max=40example=2ede \\x40 %u0040';
    const first = [scanner.scan(a), scanner.scan(b)];
    assert.deepEqual([scanner.scan(a), scanner.scan(b)], first);
  });
});
