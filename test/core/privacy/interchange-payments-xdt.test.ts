import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { ibanValid } from '../../../nodes/core/privacy/iban-validity.js';
import { deTaxIdValid } from '../../../nodes/core/privacy/checksums.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Every finding as "TYPE value" (the original text of its span). */
const findings = (text: string) => scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
const values = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

const PERSON_IBAN = 'DE21440501990123456789';
const FIRM_IBAN = 'DE11120300000098765432';
const OTHER_IBAN = 'DE91700202705550001234';
const TAX_ID = '26954318718';
const TAX_ID_2 = '26954318726';

describe('interchange readers: SWIFT MT, payment QR payloads, xDT and fixed-width records', () => {
  it('the made-up values are valid (IBAN check digits, tax id check digit)', () => {
    for (const iban of [PERSON_IBAN, FIRM_IBAN, OTHER_IBAN, 'AT611904300234573201']) assert.ok(ibanValid(iban), iban);
    assert.ok(deTaxIdValid(TAX_ID) && deTaxIdValid(TAX_ID_2));
  });

  describe('SWIFT MT103', () => {
    const mt103 = [
      'Rückläufer aus dem Portal:',
      '',
      '{1:F01NOLADE21XXX0000123456}{2:I103GENODEF1XXXXN}{4:',
      ':20:REF20260417',
      ':23B:CRED',
      ':32A:260417EUR212,40',
      `:50K:/${FIRM_IBAN}`,
      'NORDLICHT PHARMA GMBH',
      `:59:/${PERSON_IBAN}`,
      'HELMTRUD ZANKOWSKI',
      'LERCHENWEG 12',
      '23552 LUEBECK',
      ':70:ERSTATTUNG 4411',
      ':71A:SHA',
      '-}',
    ].join('\n');

    it('reads the beneficiary (:59:): IBAN, given and family name apart, the address lines as one', () => {
      const p = values(mt103, 'PERSON');
      assert.ok(p.includes('HELMTRUD') && p.includes('ZANKOWSKI'), JSON.stringify(p));
      assert.deepEqual(values(mt103, 'POSTAL_ADDRESS'), ['LERCHENWEG 12\n23552 LUEBECK']);
      assert.ok(values(mt103, 'IBAN_CODE').includes(PERSON_IBAN));
    });

    it("an ordering customer that is a firm (:50K: … GMBH): its account is the firm's, not a person's", () => {
      assert.ok(!values(mt103, 'IBAN_CODE').includes(FIRM_IBAN), JSON.stringify(findings(mt103)));
      assert.ok(!values(mt103, 'PERSON').some((p) => /NORDLICHT|PHARMA/.test(p)));
    });

    it('a short name word that spells a legal form inside the name ("SE") does not make the party a firm', () => {
      const text = [':20:REF77', `:59:/${OTHER_IBAN}`, 'PARK SE YEON', 'ROSENSTR 4', ':71A:SHA', '-}'].join('\n');
      assert.ok(values(text, 'IBAN_CODE').includes(OTHER_IBAN), JSON.stringify(findings(text)));
      assert.ok(values(text, 'PERSON').includes('YEON'), JSON.stringify(findings(text)));
    });

    it('option F (:50F:) numbered lines: name, address line, country and town, date of birth', () => {
      const text = [
        ':20:REF998877',
        `:50F:/${OTHER_IBAN}`,
        '1/WENDELIN OSTERKAMP',
        '2/BIRKENALLEE 7',
        '3/DE/04315 LEIPZIG',
        '4/19770214',
        ':59:/AT611904300234573201',
        'BERGHOF APOTHEKE KG',
        '-}',
      ].join('\n');
      const p = values(text, 'PERSON');
      assert.ok(p.includes('WENDELIN') && p.includes('OSTERKAMP'), JSON.stringify(p));
      assert.deepEqual(values(text, 'DATE_OF_BIRTH'), ['19770214']);
      assert.ok(values(text, 'POSTAL_ADDRESS').includes('04315 LEIPZIG'));
      assert.ok(values(text, 'IBAN_CODE').includes(OTHER_IBAN));
      assert.ok(!values(text, 'IBAN_CODE').includes('AT611904300234573201'));
    });
  });

  describe('SWIFT MT940 :86: subfields', () => {
    const mt940 = [
      ':20:STMT4471',
      ':25:44050199/0123450000',
      ':28C:17/1',
      ':60F:C260301EUR30912,00',
      ':61:260302C88,10NTRFNONREF',
      `:86:166?00GUTSCHRIFT?20ERSTATTUNG REZEPT?21NR 7781?30DORTDE33XXX?31${PERSON_IBAN}?32QUAPPENBERG LIUDMI`,
      '?33LA',
      ':61:260303C12,00NTRFNONREF',
      `:86:166?00GUTSCHRIFT?20SAMMELRECHNUNG?30COBADEFFXXX?31${OTHER_IBAN}?32KREUZ APOTHEKE OHG`,
      ':62F:C260303EUR31012,10',
    ].join('\n');

    it('the IBAN right after ?31 and the name in ?32, wrapped inside a word into ?33, one label over both halves', () => {
      assert.ok(values(mt940, 'IBAN_CODE').includes(PERSON_IBAN), JSON.stringify(findings(mt940)));
      const p = values(mt940, 'PERSON');
      assert.ok(p.includes('QUAPPENBERG'), JSON.stringify(p));
      assert.ok(p.includes('LIUDMI\n?33LA'), JSON.stringify(p));
    });

    it("a firm's name in ?32: neither its IBAN nor its name is a person's; balances and references are no phone", () => {
      assert.ok(!values(mt940, 'IBAN_CODE').includes(OTHER_IBAN));
      assert.ok(values(mt940, 'IBAN_CODE').includes(PERSON_IBAN));
      assert.ok(!values(mt940, 'PERSON').some((p) => /KREUZ/.test(p)));
      assert.deepEqual(values(mt940, 'PHONE_NUMBER'), []);
    });
  });

  describe('EPC QR (GiroCode) and Swiss QR-bill', () => {
    it('EPC: the beneficiary name line (6) as given and family name, the IBAN line (7)', () => {
      const text = [
        'Scanner liest:',
        '',
        'BCD',
        '002',
        '1',
        'SCT',
        '',
        'Ilvy Brackmann',
        OTHER_IBAN,
        'EUR35.20',
        '',
        '',
        'Fahrt 2231',
      ].join('\n');
      const p = values(text, 'PERSON');
      assert.ok(p.includes('Ilvy') && p.includes('Brackmann'), JSON.stringify(p));
      assert.ok(values(text, 'IBAN_CODE').includes(OTHER_IBAN));
    });

    it('EPC: a surname that begins with an institution word ("Laborde", "Kassem") is still a person\'s', () => {
      const text = ['BCD', '002', '1', 'SCT', '', 'Ysolde Kassem-Laborde', OTHER_IBAN, 'EUR12.00'].join('\n');
      assert.ok(values(text, 'PERSON').includes('Kassem-Laborde'), JSON.stringify(findings(text)));
      assert.ok(values(text, 'IBAN_CODE').includes(OTHER_IBAN));
    });

    it("EPC: a firm's name line: its IBAN is its own", () => {
      const text = ['BCD', '002', '1', 'SCT', 'GENODEM1GLS', 'Sonnenhof Tierklinik GmbH', FIRM_IBAN, 'EUR80.00'].join(
        '\n',
      );
      assert.deepEqual(values(text, 'IBAN_CODE'), []);
      assert.deepEqual(values(text, 'PERSON'), []);
    });

    it('Swiss QR: the debtor (lines 21–27) a person, the street to the town one address; the creditor a firm with a QR-IBAN', () => {
      const text = [
        'Inhalt des QR-Codes:',
        '',
        'SPC',
        '0200',
        '1',
        'CH5730000123456789012',
        'S',
        'Hundesalon Birkenhof AG',
        'Dorfstrasse',
        '5',
        '3600',
        'Thun',
        'CH',
        ...Array<string>(7).fill(''),
        '120.50',
        'CHF',
        'S',
        'Liselotte Vuilleumier',
        'Unter Grabenacker',
        '17',
        '8400',
        'Winterthur',
        'CH',
        'QRR',
        '210000000003139471430009017',
        'Impfung',
        'EPD',
      ].join('\n');
      const p = values(text, 'PERSON');
      assert.ok(p.includes('Liselotte') && p.includes('Vuilleumier'), JSON.stringify(p));
      // The street's two capitalised words are an address, not a name.
      assert.ok(!p.some((v) => v.includes('Grabenacker')), JSON.stringify(p));
      assert.deepEqual(values(text, 'POSTAL_ADDRESS'), ['Unter Grabenacker\n17\n8400\nWinterthur']);
      assert.deepEqual(values(text, 'IBAN_CODE'), []);
    });
  });

  describe('xDT / LDT', () => {
    const ldt = [
      'LDT-Ausschnitt:',
      '',
      '01380008220',
      '0188310004417791',
      '0193101Wiegelmann',
      '0153102Ortrud',
      '017310314031961',
      '0203106 53111 Bonn',
      '0138410GLUC',
      '01084205',
    ].join('\n');

    it('reads the patient by field id: 3101 family name, 3102 given name, 3103 birth date, 3106 town', () => {
      const p = values(ldt, 'PERSON');
      assert.ok(p.includes('Wiegelmann') && p.includes('Ortrud'), JSON.stringify(p));
      assert.deepEqual(values(ldt, 'DATE_OF_BIRTH'), ['14031961']);
      assert.deepEqual(values(ldt, 'POSTAL_ADDRESS'), ['53111 Bonn']);
    });

    it('length and field id before a value, record and lab fields (8xxx) are no phone numbers', () => {
      assert.deepEqual(values(ldt, 'PHONE_NUMBER'), [], JSON.stringify(findings(ldt)));
      assert.deepEqual(values(ldt, 'DE_SOCIAL_SECURITY'), []);
    });

    it('numbers whose digits merely hold a field id (length prefixes that do not count the line) are no record', () => {
      const list = 'Rückrufnummern:\n0173101223344\n0173102556677\n0173103120387\n';
      assert.ok(!values(list, 'PERSON').some((p) => /^\d+$/.test(p)));
      assert.deepEqual(values(list, 'DATE_OF_BIRTH'), []);
    });
  });

  describe('fixed-width records with a documented layout', () => {
    const row = (no: string, name: string, iban: string, tax: string, card: string, amount: string) =>
      `FEE${no}${name.padEnd(32)}${iban.padEnd(24)}${tax.padEnd(13)}${card.padEnd(20)}${amount}EUR`;
    const rows = [
      row('000117', 'BRACKMANN,ILVY', PERSON_IBAN, TAX_ID, '4111111111111111', '120000'),
      row('000118', 'OSTERKAMP,WENDELIN', OTHER_IBAN, TAX_ID_2, '5555555555554444', '98000'),
    ].join('\n');
    const text = `Export (record: type+no 9, name 32, IBAN 24, tax id 13, card 20, amount):\n\n${rows}\n\nColumn offset?`;

    it('reads the name column as family and given name and the tax id column by the documented widths', () => {
      const p = values(text, 'PERSON');
      for (const name of ['BRACKMANN', 'ILVY', 'OSTERKAMP', 'WENDELIN']) assert.ok(p.includes(name), JSON.stringify(p));
      assert.deepEqual(values(text, 'DE_TAX_ID'), [TAX_ID, TAX_ID_2]);
    });

    it('reads the columns only where the text documents the layout; the record type and number is no value', () => {
      assert.ok(!findings(text).some((f) => f.includes('FEE000117')), JSON.stringify(findings(text)));
      assert.equal(values(text, 'DE_TAX_ID').length, 2);
      // The same rows without the layout: no column is guessed from the look of the line.
      assert.deepEqual(values(`Export:\n\n${rows}`, 'DE_TAX_ID'), []);
    });
  });

  it('reads indented messages with CR LF line ends after a log line, and truncated payloads without throwing', () => {
    const logged =
      '2026-05-01 10:00:01 INFO inbound:\r\n    :20:REF1\r\n    :59:/' +
      PERSON_IBAN +
      '\r\n    EDGAR WIEGELMANN\r\n    LERCHENWEG 12\r\n    :71A:SHA\r\n    -}\r\n';
    const p = values(logged, 'PERSON');
    assert.ok(p.includes('EDGAR') && p.includes('WIEGELMANN'), JSON.stringify(p));
    assert.deepEqual(values(logged, 'POSTAL_ADDRESS'), ['LERCHENWEG 12']);
    const lab = '  01380008220\r\n  0193101Wiegelmann\r\n  0153102Ortrud\r\n  017310314031961\r\n';
    assert.deepEqual(values(lab, 'DATE_OF_BIRTH'), ['14031961']);
    for (const cut of [
      'SPC\n0200\n1',
      'BCD\n002\n1\nSCT',
      ':20:\n:59:/',
      ':20:X\n:86:?32',
      '0193101\n0193101\n0193101',
    ])
      assert.doesNotThrow(() => scanner.scan(cut));
  });

  it('reads long and repeated payloads in linear time', () => {
    const mt940 = (n: number) => `:20:X\n:86:166${'?32ABCDEFGH IJKL\n?33MN'.repeat(n)}\n:62F:C260303EUR1,00`;
    assertLinearTime('MT940 subfields', (t) => scanner.scan(t), mt940(4_000), mt940(16_000));
    const fields = (n: number) => `${':20:X\n:59:/A\nB C\n'.repeat(n)}`;
    assertLinearTime('SWIFT fields without a blank line', (t) => scanner.scan(t), fields(4_000), fields(16_000));
    const xdt = (n: number) => '0173101Wiegelmann\n'.repeat(n);
    assertLinearTime('xDT lines', (t) => scanner.scan(t), xdt(4_000), xdt(16_000));
    const layout = (n: number) => `Layout: ${'name 32, '.repeat(n)}iban 24\n${'X'.repeat(n * 8)} 3,`;
    assertLinearTime('fixed-width layout', (t) => scanner.scan(t), layout(4_000), layout(16_000));
    const qr = (n: number) => 'BCD\n002\n1\nSCT\n\n'.repeat(n);
    assertLinearTime('payment QR lines', (t) => scanner.scan(t), qr(4_000), qr(16_000));
  });
});
