import { isValidIBAN, electronicFormatIBAN } from 'ibantools';
import { findPhoneNumbersInText } from 'libphonenumber-js';
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

export const email: Detector = (text) =>
  matches(text, /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}\b/g, () => ({
    type: 'EMAIL_ADDRESS',
    score: 0.95,
  }));

const ORDER_WORDS =
  /(bestell|auftrag|rechnung|order|invoice|artikel|art\.-?nr|kunden-?nr|ticket|version|v\.)\S*\s*(nr\.?|no\.?|nummer|number|#)?\s*:?\s*$/i;
const PHONE_WORDS =
  /\b(tel\.?|telefon\w*|phone|mobil\w*|handy|fax|ruf\w*|anruf\w*|call\w*|erreichbar|reach\w*)(?![\p{L}])/iu;

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
    // Only numbers written as phone numbers (+, 00, 0…) or after a phone word can pass; skip the rest early.
    if (!/^[+(0]/.test(candidate[0]) && !hasContext(text, candidate.index ?? 0, PHONE_WORDS)) continue;
    const from = Math.max(0, (candidate.index ?? 0) - 2);
    const to = Math.min(text.length, (candidate.index ?? 0) + candidate[0].length + 2);
    for (const f of findPhoneNumbersInText(text.slice(from, to), { defaultCountry: 'DE' })) {
      const start = from + f.startsAt;
      const end = from + f.endsAt;
      if (isWrittenPhoneNumber(text, start, end, f.number.isValid()))
        out.push({
          type: 'PHONE_NUMBER',
          start,
          end,
          score: hasContext(text, start, PHONE_WORDS) ? 0.95 : 0.75,
        });
    }
  }
  return out;
};

function isWrittenPhoneNumber(text: string, start: number, end: number, valid: boolean): boolean {
  const raw = text.slice(start, end);
  const digits = raw.replace(/\D/g, '');
  if (!valid || DATE_OR_AMOUNT.test(raw)) return false;
  if (/\d[ -]?$/.test(text.slice(Math.max(0, start - 2), start)) || /^[ -]?\d/.test(text.slice(end, end + 2)))
    return false;
  if (ORDER_WORDS.test(text.slice(Math.max(0, start - 25), start))) return false;
  const written = /^(\+|00)/.test(raw) || (raw.startsWith('0') && digits.length >= 9);
  return written || (hasContext(text, start, PHONE_WORDS) && digits.length >= 6);
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
export const ipAddress: Detector = (text) => [
  ...matches(text, /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g, (m) =>
    isIPv4(m[0]) && !VERSION_WORDS.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
      ? { type: 'IP_ADDRESS', score: 0.85 }
      : undefined,
  ),
  ...matches(text, /(?<![\w:])(?=[0-9A-Fa-f]{0,4}:)(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g, (m) =>
    isIPv6(m[0]) && m[0].length >= 6 ? { type: 'IP_ADDRESS', score: 0.85 } : undefined,
  ),
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

const BIRTH_WORDS = /(geboren|geb\.|geburtsdatum|geburtstag|born|birth|dob|d\.o\.b\.)\s*(am|on|:)?\s*$/i;
const MONTHS =
  'januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez';
/** A date is personal data when it is a date of birth: only dates after birth context words count. */
export const dateOfBirth: Detector = (text) =>
  matches(
    text,
    new RegExp(
      `\\b(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}|\\d{1,2}\\.?\\s(?:${MONTHS})\\.?\\s(?:19|20)\\d{2}|(?:${MONTHS})\\.?\\s\\d{1,2},?\\s(?:19|20)\\d{2})\\b`,
      'gi',
    ),
    (m) =>
      BIRTH_WORDS.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))
        ? { type: 'DATE_OF_BIRTH', score: 0.9 }
        : undefined,
  );

/** Words after which a capitalised word is a name: titles, salutations, roles, contact labels, closings. */
const PERSON_CUES =
  /(?:(?:\b(?:Herr|Herrn|Frau|Hr\.|Fr\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dear|Hallo|Hello|Hi|Liebe[rs]?|Sehr geehrter?|Patient(?:in)?|Mitarbeiter(?:in)?|Kunde|Kundin|Customer|Client|Name|Kontakt|Contact|Ansprechpartner(?:in)?|Signed|Unterschrift|gez\.|[Mm]eeting with|Besprechung mit|Termin mit|Telefonat mit|sprach mit|spoke (?:to|with)|talked to|[Nn]ew hire)\s*:?\s+)|(?:\b(?:Grüßen|Grüße|Gruß|[Rr]egards|Sincerely|Cheers)\s*,?[ \t]*\n\s*))+/gu;
/** Capitalised words a cue can precede that are not names ("Kontakt: Vertrieb", "Customer Service"). */
const NOT_NAMES = new Set(
  'service support team vertrieb abteilung kundenservice hotline sales office büro buero verwaltung personalabteilung empfang reception the der die das ihr ihre your our unser unsere bitte please'.split(
    ' ',
  ),
);
const CAPITALISED = /\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*/uy;

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
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*)(?![\p{L}])/gu,
  )) {
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
