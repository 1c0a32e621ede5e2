import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

/**
 * Statements of persons nominated, ballot papers and German Wahlvorschläge list one person a line under their
 * heading, often in capitals, then a dash and the party (names-candidate-lists.ts): names no list holds, found by
 * the structure; party, ward and heading lines in capitals are no one.
 */
describe('names in lists of candidates and nominated persons (names-candidate-lists.ts, round 52)', () => {
  it('finds each name in capitals before its party under a statement of persons nominated', () => {
    const text =
      'STATEMENT OF PERSONS NOMINATED – Borough of Eastmere, Quayside Ward\n' +
      'TAKOYAWEK NIPAPIMIW – Green Party\n' +
      'ODHIAMBO-KERUBO AKINYISHI – Independent\n' +
      'The persons above stand validly nominated. Polling: Thursday 7 May 2026.\n';
    const found = people(text);
    assert.ok(found.includes('TAKOYAWEK NIPAPIMIW'), found.join(' / '));
    assert.ok(found.includes('ODHIAMBO-KERUBO AKINYISHI'), found.join(' / '));
    assert.ok(!found.some((f) => /STATEMENT|Quayside|Green Party|Independent/.test(f)), found.join(' / '));
  });

  it('reads "SURNAME, Given" and "SURNAME Given" with a description or an address after them', () => {
    const text =
      'Wahlvorschlag Nr. 4 – Bewerberinnen und Bewerber\n' +
      '1. ZWIRNEMANN, Klothilda – Bäckermeisterin, Lindenweg 3\n' +
      '2. OKPARAVEKE Chidubemka – Student\n' +
      '3. TAKAHARIMOTO KENJIRO, 12 Mill Row\n';
    const found = people(text);
    assert.ok(found.includes('ZWIRNEMANN, Klothilda'), found.join(' / '));
    assert.ok(found.includes('OKPARAVEKE Chidubemka'), found.join(' / '));
    assert.ok(found.includes('TAKAHARIMOTO KENJIRO'), found.join(' / '));
  });

  it('finds a candidate list in mixed case too', () => {
    const found = people(
      'Candidates for the Riverside Ward by-election:\nWenonah Kisepisim – Green Party\nTorvald Brekkestrand – Labour Party\n',
    );
    assert.ok(
      found.some((f) => f.includes('Kisepisim')),
      found.join(' / '),
    );
    assert.ok(
      found.some((f) => f.includes('Brekkestrand')),
      found.join(' / '),
    );
  });

  it('takes no party, ward, acronym or heading line in capitals for a person', () => {
    const text =
      'NOTICE OF POLL – Candidates and seats\n' +
      'GREEN PARTY – 12 seats\n' +
      'LABOUR PARTY – 9 seats\n' +
      'SPD – 4\n' +
      'ÖVP – 3\n' +
      'RIVERSIDE WARD – 3 candidates\n';
    assert.deepEqual(people(text), []);
  });

  it("reads a signature list's heading row under a Wahlvorschlag title as no one, and its rows as people", () => {
    const text =
      'Unterstützungsunterschriften für den Kreiswahlvorschlag (Liste 7)\n\n' +
      'Familienname, Vorname | Geburtsdatum | Anschrift\n' +
      'Quellendrin, Marta | 02.04.1955 | Talweg 3, 93047 Regensburg\n';
    assert.deepEqual(people(text), ['Quellendrin, Marta']);
  });
});
