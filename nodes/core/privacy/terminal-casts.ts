import { insideRanges, type MarkupReading, type TextPiece } from './markup-text-view.js';

/**
 * Terminal sessions recorded by asciinema (cast files v2 and v3): a JSON header line (`{"version": 2, "width": 80,
 * …, "env": {…}, "title": …}`), then one JSON array per line, `[time, code, "data"]`: "o" what the terminal printed,
 * "i" what was typed, "m" a marker's label, "r" a resize ("80x24"), "x" (v3) the exit status. The recorder cuts the
 * output stream wherever a write ended, inside a word or a value: `"| +43 "]⏎[24.69, "o", "676 3"]⏎[24.76, "o",
 * "37 9512 "]` is one phone number, and a typed command comes one key per event. Read as written, the framing (times,
 * codes, brackets, line breaks) cuts every value and the times read as phone numbers under a table's "phone" column.
 *
 * This adapter reads a cast as the terminal output it records (markup-text-view.ts): the "o" events' data strings,
 * JSON-decoded and joined with NOTHING between them, are one line of pieces, so the printed text (its own "\r\n"
 * breaks, a psql table, a grep match) is what the scanner reads; every finding maps back onto each piece it covers.
 * The typed input ("i" events) is a line of its own, read as typed: keys usually echo in "o" too, but a value typed
 * at a prompt that does not echo (a password, `stty -echo`) is still read. A marker's label and the header's string
 * values (title, command, env) are lines of their own. The framing (times, codes, brackets, the header's keys and
 * numbers, a resize's size, an exit status) is the format's own: no finding there (`ownValuesAt`). Text around the
 * cast (a cast pasted into a ticket with prose) is no piece and keeps its findings as written (fail closed); a line
 * that does not parse as an event ends nothing, the events after it are read.
 *
 * Recognition is strict and cheap: a header line (a JSON object with `"version": 2` or `3`) whose next non-blank line
 * is an event. Cost: one pass over the text's lines, one anchored pattern per line (no nested quantifier).
 */

/** An event line: a time (absolute in v2, relative in v3), a one-letter code, a JSON string of data. */
const EVENT =
  /^[ \t]*\[[ \t]*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[ \t]*,[ \t]*"([a-z])"[ \t]*,[ \t]*"((?:[^"\\]|\\.)*)"[ \t]*\][ \t]*\r?$/;
/** A header line: one JSON object naming the format's version 2 or 3. */
const HEADER_VERSION = /"version"[ \t]*:[ \t]*[23][ \t]*[,}]/;
const HEADER_SHAPE = /^[ \t]*\{.*\}[ \t]*\r?$/;
/** A JSON string in the header; a value when no ":" follows it (a key when one does). */
const JSON_STRING = /"((?:[^"\\]|\\.)*)"([ \t]*:)?/g;

/**
 * The header's values the recorder writes of its own: the shell's path and the terminal's type (env's SHELL and
 * TERM, v3's term.type, themes' colours). Any other string value (a title, a command, an env variable the user
 * added) is read.
 */
const OWN_HEADER_KEYS = new Set(['SHELL', 'TERM', 'type', 'fg', 'bg', 'palette']);

/**
 * Codes whose data is the format's own, as the recorder writes it: a terminal's new size ("80x24"), an exit status
 * ("0"). Any other data under these codes is read (a hand-edited or forged event must not hide a value as framing).
 */
const OWN_DATA: Record<string, RegExp> = { r: /^\d{1,4}x\d{1,4}$/, x: /^-?\d{1,5}$/ };

interface Line {
  start: number;
  end: number;
}

function* linesOf(text: string): Generator<Line> {
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    yield { start, end };
    if (nl === -1) return;
    start = nl + 1;
  }
}

function isHeader(line: string): boolean {
  return line.length < 10_000 && HEADER_SHAPE.test(line) && HEADER_VERSION.test(line);
}

export function terminalCastPieces(text: string): MarkupReading | undefined {
  // Cheap refusal: no header's version key anywhere, or no event line at all.
  if (!text.includes('"version"') || !text.includes('"o"')) return undefined;
  const pieces: TextPiece[] = [];
  const framing: { start: number; end: number }[] = [];
  let cast = -1;
  /** A header seen, its cast not yet confirmed by an event line right after it. */
  let pending: { line: Line; raw: string } | undefined;
  for (const line of linesOf(text)) {
    const raw = text.slice(line.start, line.end);
    if (pending) {
      if (raw.trim() === '') continue;
      if (EVENT.test(raw)) {
        cast++;
        headerPieces(pending.line, pending.raw, cast, pieces);
        framing.push({ start: pending.line.start, end: pending.line.end });
      }
      pending = undefined;
    }
    if (isHeader(raw)) {
      pending = { line, raw };
      continue;
    }
    if (cast < 0) continue;
    const m = EVENT.exec(raw);
    // A line that is no event (a malformed one, prose after the cast) is read as written; it ends nothing.
    if (!m) continue;
    framing.push({ start: line.start, end: line.end });
    const code = m[1];
    const data = m[2];
    if (data === '' || OWN_DATA[code]?.test(data) === true) continue;
    // The data string's text: it ends right before the closing quote of the line's last string.
    const end = line.start + raw.lastIndexOf('"');
    const start = end - data.length;
    if (code === 'o') pieces.push({ start, end, line: `output ${cast}` });
    else if (code === 'i') pieces.push({ start, end, line: `input ${cast}` });
    // A marker's label, and the data of a code this reader does not know: a line of its own (read, fail closed).
    else pieces.push({ start, end, line: `${code} ${start}` });
  }
  if (pieces.length === 0) return undefined;
  return {
    pieces,
    escapes: 'json',
    joiner: '',
    markup: 'names',
    // The framing's own values: times, codes, brackets, the header's keys and numbers; the pieces are read apart.
    ownValuesAt: insideRanges(framing),
  };
}

/** The header's string values (title, command, env values) as lines of their own; its keys, numbers and own values
 * (`OWN_HEADER_KEYS`) are framing. */
function headerPieces(line: Line, raw: string, cast: number, pieces: TextPiece[]): void {
  let key = '';
  for (const m of raw.matchAll(JSON_STRING)) {
    if (m[2] !== undefined) {
      key = m[1];
      continue;
    }
    if (m[1] === '' || OWN_HEADER_KEYS.has(key)) continue;
    const start = line.start + m.index + 1;
    pieces.push({ start, end: start + m[1].length, line: `header ${cast} ${start}` });
  }
}
