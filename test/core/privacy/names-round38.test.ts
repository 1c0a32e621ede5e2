import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { capitalRepeatsOfFoundNames } from '../../../nodes/core/privacy/names-capital-repeats.js';
import { surnameFirstCells } from '../../../nodes/core/privacy/names-crew-cells.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import assert from 'node:assert/strict';

const scanner = new PrivacyScanner();

describe('round 38: lone names in payload prose and fields', () => {
  it('reads a lone surname after a role on a vehicle or a line, not a post or a vehicle', () => {
    has(personSpans('Fare evasion; ID checked by inspector Halvorsrud.'), 'Halvorsrud');
    has(personSpans('The conductor Quillfeder laughed when I asked for the change.'), 'Quillfeder');
    has(personSpans('{"note":"Kein Fahrschein, Ausweis kontrolliert. Kontrolleurin Wendelstrup."}'), 'Wendelstrup');
    const lookAlikes = personSpans(
      'Report to the inspector General today. Prüfer Stelle bleibt offen. Fahrer Linie 5.\nFahrer B: Jonas\nDisponent: Lfd. Nr. 14',
    );
    for (const word of ['General', 'Stelle', 'Linie', 'B', 'Lfd']) hasNone(lookAlikes, word);
  });

  it("reads a request's subject after a clause break", () => {
    has(personSpans('{"reason": "Charged twice; Ormelind asks for a refund", "agent": "a1"}'), 'Ormelind');
    has(personSpans('{"reason":{"string":"Doppelt abgebucht, Ysolde bittet um Erstattung"}}'), 'Ysolde');
    const lookAlikes = personSpans(
      'Charged twice; Support asks for a refund. Doppelt gebucht, Kunde bittet um Rückruf.',
    );
    hasNone(lookAlikes, 'Support');
    hasNone(lookAlikes, 'Kunde');
    const counts = personSpans('Orders 12. Law-enforcement requests: 9, 2 declined. Notiz, Agentur fragt nach Hotel.');
    hasNone(counts, 'Law');
    hasNone(counts, 'Agentur');
  });

  it('reads a person key outside an Avro union wrapper, and companions', () => {
    has(personSpans('{"driver":{"display_name":{"string":"Brannoch"},"driver_id":{"string":"drv_1"}}}'), 'Brannoch');
    has(personSpans('{"from": "Kiel Hbf", "companion": "Tormod MacAoidh"}'), 'Tormod MacAoidh');
    has(personSpans('{"trip":{"companion":{"string":"Lisandru Orsoni-Vecchi"}}}'), 'Lisandru Orsoni-Vecchi');
    hasNone(personSpans('{"product":{"display_name":{"string":"Premium"},"sku":{"string":"P-1"}}}'), 'Premium');
    // The thing-value filter reads the same key outside the wrapper, and escaped JSON inside a string.
    has(personSpans('{"member":{"full_name":{"string":"Eachann Mac Gille Dhuibh"}}}'), 'Eachann Mac Gille Dhuibh');
    has(
      personSpans('{"Message":"{\\"from\\":\\"Ostbahnhof\\",\\"companion\\":\\"Harith bin Syed Amran\\"}"}'),
      'Harith bin Syed Amran',
    );
    hasNone(personSpans('{"trip":{"route":{"string":"Loch Awe Mac Lines"}}}'), 'Loch');
  });

  it('reads "Statement of:", "Signed" with an initial, and an approval line with its date', () => {
    const statement = personSpans(
      'Statement of: Tormod MacIomhair, Revenue Protection Inspector\n\nSigned T. MacIomhair',
    );
    has(statement, 'Tormod MacIomhair');
    has(statement, 'T. MacIomhair');
    has(personSpans('Disposition: genehmigt, Quellmann, 02.04.2026'), 'Quellmann');
    hasNone(personSpans('Status: approved, Pending, 02.04.2026'), 'Pending');
  });

  it("reads a lone surname under a name object's part key", () => {
    has(personSpans('{"name": {"first": "Adeola", "last": "Oluwafemikayode"}, "team": "Blue"}'), 'Oluwafemikayode');
    hasNone(personSpans('{"range": {"first": "Alpha", "last": "Omega"}}'), 'Omega');
  });

  it('finds a found name again in capitals', () => {
    const text = 'Patient: Odalys Vanterpool, seen 02.04.\nREF*EJ*7731004412*ODALYS VANTERPOOL 0171~';
    const found = scanner.scan(text).filter((e) => e.type === 'PERSON');
    const first = found.find((e) => text.slice(e.start, e.end) === 'Odalys Vanterpool');
    assert.ok(first);
    // The rule itself, given the first finding only (the scorer may or may not take the capitals).
    const again = capitalRepeatsOfFoundNames(text, [first]).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(again, ['ODALYS VANTERPOOL']);
    assert.deepEqual(capitalRepeatsOfFoundNames('MAIN STREET and Odalys Vanterpool', [first]), []);
  });

  it('reads "Surname, Given" cells of a pipe-separated list', () => {
    const text = '| No | Name | Rank |\n| 1 | Dalvinsrud, Henrike | Bosun |\n| 2 | Hamburg, Altona | Port |\n';
    const cells = surnameFirstCells(text).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(cells, ['Dalvinsrud, Henrike']);
    has(personSpans(text), 'Dalvinsrud, Henrike');
    assert.deepEqual(surnameFirstCells('Prose with a | bar, Henrike and no row.'), []);
  });

  it('stays linear on huge inputs of these shapes', () => {
    const unit =
      '| Dalvinsrud, Henrike | Bosun | ODALYS VANTERPOOL | Charged twice; Ormelind asks | inspector Halvorsrud |' +
      ' {"a":{"string":"x"}} genehmigt, Quellmann, 02.04.2026\n';
    assertLinearTime('round 38 cues', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
    const capitals = 'ODALYS VANTERPOOL ';
    const found = [{ type: 'PERSON' as const, start: 0, end: 17, score: 1 }];
    assertLinearTime(
      'capital repeats',
      (t) => capitalRepeatsOfFoundNames(t, found),
      repeated(capitals, 200_000),
      repeated(capitals, 800_000),
    );
    assertLinearTime(
      'surname-first cells',
      (t) => surnameFirstCells(t),
      repeated('| Dalvinsrud, Henrike ', 200_000),
      repeated('| Dalvinsrud, Henrike ', 800_000),
    );
  });
});
