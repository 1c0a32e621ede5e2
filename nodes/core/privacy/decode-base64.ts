/**
 * Base64 read as the text it encodes: a pasted e-mail's "Content-Transfer-Encoding: base64" body
 * (wrapped at 76 characters), a "data:text/plain;base64,…" URI, a base64 JSON field or token
 * payload (base64url, padding dropped). A cloud model decodes these at a glance, so the detectors
 * must read what they say.
 *
 * Only runs that decode to plausible text are read: at least MIN_RUN characters (ordinary words and
 * ids are shorter or decode to bytes that are not text), valid UTF-8 (or Latin-1 with few letters
 * above ASCII, or UTF-16LE as PowerShell's -EncodedCommand) with next to no control characters. Images, digests, keys and random ids decode to
 * binary and stay as written.
 *
 * The decoded text is ONE piece standing for the whole run: a finding anywhere in it covers the
 * whole run in the original, so a placeholder replaces all of it and no 4-character group that
 * carries part of a value is left (the privacy-first choice; exact group offsets would let the rest
 * of a body through, at the cost of a subtle mapping).
 *
 * One left-to-right pass over the text; each run is decoded once (its head first, so that a
 * megabyte of image data costs only the head's check). Linear on hostile input.
 */
import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { isLdif, ldifBase64Values } from './ldif-records.js';

/** Shorter runs are words, ids and short tokens; 16 characters carry 12 bytes ("Max Müller" is 16). */
const MIN_RUN = 16;

/** 1: a character of the standard or the URL-safe alphabet. */
const ALPHABET = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') ALPHABET[ch.charCodeAt(0)] = 1;
const inAlphabet = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 && ALPHABET[c] === 1;
};

/** The head decoded first: binary is told from text within it. */
const HEAD = 512;

/**
 * Where the next run of at least MIN_RUN alphabet characters starts at or after `from` (-1: none).
 * Reads the last character of each window first and jumps past a window that cannot hold a run, so
 * ordinary text, whose words are short, is mostly skipped; each character is read at most once. `from`
 * must be the text's start or follow a character outside the alphabet.
 */
function nextRun(s: string, from: number): number {
  let i = from;
  // s[i, known) are alphabet characters already read.
  let known = i;
  while (i + MIN_RUN <= s.length) {
    let j = i + MIN_RUN - 1;
    while (j >= known && inAlphabet(s, j)) j--;
    if (j < known) return i;
    known = i + MIN_RUN;
    i = j + 1;
  }
  return -1;
}

/** Runs of base64 in `original` that decode to text, each replaced by its text; undefined when there is none. */
export function decodeBase64Runs(original: string): DecodedText | undefined {
  const parts: string[] = [];
  const pieces: DecodePiece[] = [];
  let length = 0;
  let copied = 0;
  const take = (start: number, end: number, text: string) => {
    if (start > copied) {
      parts.push(original.slice(copied, start));
      length += start - copied;
    }
    pieces.push({ view: length, viewLength: text.length, orig: start, origEnd: end });
    parts.push(text);
    length += text.length;
    copied = end;
  };
  // LDIF's "attr:: value" is exactly one base64 string of any length, ending at its line end (folded lines
  // joined): read by the grammar (ldif-records.ts), the text between such values by the general search.
  const ldif = isLdif(original) ? ldifBase64Values(original) : [];
  let segmentStart = 0;
  for (let v = 0; v <= ldif.length; v++) {
    const value = v < ldif.length ? ldif[v] : undefined;
    const segmentEnd = value ? value.start : original.length;
    const segment =
      segmentStart === 0 && segmentEnd === original.length ? original : original.slice(segmentStart, segmentEnd);
    for (let at = nextRun(segment, 0); at >= 0;) {
      const run = readRun(segment, at);
      // A run ends before a character outside the alphabet (or the "=" of "a=b").
      at = nextRun(segment, run.end);
      // Base64 of text holds lower-case letters; runs without any (numbers, codes in capitals) are not read.
      const text = /[a-z]/.test(run.chars) ? decodedText(run.chars) : undefined;
      if (text !== undefined) take(segmentStart + run.start, segmentStart + run.end, text);
    }
    if (!value) break;
    const text = decodedText(value.chars);
    if (text !== undefined) take(value.start, value.end, text);
    segmentStart = value.end;
  }
  if (pieces.length === 0) return undefined;
  parts.push(original.slice(copied));
  return { text: parts.join(''), pieces };
}

interface Run {
  start: number;
  end: number;
  /** The base64 characters of the run, line breaks left out. */
  chars: string;
}

/**
 * The run starting at `start`: alphabet characters, up to two "=" of padding, and in a MIME body
 * the next lines when this line is nothing but whole 4-character groups (the next line must not
 * start with "-": a MIME boundary "--b1" ends the body).
 */
function readRun(s: string, start: number): Run {
  const segments: string[] = [];
  let lineStart = start;
  let i = start;
  // Only a body that starts its line (after a quote or indent) is read on over line breaks.
  const prefix = linePrefix(s, start);
  for (;;) {
    while (i < s.length && inAlphabet(s, i)) i++;
    let padded = false;
    for (let k = 0; k < 2 && s[i] === '='; k++, padded = true) i++;
    // "a=b": an "=" followed by more of the alphabet is not padding.
    if (padded && i < s.length && inAlphabet(s, i)) {
      while (s[i - 1] === '=') i--;
      padded = false;
    }
    segments.push(s.slice(lineStart, i));
    const lineLength = i - lineStart;
    const brk = s[i] === '\n' ? 1 : s[i] === '\r' && s[i + 1] === '\n' ? 2 : 0;
    // The next line carries the same quote or indent as the first ("> ", four blanks of a code block).
    const next = i + brk + (prefix?.length ?? 0);
    const continues =
      prefix !== undefined &&
      !padded &&
      brk > 0 &&
      s.startsWith(prefix, i + brk) &&
      lineLength % 4 === 0 &&
      lineLength >= MIN_RUN &&
      next < s.length &&
      inAlphabet(s, next) &&
      s[next] !== '-';
    if (!continues) break;
    i = next;
    lineStart = next;
  }
  return { start, end: i, chars: segments.length === 1 ? segments[0] : segments.join('') };
}

/** At most this much quote and indent before a body's lines. */
const MAX_PREFIX = 8;

/**
 * What stands before `start` on its line when that is only quote marks and blanks ("", "> ", "    "),
 * else undefined: the run does not start a line and is not read on over line breaks.
 */
function linePrefix(s: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && start - i < MAX_PREFIX && (s[i - 1] === ' ' || s[i - 1] === '\t' || s[i - 1] === '>')) i--;
  return i === 0 || s[i - 1] === '\n' ? s.slice(i, start) : undefined;
}

/** Not fatal: the byte check of textOf has already told UTF-8 from Latin-1; a stray overlong form reads as U+FFFD, a control. */
const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('windows-1252');

/** The text a run encodes, or undefined when it is not base64 of text. */
function decodedText(chars: string): string | undefined {
  let body = chars.replace(/=+$/, '');
  // A body cut off in a paste ends with a lone character of its last group: the groups before it are
  // read (a model reads them too). A short run so cut is a word or an id.
  if (body.length % 4 === 1) {
    if (body.length < HEAD) return undefined;
    body = body.slice(0, -1);
  }
  // Padding is not checked: a quoted-printable pass takes "=\r\n" at a body's end for a soft line
  // break ("…bg==" reads "…bg="), and a model decodes a stray "=" all the same. The text checks below
  // decide.
  // Binary is told from text by the head: a megabyte of image data is not decoded whole.
  if (body.length > HEAD && textOf(bytesOf(body.slice(0, HEAD)), true) === undefined) return undefined;
  return textOf(bytesOf(body), false);
}

/** Buffer reads both alphabets ("+/" and "-_") and needs no padding. */
const bytesOf = (body: string) => Buffer.from(body, 'base64');

/** Controls other than tab, line breaks and form feed, and the replacement character: text has next to none. */
function isControl(code: number): boolean {
  return (
    code < 0x09 || code === 0x0b || (code > 0x0d && code < 0x20) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd
  );
}

/**
 * The bytes as text, or undefined when they are not text. One pass over the bytes counts ASCII
 * controls, bytes above ASCII and whether these form UTF-8 sequences; only a likely text is handed
 * to a decoder (most binary, and the words and ids that decode to bytes, are turned away here). A
 * head may end inside a UTF-8 character (`head`): that character is left out.
 */
function textOf(bytes: Uint8Array, head: boolean): string | undefined {
  if (isUtf16le(bytes)) return plainText(UTF16LE.decode(bytes.subarray(0, bytes.length & ~1)));
  let asciiControls = 0;
  let high = 0;
  let utf8 = true;
  let end = bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      if (isControl(b)) asciiControls++;
      continue;
    }
    high++;
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) {
      utf8 = false;
      continue;
    }
    if (i + n > bytes.length && head) {
      end = i;
      break;
    }
    for (let k = 1; k < n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) utf8 = false;
    if (utf8) {
      high += n - 1;
      i += n - 1;
    }
  }
  if (asciiControls * 50 > end) return undefined;
  // Latin-1 text: few letters above ASCII among plain ones.
  if (!utf8 && high * 8 > end) return undefined;
  return plainText((utf8 ? UTF8 : LATIN1).decode(end === bytes.length ? bytes : bytes.subarray(0, end)));
}

/** ASCII that text seldom holds and bytes decoded from letters and digits often do. */
const RARE_ASCII = new Set(['^', '`', '~', '|', '$']);

/**
 * The text when it reads as text: next to no controls, and at most one character in ten rare: the
 * ASCII of RARE_ASCII, or letters outside Latin and general punctuation unless they all come from one
 * alphabet (a Cyrillic or Greek text). Names, numbers and codes in capitals decode to valid UTF-8 now
 * and then (one card number in 3,000 did before the lower-case rule), but to a mix of scripts and
 * odd signs: turned away, so they are never taken out of the view as "decoded text".
 */
function plainText(text: string): string | undefined {
  let controls = 0;
  let rare = 0;
  let other = 0;
  let block = -1;
  let oneBlock = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) controls++;
    else if (code < 0x80) {
      if (RARE_ASCII.has(text[i])) rare++;
    } else if ((code >= 0xc0 && code <= 0x17f) || (code >= 0x2000 && code <= 0x20ff)) continue;
    else {
      other++;
      if (block === -1) block = code >> 7;
      else if (code >> 7 !== block) oneBlock = false;
    }
  }
  if (!oneBlock) rare += other;
  return controls * 50 <= text.length && rare * 10 <= text.length ? text : undefined;
}

const UTF16LE = new TextDecoder('utf-16le');

/**
 * UTF-16 little-endian, as Windows writes it (PowerShell's -EncodedCommand): Latin text has a zero
 * in nearly every second byte, which no UTF-8 or Latin-1 text has.
 */
function isUtf16le(bytes: Uint8Array): boolean {
  let zeros = 0;
  for (let i = 1; i < bytes.length; i += 2) if (bytes[i] === 0) zeros++;
  return bytes.length >= 4 && zeros * 10 >= (bytes.length >> 1) * 9 && bytes[0] !== 0;
}
