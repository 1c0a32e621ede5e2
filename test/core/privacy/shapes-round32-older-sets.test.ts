import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { recordFields } from '../../../nodes/core/privacy/record-fields.js';
import { transcriptLowerCaseNames } from '../../../nodes/core/privacy/names-transcript-intros.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` the scanner makes in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

/** Asserts that a finding holds `word`. */
const holds = (found: string[], word: string) =>
  assert.ok(
    found.some((f) => f.includes(word)),
    `${word} in ${JSON.stringify(found)}`,
  );

const header = `${'KDNR'.padEnd(8)}${'NAME'.padEnd(26)}${'GEBDAT'.padEnd(10)}${'TELEFON'.padEnd(18)}ADRESSE\n`;
const row = (id: string, name: string, dob: string, phone: string, address: string) =>
  `${id.padEnd(8)}${name.padEnd(26)}${dob}  ${phone.padEnd(18)}${address}\n`;

describe('shapes of round 32: the older sets’ largest classes', () => {
  it('reads phones in the phone column of a fixed-width export of people', () => {
    const text =
      'ALTEXPORT KUNDENSTAMM B-4471\n' +
      header +
      row('20417', 'BRANDAUER, KLEMENTINE', '19830214', '079/3318264', 'SEEFELDSTRASSE 12 8008 ZUERICH') +
      row('20533', 'OYELARAN TUNDE', '19610930', '004917623418857', 'HAFENWEG 8 48155 MUENSTER') +
      row('20611', 'WILLOUGHBY, PERPETUA', '19770101', '+44(0)7700900612', '9 ELM RISE YORK YO1 7HH') +
      row('20702', 'KRASNIQI, ARBEN', '19990517', '0664/2219087', 'MARIAHILFER STRASSE 40 1070 WIEN') +
      row('20805', 'HOLLOWAY, JUDD', '19700622', '(802)555-0147', '12 MAPLE AVE BURLINGTON VT 05401') +
      row('20906', 'PETROSYAN ANUSH', '19880808', '', 'LINDENWEG 4 34117 KASSEL') +
      'SATZANZAHL 000006\n';
    const phones = found(text, 'PHONE_NUMBER');
    for (const phone of ['079/3318264', '004917623418857', '+44(0)7700900612', '0664/2219087', '(802)555-0147'])
      assert.ok(phones.includes(phone), `${phone} in ${JSON.stringify(phones)}`);
    // Look-alikes in the same rows: customer numbers, birth dates, postcodes and the record count.
    for (const other of ['20417', '19830214', '8008', '34117', '000006', '19880808'])
      assert.ok(!phones.some((p) => p.includes(other)), `no ${other} in ${JSON.stringify(phones)}`);
  });

  it('reads no phone column in an export that names no person (an article list)', () => {
    const text =
      `${'ARTNR'.padEnd(8)}${'BEZEICHNUNG'.padEnd(26)}${'PREIS'.padEnd(10)}${'TELEFON'.padEnd(18)}LAGER\n` +
      `${'4471'.padEnd(8)}${'SCHRAUBEN M8'.padEnd(26)}${'12,50'.padEnd(10)}${'0800/1234567'.padEnd(18)}HALLE 3\n`;
    assert.deepEqual(
      recordFields(text).filter((e) => e.type === 'PHONE_NUMBER'),
      [],
    );
  });

  it('reads only dialable numbers under the phone heading (no bare customer number)', () => {
    const text =
      'LEGACY EXPORT\n' + header + row('30011', 'ASHCROFT, MILDRED', '19650304', '45520193', '4 KEW LANE BATH BA1 1AA');
    assert.deepEqual(
      recordFields(text).filter((e) => e.type === 'PHONE_NUMBER'),
      [],
    );
  });

  it('reads clubs, makers’ models and firms named like people as no person', () => {
    const text =
      'Ingrid Solvang wrote: went to see Crystal Palace against Plymouth Argyle on Saturday.\n' +
      'Agent: Watching Crystal Palace against Plymouth Argyle tonight.\nCustomer: ok\n' +
      'Our old Miele Scout finally gave up, and the Schwarzkopf Palette dye stained the sink.\n' +
      'Tobiah Renwick sold his Land Rover Discovery and bought a Sage Barista for the kitchen.\n' +
      'He worked nine years as a site manager with Balfour Beatty in Leeds. We ordered a Henry Hoover too.\n';
    const found = personSpans(text);
    for (const thing of [
      'Palace',
      'Argyle',
      'Watching',
      'Scout',
      'Palette',
      'Discovery',
      'Barista',
      'Balfour',
      'Hoover',
    ])
      hasNone(found, thing);
    has(found, 'Ingrid Solvang');
    has(found, 'Tobiah Renwick');
  });

  it('keeps people who share a club’s, maker’s or firm’s name', () => {
    // A name column's "Family, Given", a title before the name, a given name after the maker, the name alone.
    has(personSpans('Name | Geburtsdatum\n--- | ---\nPalace, Crystal | 12.04.1981\n'), 'Palace, Crystal');
    has(personSpans('Patient: Villa, Aston, geb. 02.11.1979'), 'Villa, Aston');
    holds(personSpans('Please call Mr Hoover back about the invoice.'), 'Hoover');
    holds(personSpans('The report was written by Ford Kelly, our auditor, on Monday.'), 'Ford Kelly');
    has(personSpans('Hi, this is Henry, the delivery comes Friday.'), 'Henry');
    // A person called Henry Hoover, with no article before: a person.
    has(personSpans('Contact: Henry Hoover, 12 Elm Road'), 'Henry Hoover');
    holds(personSpans('Dear Ms Beatty, thank you for your letter.'), 'Beatty');
    has(personSpans('Das Gutachten erstellte Sabine Schwarzkopf, Diplom-Ingenieurin.'), 'Sabine Schwarzkopf');
  });

  it('keeps a transcript’s word its speaker spells out letter by letter, first in the turn', () => {
    const text =
      '00:00:41.120 --> 00:00:47.300\nagent: and the surname please\n' +
      "00:00:47.300 --> 00:00:52.010\ncaller: wairimu uh that's w a i r i m u w for whisky\n";
    has(personSpans(text), 'wairimu');
    // Look-alike: an ordinary first word with a registration spelled after it is no one.
    hasNone(personSpans('00:00:47.300 --> 00:00:52.010\ncaller: yes the plate is k l m four\n'), 'yes');
  });

  it('reads lower-case names after a self-introduction, a greeting or "und" in a transcript', () => {
    const voicemail = "blood donor line voicemail\n(00:02) hi it's oluchi adebanjo er i'm booked in for friday\n";
    has(personSpans(voicemail), 'oluchi adebanjo');
    const shift = 'dienstplan sprachnachricht\n(00:01) servus hier ist tamrat genau wegen dem dienst am samstag\n';
    has(personSpans(shift), 'tamrat');
    const greeted = "hi wanjiru (00:03) it's the depot about your parcel\n";
    has(personSpans('[00:00:01] ' + greeted), 'wanjiru');
    const crew =
      '[SPEAKER_01 00:00:09] wasser im schiff an bord noch Ilka Brandt und jorunn\n[SPEAKER_00 00:00:14] verstanden\n';
    has(personSpans(crew), 'jorunn');
    // Look-alikes: ordinary words after the same cues, and the same words in a text that is no transcript.
    const ordinary =
      "[SPEAKER_00 00:00:02] hi it's raining here and this is going to be late\n" +
      '[SPEAKER_01 00:00:05] hallo hier ist alles gut und wir sind unterwegs\n' +
      '[SPEAKER_00 00:00:07] ich bin krank, hallo schatz, Rote Beete und kartoffeln\n';
    assert.deepEqual(transcriptLowerCaseNames(ordinary), []);
    assert.deepEqual(transcriptLowerCaseNames("note to self: it's oluchi adebanjo who called"), []);
    // A chat's time before its message is no transcript's mark; a participle after "ich bin" is no one.
    assert.deepEqual(transcriptLowerCaseNames('Anke (10:12): ich bin umgezogen, neue Adresse folgt'), []);
    assert.deepEqual(transcriptLowerCaseNames('[00:00:04] ich bin hingefallen und komme später'), []);
  });

  it('reads long transcripts in linear time', () => {
    const line = "[SPEAKER_00 00:00:02] hi it's tamrat er ich bin krank und Ilka Brandt und jorunn\n";
    assertLinearTime(
      'lower-case transcript names',
      (t) => transcriptLowerCaseNames(t),
      line.repeat(2000),
      line.repeat(8000),
    );
  });

  it('reads long fixed-width exports in linear time', () => {
    const one = row('20417', 'BRANDAUER, KLEMENTINE', '19830214', '079/3318264', 'SEEFELDSTRASSE 12 8008 ZUERICH');
    const rows = (n: number) => header + one.repeat(n);
    assertLinearTime('fixed-width phone column', (t) => recordFields(t), rows(1000), rows(4000));
  });
});
