import assert from 'node:assert/strict';
import { joinPageBreaks } from '../../../nodes/core/privacy/page-breaks.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const ibans = valuesOf('IBAN_CODE');
const phones = valuesOf('PHONE_NUMBER');
const postal = valuesOf('POSTAL_ADDRESS');
const births = valuesOf('DATE_OF_BIRTH');
const passports = (text: string) => [...valuesOf('DE_PASSPORT')(text), ...valuesOf('DE_ID_CARD')(text)];
const persons = valuesOf('PERSON');
const scanner = new PrivacyScanner();

/**
 * Round 24 (part A): values a word processor's converter breaks across a page (footer, form feed and
 * the next page's running header inside the value), persons' tables (rooming and accreditation
 * lists) whose dates are dates of birth and whose codes are passport numbers, and short Swiss and
 * Austrian street names without a street word. Examples written here; look-alikes beside them.
 */
describe('privacy detectors: shapes of round 24 (page breaks, persons’ tables, short streets)', () => {
  describe('a value broken by page furniture', () => {
    const header = 'Musikverein Talheim e.V.\tMitgliedsantrag';
    const top = `${header}\n\nAntrag auf Mitgliedschaft\n`;

    it('finds an IBAN whose halves stand on two pages, covering the footer and header between them', () => {
      const broken = `DE89 3704 0044\nSeite 2 von 4\n\f${header}\n0532 0130 00`;
      const text = `${top}Beitrag per Lastschrift von IBAN ${broken}\nDanke.`;
      assert.deepEqual(ibans(text), [broken]);
      const english = `GB29 NWBK 6016\nPage 1 of 2\n\fHarbour Arts Trust\tDonation form\n1331 9268 19`;
      assert.deepEqual(ibans(`Harbour Arts Trust\tDonation form\nGift Aid account: ${english}\n`), [english]);
    });

    it('finds an address whose street is on one page and town on the next', () => {
      const broken = `Kastanienallee 17b\nSeite 1 von 3\n\f${header}\n79100 Freiburg`;
      const found = postal(`${top}Antragsteller: Mira Olbrecht, ${broken}\nEintritt zum 1. März`);
      assert.deepEqual(found, [broken]);
    });

    it('finds a phone number split by a footer and a form feed', () => {
      const broken = `0176 4455\n- 2 -\n\f${header}\n6071`;
      assert.deepEqual(phones(`${top}Mobil: ${broken}\n`), [broken]);
    });

    it('leaves a page break between paragraphs or between a number and a word alone', () => {
      const text = `${top}Der Beitrag beträgt 48 Euro.\n\nSeite 1 von 2\n\f${header}\n2026 beschlossen.`;
      assert.equal(joinPageBreaks(text), undefined);
      // A running header naming its owner stays visible to the detectors when nothing is joined over it.
      const owner = 'Kulturamt Feldkirch\tAktenvermerk\tVerantwortlich: Hermine Zotter';
      const owned = `${owner}\nAnzahl Plätze 120\nSeite 1 von 2\n\f${owner}\n300 Besucher erwartet`;
      assert.equal(joinPageBreaks(owned), undefined);
      assert.ok(persons(owned).some((p) => p.includes('Hermine Zotter')));
    });

    it('reads dense page breaks in linear time', () => {
      const page = (n: number) => `IBAN DE89 3704 0044\nSeite ${n} von 9999\n\fKopf\tZeile\n0532 0130 00\n`;
      const make = (k: number) => Array.from({ length: k }, (_, n) => page(n)).join('');
      assertLinearTime('page breaks', (t) => scanner.scan(t), make(500), make(2000));
      // A run of footers and form feeds after a value's first half: each line is read once.
      const footers = (k: number) => 'IBAN DE89 3704 0044\n' + 'Seite 1 von 2\n\f\n'.repeat(k) + 'Ende';
      assertLinearTime('a run of footers', (t) => joinPageBreaks(t), footers(20_000), footers(80_000));
    });
  });

  describe('persons’ tables', () => {
    it('reads dates of birth and passport numbers under headings, also after a page break', () => {
      const text =
        'Reisebüro Morgenrot GmbH\tGruppenliste Andalusien\n\n' +
        '| Zimmer | Name | Geb. | Pass-Nr. |\n' +
        '| DZ | KOWALCZYK/AGATA | 14.05.1979 | C4N7XPWRT6 |\n' +
        '| EZ | BRANDSTÄTTER/LUKAS | 02.11.1961 | CFGHJKLMN7 |\n' +
        '\nSeite 1 von 2\n\fReisebüro Morgenrot GmbH\tGruppenliste Andalusien\n' +
        '| DZ | OYELARAN/FUNMI | 3. Juni 1990 | CZXRPTVWL9 |\n';
      assert.deepEqual(births(text), ['14.05.1979', '02.11.1961', '3. Juni 1990']);
      const found = passports(text);
      for (const v of ['CFGHJKLMN7', 'CZXRPTVWL9']) assert.ok(found.includes(v), `${v} in ${JSON.stringify(found)}`);
    });

    it('reads a tab-separated list without heading when the dates lie long before the document’s', () => {
      const text =
        'Erstellt: 2026-03-02\n\nBus 2\n' +
        'DZ\tHALVORSEN/INGRID\t12.09.1958\tCZXRPTVWL9\n' +
        'EZ\tMBEKI/THANDO\t7 March 1984\tCFGHJKLMN7\n';
      assert.deepEqual(births(text), ['12.09.1958', '7 March 1984']);
      assert.deepEqual(passports(text), ['CZXRPTVWL9', 'CFGHJKLMN7']);
    });

    it('reads "Surname, Given" rows under an accreditation heading', () => {
      const text =
        '| Name | Role | DOB | ID/passport |\n| Okonkwo, Chidi | Lights | 4 April 1988 | CFGHJKLMN7 |\n| Lindqvist, Maja | Sound | 19/02/1995 | CZXRPTVWL9 |\n';
      assert.deepEqual(births(text), ['4 April 1988', '19/02/1995']);
      assert.deepEqual(passports(text), ['CFGHJKLMN7', 'CZXRPTVWL9']);
    });

    it('leaves travel dates, booking and seat codes in the same tables alone', () => {
      const text =
        'Erstellt: 2026-03-02\n\n| Name | Anreise | Abreise | Buchung |\n' +
        '| HALVORSEN/INGRID | 12.09.2026 | 19.09.2026 | CZXRPTVWL9 |\n' +
        '| MBEKI/THANDO | 13.09.2026 | 19.09.2026 | QX7T2K |\n';
      assert.deepEqual(births(text), []);
      assert.deepEqual(passports(text), []);
      // Without a heading, a recent date is a travel date, not a birth date.
      assert.deepEqual(births('Stand 2026-05-01\nDZ\tHALVORSEN/INGRID\t12.09.2020\tRM 214\n'), []);
      // An invoice table: dates and numbers, no persons.
      assert.deepEqual(births('Erstellt 2026\nRE-2201\t12.09.1998\tQX7T2K3\t120,00\n'), []);
    });

    it('reads a huge table in linear time', () => {
      const row = (n: number) => `DZ\tHALVORSEN/INGRID\t12.09.19${10 + (n % 80)}\tCZXRPTVWL9\n`;
      const make = (k: number) => 'Erstellt: 2026\n' + Array.from({ length: k }, (_, n) => row(n)).join('');
      assertLinearTime('persons tables', (t) => scanner.scan(t), make(1000), make(4000));
    });
  });

  describe('North American numbers outside NANP’s ranges', () => {
    it('finds a number written with its area code in brackets, without a phone word', () => {
      assert.deepEqual(phones('Mutter: Rosa Delgado, (212) 055-0198'), ['(212) 055-0198']);
      assert.deepEqual(phones('Regie: Tom Hale · (646) 129-7734 · hale@example.org'), ['(646) 129-7734']);
    });

    it('leaves bracketed counts, years and reference numbers alone', () => {
      assert.deepEqual(phones('Plätze (120) 300-mal verkauft'), []);
      assert.deepEqual(phones('Akte 212-055-0198 (2019)'), []);
    });
  });

  describe('short streets without a street word', () => {
    it('finds a one-word street with a house number before a postcode and town', () => {
      assert.deepEqual(postal('Wohnadresse: Murkai 12, 8010 Graz'), ['Murkai 12, 8010 Graz']);
      assert.deepEqual(postal('Ansprechperson Ueli Zbinden, Limmatquai 4, 8001 Zürich'), ['Limmatquai 4, 8001 Zürich']);
      assert.deepEqual(postal('Gast: Noor Haddad\nSeequai 7\n8640 Rapperswil'), ['Seequai 7\n8640 Rapperswil']);
      // One word that is no street word and no dictionary word, before a four-digit postcode.
      assert.deepEqual(postal('Anschrift: Rüttigasse 2, 3600 Thun'), ['Rüttigasse 2, 3600 Thun']);
      assert.deepEqual(postal('Kontakt: Ilse Moser, Schoren 14, 3653 Oberhofen'), ['Schoren 14, 3653 Oberhofen']);
    });

    it('leaves halls, stages, gates, rows and seats alone', () => {
      for (const t of [
        'Probe in Saal 3, 8010 Graz bleibt Ausweichort',
        'Treffpunkt Bühne 2, danach Halle 7',
        'Einlass ab 19 Uhr, Reihe 12',
        'Saal 3, 4020 Linz Ausweichquartier',
        'Bühne 2, 2026 Premiere',
        'Probe 4, 2027 Wiederaufnahme',
        'Gate 21, 1010 Wien Flughafen',
        'Block C 4, 4020 Linz',
      ])
        assert.deepEqual(postal(t), [], t);
    });
  });

  describe('a contract party under a firm', () => {
    it('keeps the home address of a party named on the line after a firm and a conjunction', () => {
      const text =
        'Vertrag zwischen Verlag Nordlicht AG (Verlag) und\nMirela Tavčar (Autorin), Holunderweg 12, 49076 Osnabrück\n';
      assert.deepEqual(postal(text), ['Holunderweg 12, 49076 Osnabrück']);
      const english =
        'This agreement is made between Harbour Press Ltd and\nOwen Kettle, 14 Mill Lane, Bristol BS3 4DN\n';
      assert.deepEqual(postal(english), ['14 Mill Lane, Bristol BS3 4DN']);
    });

    it("still leaves a firm's letterhead address alone", () => {
      assert.deepEqual(postal('Verlag Nordlicht AG\nHolunderweg 12, 49076 Osnabrück\n'), []);
      assert.deepEqual(postal('Harbour Press Ltd\n14 Mill Lane, Bristol BS3 4DN\n'), []);
    });
  });
});
