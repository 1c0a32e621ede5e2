import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, type FieldReading } from './interchange.js';
import { edifactSegments, type EdifactSegment, type Span } from './interchange-edifact-segments.js';
import { isDepartmentName, wordSpans } from './interchange-x12-contact.js';
import { organisationName } from './interchange-swift-names.js';

/** A cheap sign of an EDIFACT message: the service string advice, an interchange or message header, or a party. */
const EDIFACT_HINT = /(?:UNA|UNB|UNH|NAD)[^\p{L}\p{N}\s]/u;

/**
 * NAD party function code qualifiers (DE 3035) of a natural person: PAT patient, BE beneficiary,
 * HH head of household, IV? no (invoicee is a firm). A party of any other qualifier is an organisation.
 */
const PERSON_PARTIES = new Set(['PAT', 'BE', 'HH']);

/** COM communication means qualifiers (DE 3155) of a telephone: TE telephone, AL cellular, FX telefax, AJ/AV other. */
const PHONE_CHANNELS = new Set(['TE', 'AL', 'FX', 'AJ', 'AV']);

/** DTM date/time/period qualifier (DE 2005) of a birth date. */
const BIRTH_DATE = '329';

/**
 * Segments whose data elements are all codes, identifiers, quantities, prices and amounts (service
 * segments, beginning of message, line items, references): never a person's value.
 */
const IMPERSONAL_TAGS = new Set([
  'UNB',
  'UNG',
  'UNH',
  'UNT',
  'UNE',
  'UNZ',
  'UNS',
  'BGM',
  'LIN',
  'PIA',
  'QTY',
  'PRI',
  'MOA',
  'RFF',
  'TAX',
  'CUX',
  'ALI',
  'MEA',
  'CNT',
  'GIN',
  'LOC',
  'TDT',
  'PAC',
  'PCI',
  'DOC',
  'RND',
  'SEQ',
  'GIS',
  'INV',
  'IMD',
  'STS',
  'PAI',
  'ALC',
  'GEI',
  'UCI',
  'UCM',
  'UCS',
  'UCD',
  'RSL',
]);

/**
 * The persons' values of the UN/EDIFACT messages in `text` (MEDRPT, ORDERS …), typed by segment, data
 * element and component, and the spans of the elements that hold no person's value.
 */
export function edifactFields(text: string): FieldReading | undefined {
  if (!EDIFACT_HINT.test(text)) return undefined;
  const segments = edifactSegments(text);
  if (segments.length < 2) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  const add = (type: EntityType, span: Span | undefined) => {
    if (span && span.end > span.start) personal.push({ type, start: span.start, end: span.end, score: FIELD_SCORE });
  };
  // COM follows the NAD or CTA whose party it reaches: a person's number, or the organisation's own.
  let party: 'person' | 'organisation' | undefined;
  for (const segment of segments) {
    const component = (element: number, n: number) => segment.elements[element]?.[n];
    const code = (element: number, n = 0) => {
      const span = component(element, n);
      return span ? text.slice(span.start, span.end).trim() : '';
    };
    const markElements = (...positions: number[]) => {
      for (const n of positions) for (const span of segment.elements[n] ?? []) impersonal.push(span);
    };
    switch (segment.tag) {
      case 'NAD': {
        // A party of another qualifier is a firm when it says so: a party id (a GLN) or a firm's name.
        // A named delivery or buyer party with neither is a private customer (fail closed).
        if (PERSON_PARTIES.has(code(1))) party = 'person';
        else if (firmParty(text, segment)) party = 'organisation';
        else party = code(4) !== '' ? 'person' : undefined;
        // NAD 3035 party qualifier and C082 party identification (a GLN with its code list): no person's value.
        markElements(1, 2);
        if (party === 'person') readPersonParty(segment, add);
        break;
      }
      case 'CTA': {
        // CTA 3139 contact function, C056 department or employee: id and name (3412).
        const name = component(2, 1);
        const nameText = name ? text.slice(name.start, name.end).trim() : '';
        markElements(1);
        if (nameText === '' || isDepartmentName(nameText)) party = 'organisation';
        else {
          party = 'person';
          for (const word of wordSpans(text, name as Span)) add('PERSON', word);
        }
        break;
      }
      case 'COM': {
        // C076: communication address number and its channel qualifier (3155).
        const number = component(1, 0);
        const channel = code(1, 1);
        if (party === 'person') {
          if (PHONE_CHANNELS.has(channel)) add('PHONE_NUMBER', number);
          else if (channel === 'EM') add('EMAIL_ADDRESS', number);
        } else if (party === 'organisation') markElements(1);
        break;
      }
      case 'DTM':
        // C507: qualifier 2005, the date 2380 in the format 2379 gives (102 = CCYYMMDD).
        if (code(1) === BIRTH_DATE) add('DATE_OF_BIRTH', component(1, 1));
        else markElements(1);
        break;
      default:
        if (IMPERSONAL_TAGS.has(segment.tag)) markElements(...segment.elements.keys());
    }
  }
  return { personal, impersonal };
}

/** Whether a NAD names a firm: C082 party identification given, or a legal form or institution word in its name (C058, C080). */
function firmParty(text: string, segment: EdifactSegment): boolean {
  if ((segment.elements[2] ?? []).some((part) => text.slice(part.start, part.end).trim() !== '')) return true;
  const name = [3, 4].flatMap((n) => segment.elements[n] ?? []).map((part) => text.slice(part.start, part.end));
  return organisationName(name.join(' '));
}

/**
 * A person's NAD: C080 party name components (3036, family name first, each its own label; the name
 * format code 3045 is none), then C059 street, 3164 city, 3229 country subdivision and 3251 postcode:
 * one address label from the first to the last of them (the country code 3207 left out).
 */
function readPersonParty(segment: EdifactSegment, add: (type: EntityType, span: Span | undefined) => void): void {
  const name = segment.elements[4] ?? [];
  for (let n = 0; n < Math.min(name.length, 5); n++) add('PERSON', name[n]);
  let address: Span | undefined;
  for (let element = 5; element <= 8; element++)
    for (const part of segment.elements[element] ?? []) {
      if (part.end <= part.start) continue;
      address = address ? { start: address.start, end: part.end } : { ...part };
    }
  add('POSTAL_ADDRESS', address);
}
