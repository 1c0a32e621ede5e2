import assert from 'node:assert/strict';
import { composeIBAN } from 'ibantools';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/**
 * The cheap tests that spare the number, address and date detectors their patterns must never drop
 * what the patterns find: these are the edges where a shortcut could (a pattern going on over a
 * tab past a number run, look-alike letters inside an IBAN, a street after prose-like numbers, a
 * date before its label), each beside a look-alike that stays unflagged.
 */
const scanner = new PrivacyScanner();
const found = (text: string) => scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]);

describe('privacy scan shortcuts (same findings as the full patterns)', () => {
  it('a card or tax id whose digits go on over a tab is still found; one cut off before its run is not', () => {
    assert.deepEqual(found('Karte 4111 1111 1111\t1111 gesperrt'), [['CREDIT_CARD', '4111 1111 1111\t1111']]);
    assert.deepEqual(found('Steuer-ID 860 957 427\t19'), [['DE_TAX_ID', '860 957 427\t19']]);
    assert.deepEqual(found('Karte 4111\t1111 1111 1111 gesperrt'), []);
  });

  it('IPv4 only in runs with three dots; dates and versions are not addresses', () => {
    assert.deepEqual(found('Server 203.0.113.7 antwortet nicht'), [['IP_ADDRESS', '203.0.113.7']]);
    assert.deepEqual(found('Stand 03.03.1985 und 12.04.2020'), []);
    assert.deepEqual(found('Version 1.2.3.4 ist alt'), []);
    assert.deepEqual(found('Login 2001:db8::8a2e:370:7334 um 09:12:33'), [['IP_ADDRESS', '2001:db8::8a2e:370:7334']]);
  });

  it('an IBAN written with O for 0 is found; a letter no reading can put right, or words after "at 12", are not', () => {
    assert.deepEqual(found('IBAN DE89 37O4 OO44 O532 O13O OO'), [['IBAN_CODE', 'DE89 37O4 OO44 O532 O13O OO']]);
    assert.deepEqual(found('IBAN DE89 37X4 0044 0532 0130 00'), []);
    assert.deepEqual(found('at 12 Oil lamps were sold'), []);
  });

  it('IBANs of several countries written with O and l for 0 and 1 are found, with an X for a digit not', () => {
    let seed = 7;
    const digit = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String(seed % 10);
    };
    const bbans: Record<string, () => string> = {
      DE: () => Array.from({ length: 18 }, digit).join(''),
      AT: () => Array.from({ length: 16 }, digit).join(''),
      GB: () => `NWBK${Array.from({ length: 14 }, digit).join('')}`,
    };
    for (let i = 0; i < 60; i++) {
      const country = Object.keys(bbans)[i % 3];
      const iban = composeIBAN({ countryCode: country, bban: bbans[country]() })!;
      const lookalike = iban.slice(0, 4) + iban.slice(4).replace(/0/g, 'O').replace(/1/g, 'l');
      assert.deepEqual(found(`Konto ${lookalike} bitte`), [['IBAN_CODE', lookalike]], lookalike);
      const broken = `${iban.slice(0, 8)}X${iban.slice(9)}`;
      assert.deepEqual(
        found(`Konto ${broken} bitte`).filter(([type]) => type === 'IBAN_CODE'),
        [],
        broken,
      );
    }
  });

  it('number runs begin where the pattern finds them, also after five blanks', () => {
    assert.deepEqual(found('12     0151 23456789'), [['PHONE_NUMBER', '0151 23456789']]);
    assert.deepEqual(found('Zimmer 12 0151 23456789'), []);
    assert.deepEqual(found('RV-Nr. 65 170839 J 003'), [['DE_SOCIAL_SECURITY', '65 170839 J 003']]);
  });

  it('foreign numbers libphonenumber decides, asked twice, give the same answer', () => {
    const text = 'Ruf an: +1 (646) 916-6961 oder +1 (646) 916-6961, London +44 20 7946 0958';
    assert.deepEqual(found(text), [
      ['PHONE_NUMBER', '+1 (646) 916-6961'],
      ['PHONE_NUMBER', '+1 (646) 916-6961'],
      ['PHONE_NUMBER', '+44 20 7946 0958'],
    ]);
    assert.deepEqual(found(text), found(text));
  });

  it('streets after prose: an English street and a German one found, capitalised prose after a number not', () => {
    assert.deepEqual(found('We met at 221 Baker Street, London NW1 6XE yesterday.'), [
      ['POSTAL_ADDRESS', '221 Baker Street, London NW1 6XE'],
    ]);
    assert.deepEqual(found('Die Post kam an: Am Hang 3, 10115 Berlin.'), [
      ['POSTAL_ADDRESS', 'Am Hang 3, 10115 Berlin'],
    ]);
    assert.deepEqual(found('The committee approved 14 Proposals Today and 9 more.'), []);
    assert.deepEqual(found('Im Quartal stieg der Umsatz um 18 Prozent auf 12,8 Millionen Euro.'), []);
  });

  it('dates of birth before and after their label', () => {
    assert.deepEqual(found('Geburtsdatum:\n03.03.1985'), [['DATE_OF_BIRTH', '03.03.1985']]);
    assert.deepEqual(found('am dritten März 1985 geboren'), [['DATE_OF_BIRTH', 'dritten März 1985']]);
  });
});
