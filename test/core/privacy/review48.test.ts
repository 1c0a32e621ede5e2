import { flagged } from '../../support/type-findings.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import assert from 'node:assert/strict';

/**
 * Review 48 (hostile): the doors round 48 opened (API payloads of a firm's dispatch software, the cleaning trade's
 * words, creditor accounts, owners' associations). Each case is a natural person's value put where a new rule
 * declared text a firm's or no one's; each must stay flagged.
 */
describe('review 48: API payloads, the cleaning trade, firms’ own contacts', () => {
  describe('payload firm keys: a person’s object above the value keeps it', () => {
    it('"office" line in a customer’s nested address object', () =>
      flagged(
        '{"data":{"booking":{"customer":{"fullName":"Jana Okafor","address":{"office":"0251 4839201"}}}}}',
        'PHONE_NUMBER',
        '0251 4839201',
      ));
    it('"support" line in a tenant’s nested object', () =>
      flagged('{"tenant":{"flat":"4","desk":{"support":"0251 4839201"}}}', 'PHONE_NUMBER', '0251 4839201'));
  });
  it('an inbound SMS log line: the sender is the customer replying', () =>
    flagged(
      '2026-01-03 INFO notify.sms direction=inbound to="+49251000000" from="+492514839201" body="reply"\n',
      'PHONE_NUMBER',
      '+492514839201',
    ));
  describe('catalogue record: a worker’s record with a staff code and rate', () => {
    it('a surname alone as the record’s name', () =>
      flagged('[{"name":"Okafor","code":"C-1","rate":"25"}]', 'PERSON', 'Okafor'));
    it('a surname with unit and rate', () =>
      flagged('[{"name":"Kowalczyk","code":"C-1","unit":"h","rate":"25"}]', 'PERSON', 'Kowalczyk'));
  });
  describe('"issued by" a person whose name is a state’s', () => {
    it('Jordan issuing an invoice', () => flagged('Invoice issued by Jordan, our apprentice.', 'PERSON', 'Jordan'));
    it('Chad issuing a ticket', () => flagged('Ticket issued by Chad.', 'PERSON', 'Chad'));
  });
  describe('creditor account of a private loan', () => {
    it('the holder named right after the IBAN', () =>
      flagged(
        'Darlehen unter Freunden: Gläubiger-Konto DE89 3704 0044 0532 0130 00 (Jana Okafor)',
        'IBAN_CODE',
        'DE89 3704 0044 0532 0130 00',
      ));
    it('a private loan above', () =>
      flagged(
        'Privater Kredit. Jana Okafor leiht Tom Berg 2000 EUR.\nGläubiger-Konto: DE89 3704 0044 0532 0130 00',
        'IBAN_CODE',
        'DE89 3704 0044 0532 0130 00',
      ));
  });
  it('WEG address with a flat and its occupant on the line below', () =>
    flagged('Objekt: WEG Hammer Straße 112–118\nWohnung 4: Jana Okafor', 'POSTAL_ADDRESS', 'Hammer Straße 112–118'));
  describe('a person with a shortened surname read as a street', () => {
    it('"Name: Maria St"', () => flagged('Name: Maria St', 'PERSON', 'Maria'));
    it('"Cleaner on shift: Jana St"', () => flagged('Cleaner on shift: Jana St', 'PERSON', 'Jana'));
  });
  describe('a company object named after a person, no legal form: its contacts and its name stay flagged', () => {
    const payload =
      '{"data":{"job":{"ref":"JOB-1","company":{"name":"Jana Okafor Services","phone":"0251 4839201","email":"info@okafor-services.example"}}}}';
    it('the phone', () => flagged(payload, 'PHONE_NUMBER', '0251 4839201'));
    it('the owner’s name', () => flagged(payload, 'PERSON', 'Jana Okafor'));
  });
  describe('linear time on adversarial payloads', () => {
    const scanner = new PrivacyScanner();
    const timed = (text: string) => {
      const t0 = Date.now();
      scanner.scan(text);
      return Date.now() - t0;
    };
    it('deep nesting with many firm-keyed values', () => {
      const one = '{"a":'.repeat(60) + '{"office":"0251 4839201"}' + '}'.repeat(60);
      const small = timed(one.repeat(20));
      const big = timed(one.repeat(80));
      assert.ok(big < small * 12 + 2000, `${small} ms vs ${big} ms`);
    });
    it('many values without braces', () => {
      const line = 'office: "0251 4839201" from="+492514839201" # Rückfragen: 0251 4839201\n';
      const small = timed(line.repeat(100));
      const big = timed(line.repeat(400));
      assert.ok(big < small * 12 + 2000, `${small} ms vs ${big} ms`);
    });
  });
});
