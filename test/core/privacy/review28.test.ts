import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const phones = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PHONE_NUMBER')
    .map((e) => text.slice(e.start, e.end));

describe('review 28: round 29 table and screen readers keep people', () => {
  it('a phone number after an amount in the same run is still a phone number', () => {
    assert.deepEqual(phones('Saldo 42,082.24 0176 4418203\n'), ['0176 4418203']);
    assert.deepEqual(phones('Rückzahlung 3,517.9 0152 9937461\n'), ['0152 9937461']);
    // The amount alone, and an amount over the next row's account number, stay no phone number.
    assert.deepEqual(phones('Saldo 42,082.24\n'), []);
    assert.deepEqual(phones('Kasse      42,082.24 \n 1100 Bank\n'), []);
  });

  it('a line-printer table goes on after a subtotal line', () => {
    const text =
      ' PERS-NR  NAME           VORNAME    SK\n' +
      '   3318   WENDELBORN     Gerlinde   3\n' +
      '   ZWISCHENSUMME ABT. 4            1.200,00\n' +
      '   3319   QUIRMBACH      Eckart     1\n';
    const found = personSpans(text);
    has(found, 'WENDELBORN');
    has(found, 'QUIRMBACH');
    has(found, 'Eckart');
    hasNone(found, 'ZWISCHENSUMME');
  });

  it('stays linear on amounts followed by numbers and on subtotal lines', () => {
    const scan = (text: string) => scanner.scan(text);
    for (const unit of ['1,234.56 0171 ', ' NAME  VORNAME  SK\n SUMME 1\n'])
      assertLinearTime(JSON.stringify(unit), scan, repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

describe('review 28: a call log line keeps its phone number apart from the date and time after it', () => {
  it('the phone number ends before the date when a time follows the date', () => {
    assert.deepEqual(phones('Rückruf 0172 6630418   14.03.2026 09:40\n'), ['0172 6630418']);
    assert.deepEqual(phones('Anruf von 030 86240731    02.04.2026 16:05\n'), ['030 86240731']);
    // A number with a bracketed duration keeps its own reading.
    assert.deepEqual(phones('Rückruf 0172 6630418   14.03.2026\n'), ['0172 6630418']);
  });
});

describe('review 28: two phone numbers side by side in columns', () => {
  it('reads each column number on its own', () => {
    assert.deepEqual(phones('Tel 0172 6630418  0172 6630419\n'), ['0172 6630418', '0172 6630419']);
    assert.deepEqual(phones('Tel. 030 86240731   0171 4029637\n'), ['030 86240731', '0171 4029637']);
    // A number written with a double blank inside stays one number.
    assert.deepEqual(phones('Tel. 0172  6630418\n'), ['0172  6630418']);
  });

  it('stays linear on long rows of numbers in columns', () => {
    const scan = (text: string) => scanner.scan(text);
    const unit = '0171 5550199  ';
    assertLinearTime(JSON.stringify(unit), scan, repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
