import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { opensHexToken } from '../../../nodes/core/privacy/hex-uids.js';

/**
 * Review 44: hostile inputs against round 44's doors (version-control-diffs.ts, hex-uids.ts, the bot author
 * mailboxes of not-people-thing-values.ts). Names, numbers and mailboxes are made up.
 */
const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('review 44: hostile inputs against round 44', () => {
  it("keeps a person's words on a conflict marker line; a ref's or a commit's label still goes", () => {
    const conflict = (label: string) => `Gruss\n<<<<<<< HEAD\nHallo\n=======\nServus\n>>>>>>> ${label}\n`;
    assert.deepEqual(found(conflict('Jana Okafor'), 'PERSON'), ['Jana Okafor']);
    assert.deepEqual(found(conflict('call Jana Okafor 0171 2345678'), 'PHONE_NUMBER'), ['0171 2345678']);
    assert.deepEqual(found('x\n<<<<<<< jana.okafor@gmail.com\na\n=======\nb\n>>>>>>> theirs\n', 'EMAIL_ADDRESS'), [
      'jana.okafor@gmail.com',
    ]);
    // Look-alikes: refs and commits are blanked as before (the line keeps its first character).
    for (const label of ['feature/roster-2026', '3f2a1b9', 'main']) {
      const text = conflict(label);
      const view = scanner.scan(text);
      assert.deepEqual(view, [], label);
    }
  });

  it('reads a line that merely opens like diff metadata as written', () => {
    const cases = [
      'diff --git a/x b/x\nrename from Jana Okafor, Tel. 0171 2345678, jana.okafor@gmail.com\nrename to y\n',
      'Hallo,\n--- a/ Bitte an Jana Okafor, jana.okafor@gmail.com, Tel. 0171 2345678 weiterleiten\n+++ b/ok\nDanke',
      'Index: Jana Okafor, 0171 2345678, jana.okafor@gmail.com\n=====================\nfoo',
      '@@ -1 +1 @@\n-a\n+b\ncopy from Jana Okafor <jana.okafor@gmail.com> 0171 2345678\n',
      '@@ -1 +1 @@\n-a\n+b\ndiff -r abcdef12 Jana Okafor 0171 2345678 jana.okafor@gmail.com\n',
      '@@ -1 +1 @@\n-a\n+b\ndiff --cc Jana Okafor 0171 2345678 jana.okafor@gmail.com\n',
    ];
    for (const text of cases) {
      assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345678'], text);
      assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['jana.okafor@gmail.com'], text);
    }
    assert.deepEqual(found('@@ -1 +1 @@\n-a\n+b\nBinary files Jana Okafor 0171 2345678 differ\n', 'PHONE_NUMBER'), [
      '0171 2345678',
    ]);
  });

  it('reads a single token after "Index:" or "rename to" that is no path, and a backslash line that is no "No newline"', () => {
    // Lead's hostile look: a metadata line's path must look like one (a folder or an extension).
    assert.deepEqual(found('Index: 01712345678\n=====================\nfoo\n', 'PHONE_NUMBER'), ['01712345678']);
    assert.deepEqual(found('diff --git a/x b/x\nrename from old/x\nrename to 01712345678\n', 'PHONE_NUMBER'), [
      '01712345678',
    ]);
    // Inside a hunk only git's own "\ No newline at end of file" is blanked; any other backslash line is read.
    const hunk = '@@ -1,2 +1,2 @@\n-a = 1\n+a = 2\n\\ Jana Okafor, 0171 2345678, jana.okafor@gmail.com\n';
    assert.deepEqual(found(hunk, 'PHONE_NUMBER'), ['0171 2345678']);
    assert.deepEqual(found(hunk, 'EMAIL_ADDRESS'), ['jana.okafor@gmail.com']);
    // Look-alike: git's own line is still blanked, and a real "Index: trunk/keys.csv" too.
    assert.deepEqual(scanner.scan('@@ -1 +1 @@\n-a = 1\n+a = 2\n\\ No newline at end of file\n'), []);
    assert.deepEqual(scanner.scan('Index: trunk/keys.csv\n=====================\n'), []);
  });

  it('still blanks real metadata lines', () => {
    const text = [
      'diff --git a/roster.ini b/roster.ini',
      'similarity index 91%',
      'rename from old/roster.ini',
      'rename to roster.ini',
      'index 0053283..02080e5 100644',
      '--- a/roster.ini',
      '+++ b/roster.ini',
      '@@ -1,2 +1,2 @@',
      ' post = Gate 13',
      '-steward = Wenzel Oberdorfer',
      '+steward = Wenzel Oberdorfer-Lisch',
      '',
    ].join('\n');
    assert.deepEqual(found(text, 'PHONE_NUMBER'), []);
    assert.deepEqual(found(text, 'PERSON'), ['Wenzel Oberdorfer', 'Wenzel Oberdorfer-Lisch']);
  });

  it("keeps a phone with a letter suffix; a uid's whole bytes with a digit in the tail stay unflagged", () => {
    assert.deepEqual(found('Rufnummer: 01712345678AB\n', 'PHONE_NUMBER'), ['01712345678']);
    assert.deepEqual(found('Call me 015112345678ABC\n', 'PHONE_NUMBER'), ['015112345678']);
    assert.deepEqual(found('mobile 07700900123E\n', 'PHONE_NUMBER'), ['07700900123']);
    const at = (text: string, run: string) => {
      const start = text.indexOf(run);
      return opensHexToken(text, start, start + run.length, run.length);
    };
    assert.equal(at('Tel 0171234567ABCD', '0171234567'), false);
    assert.equal(at('uid 0431222807BFB6', '0431222807'), true);
    assert.equal(at('B-33916;04363462601C79;Uhsay', '04363462601'), true);
  });

  it("keeps a person's mailbox whose display name only looks like a bot's or a job's", () => {
    const mail = (author: string) => `Author: ${author}\nDate:   Fri Jan 2 08:50:06 2026 -0500\n\n    Update\n`;
    for (const [author, box] of [
      ['Ci <ci.nguyen@gmail.com>', 'ci.nguyen@gmail.com'],
      ['ci <jana.okafor@gmail.com>', 'jana.okafor@gmail.com'],
      ['Okafor Bot <okafor.bot@gmail.com>', 'okafor.bot@gmail.com'],
      ['M. Runner <m.runner@gmail.com>', 'm.runner@gmail.com'],
      ['Dr. Bot <dr.bot@web.de>', 'dr.bot@web.de'],
      ['Le Job <le.job@web.de>', 'le.job@web.de'],
    ])
      assert.deepEqual(found(mail(author), 'EMAIL_ADDRESS'), [box], author);
    // Look-alikes: machines' mailboxes still go.
    for (const author of [
      'Renovate Bot <bot@renovateapp.com>',
      'sync-job <sync@hr-export.local>',
      'dependabot[bot] <support@github.com>',
      'ci <ci@build.example.org>',
      'nightly-cron <cron@ops.example.org>',
    ])
      assert.deepEqual(found(mail(author), 'EMAIL_ADDRESS'), [], author);
  });

  it('keeps a public address after a device word and a mobile after a trade desk', () => {
    assert.deepEqual(found('Panel 84.57.12.9 bei mir zuhause', 'IP_ADDRESS'), ['84.57.12.9']);
    assert.deepEqual(found('Private: Jana Okafor, control room on 07700 900123 (her mobile)', 'PHONE_NUMBER'), [
      '07700 900123',
    ]);
    assert.deepEqual(found('Cash-Center 0171 2345678', 'PHONE_NUMBER'), ['0171 2345678']);
    for (const label of ['Melder', 'Objekt', 'Ordner', 'Visitor', 'Guard'])
      assert.deepEqual(found(`${label}: Jana Okafor`, 'PERSON'), ['Jana Okafor'], label);
  });

  it('runs in linear time on long adversarial inputs', () => {
    const inputs = [
      '@@ -1,3 +1,3 @@\n' + '[-a {+b '.repeat(20000) + '\n<<<<<<<\n=======\n>>>>>>>\n',
      'diff --git a/x b/x\n' + '--- a/' + 'x'.repeat(100000) + ' \n+++ b/y\n',
      '0'.repeat(5000) + 'A1'.repeat(20000),
      'Panel ' + '10.0.0.1;'.repeat(5000) + '\n' + 'a;b;c\n'.repeat(3000),
      'Author: ' + 'x-'.repeat(30000) + 'bot <a@b.c>\n',
    ];
    for (const text of inputs) {
      const t = Date.now();
      scanner.scan(text);
      assert.ok(Date.now() - t < 15000, `${Date.now() - t} ms`);
    }
  });
});
