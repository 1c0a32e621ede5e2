import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import {
  withoutOrganisationDirectoryAddresses,
  withoutServiceAccountValues,
} from '../../../nodes/core/privacy/directory-entries.js';
import type { Entity } from '../../../nodes/core/privacy/entities.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** One `Get-ADUser | Format-List` entry (made-up people and numbers). */
const adUser = (given: string, surname: string, officePhone: string, street: string) =>
  [
    `City                      : Bristol`,
    `CN                        : ${given} ${surname}`,
    `DisplayName               : ${given} ${surname}`,
    `GivenName                 : ${given}`,
    `HomePhone                 : `,
    `OfficePhone               : ${officePhone}`,
    `SamAccountName            : ${given.charAt(0).toLowerCase()}${surname.toLowerCase()}`,
    `StreetAddress             : ${street}`,
    `Surname                   : ${surname}`,
    `Title                     : Surveyor`,
  ].join('\n');

describe('directory entries: whose value is it (round 40)', () => {
  it("reads an AD user's OfficePhone as the user's own line, a config key's office line stays the office's", () => {
    const text = `PS C:\\> Get-ADUser -Filter * -Properties * | Format-List\n\n${adUser('Elspeth', 'Marrowby', '+44 117 496 0381', '9 Quayside Row')}\n\n${adUser('Torvald', 'Hennicker', '+44 117 496 0394', '9 Quayside Row')}\n`;
    const phones = spansOf(text, 'PHONE_NUMBER');
    assert.ok(phones.includes('+44 117 496 0381'), phones.join(' | '));
    assert.ok(phones.includes('+44 117 496 0394'), phones.join(' | '));
    // Look-alike: a configuration file's office line (no person's entry) is the organisation's.
    const config = `SMTP_HOST=mail.example.org\nOfficePhone: +44 117 496 0777\nSUPPORT_MAILBOX=desk@example.org\n`;
    assert.ok(!spansOf(config, 'PHONE_NUMBER').includes('+44 117 496 0777'));
    // Look-alike: a YAML block's nested person names no owner of the top-level office line beside it.
    const yaml = `race_marshal:\n  firstname: Oskar\n  lastname: Wendelin\nevent_office: "0621 4478 200"\n`;
    assert.ok(!spansOf(yaml, 'PHONE_NUMBER').includes('0621 4478 200'));
  });

  it("drops the firm's office StreetAddress repeated for several users, keeps one user's own", () => {
    const text = `${adUser('Elspeth', 'Marrowby', '+44 117 496 0381', '14 Harbourside Lane')}\n\n${adUser('Torvald', 'Hennicker', '+44 117 496 0394', '14 Harbourside Lane')}\n\n${adUser('Wenna', 'Polgrain', '+44 117 496 0377', '37 Clover Hill Road')}\n`;
    const postal: Entity[] = [
      {
        type: 'POSTAL_ADDRESS',
        start: text.indexOf('14 Harbourside Lane'),
        end: text.indexOf('14 Harbourside Lane') + 19,
        score: 0.85,
      },
      {
        type: 'POSTAL_ADDRESS',
        start: text.indexOf('37 Clover Hill Road'),
        end: text.indexOf('37 Clover Hill Road') + 19,
        score: 0.85,
      },
    ];
    const kept = withoutOrganisationDirectoryAddresses(text, postal).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(kept, ['37 Clover Hill Road']);
  });

  it('drops a SCIM "work" address, keeps the "home" one', () => {
    const text = `{\n  "addresses": [\n    {"type": "work", "formatted": "Hafenkante 12, 20457 Hamburg", "primary": true},\n    {"type": "home", "formatted": "Lerchenweg 8, 22305 Hamburg"}\n  ]\n}\n`;
    const found: Entity[] = ['Hafenkante 12, 20457 Hamburg', 'Lerchenweg 8, 22305 Hamburg'].map((v) => ({
      type: 'POSTAL_ADDRESS',
      start: text.indexOf(v),
      end: text.indexOf(v) + v.length,
      score: 0.9,
    }));
    const kept = withoutOrganisationDirectoryAddresses(text, found).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(kept, ['Lerchenweg 8, 22305 Hamburg']);
  });

  it("drops a service account's GECOS phone and the role mailbox comment, keeps a person's account", () => {
    const text = [
      'svc-indexer:x:921:921:indexer service,,+49 30 5557 2200,:/var/lib/svc-indexer:/usr/sbin/nologin',
      'svc-marlene:x:922:922:marlene service,,+49 30 5557 2201,:/var/lib/svc-marlene:/usr/sbin/nologin',
      'kfeldhaus:x:1044:1044:Kunigunde Feldhaus,Raum 2.14,+49 30 5557 2245,:/home/kfeldhaus:/bin/bash',
      '# mail for all service accounts goes to it-leitstand@example-hausverwaltung.de',
      '',
    ].join('\n');
    const phones = spansOf(text, 'PHONE_NUMBER');
    assert.ok(!phones.includes('+49 30 5557 2200'), phones.join(' | '));
    // "svc-marlene" names a person: her number stays.
    assert.ok(phones.includes('+49 30 5557 2201'), phones.join(' | '));
    assert.ok(phones.includes('+49 30 5557 2245'), phones.join(' | '));
    assert.ok(!spansOf(text, 'EMAIL_ADDRESS').includes('it-leitstand@example-hausverwaltung.de'));
    assert.ok(!spansOf(text, 'PERSON').includes('nologin'));
  });

  it('reads a passport number under an "idDocument" key, not a look-alike under another key', () => {
    // A made-up number with a right ICAO check digit: C, F, G, H, J or K first is a German passport's.
    const body = 'HXNPLRTWZ';
    const weights = [7, 3, 1];
    const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
    const check = [...body].reduce((sum, c, i) => sum + value(c) * weights[i % 3], 0) % 10;
    const number = `${body}${check}`;
    const text = `{"userId":"u-4411","idDocument":"${number}","userType":"owner"}`;
    assert.ok(spansOf(text, 'DE_PASSPORT').includes(number), JSON.stringify(scanner.scan(text)));
    const lookAlike = `{"userId":"u-4411","buildTag":"${number}","userType":"owner"}`;
    assert.ok(!spansOf(lookAlike, 'DE_PASSPORT').includes(number));
  });

  it('reads long directory-like lines in linear time', () => {
    const work = (t: string) => {
      withoutServiceAccountValues(t, [{ type: 'PERSON', start: 0, end: 3, score: 0.9 }]);
      withoutOrganisationDirectoryAddresses(t, [{ type: 'POSTAL_ADDRESS', start: 0, end: 3, score: 0.9 }]);
    };
    assertLinearTime('passwd fields', work, repeated('a:/:1:2:', 20000), repeated('a:/:1:2:', 80000));
    assertLinearTime('scim objects', work, repeated('"addresses": [{', 20000), repeated('"addresses": [{', 80000));
    assertLinearTime(
      'office lines',
      work,
      repeated('StreetAddress : x\n', 5000),
      repeated('StreetAddress : x\n', 20000),
    );
  });
});
