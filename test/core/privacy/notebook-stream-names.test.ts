import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { notebookPieces } from '../../../nodes/core/privacy/notebook-pieces.js';
import { flagged, unflagged } from '../../support/type-findings.js';

/** Whether the notebook reader marks the first place `value` is written as the format's own markup. */
function ownMarkup(nb: string, value: string): boolean {
  const at = nb.indexOf(value);
  return notebookPieces(nb)?.markupAt?.(at, at + value.length) === true;
}

/*
 * A notebook writes its own identifiers as "name" values: a stream output's channel ("stdout", "stderr"), the kernel's
 * and the language's name in the metadata. They are the format's, no person's; a person's name in a "name" value
 * elsewhere stays found. Printed DataFrame rows whose index stands before a timestamp are no phone numbers. All names
 * and values are made up.
 */

function notebook(outputName: string, printed: string[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', id: 'm1', metadata: {}, source: ['# Ausleihen prüfen'] },
        {
          cell_type: 'code',
          execution_count: 1,
          id: 'c1',
          metadata: {},
          outputs: [{ name: outputName, output_type: 'stream', text: printed }],
          source: ['print(df.head())'],
        },
      ],
      metadata: {
        kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
        language_info: { name: 'python', version: '3.11.4' },
        ...extra,
      },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

describe('notebook stream names', () => {
  it('reads a stream output channel and the kernel name as the format own, no person', () => {
    for (const channel of ['stdout', 'stderr']) {
      const nb = notebook(channel, ['Fertig: 12 Zeilen geprüft\n']);
      assert.ok(ownMarkup(nb, `"${channel}"`.slice(1, -1)), channel);
      assert.ok(ownMarkup(nb, 'python3'));
      unflagged(nb, 'PERSON', channel);
    }
  });

  it('keeps a person named in the notebook metadata (look-alike: a "name" key that is no stream channel)', () => {
    const nb = notebook('stdout', ['ok\n'], { authors: [{ name: 'Orlaith Brennagh-Vause' }, { name: 'obvause' }] });
    assert.ok(!ownMarkup(nb, 'obvause'));
    flagged(nb, 'PERSON', 'Orlaith Brennagh-Vause');
  });

  it('keeps a person written as an output "name" value (hostile: a capitalised name where the channel stands)', () => {
    const nb = notebook('Tamsin Quarrendel', ['ok\n']);
    assert.ok(!ownMarkup(nb, 'Tamsin Quarrendel'));
    flagged(nb, 'PERSON', 'Tamsin Quarrendel');
  });

  it('reads a DataFrame index before a timestamp as no phone number, and keeps a phone in the same output', () => {
    const nb = notebook('stdout', [
      '   zeit                 ausweis       telefon\n',
      '0  2026-05-14 10:21:07  LN-30418877   +49 171 4432919\n',
    ]);
    unflagged(nb, 'PHONE_NUMBER', '0  2026-05-14');
    flagged(nb, 'PHONE_NUMBER', '+49 171 4432919');
  });
});
