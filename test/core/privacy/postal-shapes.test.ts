import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');
const people = valuesOf('PERSON');
const birthDates = valuesOf('DATE_OF_BIRTH');

/**
 * Addresses found from their postcode backwards (postal-shapes.ts), each class with look-alikes
 * beside it that must stay unflagged. Names, streets and towns are written here, not taken from any
 * evaluation set.
 */
describe('privacy detectors: postal addresses from the postcode (issue 9)', () => {
  it('German addresses in capitals and in lower case, on one line or two', () => {
    assert.deepEqual(addresses('EMPFÄNGER: HERR ODO WILMSEN\nMÜHLWEG 7B\n35390 GIESSEN\nTEL. 0641 11 22 33'), [
      'MÜHLWEG 7B\n35390 GIESSEN',
    ]);
    assert.deepEqual(addresses('frau edda kranich\nlindenhofweg 40, 18055 rostock\n\nsehr geehrte frau kranich,'), [
      'lindenhofweg 40, 18055 rostock',
    ]);
    assert.deepEqual(addresses('notfallkontakt: am kiesgrund 3\n04109 leipzig'), ['am kiesgrund 3\n04109 leipzig']);
    // Look-alikes: a year before a lower-case word, counts and amounts after a comma, an order number.
    for (const text of [
      'im jahr 2026 haben wir 12, 40000 stück verkauft',
      'Seite 3, 10115 Exemplare gedruckt',
      'Bestellung 4471, 12000 Stück geliefert',
      'Lieferung Nr. 12, 80331 München',
      'Artikel 5, 10117 Berlin',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  it('German streets without a street word when a postcode and town follow, also in prose', () => {
    assert.deepEqual(addresses('Patientin Frau Ilka Sommerfeld, geb. 02.03.1950, Oberdorf 22, 02763 Zittau,\nwurde'), [
      'Oberdorf 22, 02763 Zittau',
    ]);
    assert.deepEqual(addresses('> Laut Frau Kern ist die Wohnung in der Alte Schmiede 10, 86150 Augsburg frei.'), [
      'Alte Schmiede 10, 86150 Augsburg',
    ]);
    assert.deepEqual(addresses('KUNDIN: Brunnenstraße 19, 23564 Lübeck. Und die Rechnung bitte per Post.'), [
      'Brunnenstraße 19, 23564 Lübeck',
    ]);
    // Without the postcode the same words are no address; a date and a year are no street.
    assert.deepEqual(addresses('Wir treffen uns in der Alte Schmiede 10 Minuten vor Beginn.'), []);
    assert.deepEqual(addresses('Patient: Ilka Sommerfeld, b. 24 Nov 1996\nnotes follow'), []);
    assert.deepEqual(birthDates('Patient: Ilka Sommerfeld, b. 24 Nov 1996\n8 Mill Lane, Leeds LS6 2QD'), [
      '24 Nov 1996',
    ]);
  });

  it('British addresses with a postcode: one line, two lines, capitals, a flat, a house without a number', () => {
    assert.deepEqual(addresses('Mrs Ada Pryce, D.O.B. 04/11/1958\n7 Redland Vale, Bristol BS6 6HR\n\nThank you'), [
      '7 Redland Vale, Bristol BS6 6HR',
    ]);
    assert.deepEqual(addresses('Patient: Tomos Rhys\n35 Kingsway\nLeeds LS6 2QD\nNext of kin: none'), [
      '35 Kingsway\nLeeds LS6 2QD',
    ]);
    assert.deepEqual(addresses('DELIVER TO: MR ODE BANJO\nFLAT 4, 9 WHARF STREET, NOTTINGHAM NG1 7EH\nPHONE: none'), [
      'FLAT 4, 9 WHARF STREET, NOTTINGHAM NG1 7EH',
    ]);
    assert.deepEqual(
      addresses('the Landlord: Ivo Pettersen of The Grange, Mill Lane, Great Shelford, Cambridge CB22 5HG\n(2)'),
      ['Mill Lane, Great Shelford, Cambridge CB22 5HG'],
    );
    // A name before the street stays a name, not part of the address.
    assert.deepEqual(people('Our policyholder: Nkem Obi, 65 Station Approach, Cardiff CF24 4QH'), ['Nkem Obi']);
    // Look-alikes: a firm's letterhead, a business park, a parcel locker, a product code, a warehouse.
    for (const text of [
      'Quarry Lane Software Ltd\nUnit 5, Harbour Business Park, Bristol BS1 6QA',
      'Delivering to: Locker 22, Station Approach, Exeter EX4 6PX',
      'Part 12 Widget Kit, model AB1 2CD in stock',
      'Ship to: Warehouse 3, Riverside Industrial Estate, Dartford DA1 5PZ',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  it('US, French and Belgian layouts, a postcode after the town, JSON and XML values', () => {
    assert.deepEqual(addresses('Mr. Ezra Lindqvist\n2219 NE Alberta St, Portland, OR 97211\n\nRe: Account'), [
      '2219 NE Alberta St, Portland, OR 97211',
    ]);
    assert.deepEqual(addresses('Attorney 2: Lise Marchal (daughter), 7 Rue des Tanneurs, 75004 Paris, +33 7 81'), [
      '7 Rue des Tanneurs, 75004 Paris',
    ]);
    assert.deepEqual(addresses('  <address>Rue de la Loi 155, 1040 Bruxelles</address>'), [
      'Rue de la Loi 155, 1040 Bruxelles',
    ]);
    assert.deepEqual(addresses('Anschrift: Jl. Kemang Raya No. 18, Jakarta Selatan 12730\nReisepass: liegt vor'), [
      'Jl. Kemang Raya No. 18, Jakarta Selatan 12730',
    ]);
    assert.deepEqual(addresses('{ "adresse": "Uferpromenade 2, 28199 Bremen", "tel": null }'), [
      'Uferpromenade 2, 28199 Bremen',
    ]);
    // Look-alikes: a date and a year before a town, an order number after a town, a practice's address.
    for (const text of [
      'Signed 12 March, 2026 London office',
      'Berlin, 12.05.2026 Meeting notes',
      'Sent from Portland, Order 97211 shipped',
      'Lakeside Family Dental, 400 W Lake St, Minneapolis, MN 55408',
      'Lakeside Dental Practice, 7 Kingsway, Leeds LS6 2QD',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  it('other European postcodes: Austrian, Swiss, Dutch, Italian, Spanish, Polish, Portuguese, Swedish, and Canadian', () => {
    for (const address of [
      'Mariahilfer Straße 45/3/12, 1060 Wien',
      'Bahnhofstrasse 12, 8001 Zürich',
      'Keizersgracht 123, 1015 CS Amsterdam',
      'Via Roma 12, 00184 Roma',
      'Calle Mayor 5, 28013 Madrid',
      'ul. Marszałkowska 10, 00-590 Warszawa',
      'Rua Augusta 100, 1100-053 Lisboa',
      'Storgatan 12, 114 55 Stockholm',
      'HAUPTSTRASSE 5 10115 BERLIN',
    ])
      assert.deepEqual(addresses(`Kontakt: ${address}\nTel. folgt`), [address], address);
    assert.deepEqual(addresses('Mr Li Wei\n123 Queen St W\nToronto, ON M5V 2T6'), [
      '123 Queen St W\nToronto, ON M5V 2T6',
    ]);
    // Look-alikes: numbered things, codes and models before a postcode-like number, counts after one.
    for (const text of [
      'Flug LH 2026, 60549 Frankfurt',
      'Werk 2, 38440 Wolfsburg',
      'Team Nord 3, 40210 Düsseldorf',
      'Jahrgang 1990, 10115 Berlin',
      'Mercedes Benz C 200, 45000 Kilometer',
      'Wave 2, London SW1A 1AA',
      'Windows 10, 2026 Edition',
      'Ticket 114 55 Stockholm',
      'Kapitel 3, 2026 Ausgabe',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  it('streets in lower case or capitals without a postcode, not a street word in prose', () => {
    assert.deepEqual(addresses('bin umgezogen, wohne jetzt in der lindenstraße 12 in köln'), ['lindenstraße 12']);
    assert.deepEqual(addresses('NEUE ANSCHRIFT AB MAI: GARTENSTR. 5A, BITTE NOTIEREN'), ['GARTENSTR. 5A']);
    for (const text of [
      'der weg 5 ist lang',
      'die hauptstraße 12 km entfernt',
      'BITTE DIE HAUPTSTRASSE 3 MAL UMRUNDEN',
      'wir gehen den feldweg 2 stunden entlang',
    ])
      assert.deepEqual(addresses(text), [], text);
  });
});

describe('privacy detectors: a home named beside an office, a bank or a partner (review of round 6)', () => {
  it('an organisation word elsewhere on the line or in a sentence above does not make a home a firm address', () => {
    for (const [text, address] of [
      ['Mein Partner und ich wohnen jetzt in der Lindenstraße 12, 10115 Berlin.', 'Lindenstraße 12, 10115 Berlin'],
      ['Bitte die Post nicht mehr ins Büro schicken\nLindenstraße 12, 10115 Berlin', 'Lindenstraße 12, 10115 Berlin'],
      ['Mein Büro ist zu. Ich wohne Gartenstraße 7, 35390 Gießen', 'Gartenstraße 7, 35390 Gießen'],
      ['Mein Büro ist zu, ich wohne Gartenstraße 7, 35390 Gießen', 'Gartenstraße 7, 35390 Gießen'],
      [
        'Please send the contract to my home, not the office: 12 Baker Street, London NW1 6XE',
        '12 Baker Street, London NW1 6XE',
      ],
      ['Anna works at the hospital and lives at 12 Baker Street, London NW1 6XE', '12 Baker Street, London NW1 6XE'],
      ['I moved from the hotel to 14 Church Road, Bristol BS6 6HR', '14 Church Road, Bristol BS6 6HR'],
      [
        'Der Patient kam aus dem Krankenhaus nach Hause in die Lindenstraße 12, 10115 Berlin',
        'Lindenstraße 12, 10115 Berlin',
      ],
      [
        'Schick das Paket bitte nach Hause statt zur Packstation: Lindenstraße 12, 10115 Berlin',
        'Lindenstraße 12, 10115 Berlin',
      ],
    ]) {
      const found = addresses(text);
      assert.ok(found.length === 1 && found[0].endsWith(address), `${text}: ${JSON.stringify(found)}`);
    }
  });

  it('a firm right before the address or a locker still marks it', () => {
    for (const text of ['Sparkasse Gießen, Gartenstraße 7, 35390 Gießen', 'Packstation 123, 10115 Berlin'])
      assert.deepEqual(addresses(text), [], text);
  });
});
