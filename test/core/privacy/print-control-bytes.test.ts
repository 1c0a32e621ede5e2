import assert from 'node:assert/strict';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';
import { readPrintControlBytes } from '../../../nodes/core/privacy/print-control-bytes.js';
import { readPrintStream } from '../../../nodes/core/privacy/print-streams.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const has = (text: string, type: string, value: string) =>
  assert.ok(
    spansOf(text, type).includes(value),
    `${type} ${JSON.stringify(value)}: ${JSON.stringify(spansOf(text, type))}`,
  );
const view = (text: string) => readPrintControlBytes(text)?.text;

describe('print streams in control-byte languages (ESC/POS, PCL)', () => {
  it('reads ESC/POS bytes as what they print: bold and align as nothing, feed and cut as line breaks', () => {
    const slip =
      '\x1b@\x1ba\x01\x1bE\x01Casino Donaublick AG\x1bE\x00\nBet slip SL-20-1119264\n' +
      'Player card: \x1bE\x01Barbarina\x1bE\x00 Pintore\nTel +41 79 735 61 66\n\x1bd\x03\x1dV\x00';
    assert.equal(
      view(slip),
      'Casino Donaublick AG\nBet slip SL-20-1119264\nPlayer card: Barbarina Pintore\nTel +41 79 735 61 66\n\n\n',
    );
    // The name split by bold off is one finding over its whole run, commands included.
    assert.ok(spansOf(slip, 'PERSON').some((f) => f.startsWith('Barbarina')));
    has(slip, 'PHONE_NUMBER', '+41 79 735 61 66');
    assert.equal(view('a\x1b!\x08b\x1b-\x01c\x1dB\x01d\x1d!\x11e\x1dV\x41\x03f'), 'abcde\nf');
  });

  it('leaves barcode and QR data as text: only the command header is syntax', () => {
    assert.equal(view('\x1dh\x50\x1dk\x0401712345678\x00'), ' 01712345678\x00');
    assert.equal(view('\x1dkI\x0c4111111111111111'), ' 4111111111111111');
    assert.equal(
      view('x\x1d(k\x04\x001A2\x00y\x1d(k\x0e\x001P0DE89370400440532013000z'),
      'x y DE89370400440532013000z',
    );
  });

  it('reads the <ESC> notation of a DLP console', () => {
    const receipt =
      '<ESC>@<ESC>a<1><ESC>E<1>PAYOUT RECEIPT<ESC>E<0><LF>Payee: <ESC>E<1>Barbarina Pintore<ESC>E<0><LF>' +
      'DOB: 06.02.1955<LF><ESC>d<4><GS>V<66><0>';
    assert.equal(view(receipt), 'PAYOUT RECEIPT\nPayee: Barbarina Pintore\nDOB: 06.02.1955\n\n\n');
    has(receipt, 'PERSON', 'Barbarina Pintore');
    has(receipt, 'DATE_OF_BIRTH', '06.02.1955');
    assert.equal(view('Total 12,00<CR><LF><GS>V<0>'), 'Total 12,00\n\n');
  });

  it('reads PCL: cursor moves to another line as line breaks, fonts and page setup as nothing', () => {
    const sheet =
      '\x1bE\x1b&l0O\x1b&l26A\x1b(s0p12h10v0s0b3T\x1b&a180h300VPersonalbogen\x1b&a180h420VName: Ony Andriambelo' +
      '\x1b&a200h540VAnschrift: Rue de Carouge 32, 1205 Genève\x1b&a180h780VGeb. 17.01.59\x1b&a180h900VSV-Nummer\x1bE';
    assert.equal(
      view(sheet),
      '\n\nPersonalbogen\nName: Ony Andriambelo\nAnschrift: Rue de Carouge 32, 1205 Genève\nGeb. 17.01.59\nSV-Nummer\n',
    );
    has(sheet, 'DATE_OF_BIRTH', '17.01.59');
    has(sheet, 'PERSON', 'Ony Andriambelo');
    // A move along the line is a space; the universal exit and a symbol set are commands too.
    assert.equal(view('\x1b%-12345X\x1b(10UName\x1b&a720HBorn\x1b*p300x400YX'), '\nName Born\nX');
  });

  it('fails closed: a printable argument before a letter or digit is text, unknown syntax only loses its ESC', () => {
    // ESC a '0' followed by digits: the digits are the phone number, not an argument.
    assert.equal(view('Call \x1ba0171 2345678 now'), 'Call 0171 2345678 now');
    has('Call \x1ba0171 2345678 now', 'PHONE_NUMBER', '0171 2345678');
    // A command letter followed by a word is the word.
    assert.equal(view('Hi \x1bMax Mustermann'), 'Hi Max Mustermann');
    // A printable argument before a space is an argument (ESC a '1').
    assert.equal(view('\x1ba1 Receipt'), ' Receipt');
    // PCL: only complete parameters are taken.
    assert.equal(view('\x1b&a180h0171 2345678\x1b(s'), ' 0171 2345678');
    assert.equal(view('\x1bQ\x1b'), 'Q');
  });

  it('leaves ordinary text and prose naming the key alone', () => {
    assert.equal(readPrintControlBytes('Max Mustermann, geb. 17.01.1959'), undefined);
    assert.equal(readPrintControlBytes('Press <ESC> to cancel, then <ESC> again.'), undefined);
    assert.equal(readPrintControlBytes('Press <ESC>Enter to leave'), undefined);
    assert.equal(readPrintStream('a <b> c <LF>'), undefined);
    const prose = 'Press <ESC> to cancel. Max Mustermann, Tel 0171 2345678';
    assert.equal(normalizeForDetection(prose).text, prose);
    has(prose, 'PHONE_NUMBER', '0171 2345678');
  });

  it('maps spans back over the whole commands', () => {
    const text = 'X\x1bE\x01Beinta\x1bE\x00 Kallsberg\x1bd\x03';
    const n = normalizeForDetection(text);
    const at = n.text.indexOf('Beinta Kallsberg');
    const span = n.toOriginal(at, at + 'Beinta Kallsberg'.length);
    assert.equal(text.slice(span.start, span.end), 'Beinta\x1bE\x00 Kallsberg');
  });

  it('stays linear on long runs of control bytes', () => {
    assertLinearTime('ESC bytes', (t) => readPrintControlBytes(t), '\x1b'.repeat(250_000), '\x1b'.repeat(1_000_000));
    assertLinearTime('GS bytes', (t) => readPrintControlBytes(t), '\x1d('.repeat(50_000), '\x1d('.repeat(200_000));
    assertLinearTime(
      'PCL parameters',
      (t) => readPrintControlBytes(t),
      '\x1b&a1h'.repeat(20_000) + '\x1b(10U',
      '\x1b&a1h'.repeat(80_000) + '\x1b(10U',
    );
    assertLinearTime(
      'notation',
      (t) => readPrintControlBytes(t),
      '<ESC>E<1><'.repeat(10_000),
      '<ESC>E<1><'.repeat(40_000),
    );
  });
});
