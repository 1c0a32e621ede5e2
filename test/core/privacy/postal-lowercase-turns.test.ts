import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Addresses as a speech recogniser writes them: lower case, no commas between the parts, a British postcode in
 * lower case, and a turn label in capitals at the line's start ("[SPEAKER_01 00:00:40] ", "Caller: "), which made
 * the line look like a text with capitals.
 */
describe('privacy detectors: postal addresses in lower-case turns of a transcript', () => {
  it('finds a British address in lower case after a turn label, with or without commas', () => {
    assert.deepEqual(addresses('[SPEAKER_01 00:00:40] 26 rowan avenue truro tr1 2hx'), [
      '26 rowan avenue truro tr1 2hx',
    ]);
    assert.deepEqual(addresses('SPEAKER_01: 102 mill lane carlisle ca1 3pw'), ['102 mill lane carlisle ca1 3pw']);
    assert.deepEqual(addresses("[00:00:12] Caller: like it's 6 elm way swansea sa1 4lp the house with the red door"), [
      '6 elm way swansea sa1 4lp',
    ]);
    assert.deepEqual(addresses('bill to:\nnazdar zebari\n9 tannery row\nkendal la9 4hb'), [
      '9 tannery row\nkendal la9 4hb',
    ]);
  });

  it('finds an American address in lower case, its town and state run together after the street', () => {
    assert.deepEqual(addresses("[00:00:04] Caller: so it's 878 church street springfield illinois 62704"), [
      '878 church street springfield illinois 62704',
    ]);
    assert.deepEqual(addresses('caller: i live on main street and earn 55000'), []);
    assert.deepEqual(addresses('caller: we drove 300 miles on route 66 to reach 90210'), []);
  });

  it('reads a lower-case line after its turn label, not with the capitals of the label', () => {
    assert.deepEqual(addresses('[00:00:46] Safety officer: oudegracht 6 3511 ak utrecht').length, 1);
  });

  it('leaves times, gates, counts and scores in lower-case speech alone', () => {
    assert.deepEqual(addresses('caller: flight ba 123 leaves from gate b2 4pm'), []);
    assert.deepEqual(addresses('SPEAKER_01: i have 2 kids and 5 cats'), []);
    assert.deepEqual(addresses('caller: the score was 3 to 1 in the end'), []);
    assert.deepEqual(addresses('SPEAKER_01: room 12 level 3 block b2 1st floor'), []);
  });

  it('stays linear on dense lower-case postcodes and house numbers', () => {
    const scanner = new PrivacyScanner();
    const text = (n: number) => 'SPEAKER_01: 5 ab way sw1a 2aa 3 b '.repeat(n);
    assertLinearTime('lower-case postcodes', (t) => scanner.scan(t), text(1500), text(6000));
    const zips = (n: number) => `caller: ${'12 oak street town 62704 '.repeat(n)}`;
    assertLinearTime('run-together zip codes on one line', (t) => scanner.scan(t), zips(1500), zips(6000));
  });
});
