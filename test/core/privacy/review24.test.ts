import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of round 26 (LaTeX view, wiki markup, work roles). Examples written here.
 */
const scanner = new PrivacyScanner();

/** Whether one finding of `type` covers the whole of `value` (its first occurrence) in `text`. */
function covered(text: string, value: string, type: string): boolean {
  const at = text.indexOf(value);
  assert.ok(at >= 0, value);
  return scanner.scan(text).some((e) => e.type === type && e.start <= at && e.end >= at + value.length);
}

describe('privacy review 24: the LaTeX view covers whole values', () => {
  it('reads a brace group inside a word as nothing, so an address or name is one value', () => {
    const doc = '\\documentclass{article}\nE-Mail: anna{\\_}schmidt@example.de\n';
    assert.ok(covered(doc, 'anna{\\_}schmidt@example.de', 'EMAIL_ADDRESS'));
    const name = '\\documentclass{article}\nAnsprechpartnerin: Sch{mid}t, Anna\n';
    assert.ok(covered(name, 'Sch{mid}t', 'PERSON'));
  });
  it('unwraps a text-style command whose argument is one unbraced letter', () => {
    const doc = '\\documentclass{article}\nAnsprechpartnerin: Ann\\textbf a Schmidt\n';
    assert.ok(covered(doc, 'Ann\\textbf a Schmidt', 'PERSON'));
  });
  it('leaves a command’s argument, a superscript and a fraction as they were', () => {
    const paper =
      '\\documentclass{article}\nSee \\cite{mueller2020}, $10^{-3}$ and $\\frac{a}{b}$ in Table~\\ref{tab:1}.\n';
    assert.deepEqual(
      scanner.scan(paper).filter((e) => e.type === 'PERSON'),
      [],
    );
  });
});

describe('privacy review 24: wiki handles that are a person’s full name', () => {
  it('keeps a user page named by a full name', () => {
    assert.ok(covered('[[User:Anna Schmidt]] wrote this.\n', 'Anna Schmidt', 'PERSON'));
    assert.ok(covered('[[Benutzer:Anna_Schmidt|Anna]] schrieb.\n', 'Anna_Schmidt', 'PERSON'));
  });
  it('keeps a person’s page name under a label that is a thing', () => {
    assert.ok(covered('Siehe [[Anna Schmidt|House]].\n', 'Anna Schmidt', 'PERSON'));
  });
  it('still drops a login handle and a thing’s page name', () => {
    const text = 'Signed [[User:HWendeborn|Hauke Wendeborn]], see [[Site induction|Einweisung]].\n';
    const persons = scanner
      .scan(text)
      .filter((e) => e.type === 'PERSON')
      .map((e) => text.slice(e.start, e.end));
    assert.deepEqual(persons, ['Hauke Wendeborn']);
  });
});

describe('privacy review 24: a rota’s weekday column hides no name', () => {
  it('keeps the names in a rota of weekdays', () => {
    const rota = 'Rota\nMo  Anna Schmidt\nDi  Hans Meier\n';
    assert.ok(covered(rota, 'Anna Schmidt', 'PERSON'));
    assert.ok(covered(rota, 'Hans Meier', 'PERSON'));
  });
  it('still reads a rota of tasks as no person', () => {
    assert.deepEqual(
      scanner.scan('Putzplan\nMo  Treppenhäuser\nDi  Waschküche\n').filter((e) => e.type === 'PERSON'),
      [],
    );
  });
});

describe('privacy review 24: linear time', () => {
  it('stays linear on a LaTeX source of brace groups inside words', () => {
    const doc = (n: number) =>
      '\\documentclass{x}\n' + 'a{\\_}'.repeat(Math.floor(n / 5)) + '[[User:Anna Schmidt '.repeat(10);
    assertLinearTime('LaTeX groups in words', (t) => scanner.scan(t), doc(200_000), doc(800_000));
  });
});
