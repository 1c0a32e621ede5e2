/**
 * Finding HL7 version 2 segments in a text and splitting them into fields and components with their
 * offsets. HL7 v2.5 chapter 2.5: a message is segments, each a three-character segment ID and fields
 * split by the field separator; the separators are the message's own, given by MSH-1 (field separator)
 * and MSH-2 (encoding characters: component, repetition, escape, sub-component).
 */

export interface Hl7Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

/** A piece of a message (field, repetition, component) with its offset in the text. */
export interface Piece {
  text: string;
  start: number;
}

export interface Hl7Segment {
  id: string;
  /** fields[n] is field n as the standard counts it (fields[0] is the segment ID; MSH-1 is the field separator). */
  fields: Piece[];
  /**
   * Where the segment's first line ends when it was read on over further lines (a wrapped segment):
   * what follows may be prose that merely holds the separator, so no field there is surely a code.
   */
  wrappedAt?: number;
}

export interface Hl7Message {
  delimiters: Hl7Delimiters;
  segments: Hl7Segment[];
  start: number;
  end: number;
  /** Read from a segment quoted without its MSH header (a log's "rejected: PID|…"). */
  headerless?: boolean;
}

/** The separators HL7 recommends (chapter 2.5.4), for segments quoted without their MSH. */
export const DEFAULT_DELIMITERS: Hl7Delimiters = {
  field: '|',
  component: '^',
  repetition: '~',
  escape: '\\',
  subcomponent: '&',
};

const isSegmentIdChar = (c: string | undefined, first: boolean) =>
  c !== undefined && ((c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9'));

/** Whether a segment ID followed by the field separator starts at `at`. */
function segmentStartsAt(text: string, at: number, field: string): boolean {
  return (
    isSegmentIdChar(text[at], true) &&
    isSegmentIdChar(text[at + 1], false) &&
    isSegmentIdChar(text[at + 2], false) &&
    text[at + 3] === field
  );
}

/**
 * The delimiters an MSH header at `at` declares: MSH-1 right after "MSH", MSH-2 up to the next field
 * separator. A pasted message in a JSON string doubles its escape character ("^~\\&"). Undefined when
 * the characters are no header ("MSH segment", "MSH-9").
 */
export function delimitersAt(text: string, at: number): Hl7Delimiters | undefined {
  const field = text[at + 3];
  if (field === undefined || /[\w\s]/.test(field)) return undefined;
  const end = text.indexOf(field, at + 4);
  if (end < 0 || end - (at + 4) < 2 || end - (at + 4) > 5) return undefined;
  const chars = [...text.slice(at + 4, end)].filter((c, i, all) => c !== all[i - 1]);
  if (chars.some((c) => /[\w\s]/.test(c))) return undefined;
  const [component, repetition = '~', escape = '\\', subcomponent = '&'] = chars;
  return { field, component, repetition, escape, subcomponent };
}

/**
 * Where the segment beginning at `from` ends: at a carriage return or line feed, at a written-out
 * "<CR>", or at a literal "\r" / "\n" before the next segment (messages copied from a log or a string).
 */
function segmentEnd(text: string, from: number, field: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') return i;
    if (c === '<' && text.startsWith('<CR>', i)) return i;
    if (c === '\\' && (text[i + 1] === 'r' || text[i + 1] === 'n') && segmentStartsAt(text, i + 2, field)) return i;
  }
  return text.length;
}

/** After the separator at `at`: the offset of what follows it (indentation skipped) and how many line breaks it held. */
function afterSeparator(text: string, at: number): { next: number; breaks: number } {
  let i = at;
  let breaks = 0;
  for (;;) {
    const c = text[i];
    if (c === '\n') breaks++;
    if (c === '\r' || c === '\n' || c === ' ' || c === '\t') i++;
    else if (text.startsWith('<CR>', i)) i += 4;
    else if (c === '\\' && (text[i + 1] === 'r' || text[i + 1] === 'n')) i += 2;
    else return { next: i, breaks };
  }
}

/**
 * The segments chained from the one starting at `from`. A line that is no segment but holds the field
 * separator right after a segment is that segment wrapped onto the next line; a blank line or prose ends
 * the message.
 */
export function readSegments(text: string, from: number, delimiters: Hl7Delimiters): Hl7Message {
  const segments: Hl7Segment[] = [];
  let start = from;
  let end = segmentEnd(text, from, delimiters.field);
  let firstLineEnd = end;
  for (;;) {
    const { next, breaks } = afterSeparator(text, end);
    if (next < text.length && segmentStartsAt(text, next, delimiters.field)) {
      segments.push(splitSegment(text, start, end, delimiters, firstLineEnd));
      start = next;
      end = segmentEnd(text, next, delimiters.field);
      firstLineEnd = end;
      continue;
    }
    const lineEnd = segmentEnd(text, next, delimiters.field);
    if (breaks <= 1 && next < text.length && text.slice(next, lineEnd).includes(delimiters.field)) {
      end = lineEnd; // a wrapped segment: its next line belongs to it
      continue;
    }
    segments.push(splitSegment(text, start, end, delimiters, firstLineEnd));
    return { delimiters, segments, start: from, end };
  }
}

function splitSegment(text: string, start: number, end: number, d: Hl7Delimiters, firstLineEnd: number): Hl7Segment {
  const raw = split({ text: text.slice(start, end), start }, d.field);
  const id = raw[0].text;
  // MSH-1 is the field separator itself, so MSH's fields count one further than the split.
  const fields = id === 'MSH' ? [raw[0], { text: d.field, start: start + 3 }, ...raw.slice(1)] : raw;
  return firstLineEnd < end ? { id, fields, wrappedAt: firstLineEnd } : { id, fields };
}

/** The parts of a piece between separators, each with its offset. */
export function split(piece: Piece, separator: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (;;) {
    const at = piece.text.indexOf(separator, from);
    if (at < 0) {
      out.push({ text: piece.text.slice(from), start: piece.start + from });
      return out;
    }
    out.push({ text: piece.text.slice(from, at), start: piece.start + from });
    from = at + separator.length;
  }
}

/** The piece without surrounding blanks; undefined when nothing (or HL7's explicit null "") is left. */
export function trimmed(piece: Piece | undefined): { start: number; end: number; text: string } | undefined {
  if (!piece) return undefined;
  const lead = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  if (text === '' || text === '""') return undefined;
  return { start: piece.start + lead, end: piece.start + lead + text.length, text };
}
