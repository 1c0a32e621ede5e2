import type { Entity } from './entities.js';
import { plausibleName, wordLike } from './names.js';
import { isGivenName } from './name-list.js';
import { isNameParticle, PARTICLE_ALTERNATION } from './name-particles.js';
import { addressOverLines, personalAddressKey } from './multi-line-addresses.js';

/**
 * Names and phone numbers in key=value pairs, where the key says what the value is: URL-encoded form
 * bodies and query strings ("first_name=Boitumelo&last_name=Masire", "holder_family=Zvobgo",
 * "msisdn=491564129102"), log lines in key=value form (`event=login customer_name="Ilse Brandauer"
 * client_ip=…`) and INI or properties files ("[Mitarbeiter_12]\nName=Ilse Brandauer"). The view has decoded
 * the percent escapes and "+" blanks (decode-escapes.ts), but such pairs have no colon or line of their own
 * for the label readers (names.ts) to see. A value is read only after a key that opens a pair ("&" or "?"
 * in a text with "&", a blank or the line's start before it), may be quoted, and must look like a name or
 * a number. The bare key "name" is read only at a line's start, and also names services and files there
 * ("Name=Firefox Web Browser"): its value must read as a person's name (plausibleName).
 *
 * Cost: one step of a global regular expression per "=", and the key before it read back.
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
  'vornamen',
  'nachname',
  'givennames',
  'firstnames',
  'forename',
  'forenames',
  // An honorary consul booked by name ("/honorary/appointments?consul=Akinyiotieno+Owinoayany"): a person.
  'consul',
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
  'username',
  'realname',
  'patientname',
  'employeename',
  'membername',
  'clientname',
  'ownername',
  'authorname',
]);
/** Whether a pair's key names a person's name field ("first_name", "Customer-Name"), compared as NAME_KEYS are. */
export const isNameKey = (key: string) => NAME_KEYS.has(key.toLowerCase().replace(/[_.-]/g, ''));
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
/** Whether a pair's key names a phone number ("phone", "Mobile-Number"), compared as NAME_KEYS are. */
export const isPhoneKey = (key: string) => PHONE_KEYS.has(key.toLowerCase().replace(/[_.-]/g, ''));
/** A name value: one to four capitalised words of letters, no digits; particles between them ("Ana dos Santos"). */
const NAME_VALUE = new RegExp(
  `^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+(?:(?:${PARTICLE_ALTERNATION})[ \\t]+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}$`,
  'u',
);
/** A surname first and its comma ("Brandauer,Ilse", "Brandauer, Ilse"), read as the name's words. */
const SURNAME_COMMA = /^(\p{Lu}[\p{L}\p{M}'’.-]*),[ \t]*(?=\p{Lu})/u;
/** The capitalised words of a name value (its particles left out), as plausibleName reads them. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
/** A phone value: an optional "+", then 8 to 15 digits, blanks, "-", "/" or brackets between them. */
export const PHONE_VALUE = /^\+?(?:[ \t\-/()]?\d){8,15}$/;
const MAX_KEY = 40;
const EQUALS = /=/g;
const MAX_VALUE = 80;

/** A phone number's characters: digits, blanks, "+", "-", "/", brackets. */
const isPhoneMarkCode = (c: number) =>
  (c >= 48 && c <= 57) || c === 32 || c === 43 || c === 45 || c === 47 || c === 40 || c === 41;

export const formPairs = (text: string): Entity[] => {
  const out: Entity[] = [];
  const form = text.indexOf('&') !== -1;
  // A global regular expression, not an indexOf loop: V8's optimised code for `indexOf('=', from)` took
  // time in proportion to the text at each call on some texts (800 KB of ';CN="' took 3 s, not 10 ms).
  EQUALS.lastIndex = 0;
  for (let m = EQUALS.exec(text); m !== null; m = EQUALS.exec(text)) {
    const eq = m.index;
    let keyStart = eq;
    while (keyStart > 0 && eq - keyStart < MAX_KEY && isKeyCode(text.charCodeAt(keyStart - 1))) keyStart--;
    if (keyStart === eq) continue;
    const opener = text.charCodeAt(keyStart - 1);
    // The line's start, a blank (a log's next pair), or "&" and "?" in a form: not "x==3" or "a.b=c" in code.
    const blank = opener === 32 || opener === 9;
    // "?" opens a query string's first pair, in a form or not ("> POST /appointments?consul=Ana+Lima HTTP/2").
    const query = opener === 63 && keyStart > 1 && !isBlankOrEnd(text.charCodeAt(keyStart - 2));
    // A quote opens a form body written as a string: a HAR's `"text": "lastname=…&…"`, curl's `--data-raw 'a=…&…'`
    // (read only when the value ends at the next pair's "&", below).
    const quoted = form && (opener === 34 || opener === 39);
    if (
      keyStart > 0 &&
      opener !== 10 &&
      opener !== 13 &&
      !blank &&
      !query &&
      !quoted &&
      !(form && (opener === 38 || opener === 63))
    )
      continue;
    const rawKey = text.slice(keyStart, eq);
    const key = rawKey.toLowerCase().replace(/[_.-]/g, '');
    // The bare key only at a line's start (an INI or properties file): in a log line it names a job or a process.
    // In a log line, a quoted bare "name" holding two name words or more (`name="Ana Lima"` of a payment's log
    // line) is read too, as plausibleName judges it: "name=worker-3" and `name="nginx"` stay a job's.
    const quotedName = key === 'name' && blank && (text.charCodeAt(eq + 1) === 34 || text.charCodeAt(eq + 1) === 39);
    const bareName = key === 'name' && (!blank || quotedName);
    const kind =
      NAME_KEYS.has(key) || bareName
        ? 'PERSON'
        : PHONE_KEYS.has(key)
          ? 'PHONE_NUMBER'
          : form && personalAddressKey(rawKey)
            ? 'POSTAL_ADDRESS'
            : undefined;
    if (!kind) continue;
    let valueStart = eq + 1;
    let valueEnd: number;
    const quote = text.charCodeAt(valueStart);
    if (quote === 34 || quote === 39) {
      // A quoted value (a log's `customer_name="Ilse Brandauer"`): up to the closing mark on the line.
      valueStart++;
      valueEnd = valueStart;
      while (valueEnd < text.length && valueEnd - valueStart <= MAX_VALUE && text.charCodeAt(valueEnd) !== quote) {
        if (text.charCodeAt(valueEnd) === 10) break;
        valueEnd++;
      }
      if (text.charCodeAt(valueEnd) !== quote) continue;
    } else {
      valueEnd = valueStart;
      while (valueEnd < text.length && valueEnd - valueStart <= MAX_VALUE && !endsValue(text.charCodeAt(valueEnd)))
        valueEnd++;
      if (quoted && text.charCodeAt(valueEnd) !== 38) continue;
      // An address in a form ends where its string does (`…&buerge_anschrift=Kloof Street 122, Cape Town 8005"`).
      if (kind === 'POSTAL_ADDRESS') {
        const close = text.slice(valueStart, valueEnd).search(/["']/);
        if (close >= 0) valueEnd = valueStart + close;
      }
      // After a blank, or with a next `key=` on the line, the pairs of a log line follow each other: an
      // unquoted value is its first word and the name's words after it (see logNameEnd). So is a query string's
      // value outside a form, before the request line's " HTTP/2".
      // A phone number in a log line runs over its blanks (`tel=+45 16 12 38 06 from …`): its digits and marks.
      else if (kind === 'PHONE_NUMBER' && blank) {
        valueEnd = valueStart;
        while (valueEnd - valueStart <= 24 && isPhoneMarkCode(text.charCodeAt(valueEnd))) valueEnd++;
      } else if (blank || (query && !form) || NEXT_KEY.test(text.slice(valueStart, valueEnd)))
        valueEnd = logNameEnd(text, valueStart);
    }
    while (valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
    const value = text.slice(valueStart, valueEnd);
    if (value.length > MAX_VALUE) continue;
    const accepted =
      kind === 'PHONE_NUMBER'
        ? PHONE_VALUE.test(value)
        : kind === 'POSTAL_ADDRESS'
          ? addressOverLines([value])
          : NAME_VALUE.test(value.replace(SURNAME_COMMA, '$1 ')) &&
            (!quotedName || /\s/.test(value)) &&
            (!bareName || plausibleName({ end: 0, tokens: value.match(CAPITALISED_WORD) ?? [] }));
    // Ordinary words alone ("Guest", "Guest User", "Test Account"): an account's placeholder, nobody's name.
    if (accepted && kind === 'PERSON' && onlyOrdinaryWords(value)) continue;
    if (accepted) out.push({ type: kind, start: valueStart, end: valueEnd, score: 0.9 });
  }
  if (form) indexedFieldBirthDates(text, out);
  return out;
};

/**
 * A form's numbered free fields (`fields[0].content=26.06.1987`, an appointment portal's "Geburtsdatum" field sent
 * without its label): a full date there is a date of birth when the same line's form also carries the person's
 * name under a name key (`lastname=…&firstname=…`) and the date lies at least two years back. An appointment's
 * date under `date=`/`termin=` is no numbered field; a date this year or last is a booking's, not a birth's; a
 * numbered field in a form without a name key is left alone.
 */
const INDEXED_FIELD_DATE =
  /(?<=^|[&?"'\s])(?:fields?|custom_?fields?|custom)\[\d{1,2}\](?:\.(?:content|value))?=(\d{1,2}\.\d{1,2}\.(\d{4})|(\d{4})-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/(\d{4}))(?=$|[&"'\s])/gim;
/** A pair's key after a pair's opener on a line. */
const LINE_KEY = /(?:^|[&?"'\s])([A-Za-z0-9_.-]{1,40})=/g;
/** A numbered free field's key right before a value: `fields[1].content=`. */
const INDEXED_FIELD_BEFORE = /(?:^|[&?"'\s])(?:fields?|custom_?fields?|custom)\[\d{1,2}\](?:\.(?:content|value))?=$/i;

/** Whether the line around `at` carries a form's name key (`lastname=`, `vornamen=`). */
function lineHasNameKey(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const nextBreak = text.indexOf('\n', at);
  const line = text.slice(lineStart, nextBreak < 0 ? text.length : nextBreak);
  return [...line.matchAll(LINE_KEY)].some((k) => isNameKey(k[1]));
}

/**
 * Whether the value at `start` fills a numbered free field of a form that names its person (`lastname=…&…&
 * fields[1].content=HYMZYLXCL9`): an appointment portal's passport number sent without its label. The ID document
 * reader takes this as the document word a number of nine letters and a check digit otherwise needs; the check digit
 * is still read there.
 */
export function inPersonFormField(text: string, start: number): boolean {
  return INDEXED_FIELD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && lineHasNameKey(text, start);
}

const OLDEST_BIRTH_YEARS = 120;
const YOUNGEST_BIRTH_YEARS = 2;

function indexedFieldBirthDates(text: string, out: Entity[]): void {
  if (!text.includes('[')) return;
  const thisYear = new Date().getFullYear();
  INDEXED_FIELD_DATE.lastIndex = 0;
  for (let m = INDEXED_FIELD_DATE.exec(text); m !== null; m = INDEXED_FIELD_DATE.exec(text)) {
    const year = Number(m[2] ?? m[3] ?? m[4]);
    if (year > thisYear - YOUNGEST_BIRTH_YEARS || year < thisYear - OLDEST_BIRTH_YEARS) continue;
    if (!lineHasNameKey(text, m.index)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[1].length, score: 0.9 });
  }
}

/** Whether every word of a name value is an ordinary word and none a listed given name ("Guest User"; not "Rose Winter"). */
function onlyOrdinaryWords(value: string): boolean {
  const words = value.match(CAPITALISED_WORD) ?? [];
  return words.length > 0 && words.every((w) => wordLike(w) && !isGivenName(w));
}

/** A next pair on the line: a blank, then a key and "=". */
const NEXT_KEY = /[ \t][A-Za-z0-9_.-]{1,40}=/;
/** A capitalised word of a name: letters, hyphens, apostrophes, dots; no "=" (the next key), no digit. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** How many words may follow a log value's first word (a name has rarely more than four). */
const MAX_MORE_WORDS = 3;

/**
 * Where an unquoted value of a log line ends (`customer_name=Ilse Brandauer client_ip=10.0.0.1`): its first
 * word, then up to three capitalised words or particles, stopping at the next `key=` and at any word that is
 * no name's (lower case, digits, an ordinary word such as "Login", capitals after a capitalised word: "GET").
 * Cut after its first word, the surname went to the cloud under pseudonymization.
 */
function logNameEnd(text: string, from: number): number {
  const wordEnd = (at: number) => {
    let i = at;
    while (i < text.length && i - from <= MAX_VALUE && !isBlankOrEnd(text.charCodeAt(i))) i++;
    return i;
  };
  let end = wordEnd(from);
  const first = text.slice(from, end);
  const capitals = first.length > 1 && first === first.toUpperCase();
  // "Brandauer, Ilse": a surname first keeps its comma; a comma after a later word ends the name.
  let commaEnds = !first.endsWith(',');
  if (first.endsWith(',') && first.length > 1) end--;
  let at = end + (commaEnds ? 0 : 1);
  for (let k = 0; k < MAX_MORE_WORDS; k++) {
    let next = at;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    if (next === at) break;
    let nextEnd = wordEnd(next);
    const comma = text.charCodeAt(nextEnd - 1) === 44;
    if (comma) nextEnd--;
    const word = text.slice(next, nextEnd);
    // A particle is taken only with a capitalised word after it: `end` moves on at name words alone.
    if (!isNameParticle(word)) {
      // A name's word: capitalised, all in capitals only when the first word is ("ILSE BRANDAUER"); an ordinary
      // word ("Winter", "Sommer") only where the value ends right after it: the next key, a comma, the line's end.
      const shout = word.length > 1 && word === word.toUpperCase();
      if (!NAME_WORD.test(word) || shout !== capitals) break;
      if (wordLike(word.replace(/[.'’-]+$/, '')) && !comma && !valueEndsAfter(text, nextEnd)) break;
      end = nextEnd;
      if (comma && commaEnds) break;
      commaEnds = true;
    }
    at = nextEnd + (comma ? 1 : 0);
  }
  return end;
}

/** Whether a log value ends at `at`: the line's or value's end, or blanks and the next `key=`. */
function valueEndsAfter(text: string, at: number): boolean {
  if (at >= text.length || endsValue(text.charCodeAt(at))) return true;
  return KEY_AHEAD.test(text.slice(at, at + MAX_KEY + 3));
}
const KEY_AHEAD = /^[ \t]+[A-Za-z0-9_.-]{1,40}=/;

/** A key's characters: ASCII letters, digits, "_", "-", ".". */
export function isKeyCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/** A key as the words of a label: "firstName", "first_name", "first-name", "contact.name" → "first name". */
export const keyAsLabel = (key: string) =>
  key
    .replace(/([a-zà-ÿ0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
/** Where a pair's value ends: "&", a line break, a carriage return. */
const endsValue = (c: number) => c === 38 || c === 10 || c === 13;
/** Where a word of a log value ends: a blank, or where the value ends. */
const isBlankOrEnd = (c: number) => c === 32 || c === 9 || endsValue(c);
