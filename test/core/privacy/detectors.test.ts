import assert from 'node:assert/strict';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';

const scanner = new PrivacyScanner({ custom: [{ terms: ['Projekt Falke'], level: 'confidential' }] });
const types = (text: string): EntityType[] => scanner.scan(text).map((e) => e.type);
const found = (text: string) => scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]);

describe('privacy detectors (Presidio entity names)', () => {
  it('check digits: Steuer-ID, Rentenversicherungsnummer, ICAO documents, Luhn', () => {
    assert.equal(deTaxIdValid('86095742719'), true);
    assert.equal(deTaxIdValid('86095742718'), false, 'wrong check digit');
    assert.equal(deTaxIdValid('06095742719'), false, 'leading zero');
    assert.equal(deTaxIdValid('12345678901'), false, 'no repeated digit');
    assert.equal(deSocialSecurityValid('65 170839 J 003'), true);
    assert.equal(deSocialSecurityValid('65 170839 J 004'), false);
    assert.equal(deSocialSecurityValid('65 173839 J 003'), false, 'month 38 is no date');
    assert.equal(icaoCheckDigit('T22000129'), 3, 'the public sample ID card T220001293');
    assert.equal(icaoCheckDigit('C01X00T47'), 8, 'the public sample passport C01X00T478');
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4111111111111112'), false);
  });

  it('finds each type with valid data, with exact offsets', () => {
    assert.deepEqual(found('Schreiben Sie an max.mustermann@example.de bitte.'), [
      ['EMAIL_ADDRESS', 'max.mustermann@example.de'],
    ]);
    assert.deepEqual(found('Tel.: +49 30 901820'), [['PHONE_NUMBER', '+49 30 901820']]);
    assert.deepEqual(found('Mobil 0151 23456789'), [['PHONE_NUMBER', '0151 23456789']]);
    assert.deepEqual(found('IBAN: DE89 3704 0044 0532 0130 00'), [['IBAN_CODE', 'DE89 3704 0044 0532 0130 00']]);
    assert.deepEqual(found('Karte 4111 1111 1111 1111 gesperrt'), [['CREDIT_CARD', '4111 1111 1111 1111']]);
    assert.deepEqual(found('Login von 203.0.113.7 und 2001:db8::8a2e:370:7334'), [
      ['IP_ADDRESS', '203.0.113.7'],
      ['IP_ADDRESS', '2001:db8::8a2e:370:7334'],
    ]);
    assert.deepEqual(found('Steuer-ID 86 095 742 719'), [['DE_TAX_ID', '86 095 742 719']]);
    assert.deepEqual(found('SV-Nummer 65 170839 J 003'), [['DE_SOCIAL_SECURITY', '65 170839 J 003']]);
    assert.deepEqual(found('Personalausweis T220001293'), [['DE_ID_CARD', 'T220001293']]);
    assert.deepEqual(found('Reisepass C01X00T478'), [['DE_PASSPORT', 'C01X00T478']]);
    assert.deepEqual(found('geboren am 03.04.1985 in Köln'), [['DATE_OF_BIRTH', '03.04.1985']]);
    assert.deepEqual(found('Date of birth: March 3, 1985.'), [['DATE_OF_BIRTH', 'March 3, 1985']]);
    assert.deepEqual(found('Sehr geehrte Frau Schneider-Weber, danke.'), [['PERSON', 'Schneider-Weber']]);
    assert.deepEqual(found('Meeting with Sarah Connor tomorrow'), [['PERSON', 'Sarah Connor']]);
    assert.deepEqual(found('VERTRAULICH: Zahlen für Projekt Falke'), [
      ['CONFIDENTIALITY_MARKING', 'VERTRAULICH'],
      ['CUSTOM_TERM', 'Projekt Falke'],
    ]);
  });

  it('drops candidates whose checksum fails', () => {
    assert.deepEqual(types('IBAN DE89 3704 0044 0532 0130 01'), []);
    assert.deepEqual(types('Karte 4111 1111 1111 1112'), []);
    assert.deepEqual(types('Steuer-ID 86 095 742 718'), []);
    assert.deepEqual(types('SV-Nummer 65 170839 J 004'), []);
    assert.deepEqual(types('Ausweis T220001294'), []);
    assert.deepEqual(types('Server 999.12.1.300 antwortet'), []);
  });

  it('leaves look-alikes alone: order numbers, versions, prices, postcodes, plain dates, sentence starts', () => {
    const harmless = [
      'Bestellnummer 4711-0815 wurde versandt.',
      'Order no. 20240315 shipped on 2024-03-15.',
      'Update auf Version 1.2.3.4 verfügbar.',
      'Der Preis beträgt 1.299,00 EUR, netto 1.091,60 EUR.',
      '10115 Berlin, 80331 München.',
      'Am 03.04.2024 ist Release.',
      'Rechnung Nr. 030 12345678 bitte zahlen.',
      'Heute Morgen kam der Bericht. Grüne Energie wächst.',
      'The quarterly report shows 12345678901 impressions.',
    ];
    for (const text of harmless) assert.deepEqual(types(text), [], text);
  });

  it('reads values written evasively, and the finding covers the whole original value', () => {
    assert.deepEqual(found('Ruf an: 0171\u200b2345678'), [['PHONE_NUMBER', '0171\u200b2345678']]);
    assert.deepEqual(found('Tel. \u2066017\u00ad1 234 5678\u2069.'), [
      ['PHONE_NUMBER', '\u2066017\u00ad1 234 5678\u2069'],
    ]);
    assert.deepEqual(found('IBAN DЕ89 3704 0044 0532 0130 00'), [['IBAN_CODE', 'DЕ89 3704 0044 0532 0130 00']]);
    assert.deepEqual(found('iban de89-3704-0044-0532-0130-00 bis morgen'), [
      ['IBAN_CODE', 'de89-3704-0044-0532-0130-00'],
    ]);
    assert.deepEqual(found('Karte ４１１１ １１１１ １１１１ １１１１'), [
      ['CREDIT_CARD', '４１１１ １１１１ １１１１ １１１１'],
    ]);
    assert.deepEqual(found('Karte 4111_1111_1111_1111'), [['CREDIT_CARD', '4111_1111_1111_1111']]);
    assert.deepEqual(found('Steuer-ID 86.095.742.719'), [['DE_TAX_ID', '86.095.742.719']]);
    assert.deepEqual(found('SV-Nummer 65/170839/J/003'), [['DE_SOCIAL_SECURITY', '65/170839/J/003']]);
    assert.deepEqual(found('Ausweis T22 000 129 3'), [['DE_ID_CARD', 'T22 000 129 3']]);
    assert.deepEqual(found('Login von ２０３.０.１１３.７'), [['IP_ADDRESS', '２０３.０.１１３.７']]);
    assert.deepEqual(found('geboren am 03 / 04 / 1985'), [['DATE_OF_BIRTH', '03 / 04 / 1985']]);
  });

  it('finds obfuscated and internationalised e-mail addresses, not prose with "at"', () => {
    for (const written of [
      'max dot muster at example dot de',
      'max.muster [at] example [dot] de',
      'max.muster(at)example.de',
      'max punkt muster ät example punkt de',
      'max.muster＠example.de',
      'jürgen@müller-bau.de',
      'juergen@xn--mller-bau-q9a.de',
    ])
      assert.deepEqual(found(`Schreib an ${written} bitte.`), [['EMAIL_ADDRESS', written]], written);
    assert.deepEqual(types('Visit us at example.com or meet at noon. Results at www.example.org.'), []);
  });

  it('finds names without cue words: known first name and surname, "Surname, Given name", sign-offs, thanks', () => {
    assert.deepEqual(found('Heute Jana Okafor zurückrufen.'), [['PERSON', 'Jana Okafor']]);
    assert.deepEqual(found('Okafor, Jana asked for it.'), [['PERSON', 'Okafor, Jana']]);
    assert.deepEqual(found('See you.\nThanks,\nChidi Okafor'), [['PERSON', 'Chidi Okafor']]);
    assert.deepEqual(found('Thanks, Jana, that helps.'), [['PERSON', 'Jana']]);
    assert.deepEqual(found('Ja\u200bna Oka\u200bfor called.'), [['PERSON', 'Ja\u200bna Oka\u200bfor']]);
    assert.deepEqual(
      types('Thanks, Support Team. Danke, Sie sind toll. Lemke, Hermann and Ernser. Berlin, Karl-Marx-Str. 5'),
      [],
    );
  });

  it('finds markings and custom terms written evasively', () => {
    assert.deepEqual(found('VERTRAU\u200bLICH: Zahlen'), [['CONFIDENTIALITY_MARKING', 'VERTRAU\u200bLICH']]);
    assert.deepEqual(found('ＶＥＲＴＲＡＵＬＩＣＨ'), [['CONFIDENTIALITY_MARKING', 'ＶＥＲＴＲＡＵＬＩＣＨ']]);
    assert.deepEqual(found('Сonfidential report'), [['CONFIDENTIALITY_MARKING', 'Сonfidential']]);
    assert.deepEqual(found('V E R T R A U L I C H'), [['CONFIDENTIALITY_MARKING', 'V E R T R A U L I C H']]);
    assert.deepEqual(found('Zahlen für Projekt\u00a0Fal\u200bke'), [['CUSTOM_TERM', 'Projekt\u00a0Fal\u200bke']]);
    assert.deepEqual(found('Zahlen für ＰＲＯＪＥＫＴ ＦＡＬＫＥ'), [['CUSTOM_TERM', 'ＰＲＯＪＥＫＴ ＦＡＬＫＥ']]);
  });
});
