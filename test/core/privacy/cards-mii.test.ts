import { flagged, unflagged } from '../../support/type-findings.js';

describe('cards in the banking MIIs no network prefix names', () => {
  it('reads a Luhn-valid 16-digit number from 59 or 61, 66, 68, 69 as a card', () => {
    flagged(';91.112.110.211;CAM-46 2026-08-06 01:40;5968696493056299\n', 'CREDIT_CARD', '5968696493056299');
    flagged('Karte 5968 6964 9305 6299', 'CREDIT_CARD', '5968 6964 9305 6299');
    flagged('K-2;Anna Berg;6100000000000006;2026-01-01', 'CREDIT_CARD', '6100000000000006');
  });

  it('leaves look-alikes alone', () => {
    // Not Luhn-valid.
    unflagged('K-2;Anna Berg;5968696493056298;2026-01-01', 'CREDIT_CARD', '5968696493056298');
    // An IMEI: 15 digits.
    unflagged('IMEI: 596869649305628', 'CREDIT_CARD', '596869649305628');
    // An order's number after its label.
    unflagged('Bestellnummer 5968696493056299', 'CREDIT_CARD', '5968696493056299');
    // A timestamp run together (MII 2 stays with its networks).
    unflagged('ts=2026080601400003', 'CREDIT_CARD', '2026080601400003');
    // Mixed separators: no card as printed.
    unflagged('5968 6964/9305-6299', 'CREDIT_CARD', '5968 6964/9305-6299');
  });
});
