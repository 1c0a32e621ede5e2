import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each postal address the scanner finds in `text`, as its text. */
const addresses = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'POSTAL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe('addresses of Malta, the Gulf and India', () => {
  it('reads a Maltese street, locality and three-letter postcode, in prose and under a JSON key', () => {
    assert.deepEqual(addresses('{"streetAddress":"Triq il-Ħarrub 17, Żebbuġ ZBG 2041","countryCode":"MT"}'), [
      'Triq il-Ħarrub 17, Żebbuġ ZBG 2041',
    ]);
    assert.deepEqual(addresses('Tenant lives at Triq Sant Anna 8, Ta’ Xbiex XBX 1120 since May.\n'), [
      'Triq Sant Anna 8, Ta’ Xbiex XBX 1120',
    ]);
    // Look-alikes: a product code of three letters and four digits, a street without its number.
    assert.deepEqual(addresses('Order ref Triq Tiles, batch ZBG 2041 delivered\n'), []);
  });

  it('reads a Gulf villa or flat with its post office box as a home address', () => {
    assert.deepEqual(addresses('{"correspondenceAddress": ["Villa 23, Al Qusais Road, Sharjah P.O. Box 61844"]}'), [
      'Villa 23, Al Qusais Road, Sharjah P.O. Box 61844',
    ]);
    assert.deepEqual(addresses('Address: Flat 705, Corniche Street, Doha P.O. Box 22871\n'), [
      'Flat 705, Corniche Street, Doha P.O. Box 22871',
    ]);
    // Look-alike: a firm's post office box without a villa or flat stays no home.
    assert.deepEqual(addresses('Address: Gulf Trading LLC, Corniche Street, Doha P.O. Box 22871\n'), []);
  });

  it('reads an Indian flat, locality, city and PIN', () => {
    assert.deepEqual(addresses('Owner: Flat 204, Indiranagar 2nd Stage, Mysuru 570011, phone follows\n'), [
      'Flat 204, Indiranagar 2nd Stage, Mysuru 570011',
    ]);
    // Look-alike: an invoice line with a six-digit number.
    assert.deepEqual(addresses('Invoice 204, Widgets, Batch 570011\n'), []);
  });

  it('reads long lines in linear time', () => {
    const line =
      'Villa 1, ' + 'Abc Def, '.repeat(30) + 'P.O. Box 12345 Triq il-x 1, Aaa AAA 1234 Flat 9, 1, 1, 560095 ';
    assertLinearTime('gulf/malta/india', (t) => scanner.scan(t), line.repeat(20), line.repeat(80));
  });
});
