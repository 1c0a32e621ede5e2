import { isValidIBAN, electronicFormatIBAN } from 'ibantools';
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import { isIPv4, isIPv6 } from 'node:net';
import { deSocialSecurityValid, deTaxIdValid, icaoCheckDigit, luhnValid } from './checksums.js';
import type { Entity, EntityType } from './entities.js';
import { FIRST_NAMES } from './first-names.js';

export type Detector = (text: string) => Entity[];

/** Words before a candidate that make it more likely what it looks like. */
function hasContext(text: string, start: number, words: RegExp, window = 40): boolean {
  return words.test(text.slice(Math.max(0, start - window), start));
}

function matches(
  text: string,
  pattern: RegExp,
  accept: (m: RegExpExecArray) => { type: EntityType; score: number; start?: number; end?: number } | undefined,
): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(pattern)) {
    const found = accept(m as RegExpExecArray);
    if (found)
      out.push({
        type: found.type,
        start: found.start ?? m.index ?? 0,
        end: found.end ?? (m.index ?? 0) + m[0].length,
        score: found.score,
      });
  }
  return out;
}

const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}\b/y;

/** E-mail addresses, found from their "@" outwards (scanning every position for a local part is slow on long text). */
export const email: Detector = (text) => {
  const out: Entity[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1])) start--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start < at && domain) out.push({ type: 'EMAIL_ADDRESS', start, end: at + 1 + domain[0].length, score: 0.95 });
  }
  return out;
};

const ORDER_WORDS =
  /(bestell|auftrag|rechnung|order|invoice|artikel|art\.-?nr|kunden-?nr|ticket|version|v\.)\S*\s*(nr\.?|no\.?|nummer|number|#)?\s*:?\s*$/i;
const PHONE_WORDS =
  /\b(tel\.?|telefon\w*|phone|mobil\w*|handy|fax|ruf\w*|anruf\w*|rückruf\w*|zurückrufen|call\w*|erreichbar|reach\w*|ring)(?![\p{L}])/iu;

const DATE_OR_AMOUNT = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$|\d[.,]\d{2}$|^\d{1,3}(\.\d{3})+(,\d+)?$/;

/** Runs of at least six digits with the separators people put in phone numbers: the only places worth asking libphonenumber about. */
const PHONE_CANDIDATE = /\+?\(?\d(?:[ \t()./-]{0,3}\d){5,}/g;

/**
 * Phone numbers as libphonenumber validates them (German default), but only in the forms people
 * write them: international (+49, 0049), or national with a leading 0, or any valid number after a
 * word such as "Tel." or "phone". Dates, amounts, postcodes and digits inside longer numbers
 * (cards, accounts) are not phone numbers. libphonenumber sees only the digit runs (plus a little
 * margin), which keeps the scan fast on long text.
 */
export const phone: Detector = (text) => {
  const out: Entity[] = [];
  for (const candidate of text.matchAll(PHONE_CANDIDATE)) {
    if (!writtenAsPhoneNumber(text, candidate[0], candidate.index ?? 0)) continue;
    const at = candidate.index ?? 0;
    // Most candidates are exactly one number: parsing it is half the cost of searching the text around it.
    const whole = parsePhoneNumberFromString(candidate[0], 'DE');
    const found =
      whole?.isValid() === true
        ? [{ start: at, end: at + candidate[0].length, valid: true }]
        : findPhoneNumbersInText(text.slice(Math.max(0, at - 2), at + candidate[0].length + 2), {
            defaultCountry: 'DE',
          }).map((f) => ({
            start: Math.max(0, at - 2) + f.startsAt,
            end: Math.max(0, at - 2) + f.endsAt,
            valid: f.number.isValid(),
          }));
    for (const { start, end, valid } of found) {
      if (valid && !insideLongerNumber(text, start, end) && writtenAsPhoneNumber(text, text.slice(start, end), start))
        out.push({ type: 'PHONE_NUMBER', start, end, score: hasContext(text, start, PHONE_WORDS) ? 0.95 : 0.75 });
    }
  }
  return out;
};

/**
 * How people write phone numbers: not a date or amount, not after an order or invoice word, and
 * international (+, 00) or national with at least 9 digits, unless a phone word comes before it
 * (then 6 digits do). Checked on candidates before parsing and on what libphonenumber finds.
 */
function writtenAsPhoneNumber(text: string, raw: string, at: number): boolean {
  if (DATE_OR_AMOUNT.test(raw) || ORDER_WORDS.test(text.slice(Math.max(0, at - 25), at))) return false;
  const digits = raw.replace(/\D/g, '').length;
  if (/^(\+|00)/.test(raw) || (/^\(?0/.test(raw) && digits >= 9)) return true;
  return digits >= 6 && hasContext(text, at, PHONE_WORDS);
}

/** Digits right before or after a number mean it is part of a longer one (cards, accounts). */
function insideLongerNumber(text: string, start: number, end: number): boolean {
  return /\d[ -]?$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ -]?\d/.test(text.slice(end, end + 2));
}

export const iban: Detector = (text) =>
  matches(text, /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g, (m) => {
    const compact = electronicFormatIBAN(m[0]);
    return compact && isValidIBAN(compact) ? { type: 'IBAN_CODE', score: 1 } : undefined;
  });

/** Card networks by prefix, with the lengths their numbers have. */
const CARD_NETWORKS: [RegExp, number[]][] = [
  [/^3[47]/, [15]],
  [/^4/, [13, 16, 19]],
  [/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, [16]],
  [/^(6011|65)/, [16, 17, 18, 19]],
  [/^3[068]/, [14, 15, 16, 17, 18, 19]],
];

export const creditCard: Detector = (text) =>
  matches(text, /\b\d(?:[ -]?\d){12,18}\b/g, (m) => {
    const digits = m[0].replace(/[ -]/g, '');
    // Part of a longer account number (an IBAN's tail, digit groups before it) is not a card.
    if (/(\d|[A-Z]{2}\d{2})[ -]$|\+$/.test(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index))) return undefined;
    const network = CARD_NETWORKS.find(([prefix]) => prefix.test(digits));
    return network && network[1].includes(digits.length) && luhnValid(digits)
      ? { type: 'CREDIT_CARD', score: 1 }
      : undefined;
  });

const VERSION_WORDS = /\b(version|v|release|build|ver\.?)\s*$/i;
const HEX_OR_COLON = /[0-9A-Fa-f:]/;
const WORD_CHAR = /\w/;

/** IPv6 addresses, found from their colons outwards: a run of hex digits and colons that Node accepts as IPv6. */
function ipv6(text: string): Entity[] {
  const out: Entity[] = [];
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let start = colon;
    let end = colon + 1;
    while (start > 0 && HEX_OR_COLON.test(text[start - 1])) start--;
    while (end < text.length && HEX_OR_COLON.test(text[end])) end++;
    const run = text.slice(start, end);
    if (
      run.length >= 6 &&
      !(start > 0 && WORD_CHAR.test(text[start - 1])) &&
      !(end < text.length && WORD_CHAR.test(text[end])) &&
      isIPv6(run)
    )
      out.push({ type: 'IP_ADDRESS', start, end, score: 0.85 });
    colon = text.indexOf(':', end);
  }
  return out;
}

export const ipAddress: Detector = (text) => [
  ...matches(text, /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g, (m) =>
    isIPv4(m[0]) && !VERSION_WORDS.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
      ? { type: 'IP_ADDRESS', score: 0.85 }
      : undefined,
  ),
  ...ipv6(text),
];

const TAX_WORDS = /(steuer|identifikationsnummer|idnr|tin|tax)/i;
export const deTaxId: Detector = (text) =>
  matches(text, /\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b/g, (m) =>
    deTaxIdValid(m[0].replace(/ /g, ''))
      ? { type: 'DE_TAX_ID', score: hasContext(text, m.index ?? 0, TAX_WORDS) ? 1 : 0.8 }
      : undefined,
  );

export const deSocialSecurity: Detector = (text) =>
  matches(text, /\b\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d\b/g, (m) =>
    deSocialSecurityValid(m[0]) ? { type: 'DE_SOCIAL_SECURITY', score: 1 } : undefined,
  );

const ID_WORDS = /(ausweis|personalausweis|id card|identity card|id-nr|dokumentennummer)/i;
const PASSPORT_WORDS = /(reisepass|pass-?nr|passnummer|passport)/i;
/** German ID card and passport numbers: 9 characters (no vowels but ones that cannot be confused) and an ICAO check digit. */
export const deIdDocuments: Detector = (text) =>
  matches(text, /\b([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(\d)\b/g, (m) => {
    if (icaoCheckDigit(m[1]) !== Number(m[2]) || !/\d/.test(m[1])) return undefined;
    const passport = /^[CFGHJK]/.test(m[1]);
    const context = hasContext(text, m.index ?? 0, passport ? PASSPORT_WORDS : ID_WORDS);
    return { type: passport ? 'DE_PASSPORT' : 'DE_ID_CARD', score: context ? 1 : 0.7 };
  });

const MONTHS =
  'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez';
const DATE = `\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}|\\d{1,2}\\.?\\s(?:${MONTHS})\\.?\\s(?:19|20)\\d{2}|(?:${MONTHS})\\.?\\s\\d{1,2},?\\s(?:19|20)\\d{2}`;
/** Birth words, then at most "am", "on" or a colon, then the date. */
const DATE_AFTER_BIRTH_WORD = new RegExp(
  `\\b(?:geboren|geb\\.|geburtsdatum|geburtstag|born|birth|dob|d\\.o\\.b\\.)\\s*(?:am|on|:)?\\s*(${DATE})\\b`,
  'dgi',
);

/** A date is personal data when it is a date of birth: only dates right after birth words count. */
export const dateOfBirth: Detector = (text) => {
  const out: Entity[] = [];
  for (const m of text.matchAll(DATE_AFTER_BIRTH_WORD)) {
    const [start, end] = m.indices![1]!;
    out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.9 });
  }
  return out;
};

/** Words after which a capitalised word is a name: titles, salutations, roles, contact labels, closings. */
const PERSON_CUES =
  /(?:(?:\b(?:Herr|Herrn|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dear|Hallo|Hello|Hi|Liebe[rs]?|Sehr geehrter?|Patient(?:in)?|Mitarbeiter(?:in)?|Kunde|Kundin|Customer|Client|Name|Kontakt|Contact|Ansprechpartner(?:in)?|Signed|Unterschrift|gez\.|[Mm]eeting with|Besprechung mit|Termin mit|Telefonat mit|sprach mit|spoke (?:to|with)|talked to|[Nn]ew hire)\s*:?\s+)|(?:\b(?:Grüßen|Grüße|Gruß|[Rr]egards|Sincerely|Cheers)\s*,?[ \t]*\n\s*))+/g;
/** Capitalised words a cue can precede that are not names ("Kontakt: Vertrieb", "Customer Service"). */
const NOT_NAMES = new Set(
  'service support team vertrieb abteilung kundenservice hotline sales office büro buero verwaltung personalabteilung empfang reception the der die das ihr ihre your our unser unsere bitte please'.split(
    ' ',
  ),
);
/** Latin letters (with German, French, Polish, Turkish … accents) without the cost of Unicode property classes. */
const UPPER = 'A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ';
const LOWER = 'a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž';
/** A name: O'Conner, McDonald, Schneider-Weber, D'Angelo as well as plain capitalised words. */
const NAME_WORD = `(?:[${UPPER}]['’])?[${UPPER}][${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:['’-][${UPPER}]?[${LOWER}]+)*`;
const CAPITALISED = new RegExp(NAME_WORD, 'y');
const NAME_PAIR = new RegExp(
  `(?<![${UPPER}${LOWER}])([${UPPER}][${LOWER}]+)[ \\t]+(${NAME_WORD})(?![${UPPER}${LOWER}])`,
  'g',
);

/**
 * Names: capitalised words after a cue (Herr, Frau, Dr., Dear, Patientin …) score high; a known
 * first name followed by a capitalised word scores lower. Sentence-initial words alone never count.
 */
export const person: Detector = (text) => {
  const out: Entity[] = [];
  for (const cue of text.matchAll(PERSON_CUES)) {
    let pos = (cue.index ?? 0) + cue[0].length;
    const start = pos;
    let words = 0;
    for (;;) {
      CAPITALISED.lastIndex = pos;
      const w = CAPITALISED.exec(text);
      if (!w || NOT_NAMES.has(w[0].toLowerCase())) break;
      pos = w.index + w[0].length;
      words++;
      if (text[pos] !== ' ' || words === 3) break;
      pos++;
    }
    if (words > 0) out.push({ type: 'PERSON', start, end: lastWordEnd(text, start, pos), score: 0.9 });
  }
  for (const m of text.matchAll(NAME_PAIR)) {
    if (FIRST_NAMES.has(m[1].toLowerCase()))
      out.push({ type: 'PERSON', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, score: 0.75 });
  }
  return out;
};

function lastWordEnd(text: string, start: number, pos: number): number {
  let end = pos;
  while (end > start && !/[a-zäöüß]/i.test(text[end - 1])) end--;
  return end;
}

export const DETECTORS: Detector[] = [
  email,
  phone,
  iban,
  creditCard,
  ipAddress,
  deTaxId,
  deSocialSecurity,
  deIdDocuments,
  dateOfBirth,
  person,
];
