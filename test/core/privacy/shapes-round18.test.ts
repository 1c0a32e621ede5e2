import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const births = valuesOf('DATE_OF_BIRTH');
const cards = valuesOf('CREDIT_CARD');
const phones = valuesOf('PHONE_NUMBER');
const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Round 18: legal, court, recruiting and probate papers as scanned pages come out of OCR or
 * PDF-to-text (words hyphenated at line ends, tables aligned by blanks, running page numbers,
 * OCR's "O" for a zero). Names and numbers are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 18 (scanned legal papers)', () => {
  describe('words hyphenated at a line end are read whole', () => {
    it('finds a name and a street broken over lines, the finding covering both parts and the break', () => {
      const text = 'Klägerin: Vazul Lak-\natos, Am Kel-\nlerberg 12, 93047 Regensburg, gegen Herrn Bo Erk';
      assert.deepEqual(people(text).slice(0, 1), ['Vazul Lak-\natos']);
      assert.deepEqual(addresses(text), ['Am Kel-\nlerberg 12, 93047 Regensburg']);
    });

    it('keeps the hyphen of a double name before a capital ("Müller-\\nLüdenscheidt") in the view', () => {
      const view = normalizeForDetection('Anton Müller-\nLüdenscheidt und Ober-\nhausen');
      assert.equal(view.text, 'Anton Müller-\nLüdenscheidt und Oberhausen');
    });

    it('maps a span of the joined word back over the hyphen and the line break', () => {
      const original = 'Herr Heri-\nbert Büchel';
      const view = normalizeForDetection(original);
      assert.equal(view.text, 'Herr Heribert Büchel');
      const at = view.text.indexOf('Heribert');
      const span = view.toOriginal(at, at + 'Heribert Büchel'.length);
      assert.equal(original.slice(span.start, span.end), 'Heri-\nbert Büchel');
    });

    it('reads 200 KB and 800 KB of "a-\\n" and of "-\\n" in linear time', () => {
      const scanner = new PrivacyScanner();
      for (const unit of ['a-\n', '-\n', 'ab-\ncd '])
        assertLinearTime(
          JSON.stringify(unit),
          (text) => scanner.scan(text),
          repeated(unit, 200_000),
          repeated(unit, 800_000),
        );
    });
  });

  describe('tables aligned by blanks', () => {
    it('reads the heirs and their birth dates under "Surname, forename" and "Date of birth"', () => {
      const text =
        'SCHEDULE OF BENEFICIARIES\n\nSurname, forename        Share      Date of birth       Address\n' +
        'Quarrie, Odetta      1/2        July 9, 1965     3310 Juniper Hollow Rd, Boise, ID 83702\n' +
        'Brannagh, Ilse      1/4        16/10/1992     6828 Old Mill Pike, Boise, ID 83702\n';
      assert.deepEqual(people(text), ['Quarrie, Odetta', 'Brannagh, Ilse']);
      assert.deepEqual(births(text), ['July 9, 1965', '16/10/1992']);
    });

    it('reads a German list of heirs ("Name, Vorname  Quote  Geburtsdatum  Anschrift")', () => {
      const text =
        'Name, Vorname            Quote      Geburtsdatum        Anschrift\n' +
        'Wendlinger, Ottokar      1/2        16.08.1997     Fasangartengasse 42, 1160 Wien\n';
      assert.ok(people(text).includes('Wendlinger, Ottokar'));
      assert.deepEqual(births(text), ['16.08.1997']);
    });

    it('reads no table in a form of labels and values aligned by blanks (must-keep: its name and date stay)', () => {
      const text = 'Name  Dasom Kwerin\nGeburtsdatum  25.08.1969\nAnschrift  Heinrich-Heine-Str. 60, 18055 Rostock\n';
      const found = people(text);
      assert.ok(!found.includes('Geburtsdatum') && !found.includes('Anschrift'), JSON.stringify(found));
      assert.deepEqual(births(text), ['25.08.1969']);
    });

    it('takes no amounts or other dates for birth dates in a column without a birth heading', () => {
      const text = 'Heir                      Share     Paid on\nVermeulen, Lize          25%       12.03.2026\n';
      assert.deepEqual(births(text), []);
      assert.ok(people(text).includes('Vermeulen, Lize'));
    });
  });

  describe('pages in two columns side by side', () => {
    it("reads the party under its label in the left column, the right column's words left out", () => {
      const text =
        'Verkäufer:                                  Der Verkäufer verkauft das im\n' +
        'Tsangpo, Lhamo                              Grundbuch von Regensburg Blatt\n' +
        'geb. 11.03.1999                             4471 eingetragene Grundstück\n';
      assert.ok(people(text).includes('Tsangpo, Lhamo'), JSON.stringify(people(text)));
    });

    it('takes no left cell that is not shaped as a name (a date, an address)', () => {
      const text =
        'Vendor:                                     The vendor sells\n3 Protea Avenue                             registered\n';
      assert.ok(!people(text).includes('3 Protea Avenue'));
    });
  });

  describe('birth dates as scans write them', () => {
    it('reads OCR\'s "O" for a zero in a day ("2O. November 1987")', () => {
      assert.deepEqual(births('Gintarė Petraitytė, geb. am 2O. November 1987, Ausweis'), ['2O. November 1987']);
    });

    it('reads "bom" (OCR for "born") before a date on the next line', () => {
      assert.deepEqual(births('against the debtor Douwe Haitsema, bom\n15/03/1953, last known at'), ['15/03/1953']);
    });

    it('reads the obituary\'s "* date   † date" line, not a bulleted date', () => {
      assert.deepEqual(births('Heribert Frommann\n* 12. April 1937   † 27. November 2026\nIn Liebe'), [
        '12. April 1937',
      ]);
      assert.deepEqual(births('Agenda\n* 12.04.2026 Teammeeting\n* 14.04.2026 Review'), []);
    });
  });

  describe('cards and phones on scanned pages', () => {
    it('reads a card number after a running page number on the line above', () => {
      assert.deepEqual(cards('The debtor offered payment by card\nPage 2\n5241 7875 1272 5128; call back'), [
        '5241 7875 1272 5128',
      ]);
      assert.deepEqual(cards('Zahlung per Karte\nSeite 3\n4111 1111 1111 1111.'), ['4111 1111 1111 1111']);
    });

    it('reads "Tel. tagsüber:" and a North American number with its leading "1-"', () => {
      assert.deepEqual(phones('   Tel. tagsüber: +423 911 60 68\n'), ['+423 911 60 68']);
      // A geographic area code: toll-free ones (1-888-…) are an organisation's since round 32 (freephone-numbers.ts).
      assert.deepEqual(phones('Member: Mahihkan Cardinal. Questions: 1-617-332-3234'), ['1-617-332-3234']);
    });
  });

  describe('courts and law firms are no people', () => {
    it('drops a court named where a recipient would stand, and its seat', () => {
      assert.deepEqual(people('Empfänger:       Amtsgericht Regensburg\nAktenzeichen:    Az. 35 C 70/26'), []);
      assert.deepEqual(people('Recipient:       High Court of South Africa, Gauteng Division'), []);
      assert.deepEqual(people('Regionalgericht Oberland, Thun\nAz. 38 C 309/26'), []);
      assert.deepEqual(people('Recipient:       Employment Tribunal, Leeds\nReference: Claim No. K7'), []);
    });

    it('must keep: a judge named after the court, a person called Court, parties beside a court', () => {
      assert.ok(people('Margaret Court won the final.').includes('Margaret Court'));
      assert.ok(
        people('durch die Richterin am Amtsgericht Linnea Brask für Recht erkannt').some((p) => p.includes('Linnea')),
      );
      assert.ok(people('Amtsgericht Regensburg, Richterin Henrike Salm').some((p) => p.includes('Henrike')));
    });

    it('drops a partners\' name right before "& Partner Rechtsanwälte", "Solicitors", "LLP" or after "Kanzlei"', () => {
      assert.deepEqual(people('Prozessbevollmächtigte: Ruhnau & Partner Rechtsanwälte,\ngegen'), []);
      assert.deepEqual(people('represented by Majithia & Ladurner Solicitors, and'), []);
      assert.deepEqual(people('Kunde: Kanzlei Pfannstiel Rechtsanwälte, Regensburg'), []);
    });

    it('must keep: a lawyer with her own title, a person above a firm, the opposing party', () => {
      assert.ok(people('Mit freundlichen Grüßen\nAnna Berghoff\nRechtsanwältin').includes('Anna Berghoff'));
      assert.ok(people('Kind regards,\nAnna Berghoff\nPemberton LLP').includes('Anna Berghoff'));
      assert.ok(
        people('Prozessbevollmächtigte: Kanzlei Vossgraf Khadka, gegen Herrn Winfried Lindemann').includes(
          'Winfried Lindemann',
        ),
      );
    });
  });

  describe('buildings named after a person', () => {
    it('takes no "Clara-Zetkin-Haus" or "Geschwister-Scholl-Schule" for a person', () => {
      assert.deepEqual(people('Hausordnung – Wohnheim Clara-Zetkin-Haus, Lerchenweg 40, 37075 Göttingen'), []);
      assert.deepEqual(people('Elternbrief der Geschwister-Scholl-Schule, Ringstraße 4, 37073 Göttingen'), []);
    });

    it('must keep: a person whose surname is "Haus", a double-barrelled name', () => {
      assert.ok(people('Kontakt: Anna-Lena Müller-Haus, Tel. 0171 2345678').includes('Anna-Lena Müller-Haus'));
      assert.ok(people('Herr Hans-Peter Haus kommt um neun.').includes('Hans-Peter Haus'));
    });
  });

  describe('parties and mourners', () => {
    it('reads the defendant after "- Klägerin -, gegen" and the mourners after "sadly missed by"', () => {
      assert.ok(people('Regensburg, - Klägerin -, gegen Sokha Pich,\n- Beklagter -').includes('Sokha Pich'));
      assert.ok(people('Sadly missed by Mth-\nokozisi Majola and family.').includes('Mth-\nokozisi Majola'));
    });

    it('takes no time of day after "gegen" for a name', () => {
      assert.deepEqual(people('Wir treffen uns gegen Mittag im Büro.'), []);
    });
  });
});
