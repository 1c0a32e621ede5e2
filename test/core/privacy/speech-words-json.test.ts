import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { awsTranscribeWords, googleSpeechWords, whisperWords } from '../../../nodes/core/privacy/speech-words-json.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { found } from '../../support/type-findings.js';

/*
 * Speech recognisers' word-level JSON (AWS Transcribe, Google Speech-to-Text, Whisper verbose JSON): every spoken
 * word is its own object, so a value said over several words is split over several objects and is found over
 * them. All names, addresses and numbers here are made up.
 */

const scanner = new PrivacyScanner();
const types = (text: string) => scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

type Said = [speaker: number, word: string];
const says = (speaker: number, words: string) => words.split(' ').map((w): Said => [speaker, w]);

/** AWS Transcribe: items with times; punctuation items; speakers in speaker_labels.segments[].items. */
function aws(words: Said[], opts: { transcript?: string } = {}): string {
  let t = 500;
  const items: string[] = [];
  const segs: string[] = [];
  for (const [spk, w] of words) {
    if (/^[.,?!]$/.test(w)) {
      items.push(`{"alternatives":[{"confidence":"0.0","content":"${w}"}],"type":"punctuation"}`);
      continue;
    }
    const st = (t / 1000).toFixed(2);
    const et = ((t + 380) / 1000).toFixed(2);
    t += 420;
    items.push(
      `{"start_time":"${st}","end_time":"${et}","alternatives":[{"confidence":"0.87","content":"${w}"}],"type":"pronunciation"}`,
    );
    segs.push(`{"start_time":"${st}","speaker_label":"spk_${spk}","end_time":"${et}"}`);
  }
  return (
    `{"jobName":"call-3145702484","accountId":"033796718321","results":{"transcripts":[{"transcript":"${opts.transcript ?? '…'}"}],` +
    `"speaker_labels":{"speakers":2,"segments":[{"start_time":"0.5","speaker_label":"spk_0","end_time":"99.0","items":[${segs.join(',\n')}]}]},` +
    `"items":[\n${items.join(',\n')}\n]},"status":"COMPLETED"}\n`
  );
}

/** Google Speech-to-Text v1 with diarisation. */
function google(words: Said[], transcript = 'victim liaison callback'): string {
  let sec = 3;
  const ws = words.map(
    ([tag, w]) =>
      `{"startTime":"${sec}.${sec % 10}s","endTime":"${++sec}s","word":"${w}","speakerTag":${tag},"confidence":0.61}`,
  );
  return `{"results":[{"alternatives":[{"transcript":"${transcript}","confidence":0.88,"words":[\n${ws.join(',\n')}\n]}],"languageCode":"en-GB","resultEndTime":"${sec + 2}s"}]}\n`;
}

/** Whisper verbose JSON: segments with text and words (a leading blank in each word's string). */
function whisper(segments: { text: string; words?: string[]; speaker?: string }[], text = '…'): string {
  let t = 0;
  const segs = segments.map((s, id) => {
    const ws = (
      s.words ??
      s.text
        .trim()
        .split(' ')
        .map((w) => ` ${w}`)
    ).map((w) => `{"word":"${w}","start":${t}.0,"end":${t++}.5,"probability":0.93}`);
    const speaker = s.speaker ? `"speaker":"${s.speaker}",` : '';
    return `{"id":${id},${speaker}"start":${t}.0,"end":${t + 4}.4,"text":"${s.text}","avg_logprob":-0.21,"no_speech_prob":0.01,"words":[${ws.join(',')}]}`;
  });
  return `{"task":"transcribe","language":"english","duration":912.4,"segments":[\n${segs.join(',\n')}\n],"text":"${text}"}\n`;
}

describe('speech recognisers’ word-level JSON', () => {
  describe('AWS Transcribe', () => {
    const call = aws([
      ...says(0, 'hello uh it’s Orsolya Brandtweiler , email me at hanfakpoi dot iosefo at gmail dot com'),
      ...says(0, 'or call 0176 4412093 . pin A5560RT call ends .'),
      ...says(1, 'Thanks .'),
    ]);

    it('reads each item’s content as a word of its speaker’s turn, punctuation joined', () => {
      const r = awsTranscribeWords(call);
      assert.ok(r);
      const first = r.pieces[0].line;
      assert.ok(r.pieces.slice(0, 10).every((p) => p.line === first));
      const comma = r.pieces.find((p) => call.slice(p.start, p.end) === ',');
      assert.equal(comma?.before, '');
      assert.notEqual(r.pieces[r.pieces.length - 1].line, first, 'spk_1 speaks another line');
    });

    it('finds a name, a spoken e-mail address and a phone number over their items', () => {
      assert.deepEqual(found(call, 'PERSON'), ['Orsolya', 'Brandtweiler']);
      const mail = found(call, 'EMAIL_ADDRESS');
      assert.deepEqual(mail, ['hanfakpoi', 'dot', 'iosefo', 'at', 'gmail', 'dot', 'com']);
      assert.deepEqual(found(call, 'PHONE_NUMBER'), ['0176', '4412093']);
    });

    it('does not flag the account id, job name or times', () => {
      const all = types(call);
      assert.ok(!all.some((f) => /033796718321|3145702484|\d\.\d\d/.test(f)), all.join('\n'));
    });

    it('does not join two speakers’ words into one name', () => {
      const doc = aws([...says(0, 'yes that was Orsolya'), ...says(1, 'Brandtweiler Street is closed')]);
      const names = scanner.scan(doc).filter((e) => e.type === 'PERSON');
      for (const n of names) assert.ok(!doc.slice(n.start, n.end).includes('"'), doc.slice(n.start, n.end));
      const r = awsTranscribeWords(doc);
      assert.ok(r);
      const orsolya = r.pieces.find((p) => doc.slice(p.start, p.end) === 'Orsolya');
      const brandt = r.pieces.find((p) => doc.slice(p.start, p.end) === 'Brandtweiler');
      assert.notEqual(orsolya?.line, brandt?.line);
    });

    it('reads the transcript string too (fail closed)', () => {
      const doc = aws(says(0, 'hello there .'), { transcript: 'my email is hanfakpoi.iosefo@gmail.com' });
      assert.deepEqual(found(doc, 'EMAIL_ADDRESS'), ['hanfakpoi.iosefo@gmail.com']);
    });
  });

  describe('Google Speech-to-Text', () => {
    const call = google([
      ...says(1, 'name'),
      ...says(2, 'Orsolya Kowalczyk'),
      ...says(1, 'Ausweis'),
      ...says(2, 'X39ZT7HZN5'),
      ...says(1, 'Reisepass'),
      ...says(2, 'JN654YJLY9'),
      ...says(1, 'geboren'),
      ...says(2, '13.11.1960'),
    ]);

    it('reads each word of a speaker tag’s turn', () => {
      const r = googleSpeechWords(call);
      assert.ok(r);
      assert.equal(r.pieces.length, 9);
      assert.equal(r.pieces[1].line, r.pieces[2].line);
      assert.notEqual(r.pieces[0].line, r.pieces[1].line);
    });

    it('finds the ID card, passport number and date of birth in their word strings', () => {
      assert.deepEqual(found(call, 'DE_ID_CARD'), ['X39ZT7HZN5']);
      assert.deepEqual(found(call, 'DE_PASSPORT'), ['JN654YJLY9']);
      assert.deepEqual(found(call, 'DATE_OF_BIRTH'), ['13.11.1960']);
      assert.deepEqual(found(call, 'PERSON'), ['Orsolya', 'Kowalczyk']);
    });

    it('does not flag the times', () => {
      const all = types(call);
      assert.ok(!all.some((f) => /\d+(?:\.\d)?s\b/.test(f)), all.join('\n'));
    });

    it('reads the alternative’s transcript too (fail closed)', () => {
      const doc = google(says(1, 'hello'), 'call Orsolya Brandtweiler on 0176 4412093');
      assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
    });
  });

  describe('Whisper verbose JSON', () => {
    it('reads segment words as a turn, a word without its leading blank joined', () => {
      const doc = whisper([
        { text: ' So Mr Brandtweiler, call me.', words: [' So', ' Mr', ' Brandt', 'weiler,', ' call', ' me.'] },
      ]);
      const r = whisperWords(doc);
      assert.ok(r);
      const tail = r.pieces.find((p) => doc.slice(p.start, p.end) === 'weiler,');
      assert.equal(tail?.before, '');
    });

    it('finds values over words and in the segment text', () => {
      const doc = whisper([
        { text: ' My email is hanfakpoi dot iosefo at gmail dot com', speaker: 'SPEAKER_01' },
        { text: ' and my number 0176 4412093.', speaker: 'SPEAKER_01' },
      ]);
      assert.ok(found(doc, 'EMAIL_ADDRESS').length > 0);
      assert.ok(found(doc, 'PHONE_NUMBER').length > 0);
    });

    it('keeps what only the document’s text says', () => {
      const doc = whisper([{ text: ' hello' }], 'Orsolya Brandtweiler, 0176 4412093');
      assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
    });

    it('two speakers’ segments are two lines', () => {
      const doc = whisper([
        { text: ' thanks Orsolya', speaker: 'SPEAKER_00' },
        { text: ' Brandtweiler Street', speaker: 'SPEAKER_01' },
      ]);
      const r = whisperWords(doc);
      assert.ok(r);
      const a = r.pieces.find((p) => doc.slice(p.start, p.end) === 'Orsolya');
      const b = r.pieces.find((p) => doc.slice(p.start, p.end) === 'Brandtweiler');
      assert.notEqual(a?.line, b?.line);
    });
  });

  it('a look-alike JSON that is no recogniser’s output is read as before', () => {
    const doc = `{"items":[{"alternatives":"none","content":"Orsolya Brandtweiler, 0176 4412093"}],"words":"x","segments":3}`;
    assert.equal(awsTranscribeWords(doc), undefined);
    assert.equal(googleSpeechWords(doc), undefined);
    assert.equal(whisperWords(doc), undefined);
    assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
  });

  it('a huge or deep hostile document stays fast', function () {
    this.timeout(120_000);
    const big = (n: number) => aws(Array.from({ length: n }, (_, i): Said => [i % 3, i % 7 === 0 ? '.' : `w${i}`]));
    assertLinearTime('aws items', (t) => scanner.scan(t), big(1_000), big(4_000));
    const gbig = (n: number) => google(Array.from({ length: n }, (_, i): Said => [i % 2, `Wort${i}`]));
    assertLinearTime('google words', (t) => scanner.scan(t), gbig(1_000), gbig(4_000));
    const deep = `{"results":{"items":${'['.repeat(50_000)}"pronunciation","alternatives"${']'.repeat(50_000)}}}`;
    const started = Date.now();
    scanner.scan(deep);
    assert.ok(Date.now() - started < 10_000);
  });
});
