import { normalizeForDetection } from '../../nodes/core/privacy/normalize.js';

/**
 * Personal data written to slip past detectors: invisible characters, full-width forms, look-alike
 * letters from other scripts, separators inside numbers, obfuscated e-mail addresses, names
 * without cue words. Every case must stay away from the cloud, or reach it only pseudonymized with
 * none of its values left (see `leakedValues`). Look-alikes that must NOT be flagged are kept
 * apart in ADVERSARIAL_LOOKALIKES.
 */
export interface AdversarialCase {
  id: string;
  lang: 'de' | 'en';
  text: string;
  /** The original values that must never reach the cloud (compared on their significant characters). */
  values: string[];
  evasion: string;
}

/** Ordinary text that only looks like personal data, written evasively too: must stay public. */
export interface LookalikeCase {
  id: string;
  lang: 'de' | 'en';
  text: string;
  evasion: string;
}

/** Valid values (checksums hold) and the words people write before them. */
const VALUES: Record<string, { value: string; numeric: boolean; before: { de: string; en: string } }> = {
  EMAIL_ADDRESS: {
    value: 'max.mustermann@example.de',
    numeric: false,
    before: { de: 'Schreib an', en: 'Write to' },
  },
  PHONE_NUMBER: { value: '0171 2345678', numeric: true, before: { de: 'Rückruf unter', en: 'Call back on' } },
  IBAN_CODE: { value: 'DE89 3704 0044 0532 0130 00', numeric: true, before: { de: 'IBAN', en: 'IBAN' } },
  CREDIT_CARD: { value: '4111 1111 1111 1111', numeric: true, before: { de: 'Karte', en: 'card' } },
  IP_ADDRESS: { value: '203.0.113.7', numeric: false, before: { de: 'Zugriff von', en: 'access from' } },
  DE_TAX_ID: { value: '86 095 742 719', numeric: true, before: { de: 'Steuer-ID', en: 'tax ID' } },
  DE_SOCIAL_SECURITY: {
    value: '65 170839 J 003',
    numeric: true,
    before: { de: 'SV-Nummer', en: 'social security number' },
  },
  DE_ID_CARD: { value: 'T220001293', numeric: true, before: { de: 'Personalausweis', en: 'ID card' } },
  DE_PASSPORT: { value: 'C01X00T478', numeric: true, before: { de: 'Reisepass', en: 'passport' } },
  DATE_OF_BIRTH: { value: '03.04.1985', numeric: false, before: { de: 'geboren am', en: 'born on' } },
  PERSON: { value: 'Jana Okafor', numeric: false, before: { de: 'Frau', en: 'Mrs.' } },
};

const AFTER = { de: 'bitte heute noch prüfen.', en: 'please check it today.' };

/** Inserts `marks` (cycled) after every second character of the value, keeping the first and last characters in place. */
function sprinkle(value: string, marks: string[]): string {
  let out = '';
  let k = 0;
  [...value].forEach((ch, i) => {
    out += ch;
    if (i % 2 === 1 && i < value.length - 1) out += marks[k++ % marks.length];
  });
  return out;
}

const FULL_WIDTH = (value: string) =>
  [...value]
    .map((ch) =>
      ch === ' ' ? '\u3000' : ch > ' ' && ch <= '~' ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch,
    )
    .join('');

/** Latin letters and digits replaced by look-alikes from another script, character for character. */
function lookalikes(latin: string, other: string): (value: string) => string {
  const table = new Map([...latin].map((ch, i) => [ch, [...other][i]]));
  return (value) => [...value].map((ch) => table.get(ch) ?? ch).join('');
}
const CYRILLIC = lookalikes('ABEKMHOPCTXJaeopcxyijs0136', 'АВЕКМНОРСТХЈаеорсхуіјѕОІЗб');
const GREEK = lookalikes('ABEZHIKMNOPTXov01', 'ΑΒΕΖΗΙΚΜΝΟΡΤΧονΟΙ');

/** The value's characters regrouped in threes with a separator between groups ("0171" → "017.1…"). */
function regroup(value: string, sep: string): string {
  const compact = value.replace(/[\s./_()-]/g, '');
  const lead = compact.startsWith('+') ? '+' : '';
  const rest = compact.slice(lead.length);
  return lead + (rest.match(/.{1,3}/g) ?? []).join(sep);
}

/** Evasions that rewrite any value, character by character. */
export const CHARACTER_EVASIONS: Record<string, (value: string) => string> = {
  'zero-width space': (v) => sprinkle(v, ['\u200b']),
  'zero-width (non-)joiners': (v) => sprinkle(v, ['\u200c', '\u200d']),
  'word joiner': (v) => sprinkle(v, ['\u2060']),
  'byte-order mark': (v) => sprinkle(v, ['\ufeff']),
  'soft hyphen': (v) => sprinkle(v, ['\u00ad']),
  'bidi marks': (v) => `\u2066${sprinkle(v, ['\u200e', '\u200f', '\u202a', '\u202c'])}\u2069`,
  'full-width forms': FULL_WIDTH,
  'Cyrillic look-alikes': CYRILLIC,
  'Greek look-alikes': GREEK,
  'full-width and zero-width': (v) => sprinkle(FULL_WIDTH(v), ['\u200b']),
};

/** Evasions for numbers and codes: separators where none belong. */
export const SEPARATOR_EVASIONS: Record<string, (value: string) => string> = {
  'dots inside': (v) => regroup(v, '.'),
  'dashes inside': (v) => regroup(v, '-'),
  'underscores inside': (v) => regroup(v, '_'),
  'slashes inside': (v) => regroup(v, '/'),
  'bullets inside': (v) => regroup(v, ' • '),
  'middle dots inside': (v) => regroup(v, '·'),
  'line breaks inside': (v) => regroup(v, '\n'),
  'several spaces inside': (v) => regroup(v, '   '),
  'no-break spaces inside': (v) => regroup(v, '\u00a0'),
  'thin spaces inside': (v) => regroup(v, '\u2009'),
  'separators and zero-width': (v) => sprinkle(regroup(v, '-'), ['\u200b']),
};

/** Ways to write an e-mail address so that it does not look like one. */
export const EMAIL_EVASIONS: Record<string, (address: string) => string> = {
  'spelled at and dot': (a) => a.replace('@', ' at ').replace(/\./g, ' dot '),
  'bracketed at and dot': (a) => a.replace('@', ' [at] ').replace(/\.(?=[^.]*$)/, ' [dot] '),
  'parenthesised at': (a) => a.replace('@', '(at)'),
  'parenthesised at and dot with spaces': (a) => a.replace('@', ' ( at ) ').replace(/\.(?=[^.]*$)/, ' ( dot ) '),
  'braced at': (a) => a.replace('@', '{at}'),
  'upper-case AT and DOT': (a) => a.replace('@', ' AT ').replace(/\.(?=[^.]*$)/, ' DOT '),
  'German ät and punkt': (a) => a.replace('@', ' ät ').replace(/\./g, ' punkt '),
  'German (ät)': (a) => a.replace('@', '(ät)'),
  'spaced at, real dots': (a) => a.replace('@', ' at '),
  'full-width at sign': (a) => a.replace('@', '＠'),
  'spaces around @': (a) => a.replace('@', ' @ '),
  'zero-width around @': (a) => a.replace('@', '\u200b@\u200b'),
};

function numberOrCodeCases(): AdversarialCase[] {
  const out: AdversarialCase[] = [];
  let n = 0;
  for (const [type, { value, numeric, before }] of Object.entries(VALUES)) {
    const evasions = { ...CHARACTER_EVASIONS, ...(numeric ? SEPARATOR_EVASIONS : {}) };
    for (const [evasion, write] of Object.entries(evasions)) {
      const lang = n++ % 2 === 0 ? 'de' : 'en';
      out.push({
        id: `${type}/${evasion}`,
        lang,
        text: `${before[lang]} ${write(value)}, ${AFTER[lang]}`,
        values: [value],
        evasion,
      });
    }
  }
  return out;
}

function emailCases(): AdversarialCase[] {
  const { value, before } = VALUES.EMAIL_ADDRESS;
  const cases = Object.entries(EMAIL_EVASIONS).map(([evasion, write], i): AdversarialCase => {
    const lang = i % 2 === 0 ? 'de' : 'en';
    return {
      id: `EMAIL_ADDRESS/${evasion}`,
      lang,
      text: `${before[lang]} ${write(value)}, ${AFTER[lang]}`,
      values: [value],
      evasion,
    };
  });
  return [
    ...cases,
    {
      id: 'EMAIL_ADDRESS/internationalised domain',
      lang: 'de',
      text: 'Bitte an jürgen@müller-bau.de weiterleiten.',
      values: ['jürgen@müller-bau.de'],
      evasion: 'internationalised domain',
    },
    {
      id: 'EMAIL_ADDRESS/punycode domain',
      lang: 'en',
      text: 'Forward it to juergen@xn--mller-bau-q9a.de today.',
      values: ['juergen@xn--mller-bau-q9a.de'],
      evasion: 'punycode domain',
    },
    {
      id: 'EMAIL_ADDRESS/unicode local part',
      lang: 'de',
      text: 'Kontaktadresse: zoë.çelik@example.org',
      values: ['zoë.çelik@example.org'],
      evasion: 'internationalised local part',
    },
  ];
}

/** Names without cue words, plain and evasive. */
const NAME_CASES: [string, 'de' | 'en', string, string[]][] = [
  ['first name and surname, no cue', 'en', 'Jana Okafor called about the delivery.', ['Jana Okafor']],
  ['first name and surname, no cue', 'de', 'Gestern hat Jana Okafor angerufen.', ['Jana Okafor']],
  ['name after a sentence-initial word', 'de', 'Heute Jana Okafor zurückrufen.', ['Jana Okafor']],
  ['Surname, Given name', 'en', 'Okafor, Jana asked for the report.', ['Okafor', 'Jana']],
  ['Surname, Given name', 'de', 'Bewerbung: Schneider-Weber, Paul', ['Schneider-Weber', 'Paul']],
  ['sign-off after thanks', 'en', 'See you there.\nThanks,\nJana Okafor', ['Jana Okafor']],
  ['sign-off after Grüße', 'de', 'Bis morgen.\nViele Grüße\nJana Okafor', ['Jana Okafor']],
  ['sign-off after LG', 'de', 'Passt so.\nLG\nJana', ['Jana']],
  ['thanks and a first name', 'en', 'Thanks, Jana, that helps.', ['Jana']],
  ['greeting and a first name', 'en', 'Hi Jana, can you check it?', ['Jana']],
  ['greeting and a first name', 'de', 'Moin Jana, passt das?', ['Jana']],
  ['zero-width inside a name', 'en', 'Ja\u200bna Oka\u200bfor called about the delivery.', ['Jana Okafor']],
  ['Cyrillic look-alikes in a name', 'de', 'Gestern hat Jаnа Okаfor angerufen.', ['Jana Okafor']],
  ['full-width name', 'en', 'Ｊａｎａ Ｏｋａｆｏｒ called about the delivery.', ['Jana Okafor']],
  ['soft hyphens in a name after a cue', 'de', 'Sehr geehrte Frau Oka\u00adfor, danke.', ['Okafor']],
];

/** Hand-written cases the attacker's probes used, and mixtures. */
const HAND_CASES: AdversarialCase[] = [
  {
    id: 'phone/zero-width inside',
    lang: 'de',
    text: 'Ruf mich an: 0171\u200b2345678',
    values: ['0171 2345678'],
    evasion: 'zero-width space inside',
  },
  {
    id: 'iban/Cyrillic E in the country code',
    lang: 'de',
    text: 'Überweisung auf DЕ89370400440532013000 bitte.',
    values: ['DE89370400440532013000'],
    evasion: 'Cyrillic look-alike',
  },
  {
    id: 'iban/lower case',
    lang: 'en',
    text: 'pay to de89 3704 0044 0532 0130 00 please',
    values: ['DE89370400440532013000'],
    evasion: 'lower case',
  },
  {
    id: 'iban/lower case, no spaces',
    lang: 'de',
    text: 'konto de89370400440532013000 danke',
    values: ['DE89370400440532013000'],
    evasion: 'lower case',
  },
  {
    id: 'iban/GB with dots',
    lang: 'en',
    text: 'Account GB82.WEST.1234.5698.7654.32 for the refund.',
    values: ['GB82WEST12345698765432'],
    evasion: 'dots inside',
  },
  {
    id: 'card/spaced by line breaks',
    lang: 'en',
    text: 'my card is\n4111\n1111\n1111\n1111\nthanks',
    values: ['4111111111111111'],
    evasion: 'line breaks inside',
  },
  {
    id: 'phone/international full-width',
    lang: 'en',
    text: 'Ring me on ＋４４ ２０ ７９４６ ０９５８ tonight.',
    values: ['+44 20 7946 0958'],
    evasion: 'full-width forms',
  },
  {
    id: 'phone/Arabic-Indic digits',
    lang: 'en',
    text: 'Call ٠١٧١ ٢٣٤٥٦٧٨ after lunch.',
    values: ['0171 2345678'],
    evasion: 'digits of another script',
  },
  {
    id: 'several values/mixed evasions',
    lang: 'de',
    text: 'Frau Jаna Okafor, Tel. 0171\u2060234\u00ad5678, IBAN de89-3704-0044-0532-0130-00, Mail jana(at)example(dot)com',
    values: ['Jana Okafor', '0171 2345678', 'DE89370400440532013000', 'jana@example.com'],
    evasion: 'mixed',
  },
  {
    id: 'tax id/superscript digits',
    lang: 'de',
    text: 'Steuer-ID ⁸⁶⁰⁹⁵⁷⁴²⁷¹⁹ liegt vor.',
    values: ['86095742719'],
    evasion: 'superscript digits',
  },
];

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  ...numberOrCodeCases(),
  ...emailCases(),
  ...NAME_CASES.map(([evasion, lang, text, values], i) => ({
    id: `PERSON/${evasion}/${i}`,
    lang,
    text,
    values,
    evasion,
  })),
  ...HAND_CASES,
];

/** Must be rated public: order numbers, versions, prices, prose with "at", evasively written too. */
export const ADVERSARIAL_LOOKALIKES: LookalikeCase[] = [
  ['de', 'Bestellnummer 4711\u200b-0815 wurde versandt.', 'zero-width in an order number'],
  ['en', 'Update to version １.２.３.４ today.', 'full-width version'],
  ['de', 'Der Preis beträgt 1.299,00\u00a0EUR netto.', 'no-break space in a price'],
  ['en', 'Visit us at example.com for the docs.', 'prose with at and a website'],
  ['en', 'We meet at noon at the office.', 'prose with at'],
  ['en', 'The results are available at www.example.org today.', 'website after at'],
  ['de', 'Lie\u00adferung am 03.04.2024 um 10:30 Uhr.', 'soft hyphen in a word, plain date'],
  ['de', 'Die Zertifizierung nach ISO 27001 und DIN EN 1090 ist erfolgt.', 'standards numbers'],
  ['en', 'Heute Morgen the team shipped release 2.14.0.', 'sentence-initial capitals'],
  ['de', 'Grüne Energie wächst, Berlin Mitte auch.', 'capitalised nouns'],
  ['en', 'Order no. 20240315 shipped on 2024-03-15.', 'order number and date'],
  ['de', 'Artikel-Nr. 100\u2009200\u2009300 ist vorrätig.', 'thin spaces in an article number'],
  ['en', 'Total: 12 345 678 views in Q3.', 'grouped views count'],
  ['de', 'Raum B-204, Gebäude Ｃ, 3. Stock.', 'room number, full-width letter'],
  ['en', 'Kind regards,\nThe Support Team', 'team sign-off'],
  ['de', 'Mit freundlichen Grüßen\nIhr Kundenservice', 'service sign-off'],
  ['en', 'Thanks, everyone, for joining.', 'thanks without a name'],
  ['de', 'Projekt В-Ｂ läuft, Version ２.０.', 'look-alike letters in a code'],
].map(([lang, text, evasion], i) => ({ id: `lookalike/${i}`, lang: lang as 'de' | 'en', text, evasion }));

/** The normalised, case-folded view of a text, spelled-out "at" and "dot" removed. */
function folded(text: string): string {
  return normalizeForDetection(text)
    .text.toLowerCase()
    .replace(/[[({<]\s*(?:at|ät|dot|punkt)\s*[\])}>]|(?<![\p{L}])(?:at|ät|dot|punkt)(?![\p{L}])/gu, ' ');
}

/** For numbers and codes, o, i and l read as 0, 1 and 1 too (a value with letter O for zero is still the value). */
const asDigits = (s: string) => s.replace(/o/g, '0').replace(/[il]/g, '1');

/** Letters and digits only; placeholders' brackets kept as boundaries. */
const compact = (s: string) => s.replace(/[^\p{L}\p{N}<>]/gu, '');

/**
 * Which of the case's values appear in text a cloud model received, compared on a normalised,
 * separator-free, case-folded view: for numbers and codes the whole value or any run of four of
 * its digits ("0171\u200b<PHONE_NUMBER_1>" leaks "0171"); for e-mail addresses the address or its
 * local part; for names the whole name or any of its words of three letters or more.
 */
export function leakedValues(received: string, c: Pick<AdversarialCase, 'values'>): string[] {
  const seen = folded(received);
  const seenCode = compact(asDigits(seen));
  const digitRuns = seenCode.match(/\d{4,}/g) ?? [];
  const words = new Set(seen.split(/[^\p{L}]+/u));
  return c.values.filter((value) => {
    const v = folded(value);
    if (value.includes('@')) return compact(seen).includes(compact(v.split('@')[0]));
    const digits = v.replace(/\D/g, '');
    if (digits.length >= 4) {
      if (seenCode.includes(compact(asDigits(v)))) return true;
      for (let i = 0; i + 4 <= digits.length; i++)
        if (digitRuns.some((run) => run.includes(digits.slice(i, i + 4)))) return true;
      return false;
    }
    const nameWords = v.split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
    return nameWords.some((w) => words.has(w)) || (nameWords.length > 1 && compact(seen).includes(compact(v)));
  });
}
