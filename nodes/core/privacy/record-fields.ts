import type { Entity } from './entities.js';
import { organisationsPostalAddress } from './ldif-records.js';
import { animalRegister, animalsBirthColumns, birthDateAt, ownersBirthColumn, wholeBirthDate } from './birth-dates.js';
import { BoundedMemo } from './bounded-memo.js';
import { calendarNames } from './calendar-names.js';
import { fixedColumnCell } from './fixed-columns.js';
import { fixedPhoneHeading, fixedPhoneValue } from './fixed-width-phones.js';
import { KeywordPattern } from './keyword-pass.js';

/**
 * Birth dates and postal addresses in machine-made records, where a column's or key's meaning comes from its header:
 * fixed-width exports (the header names
 * each column by its offset), delimited exports (by its index), and field-diff rows ("P-1;dob;04/09/1962;19620409").
 * SQL statements are read by sql-rows.ts and typed by sql-values.ts, with the key vocabularies below.
 */

/** A column name or key that means a birth date, compared without case, blanks, dots, "_" and "-": "DOB", "GEBDAT", "BIRTH_DT", "birthDate". */
const BIRTH_KEY =
  /^(?:dob|dateofbirth|birth(?:date|day|dt|dat)?|bday|geb|gebdat(?:um)?|gebdt|geburtsdatum|geburtstag|gebtag|dtbirth|borndate|born)$/;
export const plainKey = (name: string) => name.toLowerCase().replace(/[\s._\-"'`[\]]/g, '');
/** A column name or key that means a postal address: "ADRESSE", "addr", LDIF "homePostalAddress", vCard "ADR". */
const ADDRESS_KEY =
  /^(?:addr|adr|address|adresse|anschrift|wohnadresse|homeaddress|homepostaladdress|postaladdress|postanschrift)$/;
// vCard's ADR is read by its card (interchange-vcard.ts: folded lines, a firm's own card).
const RECORD_ADDRESS_KEY = /^(?:addr|homeaddress|homepostaladdress|postaladdress)$/;
/**
 * A column name that means a person's name: "NAME", "NACHNAME", "VORNAME", "full_name", "last_name". Read
 * only in a header or column list that also names a birth date or an address (a person's record, not a
 * list of projects or products with a "name" column).
 */
const NAME_KEY =
  /^(?:name|nachname|vorname|familienname|fullname|fullnm|surname|lastname|firstname|givenname|kundenname|patientenname|mitgliedname|nm|vname|nname|familyname|forename|fname|lname|middlename|geburtsname|rufname|vornamen)$/;
/** Name keys that may name a thing as well as a person (a project's, a product's, a club's "name"). */
export const GENERIC_NAME_KEY = /^(?:name|nm)$/;
/**
 * A column or key of a street, postcode or city: part of a postal address when a record of a person holds it
 * (read in SQL statements, sql-values.ts, where a column list says whose record it is).
 */
export const STREET_KEY = /^(?:street|streetaddress|strasse|straße|str|addressline1?|address1|adresszeile1?)$/;
export type Kind = 'DATE_OF_BIRTH' | 'POSTAL_ADDRESS' | 'PERSON';
/**
 * What a cell or key names, remembered by its writing: the lines read are mostly prose, whose
 * words come back ("the", "und"), and a look-up costs less than lower-casing, stripping and three patterns.
 */
const KINDS = new BoundedMemo<Kind | undefined>((name) => {
  const key = plainKey(name);
  return BIRTH_KEY.test(key)
    ? 'DATE_OF_BIRTH'
    : ADDRESS_KEY.test(key)
      ? 'POSTAL_ADDRESS'
      : NAME_KEY.test(key)
        ? 'PERSON'
        : undefined;
});
export const kindOfKey = (name: string): Kind | undefined => KINDS.get(name);
/** Only with a birth or address column beside it does a name column make the header a person's record. */
const personRecord = (kinds: (Kind | undefined)[]) =>
  kinds.some((k) => k === 'DATE_OF_BIRTH' || k === 'POSTAL_ADDRESS');
/** A name cell: one to five words of letters (a comma after the family name, initials), no digits. */
const NAME_CELL = /^[\p{L}][\p{L}'’.-]*(?:,?[ \t]+[\p{L}][\p{L}'’.-]*){0,4}$/u;
const NOT_A_NAME = /^(?:null|none|nil|n\/a|na|unknown|unbekannt|leer|empty|true|false|undefined)$/i;
const nameValue = (value: string) =>
  value.length >= 2 && value.length <= 60 && NAME_CELL.test(value) && !NOT_A_NAME.test(value);
/** An address value: letters and a digit (a house number or postcode), at most 120 characters, not a date. */
const MAX_ADDRESS = 120;
const addressValue = (value: string) =>
  value.length >= 8 &&
  value.length <= MAX_ADDRESS &&
  /\d/.test(value) &&
  /\p{L}{3}/u.test(value) &&
  !wholeBirthDate(value);
export const accepts = (kind: Kind, value: string) =>
  kind === 'DATE_OF_BIRTH' ? date(value) : kind === 'PERSON' ? nameValue(value) : addressValue(value);
/** Where a header or key may name a birth date or an address: found by search, then read. */
const HINT_WORDS = ['dob', 'birth', 'geb', 'bday', 'born', 'adr', 'addr', 'adress', 'anschrift', 'postal'];
// (No "name" among them: a name column is read only in a header that names a birth date or an address.)
const HINT = new KeywordPattern(new RegExp(HINT_WORDS.join('|'), 'i'), HINT_WORDS);
/** How many lines under a header are read as its rows; a blank line ends them sooner. */
const MAX_ROWS = 5000;
const MAX_FIELD = 40;

const date = (value: string) => value.length <= MAX_FIELD && wholeBirthDate(value);

export const recordFields = (text: string): Entity[] => {
  const out: Entity[] = [];
  let doneUntil = 0;
  let namedFrom = -1;
  for (let m = HINT.matchFrom(text, doneUntil); m; m = HINT.matchFrom(text, doneUntil)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    doneUntil = lineEnd + 1;
    if (lineEnd - lineStart > 2000) continue;
    doneUntil = Math.max(doneUntil, readHeader(text, lineStart, lineEnd, out));
    if (namedFrom === -1 && doneUntil === lineEnd + 1 && namesBirthDate(text, lineStart, lineEnd))
      namedFrom = lineEnd + 1;
  }
  if (namedFrom !== -1) pipeRows(text, namedFrom, out);
  directoryNames(text, out);
  calendarNames(text, out);
  return out;
};

/**
 * Names in directory and address-book records, where the key says the value is a person's name: LDIF
 * "sn:", "givenName:" (person attributes only), "cn:" and "displayName:" in a person's entry (an
 * objectClass of a person or a surname or given name near it; a group's "cn: Domain Admins" has none),
 * vCard "N:Family;Given;;;" (each part) and "FN:" in a card with a structured name. Values must read as a
 * name: letters, blanks, hyphens, apostrophes and dots, one to five words, no digits, "=" or "@".
 */
// LDIF's "givenName:: …" (RFC 2849 base64) is read decoded (decode-base64.ts): its value follows the second colon.
const DIRECTORY_NAME = /(cn|sn|givenName|displayName|FN|N)(?:;[^:\n]{0,60})?::?[ \t]?([^\n\r]{1,100})/iy;
const NAME_VALUE = /^[\p{L}][\p{L}'’.-]*(?:[ \t]+[\p{L}][\p{L}'’.-]*){0,4}$/u;
const PERSON_ENTRY = /objectClass:[ \t]*(?:inetOrgPerson|person|organizationalPerson)|\n(?:sn|givenName):[ \t]*\p{L}/iu;
const CARD_NAME = /(?:^|\n)N(?:;[^:\n]{0,60})?:[ \t]*\p{L}/u;
const DIRECTORY_REACH = 400;

/**
 * Whether a directory key ("cn", "sn", "givenName", "displayName", "FN", "N", in any case) may open
 * the line at `at`: its first letter, and a colon or ";" where the key would end. Most lines fail here,
 * by two or three character codes, before DIRECTORY_NAME is run.
 */
function mayOpenDirectoryKey(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 32;
  let keyEnd: number;
  if (first === 110) keyEnd = at + 1;
  else if (first === 99 || first === 115 || first === 102) {
    if ((text.charCodeAt(at + 1) | 32) !== 110) return false;
    keyEnd = at + 2;
  } else if (first === 103) keyEnd = at + 9;
  else if (first === 100) keyEnd = at + 11;
  else return false;
  const after = text.charCodeAt(keyEnd);
  return after === 58 || after === 59;
}

function directoryNames(text: string, out: Entity[]): void {
  // What is read around a key sees a line break before the first line, as at every other line's start.
  let padded: string | undefined;
  for (let lineStart = 0; lineStart < text.length;) {
    const m = mayOpenDirectoryKey(text, lineStart) ? directoryEntryAt(text, lineStart) : null;
    // A vCard 2.1 value written QUOTED-PRINTABLE is read by its card (interchange-vcard.ts), decoded.
    if (m && !/QUOTED-PRINTABLE/i.test(m[0].slice(0, m[0].length - m[2].length))) {
      const key = m[1];
      const valueStart = lineStart + m[0].length - m[2].length;
      const value = m[2].replace(/[ \t]+$/, '');
      const around = () => {
        padded ??= `\n${text}`;
        return padded.slice(Math.max(0, lineStart - DIRECTORY_REACH), valueStart + 1 + value.length + DIRECTORY_REACH);
      };
      const push = (start: number, name: string) => {
        if (NAME_VALUE.test(name)) out.push({ type: 'PERSON', start, end: start + name.length, score: 0.9 });
      };
      if (key === 'N') {
        // vCard's structured name: family;given;additional;prefix;suffix. Only the family and given parts.
        const parts = value.split(';');
        let at = valueStart;
        for (let i = 0; i < Math.min(2, parts.length); i++) {
          if (parts[i]) push(at, parts[i]);
          at += parts[i].length + 1;
        }
      } else if (key === 'FN') {
        if (CARD_NAME.test(around())) push(valueStart, value);
      } else if (/^(?:sn|givenName)$/i.test(key)) push(valueStart, value);
      else if (/^(?:cn|displayName)$/i.test(key) && PERSON_ENTRY.test(around())) push(valueStart, value);
      // Case-sensitive vCard keys: "n:" or "fn:" in a chat are no record's.
    }
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
}

function directoryEntryAt(text: string, lineStart: number): RegExpExecArray | null {
  DIRECTORY_NAME.lastIndex = lineStart;
  return DIRECTORY_NAME.exec(text);
}

/** A birth date named as a field in prose (a report's rule, "name similar AND (birth date OR phone equal)"). */
const BIRTH_PHRASE =
  /(?<![\p{L}])(?:birth[ _-]?date|date[ _-]of[ _-]birth|dob|geburtsdatum|geb\.?[ -]?datum)(?![\p{L}])/iu;
function namesBirthDate(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineEnd - lineStart > 300) return false;
  const line = text.slice(lineStart, lineEnd);
  return (
    BIRTH_PHRASE.test(line) &&
    !/\d{1,2}[./-]\d{1,2}[./-]\d{2}|\d{8}/.test(line) &&
    // A herd register's heading ("| Ear tag | Breed | Sex | DOB |"): the rows' dates are the animals' (unless a
    // birth column names its person: "Owner DOB").
    !animalRegisterWithoutOwnersBirth(line.split(/[|;\t]/))
  );
}

/**
 * Below a line that names birth dates as a field, record rows split by "|" ("A WEBSHOP  Ana Lupu | 14.01.1981 |
 * 0151 …"): the one field of a row written wholly as a date is its birth date. A row with two dates is
 * left alone (which one is the birth date is unknown). Each line read once.
 */
function pipeRows(text: string, from: number, out: Entity[]): void {
  let at = from;
  while (at < text.length) {
    // From the next bar's line on: lines without one are passed over in one step.
    const bar = text.indexOf('|', at);
    if (bar === -1) return;
    at = text.lastIndexOf('\n', bar) + 1;
    if (at < from) at = from;
    let end = text.indexOf('\n', bar);
    if (end === -1) end = text.length;
    const second = text.indexOf('|', bar + 1);
    if (end - at <= 2000 && second !== -1 && second < end) {
      const dates = fieldsOf(text, at, end, '|').filter(
        (f) => f.end - f.start <= MAX_FIELD && date(text.slice(f.start, f.end)),
      );
      if (dates.length === 1) out.push({ type: 'DATE_OF_BIRTH', start: dates[0].start, end: dates[0].end, score: 1 });
    }
    at = end + 1;
  }
}

interface Field {
  start: number;
  end: number;
}

/** The fields of a line split by `delimiter`, blanks trimmed (quotes too). */
function fieldsOf(text: string, start: number, end: number, delimiter: string): Field[] {
  const fields: Field[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== delimiter) continue;
    let a = from;
    let b = i;
    while (a < b && (text[a] === ' ' || text[a] === '\t' || text[a] === '"')) a++;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '"' || text[b - 1] === '\r')) b--;
    fields.push({ start: a, end: b });
    from = i + 1;
  }
  return fields;
}

/** Whether a quotation mark stands in text[from, to) (looked for there only, not through the rest of the text). */
function hasQuote(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) return true;
  return false;
}

/** The longest row read with its quotes: a quote left open further is no CSV quoting. */
const MAX_QUOTED_ROW = 2000;

/**
 * The cells of the delimited row starting at `start`, read with CSV quoting (RFC 4180): a cell that
 * starts with a quote runs to its closing quote ("" inside is a quote), delimiters and line breaks in
 * it included; the row ends at a line break outside quotes. Undefined when a quote stays open for
 * MAX_QUOTED_ROW characters. One pass, nothing looked at twice.
 */
function quotedRecord(text: string, start: number, delimiter: string): { fields: Field[]; end: number } | undefined {
  const fields: Field[] = [];
  const limit = Math.min(text.length, start + MAX_QUOTED_ROW);
  const separator = delimiter.charCodeAt(0);
  let i = start;
  for (;;) {
    while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    let a = i;
    let b: number;
    if (text.charCodeAt(i) === 34) {
      a = ++i;
      for (;;) {
        if (i >= limit) return undefined;
        if (text.charCodeAt(i) === 34) {
          if (text.charCodeAt(i + 1) !== 34) break;
          i++;
        }
        i++;
      }
      b = i++;
      // Anything between the closing quote and the delimiter belongs to the cell's end.
      while (i < limit && text.charCodeAt(i) !== separator && text.charCodeAt(i) !== 10) i++;
    } else {
      while (i < limit && text.charCodeAt(i) !== separator && text.charCodeAt(i) !== 10) i++;
      b = i;
    }
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 13))
      b--;
    fields.push({ start: a, end: b });
    if (i >= text.length || text.charCodeAt(i) === 10) return { fields, end: i };
    if (i >= limit) return undefined;
    i++;
  }
}

/** Whether a fixed-width column's edge is at `at`: the line's edge, a tab, or two blanks (going by `step`). */
function columnGap(text: string, at: number, step: 1 | -1, edge: number): boolean {
  const outside = (i: number) => (step === -1 ? i < edge : i >= edge);
  if (outside(at) || text[at] === '\t') return true;
  const next = at + step;
  return text[at] === ' ' && (outside(next) || text[next] === ' ' || text[next] === '\t' || text[next] === '\r');
}

/** Blank-separated tokens with their offsets (a fixed-width header). */
function tokensOf(text: string, start: number, end: number): Field[] {
  const tokens: Field[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    const a = i;
    while (i < end && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') i++;
    if (i > a) tokens.push({ start: a, end: i });
  }
  return tokens;
}

/** The first of ";", "|", tab and "," that splits the line into three cells or more (counted, nothing allocated). */
function delimiterOf(text: string, start: number, end: number): string | undefined {
  let semicolons = 0;
  let bars = 0;
  let tabs = 0;
  let commas = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) semicolons++;
    else if (c === 124) bars++;
    else if (c === 9) tabs++;
    else if (c === 44) commas++;
  }
  return semicolons >= 2 ? ';' : bars >= 2 ? '|' : tabs >= 2 ? '\t' : commas >= 2 ? ',' : undefined;
}

/** A herd register's heading line with no birth column naming its person ("Owner DOB"). */
function animalRegisterWithoutOwnersBirth(headings: string[]): boolean {
  return animalRegister(headings) && !headings.some((h) => BIRTH_PHRASE.test(h) && ownersBirthColumn(h));
}

/**
 * A line with a birth key: its own date fields are birth dates (a field-diff row); with none, it is a
 * header, and its column is read in the rows below. Returns where reading stopped.
 */
function readHeader(text: string, lineStart: number, lineEnd: number, out: Entity[]): number {
  if (keyValue(text, lineStart, lineEnd, out)) return lineEnd + 1;
  const delimiter = delimiterOf(text, lineStart, lineEnd);
  const cells = delimiter ? fieldsOf(text, lineStart, lineEnd, delimiter) : tokensOf(text, lineStart, lineEnd);
  if (cells.length < 3) return lineEnd + 1;
  // The header's columns that name a birth date or an address; a fixed-width header sets its names apart by
  // two blanks or more, prose ("ja, geb. 23.06.00 …") by one.
  // (The blanks are looked at first: they cost less than the name, and prose's words fail there. A
  // loop, not flatMap: no array made for each word of a prose line.)
  let columns: { index: number; kind: Kind; offset: number }[] = [];
  for (let index = 0; index < cells.length; index++) {
    const c = cells[index];
    if (c.end - c.start > MAX_FIELD) continue;
    if (!delimiter && !(columnGap(text, c.start - 1, -1, lineStart) && columnGap(text, c.end, 1, lineEnd))) continue;
    const kind = kindOfKey(text.slice(c.start, c.end));
    if (kind) columns.push({ index, kind, offset: c.start - lineStart });
  }
  if (columns.length === 0) return lineEnd + 1;
  if (!personRecord(columns.map((c) => c.kind))) columns = columns.filter((c) => c.kind !== 'PERSON');
  // A herd register ("Ohrmarke | Geb.-Datum | Rasse", "Ear tag | Breed | Sex | DOB"): the birth dates are the animals'.
  // A birth column naming its person ("Owner DOB", "Geburtsdatum Halter") keeps its dates: the keeper's.
  if (columns.some((c) => c.kind === 'DATE_OF_BIRTH')) {
    const animals = animalsBirthColumns(cells.map((c) => text.slice(c.start, c.end)));
    columns = columns.filter((c) => c.kind !== 'DATE_OF_BIRTH' || !animals(c.index));
  }
  if (columns.length === 0) return lineEnd + 1;
  // A fixed-width person record's phone column (fixed-width-phones.ts); a delimited one is read by tables.ts.
  const phoneOffsets: number[] = [];
  if (!delimiter && personRecord(columns.map((c) => c.kind)))
    for (const c of cells)
      if (
        c.end - c.start <= MAX_FIELD &&
        columnGap(text, c.start - 1, -1, lineStart) &&
        columnGap(text, c.end, 1, lineEnd) &&
        fixedPhoneHeading(text.slice(c.start, c.end))
      )
        phoneOffsets.push(c.start - lineStart);
  if (delimiter) {
    // A field-diff row ("P-10138;dob;04/09/1962;19620409;CRM"): its own dates count; it heads no rows.
    let own = false;
    if (columns.some((c) => c.kind === 'DATE_OF_BIRTH'))
      for (const c of cells) {
        if (date(text.slice(c.start, c.end))) {
          out.push({ type: 'DATE_OF_BIRTH', start: c.start, end: c.end, score: 1 });
          own = true;
        }
      }
    // Digits in a cell that names nothing: a row's value, as headings hold none.
    if (own || cells.some((c, i) => !columns.some((k) => k.index === i) && /\d/.test(text.slice(c.start, c.end))))
      return lineEnd + 1;
  }
  // The rows under the header: until a blank line, at most MAX_ROWS.
  let at = lineEnd + 1;
  for (let row = 0; row < MAX_ROWS && at < text.length; row++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (end - at === 0 || /^\s*$/.test(text.slice(at, Math.min(end, at + 200)))) return at;
    // The header again (a printed report repeats it on every page): no row.
    const header = end - at === lineEnd - lineStart && text.startsWith(text.slice(lineStart, lineEnd), at);
    if (end - at <= 2000 && !header) {
      // A row with quoted cells is read as CSV quotes it: a delimiter or line break inside quotes is the
      // cell's own ("Aufbau ""PAX"" Schrank, 3. OG", "Am Mühlbach 37\n80997 München"), and the row ends
      // at the line break after its last quote.
      const quoted = delimiter && hasQuote(text, at, end) ? quotedRecord(text, at, delimiter) : undefined;
      if (quoted) end = quoted.end;
      const rowCells = quoted ? quoted.fields : delimiter ? fieldsOf(text, at, end, delimiter) : [];
      // Quoted cells with commas in them ("1170 Pine St, Madison") shift a comma-split row's cells when the
      // quotes could not be read: no names read there.
      const shifted = !quoted && delimiter === ',' && text.slice(at, end).includes('"');
      for (const { index, kind, offset } of columns) {
        if (kind === 'PERSON' && shifted) continue;
        const cell = delimiter
          ? rowCells[index]
          : kind === 'DATE_OF_BIRTH'
            ? tokenAtOffset(text, at, end, offset)
            : fixedColumnCell(text, at, end, { offset, maxLength: MAX_ADDRESS });
        if (cell && accepts(kind, text.slice(cell.start, cell.end)))
          out.push({ type: kind, start: cell.start, end: cell.end, score: 1 });
      }
      for (const offset of phoneOffsets) {
        const cell = fixedColumnCell(text, at, end, { offset, maxLength: 24 });
        if (cell && fixedPhoneValue(text.slice(cell.start, cell.end)))
          out.push({ type: 'PHONE_NUMBER', start: cell.start, end: cell.end, score: 0.9 });
      }
    }
    at = end + 1;
  }
  return at;
}

/**
 * The date that begins near `offset` in the row (three characters either way: exports shift their
 * headers), standing as a whole token, as a fixed-width column.
 */
function tokenAtOffset(text: string, rowStart: number, rowEnd: number, offset: number): Field | undefined {
  for (let a = Math.max(rowStart, rowStart + offset - 3); a <= rowStart + offset + 3 && a < rowEnd; a++) {
    if (a > rowStart && text[a - 1] !== ' ' && text[a - 1] !== '\t') continue;
    if (text[a] === ' ' || text[a] === '\t') continue;
    const end = birthDateAt(text, a);
    if (end !== undefined && end <= rowEnd && (end === rowEnd || /[\s,;|]/.test(text[end]))) return { start: a, end };
  }
  return undefined;
}

/**
 * Whether the line is a record's "key: value" line whose key means a birth date or an address (its value
 * taken when it is one), in any case: vCard "BDAY:", "bday;value=date:",
 * LDIF "birthDate: 19690811", "DOB = 12.03.1985".
 */
function keyValue(text: string, lineStart: number, lineEnd: number, out: Entity[]): boolean {
  let i = lineStart;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  const keyStart = i;
  while (i < lineEnd && i - keyStart <= MAX_FIELD && text[i] !== ':' && text[i] !== ';' && text[i] !== '=') i++;
  if (i === keyStart || i >= lineEnd) return false;
  const keyEnd = i;
  const kind = kindOfKey(text.slice(keyStart, i));
  // "Name: …" lines are the label detectors' (a record's name keys: directoryNames).
  if (!kind || kind === 'PERSON') return false;
  // vCard parameters ("BDAY;VALUE=date:", "ADR;TYPE=HOME:"): the value after the colon.
  if (text[i] === ';') {
    const colon = text.indexOf(':', i);
    if (colon === -1 || colon > Math.min(lineEnd, i + MAX_FIELD)) return false;
    i = colon;
  }
  i++;
  // LDIF's "attr:: …" (RFC 2849): a base64 value, read decoded (normalize.ts) as any other.
  if (text[i] === ':') i++;
  while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  // "Address:" and "Anschrift:" in a letter or form are read by the label detectors (with the lines below);
  // here only records' own keys (vCard ADR, LDIF homePostalAddress, "addr").
  // Either way the line is a key and its value, no header ("Adresse      : …" above "Steuer-ID    : 593 …").
  if (kind === 'POSTAL_ADDRESS') {
    const key = plainKey(text.slice(keyStart, keyEnd));
    // LDIF's postalAddress shared by the staff is the organisation's (ldif-records.ts); homePostalAddress is a home.
    const office =
      key === 'postaladdress' && organisationsPostalAddress(text, lineStart, text.slice(i, lineEnd).trim());
    if (RECORD_ADDRESS_KEY.test(key) && !office) keyedAddress(text, i, lineEnd, out);
    return true;
  }
  const end = birthDateAt(text, i);
  if (end !== undefined && end <= lineEnd) out.push({ type: 'DATE_OF_BIRTH', start: i, end, score: 1 });
  return true;
}

/**
 * An address as a record's value: LDIF's "Lindenweg 4 $ 34117 Kassel" whole; vCard's ";;street;city;region;code;country"
 * from the street to the last part given before the country.
 */
function keyedAddress(text: string, start: number, lineEnd: number, out: Entity[]): boolean {
  let end = lineEnd;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\r')) end--;
  if (end - start > 2 * MAX_ADDRESS) return false;
  const value = text.slice(start, end);
  if (!value.includes(';')) {
    if (!addressValue(value)) return false;
    out.push({ type: 'POSTAL_ADDRESS', start, end, score: 1 });
    return true;
  }
  const parts = value.split(';');
  if (parts.length < 4) return false;
  // Post box and extended address first, the country last: the address is the street to the postcode.
  let from = start + parts[0].length + 1 + parts[1].length + 1;
  let to = from;
  let at = from;
  for (let p = 2; p < Math.min(parts.length, 6); p++) {
    if (parts[p].trim()) to = at + parts[p].length;
    at += parts[p].length + 1;
  }
  while (from < to && text[from] === ' ') from++;
  if (!addressValue(text.slice(from, to))) return false;
  out.push({ type: 'POSTAL_ADDRESS', start: from, end: to, score: 1 });
  return true;
}
