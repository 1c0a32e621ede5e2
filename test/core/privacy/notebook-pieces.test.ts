import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { notebookPieces } from '../../../nodes/core/privacy/notebook-pieces.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { found } from '../../support/type-findings.js';

/*
 * Jupyter notebooks print DataFrames twice, as a pandas text repr and as an HTML table, every printed line a JSON
 * string of its own: the cells are typed by their column's heading once the strings are read as printed. All names,
 * dates and numbers here are made up.
 */

const scanner = new PrivacyScanner();

/** Lines as nbformat writes them: each with its "\n", the last without. */
const lines = (text: string) => text.split('\n').map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l));

function notebook(outputs: Record<string, string>[], source = 'df.head()'): string {
  const data = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, lines(v)]));
  return JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', id: 'a1', metadata: {}, source: lines('# Ausweise bereinigen') },
        {
          cell_type: 'code',
          execution_count: 3,
          id: 'b2',
          metadata: {},
          outputs: outputs.map((o) => ({
            data: data(o),
            execution_count: 3,
            metadata: {},
            output_type: 'execute_result',
          })),
          source: lines(source),
        },
      ],
      metadata: { kernelspec: { name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

const html = (heads: string[], rows: string[][]) =>
  [
    '<table border="1" class="dataframe">',
    '  <thead>',
    '    <tr style="text-align: right;">',
    '      <th></th>',
    ...heads.map((h) => `      <th>${h}</th>`),
    '    </tr>',
    '  </thead>',
    '  <tbody>',
    ...rows.flatMap((r, i) => ['    <tr>', `      <th>${i}</th>`, ...r.map((c) => `      <td>${c}</td>`), '    </tr>']),
    '  </tbody>',
    '</table>',
    '',
  ].join('\n');

describe('notebook pieces (Jupyter outputs read as printed)', () => {
  it('types the cells of an HTML DataFrame by their headings', () => {
    const text = notebook([
      {
        'text/html': html(
          ['karte', 'vorname', 'nachname', 'geburtsdatum', 'ausgestellt', 'stadtteil'],
          [
            ['KA-551203', 'Oskarine', 'Veltmannsdorf', '1979-06-14', '2026-02-03', 'Lindenau'],
            ['KA-551207', 'Thorbjelm', 'Quaritzsch', '1991-11-30', '2026-02-04', 'Plagwitz'],
          ],
        ),
      },
    ]);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['1979-06-14', '1991-11-30']);
    const persons = found(text, 'PERSON');
    for (const n of ['Oskarine', 'Veltmannsdorf', 'Thorbjelm', 'Quaritzsch']) assert.ok(persons.includes(n), n);
    // The issue date beside the birth date is none; the district column holds places.
    assert.ok(!found(text, 'DATE_OF_BIRTH').includes('2026-02-03'));
  });

  it('finds a tax id under its heading in the pandas text repr, a wrong check digit not', () => {
    const repr = [
      '     nachname   vorname    steuer_id  brutto',
      '0  Quaritzsch  Thorbjelm  52801726342  410.00',
      '1  Veltmannsdorf  Oskarine  52801726343  385.00',
      '',
      '[2 rows x 4 columns]',
    ].join('\n');
    const text = notebook([{ 'text/plain': repr }]);
    assert.deepEqual(found(text, 'DE_TAX_ID'), ['52801726342']);
  });

  it('finds birth dates under a heading in the text repr, not an index row of timestamps', () => {
    const repr = [
      '      name         dob      zuletzt',
      '0  Quaritzsch  1968-04-02  2026-10-20',
      '1  Veltmannsdorf  1984-09-17  2026-10-21',
    ].join('\n');
    const text = notebook([{ 'text/plain': repr }]);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['1968-04-02', '1984-09-17']);
    assert.deepEqual(found(text, 'PHONE_NUMBER'), []);
  });

  it('keeps a name outside the outputs (metadata) and a date of birth said in a source line', () => {
    const text = notebook(
      [{ 'text/plain': '(12, 4)' }],
      '# Rückruf: Frau Oskarine Veltmannsdorf, geboren am 14.06.1979',
    );
    assert.ok(found(text, 'PERSON').some((p) => p.includes('Veltmannsdorf')));
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['14.06.1979']);
  });

  it('reads no JSON that is no notebook', () => {
    assert.equal(notebookPieces('{"cells": [], "name": "Oskarine Veltmannsdorf"}'), undefined);
  });

  it('reads a big notebook in linear time', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => [`KA-${100000 + i}`, 'Oskarine', 'Veltmannsdorf', '1979-06-14']);
    const big = (n: number) => notebook([{ 'text/html': html(['karte', 'vorname', 'nachname', 'dob'], rows(n)) }]);
    assertLinearTime('notebook html', (t) => scanner.scan(t), big(200), big(800));
  });
});
