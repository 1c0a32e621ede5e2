import assert from 'node:assert/strict';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';

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
      types('Thanks, Support Team. Danke, Sie sind toll. Lemke, Hermann and Ernser. Berlin, 3. März'),
      [],
    );
    // A street named after someone is an address, not a person.
    assert.deepEqual(types('Berlin, Karl-Marx-Str. 5'), ['POSTAL_ADDRESS']);
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

/** The PERSON findings' texts. */
const people = (text: string) => found(text).flatMap(([type, value]) => (type === 'PERSON' ? [value] : []));

describe('privacy detectors on business document shapes (issue 9)', () => {
  it('names in sign-offs after a closing line, not a team or a council signing', () => {
    assert.deepEqual(people('Anbei das Protokoll.\n\nViele Grüße\nJana'), ['Jana']);
    assert.deepEqual(people('See the draft.\n\nBest,\nTom Okafor'), ['Tom Okafor']);
    assert.deepEqual(people('Bis Freitag bitte.\n\nMit freundlichen Grüßen\n\nAyşe Yılmaz\nEinkauf'), ['Ayşe Yılmaz']);
    assert.deepEqual(people('Thanks.\n\nKind regards,\nSiobhan | Accounts Payable'), ['Siobhan']);
    assert.deepEqual(people('Danke.\n\nBeste Grüße\ni.A. Reza Hosseini'), ['Reza Hosseini']);
    assert.deepEqual(people('Passt.\n\n> Bitte prüfen.\n>\n> Viele Grüße\n> Kasia Nowak'), ['Kasia Nowak']);
    assert.deepEqual(people('Der Termin entfällt.\n\nViele Grüße\nIhr Betriebsrat'), []);
    assert.deepEqual(people('Agenda below.\n\nBest regards\nThe Facilities Team'), []);
  });

  it('chat speakers before or after a time, not a log line with a time', () => {
    assert.deepEqual(people('[09:12] Jana: check 8812?\n[09:13] Minh Tran: on it'), ['Jana', 'Minh Tran']);
    assert.deepEqual(people('Mehmet Demir 10:02\nServer erreichbar?\nLukas 10:04\nJa.'), ['Mehmet Demir', 'Lukas']);
    assert.deepEqual(people('03/03/2025, 14:05 - Chinonso Eze: running late'), ['Chinonso Eze']);
    assert.deepEqual(people('Zeynep: Wer übernimmt?\nPaweł: Ich.'), ['Zeynep', 'Paweł']);
    assert.deepEqual(people('Backup 09:12 finished\nStatus: OK\n[09:14] Deploy started'), []);
    assert.deepEqual(people('Kenji: can you check the build?'), ['Kenji']);
    assert.deepEqual(people('IBAN: DE89 3704 0044 0532 0130 00'), []);
    assert.deepEqual(people('Valid: 2025-03-03\nMarina: 3 items left'), []);
  });

  it('CSV and Markdown exports: every cell under a name column, nothing in other columns', () => {
    assert.deepEqual(people('Nr;Name;Abteilung\n1001;Schulte, Birgit;Vertrieb\n1002;Okonkwo, Chidi;IT'), [
      'Schulte, Birgit',
      'Okonkwo, Chidi',
    ]);
    assert.deepEqual(people('first_name,last_name,team\nAarav,Sharma,Platform'), ['Aarav', 'Sharma']);
    assert.deepEqual(people('| Owner | Task |\n| --- | --- |\n| Wei Zhang | Migrate DNS |'), ['Wei Zhang']);
    assert.deepEqual(people('Artikel;Menge;Lager\nSchraube M4;200;Halle Nord\nMutter M4;180;Halle Süd'), []);
  });

  it('CSV and Markdown exports: every date under a birth-date column, no other date column', () => {
    const births = (text: string) =>
      found(text)
        .filter(([type]) => type === 'DATE_OF_BIRTH')
        .map(([, value]) => value);
    assert.deepEqual(
      births('Nr;Nachname;Geburtsdatum;Eintritt\n17;Brandt;14.02.1979;01.04.2019\n18;Kowalczyk;3.9.88;15.08.2021'),
      ['14.02.1979', '3.9.88'],
    );
    assert.deepEqual(births('id,dob,joined\n4,1990-06-30,2024-01-02'), ['1990-06-30']);
    assert.deepEqual(
      births('| Patient | Date of birth | Visit |\n| --- | --- | --- |\n| M. Ortiz | 2 May 1961 | 2025-03-04 |'),
      ['2 May 1961'],
    );
    assert.deepEqual(births('ref\tgeb_datum\n9\tunbekannt'), [], 'a cell that is no date is left alone');
    assert.deepEqual(births('Auftrag;Lieferdatum;Erstellt am\n4711;14.02.2026;01.02.2026'), []);
  });

  it('North American numbers written nationally, not an order number of that shape', () => {
    assert.deepEqual(found('Call the landlord at (312) 555-0187 or 312-555-0142.'), [
      ['PHONE_NUMBER', '(312) 555-0187'],
      ['PHONE_NUMBER', '312-555-0142'],
    ]);
    assert.deepEqual(types('Order no. 312-555-0199 shipped; version 212.555.1234 is out.'), []);
  });

  it('birth dates with month abbreviations between dashes and ISO dates with slashes', () => {
    assert.deepEqual(found('DOB: 07-Sep-1968').slice(-1), [['DATE_OF_BIRTH', '07-Sep-1968']]);
    assert.deepEqual(found('geb. 1990/11/05 in Łódź').slice(0, 1), [['DATE_OF_BIRTH', '1990/11/05']]);
    assert.deepEqual(types('Policy start: 01-Jan-2024, renewal 2025/01/01'), []);
  });

  it('minutes, IRC-style chat logs, labels naming whose name it is, a given name after "I think"', () => {
    assert.deepEqual(people('Protokoll\nAnwesend: Jana Okafor, Tom Weber\nEntschuldigt: Priya Raghunathan'), [
      'Jana Okafor',
      'Tom Weber',
      'Priya Raghunathan',
    ]);
    assert.deepEqual(people('<dmitri> is the build green?\n<katarzyna> yes, since 09:58\n<div> not a speaker'), [
      'dmitri',
      'katarzyna',
    ]);
    assert.deepEqual(people('Name des Kindes: Emre\nName der Schule: Goethe-Gymnasium'), ['Emre']);
    assert.deepEqual(people('I think Marco has the PO. I think Paris is nice.'), ['Marco']);
  });

  it('a message signed with a name alone on its last line, not a last line that is a word or a firm', () => {
    assert.deepEqual(people('Kannst du mir die Zahlen schicken?\nDilara\n\nKlar, mache ich.'), ['Dilara']);
    assert.deepEqual(people('> Can you send the numbers by Friday?\n> Kenji\n\nSure, attached.'), ['Kenji']);
    assert.deepEqual(people('Klar, mache ich.\nErledigt'), []);
    assert.deepEqual(people('Mit freundlichen Grüßen\nEmil Huhn\nHäfner OHG'), ['Emil Huhn']);
  });

  it('a birth date on the line under its label, as forms lay them out', () => {
    assert.deepEqual(found('Geburtsdatum:\n  21.11.1974\nStaatsangehörigkeit: deutsch').slice(0, 1), [
      ['DATE_OF_BIRTH', '21.11.1974'],
    ]);
    assert.deepEqual(types('Lieferdatum:\n21.11.2025'), []);
  });

  it('"Surname, Given name" of known names, not a place before a date or a firm of partners', () => {
    assert.deepEqual(people('Laut Liste: Yıldız, Emre (Raum 2.17).'), ['Yıldız, Emre']);
    assert.deepEqual(people('Berlin, 3. März 2025'), []);
    assert.deepEqual(people('Kanzlei Weidner, Walz und Poser'), []);
  });

  it('labelled fields of any wording; weak labels ("Kind", "Owner") need a known name or two words', () => {
    for (const [text, name] of [
      ['Full name: Sofía Hernández', 'Sofía Hernández'],
      ['Badge name: Sofi', 'Sofi'],
      ['Reviewed by: Hiroshi Tanaka', 'Hiroshi Tanaka'],
      ['Ansprechpartner: Emeka Nwosu', 'Emeka Nwosu'],
      ['Kind: Leyla Aydın', 'Leyla Aydın'],
      ['Owner: Bongani Dlamini', 'Bongani Dlamini'],
      ['Patient: Vu Thanh Hai', 'Vu Thanh Hai'],
      ['Mitarbeiter: Ioana Popescu', 'Ioana Popescu'],
      ['Contact person: Frau Dr. Aylin Kaya', 'Aylin Kaya'],
    ])
      assert.deepEqual(people(text), [name], text);
    assert.deepEqual(
      people('Kind: Feature request\nOwner: Finance team\nLead: Data Engineering\nStatus: Approved\nVersion: 2.4.1'),
      [],
    );
  });

  it('names after roles, not an organ or a thing', () => {
    assert.deepEqual(people('Minutes taken by Anjali Mehta and approved by Roberto Bianchi.'), [
      'Anjali Mehta',
      'Roberto Bianchi',
    ]);
    assert.deepEqual(people('Das Dokument wurde erstellt von Katarzyna Nowak.'), ['Katarzyna Nowak']);
    assert.deepEqual(people('CR-1182 was approved by the board and signed by Finance.'), []);
  });

  it('names after greetings in any case, not "Damen und Herren", "Kolleginnen und Kollegen", "zusammen"', () => {
    assert.deepEqual(people('Hi Jana,\nthe report is attached.'), ['Jana']);
    assert.deepEqual(people('hey Arjun, quick one'), ['Arjun']);
    assert.deepEqual(people('Hallo Dariusz,\ndanke.'), ['Dariusz']);
    for (const salutation of [
      'Sehr geehrte Damen und Herren,',
      'Liebe Kolleginnen und Kollegen,',
      'Hallo zusammen,',
      'Hi all,',
      'Dear Sir or Madam,',
    ])
      assert.deepEqual(people(`${salutation}\ndas Büro bleibt geschlossen.`), [], salutation);
  });

  it('given names and surnames of many cultures side by side, from the name list', () => {
    for (const name of [
      'Mehmet Yılmaz',
      'Adebayo Okafor',
      'Agnieszka Kowalski',
      'Eleni Papadopoulos',
      'Giulia Rossi',
      'Reza Hosseini',
      'Arjun Sharma',
      'Ana Oliveira',
      'Maryam Karimi',
      'Wei Zhang',
      'Camille Dubois',
      'Javier García',
    ])
      assert.deepEqual(people(`Gestern hat ${name} angerufen.`), [name], name);
    assert.deepEqual(people('Der Preis für Elegant Silk Ball beträgt 77 EUR. Meeting in North Ralph.'), []);
  });

  it('a common given name alone in running text, not after a place preposition or at a sentence start', () => {
    assert.deepEqual(people('Can you ask Jana about the invoice?'), ['Jana']);
    assert.deepEqual(people('Bitte gib das an Lukas weiter, die Freigabe kommt von Agnieszka.'), [
      'Lukas',
      'Agnieszka',
    ]);
    assert.deepEqual(
      people('Daniel war krank. Wir fahren nach Paris und in Charlotte ist es warm. Rose petals, mark it.'),
      [],
    );
    assert.deepEqual(people('Send it to Jana. We drove to Florence and flew to Austin.'), ['Jana']);
  });

  it('tax ids grouped in threes, birth dates with two-digit years, label variants and in words', () => {
    assert.deepEqual(found('Steuer-ID 860 957 427 19 liegt vor.'), [['DE_TAX_ID', '860 957 427 19']]);
    for (const [text, date] of [
      ['Olga Petrenko, geb. 12.07.84', '12.07.84'],
      ['Geb.-Datum: 03.03.1985', '03.03.1985'],
      ['DOB 07/11/92, member since 2019', '07/11/92'],
      ['Sie ist am dritten März 1985 geboren.', 'dritten März 1985'],
      ['He was born in Lagos on the 3rd of March 1985.', 'the 3rd of March 1985'],
      ['Date of birth: 3 Mar 85', '3 Mar 85'],
    ])
      assert.deepEqual(
        found(text).filter(([type]) => type === 'DATE_OF_BIRTH'),
        [['DATE_OF_BIRTH', date]],
        text,
      );
    assert.deepEqual(types('Rechnung vom 12.07.84, Lieferung am dritten März 1985.'), []);
  });

  it('e-mail addresses on multi-level subdomains', () => {
    assert.deepEqual(found('Contact: l.moreau@mail.eu.corp.example.co.uk'), [
      ['EMAIL_ADDRESS', 'l.moreau@mail.eu.corp.example.co.uk'],
    ]);
  });

  it("postal addresses of people (German and English layouts), not a firm's letterhead or a town alone", () => {
    const addresses = (text: string) => found(text).flatMap(([t, v]) => (t === 'POSTAL_ADDRESS' ? [v] : []));
    assert.deepEqual(addresses('Svetlana Ivanova\nLindenstraße 12a\n10115 Berlin'), ['Lindenstraße 12a\n10115 Berlin']);
    assert.deepEqual(addresses('Neue Anschrift: Am Hang 3, 79098 Freiburg im Breisgau'), [
      'Am Hang 3, 79098 Freiburg im Breisgau',
    ]);
    assert.deepEqual(addresses('Wohnhaft Berliner Straße 7-9'), ['Berliner Straße 7-9']);
    assert.deepEqual(addresses('Amir Karimi\nFlat 2, 221 Elm Road\nLondon NW1 6XE'), [
      'Flat 2, 221 Elm Road\nLondon NW1 6XE',
    ]);
    assert.deepEqual(addresses('Ship to: 55 Oak Avenue, Springfield, IL 62704'), [
      '55 Oak Avenue, Springfield, IL 62704',
    ]);
    assert.deepEqual(types('Muster Logistik GmbH\nIndustriestraße 7\n28199 Bremen'), []);
    assert.deepEqual(types('10115 Berlin, 80331 München. Raum 2.17, 14 pcs, 3 Stück, Version 3 Road map.'), []);
  });

  it('pseudonymization hides an address like any entity', () => {
    const text = 'Svetlana Ivanova, Lindenstraße 12a, 10115 Berlin';
    const pseudonymizer = new Pseudonymizer();
    const result = pseudonymizer.pseudonymize(pseudonymizer.conversation(), text, scanner.scan(text));
    assert.equal(result.text, '<PERSON_1>, <POSTAL_ADDRESS_1>');
  });

  it('leaves identifiers alone: SEPA creditor ids, tracking, article, part, invoice and order numbers, timestamps', () => {
    for (const text of [
      'Gläubiger-ID DE98ZZZ09999999999',
      'Ihre Sendung 00340434161234567890 ist unterwegs.',
      'UPS tracking 1Z999AA10123456784',
      'Artikelnummer 4006381333931, Art.-Nr. 8DG-44719-AB',
      'Order 4500987654, invoice INV-2025-0042, logged 2025-03-03 09:12:45',
      'Rechnung Nr. 2025-1187 vom 03.03.2025',
      'Personalnummer;Eintritt\n1001;01.04.2019\n1002;15.08.2021',
    ])
      assert.deepEqual(types(text), [], text);
  });
});
