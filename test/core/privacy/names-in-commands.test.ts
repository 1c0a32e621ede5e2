import assert from 'node:assert/strict';
import { namesInCommands } from '../../../nodes/core/privacy/names-in-commands.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const names = (text: string): string[] => namesInCommands(text).map((e) => text.slice(e.start, e.end));

describe('names typed as a command argument (search patterns over data files, flags naming a person)', () => {
  it('reads the pattern of a search over a data file, in a history, after a prompt, with options and alternatives', () => {
    assert.deepEqual(names("  412  grep -i 'Taukeni' /srv/export/reserve_roll_2026.csv"), ['Taukeni']);
    assert.deepEqual(names('ops@db-01:~$ zgrep -n -A 2 -e "Miro Haapanen" members.jsonl.gz | less'), ['Miro Haapanen']);
    assert.deepEqual(names("rg --regexp='^Taukeni\\|Haapanen.*' claims.json"), ['Taukeni', 'Haapanen']);
    assert.deepEqual(names("Select-String -Pattern 'Taukeni' -Path C:\\exports\\roster.csv"), ['Taukeni']);
    assert.deepEqual(names('findstr /i "Taukeni" roster.csv'), ['Taukeni']);
    // Through the scanner: the finding covers the pattern only.
    flagged("grep -c 'Taukeni' /srv/export/reserve_roll_2026.csv", 'PERSON', 'Taukeni');
  });

  it('leaves searches for words, identifiers and code, and a log search without a known name word', () => {
    assert.deepEqual(names("grep -i 'Timeout' app.log"), []);
    assert.deepEqual(names("grep -rn 'Config' src/"), []);
    assert.deepEqual(names("grep 'TODO' main.ts"), []);
    assert.deepEqual(names("grep -i 'PrivacyScanner' dist/index.json"), []);
    assert.deepEqual(names("grep -i 'Anlage' bericht.txt"), []);
    assert.deepEqual(names("grep -i 'taukeni' roster.csv"), []);
    // A log searched for a known name is a person searched for.
    assert.deepEqual(names("grep 'Müller' /var/log/mail.log"), ['Müller']);
  });

  it('reads the value of a flag naming a person; the generic --name needs two name words', () => {
    assert.deepEqual(names('passctl show --visitor Taukeni'), ['Taukeni']);
    assert.deepEqual(names('intake --patient "Miro Haapanen" --ward 3'), ['Miro Haapanen']);
    assert.deepEqual(names('crm find --surname=Taukeni'), ['Taukeni']);
    assert.deepEqual(names('badge print --name "Miro Haapanen"'), ['Miro Haapanen']);
    assert.deepEqual(names('docker run --name web nginx'), []);
    assert.deepEqual(names('helm install --name Release ./chart'), []);
    assert.deepEqual(names('crm find --surname=*'), []);
    unflagged('kubectl create deployment --name Phoenix --image=app:1', 'PERSON', 'Phoenix');
  });

  it('takes linear time on long command lines and many commands', () => {
    const history = "  12  grep -i -A 2 -B 2 'Taukeni' a.csv b.csv | sort --visitor Taukeni\n";
    assertLinearTime('many searches', namesInCommands, repeated(history, 100_000), repeated(history, 400_000));
    const options = (n: number) => 'grep ' + repeated('-i ', n) + "'Taukeni' a.csv";
    assertLinearTime('one long command', namesInCommands, options(100_000), options(400_000));
    const unclosed = (n: number) => 'grep ' + repeated("'x ", n);
    assertLinearTime('unclosed quotes', namesInCommands, unclosed(100_000), unclosed(400_000));
  });
});
