import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { decodeEscapes } from '../../../nodes/core/privacy/decode-escapes.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { foundOfType } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

const found = foundOfType;

/** Every personal value in each encoding: the finding covers the whole escaped value in the original. */
const CASES: { name: string; text: string; type: EntityType; value: string }[] = [
  // percent-encoding
  { name: 'percent e-mail', text: 'Kontakt: max%40example.de bitte', type: 'EMAIL_ADDRESS', value: 'max%40example.de' },
  {
    name: 'percent IBAN',
    text: 'IBAN=DE89%203704%200044%200532%200130%2000&betrag=5',
    type: 'IBAN_CODE',
    value: 'DE89%203704%200044%200532%200130%2000',
  },
  { name: 'percent name', text: 'Bitte an Herr M%C3%BCller weiterleiten.', type: 'PERSON', value: 'M%C3%BCller' },
  {
    name: 'percent phone',
    text: 'Tel.: %2B49%20171%202345678 bitte',
    type: 'PHONE_NUMBER',
    value: '%2B49%20171%202345678',
  },
  {
    name: 'form body address',
    text: 'name=Max+Mustermann&adresse=Hauptstra%C3%9Fe+5%2C+10115+Berlin&ok=1',
    type: 'POSTAL_ADDRESS',
    value: 'Hauptstra%C3%9Fe+5%2C+10115+Berlin',
  },
  // HTML character references
  { name: 'HTML e-mail', text: 'Mail: max&#64;example&#46;de', type: 'EMAIL_ADDRESS', value: 'max&#64;example&#46;de' },
  { name: 'HTML name', text: 'Guten Tag, Herr M&uuml;ller, danke.', type: 'PERSON', value: 'M&uuml;ller' },
  {
    name: 'HTML IBAN',
    text: 'IBAN: DE89&#x20;3704&#x20;0044&#x20;0532&#x20;0130&#x20;00',
    type: 'IBAN_CODE',
    value: 'DE89&#x20;3704&#x20;0044&#x20;0532&#x20;0130&#x20;00',
  },
  {
    name: 'HTML phone',
    text: 'Tel.&nbsp;&#43;49&nbsp;171&nbsp;2345678',
    type: 'PHONE_NUMBER',
    value: '&#43;49&nbsp;171&nbsp;2345678',
  },
  {
    name: 'HTML address',
    text: 'Wohnhaft in Hauptstra&szlig;e 5, 10115 Berlin.',
    type: 'POSTAL_ADDRESS',
    value: 'Hauptstra&szlig;e 5, 10115 Berlin',
  },
  // quoted-printable and RFC 2047
  {
    name: 'QP address with a soft line break',
    text: 'Content-Transfer-Encoding: quoted-printable\n\nMeine Adresse: Hauptstra=C3=9Fe 5, 101=\n15 Berlin',
    type: 'POSTAL_ADDRESS',
    value: 'Hauptstra=C3=9Fe 5, 101=\n15 Berlin',
  },
  {
    name: 'QP e-mail',
    text: 'Content-Transfer-Encoding: quoted-printable\n\nSchreiben Sie an max=40example.de.',
    type: 'EMAIL_ADDRESS',
    value: 'max=40example.de',
  },
  {
    name: 'encoded-word name',
    text: 'From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <x>',
    type: 'PERSON',
    value: '=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?=',
  },
  {
    name: 'encoded-word base64 IBAN',
    text: `Subject: =?utf-8?B?${Buffer.from('IBAN DE89 3704 0044 0532 0130 00').toString('base64')}?=`,
    type: 'IBAN_CODE',
    value: `=?utf-8?B?${Buffer.from('IBAN DE89 3704 0044 0532 0130 00').toString('base64')}?=`,
  },
  {
    name: 'encoded-word Latin-1 phone',
    text: 'Subject: =?ISO-8859-1?Q?R=FCckruf_unter_0171_2345678?=',
    type: 'PHONE_NUMBER',
    value: '=?ISO-8859-1?Q?R=FCckruf_unter_0171_2345678?=',
  },
  // JSON escapes
  {
    name: 'JSON e-mail',
    text: '{"mail":"max\\u0040example.de"}',
    type: 'EMAIL_ADDRESS',
    value: 'max\\u0040example.de',
  },
  { name: 'JSON name', text: '{"text":"Sehr geehrter Herr M\\u00fcller"}', type: 'PERSON', value: 'M\\u00fcller' },
  {
    name: 'JSON IBAN',
    text: '{"iban":"DE89\\u00203704\\u00200044\\u00200532\\u00200130\\u002000"}',
    type: 'IBAN_CODE',
    value: 'DE89\\u00203704\\u00200044\\u00200532\\u00200130\\u002000',
  },
  { name: 'JSON phone', text: '{"tel":"\\u002b49 171 2345678"}', type: 'PHONE_NUMBER', value: '\\u002b49 171 2345678' },
  {
    name: 'JSON address over an escaped line break',
    text: '{"brief":"Max Mustermann\\nHauptstra\\u00dfe 5\\n10115 Berlin"}',
    type: 'POSTAL_ADDRESS',
    value: 'Hauptstra\\u00dfe 5\\n10115 Berlin',
  },
  // Encoded twice: a hostile writer must not get a value past the detectors by one more level.
  {
    name: 'percent-encoding encoded again',
    text: 'kontakt=max%2540example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max%2540example.de',
  },
  {
    name: 'an HTML reference escaped again',
    text: 'Mail: max&amp;#64;example.de',
    type: 'EMAIL_ADDRESS',
    value: 'max&amp;#64;example.de',
  },
];

describe('transport encodings are read as the text they stand for', () => {
  for (const c of CASES)
    it(`${c.name}: found, covering the whole escaped value`, () => {
      assert.ok(found(c.text, c.type).includes(c.value), `${found(c.text, c.type)} covers ${c.value}`);
    });

  it('keeps every encoded personal message local under the default policy', () => {
    for (const c of CASES) {
      const decision = decideRoute({ messages: [{ role: 'user', content: c.text }] }, scanner, DEFAULT_POLICY);
      assert.equal(decision.route, 'local', c.name);
    }
  });

  it('maps a decoded character back to its whole escape, and text after it by offset', () => {
    const original = 'a %C3%BC b &auml; c \\u00fc d =?UTF-8?B?w7w=?= e';
    const view = normalizeForDetection(original);
    assert.equal(view.text, 'a ü b ä c ü d ü e');
    const spans = [...view.text.matchAll(/[üä]/g)].map((m) => {
      const { start, end } = view.toOriginal(m.index, m.index + 1);
      return original.slice(start, end);
    });
    assert.deepEqual(spans, ['%C3%BC', '&auml;', '\\u00fc', '=?UTF-8?B?w7w=?=']);
    const e = view.text.lastIndexOf('e');
    assert.deepEqual(view.toOriginal(e, e + 1), { start: original.length - 1, end: original.length });
  });

  it('maps a character decoded at two levels back to its whole twice-encoded escape', () => {
    const original = 'x %25C3%25BC y';
    const view = normalizeForDetection(original);
    assert.equal(view.text, 'x ü y');
    const { start, end } = view.toOriginal(2, 3);
    assert.equal(original.slice(start, end), '%25C3%25BC');
  });

  it('joins JSON surrogate pairs and a soft line break inside a QP value', () => {
    assert.equal(normalizeForDetection('"\\ud83d\\ude00 ok"').text, '"\u{1f600} ok"');
    const qp = 'Content-Transfer-Encoding: quoted-printable\n\nmax.muster=\nmann@example.de';
    assert.equal(found(qp, 'EMAIL_ADDRESS'), 'max.muster=\nmann@example.de');
  });

  it('leaves look-alikes as they are', () => {
    for (const text of [
      '100% sicher, 50%ige Steigerung',
      'a=b und x=y+1 in der Formel',
      'AT&T und Procter&Gamble; &unknown; &#;',
      'Schreiben Sie \\n für eine neue Zeile und C:\\new\\table',
      'Preis: 1+1=2 Euro',
      '%FF%FE ist kein UTF-8',
      'Der Wert =C3 allein',
    ]) {
      assert.equal(normalizeForDetection(text).text, text, text);
      assert.deepEqual(scanner.scan(text), [], text);
    }
    // A form value opening with "+" keeps it: a log line with the phone written as is.
    assert.equal(found('body=v=2&rueckrufnummer=+90 552 144 94 45&mail=x', 'PHONE_NUMBER'), '+90 552 144 94 45');
    // A raw "@" shows a value was not form-encoded: the "+" of a sub-address stays, the whole address is found.
    assert.equal(
      found('POST /x\nname=Max+Mustermann&email=agbayani+portal@proton.me&ok=1', 'EMAIL_ADDRESS'),
      'agbayani+portal@proton.me',
    );
    // Outside a form body "+" stays a plus: the phone keeps its country code.
    assert.equal(normalizeForDetection('Tel. +49 171 2345678, 3%20x').text, 'Tel. +49 171 2345678, 3 x');
  });

  it('takes the fast path for ordinary text: nothing to decode', () => {
    assert.equal(decodeEscapes('Ganz normaler Text mit max@example.de und 0171 2345678.'), undefined);
    assert.equal(normalizeForDetection('Hallo Welt = 5 & 6').unchanged, true);
  });

  it('stays linear on hostile escape shapes', () => {
    for (const unit of ['%', '%C3', '&#', '&#x', '=\n', '=C3', '\\u', '\\u00', '=?', '=?a?Q?', '+', '&a=', '\\\\'])
      assertLinearTime(JSON.stringify(unit), normalizeForDetection, repeated(unit, 200_000), repeated(unit, 800_000));
  });
});
