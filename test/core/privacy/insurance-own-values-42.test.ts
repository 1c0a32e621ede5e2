import { flags, leaves } from '../../support/person-spans.js';

// Round 42 (set 39, insurance): an insurer's own lines, mailboxes and accounts, and words read as people in claims
// lists; each with the look-alike that must stay flagged.
describe("insurers' own values and claims lists' words (round 42)", () => {
  it("drops a department's line and a -0 switchboard in 07x, keeps a person's direct line", () => {
    leaves('Regressforderung\nRegressabteilung, Telefon 06131 555-200', 'PHONE_NUMBER', '06131 555-200');
    leaves('Fragen bitte an die Vertriebsunterstützung, Tel. 0711 9330-0.', 'PHONE_NUMBER', '0711 9330-0');
    leaves('Bitte Rückruf durch Schadenservice: 0221 148-0 (Zentrale).', 'PHONE_NUMBER', '0221 148-0');
    flags('Sachbearbeiterin Jana Berg, Schadenservice, Tel. 0221 148-2231', 'PHONE_NUMBER', '0221 148-2231');
    flags('Rückfragen bitte an mich: meine Nummer 0711 9330-41.', 'PHONE_NUMBER', '0711 9330-41');
    flags('Schadenservice: 0176 48823019', 'PHONE_NUMBER', '0176 48823019');
    flags('Für Fragen: Schadenservice, 058 280 11 60.', 'PHONE_NUMBER', '058 280 11 60');
  });

  it("drops a directory's switchboard row, keeps a switchboard in a sentence", () => {
    leaves('Directory\nClaims switchboard: 0345 600 1234\n', 'PHONE_NUMBER', '0345 600 1234');
    flags('I called switchboard 0113 496 0000 and asked for Jana.', 'PHONE_NUMBER', '0113 496 0000');
  });

  it("drops an insurance line's role mailbox, keeps a person's", () => {
    leaves('An: hausrat@provinzia-versicherung.de\nBetreff: Wasserschaden', 'EMAIL_ADDRESS', 'hausrat@');
    leaves('Bereitschaft: bereitschaft@gutachten-nord.de', 'EMAIL_ADDRESS', 'bereitschaft@');
    flags('Von: Shahnoza Rakhimova <shahnoza.rakhimova@gmx.de>', 'EMAIL_ADDRESS', 'shahnoza.rakhimova@');
  });

  it("drops an insurer's own account in its recovery letter, keeps a couple's", () => {
    leaves(
      'Wir haben unserem Versicherungsnehmer den Schaden ersetzt. Bitte zahlen Sie auf unser Konto DE89 3704 0044 0532 0130 00.\nRegressabteilung',
      'IBAN_CODE',
      'DE89',
    );
    leaves(
      'We have paid our insured GBP 6,240.00. Payments to our account GB29 NWBK 6016 1331 9268 19.\nRecoveries Team, Meridian General',
      'IBAN_CODE',
      'GB29',
    );
    flags(
      'Liebe Frau Berg, die Versicherung zahlt bald. Bitte überweise den Rest auf unser Konto DE89 3704 0044 0532 0130 00.',
      'IBAN_CODE',
      'DE89',
    );
    flags(
      'Please pay the deposit into our account GB29 NWBK 6016 1331 9268 19. Love, Jana and Tom',
      'IBAN_CODE',
      'GB29',
    );
  });

  it("reads a sole trader's business address as theirs, a practice's premises as the practice's", () => {
    flags(
      'Name: Bakytzhan Smagulova\nGeschäftsanschrift: Marktstraße 3, 26122 Oldenburg\n',
      'POSTAL_ADDRESS',
      'Marktstraße 3',
    );
    leaves(
      'Firma: Nordwest Makler GmbH\nGeschäftsanschrift: Marktstraße 3, 26122 Oldenburg\n',
      'POSTAL_ADDRESS',
      'Marktstraße 3',
    );
    leaves(
      'Hausärztin: Dr. med. Itriedda Mastinu, Praxis Marktplatz 4, 72070 Tübingen\n',
      'POSTAL_ADDRESS',
      'Marktplatz 4',
    );
  });

  it('leaves notes, titles and labels in claims lists, keeps the names beside them', () => {
    const csv =
      'Schaden-Nr;Fahrzeug;Fahrer;Datum\nFL-2201;HH-AV 1203;Sardorbek Yuldashev;04.01.2026\nFL-2204;HH-AV 1040;Pool (kein fester Fahrer);02.02.2026\n';
    leaves(csv, 'PERSON', 'Pool');
    flags(csv, 'PERSON', 'Sardorbek Yuldashev');
    const en =
      'claim_id,member,dob,provider\nHC-1001,Akhona Mgoqi,1977-02-14,Sandton Clinic\nHC-1003,(group scheme – unnamed),,Cape Town Dental\n';
    leaves(en, 'PERSON', 'unnamed');
    leaves(en, 'PERSON', 'Cape Town');
    flags(en, 'PERSON', 'Akhona Mgoqi');
    const owner = 'Inhaber: Yersultan Kudaibergenov, Malermeister (Einzelunternehmen)\n';
    leaves(owner, 'PERSON', 'Malermeister');
    flags(owner, 'PERSON', 'Yersultan Kudaibergenov');
    const insured = 'Versicherte Person: Kuanysh Baitursynov, Versicherungsnummer PKV 0033-871190\n';
    leaves(insured, 'PERSON', 'Versicherungsnummer');
    flags(insured, 'PERSON', 'Kuanysh Baitursynov');
    leaves('Protokoll\n- Schulung am 24.03.\nNächste Runde: Montag, 10 Uhr.', 'PERSON', 'Runde');
  });

  it("reads an assessor's column in a Markdown table, not its standby row", () => {
    const table =
      '| Gutachter | Region | Mobil |\n|---|---|---|\n| Palden Drakpa | Süd | 0162 8841270 |\n| Bereitschaft | alle | 0800 7272700 |\n';
    flags(table, 'PERSON', 'Palden Drakpa');
    leaves(table, 'PERSON', 'Bereitschaft');
  });
});
