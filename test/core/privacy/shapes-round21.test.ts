import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { LABELLED_IN_YEAR } from '../../support/pin-labelled-year.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const cards = valuesOf('CREDIT_CARD');
const births = valuesOf('DATE_OF_BIRTH');

/**
 * The classes round 21 covers (pages of archives, parishes and clubs as PDF or OCR text gives them):
 * library barcodes after "card", form fields whose label and value a row of dots or underscores
 * separates, birth years and months without a day, a birth date wrapped onto the next line, and
 * the look-alikes beside them. Examples written here.
 */
describe('privacy detectors: shapes of round 21 (PDF/OCR pages of archives, parishes, clubs)', () => {
  describe('library barcodes are no payment cards', () => {
    it('leaves a 14-digit library barcode (Codabar: 2 for a patron, 3 for an item) after "card" alone', () => {
      assert.deepEqual(cards('Your library card 21234000567891 expires on 1 March.'), []);
      assert.deepEqual(cards('Reminder – items borrowed on card no. 29801002345674 are overdue.'), []);
      assert.deepEqual(cards('Leserkarte 31234000987659, bitte an der Theke vorzeigen.'), []);
    });

    it('still finds Diners cards (14 digits) and numbers after "Karte" the prefix table does not know', () => {
      assert.deepEqual(cards('Paid by card 3056 9309 0259 04 on Monday.'), ['3056 9309 0259 04']);
      assert.deepEqual(cards('Ich hab mit Karte bezahlt, 3759 0421 7087 8374, bitte prüfen.').length, 1);
      assert.deepEqual(cards('Visa 4111 1111 1111 1111, exp. 12/29'), ['4111 1111 1111 1111']);
    });
  });

  describe('form fields with dotted or underscored leaders', () => {
    it('reads the name after a label and a row of dots, as after a colon', () => {
      assert.deepEqual(people('Antrag\n\nName ............. Ulfert Hinzpeter\nOrt: Bonn'), ['Ulfert Hinzpeter']);
      assert.deepEqual(people('Antrag\n\nName . . . . . . . Jorinde Plattmeier\nOrt: Bonn'), ['Jorinde Plattmeier']);
    });

    it('reads the name after a label, a colon and a blank line drawn with underscores', () => {
      assert.deepEqual(people('Antrag\n\nName: ____________ Tammo Vierkötter\nOrt: Bonn'), ['Tammo Vierkötter']);
      assert.deepEqual(people('Receipt\n\nName: _______ Wendrik Oltmanns\nAddress: 4 Mill Lane'), ['Wendrik Oltmanns']);
    });

    it('finds no person in a table of contents or a price list with dotted leaders', () => {
      const toc = 'Inhalt\n\nEinleitung ............ 3\nMethoden und Material ............ 12\nAnhang ......... 40';
      assert.deepEqual(people(toc), []);
      assert.deepEqual(people('Preise\n\nKaffee ........ 2,50 €\nKuchen ........ 3,20 €'), []);
    });

    it('reads no value from an empty field followed by the next label, nor from a prose ellipsis', () => {
      assert.deepEqual(people('Unterschrift Käufer: ________  Ort und Datum: Kiel, 3.4.2026'), []);
      assert.deepEqual(people('Signed ............................   Dated 12/10/2026'), []);
      assert.deepEqual(people('Signature: __________ Witness: __________'), []);
      const call =
        'AGENT: And your date of birth?\nCALLER: the ninth of May, nineteen eighty-one... no, 9/5/81.\nAGENT: Thanks.';
      assert.deepEqual(births(call), ['the ninth of May, nineteen eighty-one']);
    });

    it('maps the finding back over the original text (leaders kept, offsets right)', () => {
      const text = 'Name ............. Ulfert Hinzpeter\nOrt: Bonn';
      const found = new PrivacyScanner().scan(text).filter((e) => e.type === 'PERSON');
      assert.deepEqual(
        found.map((e) => text.slice(e.start, e.end)),
        ['Ulfert Hinzpeter'],
      );
    });

    it('reads leaders in linear time', () => {
      const line = (k: number) => `Feld ${k} ${'.'.repeat(20)} Wert ${k}\n`;
      const page = (n: number) => Array.from({ length: n }, (_, k) => line(k)).join('');
      const scanner = new PrivacyScanner();
      assertLinearTime('dotted leaders', (t) => scanner.scan(t), page(2000), page(8000));
      const dots = (n: number) => `Name ${'. '.repeat(n)}`;
      assertLinearTime('one endless leader', (t) => scanner.scan(t), dots(50_000), dots(200_000));
    });
  });

  describe('tables as a PDF gives them: columns parted by runs of blanks', () => {
    it('reads no name across a column gap of a heading row', () => {
      const register = 'Trauregister 1961 – Auszug\n\nBräutigam      Braut\nJelto Harms      Imke Tjaden\n';
      assert.ok(!people(register).some((p) => /Bräutigam|Braut$/.test(p)));
      assert.ok(!people('Baptisms\n\nGroom      Bride\n').length);
    });

    it('reads a role column and the name beside it as a labelled field', () => {
      const entry =
        'Taufbuch 1931, Nr. 12\n\nTäufling      Okke Wiards\nVater      Ulfert Hinzpeter\nMutter      Tammo Vierkötter\n';
      assert.deepEqual(people(entry), ['Okke Wiards', 'Ulfert Hinzpeter', 'Tammo Vierkötter']);
      const baptism = 'Baptism 1898\n\nFather      Jorinde Plattmeier\nSponsor      Wendrik Oltmanns\n';
      assert.deepEqual(people(baptism), ['Jorinde Plattmeier', 'Wendrik Oltmanns']);
      const wedding = 'Trauung am 3. Mai 1952\nTrauzeugen: Jelto Harms, Okke Wiards\nOrt: Emden';
      assert.deepEqual(people(wedding), ['Jelto Harms', 'Okke Wiards']);
    });

    it('reads a register table given one cell a line: headings first, then the cells in order', () => {
      const table =
        'Taufbuch 1931\n\nTäufling\ngeboren\nVater\nMutter\nPate/Patin\nOkke Wiards\n12.03.1931\nUlfert Hinzpeter\nTammo Vierkötter\nJelto Harms\n\nAusgestellt am 3.4.2026';
      assert.deepEqual(people(table), ['Okke Wiards', 'Ulfert Hinzpeter', 'Tammo Vierkötter', 'Jelto Harms']);
      // One role among the headings is no register's table: the cells stay as the other rules read them.
      const one = 'Kurs\n\nDatum\nOrt\nPate\nMontag\nWinterkamp Süd\nOkke\n';
      assert.ok(!people(one).includes('Winterkamp Süd'));
    });

    it('reads register roles in linear time', () => {
      const roles = (n: number) => 'Vater      \n'.repeat(n);
      const cells = (n: number) => `Täufling\nVater\nMutter\n${'Okke Wiards\n'.repeat(n)}`;
      assertLinearTime('role fields', (t) => people(t), roles(5000), roles(20000));
      assertLinearTime('cells one a line', (t) => people(t), cells(5000), cells(20000));
    });

    it("reads no trade or place after a singular role's name as a second name", () => {
      const found = people('Bräutigam: Ulfert Hinzpeter, Zimmermann, wohnhaft Leer\nBraut: Tammo Vierkötter, Magd');
      assert.deepEqual(found, ['Ulfert Hinzpeter', 'Tammo Vierkötter']);
    });
  });

  describe('birth dates without a day, and wrapped onto the next line', () => {
    it('reads a birth year or month and year right after "born"/"geb.", approximate or not', () => {
      assert.deepEqual(births('My ancestor Jory Penhallow, born about 1802, was a tin miner.'), ['1802']);
      assert.deepEqual(births('Proband: Initialen K.L., geb. 04/1948, männlich'), ['04/1948']);
      assert.deepEqual(births('Urgroßvater Hinnerk Tjaden, geb. ca. 1871 in Leer'), ['1871']);
      assert.deepEqual(births('Ellen Trewin (born c. 1875) married in 1896.'), ['1875']);
      assert.deepEqual(births('Tamsin Rowe, born about 1768, was baptised at Zennor.'), ['1768']);
      assert.deepEqual(births('Gesucht: Geburtseintrag für Okko Janssen (* ca. 1839) aus Norden.'), ['1839']);
      assert.deepEqual(births('Umsatz * 2024, Kosten * 2019'), []);
    });

    it('leaves years after other uses of the words alone', () => {
      assert.deepEqual(births('The idea was born in 2015 at a hackathon.'), []);
      assert.deepEqual(births('Wir feiern den Geburtstag 2025 im Gemeindehaus.'), []);
      assert.deepEqual(births('geb. 2 Stück, Lieferung 1999 Stück'), []);
      // The year a form asks for alone is left unmarked, as the labelled sets leave it.
      assert.deepEqual(births('Vor- und Zuname: Okke Wiards\nGeburtsjahr: 1958\nOrt: Emden'), []);
    });

    it('reads the date in a birthday list whose age adds up to this year, and no other date', () => {
      const now = LABELLED_IN_YEAR;
      const list = `Birthdays this month:\n  Maud Pascoe – 95 on 3 December ${now - 95}\n  Jory Rowe – 90 on 18 Dec ${now - 90}\n`;
      assert.deepEqual(births(list), [`3 December ${now - 95}`, `18 Dec ${now - 90}`]);
      assert.deepEqual(births(`Room booked – 12 on 3 March ${now - 40} was the old date.`), []);
    });

    it('reads a birth date the page wrapped onto the next line after "geboren am"/"born on"', () => {
      assert.deepEqual(births('Gesucht wird der Eintrag von Jelto Harms, geboren am\n14. März 1879 in Aurich.'), [
        '14. März 1879',
      ]);
      assert.deepEqual(births('We look for Morwenna Pascoe, born on\n2 June 1884 at Truro.'), ['2 June 1884']);
    });
  });
});
