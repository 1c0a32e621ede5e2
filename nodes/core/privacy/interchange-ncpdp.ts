import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, trimmedSpan, type FieldReading, type Span } from './interchange.js';

/**
 * The field separator of the NCPDP Telecommunication Standard (0x1C) as a claim holds it or as a
 * ticket writes it when pasted ("<FS>", "[FS]").
 */
// eslint-disable-next-line no-control-regex -- the separators are control characters by the standard
const FIELD_SEPARATOR = /\x1C|<FS>|\[FS\]/g;
/** Segment (0x1E) and group (0x1D) separators, raw or pasted, and line breaks: a segment ends there. */
// eslint-disable-next-line no-control-regex -- the separators are control characters by the standard
const SEGMENT_END = /\x1E|\x1D|<RS>|<GS>|\[RS\]|\[GS\]|\r|\n/g;

/**
 * Fields by their two-character field id (NCPDP D.0 data dictionary) that hold a person's value:
 * patient segment (AM01) 304-C4 date of birth, 310-CA first name, 311-CB last name, 322-CM street
 * address, 326-CQ phone, 350-HN e-mail; insurance segment (AM04) 312-CC/313-CD cardholder first and
 * last name; prescriber segment (AM03) 364-2J/427-DR prescriber first and last name, 498-PM phone.
 */
const PERSONAL_FIELDS = new Map<string, EntityType>([
  ['C4', 'DATE_OF_BIRTH'],
  ['CA', 'PERSON'],
  ['CB', 'PERSON'],
  ['CM', 'POSTAL_ADDRESS'],
  ['CQ', 'PHONE_NUMBER'],
  ['HN', 'EMAIL_ADDRESS'],
  ['CC', 'PERSON'],
  ['CD', 'PERSON'],
  ['2J', 'PERSON'],
  ['DR', 'PERSON'],
  ['PM', 'PHONE_NUMBER'],
]);

/**
 * Fields read by neither side: 332-CY patient id (may be a social security number). Every other field
 * is a code, an identifier, a quantity or an amount, and so are 323-CN city, 324-CO state and 325-CP ZIP
 * of the patient, which without the street name no one.
 */
// Also neither: 302-C2 cardholder id (a member's number, often the SSN) and the free-text messages of a
// response, 504-F4 Message, 526-FQ Additional Message Information, 544-FY DUR Free Text Message.
const NEUTRAL_FIELDS = new Set(['CY', 'C2', 'F4', 'FQ', 'FY']);

/**
 * The transaction header of a D.0 request: 101-A1 BIN (6 digits), 102-A2 version "D0", 103-A3
 * transaction code (B1 billing, B2 reversal, B3 rebill, E1 eligibility …), then processor control
 * number, count, provider id and date of service: all identifiers.
 */
const HEADER = /(?:^|[^\p{L}\p{N}])(\d{6}D0(?:B[1-3]|E1|N[1-3]|C[1-3]|P[1-4]|S[1-3])[\p{L}\p{N} ]*)/u;

/**
 * The persons' values of the NCPDP Telecommunication claims in `text`, typed by field id, and the
 * spans of the fields that hold no person's value.
 */
export function ncpdpFields(text: string): FieldReading | undefined {
  if (!text.includes('\x1C') && !text.includes('<FS>') && !text.includes('[FS]')) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  for (const piece of segmentPieces(text)) {
    const header = HEADER.exec(text.slice(piece.start, piece.end));
    if (header) {
      const start = piece.start + header.index + header[0].length - header[1].length;
      impersonal.push({ start, end: start + header[1].trimEnd().length });
    }
    const fields = fieldsOf(text, piece);
    // A segment starts with its id field "AM" + two digits (111-AM segment identification).
    if (fields.length === 0 || !/AM\d\d\s*$/.test(text.slice(piece.start, fields[0].separatorStart))) continue;
    for (const field of fields) {
      const id = text.slice(field.start, field.start + 2);
      const value = trimmedSpan(text, { start: field.start + 2, end: field.end });
      if (!value) continue;
      const type = PERSONAL_FIELDS.get(id);
      if (type) personal.push({ type, start: value.start, end: value.end, score: FIELD_SCORE });
      // The whole field, its id too: "CNDURHAM" is the city field, not a name.
      else if (!NEUTRAL_FIELDS.has(id)) impersonal.push({ start: field.start, end: value.end });
    }
  }
  return { personal, impersonal };
}

/** The text between segment separators. */
function segmentPieces(text: string): Span[] {
  const pieces: Span[] = [];
  let start = 0;
  SEGMENT_END.lastIndex = 0;
  for (let m = SEGMENT_END.exec(text); m; m = SEGMENT_END.exec(text)) {
    if (m.index > start) pieces.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) pieces.push({ start, end: text.length });
  return pieces;
}

/** The fields after each field separator of a segment: id and value up to the next separator. */
function fieldsOf(text: string, piece: Span): (Span & { separatorStart: number })[] {
  const slice = text.slice(piece.start, piece.end);
  const separators: Span[] = [];
  FIELD_SEPARATOR.lastIndex = 0;
  for (let m = FIELD_SEPARATOR.exec(slice); m; m = FIELD_SEPARATOR.exec(slice))
    separators.push({ start: piece.start + m.index, end: piece.start + m.index + m[0].length });
  return separators.map((s, i) => ({
    separatorStart: s.start,
    start: s.end,
    end: i + 1 < separators.length ? separators[i + 1].start : piece.end,
  }));
}
