import { wrapsOnto } from './interchange-x12-segments.js';

/**
 * UN/EDIFACT segments (ISO 9735) with the exact span of every element and component, for a text that
 * may hold messages inside prose. The service characters come from the UNA service string advice when
 * there is one (UNA then component separator, element separator, decimal mark, release character, a
 * reserved space and the segment terminator), else the defaults `:+.? '`. The release character keeps
 * the next character a value's own ("?+49…" is a phone number, not an element break); a pasted
 * message's line break also ends a segment.
 */

export type { Span } from './interchange.js';
import type { Span } from './interchange.js';

export interface EdifactSegment {
  /** The segment tag ("NAD", "COM"). */
  tag: string;
  /** Elements by position ([0] is the tag), each a list of component spans with escapes kept inside. */
  elements: Span[][];
}

/** Segment tags of the messages a ticket is likely to quote (service segments, MEDRPT, ORDERS, INVOIC …). */
const KNOWN_TAGS = new Set([
  'UNA',
  'UNB',
  'UNG',
  'UNH',
  'UNT',
  'UNE',
  'UNZ',
  'UNS',
  'BGM',
  'DTM',
  'NAD',
  'COM',
  'CTA',
  'RFF',
  'LIN',
  'PIA',
  'QTY',
  'PRI',
  'MOA',
  'IMD',
  'TAX',
  'CUX',
  'ALI',
  'MEA',
  'FTX',
  'CNT',
  'GIN',
  'LOC',
  'TDT',
  'PAC',
  'PCI',
  'DOC',
  'STS',
  'RND',
  'SEQ',
  'GIS',
  'INV',
  'RSL',
  'ATT',
  'PNA',
  'ADR',
  'PAI',
  'FII',
  'PAT',
  'ALC',
  'GEI',
  'EMP',
  'IND',
  'CLI',
  'RCS',
  'TEM',
  'ERC',
  'UCI',
  'UCM',
  'UCS',
  'UCD',
  'DGS',
  'HAN',
  'MKS',
  'SPR',
  'PRC',
  'RTE',
]);

interface ServiceCharacters {
  component: string;
  element: string;
  release: string;
  terminator: string;
}

const DEFAULTS: ServiceCharacters = { component: ':', element: '+', release: '?', terminator: "'" };

/** Every segment of every EDIFACT message in `text`, in order. */
export function edifactSegments(text: string): EdifactSegment[] {
  const out: EdifactSegment[] = [];
  let from = 0;
  let chars = DEFAULTS;
  for (let at = text.indexOf('UNA'); at !== -1; at = text.indexOf('UNA', at + 3)) {
    const advice = text.slice(at + 3, at + 9);
    if (advice.length < 6 || /[\p{L}\p{N}\s]/u.test(advice.slice(0, 2))) continue;
    readRegion(text, from, at, chars, out);
    chars = { component: advice[0], element: advice[1], release: advice[3], terminator: advice[5] };
    // The advice itself holds no values: read on after it.
    from = at + 9;
  }
  readRegion(text, from, text.length, chars, out);
  return out;
}

/** The segments of text[from, to): split at unreleased terminators and line breaks. */
function readRegion(text: string, from: number, to: number, chars: ServiceCharacters, out: EdifactSegment[]): void {
  let pieceStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to) {
      const c = text[i];
      if (c === chars.release && text[i + 1] !== '\n' && text[i + 1] !== '\r') {
        i++;
        continue;
      }
      if (c !== chars.terminator && c !== '\n' && c !== '\r') continue;
      if (
        c !== chars.terminator &&
        wrapsOnto(text, i, to, chars.terminator, (at) => startsTag(text, at, chars.element))
      )
        continue;
    }
    if (i > pieceStart) {
      const segment = readSegment(text, pieceStart, Math.min(i, to), chars);
      if (segment) out.push(segment);
    }
    pieceStart = i + 1;
  }
}

function readSegment(text: string, start: number, end: number, chars: ServiceCharacters): EdifactSegment | undefined {
  const at = tagStart(text, start, end, chars.element);
  if (at === -1) return undefined;
  const elements: Span[][] = [[{ start: at, end: at + 3 }]];
  let element: Span[] = [];
  let partStart = at + 4;
  for (let i = at + 4; i <= end; i++) {
    if (i < end) {
      const c = text[i];
      if (c === chars.release) {
        i++;
        continue;
      }
      if (c !== chars.element && c !== chars.component) continue;
    }
    element.push({ start: partStart, end: Math.min(i, end) });
    partStart = i + 1;
    if (i >= end || text[i] === chars.element) {
      elements.push(element);
      element = [];
    }
  }
  return { tag: text.slice(at, at + 3), elements };
}

/** Whether a known tag and the element separator stand at `at`. */
function startsTag(text: string, at: number, element: string): boolean {
  return text[at + 3] === element && KNOWN_TAGS.has(text.slice(at, at + 3));
}

/** Where the tag starts: at the piece's first character or after a space (a log line's prefix). */
function tagStart(text: string, start: number, end: number, element: string): number {
  for (let i = start; i + 3 < end; i++) {
    if (i > start && !/\s/.test(text[i - 1])) continue;
    if (startsTag(text, i, element)) return i;
  }
  return -1;
}
