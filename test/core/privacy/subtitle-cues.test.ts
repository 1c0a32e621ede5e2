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
