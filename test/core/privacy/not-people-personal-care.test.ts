import { flagged, unflagged } from '../../support/type-findings.js';

describe("the personal-care trade's words that are no one (round 47, set 44)", () => {
  it('leaves classes, treatments, dance styles and levels', () => {
    unflagged('Mo 19:30 Tango Argentino Mittelstufe (Saal 2)\n', 'PERSON', 'Argentino');
    unflagged('Tue 7:00pm Hot Vinyasa (Studio 1, 38°C)\n', 'PERSON', 'Vinyasa');
    unflagged('Tabelle mit 6 Zeilen und 4 Spalten\nYin Yoga, 07:00, Raum 1, 6 Plätze frei\n', 'PERSON', 'Yin Yoga');
    unflagged('Salsa Anfänger, 19:45, Raum 4, 3 Plätze frei\n', 'PERSON', 'Salsa Anfänger');
    unflagged('Pilates Reformer, 08:45, Raum 4, 5 Plätze frei\n', 'PERSON', 'Pilates Reformer');
    unflagged('  - row "Shellac £72.50":\n    - cell "Shellac"\n', 'PERSON', 'Shellac');
    unflagged('Motiv, Bearbeiten, Schwalbe Unterarm links, 9 cm\n', 'PERSON', 'Schwalbe Unterarm');
  });

  it("leaves an ID card's label, a studio's name and a desk speaking in a chat", () => {
    unflagged(
      'Ausweis geprüft: Personalausweis Nr. MMWW5T5NZ9, zusätzlich Reisepass\n',
      'PERSON',
      'Personalausweis Nr',
    );
    unflagged(
      'Sonnenstudio Goldbraun Linz – Vermerk\nAm 02.05.2026 war Frau Lubica Hoskiee da.\n',
      'PERSON',
      'Goldbraun',
    );
    unflagged('CLIENT CARD – Shear Bliss, Galway\nName: Rituparnika Hazarikia\n', 'PERSON', 'Shear Bliss');
    unflagged("[5/14/26, 7:11 AM] Hawthorne Spa Manager: Dorjila I'll cover 2-6\n", 'PERSON', 'Hawthorne Spa Manager');
    unflagged(
      'Durig Bezzolin\nLorrainestrasse 8, 3012 Bern\n\nAn: FitWerk Bern, Mitgliederservice\n',
      'PERSON',
      'FitWerk Bern',
    );
  });

  it('keeps a person named like a style, beside a treatment or a salon named after its owner', () => {
    flagged('Frau Argentino kam zum Tango.\n', 'PERSON', 'Argentino');
    flagged('Shellac – Jana Berg\n', 'PERSON', 'Jana Berg');
    flagged(
      'Sonnenstudio Goldbraun Linz – Vermerk\nAm 02.05.2026 war Frau Lubica Hoskiee da.\n',
      'PERSON',
      'Lubica Hoskiee',
    );
    flagged('CLIENT CARD – Shear Bliss, Galway\nName: Rituparnika Hazarikia\n', 'PERSON', 'Rituparnika Hazarikia');
    flagged('Salon Petra Huber · 0711 6158 220\n', 'PERSON', 'Petra Huber');
  });
});
