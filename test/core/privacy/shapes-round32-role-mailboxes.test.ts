import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { functionWordMailbox } from '../../../nodes/core/privacy/role-mailboxes.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

describe('privacy shapes, round 32: organisations’ role mailboxes and their contact lines', () => {
  describe('a role mailbox is read from its function words', () => {
    for (const address of [
      'info@quarzwerk-logistik.de',
      'kundenservice@brisenfeld-energie.de',
      'qs-reklamation@walzteile-nord.de',
      'hardship@tallowpay.com.au',
      'chargebacks@ferncrest-acquiring.co.uk',
      'presse@stadtwerke-oberlind.de',
      'klantenservice@dijkstroom.nl',
      'reservas@hotelmiramarino.es',
      'assistenza@ferrovie-collina.it',
      'biuro@przewozy-wisla.pl',
      'kundeservice@fjordtrafik.dk',
      'no-reply@parkhaus-sued.de',
      'hr.payroll@grauwerk.com',
      'deathclaims@northvale-assurance.com',
    ])
      it(`${address} is an organisation's`, () => assert.ok(functionWordMailbox(address)));
    for (const [address, why] of [
      ['info@gmx.de', 'a free-mail provider'],
      ['service@outlook.com', 'a free-mail provider'],
      ['anna.service@quarzwerk-logistik.de', 'a given name'],
      ['jd@quarzwerk-logistik.de', 'initials'],
      ['mk2@quarzwerk-logistik.de', 'initials and a digit'],
      ['info2@quarzwerk-logistik.de', 'a digit'],
      ['info@anna-schmidt.de', 'a given name in the domain'],
      ['kontakt@praxis-dr-weber.de', "a doctor's name in the domain"],
      ['annaservice@quarzwerk-logistik.de', 'a compound of a name'],
      ['claims@lindquist-assurance.com', 'a surname in the domain'],
      ['info@ q.de', 'no plain address'],
    ])
      it(`${address} stays (${why})`, () => assert.ok(!functionWordMailbox(address)));
  });

  describe('the scanner drops an organisation’s role mailbox', () => {
    it('drops role mailboxes of several languages in running text', () => {
      const text =
        'Bitte wenden Sie sich an kundenservice@brisenfeld-energie.de.\n' +
        'Please send the form to hardship@tallowpay.com.au.\n' +
        'Neem contact op met klantenservice@dijkstroom.nl.\n';
      unflagged(text, 'EMAIL_ADDRESS', 'kundenservice@');
      unflagged(text, 'EMAIL_ADDRESS', 'hardship@');
      unflagged(text, 'EMAIL_ADDRESS', 'klantenservice@');
    });
    it('keeps the look-alikes: free-mail, names, initials, digits', () => {
      const text =
        'Bitte wenden Sie sich an info@gmx.de oder an jd@brisenfeld-energie.de.\n' +
        'Rückfragen an marlene.quast@brisenfeld-energie.de oder service7@brisenfeld-energie.de.\n';
      for (const v of ['info@gmx.de', 'jd@', 'marlene.quast@', 'service7@']) flagged(text, 'EMAIL_ADDRESS', v);
    });
    it("keeps a sole trader's mailbox on a domain of the owner's name found in the text", () => {
      const text = 'Ihre Steuerberaterin Wiebke Trostmann\nFragen bitte an kanzlei@trostmann-stb.de.\n';
      flagged(text, 'EMAIL_ADDRESS', 'kanzlei@trostmann-stb.de');
      // Her name with an umlaut, as the domain spells it.
      const umlaut = 'Inhaber: Jörg Kühnemöller\nBestellungen an info@kuehnemoeller-moebel.de\n';
      flagged(umlaut, 'EMAIL_ADDRESS', 'info@kuehnemoeller-moebel.de');
    });
    it('keeps an obfuscated mailbox: its writer hides it', () => {
      flagged('Post: info (at) quarzwerk-logistik.de', 'EMAIL_ADDRESS', 'info');
      flagged('Post: info[at]quarzwerk-logistik.de', 'EMAIL_ADDRESS', 'info');
    });
    it('keeps a mailbox the line calls someone’s own', () => {
      flagged('Meine private Adresse: info@wollwerkstatt-hain.de', 'EMAIL_ADDRESS', 'info@wollwerkstatt-hain.de');
      flagged('Write to my mailbox: office@tenterfield-loft.com', 'EMAIL_ADDRESS', 'office@tenterfield-loft.com');
    });
  });

  describe("the organisation's contact line", () => {
    it('drops the phone beside a role mailbox and the account before it', () => {
      const text =
        'Kontakt: disputes@ferncrest-acquiring.de, +49 69 5512 8800\n' +
        'Queries: hardship@tallowpay.com.au / 1300 618 447\n' +
        'Settlement account GB33 BUKB 2020 1555 5555 55 (BUKBGB22). Contact: chargebacks@ferncrest-acquiring.co.uk\n';
      unflagged(text, 'PHONE_NUMBER', '+49 69 5512 8800');
      unflagged(text, 'PHONE_NUMBER', '1300 618 447');
      unflagged(text, 'IBAN_CODE', 'GB33');
    });
    it('keeps the phone when a person is on the line', () => {
      const text = 'Kontakt: Frau Leontine Gräbert, disputes@ferncrest-acquiring.de, +49 69 5512 8841\n';
      flagged(text, 'PHONE_NUMBER', '+49 69 5512 8841');
    });
    it('keeps the phone when a person is named on the line above (a contact card)', () => {
      const text =
        'Press contact: Odile Varnhagen, Head of Communications\n+44 161 496 0731 · press@ferncrest-acquiring.co.uk\n';
      flagged(text, 'PHONE_NUMBER', '+44 161 496 0731');
      unflagged(text, 'EMAIL_ADDRESS', 'press@');
    });
    it('keeps a mobile beside a role mailbox', () => {
      const text =
        'Kontakt: service@quarzwerk-logistik.de, 0171 5523817\nContact: office@tenterfield-loft.com / 07700 900417\n';
      flagged(text, 'PHONE_NUMBER', '0171 5523817');
      flagged(text, 'PHONE_NUMBER', '07700 900417');
    });
    it('keeps a direct line and a phone not beside the mailbox', () => {
      const text =
        'Kontakt: service@quarzwerk-logistik.de, Durchwahl 0511 4477 213\n' +
        'Rückruf unter 0511 4477 290, wir haben Ihre Nachricht an service@quarzwerk-logistik.de erhalten.\n';
      flagged(text, 'PHONE_NUMBER', '0511 4477 213');
      flagged(text, 'PHONE_NUMBER', '0511 4477 290');
    });
    it("keeps the phone beside a person's mailbox", () => {
      const text = 'Kontakt: marlene.quast@brisenfeld-energie.de, 0511 4477 213\n';
      flagged(text, 'PHONE_NUMBER', '0511 4477 213');
    });
  });

  describe('a freephone number its text calls free', () => {
    it('drops it; a number called free that is no freephone stays', () => {
      const text =
        'Pannenhilfe rund um die Uhr: 0800 4 118 118 (kostenlos).\n' +
        'Roadside help: 0800 4 118 119 (free).\n' +
        'US customers: 1-888-555-0178 (toll-free)\n' +
        'Ruf mich an: 0171 5523817 (kostenlos)\n' +
        'Unsere Hotline 0800 4 118 120 ist kostenlos.\n';
      unflagged(text, 'PHONE_NUMBER', '0800 4 118 118');
      unflagged(text, 'PHONE_NUMBER', '0800 4 118 119');
      unflagged(text, 'PHONE_NUMBER', '888-555-0178');
      flagged(text, 'PHONE_NUMBER', '0171 5523817');
      // Since r32e a freephone is dropped without the bracketed word too (freephone-numbers.ts).
      unflagged(text, 'PHONE_NUMBER', '0800 4 118 120');
    });
  });

  describe('the router', () => {
    const guard = new PrivacyGuard();
    it("sends a text with only a firm's role mailbox and switchboard to the cloud", () => {
      const text = 'Wie kündige ich meinen Stromvertrag? Kontakt: kundenservice@brisenfeld-energie.de, 0511 4477 0';
      assert.equal(guard.decide({ question: text }).route, 'cloud');
    });
    it("keeps it local when a person's mailbox stands in the same text", () => {
      const text =
        'Wie kündige ich meinen Stromvertrag? Kontakt: kundenservice@brisenfeld-energie.de, 0511 4477 0\n' +
        'Antwort bitte an marlene.quast@brisenfeld-energie.de';
      assert.equal(guard.decide({ question: text }).route, 'local');
    });
  });

  it('reads long contact lines in linear time', () => {
    const line = (n: number) => repeated('Kontakt: info@quarzwerk-logistik.de, 0511 4477 0 · ', n);
    assertLinearTime('one line', (t) => scanner.scan(t), line(1500), line(6000));
  });
});
