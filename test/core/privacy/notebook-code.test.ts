import assert from 'node:assert/strict';
import { decodeEscapes } from '../../../nodes/core/privacy/decode-escapes.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const people = valuesOf('PERSON');

/** A notebook's JSON around one code cell's source lines and its outputs' text. */
const notebook = (source: string[], outputs: string[] = [], authors = 'Oskarine Pellwarth') =>
  [
    '{\n "cells": [\n  {\n   "cell_type": "code",\n   "outputs": [\n    {\n     "output_type": "stream",\n     "text": [',
    outputs.map((o) => `      ${JSON.stringify(o)}`).join(',\n'),
    '     ]\n    }\n   ],\n   "source": [',
    source.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
    '   ]\n  }\n ],\n "metadata": {\n  "authors": [\n   {\n    "name": ' + JSON.stringify(authors) + '\n   }\n  ],',
    '  "kernelspec": {\n   "display_name": "Python 3 (ipykernel)",\n   "language": "python",\n   "name": "python3"\n  }\n }\n}',
  ].join('\n');

describe('notebook code: names compared or assigned in code, colour codes, machine words', () => {
  it('reads a literal compared with a column holding a record’s person (attribute, subscript, in JSON)', () => {
    assert.deepEqual(people('sel = df.loc[df.client == "Tovarel Quennmark", "budget"]'), ['Tovarel Quennmark']);
    assert.deepEqual(people("late = loans[loans['borrower'] != 'Ilvaro Strandkvist']"), ['Ilvaro Strandkvist']);
    assert.deepEqual(people('x = rows[rows.name == "Brundmoor, Kestrelline"]'), ['Brundmoor, Kestrelline']);
    assert.ok(people(notebook(['enq[enq.reader == "Ysolde Marrowfen"]\n'])).includes('Ysolde Marrowfen'));
  });

  it('leaves literals compared with other columns alone', () => {
    assert.deepEqual(people('open = df[df.status == "Open Access"]'), []);
    assert.deepEqual(people('x = df[df.reading_room == "West Wing"]'), []);
  });

  it('reads a literal assigned to a record person’s variable, not a program under "client"', () => {
    assert.ok(people(notebook(['deceased = "Harlowen Quistberg"  # estate\n'])).includes('Harlowen Quistberg'));
    assert.deepEqual(people('{"client": "Mozilla Firefox", "version": 128}'), []);
  });

  it('reads a name through a traceback’s colour codes and maps it back to the whole span', () => {
    const line =
      'enq\\u001b[1;31m.\\u001b[0mclient \\u001b[1;31m==\\u001b[0m \\u001b[0;36m\\"Ysolde Marrowfen\\"\\u001b[0m, \\u001b[0;36m\\"budget\\"\\u001b[0m]';
    const text = `{"traceback": [\n  "${line}"\n]}`;
    assert.deepEqual(people(text), ['Ysolde Marrowfen']);
    const view = decodeEscapes(text);
    assert.ok(view?.text.includes('client == "Ysolde Marrowfen"'));
    // "\\u001b" alone, or without its "m", is a character like any other escape.
    assert.equal(decodeEscapes('{"a": "\\u001b[0;36"}')?.text, '{"a": "\u001b[0;36"}');
  });

  it('does not read the kernel, a team of authors or code identifiers as people', () => {
    const text = notebook(
      ['len(third)\n', "plot(xlabel='loan_date')\n"],
      ["{'name': 'Velmora Tristangel', 'iban': 'DE02120300000000202051', 'amount': 12.5}\n"],
      'Collections data team',
    );
    assert.deepEqual(people(text), ['Velmora Tristangel']);
    assert.deepEqual(people(notebook([], [], 'Lesesaalteam')), []);
    assert.deepEqual(people(notebook([], [], 'Team Statistik')), []);
  });

  it('keeps an author who is a person, beside a team too, and a display name outside a kernelspec', () => {
    assert.ok(people(notebook([], [], 'Orlaith Brennagh')).includes('Orlaith Brennagh'));
    assert.ok(people(notebook([], [], 'Orlaith Brennagh, data team')).includes('Orlaith Brennagh'));
    assert.ok(people(notebook([], [], 'Team Müller')).length > 0);
    assert.deepEqual(people('{"user": {"display_name": "Jorvik Almstedt"}}'), ['Jorvik Almstedt']);
  });

  it('does not read a URL host’s label or a lower-case "name" header as a person', () => {
    assert.deepEqual(people(' * postgresql://reader@db.kreis-nordal.example/catalog\n5 rows affected.'), []);
    const diff =
      '-  card_no   name               town\n-  C-1001    Ysolde Marrowfen   Perth\n+  card_no   name               town\n';
    assert.deepEqual(people(diff), ['Ysolde Marrowfen']);
  });

  it('strips colour codes in linear time', () => {
    const unit = 'x \\u001b[0;36m\\"Ab Cd\\"\\u001b[0m == ';
    assertLinearTime('colour codes', (s) => decodeEscapes(s), repeated(unit, 200_000), repeated(unit, 800_000));
  });
});
