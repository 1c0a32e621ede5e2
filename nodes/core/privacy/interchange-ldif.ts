import type { Entity } from './entities.js';
import { FIELD_SCORE } from './interchange.js';

/** A person's phone attributes (RFC 4519 telephoneNumber, RFC 4524 mobile and homePhone). */
const PHONE_ATTRIBUTE = /^(?:telephoneNumber|mobile|homePhone|pager)$/i;
const PHONE = /^\+?[\d(][\d ()/.-]{4,24}$/;

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
    line.lastIndex = Math.max(line.lastIndex, end);
  }
  return personal;
}
