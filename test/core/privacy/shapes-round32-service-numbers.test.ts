import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { functionWordMailbox, personalDomain } from '../../../nodes/core/privacy/role-mailboxes.js';
import { serviceNumber } from '../../../nodes/core/privacy/freephone-numbers.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

describe('privacy shapes, round 32: service numbers, switchboards and more role mailboxes', () => {
  describe('freephone, shared-cost and premium numbers are an organisation’s lines', () => {
    for (const [line, number] of [
      ['Unsere Hotline 0800 414 7730 ist rund um die Uhr erreichbar.', '0800 414 7730'],
      ['Störungen melden Sie unter 01806 223 441 (20 ct/Anruf).', '01806 223 441'],
      ['If anything is wrong, call us at 1-800-555-0173 (Mon–Fri).', '1-800-555-0173'],
      ['For changes please call 0344 600 7721 between 9 and 5.', '0344 600 7721'],
      ['Booking line: 0330 088 5129, open daily.', '0330 088 5129'],
      ['Questions to our team on 1300 612 884.', '1300 612 884'],
      ['In an emergency call 112. Power outages: 1850 371 918.', '1850 371 918'],
      ['Aus dem Ausland: +49 800 414 7730.', '+49 800 414 7730'],
      ['From abroad: +44 800 029 4417.', '+44 800 029 4417'],
      ['Hotline Schweiz: 0848 112 233.', '0848 112 233'],
    ])
      it(`drops ${number}`, () => {
        assert.ok(serviceNumber(number), number);
        unflagged(line, 'PHONE_NUMBER', number);
      });

    it('keeps a German landline that shares a UK range’s digits (Halle 0345, Leipzig 0341)', () => {
      flagged('Frau Öztoprak erreichen Sie privat unter 0345 6617 204.', 'PHONE_NUMBER', '0345 6617 204');
      assert.equal(serviceNumber('0341 2298 417'), false);
      assert.equal(serviceNumber('08081 123456'), false);
      assert.equal(serviceNumber('0345 740 3303'), false);
      assert.equal(serviceNumber('+44 345 600 7721'), true);
      assert.equal(serviceNumber('0344 600 7721'), true);
    });
    it('keeps a service number the text gives as someone’s own', () =>
      flagged('Please ring me first on 866-604-1172, thanks.', 'PHONE_NUMBER', '866-604-1172'));
    it('drops one called free', () =>
      unflagged('Home safety visit offered – call 0800 0733 418 (free).', 'PHONE_NUMBER', '0800 0733 418'));
    it('keeps one after a word calling it the writer’s own, even one called free (privacy first)', () =>
      flagged('My number: 0800 0733 418 (free).', 'PHONE_NUMBER', '0800 0733 418'));
  });

  describe('a "-0" switchboard is the organisation’s', () => {
    it('drops a switchboard written with "-0"', () => {
      unflagged('Rückfragen beantwortet das Werksbüro unter 09546 551-0.', 'PHONE_NUMBER', '09546 551-0');
      unflagged('Tel. +49 171 5524017          Tel. 0862 4471-0\n', 'PHONE_NUMBER', '0862 4471-0');
      flagged('Tel. +49 171 5524017          Tel. 0862 4471-0\n', 'PHONE_NUMBER', '+49 171 5524017');
    });
    it('drops a labelled switchboard', () => {
      unflagged('Vertretung über die Hausverwaltung (Zentrale 0431 88 17 00).', 'PHONE_NUMBER', '0431 88 17 00');
      unflagged('Out of hours: site security 0161 496 0477 (switchboard).', 'PHONE_NUMBER', '0161 496 0477');
    });
    it('keeps one the text gives as a person’s', () => {
      flagged('Bitte um Rückruf unter 0862 4471-0, danke!', 'PHONE_NUMBER', '0862 4471-0');
      flagged('Meine Nummer im Büro: 0862 4471-0', 'PHONE_NUMBER', '0862 4471-0');
      flagged('Ansprechpartner: Jörg Wendelin-Kraus, 0862 4471-0', 'PHONE_NUMBER', '0862 4471-0');
      flagged('Tel. 0862 4471 30', 'PHONE_NUMBER', '0862 4471 30');
      // A one-person practice's letterhead: the name on the line above.
      flagged(
        'Tierarztpraxis Dr. Jördis Wallenkamp\nMarktstraße 9 · Tel. 0862 4471-0\n',
        'PHONE_NUMBER',
        '0862 4471-0',
      );
      // "called switchboard …" beside a person: the labelled sets read it as hers.
      flagged(
        '09:05 Mrs Adeyemi-Holt called switchboard 0113 496 0881 re her parcel.',
        'PHONE_NUMBER',
        '0113 496 0881',
      );
    });
  });

  describe('role mailboxes the function-word list missed', () => {
    for (const address of [
      'bereavement@larchmont-credit.org',
      'feedback@greenline-buses.co.uk',
      'mortgages@saltmarsh-bank.co.uk',
      'vermietung@wohnbau-elbtal.de',
      'leitstelle@sicherdienst-nord.de',
      'buergerbuero@stadt-ahlfeld.de',
      'pals@northmoor.nhs.uk',
      'imports@brackwater-freight.co.uk',
      'pruefungsamt@uni-kesselbach.de',
      'lektorat@kreisbote-verlag.de',
      'members-chat@lists.fellside-net.co.uk',
      'alumni-l@lists.uni-kesselbach.de',
      'rowing-announce@tsv-marschhafen.de',
    ])
      it(`reads ${address} as a role mailbox`, () => assert.ok(functionWordMailbox(address), address));
    it('drops one in a message header', () =>
      unflagged('To: <feedback@greenline-buses.co.uk>\nSubject: Driver on route 7', 'EMAIL_ADDRESS', 'feedback@'));
    for (const address of [
      'anna-chat@lists.fellside-net.co.uk',
      'jd-l@lists.uni-kesselbach.de',
      'feedback@ravenholt-partners.com',
      'karimpour.l@versicherung-nord.de',
    ])
      it(`keeps ${address}`, () => {
        if (address.includes('ravenholt')) flagged(`Ilse Ravenholt\nFragen: ${address}`, 'EMAIL_ADDRESS', address);
        else assert.equal(functionWordMailbox(address), false, address);
      });
  });

  describe('a sole trader’s domain written as one word stays personal', () => {
    for (const domain of [
      'mariaschmidt.de',
      'praxisweber.de',
      'drkovac.at',
      'jonasfotografie.de',
      'kanzleihoffmann.de',
    ])
      it(`${domain} is personal`, () => {
        assert.ok(personalDomain(domain), domain);
        flagged(`Kontakt: info@${domain}`, 'EMAIL_ADDRESS', `info@${domain}`);
      });
    for (const domain of ['lindenplatz-immobilien.de', 'savannahledger.com', 'weserland-versicherung.de'])
      it(`${domain} is no person's`, () => assert.equal(personalDomain(domain), false, domain));
  });

  it('reads long lines in linear time', () => {
    const line = (n: number) =>
      repeated('Hotline 0800 414 7730 · Zentrale 0862 4471-0 · feedback@lists.x-praxisweber.de · ', n);
    assertLinearTime('one line', (t) => scanner.scan(t), line(1500), line(6000));
  });
});
