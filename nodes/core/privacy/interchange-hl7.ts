import type { FieldReading } from './interchange.js';
import {
  DEFAULT_DELIMITERS,
  delimitersAt,
  readSegments,
  split,
  trimmed,
  type Hl7Delimiters,
  type Hl7Message,
  type Hl7Segment,
} from './interchange-hl7-segments.js';
import { Hl7Reading, readBirthDate, readCoded, readXad, readXcn, readXpn, readXtn } from './interchange-hl7-types.js';

/**
 * What a field of a segment holds, by the HL7 v2.5 segment definitions: a person's name (XPN), a
 * person with an id (XCN), an address (XAD), a phone or mailbox (XTN), a birth date, free text (left
 * to the free-text detectors) or codes and ids of no person (impersonal).
 */
type FieldKind = 'xpn' | 'xcn' | 'xad' | 'xtn' | 'birth' | 'coded' | 'free' | 'impersonal';

interface SegmentLayout {
  fields: Record<number, FieldKind>;
  /** What every field not listed holds. */
  rest: 'free' | 'impersonal';
}

const layout = (rest: SegmentLayout['rest'], fields: SegmentLayout['fields']): SegmentLayout => ({ fields, rest });

/** The segments read. A segment not listed (NTE, Z-segments) is free text throughout. */
const LAYOUTS: Record<string, SegmentLayout> = {
  // Message header: sender and receiver applications and facilities, time, type, control id.
  MSH: layout('impersonal', {}),
  // EVN-5 Operator ID (XCN) is a person; the rest event codes and times.
  EVN: layout('impersonal', { 5: 'xcn' }),
  // PID-5 Patient Name, PID-6 Mother's Maiden Name, PID-9 Patient Alias (XPN); PID-7 Date/Time of Birth;
  // PID-11 Patient Address; PID-13/14 Phone Home/Business; PID-40 Patient Telecommunication (v2.7).
  // PID-19 SSN, PID-20 Driver's License, PID-21 Mother's Identifier, PID-23 Birth Place: left to the
  // free-text detectors (a national id they validate is labelled).
  PID: layout('impersonal', {
    5: 'xpn',
    6: 'xpn',
    7: 'birth',
    9: 'xpn',
    11: 'xad',
    13: 'xtn',
    14: 'xtn',
    19: 'free',
    20: 'free',
    21: 'free',
    23: 'free',
    40: 'xtn',
  }),
  // NK1-2 Name, NK1-4 Address, NK1-5/6 Phone/Business Phone, NK1-16 Date/Time of Birth, NK1-30..32
  // Contact Person's Name/Telephone/Address, NK1-37 Contact Person SSN, NK1-40/41 telecommunication.
  NK1: layout('impersonal', {
    2: 'xpn',
    4: 'xad',
    5: 'xtn',
    6: 'xtn',
    13: 'free',
    16: 'birth',
    30: 'xpn',
    31: 'xtn',
    32: 'xad',
    33: 'free',
    37: 'free',
    40: 'xtn',
    41: 'xtn',
  }),
  // GT1-3 Guarantor Name, GT1-4 Spouse Name, GT1-5 Address, GT1-6/7 Ph Num Home/Business, GT1-8
  // Date/Time Of Birth; only its ids, types and codes (1, 2, 9–11, 13–15) are surely impersonal.
  GT1: layout('free', {
    1: 'impersonal',
    2: 'impersonal',
    3: 'xpn',
    4: 'xpn',
    5: 'xad',
    6: 'xtn',
    7: 'xtn',
    8: 'birth',
    9: 'impersonal',
    10: 'impersonal',
    11: 'impersonal',
    13: 'impersonal',
    14: 'impersonal',
    15: 'impersonal',
  }),
  // IN1-6 Insurance Co Contact Person, IN1-16 Name Of Insured, IN1-18 Insured's Date Of Birth, IN1-19
  // Insured's Address; the insurer's own ids, name, address and phone (2–5, 7) are no person's.
  IN1: layout('impersonal', { 6: 'xpn', 16: 'xpn', 18: 'birth', 19: 'xad', 49: 'free' }),
  // PD1-4 Patient Primary Care Provider Name & ID No.
  PD1: layout('impersonal', { 4: 'xcn' }),
  // MRG-7 Prior Patient Name (a merge keeps the old name).
  MRG: layout('impersonal', { 7: 'xpn' }),
  // Documents (MDM): TXA-5 Primary Activity Provider, TXA-9 Originator, TXA-10 Assigned Document
  // Authenticator, TXA-11 Transcriptionist, TXA-22 Authentication Person, TXA-23 Distributed Copies.
  TXA: layout('impersonal', { 5: 'xcn', 9: 'xcn', 10: 'xcn', 11: 'xcn', 22: 'xcn', 23: 'xcn' }),
  // ROL-4 Role Person, ROL-11 Office/Home Address/Birthplace, ROL-12 Phone.
  ROL: layout('impersonal', { 4: 'xcn', 11: 'xad', 12: 'xtn' }),
  // Scheduling: AIP-3 Personnel Resource ID.
  AIP: layout('impersonal', { 3: 'xcn' }),
  // PV1-7/8/9/17 Attending, Referring, Consulting, Admitting Doctor; PV1-52 Other Healthcare Provider.
  // Locations (PV1-3), classes and the visit number (PV1-19) are codes.
  PV1: layout('impersonal', { 7: 'xcn', 8: 'xcn', 9: 'xcn', 17: 'xcn', 52: 'xcn' }),
  // ORC-10 Entered By, ORC-11 Verified By, ORC-12 Ordering Provider, ORC-19 Action By; callback phone
  // and ordering facility's name, address and phone (14, 21–24) left as free text.
  ORC: layout('impersonal', {
    10: 'xcn',
    11: 'xcn',
    12: 'xcn',
    14: 'free',
    19: 'xcn',
    21: 'free',
    22: 'free',
    23: 'free',
    24: 'free',
  }),
  // OBR-10 Collector Identifier, OBR-16 Ordering Provider, OBR-28 Result Copies To, OBR-32..35 Principal
  // Result Interpreter, Assistant Result Interpreter, Technician, Transcriptionist; OBR-17 callback phone.
  OBR: layout('impersonal', {
    10: 'xcn',
    16: 'xcn',
    17: 'free',
    28: 'xcn',
    32: 'xcn',
    33: 'xcn',
    34: 'xcn',
    35: 'xcn',
  }),
  // OBX-5 Observation Value is typed by OBX-2 (see obxValueKind); OBX-16 Responsible Observer, OBX-25
  // Performing Organization Medical Director; the performing organisation's name and address left free.
  OBX: layout('impersonal', { 16: 'xcn', 23: 'free', 24: 'free', 25: 'xcn' }),
  // Pharmacy orders: RXE-13 Ordering Provider's DEA Number, RXE-14 Pharmacist/Treatment Supplier's
  // Verifier ID; RXO-14/15 the same; RXD-10 Dispensing Provider; RXA-10 Administering Provider. Give
  // codes, amounts, units and lot numbers are no person's.
  RXE: layout('impersonal', { 13: 'xcn', 14: 'xcn' }),
  RXO: layout('impersonal', { 14: 'xcn', 15: 'xcn' }),
  RXD: layout('impersonal', { 10: 'xcn' }),
  RXA: layout('impersonal', { 10: 'xcn' }),
  RXR: layout('impersonal', {}),
  RXC: layout('impersonal', {}),
  TQ1: layout('impersonal', {}),
  SPM: layout('impersonal', {}),
  // DG1-16 Diagnosing Clinician.
  DG1: layout('impersonal', { 16: 'xcn' }),
  // AL1-5 Allergy Reaction is free text.
  AL1: layout('impersonal', { 5: 'free' }),
  // MSA-3 Text Message is free text.
  MSA: layout('impersonal', { 3: 'free' }),
  // PRT-5 Person (XCN), PRT-15 Participation Telecommunication Address.
  PRT: layout('impersonal', { 5: 'xcn', 14: 'free', 15: 'xtn' }),
  // STF-3 Staff Name, STF-6 Date/Time of Birth, STF-10 Phone, STF-11 Office/Home Address; its ids and
  // codes (1, 2, 4, 7) impersonal.
  STF: layout('free', {
    1: 'impersonal',
    2: 'impersonal',
    3: 'xpn',
    4: 'impersonal',
    6: 'birth',
    7: 'impersonal',
    10: 'xtn',
    11: 'xad',
  }),
};

/**
 * OBX-2 Value Type says what OBX-5 holds: numbers, codes, dates and times are no person's values; a
 * person's name, address or phone is read as its type; text (ST, TX, FT) is left to the free-text detectors.
 */
function obxValueKind(valueType: string | undefined): FieldKind {
  switch ((valueType ?? '').trim().toUpperCase()) {
    case 'NM':
    case 'SN':
    case 'NA':
    case 'CQ':
    case 'CE':
    case 'CWE':
    case 'CNE':
    case 'CF':
      return 'coded';
    case 'ID':
    case 'IS':
    case 'DT':
    case 'TM':
    case 'TS':
    case 'DTM':
      return 'impersonal';
    case 'XPN':
      return 'xpn';
    case 'XCN':
    case 'PN':
    case 'CN':
      return 'xcn';
    case 'XAD':
    case 'AD':
      return 'xad';
    case 'XTN':
    case 'TN':
      return 'xtn';
    default:
      return 'free';
  }
}

/** Segments known to start a quoted part of a message without its MSH (a log's "rejected: PID|…"). */
const LONE_SEGMENT = /(?<![A-Za-z0-9])(?:PID|PD1|NK1|GT1|IN1|PV1|ORC|OBR|OBX|RX[EODA]|PRT|STF|EVN|TXA|ROL|AIP|MRG)\|/g;

/** A cheap look before any reading: an MSH header or a person-bearing segment with the usual separator. */
const MAYBE_HL7 = /MSH[^\w\s]|(?:PID|PD1|NK1|GT1|IN1|PV1|ORC|OBR|OBX|RX[EODA]|PRT|STF|EVN|TXA|ROL|AIP|MRG)\|/;

/**
 * HL7 v2 messages in a text (ADT, ORU, ORM, RDE, MDM …, also quoted in a log line or a ticket):
 * persons' values by their fields, and the fields that hold none.
 */
export function hl7Fields(text: string): FieldReading | undefined {
  if (!MAYBE_HL7.test(text)) return undefined;
  const messages: Hl7Message[] = [];
  for (let at = text.indexOf('MSH'); at >= 0; at = text.indexOf('MSH', at + 3)) {
    const delimiters = delimitersAt(text, at);
    if (!delimiters) continue;
    const message = readSegments(text, at, delimiters);
    messages.push(message);
    at = Math.max(at, message.end - 3);
  }
  // Segments quoted without their header read with the recommended separators. Both lists run from
  // the start of the text, so one pass over the headers' messages says whether a segment is in one.
  const headed = messages.length;
  let next = 0;
  let covered = 0;
  for (const m of text.matchAll(LONE_SEGMENT)) {
    while (next < headed && messages[next].end <= m.index) next++;
    if (m.index < covered || (next < headed && messages[next].start <= m.index)) continue;
    const message = { ...readSegments(text, m.index, DEFAULT_DELIMITERS), headerless: true };
    messages.push(message);
    covered = message.end;
  }
  if (messages.length === 0) return undefined;
  const reading = new Hl7Reading();
  for (const message of messages) readMessage(reading, message);
  return reading;
}

function readMessage(reading: Hl7Reading, message: Hl7Message): void {
  const d = message.delimiters;
  const animal = isAnimalPatient(message);
  for (const segment of message.segments) {
    const known = LAYOUTS[segment.id];
    if (!known) continue;
    for (let n = 1; n < segment.fields.length; n++) {
      let kind = known.fields[n] ?? known.rest;
      if (segment.id === 'OBX' && n === 5) kind = obxValueKind(segment.fields[2]?.text);
      // A veterinary patient's birth date is an animal's, no person's. Its name is no person's either,
      // but some practice systems write the owner there: left to the free-text detectors (fail closed).
      if (animal && segment.id === 'PID' && n === 7) kind = 'impersonal';
      if (animal && segment.id === 'PID' && (n === 5 || n === 9)) kind = 'free';
      // Past the first line of a wrapped segment the "field" may be a prose line that merely holds the
      // separator ("Call … on 0171 … | urgent" under the message): no code there for sure (fail closed).
      if (kind === 'impersonal' && pastWrap(segment, n)) kind = 'free';
      // A segment quoted without its MSH may run on into the prose of a log line ("PID|1 rejected for
      // patient <name>, call <phone>"): a field there holding blanks is prose, not a code (fail closed).
      if (kind === 'impersonal' && message.headerless && /\S\s+\S/.test(segment.fields[n]?.text ?? '')) kind = 'free';
      readField(reading, kind, segment.fields[n], d);
    }
  }
}

/** Whether field n of the segment reaches past the line break of a wrapped segment. */
function pastWrap(segment: Hl7Segment, n: number): boolean {
  const field = segment.fields[n];
  return segment.wrappedAt !== undefined && field !== undefined && field.start + field.text.length > segment.wrappedAt;
}

function readField(reading: Hl7Reading, kind: FieldKind, field: Hl7Segment['fields'][number], d: Hl7Delimiters) {
  switch (kind) {
    case 'xpn':
      return readXpn(reading, field, d);
    case 'xcn':
      return readXcn(reading, field, d);
    case 'xad':
      return readXad(reading, field, d);
    case 'xtn':
      return readXtn(reading, field, d);
    case 'birth':
      return readBirthDate(reading, field, d);
    case 'coded':
      return readCoded(reading, field, d);
    case 'impersonal':
      return reading.skip(field);
    case 'free':
      return;
  }
}

/** A sending application or facility of a veterinary practice or laboratory (MSH-3, MSH-4). */
const VETERINARY_SENDER = /vet|tier|animal|zoo/i;

/**
 * Whether the message's patient is an animal: PID-35 Species Code is given (v2.5 for veterinary use),
 * the sender is a veterinary application, or a next of kin is the OWN(er) (HL7 table 0063).
 */
function isAnimalPatient(message: Hl7Message): boolean {
  const d = message.delimiters;
  for (const segment of message.segments) {
    if (segment.id === 'MSH' && [3, 4].some((n) => VETERINARY_SENDER.test(segment.fields[n]?.text ?? ''))) return true;
    if (segment.id === 'PID' && trimmed(segment.fields[35])) return true;
    if (segment.id === 'NK1') {
      const relation = segment.fields[3] && trimmed(split(segment.fields[3], d.component)[0]);
      if (relation?.text.toUpperCase() === 'OWN') return true;
    }
  }
  return false;
}
