import assert from 'node:assert/strict';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { readPrintStream } from '../../../nodes/core/privacy/print-streams.js';
import { readTerminalControls } from '../../../nodes/core/privacy/terminal-controls.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const view = (text: string) => readTerminalControls(text)?.text;

describe('terminal control sequences and rubouts read as the screen shows them', () => {
  it('reads SGR and erase-line codes as nothing: a bold or grep-coloured name is one finding over its whole run', () => {
    const card = 'Ausweis\r\n  Name:       \x1b[1mJorinde\x1b[0m Habermalz\r\n  Geburtsdatum:  14.06.1961\r\n';
    assert.equal(view(card), 'Ausweis\r\n  Name:       Jorinde Habermalz\r\n  Geburtsdatum:  14.06.1961\r\n');
    assert.ok(spansOf(card, 'PERSON').includes('Jorinde\x1b[0m Habermalz'), JSON.stringify(spansOf(card, 'PERSON')));
    assert.ok(spansOf(card, 'DATE_OF_BIRTH').includes('14.06.1961'));
    // A hostile colour code inside a name: the name reads whole, the finding covers the code.
    const hostile = 'Name: Max\x1b[31mMusterfrau, geb. 03.02.1980';
    assert.equal(view(hostile), 'Name: MaxMusterfrau, geb. 03.02.1980');
    assert.ok(spansOf(hostile, 'PERSON').includes('Max\x1b[31mMusterfrau'), JSON.stringify(spansOf(hostile, 'PERSON')));
    const grep = 'Ergebnis: \x1b[01;31m\x1b[KHaber\x1b[m\x1b[Kmalz;+41 78 512 33 90';
    assert.equal(view(grep), 'Ergebnis: Habermalz;+41 78 512 33 90');
    assert.ok(spansOf(grep, 'PHONE_NUMBER').includes('+41 78 512 33 90'));
  });

  it('reads a window title as text between spaces, prompts without their colours, cursor moves as breaks', () => {
    assert.equal(
      view('\x1b]0;ops@host: ~/akten\x07\x1b[01;32mops@host\x1b[00m:~$ ls\r\n'),
      ' ops@host: ~/akten ops@host:~$ ls\r\n',
    );
    assert.equal(view('\x1b]2;Titel\x1b\\weiter'), ' Titel weiter');
    assert.equal(view('a\x1b[2;5Hb\x1b[3Cc\x1b(B\x1b[md'), 'a\nb cd');
    // Written forms of ESC in a pasted log.
    assert.equal(view('\\e[1mfett\\e[0m und \\033[31mrot\\033[0m, ^[[1mhell^[[0m'), 'fett und rot, hell');
  });

  it('reads backspace-space-backspace and typed-over backspaces as the typist meant', () => {
    const typed = 'passctl show --person Habw\b \bermalz\r\n';
    assert.equal(view(typed), 'passctl show --person Habermalz\r\n');
    assert.equal(view("ILIKE '%Jorindx\b \be%'"), "ILIKE '%Jorinde%'");
    assert.equal(view('ab\b \b\b \bcd'), 'cd');
    assert.equal(view('Kowx\bal'), 'Kowal');
    assert.equal(view('Kow\x7falczyk'), 'Koalczyk');
    // A finding over the corrected word maps back over the rubbed-out run.
    const n = normalizeForDetection('Name: Habw\b \bermalz');
    const at = n.text.indexOf('Habermalz');
    assert.deepEqual(n.toOriginal(at, at + 'Habermalz'.length), { start: 6, end: 'Name: Habw\b \bermalz'.length });
  });

  it('fails closed: backspaces nothing types over remove nothing, unknown or broken sequences leave their text', () => {
    // Cursor moved back over a name with nothing typed: the screen still shows it.
    assert.equal(view('Jorinde Habermalz\b\b\b\b\b\b'), 'Jorinde Habermalz');
    // "\x1b[" whose parameters never end is not a sequence: only the ESC goes, the digits stay.
    assert.equal(view('\x1b[' + '0171'.repeat(20) + ' ok'), '[' + '0171'.repeat(20) + ' ok');
    // A two-byte sequence's letter that starts a word stays.
    assert.equal(view('\x1b[0m\x1bMaximilian'), 'Maximilian');
    assert.equal(view('\x1b[0m\x1b(Berta'), 'Berta');
  });

  it('leaves look-alikes alone: "[1m" without ESC, prose, and ESC/POS print streams read as before', () => {
    assert.equal(readTerminalControls('Farbcode [1m und [0m im Handbuch, Pfad C:\\temp\\x'), undefined);
    assert.equal(readTerminalControls('Press Esc to cancel; ^[ is Ctrl-['), undefined);
    const slip =
      '\x1b@\x1ba\x01\x1bE\x01Kasse 3\x1bE\x00\nKunde: \x1bE\x01Jorinde\x1bE\x00 Habermalz\n\x1b!\x08Summe\x1bd\x03';
    assert.equal(readTerminalControls(slip), undefined);
    assert.equal(readPrintStream(slip)?.text, 'Kasse 3\nKunde: Jorinde Habermalz\nSumme\n');
    assert.equal(normalizeForDetection(slip).text, 'Kasse 3\nKunde: Jorinde Habermalz\nSumme\n');
  });

  it('reads in linear time', () => {
    assertLinearTime('ESC bytes', (t) => readTerminalControls(t), '\x1b['.repeat(250_000), '\x1b['.repeat(1_000_000));
    assertLinearTime(
      'OSC openers',
      (t) => readTerminalControls(t),
      '\x1b]0;a'.repeat(50_000),
      '\x1b]0;a'.repeat(200_000),
    );
    assertLinearTime('rubouts', (t) => readTerminalControls(t), 'a\b \b'.repeat(50_000), 'a\b \b'.repeat(200_000));
    assertLinearTime(
      'backspace runs',
      (t) => readTerminalControls(t),
      'abc' + '\b'.repeat(100_000) + 'x',
      'abc' + '\b'.repeat(400_000) + 'x',
    );
  });
});
