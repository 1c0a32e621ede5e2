import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readVersionControlDiff } from '../../../nodes/core/privacy/version-control-diffs.js';

/**
 * Round 44: version control's view of changed data files (version-control-diffs.ts). A diff's prefix column, hunk
 * headers, metadata lines, conflict markers and word-diff marks are blanked one for one, so the key/value, CSV
 * and YAML readers see the files' lines; bots' and jobs' author mailboxes are no person's. Names and addresses
 * are made up; look-alikes (Markdown lists, "+49" phones, "> " quotes, "@@" mentions) must read as before.
 */
const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('privacy detectors: version control diffs of data files', () => {
  it('blanks the prefix column, the hunk header and metadata one for one', () => {
    const text = [
      'diff --git a/roster.ini b/roster.ini',
      'index 0053283..02080e5 100644',
      '--- a/roster.ini',
      '+++ b/roster.ini',
      '@@ -1,3 +1,3 @@ [entry_01]',
      ' post = Gate 13',
      '-steward = Wenzel Oberdorfer',
      '+steward = Wenzel Oberdorfer-Lisch',
      ' mobile = +353 87 314 8452',
      '',
    ].join('\n');
    const view = readVersionControlDiff(text);
    assert.ok(view);
    assert.equal(view.text.length, text.length);
    const lines = view.text.split('\n');
    assert.equal(lines[0].trim(), 'd');
    assert.equal(lines[1].trim(), 'i');
    assert.equal(lines[4].trim(), '[entry_01]');
    assert.equal(lines[6], ' steward = Wenzel Oberdorfer');
    assert.equal(lines[7], ' steward = Wenzel Oberdorfer-Lisch');
    // Fail closed: every character not blanked is the original's.
    for (let i = 0; i < text.length; i++) assert.ok(view.text[i] === text[i] || view.text[i] === ' ');
    assert.ok(!found(text, 'PHONE_NUMBER').some((v) => v.includes('0053283')));
  });

  it('reads a word diff: old and new as separate words', () => {
    const text = [
      'diff --git a/doors.txt b/doors.txt',
      '--- a/doors.txt',
      '+++ b/doors.txt',
      '@@ -12,3 +12,3 @@',
      'Door: Door 9',
      'User: Masika [-Lwamba-]{+Lwamba-Klanott+}',
      '[-email = tshilidzi.munzhedzi@web.de-]',
      '',
    ].join('\n');
    const view = readVersionControlDiff(text);
    assert.ok(view);
    assert.ok(view.text.includes('User: Masika   Lwamba    Lwamba-Klanott  '));
    assert.ok(view.text.includes('  email = tshilidzi.munzhedzi@web.de  '));
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['tshilidzi.munzhedzi@web.de']);
  });

  it('keeps the first character of a conflict marker line, so the rows stay in their table', () => {
    const text = [
      'akte;zielperson;geb;anschrift',
      'E-2024-224;Kaaxkwei Katzeek;1980-11-19;"Lerchenfelder Gürtel 102, 1160 Wien"',
      '<<<<<<< HEAD',
      'E-2025-915;Annaguly Atayew;08.04.2004;"Hauptplatz 105, 4020 Linz"',
      '=======',
      'E-2025-915;Annaguly Atayew;28.06.2003;"Hauptplatz 105, 4020 Linz"',
      '>>>>>>> hotfix/roster-kw12',
      '',
    ].join('\n');
    const view = readVersionControlDiff(text);
    assert.ok(view);
    const lines = view.text.split('\n');
    assert.equal(lines[2].trimEnd(), '<');
    assert.equal(lines[4], '=      ');
    assert.equal(lines[6].trimEnd(), '>');
    const dobs = found(text, 'DATE_OF_BIRTH');
    assert.ok(dobs.includes('08.04.2004') && dobs.includes('28.06.2003'), dobs.join(' | '));
  });

  it("leaves a bot's and a job's author mailbox out, keeps a person's", () => {
    const mail = (author: string) =>
      `From 3a1f2c0d5e6b7a8c9d0e1f2a3b4c5d6e7f8a9b0c Mon Sep 17 00:00:00 2001\nFrom: ${author}\nDate: Thu, 11 Jun 2026 06:40:12 +0200\nSubject: [PATCH] Update\n\n---\n a.csv | 2 +-\n\ndiff --git a/a.csv b/a.csv\n--- a/a.csv\n+++ b/a.csv\n@@ -1,1 +1,1 @@\n-x\n+y\n`;
    assert.deepEqual(found(mail('Renovate Bot <bot@renovateapp.com>'), 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found(mail('sync-job <sync@hr-export.local>'), 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found(mail('dependabot[bot] <support@github.com>'), 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found(mail('Nhlamulo Rikhotso <nhlamulo.rikhotso@example.de>'), 'EMAIL_ADDRESS'), [
      'nhlamulo.rikhotso@example.de',
    ]);
    // "Bot" is a Dutch family name: a given name before it keeps the mailbox.
    assert.deepEqual(found(mail('Anne Bot <anne.bot@example.nl>'), 'EMAIL_ADDRESS'), ['anne.bot@example.nl']);
  });

  it('reads look-alikes as before: Markdown lists, "+49" phones, "> " quotes, "@@" mentions', () => {
    const samples = [
      '- Milch\n- Brot\n+ Eier\n- Butter\n',
      '+49 171 2345678 ist die Nummer von Jana Wolters.\n-- \nGruß\n',
      'Am 3. März schrieb Jana Wolters:\n> Bitte ruf mich an.\n>> Danke\n',
      'Hey @@team, ping @@jana about the @@ -1 +1 thing.\n',
      'Notes\n--- draft ---\n+++ final +++\n',
      '<<<<<<< nur ein Pfeil\nText ohne Konflikt\n',
    ];
    for (const s of samples) assert.equal(readVersionControlDiff(s), undefined, s);
  });
});
