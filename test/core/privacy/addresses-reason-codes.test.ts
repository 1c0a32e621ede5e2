import { flagged, unflagged } from '../../support/type-findings.js';

describe("a report's reason code is no street (round 48, set 45)", () => {
  it('leaves "(Grund 10)" of a DEÜV report, keeps a street named Grund', () => {
    unflagged(
      'DEÜV-Meldung Anmeldung (Grund 10) – Auszug\nArbeitgeber: Hausmeisterdienst Krull & Söhne\n',
      'POSTAL_ADDRESS',
      'Grund 10',
    );
    flagged('DEÜV-Meldung (Grund 10)\nAnschrift: Grund 12, 42653 Solingen\n', 'POSTAL_ADDRESS', 'Grund 12');
    flagged('Jana Okafor wohnt Im Grund 5, 42653 Solingen\n', 'POSTAL_ADDRESS', 'Im Grund 5');
  });
});
