import type { Entity, EntityType } from './entities.js';
import { aamvaFields } from './interchange-aamva.js';
import { apisFields } from './interchange-apis.js';
import { contactCsvFields } from './interchange-contact-csv.js';
import { edifactFields } from './interchange-edifact.js';
import { fixedWidthFields } from './interchange-fixed-width.js';
import { hl7Fields } from './interchange-hl7.js';
import { icalendarFields } from './interchange-icalendar.js';
import { mrzFields } from './interchange-mrz.js';
import { ncpdpFields } from './interchange-ncpdp.js';
import { paymentQrFields } from './interchange-payment-qr.js';
import { swiftFields } from './interchange-swift.js';
import { vcardFields } from './interchange-vcard.js';
import { x12Fields } from './interchange-x12.js';
import { xdtFields } from './interchange-xdt.js';
import { mergedRanges, rangeContaining } from './markup-text-view.js';

/**
 * What a reader of one interchange format (HL7 v2, X12, EDIFACT, SWIFT, an MRZ …) says about a text.
 * Such messages are written for machines: a field's position, not the words around it, says what a
 * value is, so the reader types values by the format's own specification.
 */
export interface FieldReading {
  /** A person's values, typed by the field that holds them, over their exact span in the text. */
  personal: Entity[];
  /**
   * Fields that by the format hold no person's value (codes, identifiers, amounts, a sender's own
   * ids): a free-text detector's finding wholly inside one is a look-alike (a lot number read as a phone).
   */
  impersonal: { start: number; end: number }[];
  /**
   * Fields whose words are the format's own or an organisation's whatever they say (a contact export's header
   * row and label cells, a firm's own card): a free-text finding inside one is dropped even when it reads as
   * prose ("Given Name", a firm's "Am Markt 5"), unless it is as sure as a field's own value (a checksummed number).
   */
  closed?: ClosedField[];
}

/** A closed field; with `types`, only findings of those types in it are dropped (a venue's address, not a name in it). */
export interface ClosedField {
  start: number;
  end: number;
  types?: readonly EntityType[];
}

/** A reader returns undefined (cheaply) for a text that holds none of its messages. */
export type InterchangeReader = (text: string) => FieldReading | undefined;

const READERS: readonly InterchangeReader[] = [
  hl7Fields,
  x12Fields,
  edifactFields,
  ncpdpFields,
  swiftFields,
  paymentQrFields,
  xdtFields,
  fixedWidthFields,
  mrzFields,
  aamvaFields,
  apisFields,
  contactCsvFields,
  vcardFields,
  icalendarFields,
];

/** Two words of letters side by side: prose, never a code, an identifier or an amount. */
const PROSE = /\p{L}{2,}[ \t]+\p{L}{2,}/u;

/**
 * Whether the finding's line within its field holds prose: only a field that reads as a code drops what the free-text
 * detectors found in it. Words written into a header or an id field ("MSH|^~\\&|Anna Schmidt, Tel 0171 …|")
 * are someone's text whatever the format says (fail closed); a firm's account line under its name stays its own.
 */
function proseAround(text: string, e: Span, field: Span): boolean {
  const from = Math.max(field.start, text.lastIndexOf('\n', e.start - 1) + 1);
  let to = text.indexOf('\n', e.end);
  if (to < 0 || to > field.end) to = field.end;
  return PROSE.test(text.slice(from, to));
}

/** The score of a value typed by its field: above every free-text detector's guess for the same characters. */
export const FIELD_SCORE = 0.97;

/**
 * The findings with every interchange message of the text read by its format: look-alikes inside
 * impersonal and closed fields dropped, persons' values by field added.
 */
export function withInterchangeFields(text: string, found: Entity[]): Entity[] {
  let result = found;
  for (const read of READERS) {
    const reading = read(text);
    if (!reading) continue;
    if (reading.impersonal.length > 0) {
      const spans = mergedRanges(reading.impersonal);
      result = result.filter((e) => {
        const field = rangeContaining(spans, e.start, e.end);
        return !field || proseAround(text, e, field);
      });
    }
    if (reading.closed && reading.closed.length > 0) {
      result = withoutClosedLookAlikes(result, reading.closed);
    }
    if (reading.personal.length > 0) result = [...result, ...reading.personal];
  }
  return result;
}

export type Span = { start: number; end: number };

/** A field's span without the blanks around its value; undefined for an empty field (one way for every reader). */
export function trimmedSpan(text: string, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * The findings without those a closed field drops. A person's name and a contact value found together in one
 * closed field ("Anna Schmidt, 0171 5550199" written into a contact export's label cell or a firm's card) are
 * someone's text, whatever the field: both stay (fail closed), as prose stays in an impersonal field.
 */
function withoutClosedLookAlikes(found: Entity[], fields: ClosedField[]): Entity[] {
  const closed = closedByType(fields);
  const candidates = found.filter((e) => e.score < FIELD_SCORE && closed.some((c) => c.drops(e)));
  if (candidates.length === 0) return found;
  const all = mergedRanges(fields);
  const typesIn = new Map<number, Set<EntityType>>();
  for (const e of candidates) {
    const field = rangeContaining(all, e.start, e.end);
    if (!field) continue;
    const types = typesIn.get(field.start) ?? new Set<EntityType>();
    types.add(e.type);
    typesIn.set(field.start, types);
  }
  const someonesText = (e: Entity) => {
    const types = typesIn.get(rangeContaining(all, e.start, e.end)?.start ?? -1);
    return types !== undefined && types.has('PERSON') && types.size > 1;
  };
  const dropped = new Set(candidates.filter((e) => !someonesText(e)));
  return dropped.size === 0 ? found : found.filter((e) => !dropped.has(e));
}

/** Closed fields grouped by the types they drop, each group's spans merged: a finding is looked up once per group. */
function closedByType(fields: ClosedField[]): { drops: (e: Entity) => boolean }[] {
  const groups = new Map<string, { types?: readonly EntityType[]; spans: Span[] }>();
  for (const f of fields) {
    const key = f.types ? f.types.join(' ') : '';
    const group = groups.get(key) ?? { types: f.types, spans: [] };
    group.spans.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ types, spans }) => {
    const sorted = mergedRanges(spans);
    return {
      drops: (e: Entity) => (!types || types.includes(e.type)) && rangeContaining(sorted, e.start, e.end) !== undefined,
    };
  });
}
