import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { terminalCastPieces } from '../../../nodes/core/privacy/terminal-casts.js';
import { assertLinearTime } from '../../support/linear-time.js';

/*
 * asciinema casts: a header line, then one `[time, code, "data"]` line per write of the terminal, cut anywhere.
 * The recorded output is read as printed (the data strings joined with nothing); the framing is no text. All names,
 * numbers and addresses here are made up.
 */

const scanner = new PrivacyScanner();

const HEADER =
  '{"version": 2, "width": 120, "height": 30, "timestamp": 1781234567, "env": {"SHELL": "/bin/zsh", "TERM": "xterm"}}';

/** A cast of `output` cut before each offset in `cuts`, one "o" event a piece, plus any extra event lines. */
function cast(output: string, cuts: number[], header = HEADER): string {
  const at = [0, ...cuts, output.length];
  const lines = [header];
  let t = 0.31;
  for (let k = 0; k + 1 < at.length; k++) {
    t += 0.0731;
    lines.push(`[${t.toFixed(6)}, "o", ${JSON.stringify(output.slice(at[k], at[k + 1]))}]`);
  }
  return lines.join('\n') + '\n';
}

/** The findings of `type` as written, and each one's text with the framing between its pieces taken out. */
function findings(text: string, type: string) {
  return scanner.scan(text).filter((e) => e.type === type);
}
const covered = (text: string, type: string) =>
  findings(text, type)
    .map((e) => text.slice(e.start, e.end))
    .join('');

describe('terminal casts (asciinema)', () => {
  const output = 'ops@host:~$ cat rueckruf.txt\r\nRückruf: Tel. +43 664 218 3390, IBAN DE89 3704 0044 0532 0130 00\r\n';

  it('reads a phone number and an IBAN cut over several output events as one value each', () => {
    const phoneAt = output.indexOf('+43');
    const ibanAt = output.indexOf('DE89');
    const text = cast(output, [phoneAt + 4, phoneAt + 9, ibanAt + 6, ibanAt + 14]);
    // Each finding covers the pieces of its value; together they spell the value without the framing.
    assert.equal(covered(text, 'PHONE_NUMBER').replace(/ /g, ''), '+436642183390');
    assert.equal(covered(text, 'IBAN_CODE').replace(/ /g, ''), 'DE89370400440532013000');
    // The events' times (1781234567 in the header, 0.3 s… per line) are no phone numbers.
    for (const e of findings(text, 'PHONE_NUMBER')) assert.ok(!/\d+\.\d{6}/.test(text.slice(e.start, e.end)));
  });

  it('look-alike: a cast whose numbers are only times and sizes flags nothing', () => {
    const quiet = 'id | phone | note\r\n---+-------+-----\r\n(0 rows)\r\n';
    const text = cast(quiet, [3, 9, 14, 20, 27]).replace('"env"', '"timestamp2": 1781234999, "env"');
    const withResize = text + '[4.250000, "r", "160x48"]\n[4.300000, "o", "ok\\r\\n"]\n';
    assert.deepEqual(
      scanner.scan(withResize).map((e) => [e.type, withResize.slice(e.start, e.end)]),
      [],
    );
    // Hostile: a value the user put into the header's env beside the shell's own is read.
    const mailed = withResize.replace(
      '"TERM": "xterm"',
      '"TERM": "xterm", "GIT_AUTHOR_EMAIL": "arnika.pfeilstetter@example.de"',
    );
    assert.equal(covered(mailed, 'EMAIL_ADDRESS'), 'arnika.pfeilstetter@example.de');
  });

  it('decodes JSON escapes in the data: a name with \\u00e9 cut over two events', () => {
    const text = HEADER + '\n[0.5, "o", "Patient: Ren\\u00e9e Vost"]\n[0.6, "o", "erkamp, Tel. 0171 4432918\\r\\n"]\n';
    const names = findings(text, 'PERSON').map((e) => text.slice(e.start, e.end));
    assert.ok(
      names.some((n) => n.includes('Ren\\u00e9e')),
      JSON.stringify(names),
    );
    assert.ok(
      names.some((n) => n.startsWith('erkamp')),
      JSON.stringify(names),
    );
  });

  it('reads typed input that was not echoed, a marker label and the header title as lines of their own', () => {
    const header = HEADER.replace('}}', '}, "title": "restore for ingeborg.wachtlerova@example.net"}');
    const text =
      header +
      '\n[0.5, "o", "Password for backup key: "]\n' +
      '[0.7, "i", "hedda.wo"]\n[0.8, "i", "lkensteyn@example.org"]\n[0.9, "i", "\\r"]\n' +
      '[1.0, "m", "call back +49 171 5530 927"]\n[1.1, "o", "\\r\\nrestored.\\r\\n"]\n';
    const mails = findings(text, 'EMAIL_ADDRESS').map((e) => text.slice(e.start, e.end));
    assert.ok(mails.includes('hedda.wo') && mails.includes('lkensteyn@example.org'), JSON.stringify(mails));
    assert.ok(mails.includes('ingeborg.wachtlerova@example.net'), JSON.stringify(mails));
    assert.equal(covered(text, 'PHONE_NUMBER'), '+49 171 5530 927');
  });

  it('keeps the findings of prose around a pasted cast, and a malformed line ends nothing', () => {
    const pasted =
      'Ticket 4471: Herr Bodo Quernheimer (0151 2288 4417) bat um die Aufzeichnung.\n\n' +
      HEADER +
      '\n[0.5, "o", "Rückruf an +49 30 "]\n[0.6, "o", "oops no closing bracket"\n[0.7, "o", "9988 7766\\r\\n"]\n' +
      '\nDanke, Gruß aus dem Support\n';
    const phones = findings(pasted, 'PHONE_NUMBER').map((e) => pasted.slice(e.start, e.end));
    assert.ok(
      phones.some((p) => p.includes('0151 2288 4417')),
      JSON.stringify(phones),
    );
    // The broken line is read as written; the events on either side join into one number.
    assert.ok(phones.includes('+49 30') && phones.includes('9988 7766'), JSON.stringify(phones));
  });

  it('reads asciinema v3 (relative times, exit event)', () => {
    const header =
      '{"version": 3, "term": {"cols": 80, "rows": 24, "type": "xterm-256color"}, "timestamp": 1781234567}';
    const text = `${header}\n[0.2, "o", "mail: klothilde.ab"]\n[0.1, "o", "erstein@example.com\\r\\n"]\n[0.3, "x", "0"]\n`;
    assert.equal(covered(text, 'EMAIL_ADDRESS'), 'klothilde.aberstein@example.com');
  });

  it('look-alike: a JSON-lines log and a header without events are no cast', () => {
    const log = '{"version": 2, "service": "billing"}\n{"level": "info", "msg": "o"}\n["o", "started"]\n';
    assert.equal(terminalCastPieces(log), undefined);
    const headerOnly = `${HEADER}\nno events recorded\n[0.5, "o", "late"]\n`;
    assert.equal(terminalCastPieces(headerOnly), undefined);
    // A log line holding a person's mailbox keeps its finding as written (no adapter drops it).
    const withMail = log + '{"user": "edeltraud.vinck@example.org"}\n';
    assert.ok(covered(withMail, 'EMAIL_ADDRESS').includes('edeltraud.vinck@example.org'));
  });

  it('reads a cast in linear time', function () {
    this.timeout(120_000);
    const big = (n: number) => {
      const lines = [HEADER];
      for (let k = 0; k < n; k++) lines.push(`[${(k / 10).toFixed(6)}, "o", "row ${k} | ok | Gr\\u00fc"]`);
      return lines.join('\n');
    };
    assertLinearTime('asciinema cast', (t) => terminalCastPieces(t), big(5_000), big(20_000));
  });
});
