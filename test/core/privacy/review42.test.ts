import { flags, leaves } from '../../support/person-spans.js';

// Review 42: inputs where a round-42 rule that drops or shortens a finding dropped a natural person's value; each with
// the round's own shape that must stay dropped.
describe('review 42: doors in the round-42 filters', () => {
  it('reads a þ between letters as a letter in a DAT load file (no cut names)', () => {
    flags('þNameþ|þStatusþ\nGuðþór Sigurðsson ist krank, Telefon 0171 2345678.', 'PERSON', 'Guðþór Sigurðsson');
    flags('þIDþ,þNoteþ\nþ1þ,þGuðþór Sigurðsson called from 0171 2345678þ\n', 'PERSON', 'Guðþór Sigurðsson');
    flags('þBEGDOCþ\u0014þCUSTODIANþ\nþABC000001þ\u0014þGuðþór Sigurðssonþ\n', 'PERSON', 'Guðþór Sigurðsson');
    // The load file is still read: ® multi-values, qualifiers.
    flags(
      'þBEGDOCþ\u0014þCUSTODIANþ\u0014þTOþ\nþABC000001þ\u0014þHans Müller®Sabine Krauseþ\u0014þZoltan Horváth®Aiko Tanakaþ\n',
      'PERSON',
      'Aiko Tanaka',
    );
  });

  it("keeps a policyholder's own account written TO an insurer's department", () => {
    flags(
      'Sehr geehrte Regressabteilung,\nbitte überweisen Sie auf unser Konto DE89 3704 0044 0532 0130 00.\nAnna und Paul Meier',
      'IBAN_CODE',
      'DE89',
    );
    flags(
      'An die Regressabteilung der Provinzia\nBitte überweisen Sie den Betrag auf unser Konto DE89 3704 0044 0532 0130 00.\nMit freundlichen Grüßen\nAnna und Paul Meier',
      'IBAN_CODE',
      'DE89',
    );
    flags(
      'Dear Sir, as your policyholders we ask you to pay into our account GB29 NWBK 6016 1331 9268 19. Our policyholder number is 123. Claims Department please confirm.\nJohn and Mary Smith',
      'IBAN_CODE',
      'GB29',
    );
    flags(
      'Please pay the value of our insured jewellery into our account GB29 NWBK 6016 1331 9268 19.\nJohn and Mary Smith',
      'IBAN_CODE',
      'GB29',
    );
  });

  it("keeps a sole broker's account (letterhead names a person and a broker's trade)", () => {
    flags(
      'Jens Kowalczyk – Versicherungsmakler\nWir haben unserem Versicherungsnehmer den Schaden ersetzt. Bitte zahlen Sie auf unser Konto DE89 3704 0044 0532 0130 00.',
      'IBAN_CODE',
      'DE89',
    );
    flags(
      'Versicherungsmakler Jens Kowalczyk e.K.\nBitte zahlen Sie auf unser Konto DE89 3704 0044 0532 0130 00.\nunserem Versicherungsnehmer',
      'IBAN_CODE',
      'DE89',
    );
  });

  it("still drops an insurer's own account in its recovery letter", () => {
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
  });

  it("keeps a handler's direct line under a department label below their signature", () => {
    flags('Jana Berg\nSachbearbeiterin\nRegressabteilung, Telefon 06131 555-231', 'PHONE_NUMBER', '06131 555-231');
    flags('Herr Jan Novak\nSchadenservice: 0221 148-2231', 'PHONE_NUMBER', '0221 148-2231');
    // The department's switchboard and a department line without a signature stay dropped.
    leaves('Jana Berg\nSachbearbeiterin\nRegressabteilung, Telefon 06131 555-0', 'PHONE_NUMBER', '06131 555-0');
    leaves('Regressforderung\nRegressabteilung, Telefon 06131 555-200', 'PHONE_NUMBER', '06131 555-200');
  });
});

describe('review 42: a surname after a desk word in a mailbox', () => {
  it('keeps motor.king@ and hausrat.wolf@, drops hausrat@', () => {
    flags('E-Mail: motor.king@insurer.co.uk', 'EMAIL_ADDRESS', 'motor.king@');
    flags('E-Mail: hausrat.wolf@provinzia.de', 'EMAIL_ADDRESS', 'hausrat.wolf@');
    leaves('An: hausrat@provinzia-versicherung.de\nBetreff: Wasserschaden', 'EMAIL_ADDRESS', 'hausrat@');
  });
});

describe("review 42: a sole trader's business address a few lines below the name", () => {
  it('keeps it, and leaves a firm’s', () => {
    flags(
      'Name: Bakytzhan Smagulova\nTätigkeit: Versicherungsmakler\nGeschäftsanschrift: Marktstraße 3, 26122 Oldenburg\n',
      'POSTAL_ADDRESS',
      'Marktstraße 3',
    );
    flags(
      'Vermittler: Bakytzhan Smagulova\n\nGeschäftsanschrift: Marktstraße 3, 26122 Oldenburg\n',
      'POSTAL_ADDRESS',
      'Marktstraße 3',
    );
    leaves(
      'Firma: Nordwest Makler GmbH\nGeschäftsanschrift: Marktstraße 3, 26122 Oldenburg\n',
      'POSTAL_ADDRESS',
      'Marktstraße 3',
    );
  });
});
