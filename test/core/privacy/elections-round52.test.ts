import { flagged, unflagged } from '../../support/type-findings.js';

// Round 52 (set 49: elections, petitions, search-engine responses): register numbers, decimal scores, elected bodies,
// facilities, departments, nationality adjectives and electoral offices' mailboxes that name no one.
describe('register numbers, scores and electoral bodies that are no personal data (round 52)', () => {
  it('reads a slashed register number as no ID card; keeps an ID card number with a label, in JSON and in a table', () => {
    unflagged('Nr;Register;Name\nPB-77-01;RV/13/004417;Kelo Varsanna\n', 'DE_ID_CARD', 'RV/13/004417');
    unflagged('{"_index" : "voters-2027", "_id" : "RV/52/118034", "_version" : 2}', 'DE_ID_CARD', 'RV/52/118034');
    unflagged('  "register_no" : "RV/27/560912",\n', 'DE_ID_CARD', 'RV/27/560912');
    flagged('Personalausweis: T22000129 3 vorgelegt', 'DE_ID_CARD', 'T22000129 3');
    flagged('{"ausweis_nr": "T220001293"}', 'DE_ID_CARD', 'T220001293');
    flagged('Name | Ausweis\nKelo Varsanna | T220001293\n', 'DE_ID_CARD', 'T220001293');
    // A document number written in pieces after its word stays one, slashes or not.
    flagged('Ausweisnummer T2200/0129/3', 'DE_ID_CARD', 'T2200/0129/3');
  });

  it('reads a decimal number as no card; keeps a card after its word and in grouped digits', () => {
    unflagged('{"_id" : "Qx81", "_score" : 4.680810999999999, "_source" : {}}', 'CREDIT_CARD', '4.680810999999999');
    unflagged('Faktor 1,2345678901234567 laut Tabelle', 'CREDIT_CARD', '1,2345678901234567');
    flagged('Kreditkarte: 4111111111111111', 'CREDIT_CARD', '4111111111111111');
    flagged('paid 4111 1111 1111 1111 yesterday', 'CREDIT_CARD', '4111 1111 1111 1111');
    flagged('card 4.111111111111111', 'CREDIT_CARD', '4.111111111111111');
  });

  it('reads councils, party groups, electoral areas and facilities as no one; keeps councillors', () => {
    const hit = (proposer: string) =>
      `{"kandidat" : {"vorname" : "Telmo", "nachname" : "Quarsenberg"}, "vorgeschlagen_von" : "${proposer}"}`;
    unflagged(hit('Kreistag Fraktion Freie Wähler'), 'PERSON', 'Kreistag Fraktion Freie Wähler');
    unflagged(hit('Fraktion Grüne Alternative'), 'PERSON', 'Fraktion Grüne Alternative');
    // A councillor is a person: a known surname, a given name, an unlisted surname built like a place (privacy first:
    // "Ortschaftsrat Kappelweiler" may be a council or Mr Kappelweiler, the councillor).
    flagged(hit('Stadtrat Kappelweiler'), 'PERSON', 'Kappelweiler');
    flagged(hit('Stadtrat Müller'), 'PERSON', 'Müller');
    flagged(hit('Ortschaftsrat Jana Okafor'), 'PERSON', 'Jana Okafor');
    flagged(hit('Marta Quellendrin'), 'PERSON', 'Marta Quellendrin');
    unflagged('NOTICE OF POLL – Election of a Councillor for the Hartcliffe Ward\n', 'PERSON', 'Hartcliffe Ward');
    flagged('Councillor Jane Ward will open the meeting.\n', 'PERSON', 'Jane Ward');
    unflagged(
      '[Signal] Helferteam Hallenbad Kappelweiler\n[18:02] Tomke: 40 Unterschriften\n',
      'PERSON',
      'Hallenbad Kappelweiler',
    );
  });

  it("reads an office's department abbreviation and a nationality adjective as no one; keeps people there", () => {
    unflagged('Geprüft: Bürgerkanzlei, Abt. Wahlen und Abstimmungen\n', 'PERSON', 'Bürgerkanzlei, Abt');
    flagged('Geprüft: Schmidt, Jana (Abt. Wahlen)\n', 'PERSON', 'Schmidt, Jana');
    unflagged('I was born in 1979 and hold a Canadian passport. Can I register?\n', 'PERSON', 'Canadian');
    flagged('Passport holder: Jana Okafor, born 1979\n', 'PERSON', 'Jana Okafor');
  });

  it("reads an electoral office's function mailbox as no one's; keeps an official's own mailbox", () => {
    const mail =
      'Von: Telmo Quarsenberg <t.quarsenberg@gmx.de>\nAn: briefwahl@stadt-musterhausen.example\n' +
      'Betreff: Wahlschein\n\nHallo,\nbitte senden Sie den Wahlschein erneut.\nTelmo Quarsenberg\n';
    unflagged(mail, 'EMAIL_ADDRESS', 'briefwahl@stadt-musterhausen.example');
    flagged(mail, 'EMAIL_ADDRESS', 't.quarsenberg@gmx.de');
    unflagged(
      'An: kreiswahlleitung@landkreis.example\nBetreff: Einspruch\n',
      'EMAIL_ADDRESS',
      'kreiswahlleitung@landkreis.example',
    );
    flagged(
      'An: anna.schmidt@stadt-musterhausen.example\nBetreff: Wahlschein\n',
      'EMAIL_ADDRESS',
      'anna.schmidt@stadt-musterhausen.example',
    );
  });
});
