import type { Entity } from './entities.js';
import { FIELD_SCORE } from './interchange.js';
import { yyyymmddDate } from './ldif-records.js';

/** A person's phone attributes (RFC 4519 telephoneNumber, RFC 4524 mobile and homePhone). */
const PHONE_ATTRIBUTE = /^(?:telephoneNumber|mobile|homePhone|pager)$/i;
const PHONE = /^\+?[\d(][\d ()/.-]{4,24}$/;
/** A birth attribute (birthDate, hrBirthDate, dateOfBirth): its yyyymmdd value (GeneralizedTime's date) is a date of birth. */
const BIRTH_ATTRIBUTE = /birth[-_]?date|dateOfBirth/i;

/**
 * LDIF (RFC 2849) directory exports: `attr: value` lines, a line starting with one blank continues the
 * one before. A base64 value (`attr:: …`) is read decoded (normalize.ts) like any other: a model decodes it at
 * a glance. A person's phone attributes are phones whatever their writing (a number a
 * phone-number plan would not expect is still the one the directory holds).
 * Names (cn, sn, givenName) and postal addresses (homePostalAddress) are read by record-fields.ts.
 */
export function ldifFields(text: string): Entity[] {
  if (!/^dn::? /m.test(text)) return [];
  const personal: Entity[] = [];
  const line = /^([A-Za-z][\w;-]*):(:?)[ \t]*([^\n\r]*)/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const valueStart = m.index + m[0].length - m[3].length;
    let end = m.index + m[0].length;
    // Continuation lines: a line break and one blank.
    while (text[end] === '\n' && text[end + 1] === ' ') {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    if (PHONE_ATTRIBUTE.test(m[1]) && PHONE.test(m[3].trim()))
      personal.push({
        type: 'PHONE_NUMBER',
        start: valueStart,
        end: valueStart + m[3].trim().length,
        score: FIELD_SCORE,
      });
    else if (/^dn$/i.test(m[1])) {
      const name = personsRdn(text, m[3], end);
      if (name) personal.push({ type: 'PERSON', start: valueStart + 3, end: valueStart + 3 + name.length, score: 0.9 });
    } else if (BIRTH_ATTRIBUTE.test(m[1]) && yyyymmddDate(m[3].trim()))
      personal.push({ type: 'DATE_OF_BIRTH', start: valueStart, end: valueStart + m[3].trim().length, score: 1 });
    line.lastIndex = Math.max(line.lastIndex, end);
  }
  return personal;
}

/** A name's words: letters, hyphens, apostrophes and dots, one to five words (a lone letter is no name). */
const NAME_VALUE = /^[\p{L}][\p{L}'’.-]+(?:[ ][\p{L}][\p{L}'’.-]*){0,4}$/u;
/** A person's entry: a person's objectClass, or a surname or given name among its attributes. */
const PERSON_ENTRY =
  /objectClass:[ \t]*(?:inetOrgPerson|person|organizationalPerson|user)\b|\n(?:sn|givenName)::?[ \t]*\S/i;

/**
 * The person's name a `dn:` starts with (RFC 4514 "cn=Given Family,ou=People,…"), when the entry below is a
 * person's; a group's or a service's cn ("cn=Domain Admins") has no surname or person class beside it.
 */
function personsRdn(text: string, value: string, lineEnd: number): string | undefined {
  const rdn = /^cn=([^,+=\\]{1,100}),/i.exec(value);
  if (!rdn || !NAME_VALUE.test(rdn[1])) return undefined;
  const entryEnd = text.indexOf('\n\n', lineEnd);
  const entry = text.slice(
    lineEnd,
    entryEnd < 0 ? Math.min(text.length, lineEnd + 2000) : Math.min(entryEnd, lineEnd + 2000),
  );
  return PERSON_ENTRY.test(entry) ? rdn[1] : undefined;
}
