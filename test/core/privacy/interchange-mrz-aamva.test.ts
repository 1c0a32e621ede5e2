import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { aamvaFields } from '../../../nodes/core/privacy/interchange-aamva.js';
import { mrzFields } from '../../../nodes/core/privacy/interchange-mrz.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding as `TYPE value`. */
const found = (text: string) => scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

const PASSPORT = ['P<D<<OSTERWOLDT<<HILKEA<MARLENE<<<<<<<<<<<<<', 'C4RT7XK2L7D<<7902147F3206113<<<<<<<<<<<<<<<4'].join(
  '\n',
);

const ID_CARD = [
  'IDD<<LK3H9P7Z16<<<<<<<<<<<<<<<',
  '8509071<3101023D<<<<<<<<<<<<<2',
  'VOSSWINKEL<<ENNO<BERTRAM<<<<<<',
].join('\n');

describe('interchange: ICAO 9303 machine-readable zones', () => {
  it('reads a German passport (TD3): each name word, the number without its check digit, the birth date', () => {
    const f = found(`Booking rejected, APIS copied from the scan:\n\n${PASSPORT}\n\nPlease fix the given names.`);
    for (const v of [
      'PERSON OSTERWOLDT',
      'PERSON HILKEA',
      'PERSON MARLENE',
      'DE_PASSPORT C4RT7XK2L',
      'DATE_OF_BIRTH 790214',
    ])
      assert.ok(f.includes(v), `${v} in ${JSON.stringify(f)}`);
    assert.ok(!f.some((x) => x.includes('C4RT7XK2L7') || x.includes('7902147') || x.includes('<')), JSON.stringify(f));
  });

  it('reads a German ID card (TD1) over three lines, indented and with CRLF', () => {
    const text = `Zone:\r\n  ${ID_CARD.split('\n').join('\r\n  ')}\r\nBitte prüfen.`;
    const f = found(text);
    for (const v of [
      'PERSON VOSSWINKEL',
      'PERSON ENNO',
      'PERSON BERTRAM',
      'DE_ID_CARD LK3H9P7Z1',
      'DATE_OF_BIRTH 850907',
    ])
      assert.ok(f.includes(v), `${v} in ${JSON.stringify(f)}`);
  });

  it("reads another country's passport's name and birth date but types no German number", () => {
    const text = 'P<FRA<<DUCHEMINOT<<AURELIEN<<<<<<<<<<<<<<<<<\n14FV283419FRA9203055M3206113<<<<<<<<<<<<<<<0';
    const f = found(text);
    for (const v of ['PERSON DUCHEMINOT', 'PERSON AURELIEN', 'DATE_OF_BIRTH 920305'])
      assert.ok(f.includes(v), JSON.stringify(f));
    assert.ok(!f.some((x) => x.startsWith('DE_')), JSON.stringify(f));
  });

  it('reads a zone with OCR noise only when a check digit holds; an exact layout fails closed', () => {
    const noisy = PASSPORT.replace('<<<<<<<<<<<<<', '<<<<<<<<<<<').replace('7902147', '7902147 ');
    assert.ok(mrzFields(noisy)?.personal.some((e) => e.type === 'DATE_OF_BIRTH'));
    const badChecks = PASSPORT.replace('C4RT7XK2L7', 'C4RT7XK2L1').replace('7902147', '7902143');
    assert.ok(
      mrzFields(badChecks)?.personal.some((e) => e.type === 'DE_PASSPORT'),
      'exact layout read',
    );
    const noisyBad = badChecks.replace('<<<<<<<<<<<<<', '<<<<<<<<<<<');
    assert.equal(mrzFields(noisyBad), undefined);
  });

  it('leaves filler-only and prose lines alone', () => {
    assert.equal(mrzFields('Use << and >> for shifts. <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<'), undefined);
  });

  it('reads long texts in linear time', () => {
    const unit = `${PASSPORT}\nnote <<< 12345\n`;
    assertLinearTime('mrz', mrzFields, repeated(unit, 100_000), repeated(unit, 400_000));
  });
});

const LICENCE = [
  '@',
  '\u001e\rANSI 636099100102DL00410288ZV02990008DLDAQF482219003',
  'DCSTREMBLAY-OKAFOR',
  'DACMIRELLE',
  'DADNONE',
  'DBB07141988',
  'DBC2',
  'DAG4471 JUNIPER RIDGE LN',
  'DAIGREENVILLE',
  'DAJSC',
  'DAK296150000',
  'DBA07142030',
  'DCGUSA',
].join('\n');

describe('interchange: AAMVA PDF417 driving licences', () => {
  it('reads names, birth date and street by element id; licence number, city, state, postcode are not', () => {
    const f = found(`Check-in scanner raw data:\n\n${LICENCE}\n\nDBB is MMDDCCYY, not CCYYMMDD.`);
    for (const v of [
      'PERSON TREMBLAY-OKAFOR',
      'PERSON MIRELLE',
      'DATE_OF_BIRTH 07141988',
      'POSTAL_ADDRESS 4471 JUNIPER RIDGE LN',
    ])
      assert.ok(f.includes(v), `${v} in ${JSON.stringify(f)}`);
    for (const w of ['NONE', 'F482219003', 'GREENVILLE', 'DAJSC', 'MMDDCCYY', 'CCYYMMDD', '29615'])
      assert.ok(!f.some((x) => x.includes(w)), `no ${w} in ${JSON.stringify(f)}`);
  });

  it('reads a Canadian CCYYMMDD birth date and a middle name', () => {
    const text = LICENCE.replace('DBB07141988', 'DBB19880714').replace('DADNONE', 'DADSOLENNE');
    const f = found(text);
    assert.ok(f.includes('DATE_OF_BIRTH 19880714') && f.includes('PERSON SOLENNE'), JSON.stringify(f));
  });

  it('reads nothing without an AAMVA header and in linear time', () => {
    assert.equal(aamvaFields('DCSFOO\nDACBAR\nANSI standard'), undefined);
    assertLinearTime('aamva', aamvaFields, repeated(`${LICENCE}\n\n`, 100_000), repeated(`${LICENCE}\n\n`, 400_000));
  });
});
