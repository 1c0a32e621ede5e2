import type { Entity } from './entities.js';

/**
 * LDIF (RFC 2849) read by its grammar: `attr: value`, `attr:: base64`, `attr:< url`; a line starting with
 * ONE space continues the line before it (folding). A text is LDIF when it has a `version: 1` line or a
 * `dn:` line followed by `attr:` lines.
 */

/** Cheap pre-check, then the grammar: `version: 1`, or a `dn:` line whose next line is an `attr:` line. */
export function isLdif(text: string): boolean {
  if (!text.includes('dn:') && !text.includes('version:')) return false;
  return /^version:[ \t]*1[ \t]*\r?$/m.test(text) || /^dn::?[ \t]*[^\n]*\r?\n[A-Za-z][\w;-]*::?[ <]/m.test(text);
}

/** One `attr:: value` of an LDIF text: the base64 run from its first character to its line end, folded lines joined. */
export interface LdifBase64Value {
  attribute: string;
  /** Where the run starts and ends in the text (a folded run spans its line breaks). */
  start: number;
  end: number;
  /** The base64 characters, the folding (line break and one space) left out. */
  chars: string;
}

/**
 * Every `attr:: value` of an LDIF text (call only when isLdif). RFC 2849 "value-spec: ':' ':' *SPACE
 * BASE64-STRING": the value is exactly one base64 string ending at the line end, joined with the lines that
 * continue it (a line break and one space); the next attribute's line is never part of it. One pass.
 */
export function ldifBase64Values(text: string): LdifBase64Value[] {
  const values: LdifBase64Value[] = [];
  const line = /^([A-Za-z][\w;-]{0,80})::[ ]*/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const start = m.index + m[0].length;
    let end = lineEndAt(text, start);
    const parts = [text.slice(start, end)];
    // Folded lines: a line break and ONE space, then the rest of the string.
    for (;;) {
      const brk = text[end] === '\n' ? 1 : text[end] === '\r' && text[end + 1] === '\n' ? 2 : 0;
      if (brk === 0 || text[end + brk] !== ' ') break;
      const from = end + brk + 1;
      end = lineEndAt(text, from);
      parts.push(text.slice(from, end));
    }
    const chars = parts.join('').replace(/[ \t]+$/, '');
    // Trailing blanks are no part of the run.
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
    if (end > start && /^[A-Za-z0-9+/]+={0,2}$/.test(chars)) values.push({ attribute: m[1], start, end, chars });
    line.lastIndex = Math.max(line.lastIndex, end);
  }
  return values;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
}

/** How far an entry is read around a line (an entry is some dozens of lines; bounded on hostile input). */
const ENTRY_REACH = 4000;

/**
 * Whether the LDIF `postalAddress` value on the line at `lineStart` is the organisation's: RFC 4519
 * `postalAddress` is the entry's own (in a person's entry the office's) and RFC 4524 `homePostalAddress` the
 * home. Taken as the office's only when something shows it: its entry also gives a `homePostalAddress`, or the
 * same value stands under `postalAddress` in another entry (an office shared by the staff). Else it stays a
 * possible person's (privacy first).
 */
export function organisationsPostalAddress(text: string, lineStart: number, value: string): boolean {
  if (value.length < 6 || !isLdif(text)) return false;
  const from = Math.max(0, lineStart - ENTRY_REACH);
  const to = Math.min(text.length, lineStart + ENTRY_REACH);
  const entryStart = text.lastIndexOf('\n\n', lineStart);
  const entryEndAt = text.indexOf('\n\n', lineStart);
  const entry = text.slice(Math.max(from, entryStart), entryEndAt < 0 ? to : Math.min(to, entryEndAt));
  if (/\nhomePostalAddress::?[ \t]*\S/i.test(entry)) return true;
  for (let at = text.indexOf(value, from); at >= 0 && at < to; at = text.indexOf(value, at + 1)) {
    if (at >= lineStart && at <= lineStart + 20 + value.length) continue;
    const before = text.slice(Math.max(0, at - 20), at);
    if (/(?:^|\n)postalAddress::?[ \t]*$/i.test(before)) return true;
  }
  return false;
}

/**
 * The findings without addresses inside an organisation's LDIF `postalAddress` value (organisationsPostalAddress):
 * the street detectors also read "12 Harbour Place" out of `postalAddress: 12 Harbour Place$Dublin 2`, so the
 * office's value is dropped whole wherever a finding lies inside it. A `homePostalAddress` is never touched.
 */
export function withoutOrganisationsPostalAddresses(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'POSTAL_ADDRESS') || !/(?:^|\n)postalAddress:/i.test(text) || !isLdif(text))
    return found;
  return found.filter((e) => {
    if (e.type !== 'POSTAL_ADDRESS') return true;
    const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
    const label = /^postalAddress::?[ \t]*/i.exec(text.slice(lineStart, Math.min(e.start, lineStart + 40) + 1));
    if (!label || lineStart + label[0].length > e.start) return true;
    const value = text.slice(lineStart + label[0].length, lineEndAt(text, lineStart)).trim();
    return !organisationsPostalAddress(text, lineStart, value);
  });
}

/** RFC 4517 GeneralizedTime's date part, or the plain yyyymmdd a directory's birth attribute holds. */
const YYYYMMDD = /^(19|20)(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4,6}(?:[.,]\d+)?)?Z?$/;

/** Whether `value` is an eight-digit birth date (yyyymmdd), a calendar day. */
export function yyyymmddDate(value: string): boolean {
  const m = YYYYMMDD.exec(value);
  if (!m) return false;
  const year = Number(m[1] + m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
