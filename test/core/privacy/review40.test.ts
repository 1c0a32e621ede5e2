import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { flags, leaves } from '../../support/person-spans.js';

/**
 * Hostile review of round 40: a person's value the round's organisation and property rules must not drop (a couple's
 * "unser Konto", an occupant named beside a property, a home office marked "work", one family's shared AD address, a
 * person's name under a town key), each beside a look-alike the round's rules still leave.
 */
const scanner = new PrivacyScanner();

describe('review 40: round 40 drops no person’s value', () => {
  it('keeps "unser Konto" of a private couple; a firm’s letter still gives the firm’s account', () => {
    flags(
      'Bitte überweisen Sie die Kaution auf unser Konto DE89 3704 0044 0532 0130 00. Viele Grüße, Pia und Ole Sandvik',
      'IBAN_CODE',
      'DE89',
    );
    flags('Bitte auf unser Konto DE89370400440532013000 überweisen.\nPia und Ole Sandvik', 'IBAN_CODE', 'DE89');
    leaves(
      'Wohnbau Lerchenfeld GmbH\nBitte überweisen Sie das Hausgeld auf unser Konto DE89 3704 0044 0532 0130 00.',
      'IBAN_CODE',
      'DE89',
    );
  });

  it('keeps a property address whose occupant is named on its line or who lives there on the next', () => {
    flags(
      'Wohnung Heckenrosenweg 3, 24105 Kiel — Frau Pia Sandvik zieht am 1.3. aus.',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
    flags(
      'Viewing 22 Thornbury Close, Leeds LS6 2QT with Mr and Mrs Sandvik (current occupants)',
      'POSTAL_ADDRESS',
      'Thornbury',
    );
    flags(
      'Objekt: Heckenrosenweg 3, 24105 Kiel\nHallo, ich bin Pia und wohne dort seit 2019.',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
    leaves(
      'Objekt: Heckenrosenweg 3, 24105 Kiel\nFrist: 2 Wochen, Zugang über Hausmeister',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
  });

  it('keeps a property address below a named customer or owner (her own home)', () => {
    flags(
      'Auftrag R-7710\nKundin: Pia Sandvik\nObjekt: Heckenrosenweg 3, 24105 Kiel',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
    flags(
      'Survey report\nProperty owner: Ole Brekke\nProperty: 22 Thornbury Close, Leeds LS6 2QT\nCondition: fair',
      'POSTAL_ADDRESS',
      'Thornbury',
    );
    leaves('Auftrag R-7710\nGewerk: Dach\nObjekt: Heckenrosenweg 3, 24105 Kiel', 'POSTAL_ADDRESS', 'Heckenrosenweg');
  });

  it('keeps a SCIM "work" address that is a home office', () => {
    flags(
      '{"userName":"psandvik","addresses":[{"type": "work", "formatted": "Homeoffice, Heckenrosenweg 3, 24105 Kiel"}]}',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
    leaves(
      '{"userName":"psandvik","addresses":[{"type": "work", "formatted": "Heckenrosenweg 3, 24105 Kiel"}]}',
      'POSTAL_ADDRESS',
      'Heckenrosenweg',
    );
  });

  it('keeps an AD StreetAddress shared by one family; several surnames share the office', () => {
    const user = (given: string, surname: string) =>
      `GivenName      : ${given}\nSurname        : ${surname}\nStreetAddress  : Heckenrosenweg 3, 24105 Kiel\n\n`;
    flags(user('Pia', 'Sandvik') + user('Ole', 'Sandvik'), 'POSTAL_ADDRESS', 'Heckenrosenweg');
    leaves(user('Pia', 'Sandvik') + user('Ole', 'Brekke'), 'POSTAL_ADDRESS', 'Heckenrosenweg');
  });

  it('keeps a person’s name under a town key; a town stays unflagged', () => {
    flags('{"locality": "Pia Sandvik"}', 'PERSON', 'Pia');
    leaves('{"locality": "Kiel"}', 'PERSON', 'Kiel');
    leaves('{"postalCode": "QRT 1044", "locality": "San Pawl il-Qorti", "country": "MT"}', 'PERSON', 'Pawl');
  });

  it('reads long lines in linear time', () => {
    const unit = 'Wohnung Heckenrosenweg 3, 24105 Kiel, Frau Pia lebt hier; unser Konto "type": "work" home ';
    assertLinearTime('review 40', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
