/**
 * ANSI X12 segments with the exact span of every element, for a text that may hold one or more
 * interchanges inside prose. The separators come from each ISA header (X12.5: the element separator is
 * the character after "ISA", the component separator is ISA16, the segment terminator follows ISA16);
 * without an ISA the customary `*`, `:` and `~`. Pasted messages often put each segment on its own line,
 * so a line break also ends a segment.
 */

export type { Span } from './interchange.js';
import type { Span } from './interchange.js';

export interface X12Segment {
  /** The segment identifier ("NM1", "N4"). */
  id: string;
  /** Element spans by X12 position: [0] is the identifier, [1] is e.g. NM101 (untrimmed raw spans). */
  elements: Span[];
  /** The component separator of the interchange (ISA16). */
  componentSeparator: string;
}

/** Segment identifiers of the X12 transaction sets a ticket is likely to quote. */
const KNOWN_SEGMENTS = new Set([
  'ISA',
  'IEA',
  'GS',
  'GE',
  'ST',
  'SE',
  'BHT',
  'HL',
  'NM1',
  'N1',
  'N2',
  'N3',
  'N4',
  'DMG',
  'PER',
  'REF',
  'CLM',
  'SV1',
  'SV2',
  'SV3',
  'SV5',
  'EQ',
  'EB',
  'TRN',
  'HI',
  'LX',
  'SBR',
  'PRV',
  'DTP',
  'AMT',
  'CAS',
  'CLP',
  'SVC',
  'BPR',
  'AAA',
  'INS',
  'HD',
  'PAT',
  'NTE',
  'PWK',
  'CN1',
  'K3',
  'CR1',
  'CRC',
  'QTY',
  'MEA',
  'LIN',
  'MSG',
  'III',
  'AK1',
  'AK2',
  'AK9',
  'IK3',
  'IK4',
  'IK5',
  'CTX',
  'TA1',
  'BGN',
  'DSB',
  'COB',
  'LQ',
  'PLB',
  'TS3',
  'TS2',
  'MIA',
  'MOA',
  'OI',
  'SVD',
  'LUI',
  'ICM',
  'HLH',
  'ACT',
  'REF',
  'DTM',
  'BIG',
  'IT1',
  'CTT',
]);

interface Separators {
  element: string;
  component: string;
  terminator: string;
}

const DEFAULT_SEPARATORS: Separators = { element: '*', component: ':', terminator: '~' };

/** Every segment of every X12 message in `text`, in order. */
export function x12Segments(text: string): X12Segment[] {
  const segments: X12Segment[] = [];
  const headers = isaHeaders(text);
  let from = 0;
  let separators = DEFAULT_SEPARATORS;
  for (const header of headers) {
    readRegion(text, from, header.at, separators, segments);
    from = header.at;
    separators = header.separators;
  }
  readRegion(text, from, text.length, separators, segments);
  return segments;
}

/** The ISA headers of the text with the separators each declares. */
function isaHeaders(text: string): { at: number; separators: Separators }[] {
  const headers: { at: number; separators: Separators }[] = [];
  for (let at = text.indexOf('ISA'); at !== -1; at = text.indexOf('ISA', at + 3)) {
    const element = text[at + 3];
    if (element === undefined || /[\p{L}\p{N}\s]/u.test(element)) continue;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    // ISA has 16 elements: the component separator is the value after the 16th element separator.
    let seen = 0;
    let i = at + 3;
    const limit = Math.min(text.length, at + 400);
    for (; i < limit && seen < 16; i++) if (text[i] === element) seen++;
    if (seen < 16) continue;
    const component = text[i] ?? DEFAULT_SEPARATORS.component;
    const after = text[i + 1];
    const terminator = after === undefined || after === '\r' || after === '\n' ? '\n' : after;
    headers.push({ at, separators: { element, component, terminator } });
  }
  return headers;
}

/** The segments of text[from, to) read with one set of separators. */
function readRegion(text: string, from: number, to: number, separators: Separators, out: X12Segment[]): void {
  let pieceStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text[i] : '';
    if (i < to && c !== separators.terminator && c !== '\n' && c !== '\r') continue;
    if (
      (c === '\n' || c === '\r') &&
      wrapsOnto(text, i, to, separators.terminator, (at) => startsSegment(text, at, separators.element))
    )
      continue;
    if (i > pieceStart) {
      const segment = readSegment(text, pieceStart, i, separators);
      if (segment) out.push(segment);
    }
    pieceStart = i + 1;
  }
}

/** The segment in text[start, end): a known identifier at its start (or after a log line's prefix). */
function readSegment(text: string, start: number, end: number, separators: Separators): X12Segment | undefined {
  const at = segmentStart(text, start, end, separators.element);
  if (at === -1) return undefined;
  const elements: Span[] = [];
  let elementStart = at;
  for (let i = at; i <= end; i++) {
    if (i < end && text[i] !== separators.element) continue;
    elements.push({ start: elementStart, end: i });
    elementStart = i + 1;
  }
  const id = text.slice(elements[0].start, elements[0].end);
  return { id, elements, componentSeparator: separators.component };
}

/**
 * Whether the line break at `at` only wraps a long segment: the next line is no blank line, starts no
 * segment and ends with the segment terminator (a wrapped message's line does; prose after it does not).
 */
export function wrapsOnto(
  text: string,
  at: number,
  to: number,
  terminator: string,
  startsSegment: (lineStart: number) => boolean,
): boolean {
  if (terminator === '\n' || terminator === '\r') return false;
  let next = at + 1;
  if (text[at] === '\r' && text[next] === '\n') next++;
  while (next < to && (text[next] === ' ' || text[next] === '\t')) next++;
  if (next >= to || text[next] === '\n' || text[next] === '\r' || startsSegment(next)) return false;
  let end = next;
  while (end < to && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > next && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text[end - 1] === terminator;
}

/** Whether a known segment identifier and the element separator stand at `at`. */
function startsSegment(text: string, at: number, element: string): boolean {
  let j = at;
  while (j - at < 3 && /[A-Z0-9]/.test(text[j] ?? '')) j++;
  return j - at >= 2 && text[j] === element && KNOWN_SEGMENTS.has(text.slice(at, j));
}

/** Where the segment identifier starts: at the piece's first character or after a space. */
function segmentStart(text: string, start: number, end: number, element: string): number {
  for (let i = start; i < end; i++) {
    if (i > start && !/\s/.test(text[i - 1])) continue;
    if (startsSegment(text, i, element)) return i;
  }
  return -1;
}
