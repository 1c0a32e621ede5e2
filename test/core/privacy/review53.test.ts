import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readTerminalControls, terminalTextAsWritten } from '../../../nodes/core/privacy/terminal-controls.js';
import { terminalCastPieces } from '../../../nodes/core/privacy/terminal-casts.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { found } from '../../support/type-findings.js';

const cast = (...events: string[]) => `{"version": 2, "width": 100, "height": 30}\n${events.join('\n')}\n`;

describe('review 53: what the terminal views delete stays readable (fail closed)', () => {
  it('reads a name whose first letter a CSI would take as its final byte', () => {
    assert.deepEqual(found('Kundin: \x1b[Jorinde Hasselbrink wohnt hier\n', 'PERSON'), ['Jorinde Hasselbrink']);
    assert.deepEqual(found('Kundin: \x1b[1;Wiebke Thorsrud, Akte 12\n', 'PERSON'), ['Wiebke Thorsrud']);
    // Look-alikes: grep's colour codes around a match still read as the screen shows them; an error word is no name.
    assert.ok(found('Wiebke \x1b[01;31m\x1b[KThorsrud\x1b[m\x1b[K wohnt hier\n', 'PERSON').length > 0);
    assert.deepEqual(found('\x1b[Kerror: connection timeout after 30 s\n', 'PERSON'), []);
  });

  it('reads a long digit run after ESC "[" as a value, no CSI parameter', () => {
    assert.deepEqual(found('Rückruf unter \x1b[01739204417m bitte\n', 'PHONE_NUMBER'), ['01739204417']);
    // Look-alike: a 256-colour SGR's parameters are no phone number.
    assert.deepEqual(found('\x1b[38;5;196m\x1b[48;5;236mFEHLER\x1b[0m Dienst gestoppt\n', 'PHONE_NUMBER'), []);
  });

  it('reads characters backspaces type over or rub out, as written', () => {
    const over = 'Versicherte: Ottilie Brennecke' + '\b'.repeat(16) + 'x'.repeat(16) + '\n';
    // The finding covers the name and what the view read over it.
    assert.ok(found(over, 'PERSON').some((v) => v.startsWith('Ottilie Brennecke')));
    const rubbed = 'Versicherte: Ottilie Brennecke' + '\b \b'.repeat(9) + 'Meier\n';
    assert.ok(found(rubbed, 'PERSON').some((v) => v.startsWith('Ottilie')));
    // The same backspaces written as a JSON string's escapes.
    const logged = '{"msg": "Versicherte: Ottilie Brennecke' + '\\b'.repeat(16) + 'x'.repeat(16) + '"}\n';
    assert.ok(found(logged, 'PERSON').some((v) => v.startsWith('Ottilie Brennecke')));
    // Look-alike: a mistyped command corrected with backspaces names nobody.
    assert.deepEqual(found('$ sl\b \b\b \bls -la /var/tmp\n', 'PERSON'), []);
  });

  it("reads a resize or exit event's data that is no size or status", () => {
    const forged = cast('[0.1, "o", "$ "]', '[0.2, "r", "Ottilie Brennecke, DE44500105175407324931"]');
    assert.deepEqual(found(forged, 'IBAN_CODE'), ['DE44500105175407324931']);
    const exit = cast('[0.1, "o", "$ "]', '[0.2, "x", "Ottilie Brennecke +49 171 3920446"]');
    assert.deepEqual(found(exit, 'PHONE_NUMBER'), ['+49 171 3920446']);
    // Look-alike: the recorder's own size and status stay framing.
    const own = cast('[0.1, "o", "$ exit\\r\\n"]', '[0.2, "r", "120x40"]', '[0.3, "x", "0"]');
    assert.deepEqual(new PrivacyScanner().scan(own), []);
  });

  it('keeps a mobile number that a date follows in the same run', () => {
    assert.ok(found('Mobil 0151 7304429 01.02.2026 angerufen\n', 'PHONE_NUMBER').length > 0);
    // Look-alikes: a printed table's index, then its timestamp, is no phone number; nor a card's last digits, an
    // amount and a date.
    assert.deepEqual(found('Karte **** 0412   61.50  2026-03-14\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('   ts\n0  2026-10-20 12:00:01\n1  2026-10-21 12:00:02\n', 'PHONE_NUMBER'), []);
  });

  it("reads a psql expanded record's name field whole when the record holds no birth date or address", () => {
    const record = '-[ RECORD 1 ]-----\nid   | 7\nname | Telse Brandhorst\n';
    assert.deepEqual(found(record, 'PERSON'), ['Telse Brandhorst']);
    // Look-alikes: a product's or a service's name under the same key is no person's.
    assert.deepEqual(found('-[ RECORD 1 ]-----\nid   | 7\nname | Release Candidate\nstatus | open\n', 'PERSON'), []);
    assert.deepEqual(found('-[ RECORD 1 ]-----\nid   | 8\nname | nginx-ingress\nstatus | open\n', 'PERSON'), []);
  });

  it('reads hostile terminal inputs in linear time', () => {
    const esc = (n: number) => repeated('\x1b', n * 1000);
    assertLinearTime('ESC bytes', readTerminalControls, esc(250), esc(1000));
    const params = (n: number) => repeated('\x1b[' + '1;'.repeat(40), n * 1000);
    assertLinearTime('unterminated CSI', readTerminalControls, params(250), params(1000));
    const osc = (n: number) => '\x1b]0;' + repeated('a', n * 1000);
    assertLinearTime('unterminated OSC', readTerminalControls, osc(250), osc(1000));
    const bs = (n: number) => repeated('ab\b\b\b \b', n * 1000);
    assertLinearTime('backspaces', readTerminalControls, bs(250), bs(1000));
    assertLinearTime('as written', terminalTextAsWritten, params(250), params(1000));
    const words = (n: number) => repeated('\x1b[Ab\b', n * 1000);
    assertLinearTime('as written, words', terminalTextAsWritten, words(250), words(1000));
    const written = (n: number) => repeated('a\\b \\u0008', n * 1000);
    assertLinearTime('as written, escaped backspaces', terminalTextAsWritten, written(250), written(1000));
    const events = (n: number) => cast(...Array.from({ length: n * 25 }, (_, i) => `[${i}.5, "o", "ab\\u001b[K"]`));
    assertLinearTime('cast events', terminalCastPieces, events(250), events(1000));
  });
});
