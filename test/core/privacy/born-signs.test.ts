import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const births = valuesOf('DATE_OF_BIRTH');

describe('privacy detectors: birth dates after the short signs for "born"', () => {
  it('"*" in German records and "b." in English ones, after a name or a comma, in every date form', () => {
    assert.deepEqual(births('unseren Patienten Herrn Volkan Erdem, * 02.12.58, wohnhaft in Bochum'), ['02.12.58']);
    assert.deepEqual(births('Patient/in: Shin, Minjun, * 1977-07-16'), ['1977-07-16']);
    assert.deepEqual(births('Patient: Khanh Hoang, b. 03/11/60'), ['03/11/60']);
    assert.deepEqual(births('Patient: Rui Rodrigues, b. 5th of March 1979'), ['5th of March 1979']);
    assert.deepEqual(births('Georgios Makris (b. September 16, 1971)'), ['September 16, 1971']);
    // A birth year alone after "b." beside a name is a person's too (the labelled sets 20 and 28 label it; fail closed).
    assert.deepEqual(births('Ada Lovelace (b. 1815) wrote the first program'), ['1815']);
  });

  it('list bullets, item letters, multiplications and years alone are not birth dates', () => {
    for (const text of [
      '* 02.12.2025 Teammeeting',
      'Agenda:\n* 14.01.2026 kick-off',
      'a. 01/02/2026 draft\nb. 12/03/2026 deadline',
      'Kosten: 3 * 12.03.2025',
      'Agenda:\n* 1815 Wiener Kongress',
    ])
      assert.deepEqual(births(text), [], text);
  });
});
