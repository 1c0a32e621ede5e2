/**
 * Reading HL7 v2 data types (chapter 2A) that hold a person's values: XPN and XCN names, XAD
 * addresses, XTN telecommunication numbers and the TS/DTM of a birth date. Each reader adds the
 * person's values to `personal` and the components that by the type hold none (ids, assigning
 * authorities, type codes, country) to `impersonal`.
 */
import type { Entity, EntityType } from './entities.js';
import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { FIELD_SCORE, type FieldReading, type Span } from './interchange.js';
import { split, trimmed, type Hl7Delimiters, type Piece } from './interchange-hl7-segments.js';

export class Hl7Reading implements FieldReading {
  personal: Entity[] = [];
  impersonal: Span[] = [];

  add(type: EntityType, span: Span): void {
    this.personal.push({ type, start: span.start, end: span.end, score: FIELD_SCORE });
  }

  /** A piece (field or component) that holds no person's value. */
  skip(piece: Piece | undefined): void {
    if (piece && piece.text.length > 0)
      this.impersonal.push({ start: piece.start, end: piece.start + piece.text.length });
  }
}

/** A name part has letters and no digits (a digit makes it an id, a code or a date). */
const NAME_PART = /^[^\d]*\p{L}[^\d]*$/u;

function addName(reading: Hl7Reading, piece: Piece | undefined, d: Hl7Delimiters): void {
  // XPN.1 is FN (family name) whose first sub-component is the surname itself.
  const part = trimmed(piece && split(piece, d.subcomponent)[0]);
  if (!part) return;
  if (NAME_PART.test(part.text)) reading.add('PERSON', part);
  else reading.skip(piece);
}

/**
 * XPN (extended person name): family ^ given ^ further given names or initials ^ suffix ^ prefix ^
 * degree ^ name type … Each of the first three is its own PERSON; the rest (JR, Dr., type code L) are not names.
 */
export function readXpn(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  for (const rep of split(field, d.repetition)) {
    const c = split(rep, d.component);
    for (let i = 0; i < c.length; i++) {
      if (i < 3) addName(reading, c[i], d);
      else reading.skip(c[i]);
    }
  }
}

/**
 * XCN (extended composite id number and name for persons): id ^ family ^ given ^ further given ^
 * suffix ^ prefix ^ degree ^ source table ^ assigning authority … The id and what follows the names
 * are no names. Written without its id ("Family^Given", a letter-only first component) the parts are
 * read as an XPN; in NDL (OBR-32..35) the first component is a CNN with sub-components id & family & given.
 */
export function readXcn(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  for (const rep of split(field, d.repetition)) {
    const c = split(rep, d.component);
    const first = trimmed(c[0]);
    if (first && first.text.includes(d.subcomponent)) {
      const s = split(c[0], d.subcomponent);
      s.forEach((p, i) => (i >= 1 && i <= 3 ? addName(reading, p, d) : reading.skip(p)));
      c.slice(1).forEach((p) => reading.skip(p));
      continue;
    }
    const nameFirst = first !== undefined && NAME_PART.test(first.text) && c.length <= 4;
    const names = nameFirst ? [0, 1, 2] : [1, 2, 3];
    if (namesADepartment(names.flatMap((i) => trimmed(c[i])?.text ?? []))) {
      reading.skip(rep);
      continue;
    }
    c.forEach((p, i) => {
      if (names.includes(i)) addName(reading, p, d);
      // XCN.1 ID Number: an id has a digit. A letter-only first component of a longer XCN is a family
      // name written XPN-style ("Family^Given^Middle^^^Dr") or a user's login: a person's either way.
      else if (i === 0 && NAME_PART.test(p.text)) addName(reading, p, d);
      else reading.skip(p);
    });
  }
}

/**
 * Interfaces fill a doctor's XCN with the service that acts instead ("4711^Ordination^Zentrallabor",
 * "^Station^Notaufnahme"): its parts hold a long ordinary word and no known name. One word of six
 * letters or more, so that short words inside a multi-word name ("SAW LAY") do not count.
 */
function namesADepartment(parts: string[]): boolean {
  if (parts.some((p) => isKnownName(p) || isGivenName(p))) return false;
  return parts.some((p) => /^\p{L}{6,}$/u.test(p) && (isDictionaryWord(p) || isEnglishWord(p)));
}

/**
 * XAD (extended address): street ^ other designation ^ city ^ state ^ zip ^ country ^ address type …
 * One POSTAL_ADDRESS from the first to the last of the first five components; country and type are
 * not the person's. At least two parts, so a stray text in the field (a log's "… see PID-3") is no address.
 */
export function readXad(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  for (const rep of split(field, d.repetition)) {
    const c = split(rep, d.component);
    const parts = c.slice(0, 5).flatMap((p) => trimmed(p) ?? []);
    if (parts.length >= 2) reading.add('POSTAL_ADDRESS', { start: parts[0].start, end: parts[parts.length - 1].end });
    c.slice(5).forEach((p) => reading.skip(p));
  }
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/**
 * XTN (extended telecommunication number): [number] ^ use code ^ equipment type ^ e-mail ^ country
 * code ^ area code ^ local number ^ extension ^ any text … ^ unformatted number. The number split into
 * country, area and local components is one PHONE_NUMBER over all three.
 */
export function readXtn(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  for (const rep of split(field, d.repetition)) {
    const c = split(rep, d.component);
    const whole = trimmed(c[0]);
    if (whole && digitCount(whole.text) >= 5) reading.add('PHONE_NUMBER', whole);
    const mail = trimmed(c[3]);
    if (mail && mail.text.includes('@')) reading.add('EMAIL_ADDRESS', mail);
    const parts = c.slice(4, 7).flatMap((p) => trimmed(p) ?? []);
    if (parts.length > 0 && digitCount(parts.map((p) => p.text).join('')) >= 5)
      reading.add('PHONE_NUMBER', { start: parts[0].start, end: parts[parts.length - 1].end });
    const unformatted = trimmed(c[11]);
    if (unformatted && digitCount(unformatted.text) >= 5) reading.add('PHONE_NUMBER', unformatted);
    // XTN.2 Telecommunication Use Code and XTN.3 Equipment Type are table codes (PRN, NET, PH, CP):
    // anything else written there (a number in the wrong component) is left to the free-text detectors.
    for (const code of [c[1], c[2]]) if (code && TABLE_CODE.test(code.text)) reading.skip(code);
  }
}

/** An HL7 table code: a few letters, nothing else. */
const TABLE_CODE = /^\s*[A-Za-z]{1,4}\s*$/;

/** TS/DTM YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ], the birth date as written (first component: TS.1 in v2.5). */
const BIRTH_STAMP = /^\d{8}(?:\d{2}){0,3}(?:\.\d{1,4})?(?:[+-]\d{4})?$/;

export function readBirthDate(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  const c = split(field, d.component);
  const value = trimmed(c[0]);
  if (value && BIRTH_STAMP.test(value.text)) reading.add('DATE_OF_BIRTH', value);
  c.slice(1).forEach((p) => reading.skip(p));
}

/**
 * CE/CWE/CNE/CF (coded element): identifier ^ text ^ coding system ^ alternate identifier ^ alternate
 * text ^ alternate coding system ^ coding system version ^ alternate version ^ original text. The
 * identifiers, coding systems and versions are codes; the texts (CWE.2, CWE.5, CWE.9) are whatever the
 * sender typed, a name or a callback number among them: left to the free-text detectors.
 */
const CODED_TEXT_COMPONENTS = new Set([1, 4, 8]);

export function readCoded(reading: Hl7Reading, field: Piece, d: Hl7Delimiters): void {
  for (const rep of split(field, d.repetition))
    split(rep, d.component).forEach((p, i) => {
      if (!CODED_TEXT_COMPONENTS.has(i)) reading.skip(p);
    });
}
