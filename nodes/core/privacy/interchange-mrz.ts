import { icaoCheckDigit } from './checksums.js';
import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, type FieldReading } from './interchange.js';

/**
 * ICAO Doc 9303 machine-readable zones (passports TD3 2×44, ID cards TD1 3×30, TD2 2×36), also pasted
 * into tickets and travel bookings: each value is read by its position in the zone, as Part 4-6 of the
 * specification lays the lines out.
 */
export function mrzFields(text: string): FieldReading | undefined {
  if (!text.includes('<<')) return undefined;
  const lines = zoneLines(text);
  const personal: Entity[] = [];
  const impersonal: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const zone = readZone(lines, i);
    if (!zone) continue;
    personal.push(...zone.personal);
    for (const line of lines.slice(i, i + zone.lines))
      impersonal.push({ start: line.at[0], end: line.at[line.at.length - 1] + 1 });
    i += zone.lines - 1;
  }
  if (personal.length === 0 && impersonal.length === 0) return undefined;
  return { personal, impersonal };
}

/** One candidate zone line: its characters without OCR's stray spaces, and each one's offset in the text. */
interface ZoneLine {
  chars: string;
  at: number[];
}

/** Width of each layout's lines (Doc 9303 Parts 4, 5, 6). */
const TD1 = 30;
const TD2 = 36;
const TD3 = 44;

/** Lines made only of the MRZ's alphabet (A–Z, 0–9, `<`), spaces an OCR put in between left out. */
function zoneLines(text: string): ZoneLine[] {
  const out: ZoneLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = zoneLine(text, start, end);
    if (line) out.push(line);
    else out.push({ chars: '', at: [] });
    start = end + 1;
  }
  return out;
}

function zoneLine(text: string, start: number, end: number): ZoneLine | undefined {
  if (end - start < TD1 - 2 || end - start > TD3 + 20) return undefined;
  let chars = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '<')) return undefined;
    chars += c;
    at.push(i);
  }
  return chars.length >= TD1 - 2 && chars.length <= TD3 + 2 && chars.includes('<') ? { chars, at } : undefined;
}

interface Zone {
  lines: number;
  personal: Entity[];
}

/** The zone starting at line `i`: TD1 needs three lines, TD2 and TD3 two, all of one width. */
function readZone(lines: ZoneLine[], i: number): Zone | undefined {
  const a = lines[i];
  const b = lines[i + 1];
  if (!a?.chars || !b?.chars) return undefined;
  const c = lines[i + 2];
  if (c?.chars && near(a, TD1) && near(b, TD1) && near(c, TD1)) return td1(a, b, c);
  if (near(a, TD3) && near(b, TD3)) return twoLine(a, b, TD3);
  if (near(a, TD2) && near(b, TD2)) return twoLine(a, b, TD2);
  return undefined;
}

/** A width within two characters of the layout's: OCR drops or doubles a filler now and then. */
function near(line: ZoneLine, width: number): boolean {
  return Math.abs(line.chars.length - width) <= 2;
}

function exact(lines: ZoneLine[], width: number): boolean {
  return lines.every((l) => l.chars.length === width);
}

/**
 * TD1: line 1 document code, issuing state (5), document number (6–14) and its check digit (15);
 * line 2 date of birth (1–6) and check digit (7), sex, expiry; line 3 the name.
 */
function td1(l1: ZoneLine, l2: ZoneLine, l3: ZoneLine): Zone | undefined {
  if (!/^[A-Z][A-Z<][A-Z<]{3}/.test(l1.chars)) return undefined;
  const number = checked(l1, 5, 9);
  const birth = checked(l2, 0, 6);
  // Fail closed: a zone whose every check digit fails is still read when its layout is exact.
  if (!exact([l1, l2, l3], TD1) && !number.ok && !birth.ok) return undefined;
  const personal: Entity[] = [];
  const issuer = l1.chars.slice(2, 5);
  pushNumber(personal, l1, 5, issuer, l1.chars[0] === 'P' ? 'DE_PASSPORT' : 'DE_ID_CARD');
  pushBirth(personal, l2, 0);
  pushName(personal, l3, 0);
  return { lines: 3, personal };
}

/**
 * TD3 and TD2: line 1 document code, issuing state, then the name from position 6; line 2 the
 * document number (1–9) and check digit, nationality, date of birth (14–19) and check digit.
 */
function twoLine(l1: ZoneLine, l2: ZoneLine, width: number): Zone | undefined {
  if (!/^[A-Z][A-Z<][A-Z<]{3}/.test(l1.chars) || !l1.chars.includes('<<', 5)) return undefined;
  const number = checked(l2, 0, 9);
  const birth = checked(l2, 13, 6);
  if (!exact([l1, l2], width) && !number.ok && !birth.ok) return undefined;
  const personal: Entity[] = [];
  pushNumber(personal, l2, 0, l1.chars.slice(2, 5), l1.chars[0] === 'P' ? 'DE_PASSPORT' : 'DE_ID_CARD');
  pushBirth(personal, l2, 13);
  pushName(personal, l1, 5);
  return { lines: 2, personal };
}

/** A field and whether the check digit right after it holds (`<` counts as 0, Doc 9303 Part 3 4.9). */
function checked(line: ZoneLine, from: number, length: number): { ok: boolean } {
  const field = line.chars.slice(from, from + length);
  const digit = line.chars[from + length];
  if (field.length < length || digit === undefined || !/^[0-9<]$/.test(digit)) return { ok: false };
  return { ok: icaoCheckDigit(field) === (digit === '<' ? 0 : Number(digit)) };
}

function span(line: ZoneLine, from: number, length: number): { start: number; end: number } | undefined {
  const first = line.at[from];
  const last = line.at[from + length - 1];
  return first === undefined || last === undefined ? undefined : { start: first, end: last + 1 };
}

/** A German document's number (issuing state `D<<`), nine characters without its check digit. */
function pushNumber(out: Entity[], line: ZoneLine, from: number, issuer: string, type: EntityType): void {
  if (issuer !== 'D<<') return;
  const number = line.chars.slice(from, from + 9);
  if (!/^[A-Z0-9]{9}$/.test(number)) return;
  const at = span(line, from, 9);
  if (at) out.push({ type, ...at, score: FIELD_SCORE });
}

/** Date of birth as YYMMDD; a month or day out of range is no date (an OCR slip or no MRZ at all). */
function pushBirth(out: Entity[], line: ZoneLine, from: number): void {
  const date = line.chars.slice(from, from + 6);
  const m = /^\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(date);
  if (!m) return;
  const at = span(line, from, 6);
  if (at) out.push({ type: 'DATE_OF_BIRTH', ...at, score: FIELD_SCORE });
}

/** The name field: primary identifier `<<` secondary identifier, each word (between `<`) its own PERSON. */
function pushName(out: Entity[], line: ZoneLine, from: number): void {
  const field = line.chars.slice(from);
  const re = /[A-Z]+/g;
  for (let m = re.exec(field); m; m = re.exec(field)) {
    const at = span(line, from + m.index, m[0].length);
    if (at) out.push({ type: 'PERSON', ...at, score: FIELD_SCORE });
  }
}
