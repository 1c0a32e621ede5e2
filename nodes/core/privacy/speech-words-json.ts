import { isJsonNumber, isJsonString, jsonObject, type Json, type JsonString } from './json-spans.js';
import { insideRanges, mergedRanges, type LineCopy, type MarkupReading, type TextPiece } from './markup-text-view.js';
import { around, objects, readDocument, wordOf } from './ocr-words-json.js';

/**
 * Speech recognisers' word-level JSON (AWS Transcribe, Google Speech-to-Text, Whisper's verbose JSON): every
 * spoken word is its own JSON object among times, confidences and speaker labels, so a name, an e-mail address
 * spoken as "name at gmail dot com" or a number read digit by digit is split over several objects. These adapters
 * return each word's text span as written (inside its JSON string) and the speaker's turn it belongs to: a line
 * is a turn, so a value said over several words is one run and two speakers' words never join into one name.
 * Punctuation items join the word before them with no blank. The transcript strings the formats carry beside their
 * words are read as lines of their own (fail closed: every string of the document keeps its findings). The
 * formats' own values (account ids, times, confidences, speaker labels) are markup.
 */

const member = (v: Json | undefined, key: string): Json | undefined => jsonObject(v)?.[key];
const stringAt = (v: Json | undefined, key: string): JsonString | undefined => {
  const s = member(v, key);
  return isJsonString(s) ? s : undefined;
};
const listAt = (v: Json | undefined, key: string): Json[] => {
  const l = member(v, key);
  return Array.isArray(l) ? l : [];
};
/** A speaker's label or tag as a key (a string, or Google's number). */
const speakerAt = (v: Json | undefined, key: string): string | undefined => {
  const x = member(v, key);
  if (isJsonString(x)) return x.text;
  if (isJsonNumber(x)) return String(x.number);
  return undefined;
};

/** A string as a line of its own (a transcript, a segment's text). */
const ownLine = (s: JsonString | undefined, copies: LineCopy[], tag: string) => {
  if (s && /[\p{L}\p{N}]/u.test(s.text)) copies.push({ start: s.start, end: s.end, line: `${tag} ${s.start}` });
};

/**
 * The string values of the format's own keys (ids, times, confidences, labels): findings there are the markup's
 * (an AWS `accountId` reads as a phone number). Only these keys; any other string keeps its findings.
 */
function ownValues(
  root: Json,
  keys: ReadonlyMap<string, RegExp>,
): ((start: number, end: number) => boolean) | undefined {
  const spans: { start: number; end: number }[] = [];
  for (const o of objects(root))
    for (const k of Object.keys(o)) {
      const v = o[k];
      // Fail closed (review 46): only a value of the key's own shape is the format's; a phone, a mailbox or a
      // name put in `accountId`, `language` or `speakerLabel` keeps its findings.
      if (isJsonString(v) && keys.get(k)?.test(v.text)) spans.push({ start: v.start, end: v.end });
    }
  return spans.length > 0 ? insideRanges(mergedRanges(spans)) : undefined;
}

/** Turns: a new line key whenever the speaker changes (undefined, no diarisation, is one speaker). */
class Turns {
  private n = 0;
  private last: string | undefined = undefined;
  private started = false;
  constructor(private readonly tag: string) {}
  line(speaker: string | undefined): string {
    if (!this.started || speaker !== this.last) {
      if (this.started) this.n++;
      this.started = true;
      this.last = speaker;
    }
    return `${this.tag} turn ${this.n}`;
  }
  /** A break in the words (another result, another segment list): the next word starts a new line. */
  cut(): void {
    this.started = false;
    this.n++;
  }
}

const reading = (
  words: TextPiece[],
  copies: LineCopy[],
  own: ((start: number, end: number) => boolean) | undefined,
): MarkupReading | undefined =>
  words.length + copies.length > 0
    ? { pieces: words, lines: copies, escapes: 'json', markup: 'names', ...(own ? { ownValuesAt: own } : {}) }
    : undefined;

/** The shapes of the formats' own values: a time, a confidence, a code, a numbered speaker. */
const SECONDS = /^\d{1,7}(?:\.\d{1,9})?$/;
const SECONDS_S = /^\d{1,7}(?:\.\d{1,9})?s$/;
const LANGUAGE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/;
const SPEAKER = /^(?:spk_|ch_|speaker_?)?\d{1,3}$/i;
const AWS_OWN: ReadonlyMap<string, RegExp> = new Map([
  ['accountId', /^\d{12}$/],
  ['start_time', SECONDS],
  ['end_time', SECONDS],
  ['confidence', /^(?:0|1)(?:\.\d{1,9})?$/],
  ['speaker_label', SPEAKER],
  ['channel_label', SPEAKER],
  ['type', /^(?:pronunciation|punctuation)$/],
  ['status', /^[A-Z_]{2,20}$/],
  ['language_code', LANGUAGE],
]);

/**
 * AWS Transcribe (`results.items[]`): a `pronunciation` item's `alternatives[0].content` is a word, a
 * `punctuation` item's a mark joined to the word before it. Who speaks: the item's own `speaker_label` (newer
 * output), else `speaker_labels.segments[].items[]` by the item's `start_time` (or `channel_labels`); a
 * punctuation item stays in its word's turn. `results.transcripts[].transcript` and `audio_segments[].transcript`
 * are read as lines of their own.
 */
export function awsTranscribeWords(text: string): MarkupReading | undefined {
  if (!text.includes('"items"') || !text.includes('"alternatives"') || !text.includes('"pronunciation"'))
    return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  let results = 0;
  for (const o of objects(doc.root)) {
    const items = o.items;
    if (!Array.isArray(items) || !items.some((i) => Array.isArray(member(i, 'alternatives')))) continue;
    const speakerAtTime = new Map<string, string>();
    for (const [labels, segKey, labelKey] of [
      [o.speaker_labels, 'segments', 'speaker_label'],
      [o.channel_labels, 'channels', 'channel_label'],
    ] as const)
      for (const seg of listAt(labels, segKey)) {
        const who = speakerAt(seg, labelKey);
        for (const it of listAt(seg, 'items')) {
          const at = stringAt(it, 'start_time')?.text;
          const label = speakerAt(it, labelKey) ?? who;
          if (at !== undefined && label !== undefined && !speakerAtTime.has(at)) speakerAtTime.set(at, label);
        }
      }
    const turns = new Turns(`aws ${results++}`);
    let speaker: string | undefined;
    let lastLine: string | undefined;
    for (const it of items) {
      const alt = listAt(it, 'alternatives')[0];
      const content = stringAt(alt, 'content');
      const punctuation = stringAt(it, 'type')?.text === 'punctuation';
      if (!punctuation) {
        const at = stringAt(it, 'start_time')?.text;
        speaker =
          speakerAt(it, 'speaker_label') ??
          speakerAt(it, 'channel_label') ??
          (at !== undefined ? speakerAtTime.get(at) : undefined) ??
          speaker;
      }
      const line = punctuation && lastLine !== undefined ? lastLine : turns.line(speaker);
      const w = wordOf(content, line);
      if (!w) continue;
      if (punctuation) w.before = '';
      words.push(w);
      lastLine = line;
    }
    for (const t of listAt(o, 'transcripts')) ownLine(stringAt(t, 'transcript'), copies, 'aws transcript');
    for (const s of listAt(o, 'audio_segments')) ownLine(stringAt(s, 'transcript'), copies, 'aws segment');
  }
  if (words.length === 0) return undefined;
  around(text, doc, copies);
  return reading(words, copies, ownValues(doc.root, AWS_OWN));
}

const GOOGLE_OWN: ReadonlyMap<string, RegExp> = new Map([
  ['startTime', SECONDS_S],
  ['endTime', SECONDS_S],
  ['startOffset', SECONDS_S],
  ['endOffset', SECONDS_S],
  ['resultEndTime', SECONDS_S],
  ['resultEndOffset', SECONDS_S],
  ['languageCode', LANGUAGE],
  ['speakerLabel', SPEAKER],
  ['totalBilledTime', SECONDS_S],
  ['requestId', /^(?:\d{1,20}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$/i],
]);

/**
 * Google Speech-to-Text (v1 `results[].alternatives[]` with `transcript` and `words[]`, each a `word` with
 * `startTime`, `speakerTag`; v2 `startOffset`, `speakerLabel`): each word a piece, a turn a line. The
 * alternative's `transcript` is read as a line of its own.
 */
export function googleSpeechWords(text: string): MarkupReading | undefined {
  if (!text.includes('"alternatives"') || !text.includes('"words"') || !text.includes('"word"')) return undefined;
  if (!/"(?:startTime|startOffset|speakerTag|speakerLabel|endTime|endOffset)"/.test(text)) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  let alternatives = 0;
  for (const o of objects(doc.root)) {
    const list = o.alternatives;
    if (!Array.isArray(list)) continue;
    for (const alt of list) {
      const ws = listAt(alt, 'words');
      if (ws.length === 0 && !stringAt(alt, 'transcript')) continue;
      const turns = new Turns(`google ${alternatives++}`);
      for (const w of ws) {
        const speaker = speakerAt(w, 'speakerTag') ?? speakerAt(w, 'speakerLabel');
        const piece = wordOf(stringAt(w, 'word'), turns.line(speaker));
        if (piece) words.push(piece);
      }
      ownLine(stringAt(alt, 'transcript'), copies, 'google transcript');
    }
  }
  if (words.length === 0) return undefined;
  around(text, doc, copies);
  return reading(words, copies, ownValues(doc.root, GOOGLE_OWN));
}

const WHISPER_OWN: ReadonlyMap<string, RegExp> = new Map([
  ['task', /^(?:transcribe|translate)$/],
  ['language', /^(?:[a-z]{2,3}|[A-Za-z]{3,20}(?: [A-Za-z]{3,20})?)$/],
]);

/**
 * Whisper's verbose JSON (`segments[]` with `text` and `words[]` of `word`, `start`, `end`, `probability`; the API's
 * top-level `words[]`; WhisperX's `speaker` on segments and words). A word written with a leading blank starts a
 * new word; one without it (where the document writes blanks at all) joins the word before it ("'s", a hyphen's
 * tail). A turn is a line: consecutive segments of one speaker (or of an undiarised file) run on, as a sentence
 * runs over segment boundaries. The document's and every segment's `text` are read as lines of their own.
 */
export function whisperWords(text: string): MarkupReading | undefined {
  if (!text.includes('"segments"') && !text.includes('"words"')) return undefined;
  if (!/"(?:avg_logprob|no_speech_prob|compression_ratio|probability)"/.test(text)) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const root = jsonObject(doc.root);
  if (!root || !(Array.isArray(root.segments) || Array.isArray(root.words))) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  // Whether the document writes the blank before a word inside the word's string (OpenAI's Whisper does).
  let blanksWritten = false;
  const wordLists: { list: Json[]; segmentSpeaker: string | undefined; cut: boolean }[] = [];
  for (const seg of listAt(root, 'segments')) {
    wordLists.push({ list: listAt(seg, 'words'), segmentSpeaker: speakerAt(seg, 'speaker'), cut: false });
    ownLine(stringAt(seg, 'text'), copies, 'whisper segment');
  }
  if (Array.isArray(root.words)) wordLists.push({ list: root.words, segmentSpeaker: undefined, cut: true });
  for (const { list } of wordLists)
    for (const w of list) if (/^\s/.test(stringAt(w, 'word')?.text ?? '')) blanksWritten = true;
  const turns = new Turns('whisper');
  for (const { list, segmentSpeaker, cut } of wordLists) {
    if (cut) turns.cut();
    let lastLine: string | undefined;
    for (const w of list) {
      const s = stringAt(w, 'word') ?? stringAt(w, 'text');
      const line = turns.line(speakerAt(w, 'speaker') ?? segmentSpeaker);
      const piece = wordOf(s, line);
      if (!piece || !s) continue;
      if (blanksWritten && lastLine === line && !/^(?:\s|\\[nrt])/.test(s.text)) piece.before = '';
      words.push(piece);
      lastLine = line;
    }
  }
  ownLine(stringAt(root, 'text'), copies, 'whisper text');
  if (words.length + copies.length === 0) return undefined;
  around(text, doc, copies);
  return reading(words, copies, ownValues(doc.root, WHISPER_OWN));
}
