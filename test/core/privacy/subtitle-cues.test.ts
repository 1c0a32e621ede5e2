import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { subtitlePieces } from '../../../nodes/core/privacy/subtitle-cues.js';
import { flagged, found, unflagged } from '../../support/type-findings.js';
import { assertLinearTime } from '../../support/linear-time.js';

/*
 * Subtitle files (WebVTT, SRT) as speech recognisers and video-visit tools write them (subtitle-cues.ts): a sentence
 * over two cues, voice tags naming speakers, a voice tag's name said alone later. All names here are made up.
 */

const scanner = new PrivacyScanner();
const persons = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => [e.start, e.end]);
const covered = (text: string, value: string) => {
  const at = text.indexOf(value);
  return persons(text).some(([s, e]) => s < at + value.length && at < e);
};

const VTT = [
  'WEBVTT - Harbourside video visit VB-402211',
  '',
  'NOTE visitor client connected',
  '',
  '00:00:01.610 --> 00:00:04.410 line:85% align:start',
  '<v Officer>Today we have Mrs Tesnime',
  '',
  '00:00:04.710 --> 00:00:07.510',
  'Okafor-Brannigan, booked for ten.',
  '',
  '00:00:07.810 --> 00:00:10.610',
  '<v Quilliam Darrowmere>um hi, it’s Quilliam.',
  '',
  '00:00:10.910 --> 00:00:13.710',
  '<v Zelphine>So your new room is ready.',
  '',
  '00:00:14.010 --> 00:00:16.810',
  '<v Officer>Two minutes left.',
  '',
].join('\n');

const SRT = [
  '1',
  '00:00:01,000 --> 00:00:03,800',
  '<v Officer>Today we have Mrs Tesnime',
  '',
  '2',
  '00:00:04,000 --> 00:00:06,800',
  'Okafor-Brannigan, booked for ten.',
  '',
  '3',
  '00:00:07,000 --> 00:00:09,800',
  'Thank you.',
  '',
].join('\n');

describe('subtitle files (WebVTT, SRT cues)', () => {
  it('reads a name over two cues as one, in WebVTT and in SRT (the cue number between)', () => {
    for (const text of [VTT, SRT]) {
      assert.ok(covered(text, 'Tesnime'), `first half in ${JSON.stringify(persons(text))}`);
      assert.ok(covered(text, 'Okafor-Brannigan'), `second half in ${JSON.stringify(persons(text))}`);
    }
  });

  it('reads a voice tag as a name, a one-word tag too, and its given name said alone later', () => {
    flagged(VTT, 'PERSON', 'Quilliam Darrowmere');
    flagged(VTT, 'PERSON', 'Zelphine');
    const alone = VTT.indexOf('it’s Quilliam') + 5;
    assert.ok(
      persons(VTT).some(([s, e]) => s === alone && e === alone + 'Quilliam'.length),
      'the given name alone',
    );
  });

  it('reads role voice tags as no one', () => {
    const text = [
      'WEBVTT',
      '',
      '00:00:00.100 --> 00:00:02.900 position:10%',
      '<v Beamter>Noch zwei Minuten.',
      '',
      '00:00:03.100 --> 00:00:05.900',
      '<v Seelsorge>Der Gottesdienst beginnt um zehn.',
      '',
      '00:00:06.100 --> 00:00:08.900',
      '<v Chaplaincy>Service on wing B starts at ten.',
      '',
      '00:00:09.100 --> 00:00:11.900',
      '<v Officer>Thank you.',
      '',
    ].join('\n');
    for (const role of ['Beamter', 'Seelsorge', 'Chaplaincy', 'Officer']) unflagged(text, 'PERSON', role);
  });

  it('reads a speaker in brackets opening a cue as a name, a sound or role in brackets as no one', () => {
    const cue = (n: number, line: string) => `${n}\n00:00:0${n},000 --> 00:00:0${n},900\n${line}\n`;
    const text = [
      cue(1, '[MUSIC] Intro'),
      cue(2, '[JUDGE] Bitte setzen.'),
      cue(3, '[CROSSTALK] Nein.'),
      cue(4, '[SPEAKER 2] Ja.'),
      cue(5, '[ÁNDE] Hallo! Mein WLAN bricht abends ab.'),
    ].join('\n');
    flagged(text, 'PERSON', 'ÁNDE');
    for (const label of ['MUSIC', 'JUDGE', 'CROSSTALK', 'SPEAKER 2']) unflagged(text, 'PERSON', label);
  });

  it("reads an office's number after a speaker's turn as the office's, not the speaker's signature", () => {
    const text = [
      'WEBVTT - HMP Wandsworth video visit',
      '',
      '00:00:11.158 --> 00:00:13.958',
      '<v Sevil>So your new number is 0420 425 177.',
      '',
      '00:00:14.258 --> 00:00:17.058',
      '<v Officer>Two minutes left. Queries to socialvisits.wandsworth@justice.example, 020 8588 4000.',
      '',
    ].join('\n');
    flagged(text, 'PHONE_NUMBER', '0420 425 177');
    unflagged(text, 'PHONE_NUMBER', '020 8588 4000');
    // A name alone on its line above the contact line signs it: the number may be hers.
    const signed =
      'HMP Wandsworth visits\n\nSevil Gasanaliev\n\nsocialvisits.wandsworth@justice.example, 020 8588 4000';
    flagged(signed, 'PHONE_NUMBER', '020 8588 4000');
  });

  it('reads timing lines as no phone number or date', () => {
    for (const text of [VTT, SRT]) {
      for (const type of ['PHONE_NUMBER', 'DATE_TIME', 'DATE_OF_BIRTH'])
        for (const f of found(text, type)) assert.ok(!f.includes('-->') && !/\d\d:\d\d[.,]\d{3}/.test(f), f);
    }
  });

  it('leaves a text with one arrow that is no subtitle file as written', () => {
    const text = 'Route: Berlin --> Hamburg, depart 00:00:01.000 --> arrive later. Call Jonas Abendroth.';
    assert.equal(subtitlePieces(text), undefined);
    assert.equal(subtitlePieces('Meeting notes\n00:00:01.000 --> 00:00:02.000\nonly one cue here'), undefined);
    flagged(text, 'PERSON', 'Jonas Abendroth');
  });

  it('keeps what lies outside the cues (fail closed)', () => {
    const text = `${VTT}\nSTYLE\n::cue { color: yellow } /* ask Quilliam Darrowmere at q.darrowmere@example.com */\n`;
    flagged(text, 'EMAIL_ADDRESS', 'q.darrowmere@example.com');
  });

  it('reads a long file in linear time', () => {
    const cue = (i: number) =>
      `${i}\n00:00:${String(i % 60).padStart(2, '0')},000 --> 00:00:${String(i % 60).padStart(2, '0')},900\n<v Speaker ${i % 3}>and then we went on <i>and</i> on\n\n`;
    const file = (n: number) => Array.from({ length: n }, (_, i) => cue(i)).join('');
    assertLinearTime('subtitles', (t) => scanner.scan(t), file(200), file(800));
  });
});
