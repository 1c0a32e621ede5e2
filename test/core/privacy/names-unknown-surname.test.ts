import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { withUnknownSurnames } from '../../../nodes/core/privacy/names-unknown-surname.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const people = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));

describe('a given name found alone takes in the unknown surname after it', () => {
  it('in capitals and capitalised, so the surname never stays outside the placeholder', () => {
    const statement =
      ':61:2601050105CR100,00NTRFNONREF//B1\nMIETE ROSALIND QUENBY 0171 5550199\n:62F:C260105EUR1100,00\n';
    assert.ok(people(statement).includes('ROSALIND QUENBY'), String(people(statement)));
    const entity = { type: 'PERSON' as const, start: 0, end: 8, score: 0.6 };
    const text = 'Rosalind Quenby rief gestern an.';
    assert.deepEqual(
      withUnknownSurnames(text, [entity]).map((e) => text.slice(e.start, e.end)),
      ['Rosalind Quenby'],
    );
  });

  it('leaves ordinary words, another case, digits and a non-given name alone', () => {
    const cases: [string, number][] = [
      ['Rosalind Street 5', 8], // a dictionary word
      ['Rosalind QUENBY', 8], // another case: read by the capitals rule, not here
      ['Rosalind Q2', 8],
      ['Zentrale Quenby', 8], // no given name
    ];
    for (const [text, end] of cases) {
      const entity = { type: 'PERSON' as const, start: 0, end, score: 0.6 };
      assert.deepEqual(withUnknownSurnames(text, [entity]), [entity], text);
    }
  });

  it('is linear in the findings', () => {
    const text = 'Rosalind Quenby, '.repeat(200);
    const found = (t: string) =>
      [...t.matchAll(/Rosalind/g)].map((m) => ({
        type: 'PERSON' as const,
        start: m.index,
        end: m.index + 8,
        score: 0.6,
      }));
    assertLinearTime('unknown surnames', (t: string) => withUnknownSurnames(t, found(t)), text, text.repeat(4));
  });
});
