import assert from 'node:assert/strict';
import { nameShaped, namesByColumnConsensus } from '../../../nodes/core/privacy/names-by-column-consensus.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import type { Entity } from '../../../nodes/core/privacy/entities.js';

/** The rule alone, given the names the readers found (whether they find each is the name rules' matter). */
function consensus(text: string, names: string[], others: string[] = []): string[] {
  const found: Entity[] = [];
  const add = (value: string, type: Entity['type']) => {
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1))
      found.push({ type, start: at, end: at + value.length, score: 0.9 });
  };
  for (const name of names) add(name, 'PERSON');
  for (const other of others) add(other, 'POSTAL_ADDRESS');
  return namesByColumnConsensus(text, found)
    .map((e) => text.slice(e.start, e.end))
    .sort();
}

const SHIFTS =
  'P20;Lazare-Horn;+43 664 513 9890;02:30-21:57;lh@example.at\n' +
  ' P11;Kĕtĕrnĕ Elkener;+43 699 161 2481;02:39-13:00;ke@example.at\n' +
  ' P12;Jana Novak;+43 699 161 2482;02:39-13:00;jn@example.at\n' +
  ' P13;Pieter Smit;+43 699 161 2483;02:39-13:00;ps@example.at\n';

describe("names by a column's or a key's consensus", () => {
  it('takes the other name-shaped values of a headerless column whose names are found', () => {
    // The first row holds a finding (its phone number): a row of the register, not its header.
    assert.deepEqual(consensus(SHIFTS, ['Jana Novak', 'Pieter Smit'], ['+43 664 513 9890']), [
      'Kĕtĕrnĕ Elkener',
      'Lazare-Horn',
    ]);
    // A first row without any finding is the header, even with a digit ("| Nr. | Nachname | Vorname | Unnamed: 5 |").
    const header = 'Nr.;Nachname;Vorname;Unnamed: 5\n1;Jana Novak;x;1\n2;Pieter Smit;x;2\n3;Barieng;x;3\n';
    assert.deepEqual(consensus(header, ['Jana Novak', 'Pieter Smit']), ['Barieng']);
  });

  it("takes a repeated key's other values: INI sections, JSON arrays, YAML lists", () => {
    const ini =
      '[eintrag_01]\nposten = P1\nkraft = Jana Novak\n\n[eintrag_02]\nposten = P2\nkraft = Barieng\n\n' +
      '[eintrag_03]\nposten = P3\nkraft = Pieter Smit\n';
    assert.deepEqual(consensus(ini, ['Jana Novak', 'Pieter Smit']), ['Barieng']);
    const json =
      '[\n  {"posten": "P1", "kraft": "Jacquot", "handy": "+43 664 415 7475"},\n' +
      '  {"posten": "P2", "kraft": "Jana Novak", "handy": "+43 664 415 7476"},\n' +
      '  {"posten": "P3", "kraft": "Pieter Smit", "handy": "+43 664 415 7477"}\n]\n';
    assert.deepEqual(consensus(json, ['Jana Novak', 'Pieter Smit']), ['Jacquot']);
    const yaml =
      '- posten: P8\n  kraft: Kadashan\n- posten: P9\n  kraft: Jana Novak\n- posten: P10\n  kraft: "Pieter Smit"\n';
    assert.deepEqual(consensus(yaml, ['Jana Novak', 'Pieter Smit']), ['Kadashan']);
  });

  it('leaves a column with a single name found, and one whose found names are fewer than half', () => {
    assert.deepEqual(consensus(SHIFTS, ['Jana Novak']), []);
    const few =
      'A1;Jana Novak;x\nA2;Pieter Smit;x\nA3;Kadashan;x\nA4;Barieng;x\nA5;Jacquot;x\nA6;Lazare-Horn;x\nA7;Djigo;x\n';
    assert.deepEqual(consensus(few, ['Jana Novak', 'Pieter Smit']), []);
  });

  it('leaves doors, gates, job titles, shifts, departments, detector words and firms among the names', () => {
    const values = [
      'Jana Novak',
      'Pieter Smit',
      'Door 29',
      'Gate A',
      'Technician',
      'Night Shift',
      'Security',
      'Rauchmelder EG',
      'Northstar Locksmiths Ltd',
      'Acme GmbH',
      'Facility Management',
      'Front Desk',
    ];
    const rows = values.map((v, i) => `R${i};${v};+43 664 513 98${10 + i}`).join('\n') + '\n';
    assert.deepEqual(consensus(rows, ['Jana Novak', 'Pieter Smit']), []);
    const yaml = values.map((v, i) => `- posten: P${i}\n  kraft: ${v}\n`).join('');
    assert.deepEqual(consensus(yaml, ['Jana Novak', 'Pieter Smit']), []);
    const detectors =
      '- zone: Rauchmelder\n  melder: Handmelder\n  kraft: Jana Novak\n' +
      '- zone: Wärmemelder\n  melder: Rauchmelder\n  kraft: Pieter Smit\n' +
      '- zone: Lager Nord\n  melder: Druckknopfmelder\n  kraft: Anna Berg\n';
    // The kraft key's third name is taken; the zone key (one false find) and the melder key are not.
    assert.deepEqual(consensus(detectors, ['Jana Novak', 'Pieter Smit', 'Lager Nord']), ['Anna Berg']);
  });

  it('leaves a column of towns beside the names, and a value something else already holds', () => {
    const text = 'R1;Jana Novak;Wien;1\nR2;Pieter Smit;Graz;2\nR3;Anna Berg;Linz;3\nR4;Barieng;Hallstatt;4\n';
    assert.deepEqual(consensus(text, ['Jana Novak', 'Pieter Smit', 'Anna Berg'], ['Barieng']), []);
  });

  it('knows the name shape', () => {
    for (const name of ['Lazare-Horn', 'Kĕtĕrnĕ Elkener', "O'Brien", 'Bindu-Mol Moolayil', 'Ana de la Cruz'])
      assert.equal(nameShaped(name), true, name);
    for (const other of ['Door 29', 'Gate A', 'Technician', 'Front Desk', 'ACME', 'jana', 'Acme GmbH', 'A B C D E'])
      assert.equal(nameShaped(other), false, other);
  });

  it('runs in linear time on a long block', () => {
    const found = (text: string): Entity[] => {
      const out: Entity[] = [];
      for (const name of ['Jana Novak', 'Pieter Smit'])
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
          out.push({ type: 'PERSON', start: at, end: at + name.length, score: 0.9 });
      return out;
    };
    assertLinearTime(
      'names by column consensus',
      (t) => namesByColumnConsensus(t, found(t)),
      repeated(SHIFTS, 200_000),
      repeated(SHIFTS, 800_000),
    );
    const keys = 'kraft = Jana Novak\nkraft = Kadashan\nkraft = Pieter Smit\nkraft:' + ' '.repeat(200) + 'x\n';
    assertLinearTime(
      'names by key consensus',
      (t) => namesByColumnConsensus(t, found(t)),
      repeated(keys, 100_000),
      repeated(keys, 400_000),
    );
  });
});
