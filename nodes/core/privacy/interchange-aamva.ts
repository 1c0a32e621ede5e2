import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, type FieldReading } from './interchange.js';

/**
 * AAMVA DL/ID Card Design Standard (PDF417 on US and Canadian driving licences): a header
 * `@ LF RS CR ANSI ` + issuer id (636…) + versions + number of entries + one 10-character designator per
 * subfile, then each subfile (`DL`, `ID`) as data elements, a three-letter element id and its value per
 * line. Values are typed by their element id, as the standard's data element table defines them.
 */
export function aamvaFields(text: string): FieldReading | undefined {
  if (!text.includes('ANSI ')) return undefined;
  const personal: Entity[] = [];
  const impersonal: { start: number; end: number }[] = [];
  const header = /ANSI ?636\d{3}(\d\d)(\d\d)(\d\d)/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const firstElement = subfileStart(text, m);
    if (firstElement === undefined) continue;
    impersonal.push({ start: m.index, end: firstElement });
    readElements(text, firstElement, personal, impersonal);
  }
  if (personal.length === 0 && impersonal.length === 0) return undefined;
  for (const picture of datePictures(text)) impersonal.push(picture);
  return { personal, impersonal };
}

/**
 * Where the first subfile's elements begin: after the issuer id, the AAMVA version, the jurisdiction
 * version (from version 2 on), the number of entries and one designator per subfile (type 2 + offset 4 +
 * length 4), then the subfile's own type (`DL` or `ID`).
 */
function subfileStart(text: string, m: RegExpExecArray): number | undefined {
  const afterIssuer = m.index + m[0].length - 6;
  for (const versionDigits of [4, 2]) {
    const entries = Number(text.slice(afterIssuer + versionDigits, afterIssuer + versionDigits + 2));
    const first = afterIssuer + versionDigits + 2 + entries * 10 + 2;
    if (/^(?:DL|ID)$/.test(text.slice(first - 2, first)) && /^[DZ][A-Z]{2}$/.test(text.slice(first, first + 3)))
      return first;
  }
  return undefined;
}

/** Elements whose value is a person's, by element id (AAMVA DL/ID-2020 Annex D, table D.3). */
const PERSONAL_ELEMENTS: Record<string, EntityType> = {
  DCS: 'PERSON', // customer family name
  DAC: 'PERSON', // customer first name
  DAD: 'PERSON', // customer middle name(s)
  DCT: 'PERSON', // customer given names (2000–2009 versions)
  DAB: 'PERSON', // customer family name (version 1)
  DBO: 'PERSON', // alias family name
  DBP: 'PERSON', // alias given name
  DBB: 'DATE_OF_BIRTH', // date of birth, MMDDCCYY (US) or CCYYMMDD (Canada)
  DAG: 'POSTAL_ADDRESS', // address – street 1
  DAH: 'POSTAL_ADDRESS', // address – street 2
};

/** Values standing for "no value" in a name element (the standard's truncation and absence markers). */
const NO_VALUE = /^(?:NONE|UNAVL|UNAVAILABLE|N\/A|NA)$/i;

/**
 * The elements from `from` on, one per line (LF, CR or RS ends an element), up to the first line that
 * is none. Every element's line is impersonal (licence number DAQ, city DAI, state DAJ, postcode DAK,
 * expiry DBA, … are no entity of the set's or a city alone); persons' values are added by their id.
 */
function readElements(
  text: string,
  from: number,
  personal: Entity[],
  impersonal: { start: number; end: number }[],
): void {
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && text[end] !== '\x1e') end++;
    let at = start;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    const id = text.slice(at, at + 3);
    // A line that is no element (a blank line, prose after the payload) ends the subfile.
    if (!/^[DZ][A-Z]{2}$/.test(id)) break;
    impersonal.push({ start: at, end });
    const valueEnd = trimmedEnd(text, at + 3, end);
    const value = text.slice(at + 3, valueEnd);
    const type = PERSONAL_ELEMENTS[id];
    if (type && value && !NO_VALUE.test(value) && (type !== 'DATE_OF_BIRTH' || isBirthDate(value))) {
      personal.push({ type, start: at + 3, end: valueEnd, score: FIELD_SCORE });
    }
    start = end + 1;
    if (text[end] === '\r' && text[start] === '\n') start++; // CRLF ends one element
  }
}

function trimmedEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

/** Eight digits that are a date as MMDDCCYY or as CCYYMMDD (the standard's US and Canadian orders). */
function isBirthDate(value: string): boolean {
  const us = /^(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:19|20)\d\d$/.test(value);
  const ca = /^(?:19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(value);
  return us || ca;
}

/**
 * Date pictures written beside a payload ("DBB is MMDDCCYY", "YYMMDD → TT.MM.JJJJ"): format notation, no
 * name, whatever their capitals suggest.
 */
function datePictures(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\b(?:CCYY|YYYY|JJJJ|YY|JJ|MM|DD|TT)(?:[./-]?(?:CCYY|YYYY|JJJJ|YY|JJ|MM|DD|TT)){2}\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
