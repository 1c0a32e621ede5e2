import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { namesInCodeLiterals } from '../../../nodes/core/privacy/names-code-literals.js';
import { namesInBlameLines } from '../../../nodes/core/privacy/names-git-blame.js';
import { rareNameAt } from '../../../nodes/core/privacy/names-rare-words.js';
import { workRoleNames } from '../../../nodes/core/privacy/names-work-roles.js';
import { forgetAfterEachScan } from '../../../nodes/core/privacy/per-scan-caches.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

/** The text of each finding a detector made. */
const spans = (text: string, found: { start: number; end: number }[]) => found.map((e) => text.slice(e.start, e.end));

/**
 * Round 28, left from round 27: work roles read the same in any capitalisation and with a second office word
 * ("Deputy Mayor"), rare names bounded, role keys in code literals, bots told by their markers, UPDATE/DELETE
 * values read as INSERT values are, per-text caches let go after each scan, a service account's display name,
 * and a surname after a water word under a thing's key.
 */
describe('privacy detectors: leftovers of round 28', () => {
  it('reads a capitalised role after an optional part or inside an alternation ("(Bauleiter)", "Landgericht")', () => {
    const bracket = 'Heute vor Ort: Malwin Quenstedt (Bauleiter) und die Kolonne.';
    assert.deepEqual(spans(bracket, workRoleNames(bracket)), ['Malwin Quenstedt']);
    const keeper = 'Tagged by Ormond Feathersby (Keeper) at dawn.';
    assert.deepEqual(spans(keeper, workRoleNames(keeper)), ['Ormond Feathersby']);
    // Look-alike: ordinary words before a bracketed role are no name.
    const plain = 'Abnahme Termin (Bauleiter) offen.';
    assert.deepEqual(spans(plain, workRoleNames(plain)), []);
  });

  it('reads a two-word office as one role: the name after it, neither office word ("Deputy Mayor", "Relief Staff")', () => {
    assert.deepEqual(personSpans('Today Deputy Mayor Rosalind Okonkwo-Brandt opened the weir.'), [
      'Rosalind Okonkwo-Brandt',
    ]);
    assert.deepEqual(personSpans('Relief Staff will cover the kiosk on Sunday.'), []);
    const crew = 'Standby Crew to the slipway at six.';
    assert.deepEqual(spans(crew, workRoleNames(crew)), []);
  });

  it('bounds a rare name: a further capitalised word after the run makes the run a heading', () => {
    const heading = 'Tsoyaha Walks Far Gate Two';
    const found = rareNameAt(heading, 0);
    assert.equal(found && heading.slice(found.start, found.end), 'Tsoyaha');
    const sentence = 'Tsoyaha Walks Far. Station closed';
    const whole = rareNameAt(sentence, 0);
    assert.equal(whole && sentence.slice(whole.start, whole.end), 'Tsoyaha Walks Far');
  });

  it('reads a work role as a code literal\'s key: its value is a person ("ghillie" => "…")', () => {
    const php = "$crew = ['ghillie' => 'Fergus Allandale', 'boat' => 'Silver Dawn'];";
    assert.deepEqual(spans(php, namesInCodeLiterals(php)), ['Fergus Allandale']);
    assert.deepEqual(personSpans(php), ['Fergus Allandale']);
    const json = '{"warden": "Isolde Penhallow", "water": "Loch Errochty", "deputy_mayor": "Bram Ostenfeld"}';
    assert.deepEqual(spans(json, namesInCodeLiterals(json)), ['Isolde Penhallow', 'Bram Ostenfeld']);
    hasNone(personSpans(json), 'Errochty');
  });

  it('tells a bot by its marker, not by a capitalised surname "Bot"', () => {
    const blame = [
      'c2f1b2b5 (Tamsin Bot 2026-09-08 14:08:00 +0100 41) x = 1',
      'c2f1b2b6 (renovate-bot 2026-09-08 14:08:00 +0100 42) y = 2',
      'c2f1b2b7 (dependabot[bot] 2026-09-08 14:08:00 +0100 43) z = 3',
      'c2f1b2b8 (ci bot 2026-09-08 14:08:00 +0100 44) w = 4',
    ].join('\n');
    assert.deepEqual(spans(blame, namesInBlameLines(blame)), ['Tamsin Bot']);
  });

  it('keeps a given name with "& Co." after a meeting verb a firm, as FIRM_PARTNERS reads it', () => {
    assert.deepEqual(personSpans('Wir treffen Ratchanee & Co. morgen in Köln.'), []);
    assert.deepEqual(personSpans('Wir treffen Ratchanee Sukhumvong morgen in Köln.'), ['Ratchanee Sukhumvong']);
  });

  it('reads UPDATE and DELETE values without backslash escapes when the escaped reading does not end', () => {
    assert.deepEqual(personSpans("UPDATE crew SET surname = 'Tahuparae\\', first_name = 'Wiremu' WHERE id = 3;"), [
      'Tahuparae',
      'Wiremu',
    ]);
    assert.deepEqual(personSpans("DELETE FROM crew WHERE surname = 'Tahuparae\\' AND first_name = 'Wiremu';"), [
      'Tahuparae',
      'Wiremu',
    ]);
    // mysqldump's escaped quote inside a value still reads as one value.
    has(personSpans("UPDATE crew SET surname = 'O\\'Driscoll', first_name = 'Niamh' WHERE id = 4;"), 'Niamh');
    assertLinearTime(
      'UPDATE with an unclosed escaped value',
      (t) => personSpans(t),
      "UPDATE crew SET note = 'x\\', a = 'b".repeat(200),
      "UPDATE crew SET note = 'x\\', a = 'b".repeat(800),
    );
  });

  it('lets go of every per-text cache when a scan is done', () => {
    let forgotten = 0;
    forgetAfterEachScan(() => forgotten++);
    new PrivacyScanner().scan('Bauleiter: Malwin Quenstedt');
    assert.equal(forgotten, 1);
  });

  it("reads a service account's display name as no person, a name beside it as one", () => {
    const yaml =
      '- username: svc-archive\n  display_name: "Backup Service"\n- username: tq\n  display_name: "Tilda Quarrendon"\n';
    assert.deepEqual(personSpans(yaml), ['Tilda Quarrendon']);
  });

  it("keeps a listed surname after a water word under a thing key (fail closed), drops a water's name", () => {
    has(personSpans('GET /map?water=River+Kowalczyk&day=2 HTTP/1.1'), 'River+Kowalczyk');
    assert.deepEqual(personSpans('GET /map?water=River+Tay&day=2 HTTP/1.1'), []);
  });
});
