import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';

/**
 * Texts built to make a pattern scan far ahead from every position (a label word or a colon every
 * few characters, a hyphen chain with no blank): each of these took 1 to 13 s per 100 KB before its
 * pattern was bounded, holding the event loop. All of them together now take a few seconds; the
 * timeout only catches a return to quadratic time, it measures nothing.
 */
const HOSTILE = [
  'address',
  'Wohnadresse',
  'Anschrift: a ',
  'lives at ',
  'Address: Ab 12 ',
  'a:',
  'A:',
  '(1:',
  'Jana:',
  '{"a":',
  '0000:00ab:cdef:',
  'Anna-',
  'Ab-',
];

describe('privacy scan of hostile input', function () {
  this.timeout(10_000);
  it('scans 100 KB of each repeated unit without running away, and still finds what is there', () => {
    const scanner = new PrivacyScanner();
    for (const unit of HOSTILE) scanner.scan(unit.repeat(Math.ceil(100_000 / unit.length)));
    const text = 'Anna-'.repeat(20_000) + ' Kontakt: jana.okafor@example.org';
    assert.deepEqual(
      scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]),
      [['EMAIL_ADDRESS', 'jana.okafor@example.org']],
    );
  });
});

describe('privacy scan of hostile input on one long line', function () {
  this.timeout(10_000);
  /** Texts of about `size` characters that once made a pattern look back or ahead from every position. */
  const hostileLines = (size: number): string[] => {
    const repeated = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
    let labels = '';
    for (let i = 0; labels.length < size; i++) labels += `Zeuge${i.toString(36)}: Jana Okafor\n`;
    return [
      repeated('(1.1.90) '),
      labels,
      repeated('D_O_B_ 01 01 01 01 01 '),
      repeated('DOB Please '),
      repeated('Jana Okafor <jana@example.de> '),
      repeated('BDAY '),
      repeated('\nBDAY'),
      // A table of thousands of rows with a partner column beside a family-name column.
      'family_name;holder\n' + repeated('Rakotomalala;Heriniaina\n'),
      // Record shapes of round 10: headers and keys naming a birth column, SQL rows, compared dates, "|" rows.
      repeated('DOB  NAME  ID\n'),
      'KDNR  NAME  GEBDAT\n' + repeated('1  X  19610412\n'),
      repeated('INSERT INTO t (dob, a) VALUES ('),
      "INSERT INTO t (dob, a) VALUES ('" + repeated("a'',"),
      'INSERT INTO t (dob) VALUES ' + repeated("('19610412'), "),
      repeated('bday;x=;'),
      repeated('dob 1.1.1990 vs 1.1.1990 vs '),
      'birth date\n' + repeated('a | 1.1.1990 | b\n'),
      repeated('birth date | 1.1.1990 | '),
      repeated('MIGR-202611-'),
      'birth date\n' + repeated('a b c\n') + '|',
      repeated('insert into t (dob) values ('),
      repeated('ADR;TYPE=HOME:;;a 1;'),
      repeated('homePostalAddress: a 1 $ '),
      'NAME  ADRESSE  X\n' + repeated('A  B 1  C\n'),
      'id;addr;dob\n' + repeated('P-1;addr;dob;1.1.1990\n'),
      // Round 11: signatures with office addresses, thousands of quote levels, thousands of signatures.
      repeated('> ') + '\nTel. 040 1\nOstwall 9, 20457 Hamburg',
      repeated('> \n> Tel. 040 1 | a@b.de\n> Ostwall 9, 20457 Hamburg\n'),
      repeated('Team\nTel. 040 1\nOstwall 9\n'),
      repeated('T: 0044 1275 4963444 '),
      repeated('2026 10:13 '),
      repeated('passport AB123456, '),
      repeated('\ncn: Jana Okafor'),
      repeated('\nFN:A\nN:B;C;;;'),
      repeated('\ncn:'),
      'NAME  GEBDAT  X\n' + repeated('A B  19610412  C\n'),
      'INSERT INTO t (name, dob) VALUES ' + repeated("('A B', '1961-04-12'), "),
    ];
  };

  // Quadratic work took 1 to 5 s for each of these at 400 KB, four times as long for twice the text. The
  // check is a ratio measured in the same run (the better of two CPU times for 150 KB, then for 300 KB of each shape), so a
  // slower or busier machine does not fail it; the timeout only guards against a hang.
  it('looks back a bounded way from every bracket, label, number and address (doubling a line at most ~3.5x the time)', function () {
    this.timeout(180_000);
    const scanner = new PrivacyScanner();
    // The better of two runs: a first run pays for compiling, and either may meet a garbage collection.
    const cpuMs = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 2; k++) {
        const started = process.cpuUsage();
        scanner.scan(text);
        const used = process.cpuUsage(started);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const small = hostileLines(150_000);
    const large = hostileLines(300_000);
    for (let i = 0; i < small.length; i++) {
      const a = cpuMs(small[i]);
      const b = cpuMs(large[i]);
      // Quadratic work takes four times as long for twice the text; linear work about twice, and a busy
      // machine's caches add up to half as much again (a floor of 150 ms keeps timer noise out).
      assert.ok(
        b <= 3.5 * Math.max(a, 150),
        `${JSON.stringify(small[i].slice(0, 30))}: ${a.toFixed(0)} ms, then ${b.toFixed(0)} ms`,
      );
    }
    // What such a line holds is still found.
    const text = '(1.1.90) '.repeat(40_000) + 'ich (Ali Demir, 1994-09-21) bräuchte einen Termin';
    assert.ok(
      scanner.scan(text).some((e) => e.type === 'DATE_OF_BIRTH' && text.slice(e.start, e.end) === '1994-09-21'),
    );
  });
});

describe('privacy scan of overlapping findings', function () {
  this.timeout(10_000);
  it('settles a chain of overlapping addresses on one line (1.6 MB) in linear time, keeping every address', () => {
    // Each address starts at the previous one's town: one run of 57,000 overlapping findings, which a
    // comparison of every pair took 14 s to settle.
    const unit = 'HAUPTSTRASSE 5 10115 BERLIN ';
    const text = unit.repeat(Math.ceil(1_600_000 / unit.length));
    const found = new PrivacyScanner().scan(text);
    assert.ok(found.length > 50_000, `${found.length} findings`);
    for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end, 'no overlap left');
  });
});

describe('privacy scan of hostile base64 (fix 14)', function () {
  this.timeout(30_000);
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const repeated = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
  let nested = 'IBAN DE89 3704 0044 0532 0130 00';
  while (nested.length < 400_000) nested = b64(nested);
  /** Texts of about `size` characters that make the base64 reader decode, join lines, or start runs everywhere. */
  const SHAPES: [string, (size: number) => string][] = [
    ['one run of "QUFB" (decodes to "AAA…", then to zero bytes)', (n) => repeated('QUFB', n)],
    ['one run of binary', (n) => repeated('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf', n)],
    ['"data:;base64," repeated', (n) => repeated('data:;base64,', n)],
    ['MIME lines of text', (n) => repeated(b64('Max Muster, Hauptstr. 1, 10115 Berlin ').slice(0, 48) + '\r\n', n)],
    ['sixteen-character lines', (n) => repeated('QUFBQUFBQUFBQUFB\n', n)],
    ['runs of fifteen', (n) => repeated('QUFBQUFBQUFBQUF ', n)],
    ['runs ended by "=" and more alphabet', (n) => repeated('QUFBQUFBQUFBQUFB=a', n)],
    ['a style sheet of CSS escapes', (n) => '.a::after { content: "' + repeated('\\41 ', n) + '" }'],
    ['doubled quotes between letters', (n) => repeated("a''", n)],
    ['octal escapes of UTF-8', (n) => repeated('\\303\\274', n)],
    ['octal escapes that are no UTF-8', (n) => repeated('\\303', n)],
    ['UTF-16LE base64', (n) => repeated('QQBBAEEAQQBBAEEA', n)],
    // Fix 15: Markdown backslash escapes, file-name stems and RFC 2231 continuations.
    ['backslashes', (n) => repeated('\\', n)],
    ['escaped quotes "\\\'"', (n) => repeated("\\'", n)],
    ['Markdown escapes', (n) => repeated('\\_\\.', n)],
    ['underscores', (n) => repeated('_', n)],
    ['"_a" repeated', (n) => repeated('_a', n)],
    ['one file name stem without a blank', (n) => repeated('_a', n) + '.pdf'],
    ['file names without a blank', (n) => repeated('a_b.pdf', n)],
    ['parameter sections', (n) => repeated('name*0*=a; name*1*=b;', n)],
    ['first sections without an end', (n) => repeated('f*0=', n)],
  ];

  it('decodes 400 KB and 800 KB of each shape in linear time (doubling the input at most ~2.5x the time)', () => {
    const time = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 5; k++) {
        const started = process.hrtime.bigint();
        normalizeForDetection(text);
        best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      }
      return best;
    };
    for (const [name, make] of SHAPES) {
      const small = time(make(400_000));
      const large = time(make(800_000));
      // A floor of 100 ms keeps timer and garbage-collector noise (on a shared machine) from failing the ratio;
      // a quadratic shape takes seconds at 800 KB.
      assert.ok(large <= 2.5 * Math.max(small, 100), `${name}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`);
    }
    const started = process.hrtime.bigint();
    normalizeForDetection(nested);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 3000, 'base64 nested in itself to 400 KB');
  });

  it('scans 800 KB of base64 and still finds what is encoded in it', () => {
    const scanner = new PrivacyScanner();
    for (const [, make] of SHAPES.slice(0, 3)) scanner.scan(make(800_000));
    assert.ok(scanner.scan(nested).some((e) => e.type === 'IBAN_CODE' && e.start === 0 && e.end === nested.length));
  });
});
