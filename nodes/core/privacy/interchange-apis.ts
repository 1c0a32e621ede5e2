import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, type FieldReading } from './interchange.js';

/**
 * IATA advance passenger information in a booking (PNR): the special service request `SSR DOCS`, after
 * the carrier code and the action code with number in party (`YY HK1`), holds slash-separated fields by
 * position (IATA AIRIMP / PADIS "DOCS" element): document type / issuing country / document number /
 * nationality / date of birth (DDMMMYY) / sex / expiry date / family name / given name / middle name /
 * holder flag. Values are typed by their position, not by the words around them.
 */
export function apisFields(text: string): FieldReading | undefined {
  if (!text.includes('DOCS')) return undefined;
  const personal: Entity[] = [];
  const impersonal: { start: number; end: number }[] = [];
  // `SSR DOCS YY HK1 ` or `…HK1/`; the fields run to the end of the line.
  const line = /\bS?SR ?DOCS +[A-Z0-9]{2} *[A-Z]{2}\d{1,3}[ /]([^\n\r]*)/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const fieldsStart = m.index + m[0].length - m[1].length;
    impersonal.push({ start: m.index, end: fieldsStart });
    readFields(m[1], fieldsStart, personal, impersonal);
  }
  if (personal.length === 0 && impersonal.length === 0) return undefined;
  return { personal, impersonal };
}

/** Fields by position in the DOCS element (0-based, after the action code). */
const DOCUMENT_TYPE = 0;
const ISSUING_COUNTRY = 1;
const DOCUMENT_NUMBER = 2;
const NATIONALITY = 3;
const BIRTH_DATE = 4;
const SEX = 5;
const EXPIRY = 6;
const FAMILY_NAME = 7;
const GIVEN_NAME = 8;
const MIDDLE_NAME = 9;

/** Codes of Germany as an issuing state: ICAO's `D` and ISO's `DEU`. */
const GERMANY = /^(?:D|DEU)$/;

function readFields(
  fields: string,
  offset: number,
  personal: Entity[],
  impersonal: { start: number; end: number }[],
): void {
  const parts = split(fields, offset);
  const value = (i: number) => parts[i]?.text ?? '';
  for (const i of [DOCUMENT_TYPE, ISSUING_COUNTRY, NATIONALITY, SEX, EXPIRY]) {
    if (parts[i]?.text) impersonal.push(parts[i]);
  }
  const number = parts[DOCUMENT_NUMBER];
  if (number?.text && GERMANY.test(value(ISSUING_COUNTRY)) && /^[A-Z0-9]{6,10}$/.test(number.text)) {
    const type: EntityType = value(DOCUMENT_TYPE).startsWith('I') ? 'DE_ID_CARD' : 'DE_PASSPORT';
    personal.push({ type, start: number.start, end: number.end, score: FIELD_SCORE });
  }
  const birth = parts[BIRTH_DATE];
  if (birth && /^(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d$/.test(birth.text)) {
    personal.push({ type: 'DATE_OF_BIRTH', start: birth.start, end: birth.end, score: FIELD_SCORE });
  }
  for (const i of [FAMILY_NAME, GIVEN_NAME, MIDDLE_NAME]) {
    const name = parts[i] && withoutPassengerTag(parts[i]);
    // A lone `H` after the given name is the holder flag (primary passport holder), written without the
    // empty middle name by some systems.
    if (name && /[A-Za-z]/.test(name.text) && !(i === MIDDLE_NAME && name.text === 'H')) {
      personal.push({ type: 'PERSON', start: name.start, end: name.end, score: FIELD_SCORE });
    }
  }
}

type Part = { text: string; start: number; end: number };

/** The slash-separated fields with their spans in the text, each trimmed of surrounding blanks. */
function split(fields: string, offset: number): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (let i = 0; i <= fields.length; i++) {
    if (i < fields.length && fields[i] !== '/') continue;
    let s = from;
    let e = i;
    while (s < e && fields[s] === ' ') s++;
    while (e > s && fields[e - 1] === ' ') e--;
    parts.push({ text: fields.slice(s, e), start: offset + s, end: offset + e });
    from = i + 1;
  }
  return parts;
}

/** A name field ends before the passenger association a system may append (`SMITH/JOHN-1.1`). */
function withoutPassengerTag(part: Part): Part | undefined {
  const m = /-\d{1,3}\.\d{1,3}$/.exec(part.text);
  const text = m ? part.text.slice(0, m.index).trimEnd() : part.text;
  if (!text) return undefined;
  return { text, start: part.start, end: part.start + text.length };
}
