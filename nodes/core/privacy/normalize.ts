/**
 * The view of a text the detectors read: Unicode NFKC (full-width forms, ligatures, superscripts,
 * odd spaces become plain ones), invisible format characters (zero-width, soft hyphen, bidi marks,
 * byte-order marks, variation selectors) removed, Cyrillic and Greek look-alikes of Latin letters
 * and digits folded to ASCII, decimal digits of other scripts read as ASCII digits, dashes and
 * bullets folded to "-" and ".". Whoever writes "DЕ89" with a Cyrillic Е, "0171\u200b2345678" or
 * "ｍａｘ＠ｅｘａｍｐｌｅ．ｄｅ" is read as writing the plain value.
 *
 * Findings are reported in the ORIGINAL text: `toOriginal` maps a span of the view back to the
 * whole original characters it came from, widened over format characters right next to it, so that
 * a placeholder always covers the complete value and nothing invisible is left around it.
 *
 * Before all that, transport encodings are decoded (decode-escapes.ts: "%40", "&uuml;", "=C3=BC",
 * "\u00fc" …; decode-base64.ts: base64 runs that encode text); a span over a decoded character maps
 * back to the whole escape (or base64 run) it came from. Last, a word hyphenated at a line's end is
 * read whole (line-hyphens.ts), and a printed form's row of dots or underscores between a label and
 * its value reads as a colon (form-leaders.ts), and numbers spoken in words read as digits (spoken-numbers.ts).
 */
import { decodeBase64Runs } from './decode-base64.js';
import { type DecodedText, decodeEscapes } from './decode-escapes.js';
import { fileNameWords, joinedParameterSections } from './file-names.js';
import { readFormLeaders } from './form-leaders.js';
import { readLatex } from './latex-view.js';
import { joinLineHyphens } from './line-hyphens.js';
import { readLoadFile } from './load-files.js';
import { readPdfFormFields } from './pdf-form-fields.js';
import { readPrintStream } from './print-streams.js';
import { readVersionControlDiff } from './version-control-diffs.js';
import { joinPageBreaks } from './page-breaks.js';
import { readSpokenNumbers } from './spoken-numbers.js';
import { readTerminalControls } from './terminal-controls.js';

/**
 * One level of transport decoding: terminal output as the screen shows it (terminal-controls.ts), a print job
 * (print-streams.ts), then escapes, then base64 runs (decode-base64.ts: a base64 body,
 * data: URI or JSON field that decodes to text). Escapes inside decoded base64, and base64 inside
 * decoded escapes, are read at the next level. When nothing is left to decode, file names are read
 * as words (file-names.ts: RFC 2231 continuations joined, then "Lebenslauf_Max_Mueller.pdf" read as
 * "Lebenslauf Max Mueller.pdf").
 */
function decodeLevel(text: string): DecodedText | undefined {
  // A print job reads as the text it prints first (print-streams.ts): before the escapes, whose decoder would read
  // PostScript's "\(" as a parenthesis. A job in base64 or escapes is read at the level that decodes it.
  // Terminal output before print streams (terminal-controls.ts): the ESC/POS reader would take only the ESC of "ESC [".
  return (
    readTerminalControls(text) ??
    readPrintStream(text) ??
    decodeEscapes(text) ??
    decodeBase64Runs(text) ??
    joinedParameterSections(text) ??
    fileNameWords(text)
  );
}

export interface NormalizedText {
  /** The view the detectors scan. */
  readonly text: string;
  /** The view reads exactly as the original: spans need no mapping (known without comparing the two). */
  readonly unchanged: boolean;
  /** The original span a view span [start, end) came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/**
 * Characters that never change: printable ASCII, tabs and line breaks, and the precomposed Latin-1 letters (German, French …
 * prose; × and ÷ among them do not change either). A text made only of them is its own view (the fast path); otherwise only the other
 * characters are rewritten, and unchanged runs map by a constant offset.
 */
const CHANGES = /[^\t\n\r\x20-\x7e\u00c0-\u00ff]/g;

/** Invisible characters an attacker puts inside values; removed from the view. */
/** Format characters, Hangul fillers, the grapheme joiner, Mongolian and other variation selectors. */
const INVISIBLE =
  /\p{Cf}|[\u115f\u1160\u3164\uffa0]|\u034f|\u17b4|\u17b5|[\u180b-\u180f]|[\ufe00-\ufe0f]|[\u{e0100}-\u{e01ef}]/u;
const COMBINING = /^\p{M}/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Each character of `from` is read as the character at the same place in `to`. */
function table(from: string, to: string): Map<string, string> {
  const f = [...from];
  const t = [...to];
  if (f.length !== t.length) throw new Error('confusables table: lengths differ');
  return new Map(f.map((c, i) => [c, t[i]]));
}

/** Cyrillic, Greek and a few Latin letters drawn like ASCII letters or digits (compact: the ones fonts draw alike). */
const CONFUSABLES = table(
  'АВЕЀЁКМНОРСТУХЅІЇЈԀԚԜҮЗӀ' + 'авеѐёкмнорстухѕіїјԁԛԝһүзӏьпгб' + 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ' + 'αβεικνορτυχγϲϳ' + 'ıȷɑɡ',
  'ABEEEKMHOPCTYXSIIJDQWY3I' + 'abeeekmhopctyxsiijdqwhy3lbnr6' + 'ABEZHIKMNOPTYX' + 'abeikvoptuxycj' + 'ijag',
);
/** Look-alikes of O and I that stand for 0 and 1 when a digit is next to them. */
const DIGIT_LIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };
const DASHES = /^[\p{Pd}\u2212]$/u;
const BULLETS = /^[\u00b7\u2022\u2024\u2027\u2219\u22c5\u30fb\uff65\u2981\u25cf\u25e6]$/;

/** The value of a decimal digit of any script (Arabic-Indic, Devanagari …): its distance from the block's zero. */
function digitValue(ch: string): string {
  let cp = ch.codePointAt(0)!;
  let zero = cp;
  while (zero > cp - 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  cp = (cp - zero) % 10;
  return String(cp);
}

/** One character of NFKC output, folded; '' for an invisible one. */
function fold(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  const c = CONFUSABLES.get(ch);
  if (c !== undefined) return c;
  if (ch.length === 1 && ch <= '\x7f') return ch;
  if (DECIMAL_DIGIT.test(ch)) return digitValue(ch);
  if (DASHES.test(ch)) return '-';
  if (BULLETS.test(ch)) return '.';
  return ch;
}

/** True for characters the view leaves out: a finding next to them takes them along. */
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch);
}

/** A rewritten piece: view [view, view + viewLength) came from original [orig, origEnd). */
interface Piece {
  view: number;
  viewLength: number;
  orig: number;
  origEnd: number;
}

/** What each rewritten character (with its combining marks) becomes: evasive text repeats the same few. */
const FOLDED = new Map<string, string>();
/** Per code unit of the Basic Multilingual Plane (surrogates aside), whether it is a combining mark: 0 not asked yet, 1 yes, 2 no. */
const COMBINING_UNIT = new Int8Array(0x10000);
/**
 * Combining marks start at U+0300: the code check spares the Unicode property test for most
 * characters, and the table asks it once per character (evasive text repeats the same few).
 */
function isCombining(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (!(code >= 0x300)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return COMBINING.test(s.slice(i, i + 2));
  if (COMBINING_UNIT[code] === 0) COMBINING_UNIT[code] = COMBINING.test(s[i]) ? 1 : 2;
  return COMBINING_UNIT[code] === 1;
}

const IDENTITY: NormalizedText = { text: '', unchanged: true, toOriginal: (start, end) => ({ start, end }) };

/**
 * Encodings nested in one another ("max%2540example.de" is "%40" percent-encoded once more, "&amp;#64;")
 * are decoded level by level until nothing is left to decode: a hostile writer must not get a value
 * past the detectors by encoding it once more than we decode. Each level reads the whole text, so
 * the levels are bounded by a budget of characters read, a multiple of the text's length (linear on
 * 800 KB of nesting) with a floor that lets a message of a few KB nest as deep as it likes.
 */
const DECODE_BUDGET_FACTOR = 8;
const DECODE_BUDGET_FLOOR = 1 << 18;

type SpanMap = (start: number, end: number) => { start: number; end: number };

export function normalizeForDetection(original: string): NormalizedText {
  // A LaTeX source is read as the text it typesets first (latex-view.ts): "LU71~5411~…", "G{\\"o}ntje", lines joined by "\\".
  // Before the escapes: their decoder would read "\\"" as a quote.
  const latex = readLatex(original);
  if (latex === undefined) return viewOf(original);
  const inner = viewOf(latex.text);
  return {
    text: inner.text,
    unchanged: false,
    toOriginal: (start, end) => {
      const span = inner.toOriginal(start, end);
      return mapSpan(latex.pieces, span.start, span.end);
    },
  };
}

/** The view of a text that is not LaTeX (or of a LaTeX source already read as text). */
function viewOf(original: string): NormalizedText {
  const folded = decodedAndFolded(original);
  // A Concordance DAT load file reads as a delimited table (load-files.ts): þ qualifiers as quotes, ASCII 20 as a tab,
  // ® as ";", ¶ as a blank. One character for one: spans map back as they are.
  const dat = readLoadFile(folded.text);
  // A filled PDF form's field export (XFDF, FDF, pdftk, pdf.js, pdf-lib) reads as "Label: value" lines (pdf-form-fields.ts).
  const form = dat === undefined ? readPdfFormFields(folded.text) : undefined;
  // A diff of data files reads as the files (version-control-diffs.ts): prefix column, hunk headers, metadata,
  // conflict markers and word-diff marks blanked. One character for one: spans map back as they are.
  const diff = dat === undefined && form === undefined ? readVersionControlDiff(folded.text) : undefined;
  const view: NormalizedText =
    dat !== undefined
      ? { text: dat.text, unchanged: false, toOriginal: folded.toOriginal }
      : diff !== undefined
        ? { text: diff.text, unchanged: false, toOriginal: folded.toOriginal }
        : form !== undefined
          ? {
              text: form.text,
              unchanged: false,
              toOriginal: (start, end) => {
                const span = mapSpan(form.pieces, start, end);
                return folded.toOriginal(span.start, span.end);
              },
            }
          : folded;
  // Last, words hyphenated at a line's end are read whole (line-hyphens.ts): "Lak-\natos" is "Lakatos";
  // then a form's row of dots or underscores between label and value reads as a colon (form-leaders.ts).
  // First a value a converter broke across a page is read whole (page-breaks.ts): footer and header between its halves left out.
  const paged = joinPageBreaks(view.text);
  const joined = joinLineHyphens(paged?.text ?? view.text);
  const text = joined?.text ?? paged?.text ?? view.text;
  const led = readFormLeaders(text);
  // Numbers a transcript writes in words read as digits (spoken-numbers.ts): "null eins sieben zwo …" is "0172…".
  const spoken = readSpokenNumbers(led?.text ?? text);
  if (paged === undefined && joined === undefined && led === undefined && spoken === undefined) return view;
  return {
    text: spoken?.text ?? led?.text ?? text,
    unchanged: false,
    toOriginal: (start, end) => {
      let span = spoken === undefined ? { start, end } : mapSpan(spoken.pieces, start, end);
      if (led !== undefined) span = mapSpan(led.pieces, span.start, span.end);
      if (joined !== undefined) span = mapSpan(joined.pieces, span.start, span.end);
      if (paged !== undefined) span = mapSpan(paged.pieces, span.start, span.end);
      return view.toOriginal(span.start, span.end);
    },
  };
}

/** Transport encodings decoded, characters folded (see the top of this file). */
function decodedAndFolded(original: string): NormalizedText {
  // stages[k] maps a span of the text after stage k + 1 back to the text after stage k.
  const stages: SpanMap[] = [];
  let text = original;
  let budget = Math.max(DECODE_BUDGET_FLOOR, DECODE_BUDGET_FACTOR * original.length);
  for (;;) {
    let decodedAny = false;
    while (budget > 0) {
      budget -= text.length + 1;
      const decoded = decodeLevel(text);
      if (decoded === undefined) break;
      const pieces = decoded.pieces;
      stages.push((start, end) => mapSpan(pieces, start, end));
      text = decoded.text;
      decodedAny = true;
    }
    if (!decodedAny && stages.length > 0) break;
    // Folding can reveal an escape written with invisible or full-width characters ("%\u200b40", "％４０"): decode again.
    const view = normalizeCharacters(text);
    if (stages.length === 0 && (view.unchanged || decodeLevel(view.text) === undefined)) return view;
    if (view.unchanged) break;
    stages.push(view.toOriginal);
    text = view.text;
    if (budget <= 0) break;
  }
  return {
    text,
    unchanged: false,
    toOriginal: (start, end) => {
      let span = { start, end };
      for (let k = stages.length - 1; k >= 0; k--) span = stages[k](span.start, span.end);
      return widen(original, span);
    },
  };
}

/** NFKC, invisible characters and look-alikes (see the top of this file) on a text already decoded. */
function normalizeCharacters(original: string): NormalizedText {
  CHANGES.lastIndex = 0;
  if (!CHANGES.test(original)) return { ...IDENTITY, text: original };
  const pieces: Piece[] = [];
  // The view is built in parts and joined once into one flat string: appended piece by piece it is a rope of
  // thousands of pieces, which the detectors read character by character 1.5 to 3 times slower (measured).
  const parts: string[] = [];
  let viewLength = 0;
  const append = (part: string) => {
    parts.push(part);
    viewLength += part.length;
  };
  let copied = 0;
  // `test` leaves lastIndex right after the one code unit it found: no match array per rewritten character.
  for (let found = true; found; found = CHANGES.test(original)) {
    const at = CHANGES.lastIndex - 1;
    let start = at;
    // A combining mark composes with the character before it ("u" + U+0308 is "ü").
    if (isCombining(original, start) && start > copied) start--;
    let end = at + (original.codePointAt(at)! > 0xffff ? 2 : 1);
    while (end < original.length && isCombining(original, end)) end += original.codePointAt(end)! > 0xffff ? 2 : 1;
    if (start > copied) append(original.slice(copied, start));
    const raw = original.slice(start, end);
    let out = FOLDED.get(raw);
    if (out === undefined) {
      out = '';
      for (const ch of raw.normalize('NFKC')) out += fold(ch);
      if (FOLDED.size < 4096) FOLDED.set(raw, out);
    }
    // O/I look-alikes among digits are digits ("01О1" with a Cyrillic O, "2О3.О.113.7").
    if (out.length === 1 && DIGIT_LIKE[out] !== undefined && nearDigit(original, viewTail(parts, 3), end))
      out = DIGIT_LIKE[out];
    pieces.push({ view: viewLength, viewLength: out.length, orig: start, origEnd: end });
    append(out);
    copied = end;
    CHANGES.lastIndex = end;
  }
  append(original.slice(copied));
  const text = parts.join('');
  return {
    text,
    unchanged: text === original,
    toOriginal: (start, end) => widen(original, mapSpan(pieces, start, end)),
  };
}

/** The last `n` characters of the view built so far (fewer at its start). */
function viewTail(parts: string[], n: number): string {
  let tail = '';
  for (let i = parts.length - 1; i >= 0 && tail.length < n; i--) tail = parts[i] + tail;
  return tail.slice(-n);
}

const NUMBER_SEPARATOR = /[\s./-]/;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** A character of the original as the view reads it (look-alikes folded, full-width digits NFKC'd). */
const seenAs = (ch: string | undefined) => (ch === undefined ? '' : (CONFUSABLES.get(ch) ?? ch.normalize('NFKC')));

/**
 * Whether an O/I look-alike stands for a digit: a digit is right before it (in the view so far);
 * or after it, past other look-alikes of O and I and up to two separators ("О17І", "2О3.О.113.7");
 * or before it past separators, unless a word goes on right after it ("1111 ІІІІ" but not
 * "26. Оktober"). Codes mixing letters and digits stay ambiguous; the IBAN, ID document, social
 * security, IPv6 and birth-date detectors read O, I and l as digits (or 0 and 1 as letters) where
 * their format wants one.
 */
function nearDigit(original: string, view: string, end: number): boolean {
  // `view` is the end of the view so far: the last few characters are all this reads of it.
  const prev = view[view.length - 1] ?? ' ';
  if (isDigit(prev)) return true;
  // After a letter only digits joined to it make it a digit ("DЕІ8", "LОІ5", not "Apriӏ 1970").
  const afterLetter = /[A-Za-z]/.test(prev);
  let wordFollows = false;
  for (let j = end, separators = 0; j < original.length && j < end + 12; j++) {
    if (INVISIBLE.test(original[j])) continue;
    const ch = seenAs(original[j]);
    if (isDigit(ch)) return true;
    if (NUMBER_SEPARATOR.test(ch)) {
      if (afterLetter || ++separators > 2) break;
    } else if (!CONFUSABLES.has(original[j]) || !DIGIT_LIKE[ch]) {
      wordFollows = separators === 0 && /\p{L}/u.test(ch);
      break;
    }
  }
  if (afterLetter) return false;
  let i = view.length - 1;
  while (i >= 0 && i > view.length - 3 && NUMBER_SEPARATOR.test(view[i])) i--;
  return !wordFollows && i < view.length - 1 && isDigit(view[i]);
}

/** The last piece starting at or before `viewIndex` (binary search), or -1. */
function pieceAt(pieces: Piece[], viewIndex: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].view <= viewIndex) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where view index `i` lies in the original: inside a rewritten piece, or in the unchanged text after one. */
function originalOf(pieces: Piece[], i: number, edge: 'start' | 'end'): number {
  // Empty pieces (removed characters) share their view index with what follows: skip to the last one.
  const p = pieceAt(pieces, i);
  if (p === -1) return i;
  const piece = pieces[p];
  if (i < piece.view + piece.viewLength) return edge === 'start' ? piece.orig : piece.origEnd;
  return piece.origEnd + (i - piece.view - piece.viewLength);
}

function mapSpan(pieces: Piece[], start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = originalOf(pieces, start, 'start');
    return { start: at, end: at };
  }
  // The end is the end of the span's last character.
  const last = originalOf(pieces, end - 1, 'end');
  const lastPiece = pieces[pieceAt(pieces, end - 1)];
  const endsInPiece = lastPiece !== undefined && end - 1 < lastPiece.view + lastPiece.viewLength;
  return { start: originalOf(pieces, start, 'start'), end: endsInPiece ? last : last + 1 };
}

/** Takes along invisible characters right before and after the span (they belong to the value). */
function widen(original: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start > 0 && isInvisibleAt(original, start - 1, -1)) start -= charLength(original, start - 1, -1);
  while (end < original.length && isInvisibleAt(original, end, 1)) end += charLength(original, end, 1);
  return { start, end };
}

function charLength(s: string, i: number, direction: 1 | -1): number {
  const code = s.charCodeAt(i);
  if (direction === 1) return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return code >= 0xdc00 && code <= 0xdfff && i > 0 ? 2 : 1;
}

function isInvisibleAt(s: string, i: number, direction: 1 | -1): boolean {
  const len = charLength(s, i, direction);
  return INVISIBLE.test(direction === 1 ? s.slice(i, i + len) : s.slice(i - len + 1, i + 1));
}
