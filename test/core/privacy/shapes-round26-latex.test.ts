import assert from 'node:assert/strict';
import { foundOfType, valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { isLatexSource, readLatex } from '../../../nodes/core/privacy/latex-view.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';

/** A LaTeX letter around `body` (scrlttr2), so the text shows itself as LaTeX. */
const letter = (body: string) =>
  `\\documentclass[a4paper]{scrlttr2}\n\\usepackage[ngerman]{babel}\n\\begin{document}\n${body}\n\\end{document}\n`;

const persons = valuesOf('PERSON');

describe('LaTeX sources read as the text they typeset (round 26)', () => {
  it('reads ties, accents, special letters, escapes, dashes and quotes, mapping spans back whole', () => {
    const src = letter('Frau J{\\"u}rgensen-M\\"oller, Gro\\ss{}e Stra\\ss e~7 -- \\glqq Haus\\grqq{} \\& 5\\,\\%');
    const view = normalizeForDetection(src);
    assert.match(view.text, /Frau Jürgensen-Möller, Große Straße 7 - „Haus“ & 5 %/);
    const at = view.text.indexOf('Jürgensen-Möller');
    const back = view.toOriginal(at, at + 'Jürgensen-Möller'.length);
    assert.equal(src.slice(back.start, back.end), 'J{\\"u}rgensen-M\\"oller');
    assert.equal(
      readLatex("\\begin{x}\\c{c}a \\v{s} \\v s \\'e {\\o} \\aa{} \\l{}\\end{x}")?.text,
      '\\begin{x}ça š š é ø å ł\\end{x}',
    );
  });

  it('finds an IBAN, a phone number and a birth date written with ties, covering the whole value', () => {
    const src = letter(
      'Die Erstattung geht auf Ihr Konto DE89~3704~0044~0532~0130~00.\\\\\nRückfragen an Herrn Okafor unter 0171~234~5678.\\\\\n\\textbf{Hanne Vosskuhl}, geb. 14.~M\\"arz~1979, wohnhaft Beispielweg 4.',
    );
    assert.equal(foundOfType(src, 'IBAN_CODE'), 'DE89~3704~0044~0532~0130~00');
    assert.equal(foundOfType(src, 'PHONE_NUMBER'), '0171~234~5678');
    assert.equal(foundOfType(src, 'DATE_OF_BIRTH'), '14.~M\\"arz~1979');
  });

  it('reads lines joined by \\\\ as lines: an address in a letter head and in a flushleft block', () => {
    const head = letter(
      '\\begin{letter}{Tamsin Oakhurst\\\\42 Quarry Bank Road\\\\Sheffield S10 2TN}\n\\opening{Dear Tamsin,}\nThanks.\n\\end{letter}',
    );
    assert.match(foundOfType(head, 'POSTAL_ADDRESS'), /42 Quarry Bank Road\\\\Sheffield S10 2TN/);
    const block = letter(
      '\\begin{flushleft}\nFrau Wiebke Harmsen\\\\\nK{\\"o}nigstra\\ss{}e 18\\\\24103 Kiel\n\\end{flushleft}\nSehr geehrte Frau Harmsen,',
    );
    assert.match(foundOfType(block, 'POSTAL_ADDRESS'), /K\{\\"o\}nigstra\\ss\{\}e 18\\\\24103 Kiel/);
  });

  it('finds names in a signature, a \\makecell broken over lines and the first cell of a tabular row', () => {
    const sig = letter(
      '\\signature{Ottilie M{\\"u}hlenkamp\\\\Projektleitung, Hochbau Nord GmbH}\n\\begin{letter}{}\n\\opening{Sehr geehrte Damen und Herren,}\n\\closing{Mit freundlichen Gr\\"u\\ss en}\n\\end{letter}',
    );
    assert.ok(persons(sig).includes('Ottilie M{\\"u}hlenkamp'), JSON.stringify(persons(sig)));
    assert.ok(!persons(sig).some((p) => /Projektleitung|signature/.test(p)), JSON.stringify(persons(sig)));
    const table = letter(
      '\\begin{tabular}{lll}\n\\textbf{Name} & \\textbf{Rolle} & \\textbf{Kontakt} \\\\ \\hline\nBerit Lindqvist & Bauherrin & 0160 4455667 \\\\\n\\makecell[l]{Joris\\\\Vandenbroucke} & Statik & \\href{mailto:joris.v@example.org}{joris.v@example.org} \\\\\n\\end{tabular}',
    );
    const names = persons(table);
    assert.ok(names.includes('Berit Lindqvist'), JSON.stringify(names));
    assert.ok(names.includes('Joris\\\\Vandenbroucke'), JSON.stringify(names));
    assert.ok(!names.some((n) => /textbf|Name|Rolle|makecell/.test(n)), JSON.stringify(names));
  });

  it('pseudonymizes a LaTeX value whole and restores it exactly', () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const src = letter('\\signature{G{\\"o}ntje Paulsen\\\\Bauleitung}\nKonto: DE89~3704~0044~0532~0130~00.');
    const parts = { question: src };
    const out = guard.pseudonymize(guard.conversation(), parts, guard.decide(parts));
    const sent = out.parts.question!;
    // No piece of either value is left beside its placeholder: not "G{", not "\\\"o}", not "~00".
    assert.match(sent, /\\signature\{<PERSON_\d+>\\\\Bauleitung\}/);
    assert.match(sent, /Konto: <IBAN_CODE_\d+>\./);
    assert.equal(guard.restore(out.token, sent), src);
  });

  it('leaves plain text with tildes, backslashes and math alone', () => {
    for (const plain of [
      'Abstand ca.~20 m zur Grundstücksgrenze, Toleranz ~5 mm.',
      'Die Datei liegt unter C:\\temp\\neu\\plan.dwg und \\\\server\\share.',
      'Formel: $a \\\\ b$ und $x \\cdot y$ -- siehe oben.',
      'Zeile eins\\\\Zeile zwei',
    ]) {
      assert.equal(isLatexSource(plain), false, plain);
      assert.equal(normalizeForDetection(plain).text, plain, plain);
    }
    // One formatting command in a chat message does not make it LaTeX.
    assert.equal(isLatexSource('Bitte \\textbf{fett} setzen, Abstand ~20 m.'), false);
  });

  it('reads huge LaTeX sources and plain text full of backslashes and tildes in linear time', () => {
    const tex =
      '\\begin{tabular}{ll}\n\\makecell{A\\\\B} & G{\\"o}n~\\ss{}e \\textbf{x} -- \\glqq y\\grqq \\\\ \\hline\n';
    assertLinearTime('LaTeX rows', normalizeForDetection, repeated(tex, 100_000), repeated(tex, 400_000));
    const plain = 'a\\b~c\\\\d \\x{ ~~ \\" ';
    assertLinearTime(
      'backslashes and tildes',
      normalizeForDetection,
      repeated(plain, 100_000),
      repeated(plain, 400_000),
    );
    const opened = '\\textbf{\\makecell[l]{\\emph{';
    assertLinearTime('unclosed groups', normalizeForDetection, repeated(opened, 100_000), repeated(opened, 400_000));
  });
});
