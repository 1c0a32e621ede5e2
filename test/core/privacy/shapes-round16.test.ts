import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');
const people = valuesOf('PERSON');
const idCards = valuesOf('DE_ID_CARD');
const passports = valuesOf('DE_PASSPORT');
const has = (found: string[], part: string) => found.some((v) => v.includes(part));

/**
 * Round 16: education, childcare, research and housing documents as office converters render them
 * to Markdown (escaped characters, hard line breaks, pipe tables, bold labels). Names, streets and
 * numbers are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 16 (documents converted to Markdown)', () => {
  describe('postal addresses with Markdown escapes', () => {
    it("reads a street whose apostrophe carries the converter's backslash", () => {
      const text =
        "2\\. **Leak** – Tamsin Oduya, 57 Bishop\\'s Mead Road, Leeds LS6 3QQ\n   - Call back: 07700 900 123";
      assert.ok(has(addresses(text), "57 Bishop\\'s Mead Road, Leeds LS6 3QQ"), addresses(text).join('|'));
    });

    it('reads a street and town split by a hard line break (a backslash at the line end)', () => {
      const text = "Harbourline Lettings\n\nOrla Brennan\\\n12 St Bride\\'s Close\\\nBristol BS7 9ZZ\n\n## Notice";
      assert.ok(has(addresses(text), 'Bristol BS7 9ZZ'), addresses(text).join('|'));
      assert.ok(has(addresses(text), '12 St Bride'), addresses(text).join('|'));
    });

    it('reads "str\\." with an escaped full stop and a Swiss four-digit postcode after it', () => {
      const text = '4\\. Anschrift: Bahnhofstr\\. 41, 8400 Winterthur\n\n[^1]: Nur bei Nebenjob.';
      assert.ok(has(addresses(text), 'Bahnhofstr\\. 41, 8400 Winterthur'), addresses(text).join('|'));
    });
  });

  describe('postcodes after the town', () => {
    it('takes an Australian state and postcode, a Canadian postcode and an Eircode into the address', () => {
      const au = 'Address: 19 Wattle Grove, Brunswick VIC 3056';
      assert.ok(has(addresses(au), 'Brunswick VIC 3056'), addresses(au).join('|'));
      const ca = 'Tenant address: 88 Maple Crescent, Laval QC H7N 2K4';
      assert.ok(has(addresses(ca), 'Laval QC H7N 2K4'), addresses(ca).join('|'));
      const ie = 'Home: 4 Seaview Terrace, Dublin D04 X2Y7';
      assert.ok(has(addresses(ie), 'Dublin D04 X2Y7'), addresses(ie).join('|'));
    });

    it('takes the compass point after a Canadian street', () => {
      const text = 'Tenant: 2150 Birchmount Blvd W, Toronto ON M1P 2J4';
      assert.ok(has(addresses(text), '2150 Birchmount Blvd W, Toronto ON M1P 2J4'), addresses(text).join('|'));
    });

    it('reads an Indian address whose house number stands alone before a numbered cross street', () => {
      const text =
        "Scholar's permanent address: 27, 3rd Cross Road, Gandhi Nagar, Vellore 632006\nMobile: +91 94433 10000";
      assert.ok(has(addresses(text), '27, 3rd Cross Road'), addresses(text).join('|'));
    });

    it('does not take a year before a British address as its house number', () => {
      const text = 'Patient: Ilse Varga, born October 14, 1964\n35 Fernbank Road\nLeeds LS6 2QD';
      assert.ok(!has(addresses(text), '1964'), addresses(text).join('|'));
      assert.ok(has(addresses(text), '35 Fernbank Road'), addresses(text).join('|'));
    });
  });

  describe('schools, universities, their offices and nurseries', () => {
    it('leaves the address right after an examination office, a faculty office, a nursery or a registrar', () => {
      assert.deepEqual(
        addresses('Sehr geehrte Damen und Herren, das Prüfungsamt (Domplatz 4, 06108 Halle) ist montags geschlossen.'),
        [],
      );
      assert.deepEqual(
        addresses('Dear Sir or Madam, the faculty office (3 Quay Street, Galway) closes on Mondays.'),
        [],
      );
      assert.deepEqual(addresses('Kita Pusteblume, Lerchenweg 3, 04109 Leipzig\nAbholberechtigung'), []);
      assert.deepEqual(
        addresses('Office of the Registrar – Lakeshore University, 845 Harbour St W, Montréal QC H3A 0G4'),
        [],
      );
      assert.deepEqual(
        addresses('Universität Passau – Studierendenkanzlei – Innstraße 41, 94032 Passau\nFrau Ana Lupu'),
        [],
      );
    });

    it('must keep: a person named between the nursery and the address, or a home cue, makes it a home', () => {
      // A child's or a family's name after the nursery: the address is theirs.
      assert.ok(has(addresses('Kita Pusteblume, Mia Weber, Lerchenweg 3, 04109 Leipzig'), 'Lerchenweg 3'));
      assert.ok(has(addresses('Kita Pusteblume, Familie Weber, Lerchenweg 3, 04109 Leipzig'), 'Lerchenweg 3'));
      // A person word read as the street's first word ("Eltern Lerchenweg") is someone's home too.
      assert.ok(has(addresses('Kind: Mia (Kita Pusteblume), Eltern Lerchenweg 3, 04109 Leipzig'), 'Lerchenweg 3'));
      assert.ok(has(addresses('Ich wohne neben der Kita, Lerchenweg 3, 04109 Leipzig'), 'Lerchenweg 3'));
      // Prose after the school: the sentence goes on to someone's address.
      assert.ok(
        has(addresses('Die Schule schickt den Brief an die Eltern, Lerchenweg 3, 04109 Leipzig'), 'Lerchenweg 3'),
      );
      assert.ok(has(addresses('Parents: 4 Seaview Terrace, Galway (near the school)'), '4 Seaview Terrace'));
      // The school's address and a pupil's home on the next line: only the home is found.
      const both = 'Grundschule Nordstadt, Parkstraße 2, 04109 Leipzig\nSchüler: Tom Berg, Lerchenweg 3, 04109 Leipzig';
      assert.ok(has(addresses(both), 'Lerchenweg 3'), addresses(both).join('|'));
      assert.ok(!has(addresses(both), 'Parkstraße 2'), addresses(both).join('|'));
    });
  });

  describe('ID card and passport numbers', () => {
    it('takes no meter or grant number of a prefix, a dash and a serial for an ID card', () => {
      // Z14-8812096: its check digit fits (Z148812 09 6), a meter number all the same.
      assert.deepEqual(idCards('Electricity meter no. Z14-8812096 – reading 48213 kWh'), []);
      assert.deepEqual(idCards('| 3.1 | Gilad Ashkenazi | Z14-7894116 | 8410 | 2.5. |'), []);
    });

    it('takes no number plate above the next cell of a column for a document number', () => {
      assert.deepEqual(passports('Driver\nVehicle\nkm\nTevita Te Whata\nLK17 ZVH\n286\n'), []);
      assert.deepEqual(idCards('Driver\nVehicle\nkm\nTevita Te Whata\nLK17 ZVH\n286\n'), []);
    });

    it('must keep: a real ID card number beside the meter number, and the same shapes after a document word', () => {
      const text = 'Zählernummer Z14-8812096\nPersonalausweis-Nr.: T22000129 3';
      assert.ok(has(idCards(text), 'T22000129'), idCards(text).join('|'));
      // Without a document word a number printed as one block still counts.
      assert.ok(has(idCards('Nachweis T220001293 liegt vor'), 'T220001293'));
      // After a document word the prefixed shape is read as the writer says it is.
      assert.ok(has(idCards('Ausweisnummer: Z14-8812096'), 'Z14-8812096'));
    });
  });
  describe('names', () => {
    it('reads the person named right before an address in a list item after a bold label', () => {
      const de = '1\\. **Schimmel** – Oda Wiltberger, Lerchenweg 67, 79098 Freiburg\n   - Rückruf: 0176 3619 929';
      assert.ok(has(people(de), 'Oda Wiltberger'), people(de).join('|'));
      const en = '3\\. **Tap** – Kaiah Tsosie, 49 Mallow Walk, Leeds LS6 2AB';
      assert.ok(has(people(en), 'Kaiah Tsosie'), people(en).join('|'));
    });

    it('takes no firm, no office and no residence named before its address for a person', () => {
      assert.deepEqual(people('Harbourside Lettings Ltd, 12 Mallow Walk, Leeds LS6 2AB'), []);
      assert.deepEqual(people('Hausordnung – Wohnheim Clara-Zetkin-Haus, Lerchenweg 40, 37075 Göttingen'), []);
    });

    it('reads a name after an education or childcare role and in a consent form\'s "Ich, <name>,"', () => {
      assert.ok(has(people('08:47 – Erzieherin Ásta an die Gruppe'), 'Ásta'));
      assert.ok(has(people('Unterkunft: Gastfamilie Kesselmayr, Lerchenweg 4, 1170 Wien'), 'Kesselmayr'));
      assert.ok(has(people('Ich, Renjiro Akagi, willige ein, dass die Daten gespeichert werden.'), 'Renjiro Akagi'));
      assert.ok(has(people('I, Aroha Tamihana, consent to take part.'), 'Aroha Tamihana'));
    });

    it('reads an initial alone after a title, a verb after it, as a person', () => {
      assert.ok(has(people('Telefonnotiz 12.11.: Hr. D. möchte den Rahmenvertrag verlängern.'), 'D.'));
      assert.ok(has(people('Frau K. hat angerufen, bitte zurückrufen.'), 'K.'));
      // An initial and a surname after a title stays one finding.
      assert.ok(has(people('Dr. A. Negash kommt um 10.'), 'A. Negash'));
    });

    it('takes no method or theorem named after its discoverer for a person, and keeps a double-barrelled name', () => {
      const text =
        '| MAT-8667 | Euler-Verfahren | B6.093 |\n| MAT-8842 | Fourier-Analysis | B2.1 |\n| Dozentin | Anna Müller-Lüdenscheidt |';
      const found = people(text);
      assert.ok(!has(found, 'Euler'), found.join('|'));
      assert.ok(!has(found, 'Fourier'), found.join('|'));
      assert.ok(has(found, 'Anna Müller-Lüdenscheidt'), found.join('|'));
    });
  });
});
