import assert from 'node:assert/strict';
import { readPrintLabelLanguages } from '../../../nodes/core/privacy/print-label-languages.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const has = (text: string, type: string, value: string) =>
  assert.ok(spansOf(text, type).includes(value), `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`);
const view = (text: string) => readPrintLabelLanguages(text)?.text;

const zplCard = (name: string, fh: string, dob: string, more = '') =>
  '^XA\n^CI28\n^PW812\n^FO40,30^A0N,34,34^FDCasino Donaublick AG^FS\n' +
  '^FO40,80^A0N,26,26^FDSpielerkarte 519219^FS\n' +
  `^FO40,130^A0N,40,40${fh}^FD${name}^FS\n` +
  `^FO40,180^A0N,24,24^FD${dob}^FS\n${more}` +
  '^FO40,290^BY2^BCN,70,N,N,N^FD379502522257^FS\n^FO600,30^A0N,22,22^FDTRM-5195-C^FS\n^PQ1\n^XZ\n';

describe('label printer languages (ZPL, EPL, TSPL) read as the text they print', () => {
  it('ZPL: a name in ^FH hex is found over its whole encoded run, with the date of birth', () => {
    const t = zplCard('Marjun V_C3_A1gsheyg', '^FH', 'geb. 18.07.1979');
    assert.match(view(t) ?? '', /\nMarjun Vágsheyg\ngeb\. 18\.07\.1979\n/);
    has(t, 'PERSON', 'Marjun V_C3_A1gsheyg');
    has(t, 'DATE_OF_BIRTH', '18.07.1979');
  });

  it('ZPL: another hex indicator (^FH\\), phone and postal address, a barcode kept apart', () => {
    const t = zplCard(
      'Yvaga Ar\\C3\\A9valos',
      '^FH\\',
      'born 15 April 1956',
      '^FO40,215^A0N,22,22^FD(609) 943-6939^FS\n^FO40,245^A0N,20,20^FD90 E Fremont St, Las Vegas, NV 89101^FS\n',
    );
    has(t, 'PERSON', 'Yvaga Ar\\C3\\A9valos');
    has(t, 'DATE_OF_BIRTH', '15 April 1956');
    has(t, 'PHONE_NUMBER', '(609) 943-6939');
    has(t, 'POSTAL_ADDRESS', '90 E Fremont St, Las Vegas, NV 89101');
    // The barcode's data stays readable (it may encode a card number), after a rule: not joined to the postcode.
    assert.match(view(t) ?? '', /\n---\n379502522257\n/);
    assert.ok(!spansOf(t, 'CREDIT_CARD').some((s) => s.includes('89101')));
  });

  it('ZPL: a label written on one line reads one field a line', () => {
    const t = zplCard('Marjun V_C3_A1gsheyg', '^FH', 'geb. 18.07.1979').replace(/\n/g, '');
    assert.match(
      view(t) ?? '',
      /^Casino Donaublick AG\nSpielerkarte 519219\nMarjun Vágsheyg\ngeb\. 18\.07\.1979\n---\n/,
    );
    has(t, 'PERSON', 'Marjun V_C3_A1gsheyg');
    has(t, 'DATE_OF_BIRTH', '18.07.1979');
  });

  it('ZPL fails closed: unknown commands, odd parameters and malformed hex read as written', () => {
    const v = view('^XA\n^FO10,10^ZQ0171 2345678^FS\n^FO0171 2345678^FDx^FS\n^FH^FDa_ZZb _C3 _C3_41 _E2_82^FS\n^XZ');
    assert.ok(v?.includes('^ZQ0171 2345678'), v);
    assert.ok(v?.includes('^FO0171 2345678'), v);
    assert.ok(v?.includes('a_ZZb _C3 _C3A _E2_82'), v);
  });

  it('EPL: the text in the last quoted parameter, escaped quotes read', () => {
    const t =
      '\nN\nq480\nQ320,24\nA20,10,0,3,1,1,N,"ARCADE ENTRY"\nA20,40,0,3,1,1,N,"2026-03-01 10:49:03 TRM-5195-C"\n' +
      'A20,80,0,3,1,1,N,"Pintore, Ignaziedda"\nA20,120,0,3,1,1,N,"DOB 16.12.1961"\nA20,160,0,3,1,1,N,"Say \\"hi\\""\nP1\n';
    assert.match(view(t) ?? '', /\nPintore, Ignaziedda\nDOB 16\.12\.1961\nSay "hi"\n/);
    has(t, 'PERSON', 'Pintore, Ignaziedda');
    has(t, 'DATE_OF_BIRTH', '16.12.1961');
  });

  it('TSPL: TEXT lines read, SIZE, GAP, CLS and PRINT as nothing', () => {
    const t =
      'SIZE 60 mm, 40 mm\nGAP 3 mm, 0\nCLS\nTEXT 20,10,"3",0,1,1,"EINLASS SPIELHALLE"\n' +
      'TEXT 20,80,"3",0,1,1,"Angom, Ibemhal"\nTEXT 20,120,"3",0,1,1,"Geb. 03.04.1990"\nPRINT 1,1\n';
    assert.equal(view(t), '\n\n\nEINLASS SPIELHALLE\nAngom, Ibemhal\nGeb. 03.04.1990\n\n');
    has(t, 'PERSON', 'Angom, Ibemhal');
    has(t, 'DATE_OF_BIRTH', '03.04.1990');
  });

  it('look-alikes read as before', () => {
    assert.equal(view('Issue persists on ^FH fields only; the ^FD data is fine.'), undefined);
    assert.equal(view('Use x^2 and a^FD^XA in **Markdown**: ^XA is a caret.'), undefined);
    assert.equal(view('A20,80,0,3,1,1,N,"Pintore, Ignaziedda"\nA21,80,0,3,1,1,N,"x"\n'), undefined);
    assert.equal(view('TEXT 20,80,"3",0,1,1,"Angom"\nsomething else\n'), undefined);
    assert.equal(view('Dear Ms Angom,\nplease find the invoice attached.'), undefined);
  });

  it('reads in linear time', () => {
    assertLinearTime(
      'ZPL fields',
      (t) => readPrintLabelLanguages(t),
      '^XA\n' + '^FO1,2^FH^FD_C3_A1_C3^FS'.repeat(4000),
      '^XA\n' + '^FO1,2^FH^FD_C3_A1_C3^FS'.repeat(16000),
    );
    assertLinearTime(
      'ZPL unknown commands',
      (t) => readPrintLabelLanguages(t),
      '^XA\n^FD' + '^Z'.repeat(20000),
      '^XA\n^FD' + '^Z'.repeat(80000),
    );
    assertLinearTime(
      'EPL lines',
      (t) => readPrintLabelLanguages(t),
      'N\n' + 'A20,80,0,3,1,1,N,"a\\"b\n'.repeat(4000),
      'N\n' + 'A20,80,0,3,1,1,N,"a\\"b\n'.repeat(16000),
    );
  });
});
