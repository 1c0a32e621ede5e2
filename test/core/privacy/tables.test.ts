import { flagged, unflagged } from '../../support/type-findings.js';

describe('name columns known by their heading (tables.ts)', () => {
  it("reads both name parts under a role's headings (learner_surname, learner_first)", () => {
    const csv =
      'class_id,date,learner_surname,learner_first,present,minutes_late,note\n' +
      'ESL-E2-07,2026-02-10,Ngomsène,Laminemodoune,Y,0,\n' +
      'ESL-E2-07,2026-02-10,Taijeronåhi,Guahanita,Y,0,\n';
    flagged(csv, 'PERSON', 'Laminemodoune');
    flagged(csv, 'PERSON', 'Guahanita');
  });

  it("leaves a role's other columns alone (a learner's town beside the name)", () => {
    const csv =
      'class_id,learner_first,learner_city,present\n' +
      'ESL-E2-07,Laminemodoune,Winnipeg,Y\n' +
      'ESL-E2-07,Guahanita,Selkirk,Y\n';
    flagged(csv, 'PERSON', 'Laminemodoune');
    unflagged(csv, 'PERSON', 'Selkirk');
  });
});
