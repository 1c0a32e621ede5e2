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

describe("Mastercard's 2-series range (2221–2720) and a card given over the phone", () => {
  it('reads the range edges as cards, and not the numbers just outside it', () => {
    flagged('Paid: 2221 0048 1682 5773', 'CREDIT_CARD', '2221 0048 1682 5773');
    flagged('Paid: 2720 9948 1682 5771', 'CREDIT_CARD', '2720 9948 1682 5771');
    // 2721, Luhn-valid: MII 2 past the range's end stays no card without a card word.
    unflagged('Paid: 2721 0048 1682 5778', 'CREDIT_CARD', '2721 0048 1682 5778');
  });

  it('reads 16 digits after "over the phone:" as a card (no phone number has 16 digits)', () => {
    flagged('Card taken over the phone: 2221502481682577, exp 08/29', 'CREDIT_CARD', '2221502481682577');
    // Luhn-invalid look-alike.
    unflagged('Card taken over the phone: 2221502481682578, exp 08/29', 'CREDIT_CARD', '2221502481682578');
    // A subscriber's number in a phone field (13 digits, Luhn-valid by chance) stays no card.
    unflagged('"msisdn": "4915112345678"', 'CREDIT_CARD', '4915112345678');
  });
});
