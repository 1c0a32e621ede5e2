import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { functionWordMailbox, roleDisplayName } from '../../../nodes/core/privacy/role-mailboxes.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

describe('privacy, round 34: organisations’ own contacts in plain text', () => {
  describe('a mailbox made of ordinary words is a role mailbox (role-mailboxes.ts wordMailbox)', () => {
    for (const address of [
      'chartering@tidewell-shipping.example',
      'moorings@quayfield-docks.example',
      'voyages@saltmere-lines.example',
      'visitor.services@saltmere-lines.example',
      'lighthousekeeper@coastal-lights.example',
      'kvr.chartering@saltmere-lines.example',
      'deck.dept@tidewell-shipping.example',
    ])
      it(`${address} is an organisation's`, () => assert.ok(functionWordMailbox(address)));
    for (const [address, why] of [
      ['rosalind@quayfield-docks.example', 'a given name'],
      ['r.quenby@quayfield-docks.example', 'an initial and a surname'],
      ['quenby@quayfield-docks.example', 'a surname'],
      ['moorings@gmx.de', 'a free-mail provider'],
      ['voyages2@saltmere-lines.example', 'a digit'],
      ['klarmop@saltmere-lines.example', 'no word of four letters and more each'],
      ['kvr@saltmere-lines.example', 'an abbreviation alone (initials)'],
      ['harbour.manager@saltmere-lines.example', "ordinary words without a function word: one person's post"],
    ])
      it(`${address} stays (${why})`, () => assert.ok(!functionWordMailbox(address)));

    it('drops the word mailbox and the landline beside it, keeps a named person’s', () => {
      const text =
        'Questions about the roster: chartering@tidewell-shipping.example, 01223 496 073.\n' +
        'Regards, Rosalind Quenby, rquenby@tidewell-shipping.example';
      unflagged(text, 'EMAIL_ADDRESS', 'chartering@');
      unflagged(text, 'PHONE_NUMBER', '01223 496 073');
      flagged(text, 'EMAIL_ADDRESS', 'rquenby@');
    });

    it('a word mailbox holding a name of the text written as one is that person’s', () => {
      const text = 'Test lead: Wen Tidemoor (wentidemoor@quayfield-docks.example).';
      flagged(text, 'EMAIL_ADDRESS', 'wentidemoor@');
    });
  });

  describe('switchboards written with a blank before the final 0 (switchboard-numbers.ts)', () => {
    it('drops "0421 8830 0" after an organisation’s unit, and "+49 421 8830 0"', () => {
      unflagged('Anmeldung über die Schleusenzentrale, Tel. 0421 8830 0.', 'PHONE_NUMBER', '0421 8830 0');
      unflagged('Kontakt: Dienststelle Nord, +49 421 8830 0.', 'PHONE_NUMBER', '8830 0');
      unflagged('Hafenbüro: 04352 7714 0', 'PHONE_NUMBER', '04352 7714 0');
    });
    it('keeps the blank form where no organisation is named before it, or a person stands by it', () => {
      flagged('Rufen Sie mich bitte an: 0421 8830 0.', 'PHONE_NUMBER', '0421 8830 0');
      flagged('Fragen? 0421 8830 0', 'PHONE_NUMBER', '0421 8830 0');
      flagged('Hafenbüro Gundolf Brettschneider: 04352 7714 0', 'PHONE_NUMBER', '04352 7714 0');
    });
    it('a "Zentrale" after the writer’s own "Durchwahl" is the firm’s; the Durchwahl stays', () => {
      const text = 'Gruß\nGundolf Brettschneider\nDisponent · Durchwahl 0421 8830 215 · Zentrale 0421 8830 0';
      flagged(text, 'PHONE_NUMBER', '0421 8830 215');
      unflagged(text, 'PHONE_NUMBER', '8830 0');
    });
  });

  describe('unit lines and mailboxes named by the unit (unit-contacts.ts)', () => {
    it('drops a unit’s line after its label', () => {
      unflagged('Quayfield moorings office: +44 1502 614 280', 'PHONE_NUMBER', '614 280');
      unflagged('Loodsdienst planning: +31 20 511 0730', 'PHONE_NUMBER', '511 0730');
      unflagged('Reederei-Notfallnummer (24 h): +49 40 7712 4410', 'PHONE_NUMBER', '7712 4410');
      unflagged('Tidewell Shipping Ltd, 24/7 emergency line +44 20 7946 0318', 'PHONE_NUMBER', '7946 0318');
      unflagged('Seen by Dr Orla Venning, Harbour Health Clinic, clinic line 01223 300 412', 'PHONE_NUMBER', '300 412');
      unflagged('Untersuchung: Hafenpraxis Tarmstedt, Tel. 0421 9090 512', 'PHONE_NUMBER', '9090 512');
    });
    it('drops a nameless mailbox after a unit and the landline beside it', () => {
      const text = 'Kontakt: Dienststelle Schleusenbetrieb, skb@schleusen-nord.example, 0421 4471 220.';
      unflagged(text, 'EMAIL_ADDRESS', 'skb@');
      unflagged(text, 'PHONE_NUMBER', '4471 220');
    });
    it('keeps a person’s own line and mailbox beside a unit word', () => {
      flagged('Orla Venning, Tel. 0421 9090 512', 'PHONE_NUMBER', '9090 512');
      flagged('Quayfield moorings office, direct line +44 1502 614 281', 'PHONE_NUMBER', '614 281');
      flagged('Home office: +44 1502 614 282', 'PHONE_NUMBER', '614 282');
      flagged('RSVP line +44 7700 900 412', 'PHONE_NUMBER', '900 412');
      flagged('Notfallnummer: 0421 5518 204', 'PHONE_NUMBER', '5518 204');
      flagged("I rang the claimant's office (01223 496 077) twice.", 'PHONE_NUMBER', '496 077');
      flagged('Office: +44 1502 614 283', 'PHONE_NUMBER', '614 283');
      flagged('Dienststelle Nord, o.venning@wba-tarmstedt.example', 'EMAIL_ADDRESS', 'o.venning@');
      flagged('Dienststelle Nord, mobil 0171 4471 220', 'PHONE_NUMBER', '4471 220');
    });
    it('reads a long line in linear time', () => {
      const line = (n: number) => repeated('Marina office: +44 1502 614 280, moorings@quayfield-docks.example · ', n);
      assertLinearTime('unit lines', (t) => scanner.scan(t), line(1500), line(6000));
    });
  });

  describe('a header’s desk display name beside a role mailbox (role-display-names.ts)', () => {
    it('reads the name as a desk: no person, and the firm’s mailbox is no one-person business’s', () => {
      for (const to of ['=?UTF-8?Q?Abonnentenservice_Kreisbote?=', 'Abonnentenservice Kreisbote'])
        for (const text of [
          `From: "Orla Venning" <o.venning@web.de>\nTo: ${to} <service@kreisbote-verlag.example>\n`,
        ]) {
          unflagged(text, 'PERSON', 'Kreisbote');
          unflagged(text, 'EMAIL_ADDRESS', 'service@kreisbote');
          flagged(text, 'PERSON', 'Orla Venning');
        }
    });
    it('keeps an encoded person’s name and a name beside a desk word', () => {
      flagged('To: =?UTF-8?Q?Gundolf_Brettschneider?= <service@kreisbote-verlag.example>\n', 'PERSON', 'Gundolf');
      assert.ok(!roleDisplayName('Kundenservice Rosalind', 'service@kreisbote-verlag.example'));
      assert.ok(!roleDisplayName('Abonnentenservice Kreisbote', 'rosalind@kreisbote-verlag.example'));
      assert.ok(roleDisplayName('Prairie Ferry Help Desk', 'care@prairieferry.example'));
    });
  });

  describe('an MP’s or a party’s office address (organisation-labels.ts)', () => {
    it('drops the address after "Wahlkreisbüro", "Constituency Office", "Abgeordnetenbüro"', () => {
      unflagged(
        'Wahlkreisbüro Tarmstedt-Süd · Lindenhof 9 · 27412 Tarmstedt · Zentrale',
        'POSTAL_ADDRESS',
        'Lindenhof',
      );
      unflagged(
        'An das Wahlkreisbüro Gundolf Brettschneider MdB\nMühlenstraße 21 · 27412 Tarmstedt\n',
        'POSTAL_ADDRESS',
        'Mühlenstraße',
      );
      unflagged('Arbeitgeber: Abgeordnetenbüro, Lindenhof 9, 27412 Tarmstedt', 'POSTAL_ADDRESS', 'Lindenhof');
      unflagged('Constituency Office, 14 Harbour Road, Lowestoft NR32 1BN', 'POSTAL_ADDRESS', 'Harbour Road');
    });
    it('keeps a home address', () => {
      flagged('Wohnanschrift: Lindenhof 9, 27412 Tarmstedt', 'POSTAL_ADDRESS', 'Lindenhof');
      flagged('Gundolf Brettschneider MdB, privat: Mühlenstraße 21, 27412 Tarmstedt', 'POSTAL_ADDRESS', 'Mühlenstraße');
    });
  });
});
