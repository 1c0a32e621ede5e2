import type { Entity } from './entities.js';

/**
 * Names and phone numbers in URL-encoded form bodies and query strings, where the key says what the
 * value is ("first_name=Boitumelo&last_name=Masire", "holder_family=Zvobgo", "msisdn=491564129102"):
 * the view has decoded the percent escapes and "+" blanks (decode-escapes.ts), but a form's pairs have
 * no colon or line of their own for the label readers (names.ts) to see. A value is read only after a
 * key that opens a pair ("&", "?" or the line's start before it) and must look like a name or a number.
 *
 * Cost: a text without "&" is not read; otherwise one indexOf per "=", and the key before it read back.
 */

/** Keys of a person's name, compared in lower case without "_", "-" and ".". */
const NAME_KEYS = new Set([
  'firstname',
  'lastname',
  'givenname',
  'familyname',
  'surname',
  'fullname',
  'middlename',
  'maidenname',
  'vorname',
  'nachname',
  'familienname',
  'holdername',
  'holdergiven',
  'holderfamily',
  'cardholder',
  'cardholdername',
  'accountholder',
  'customername',
  'billingname',
  'shippingname',
  'contactname',
  'recipientname',
  'fname',
  'lname',
]);
/** Keys of a phone number: "msisdn" is the number a mobile network knows a subscriber by. */
const PHONE_KEYS = new Set([
  'msisdn',
  'phone',
  'phonenumber',
  'tel',
  'telephone',
  'telefon',
  'mobile',
  'mobilenumber',
  'handy',
  'cell',
]);
/** A name value: one to four words of letters, no digits. */
const NAME_VALUE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** A phone value: an optional "+", then 8 to 15 digits, blanks, "-", "/" or brackets between them. */
const PHONE_VALUE = /^\+?(?:[ \t\-/()]?\d){8,15}$/;
const MAX_KEY = 40;
const MAX_VALUE = 80;

export const formPairs = (text: string): Entity[] => {
  const out: Entity[] = [];
  if (text.indexOf('&') === -1) return out;
  for (let eq = text.indexOf('='); eq !== -1; eq = text.indexOf('=', eq + 1)) {
    let keyStart = eq;
    while (keyStart > 0 && eq - keyStart < MAX_KEY && isKeyCode(text.charCodeAt(keyStart - 1))) keyStart--;
    if (keyStart === eq) continue;
    const opener = text.charCodeAt(keyStart - 1);
    // "&" or "?" before the key, or the line's start: a form's pair, not "x = 3" in prose or code.
    if (keyStart > 0 && opener !== 38 && opener !== 63 && opener !== 10) continue;
    const key = text.slice(keyStart, eq).toLowerCase().replace(/[_.-]/g, '');
    const kind = NAME_KEYS.has(key) ? 'PERSON' : PHONE_KEYS.has(key) ? 'PHONE_NUMBER' : undefined;
    if (!kind) continue;
    const valueStart = eq + 1;
    let valueEnd = valueStart;
    while (valueEnd < text.length && valueEnd - valueStart <= MAX_VALUE && !endsValue(text.charCodeAt(valueEnd)))
      valueEnd++;
    while (valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
    const value = text.slice(valueStart, valueEnd);
    if (value.length > MAX_VALUE) continue;
    if (kind === 'PERSON' ? NAME_VALUE.test(value) : PHONE_VALUE.test(value))
      out.push({ type: kind, start: valueStart, end: valueEnd, score: 0.9 });
  }
  return out;
};

/** A key's characters: ASCII letters, digits, "_", "-", ".". */
function isKeyCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}
/** Where a pair's value ends: "&", a line break, a carriage return. */
const endsValue = (c: number) => c === 38 || c === 10 || c === 13;
