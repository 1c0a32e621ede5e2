import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');
const idCards = valuesOf('DE_ID_CARD');
const ibans = valuesOf('IBAN_CODE');
const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;
const has = (found: string[], part: string) => found.some((v) => v.includes(part));

/**
 * Review 14 of detection round 16 and fix14. Names, addresses and numbers are made up
 * (T220001293 is the specimen ID card number).
 */
describe('privacy review 14: a home after a school keeps its address', () => {
  it('keeps the address when the one word after the institution is a given name or a kin/role word', () => {
    for (const text of [
      'Kita – Mia, Lindenweg 4, 12345 Berlin',
      'Kita, Oma, Lindenweg 4, 12345 Berlin',
      'Abholung Kita – Oma, Lindenweg 4, 12345 Berlin',
      'Schule – Schülerin, Lindenweg 4, 12345 Berlin',
      'Nursery – Grandma, 12 Elm Road, Leeds LS6 2AB',
    ]) {
      assert.ok(addresses(text).length > 0, text);
      assert.equal(route(text), 'local', text);
    }
  });

  it('keeps the address when a person or role word stands before the institution in the clause', () => {
    for (const text of [
      'Schülerin der Grundschule Nord, Lindenweg 4, 12345 Berlin',
      'Erzieherin in der Kita, Lindenweg 4, 12345 Berlin',
      'Tochter geht in die Kita Sonnenschein, Lindenweg 4, 12345 Berlin',
      'Student at Oxford University, 12 Elm Road, Leeds LS6 2AB',
      'My daughter goes to the nursery, Sunflower, 12 Elm Road, Leeds LS6 2AB',
    ]) {
      assert.ok(addresses(text).length > 0, text);
      assert.equal(route(text), 'local', text);
    }
  });

  it('still drops the institution’s own address', () => {
    for (const text of [
      'Kita Pusteblume, Lerchenweg 3, 04109 Leipzig',
      'Universität Bonn, Studierendensekretariat, Lindenweg 4, 53113 Bonn',
      'Office of the Registrar – Lakeshore University, 845 Harbour St W, Montréal QC H3A 0G4',
    ])
      assert.deepEqual(addresses(text), [], text);
  });
});

describe('privacy review 14: "Perso" is a document word', () => {
  it('finds a prefixed ID card number after "Perso"', () => {
    for (const text of ['Perso T22-0001293', 'Perso-Nr. T22-0001293', 'Kopie vom Perso anbei: T22-0001293']) {
      assert.ok(has(idCards(text), 'T22-0001293'), text);
      assert.equal(route(text), 'local', text);
    }
  });

  it('still drops a prefixed serial without a document word, and "Person" is none', () => {
    assert.deepEqual(idCards('Electricity meter no. Z14-8812096 – reading 48213 kWh'), []);
    assert.deepEqual(idCards('Person 3: Z14-8812096'), []);
  });
});

describe('privacy review 14: base64 with odd padding is still read', () => {
  const body = Buffer.from(
    'Sehr geehrte Frau Petra Schönfeld, Ihre IBAN DE89370400440532013000 ist gespeichert. Mit freundlichen Grüßen.',
  ).toString('base64');
  const wrapped = (body.match(/.{1,76}/g) ?? []).join('\r\n');

  it('reads a CRLF-wrapped MIME body whose padding a quoted-printable pass shortened', () => {
    assert.ok(body.endsWith('='), body);
    const text = `Content-Transfer-Encoding: base64\r\n\r\n${wrapped}\r\n`;
    assert.ok(ibans(text).length > 0, text);
    assert.equal(route(text), 'local');
  });

  it('reads a run with a stray "=" after whole groups', () => {
    const run = Buffer.from('IBAN DE89370400440532013000').toString('base64');
    assert.equal(run.length % 4, 0);
    assert.ok(ibans(`${run}=`).length > 0);
    assert.equal(route(`${run}=`), 'local');
  });
});

describe('privacy review 14: a quoted or indented base64 body is read across its lines', () => {
  const body = Buffer.from(
    'Hallo, hier meine Bankdaten fuer die Rueckzahlung: IBAN DE89370400440532013000 danke',
  ).toString('base64');

  it('finds an IBAN whose base64 is split over two quoted or indented lines', () => {
    for (let cut = 76; cut <= 84; cut += 4)
      for (const prefix of ['> ', '    ', '\t', '>> ']) {
        const text = `Weitergeleitet:\n${prefix}${body.slice(0, cut)}\n${prefix}${body.slice(cut)}`;
        assert.ok(ibans(text).length > 0, JSON.stringify(text));
        assert.equal(route(text), 'local', JSON.stringify(text));
      }
  });

  it('gives the same findings for a text scanned again after other texts (no state between scans)', () => {
    const a = `> ${body.slice(0, 76)}\n> ${body.slice(76)}`;
    const b = 'Kita – Mia, Lindenweg 4, 12345 Berlin\nPerso T22-0001293';
    const first = JSON.stringify(scanner.scan(a));
    scanner.scan(b);
    assert.equal(JSON.stringify(scanner.scan(a)), first);
  });
});

describe('privacy review 14: a base64 body cut off in a paste is still read', () => {
  it('reads the whole groups of a long body whose last group has one character', () => {
    const text =
      'Sehr geehrte Frau Petra Schönfeld, wir haben Ihre Angaben erhalten und bearbeiten den Antrag. ' +
      'Ihre IBAN DE89370400440532013000 ist gespeichert. '.repeat(6) +
      'Mit freundlichen Grüßen, Ihr Kundenservice';
    const body = Buffer.from(text).toString('base64').replace(/=+$/, '');
    const lines = body.match(/.{1,76}/g) ?? [];
    let cut = lines.join('\n');
    while (cut.replace(/\n/g, '').length % 4 !== 1) cut = cut.slice(0, -1);
    assert.ok(ibans(`Body:\n${cut}`).length > 0);
    assert.equal(route(`Body:\n${cut}`), 'local');
  });
});
