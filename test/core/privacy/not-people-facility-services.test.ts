import { flagged, unflagged } from '../../support/type-findings.js';

describe("the cleaning and facility-services trade's words that are no one (round 48, set 45)", () => {
  it("leaves a catalogue item's name, the trade's services and departments", () => {
    const catalogue =
      '{"data":{"services":[{"code":"SV-452","name":"Grundreinigung","unit":"h","priceNet":"515.50"},' +
      '{"code":"SV-822","name":"Treppenhausreinigung","unit":"pauschal","priceNet":"446.00"},' +
      '{"code":"SV-082","name":"Sperrmüllabholung","unit":"m2","priceNet":"397.90"},' +
      '{"code":"SV-449","name":"Winterdienst Saison","unit":"pauschal","priceNet":"266.90"}]}}';
    for (const v of ['Grundreinigung', 'Treppenhausreinigung', 'Sperrmüllabholung', 'Winterdienst Saison'])
      unflagged(catalogue, 'PERSON', v);
    unflagged('Störung Aufzug\nStatus: zugewiesen an Servicetechnik, SLA 4 Std.\n', 'PERSON', 'Servicetechnik');
  });

  it("keeps a person's name in a catalogue-like record and after a title", () => {
    flagged('{"code":"SV-1","name":"Jana Okafor","unit":"h","priceNet":"45.00"}', 'PERSON', 'Jana Okafor');
    flagged(
      '{"code":"C-1","name":"Kochuvareed Padinjarethil","unit":"h","price":"5","email":"k.p@example.com"}',
      'PERSON',
      'Kochuvareed Padinjarethil',
    );
    flagged('Reinigung bei Frau Jana Okafor, Grundreinigung am Montag\n', 'PERSON', 'Jana Okafor');
  });

  it("leaves a business customer's premises, a state issuing a passport and a street; keeps the look-alikes", () => {
    const rounds =
      '# | Customer | Address | Freq | Price\n1 | Berdaqjan Qosbergenov | 12 Otley Road, Leeds LS6 3PX | 4 wk | £18\n' +
      '2 | Nangkham Tunhseng | 48 Otley Road, Leeds LS6 3PX | 8 wk | £22\n3 | Headingley Dental Practice | 90 Otley Road | 4 wk | £45\n' +
      '4 | Jana Okafor | 12 Elm Close | 8 wk | £20\n';
    unflagged(rounds, 'PERSON', 'Headingley Dental Practice');
    flagged(rounds, 'PERSON', 'Jana Okafor');
    unflagged(
      'Deep Clean Report\nSite: Gourmet Bay Bistro, 210 Elizabeth St, Hobart (commercial premises)\n',
      'PERSON',
      'Gourmet Bay Bistro',
    );
    const passport = 'Name: Jana Okafor\nPassport no.: C5V8X84NY4 (issued by Germany, naturalised 2021)\n';
    unflagged(passport, 'PERSON', 'Germany');
    flagged(passport, 'PERSON', 'Jana Okafor');
    const fall = 'Dear Claims,\nRe: fall at the Elizabeth St car park, 22 June 2026\nElizabeth Okafor\n';
    unflagged(fall, 'PERSON', 'Elizabeth St');
    flagged(fall, 'PERSON', 'Elizabeth Okafor');
    flagged('Betreut von Elizabeth St. John.\n', 'PERSON', 'Elizabeth');
  });
});
