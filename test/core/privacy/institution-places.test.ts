import assert from 'node:assert/strict';
import { institutionPlaceWords } from '../../../nodes/core/privacy/institution-places.js';
import { functionWordMailbox } from '../../../nodes/core/privacy/role-mailboxes.js';
import { flagged, unflagged } from '../../support/type-findings.js';

describe('privacy round 46: prisons’ and services’ own contacts, accounts and networks', () => {
  describe('a prison’s place is no person', () => {
    it('reads the place after an institution word or before "Prison"', () => {
      assert.deepEqual(
        [...institutionPlaceWords('Besuch in der JVA Kaisheim; später HMP Belmarsh und Wheatfield Prison.')].sort(),
        ['belmarsh', 'kaisheim', 'wheatfield'],
      );
    });
    it('not before a post ("Smith Prison Officer") nor after "Prison" alone', () => {
      assert.equal(institutionPlaceWords('Author: Dana Smith Prison Officer; the Prison Rules').size, 0);
    });
    it('drops "JVA Kaisheim" as a name, keeps the visitor named on the line', () => {
      const text = 'Willkommen in der JVA Kaisheim. Ihr Besuch bei Herrn Anton Quellwitz ist bestätigt.';
      unflagged(text, 'PERSON', 'Kaisheim');
      flagged(text, 'PERSON', 'Quellwitz');
    });
  });

  describe('a mailbox whose local part is a prison’s or a service’s function', () => {
    for (const address of [
      'besuch@jva-kaisheim.example',
      'zahlstelle@jva-kaisheim.example',
      'opferschutz@justizvollzug.example',
      'visits@hmp-belmarsh.example',
      'ems.alerts@tagwatch.example',
      'info@familiesahead.example',
    ])
      it(`${address} is the institution's`, () => assert.ok(functionWordMailbox(address)));
    for (const address of ['jana.okafor@justice.example', 'besuch.anna@jva-kaisheim.example', 'info@familieschmidt.de'])
      it(`${address} stays a person's`, () => assert.ok(!functionWordMailbox(address)));
    it('a function word beside the prison named in the text ("socialvisits.belmarsh@") is the prison’s desk', () => {
      const text = 'HMP Belmarsh video visit\nQueries to socialvisits.belmarsh@justice.example, 020 8331 4000.';
      unflagged(text, 'EMAIL_ADDRESS', 'socialvisits.belmarsh@');
      unflagged(text, 'PHONE_NUMBER', '020 8331 4000');
    });
    it('but no place alone, and no given name beside it', () => {
      assert.ok(!functionWordMailbox('belmarsh@justice.example', undefined, undefined, new Set(['belmarsh'])));
      assert.ok(!functionWordMailbox('jana.belmarsh@justice.example', undefined, undefined, new Set(['belmarsh'])));
      flagged('HMP Belmarsh\nFrom: jana.okafor@justice.example', 'EMAIL_ADDRESS', 'jana.okafor@');
    });
    it('a visitor’s own mailbox and mobile in the same message stay found', () => {
      const text = 'From: visits@hmp-belmarsh.example\nTo: oyelaran.bisi@outlook.com\nCall me on 07958 221904.';
      unflagged(text, 'EMAIL_ADDRESS', 'visits@');
      flagged(text, 'EMAIL_ADDRESS', 'oyelaran.bisi@');
      flagged(text, 'PHONE_NUMBER', '07958 221904');
    });
  });

  describe('the institution’s account in a message naming no person', () => {
    it('"payments to" after its role mailbox is the institution’s account', () => {
      unflagged(
        'Book visits on 020 8331 4000 or visits@hmp-belmarsh.example, payments to GB33 BUKB 2020 1555 5555 55.',
        'IBAN_CODE',
        'GB33',
      );
      unflagged(
        'Besuche buchen unter besuch@jva-kaisheim.example, Überweisungen an DE89 3704 0044 0532 0130 00.',
        'IBAN_CODE',
        'DE89',
      );
    });
    it('in a letter naming a person the account stays', () => {
      flagged(
        'Dear Mrs Okafor, book visits on visits@hmp-belmarsh.example, payments to GB33 BUKB 2020 1555 5555 55.',
        'IBAN_CODE',
        'GB33',
      );
    });
    it('without a role mailbox before it the account stays', () => {
      flagged('Payments to GB33 BUKB 2020 1555 5555 55.', 'IBAN_CODE', 'GB33');
    });
  });

  describe('an institution’s private network', () => {
    for (const text of [
      'NOTE visitor client 91.127.151.166, prison network 10.37.9.100',
      'NOTE Besucher-Client 91.196.154.85, Anstaltsnetz 10.37.7.195',
      'Server intern 10.42.7.20, Raum 3.',
    ])
      it(`${text}: the private address is the institution's, the public client stays`, () => {
        unflagged(text, 'IP_ADDRESS', text.match(/10\.\d+\.\d+\.\d+/)![0]);
        const client = text.match(/(?:91|85)\.\d+\.\d+\.\d+/);
        if (client) flagged(text, 'IP_ADDRESS', client[0]);
      });
    it('a public address after the label, or a home network, stays', () => {
      flagged('prison network 91.127.151.166', 'IP_ADDRESS', '91.127.151.166');
      flagged('my home 10.0.0.7 and her laptop 10.0.0.8', 'IP_ADDRESS', '10.0.0.7');
    });
  });

  describe('switchboards and service lines', () => {
    it('a "-0" number its line calls the Zentrale, under a line naming a person', () => {
      unflagged(
        'Rückruf an Herrn Quellwitz erfolgt.\nDie Zentrale ist rund um die Uhr unter 06101 5443-0 erreichbar.',
        'PHONE_NUMBER',
        '5443-0',
      );
    });
    it('"(firm switchboard)" after a landline', () => {
      unflagged('3. Legal: Brackley & Partners 0113 496 2000 (firm switchboard)', 'PHONE_NUMBER', '0113 496 2000');
    });
    it('a number after "Otherwise" stays (a round landline too: "Phone: +44 113 496 0000" is labelled a person\'s)', () => {
      flagged('I can reach you at 4 Mill Lane? Otherwise 0161 496 3000.', 'PHONE_NUMBER', '0161 496 3000');
      flagged('I can reach you at 4 Mill Lane? Otherwise 07958 221904.', 'PHONE_NUMBER', '07958 221904');
      flagged('I can reach you at 4 Mill Lane? Otherwise 0161 496 3127.', 'PHONE_NUMBER', '0161 496 3127');
      flagged('Call me on my home line 0161 496 3000.', 'PHONE_NUMBER', '0161 496 3000');
    });
    it('a North American number in brackets with a blank is a phone number', () => {
      flagged("her number's (306) 955 2210.", 'PHONE_NUMBER', '(306) 955 2210');
    });
  });
});
