import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, trimmedSpan, type FieldReading } from './interchange.js';
import { isDepartmentName, wordSpans } from './interchange-x12-contact.js';
import { x12Segments, type Span, type X12Segment } from './interchange-x12-segments.js';

/** A cheap sign of an X12 message: one of the segments that carry a person, or the interchange header. */
const X12_HINT = /(?:^|[\s~'])(?:ISA|NM1|DMG|PER|N3)[^\p{L}\p{N}\s]/u;

/**
 * Segments whose elements are all codes, identifiers, dates of service and amounts (interchange,
 * group and set envelopes, hierarchy, claim and service lines, eligibility enquiry): never a person's value.
 */
const IMPERSONAL_SEGMENTS = new Set([
  'ISA',
  'IEA',
  'GS',
  'GE',
  'ST',
  'SE',
  'BHT',
  'HL',
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
  'HD',
  'PWK',
  'CN1',
  'CR1',
  'CRC',
  'QTY',
  'MEA',
  'LIN',
  'AK1',
  'AK2',
  'AK9',
  'IK3',
  'IK4',
  'IK5',
  'CTX',
  'TA1',
  'BGN',
  'PLB',
  'TS3',
  'TS2',
  'MIA',
  'MOA',
  'SVD',
  'LUI',
  'ICM',
  'DTM',
  'BIG',
  'IT1',
  'CTT',
  'INS',
]);

/**
 * Elements of otherwise coded segments that hold free text: SBR04 Name (the group or plan name, which
 * on an individual policy is the subscriber's own name), REF03 Description, HD04 and EB05 Plan Coverage
 * Description, PWK07 Description.
 */
const FREE_TEXT_ELEMENTS: Readonly<Record<string, readonly number[]>> = {
  SBR: [4],
  REF: [3],
  HD: [4],
  EB: [5],
  PWK: [7],
};

/** The positions of a segment's elements that hold codes, not free text. */
const codedElements = (segment: X12Segment) =>
  [...segment.elements.keys()].filter((n) => !FREE_TEXT_ELEMENTS[segment.id]?.includes(n));

/** REF qualifiers whose value is a person's number (SY: social security number): not impersonal. */
const PERSONAL_REFERENCE = new Set(['SY']);

/**
 * NM101 entity identifier codes that stand for a person when NM102 (entity type qualifier) is missing:
 * IL insured or subscriber, QC patient, 03 dependent. With NM102 = 1 any entity is a person (a
 * rendering, referring or attending provider 82, DN, DK, P3 … who is a natural person).
 */
const PERSON_ENTITIES = new Set(['IL', 'QC', '03']);

/** PER communication number qualifiers that are telephone numbers (TE telephone, CP cellular, HP home, WP work, FX fax, BN beeper). */
const PHONE_QUALIFIERS = new Set(['TE', 'CP', 'HP', 'WP', 'FX', 'BN']);

/**
 * The persons' values of the ANSI X12 messages in `text` (837 claims, 270/271 eligibility, 834
 * enrolment …), typed by segment and element, and the spans of the elements that hold no person's value.
 */
export function x12Fields(text: string): FieldReading | undefined {
  if (!X12_HINT.test(text)) return undefined;
  const segments = x12Segments(text);
  if (segments.length < 2) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  const add = (type: EntityType, span: Span | undefined) => {
    if (span) personal.push({ type, start: span.start, end: span.end, score: FIELD_SCORE });
  };
  // N3/N4 belong to the party the NM1 before them names: a person's address or the organisation's own.
  let partyIsPerson = false;
  for (const segment of segments) {
    const value = (n: number) => trimmedSpan(text, segment.elements[n]);
    const code = (n: number) => {
      const span = value(n);
      return span ? text.slice(span.start, span.end) : '';
    };
    const mark = (...positions: number[]) => {
      for (const n of positions) if (segment.elements[n]) impersonal.push(segment.elements[n]);
    };
    switch (segment.id) {
      case 'NM1': {
        // NM102 entity type qualifier: 1 person, 2 non-person entity.
        const type = code(2);
        partyIsPerson = type === '1' || (type === '' && PERSON_ENTITIES.has(code(1)));
        // NM108 identification code qualifier, NM109 the id (member id, NPI, payer id): no name. An SSN (34) stays.
        mark(1, 2, 8);
        if (code(8) !== '34') mark(9);
        // NM103 last name, NM104 first name, NM105 middle name: each its own label.
        if (partyIsPerson) for (const n of [3, 4, 5]) add('PERSON', value(n));
        break;
      }
      case 'N1':
        partyIsPerson = false;
        mark(1, 3, 4);
        break;
      case 'N3':
        // N301/N302 address lines of the party named before.
        if (partyIsPerson) add('POSTAL_ADDRESS', across(text, segment, 1, 2));
        break;
      case 'N4':
        // N401 city, N402 state, N403 postal code: one label from city to ZIP (N404 country left out).
        if (partyIsPerson) add('POSTAL_ADDRESS', across(text, segment, 1, 3));
        break;
      case 'DMG':
        // DMG01 date format (D8 = CCYYMMDD), DMG02 the date of birth, DMG03 gender code.
        add('DATE_OF_BIRTH', value(2));
        mark(1, 3);
        break;
      case 'PER':
        readContact(text, segment, add, mark);
        break;
      case 'REF':
        if (!PERSONAL_REFERENCE.has(code(1))) mark(...codedElements(segment));
        break;
      default:
        if (IMPERSONAL_SEGMENTS.has(segment.id)) mark(...codedElements(segment));
    }
  }
  return { personal, impersonal };
}

/**
 * PER administrative communications contact: PER01 function code, PER02 name, then pairs of a
 * communication number qualifier (PER03/05/07) and the number (PER04/06/08). A named person's number
 * and mailbox are theirs; a department's ("BILLING DEPT") are the organisation's own.
 */
function readContact(
  text: string,
  segment: X12Segment,
  add: (type: EntityType, span: Span | undefined) => void,
  mark: (...positions: number[]) => void,
): void {
  mark(1);
  const name = trimmedSpan(text, segment.elements[2]);
  const nameText = name ? text.slice(name.start, name.end) : '';
  const department = nameText !== '' && isDepartmentName(nameText);
  // A free-text name line: given and family name are separate labels.
  if (name && !department) for (const word of wordSpans(text, name)) add('PERSON', word);
  for (let n = 3; n + 1 < segment.elements.length; n += 2) {
    const qualifier = text.slice(segment.elements[n].start, segment.elements[n].end).trim();
    const number = trimmedSpan(text, segment.elements[n + 1]);
    if (!number) continue;
    if (department) mark(n + 1);
    else if (name && PHONE_QUALIFIERS.has(qualifier)) add('PHONE_NUMBER', number);
    else if (name && qualifier === 'EM') add('EMAIL_ADDRESS', number);
  }
}

/** The span from the first to the last non-empty element among positions first..last. */
function across(text: string, segment: X12Segment, first: number, last: number): Span | undefined {
  let span: Span | undefined;
  for (let n = first; n <= last; n++) {
    const part = trimmedSpan(text, segment.elements[n]);
    if (!part) continue;
    span = span ? { start: span.start, end: part.end } : part;
  }
  return span;
}
