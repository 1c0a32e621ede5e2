import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { foundOfType } from '../../support/privacy-found.js';

const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** MIME bodies are wrapped at 76 characters (RFC 2045 6.8). */
const wrapped = (encoded: string) => encoded.match(/.{1,76}/g)!.join('\r\n');

const LETTER =
  'Hallo,\nbitte überweisen Sie an Max Müller, IBAN DE89 3704 0044 0532 0130 00.\n' +
  'Rückfragen an max.mueller@example.de.\nViele Grüße';
const LETTER_B64 = wrapped(b64(LETTER));
const JSON_B64 = b64(JSON.stringify({ name: 'Max Müller', email: 'max.mueller@example.de' }));
const HTML_B64 = wrapped(b64('<html><body><p>Kontakt: <b>max.mueller@example.de</b></p></body></html>'));

/** Personal data written in base64 where a cloud model decodes it at a glance. */
const BASE64_CASES: { name: string; text: string; type: EntityType; run: string }[] = [
  {
    name: 'a base64 text/plain body of a pasted e-mail',
    text: `From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${LETTER_B64}\r\n`,
    type: 'IBAN_CODE',
    run: LETTER_B64,
  },
  {
    name: 'a base64 text/html body',
    text: `Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${HTML_B64}\n\n--b1--`,
    type: 'EMAIL_ADDRESS',
    run: HTML_B64,
  },
  {
    name: 'a data: URI',
    text: `<a href="data:text/plain;base64,${b64('Kontakt: max.mueller@example.de')}">Kontakt</a>`,
    type: 'EMAIL_ADDRESS',
    run: b64('Kontakt: max.mueller@example.de'),
  },
  {
    name: 'a base64 JSON field',
    text: `{"id":7,"payload":"${JSON_B64}"}`,
    type: 'EMAIL_ADDRESS',
    run: JSON_B64,
  },
  {
    name: 'base64 without padding (base64url, as in a JWT payload)',
    text: `token payload ${b64('{"email":"max.mueller@example.de","iat":1516239022}').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')} ok`,
    type: 'EMAIL_ADDRESS',
    run: b64('{"email":"max.mueller@example.de","iat":1516239022}')
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_'),
  },
  {
    name: 'base64 inside base64',
    text: `blob: ${b64(b64('IBAN DE89 3704 0044 0532 0130 00'))}`,
    type: 'IBAN_CODE',
    run: b64(b64('IBAN DE89 3704 0044 0532 0130 00')),
  },
  {
    name: 'base64 of a percent-encoded value',
    text: `q=${b64('mail=max.mueller%40example.de&x=1')}`,
    type: 'EMAIL_ADDRESS',
    run: b64('mail=max.mueller%40example.de&x=1'),
  },
];

describe('fix 14: base64 text is read as the text it encodes', () => {
  for (const c of BASE64_CASES)
    it(`${c.name}: found, the placeholder covers the whole base64 run, kept local`, () => {
      assert.ok(foundOfType(c.text, c.type).split(' | ').includes(c.run), foundOfType(c.text, c.type));
      assert.equal(route(c.text), 'local', c.name);
    });

  it('pseudonymizes the whole run: no part of the encoded value reaches the cloud, restore gives it back', () => {
    for (const c of BASE64_CASES) {
      const p = new Pseudonymizer();
      const out = p.pseudonymizeCall(p.conversation(), [c.text], [scanner.scan(c.text)]);
      for (const line of c.run.split(/\r?\n/)) assert.ok(!out.texts[0].includes(line), `${c.name}: ${out.texts[0]}`);
      assert.equal(p.restore(out.token, out.texts[0]), c.text, c.name);
    }
  });

  it('keeps the offsets of the text around a decoded run exact', () => {
    const text = `Herr Max Müller schreibt: payload=${JSON_B64} und ruft 0171 2345678 an`;
    assert.equal(foundOfType(text, 'PERSON').split(' | ')[0], 'Max Müller');
    assert.equal(foundOfType(text, 'PHONE_NUMBER'), '0171 2345678');
    assert.ok(foundOfType(text, 'EMAIL_ADDRESS').includes(JSON_B64));
  });
});

/** A 1x1 PNG, a SHA-256 digest in hex and base64, ids and tokens that carry nobody's data. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const LOOK_ALIKES = [
  `<img src="data:image/png;base64,${PNG}" alt="Logo">`,
  'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  'digest: n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwic2NvcGUiOiJyZWFkIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'Request-Id: 01HZY3QK8X5T2J9V7N4M6B1C0D, session AKIAIOSFODNN7EXAMPLE',
  'Die Datenschutzgrundverordnung und Donaudampfschifffahrtsgesellschaft bleiben Wörter.',
  'Pfad /usr/local/share/applications/configuration/defaults ist lang.',
];

describe('fix 14: base64 look-alikes add no false alarm', () => {
  it('an image, a hash, a token without personal data, a long id, long words, a path: no finding, cloud', () => {
    // LOOK_ALIKES[2] is left out: the name scorer already took a piece of that digest for a name before
    // fix 14 (its view is unchanged, below): not a false alarm of the base64 reader.
    for (const text of LOOK_ALIKES.filter((_, k) => k !== 2)) {
      assert.deepEqual(scanner.scan(text), [], text);
      assert.equal(route(text), 'cloud', text);
    }
  });

  it('binary base64 and ordinary text are left as written in the view', () => {
    for (const text of [LOOK_ALIKES[0], LOOK_ALIKES[1], LOOK_ALIKES[2], LOOK_ALIKES[4], LOOK_ALIKES[5], LOOK_ALIKES[6]])
      assert.equal(normalizeForDetection(text).text, text, text);
  });

  it('numbers, names and user names in the base64 alphabet stay in the view (they never "decode" away)', () => {
    // The first three decoded to valid UTF-8 (a mix of scripts) before runs needed a lower-case letter and text a single alphabet.
    for (const value of [
      '2610358906124468',
      '0611360214996725',
      'RERNMGVUYWOOITN3YG',
      'Xkfomovmjqnenmsk',
      'de59106764545577137459',
      'DE89370400440532013000',
      'Leutheusser-Schnarrenberger',
      'max_mustermann_1985',
    ]) {
      const text = `Wert: ${value} Ende`;
      assert.equal(normalizeForDetection(text).text, text, value);
    }
  });

  it('a person next to a base64 image is still found, exactly', () => {
    const text = `Foto von Max Müller: data:image/png;base64,${PNG} (Hauptstraße 5, 10115 Berlin)`;
    assert.equal(foundOfType(text, 'PERSON'), 'Max Müller');
    assert.equal(foundOfType(text, 'POSTAL_ADDRESS'), 'Hauptstraße 5, 10115 Berlin');
  });
});

describe('fix 14: other escapes', () => {
  it('CSS escapes in a content string: found, covering the escapes, kept local', () => {
    const text = '.kontakt::after { content: "Mail max\\40 example.de" }';
    assert.equal(foundOfType(text, 'EMAIL_ADDRESS'), 'max\\40 example.de');
    assert.equal(route(text), 'local');
    const six = '.x::before { content: "max\\000040example.de" }';
    assert.equal(foundOfType(six, 'EMAIL_ADDRESS'), 'max\\000040example.de');
  });

  it('a backslash in a path outside CSS stays as written', () => {
    for (const text of ['C:\\Users\\Bea Fischer\\Desktop', 'Ordner C:\\Daten\\ab 12', 'a\\40 b'])
      assert.equal(normalizeForDetection(text).text, text, text);
  });

  it('a doubled quote inside an SQL string value: the name is found, covering both quotes', () => {
    const text = "INSERT INTO kunden (name, ort) VALUES ('Sean O''Brien', 'Dublin');";
    assert.equal(foundOfType(text, 'PERSON'), "Sean O''Brien");
    assert.equal(route(text), 'local');
    // Prose and wiki markup keep their quotes: '' between letters only.
    for (const look of ["Er sagte ''nein'' und ging.", "''Titanic'' lief 1997"])
      assert.equal(normalizeForDetection(look).text, look, look);
  });

  it("git's octal escapes of UTF-8 bytes in a quoted path: the name is found, covering the escapes", () => {
    const text = 'A\t"Bewerbungen/Anschreiben an Herrn J\\303\\274rgen M\\303\\274ller.pdf"';
    assert.equal(foundOfType(text, 'PERSON'), 'J\\303\\274rgen M\\303\\274ller');
    assert.equal(route(text), 'local');
    // An octal-looking ASCII escape or a path with digits stays as written (a phone number after a backslash stays whole).
    for (const look of ['C:\\Daten\\2023\\100\\a.txt', 'Ablage\\0171 2345678', '\\303 allein'])
      assert.equal(normalizeForDetection(look).text, look, look);
  });

  it('a PowerShell -EncodedCommand (UTF-16LE base64): the address in it is found, kept local', () => {
    const command = Buffer.from('Send-MailMessage -To max.mueller@example.de', 'utf16le').toString('base64');
    const text = `powershell.exe -NoProfile -EncodedCommand ${command}`;
    assert.equal(foundOfType(text, 'EMAIL_ADDRESS'), command);
    assert.equal(route(text), 'local');
  });
});
