import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { flags, leaves } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe("property objects: the property a document is about is no person's home", () => {
  it('reads the address after a property label as the property (German and English)', () => {
    leaves(
      'Wartungsauftrag Nr. 77-412\nObjekt: Quittenweg 12, 24105 Kiel, Stiege 1\nFrist: 2 Wochen',
      'POSTAL_ADDRESS',
      'Quittenweg',
    );
    leaves(
      'Gas Check Record\nInstallation address: Flat 4, 27 Larchmere Road, Leeds LS6 2QT\nAppliances: boiler – pass',
      'POSTAL_ADDRESS',
      'Larchmere',
    );
    leaves('Aufzüge Nord\n\nAnlage B2 (Quittenweg 12): Prüfung im Mai', 'POSTAL_ADDRESS', 'Quittenweg');
  });

  it('reads a deal, an inspection or a viewing in a subject line as the property', () => {
    leaves('Subject: Re: Inspection 48 Pellow Crescent\n\nHi team, all good.', 'POSTAL_ADDRESS', 'Pellow');
    leaves('Completion Statement – Sale of 9 Marrick Lane, Hobart TAS 7000\nFees: $1,200', 'POSTAL_ADDRESS', 'Marrick');
    leaves('Besichtigung Quittenweg 12, 24105 Kiel – 3 Zimmer, Samstag', 'POSTAL_ADDRESS', 'Quittenweg');
  });

  it("keeps an address a person word ties to someone's home", () => {
    // The same labels, but the occupant named on the next line or a home word in the clause.
    flags(
      'Wohnungsübergabe – Einzug\nMietobjekt: Quittenweg 12, 24105 Kiel\nMieter: Ortwin Haselbeck\nZählerstand 4411',
      'POSTAL_ADDRESS',
      'Quittenweg',
    );
    flags(
      'Ticket #88-1\nProperty: 48 Pellow Crescent, Unit 2, Salem OR 97301\nReported by: Dorrit Vanterpool (tenant)',
      'POSTAL_ADDRESS',
      'Pellow',
    );
    // A tenancy agreement: the tenants named above the let property, which is their home.
    flags(
      'Tenancy Agreement\nLandlord: Marrick Homes Ltd\nTenant(s): Dorrit Vanterpool and Ilka Brodersen\nProperty: 48 Pellow Crescent, Leeds LS6 2QT\nTerm: 12 months',
      'POSTAL_ADDRESS',
      'Pellow',
    );
    flags(
      'Mieter: Ortwin Haselbeck\nVermieter: Quittenbau GmbH\nMietobjekt: Quittenweg 12, 24105 Kiel\nMietbeginn: 01.05.2026',
      'POSTAL_ADDRESS',
      'Quittenweg',
    );
    // A customer's own message signed right below the property: her home.
    flags(
      'Please correct the reading.\nProperty: 48 Pellow Crescent, Leeds LS6 2QT\nKind regards,\nDorrit',
      'POSTAL_ADDRESS',
      'Pellow',
    );
    // A client or an owner named a few lines above: the surveyed or insured property is where they live.
    flags(
      'HOMEBUYER REPORT\nClient: Ortwin Haselbeck\nProperty: 48 Pellow Crescent, Leeds LS6 2QT\nRoof: fair',
      'POSTAL_ADDRESS',
      'Pellow',
    );
    // A flat is someone's home: "Wohnung …" is no property label.
    flags('Nutzungsvertrag über die Wohnung Quittenweg 12, WE 4, 24105 Kiel', 'POSTAL_ADDRESS', 'Quittenweg');
    flags('Anschrift des Mieters: Quittenweg 12, 24105 Kiel', 'POSTAL_ADDRESS', 'Quittenweg');
    flags('Wohnhaft: Quittenweg 12, 24105 Kiel', 'POSTAL_ADDRESS', 'Quittenweg');
  });

  it("reads the writing organisation's desk before a number as its own line", () => {
    leaves('Besichtigungen über unser Büro: 0421 338 920, Montag bis Freitag.', 'PHONE_NUMBER', '338 920');
    leaves('Ablesefirma: Wärmedienst Ost, Kundenservice 0231 9977 200', 'PHONE_NUMBER', '9977 200');
    // A person's own number stays: named before it, or a word of her own.
    flags('Rückruf an Frau Ilka Brodersen: 0421 338 921', 'PHONE_NUMBER', '338 921');
    flags('Meine private Nummer: 0711 4420 301', 'PHONE_NUMBER', '4420 301');
    // A control room's extension on a duty roster is not taken for the writer's desk.
    flags('Bereitschaft gesamt: Leitstelle 0421 338 92-500', 'PHONE_NUMBER', '338 92-500');
  });

  it('reads "unser Konto", "WEG-Konto", "Hausgeld-Konto" as the organisation\'s account', () => {
    leaves(
      'Hausverwaltung Quittenhof GmbH\nBitte überweisen Sie den Betrag auf unser Konto DE89 3704 0044 0532 0130 00.',
      'IBAN_CODE',
      'DE89',
    );
    leaves('Zahlungen bitte auf das WEG-Konto DE89 3704 0044 0532 0130 00.', 'IBAN_CODE', 'DE89');
    // A person's account stays.
    flags('Zahlung auf das Konto der Vermieterin: DE89 3704 0044 0532 0130 00', 'IBAN_CODE', 'DE89');
    flags('Bitte auf mein Konto DE89 3704 0044 0532 0130 00 überweisen.', 'IBAN_CODE', 'DE89');
  });

  it('reads long lines in linear time', () => {
    const unit = 'Objekt: Objekt: Property: Anlage A1 ( unser Büro unser Konto ';
    assertLinearTime('property labels', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
