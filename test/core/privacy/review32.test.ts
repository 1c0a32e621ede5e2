import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { serviceNumber } from '../../../nodes/core/privacy/freephone-numbers.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe('review 32: attacks on the round-32 rules that drop findings', () => {
  describe('a mobile abroad written as bare digits is no US toll-free number', () => {
    for (const [text, value] of [
      ['Wei Zhang, Tel.: 18881234567', '18881234567'], // a Chinese mobile (188)
      ['Liu Fang, Tel.: 18551234567', '18551234567'], // (185)
      ['Name: Wei Zhang\nTelefon: 188-8123-4567', '188-8123-4567'], // grouped 3-4-4
      ['Priya Raman, Phone: 8881234567', '8881234567'], // an Indian mobile
    ])
      it(`keeps ${value}`, () => {
        assert.equal(serviceNumber(value), false);
        flagged(text, 'PHONE_NUMBER', value);
      });
    for (const value of ['1-800-555-0142', '(888) 555-0142', '1 877 555 0142', '866.555.0142', '+1 800 555 0142'])
      it(`still reads ${value} as toll-free`, () => assert.equal(serviceNumber(value), true));
    it('still drops a toll-free number in a named row', () => {
      unflagged('Kofi Mensah | Claims | 1-800-555-0142', 'PHONE_NUMBER', '555-0142');
    });
  });

  describe('a German number with a five-digit 084xx/081x/082xx area code, written unseparated', () => {
    for (const value of ['0820212345', '0840212345', '0842412345'])
      it(`keeps ${value}`, () => {
        assert.equal(serviceNumber(value), false);
        flagged(`Ansprechpartner: Malte Eibisch, Tel. ${value}`, 'PHONE_NUMBER', value);
      });
    for (const value of ['0848 123 456', '0840 212 345', '0810 212345', '0820/123 456'])
      it(`still reads ${value} as a Swiss/Austrian service number`, () => assert.equal(serviceNumber(value), true));
  });

  it('keeps a service number given as a person\'s "Durchwahl" (direct line)', () => {
    flagged('Malte Eibisch, Durchwahl: 0180 5 123456', 'PHONE_NUMBER', '0180 5 123456');
    flagged('Questions? Direct dial 0800 123 4567 (Malte)', 'PHONE_NUMBER', '0800 123 4567');
    unflagged('Hotline der Stadtwerke: 0180 5 123456', 'PHONE_NUMBER', '0180 5 123456');
  });

  describe("a mailbox whose local part is a person's surname in the text, also a function word", () => {
    for (const [text, address] of [
      ['Ihr Ansprechpartner: Tobias Zoll, zoll@hafenlogistik-nord.de', 'zoll@hafenlogistik-nord.de'],
      ['Ansprechpartnerin ist Frau Petra Kredit, erreichbar unter kredit@stadtsparkasse-nord.de.', 'kredit@'],
      ['Bei Fragen: Frau Ilka Hausmeister (hausmeister@wohnbau-ost.de)', 'hausmeister@wohnbau-ost.de'],
    ])
      it(`keeps ${address}`, () => flagged(text, 'EMAIL_ADDRESS', address));
    it('still drops a role mailbox under its own display name in capitals', () => {
      unflagged('To: KREDIT <kredit@stadtsparkasse-nord.de>\nSubject: Antrag', 'EMAIL_ADDRESS', 'kredit@');
      unflagged('Ask the KREDIT Officer at kredit@stadtsparkasse-nord.de', 'EMAIL_ADDRESS', 'kredit@');
    });
    it('still drops the role mailbox beside an unrelated person', () => {
      unflagged('Frau Petra Lindqvist, bitte wenden Sie sich an zoll@hafenlogistik-nord.de.', 'EMAIL_ADDRESS', 'zoll@');
    });
  });

  describe("a person named like a maker's model", () => {
    for (const [text, name] of [
      ['Dear Sage Mbeki-Odhiambo,', 'Sage Mbeki-Odhiambo'],
      ['Kunde: Ford Smith-Quaye', 'Ford Smith-Quaye'],
      ['Mrs Sage Okafor-Lindqvist called about her claim.', 'Sage Okafor-Lindqvist'],
      ['Sehr geehrte Frau Vorwerk Quillfeather,', 'Vorwerk Quillfeather'],
      ['Hi Sage Quillfeather,', 'Sage Quillfeather'],
    ])
      it(`keeps ${name}`, () => has(personSpans(text), name));
    it('still drops models, clubs and a salutation to a club', () => {
      const models = personSpans('I bought a Ford Fiesta, a Miele Triflex and a Land Rover Defender.');
      for (const word of ['Fiesta', 'Triflex', 'Defender']) hasNone(models, word);
      hasNone(personSpans('Dear Aston Villa fans, thanks for coming.'), 'Villa');
      hasNone(personSpans('Our Miele Triflex and a Ford F-150.'), 'Triflex');
    });
  });

  it('reads a long contact page in linear time', () => {
    const line = (i: number) =>
      `Tobias Zoll${i % 7}, zoll@hafen${i}.de, Tel. 18881234567, 0820212345, 0800 123 4567, 1-800-555-0142\n`;
    const text = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('');
    assertLinearTime('review 32 contacts', (t) => scanner.scan(t), text(300), text(1200));
  });
});
