import { flagged, unflagged } from '../../support/type-findings.js';

describe('names a note gives by what the person did (names-phone-notes.ts)', () => {
  it('reads the name after "Rückruf bitte an", "evidence seen by" and an officer\'s rank', () => {
    flagged('Sekretariat (09:41): Rückruf bitte an Sentervar wg. Kurswechsel A2 → B1', 'PERSON', 'Sentervar');
    flagged('Fee remission: Yes – Universal Credit (evidence seen by Blehtoomoo, 22/01/2026)', 'PERSON', 'Blehtoomoo');
    flagged(
      'Ended 15:50 · Travel 0.5 h\nOfficer: Det. Sgt. Kilabukaaluk #2231        Approved',
      'PERSON',
      'Kilabukaaluk',
    );
  });

  it('leaves an ordinary word after the same phrases alone', () => {
    unflagged('Rückruf bitte an Zentrale wg. Kurswechsel', 'PERSON', 'Zentrale');
    unflagged('Fee remission (evidence seen by Reception, 22/01/2026)', 'PERSON', 'Reception');
  });
});
