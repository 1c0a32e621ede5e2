import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { isLdif, ldifBase64Values } from '../../../nodes/core/privacy/ldif-records.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

// Made-up people, streets and organisation.
const entry = (given: string, family: string, extra: string) =>
  `dn: uid=${given[0].toLowerCase()}${family.toLowerCase()},ou=People,dc=quellhof,dc=example\n` +
  `objectClass: inetOrgPerson\n${extra}uid: ${given[0].toLowerCase()}${family.toLowerCase()}\n`;

describe('LDIF read by its grammar (RFC 2849)', () => {
  it('tells LDIF by a dn: line followed by attr: lines, or version: 1', () => {
    assert.ok(isLdif('dn: cn=x,dc=y\nobjectClass: top\n'));
    assert.ok(isLdif('version: 1\n'));
    assert.ok(!isLdif('The dn: field of the form was empty.\nSee you.'));
  });

  it('reads an attr:: value as one base64 run to its line end, folded lines joined, never the next attribute', () => {
    const text = `dn: cn=a,dc=b\ncn:: ${b64('Ilvane Troskaya')}\nsn:: QUJD\n RA==\nobjectClass: top\n`;
    const values = ldifBase64Values(text);
    assert.deepEqual(
      values.map((v) => [v.attribute, v.chars]),
      [
        ['cn', b64('Ilvane Troskaya')],
        ['sn', 'QUJDRA=='],
      ],
    );
  });

  it('finds short base64 names (under the general 16-character floor) over the whole run', () => {
    const given = b64('Oléa');
    const text = `version: 1\n\n${entry('Oléa', 'Varnoch', `cn:: ${b64('Oléa Varnoch')}\nsn: Varnoch\ngivenName:: ${given}\n`)}`;
    const persons = spansOf(text, 'PERSON');
    assert.ok(persons.includes(given), JSON.stringify(persons));
    assert.ok(persons.includes(b64('Oléa Varnoch')), JSON.stringify(persons));
  });

  it('ends a run at its line end: the next attribute is read on its own (a surname that reads like a word, under sn:)', () => {
    // A 20-character run (whole 4-character groups) would be read on into "sn" by the general search.
    const cn = b64('Tolvi Marbonie');
    assert.equal(cn.length % 4, 0);
    const text = entry('Tolvi', 'Marbonie', `cn:: ${cn}\nsn: Marbonie\n`);
    const persons = spansOf(text, 'PERSON');
    assert.ok(persons.includes('Marbonie'), JSON.stringify(persons));
  });

  it('reads a base64 dn:: whose cn= is a person, and a base64 homePostalAddress', () => {
    const dn = b64('cn=Marelka Dostrovin,ou=People,dc=quellhof,dc=example');
    const home = b64('Rabenweg 17$34567 Felsheim');
    const text = `dn:: ${dn}\nobjectClass: inetOrgPerson\nsn: Dostrovin\nhomePostalAddress:: ${home}\nhrBirthDate: 19830417\n`;
    assert.ok(spansOf(text, 'PERSON').includes(dn));
    assert.deepEqual(spansOf(text, 'POSTAL_ADDRESS'), [home]);
    assert.deepEqual(spansOf(text, 'DATE_OF_BIRTH'), ['19830417']);
  });

  it('an eight-digit birth attribute is a date of birth, also after a base64 line ending in "=" (no soft line break)', () => {
    // A 60 to 77 character line ending in "=" would be read as a quoted-printable soft break and join the next line.
    const home = b64('Glockengiessergasse 29$97070 Osterheim');
    const line = `homePostalAddress:: ${home}`;
    assert.ok(line.length >= 60 && line.length <= 77 && /[^=]=$/.test(line), line);
    const text = entry(
      'Peri',
      'Hallgast',
      `sn: Hallgast\n${line}\nhrBirthDate: 19770228\ncreateTimestamp: 20260114093000Z\n`,
    );
    assert.deepEqual(spansOf(text, 'DATE_OF_BIRTH'), ['19770228']);
    assert.deepEqual(spansOf(text, 'POSTAL_ADDRESS'), [home]);
  });

  it("the organisation's postalAddress (shared, or beside a homePostalAddress) is no one's; a home address is", () => {
    const office = 'Kranhafen 3$20457 Hamburg';
    const text =
      entry(
        'Ysolde',
        'Brannick',
        `sn: Brannick\npostalAddress: ${office}\nhomePostalAddress: Lerchenstieg 9$22111 Hamburg\n`,
      ) +
      '\n' +
      entry('Corvin', 'Ashgrove', `sn: Ashgrove\npostalAddress:: ${b64(office)}\n`) +
      '\n' +
      entry('Dalia', 'Fenwright', `sn: Fenwright\npostalAddress: ${office}\n`);
    const postal = spansOf(text, 'POSTAL_ADDRESS');
    assert.deepEqual(postal, ['Lerchenstieg 9$22111 Hamburg']);
    // A street-first office whose street part a street detector reads on its own is dropped whole too.
    const dublin = '12 Harbour Place$Dublin 2 D02 X285';
    const english =
      entry(
        'Ysolde',
        'Brannick',
        `sn: Brannick\npostalAddress: ${dublin}\nhomePostalAddress: 7 Lark Row$Cork T12 K8AF\n`,
      ) +
      '\n' +
      entry('Dalia', 'Fenwright', `sn: Fenwright\npostalAddress: ${dublin}\n`);
    assert.deepEqual(spansOf(english, 'POSTAL_ADDRESS'), ['7 Lark Row$Cork T12 K8AF']);
    // Alone in one entry, with nothing saying it is an office: still flagged (privacy first).
    const alone = entry('Dalia', 'Fenwright', `sn: Fenwright\npostalAddress: Unkenweg 4$22111 Hamburg\n`);
    assert.deepEqual(spansOf(alone, 'POSTAL_ADDRESS'), ['Unkenweg 4$22111 Hamburg']);
  });

  it('binary and secrets in base64 do not become people; a description without personal data stays clean', () => {
    const guid = Buffer.from([
      0x9f, 0x12, 0xc4, 0x07, 0xe1, 0xaa, 0x51, 0x3b, 0x80, 0xfe, 0x22, 0x6d, 0x91, 0x04, 0xb7, 0xcc,
    ]);
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0, 0x48, 0, 0x48, 0, 0,
    ]);
    const text = entry(
      'Hedda',
      'Morlind',
      `sn: Morlind\nobjectGUID:: ${guid.toString('base64')}\njpegPhoto:: ${jpeg.toString('base64')}\n` +
        `userPassword:: ${b64('{SSHA}Yk3pQ9zr0cVwLx2mN8tR5uHaE1o=')}\ndescription:: ${b64('Boiler room keys, second floor')}\n`,
    );
    const persons = spansOf(text, 'PERSON');
    assert.ok(persons.includes('Morlind'));
    for (const p of persons) assert.ok(!p.includes(guid.toString('base64').slice(0, 8)) && !p.includes('/9j'), p);
    assert.deepEqual(
      scanner.scan(text).filter((e) => text.slice(e.start, e.end).startsWith(b64('Boiler').slice(0, 6))),
      [],
    );
    assert.ok(!persons.some((p) => p.startsWith(b64('{SSHA}').slice(0, 6))), JSON.stringify(persons));
  });

  it('an unknown attribute whose base64 decodes to a name stays flagged (privacy first)', () => {
    const value = b64('Wendrin Hollacott');
    const text = entry('Wendrin', 'Hollacott', `sn: Hollacott\nxManagerName:: ${value}\n`);
    assert.ok(spansOf(text, 'PERSON').includes(value), JSON.stringify(spansOf(text, 'PERSON')));
  });

  it("an AD distinguished name gives the person without the attribute type 'CN'", () => {
    const text = 'Name      : Orsolya Brenck\nManager   : CN=Tamsin Quillfeather,OU=Staff,DC=corp,DC=example\n';
    const persons = spansOf(text, 'PERSON');
    assert.ok(persons.includes('Tamsin Quillfeather'), JSON.stringify(persons));
    assert.ok(!persons.some((p) => p === 'CN' || p.includes('OU')), JSON.stringify(persons));
  });

  it('reads long LDIF in linear time', () => {
    const unit = `dn: cn=x,dc=y\ncn:: ${b64('Quona Relt')}\npostalAddress: Kai 2$12345 Ort\nhomePostalAddress:: QUJD\n RA==\n\n`;
    assertLinearTime('ldif', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
    assertLinearTime(
      'folded',
      (t) => ldifBase64Values(t),
      `dn: a\nx:: ${repeated('QUJD\n ', 50_000)}`,
      `dn: a\nx:: ${repeated('QUJD\n ', 200_000)}`,
    );
  });
});
