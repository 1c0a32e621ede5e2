import { fakerDE, fakerEN, type Faker } from '@faker-js/faker';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { deSocialSecurityValid, deTaxIdValid, icaoCheckDigit, luhnValid } from '../../nodes/core/privacy/checksums.js';
import type { EntityType } from '../../nodes/core/privacy/entities.js';
import { MONTHS_DE, MONTHS_EN } from './month-names.js';

/** A labelled span: what a careful human would mark as personal data (cue words such as "Frau" excluded). */
export interface GoldEntity {
  type: EntityType;
  start: number;
  end: number;
}

export interface LabelledText {
  lang: 'de' | 'en';
  template: number;
  text: string;
  entities: GoldEntity[];
}

type Generator = (f: Faker) => string;

const digits = (f: Faker, n: number) => f.string.numeric({ length: n, allowLeadingZeros: true });

/** The check digit a validator accepts, found by trying all ten (generators never re-implement checksums). */
function completeCheckDigit(body: string, valid: (candidate: string) => boolean): string | undefined {
  for (let d = 0; d <= 9; d++) if (valid(body + d)) return body + d;
  return undefined;
}

function taxId(f: Faker): string {
  for (;;) {
    // Ten digits in which exactly one digit repeats (twice or three times), first digit not 0.
    const pool = f.helpers.shuffle([...'0123456789']);
    const repeats = f.helpers.arrayElement([2, 3]);
    const chosen = pool.slice(0, 11 - repeats);
    const body = f.helpers.shuffle([...chosen, ...Array<string>(repeats - 1).fill(chosen[0])]).join('');
    const id = body[0] === '0' ? undefined : completeCheckDigit(body, deTaxIdValid);
    if (id) return f.datatype.boolean() ? id : `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`;
  }
}

function socialSecurity(f: Faker): string {
  for (;;) {
    const born = f.date.birthdate();
    const ddmmyy = `${String(born.getDate()).padStart(2, '0')}${String(born.getMonth() + 1).padStart(2, '0')}${String(born.getFullYear() % 100).padStart(2, '0')}`;
    const area = f.helpers.arrayElement(['02', '04', '08', '09', '10', '12', '13', '15', '16', '17', '18', '19', '65']);
    const letter = f.string.alpha({ length: 1, casing: 'upper' });
    const body = `${area}${ddmmyy}${letter}${digits(f, 2)}`;
    const id = completeCheckDigit(body, deSocialSecurityValid);
    if (id) return f.datatype.boolean() ? id : `${id.slice(0, 2)} ${id.slice(2, 8)} ${id.slice(8, 9)} ${id.slice(9)}`;
  }
}

const ID_ALPHABET = [...'CFGHJKLMNPRTVWXYZ0123456789'];
function idDocument(f: Faker, first: string[]): string {
  for (;;) {
    const body =
      f.helpers.arrayElement(first) +
      f.helpers.multiple(() => f.helpers.arrayElement(ID_ALPHABET), { count: 8 }).join('');
    if (/\d/.test(body)) return body + icaoCheckDigit(body);
  }
}

const CARD_PREFIXES: [string, number][] = [
  ['4', 16],
  ['51', 16],
  ['55', 16],
  ['2221', 16],
  ['34', 15],
  ['37', 15],
  ['6011', 16],
];
function creditCard(f: Faker): string {
  const [prefix, length] = f.helpers.arrayElement(CARD_PREFIXES);
  const number = completeCheckDigit(prefix + digits(f, length - prefix.length - 1), luhnValid) ?? '';
  const style = f.number.int(2);
  if (style === 0) return number;
  const sep = style === 1 ? ' ' : '-';
  return length === 15
    ? `${number.slice(0, 4)}${sep}${number.slice(4, 10)}${sep}${number.slice(10)}`
    : number.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

const DE_AREAS = ['30', '40', '89', '69', '221', '711', '211', '351', '341', '511', '421', '911', '228', '761'];
const DE_MOBILE = [
  '151',
  '152',
  '157',
  '160',
  '162',
  '163',
  '170',
  '171',
  '172',
  '173',
  '175',
  '176',
  '177',
  '178',
  '179',
];
/** Real-looking numbers in the forms people write; only numbers the numbering plans allow. */
function phone(f: Faker, lang: 'de' | 'en'): string {
  for (;;) {
    let written: string;
    if (lang === 'en' && f.datatype.boolean()) {
      written = f.helpers.arrayElement([
        `+44 20 ${digits(f, 4)} ${digits(f, 4)}`,
        `+44 7${f.helpers.arrayElement(['400', '700', '911'])} ${digits(f, 6)}`,
        `+1 ${f.helpers.arrayElement(['212', '415', '617', '312'])}-${f.number.int({ min: 201, max: 989 })}-${digits(f, 4)}`,
        `+1 (${f.helpers.arrayElement(['646', '206', '303'])}) ${f.number.int({ min: 201, max: 989 })}-${digits(f, 4)}`,
      ]);
    } else {
      const mobile = f.datatype.boolean();
      const prefix = mobile ? f.helpers.arrayElement(DE_MOBILE) : f.helpers.arrayElement(DE_AREAS);
      const rest = mobile
        ? digits(f, f.helpers.arrayElement([7, 8]))
        : `${f.number.int({ min: 2, max: 9 })}${digits(f, f.number.int({ min: 4, max: 6 }))}`;
      written = f.helpers.arrayElement([
        `0${prefix} ${rest}`,
        `0${prefix}/${rest}`,
        `0${prefix}-${rest}`,
        `+49 ${prefix} ${rest}`,
        `+49 (0)${prefix} ${rest}`,
        `0049 ${prefix} ${rest}`,
        `+49${prefix}${rest}`,
      ]);
    }
    if (isValidPhoneNumber(written, 'DE')) return written;
  }
}

const MONTHS = { de: MONTHS_DE, en: MONTHS_EN };
function date(f: Faker, lang: 'de' | 'en', d: Date): string {
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const y = d.getFullYear();
  return lang === 'de'
    ? f.helpers.arrayElement([
        `${dd}.${mm}.${y}`,
        `${d.getDate()}. ${MONTHS.de[d.getMonth()]} ${y}`,
        `${y}-${mm}-${dd}`,
      ])
    : f.helpers.arrayElement([
        `${MONTHS.en[d.getMonth()]} ${d.getDate()}, ${y}`,
        `${y}-${mm}-${dd}`,
        `${d.getDate()} ${MONTHS.en[d.getMonth()]} ${y}`,
      ]);
}

/** Entity placeholders ({TYPE}) are labelled; look-alike placeholders ({order} …) are not. */
export function generators(lang: 'de' | 'en'): Record<string, Generator> {
  return {
    PERSON: (f) => `${f.person.firstName()} ${f.person.lastName()}`,
    LAST: (f) => f.person.lastName(),
    EMAIL_ADDRESS: (f) => f.internet.email().toLowerCase(),
    PHONE_NUMBER: (f) => phone(f, lang),
    // Countries whose national check digits faker's IBANs satisfy (its FR, ES, BE and PL ones are not real IBANs).
    IBAN_CODE: (f) =>
      f.finance.iban({
        formatted: f.datatype.boolean(),
        countryCode: f.helpers.arrayElement(['DE', 'DE', 'AT', 'NL', 'GB', 'CH', 'IT']),
      }),
    CREDIT_CARD: creditCard,
    IP_ADDRESS: (f) => (f.number.int(3) === 0 ? f.internet.ipv6() : f.internet.ipv4()),
    DE_TAX_ID: taxId,
    DE_SOCIAL_SECURITY: socialSecurity,
    DE_ID_CARD: (f) => idDocument(f, [...'LMNPRTVWXY']),
    DE_PASSPORT: (f) => idDocument(f, [...'CFGHJK']),
    DATE_OF_BIRTH: (f) => date(f, lang, f.date.birthdate()),
    // Where a customer lives or receives deliveries: a person's address (a firm's letterhead is not).
    POSTAL_ADDRESS: (f) => f.location.streetAddress(),
    // Look-alikes: must not be flagged.
    order: (f) =>
      f.helpers.arrayElement([
        digits(f, 8),
        `${digits(f, 4)}-${digits(f, 4)}`,
        `${f.string.alpha({ length: 2, casing: 'upper' })}-${digits(f, 6)}`,
        digits(f, 11),
      ]),
    version: (f) =>
      f.helpers.arrayElement([
        f.system.semver(),
        `${f.number.int(9)}.${f.number.int(20)}.${f.number.int(9)}.${f.number.int(300)}`,
      ]),
    price: (f) =>
      lang === 'de'
        ? `${f.number.int({ min: 1, max: 99 })}.${digits(f, 3)},${digits(f, 2)} EUR`
        : `$${f.number.int({ min: 1, max: 99 })},${digits(f, 3)}.${digits(f, 2)}`,
    postcode: (f) => `${f.location.zipCode('#####')} ${f.location.city()}`,
    date: (f) => date(f, lang, f.date.soon({ days: 400 })),
    company: (f) => f.company.name(),
    product: (f) => f.commerce.productName(),
    amount: (f) => String(f.number.int({ min: 100000, max: 99999999 })),
    city: (f) => f.location.city(),
    time: (f) => `${f.number.int({ min: 7, max: 19 })}:${f.helpers.arrayElement(['00', '15', '30', '45'])}`,
  };
}

const TEMPLATES: Record<'de' | 'en', string[]> = {
  de: [
    'Sehr geehrte Frau {LAST}, vielen Dank für Ihre Anfrage zur Bestellung {order}.',
    'Sehr geehrter Herr {LAST}, Ihre Rechnung über {price} ist am {date} fällig.',
    'Bitte überweisen Sie den Betrag auf das Konto {IBAN_CODE} bis zum {date}.',
    'Rückfragen gerne an {EMAIL_ADDRESS} oder telefonisch unter {PHONE_NUMBER}.',
    'Kontakt: {PERSON}, Tel. {PHONE_NUMBER}, E-Mail {EMAIL_ADDRESS}',
    'Die Patientin {PERSON}, geboren am {DATE_OF_BIRTH}, wurde am {date} aufgenommen.',
    'Herr {PERSON} (geb. {DATE_OF_BIRTH}) wohnt in {postcode}.',
    'Ihre Steuer-ID {DE_TAX_ID} wurde an das Finanzamt übermittelt.',
    'Steuerliche Identifikationsnummer: {DE_TAX_ID}',
    'Sozialversicherungsnummer {DE_SOCIAL_SECURITY} laut Meldebescheinigung.',
    'Die Rentenversicherungsnummer lautet {DE_SOCIAL_SECURITY}, bitte prüfen.',
    'Personalausweis Nr. {DE_ID_CARD}, ausgestellt in {city}.',
    'Der Reisepass {DE_PASSPORT} ist bis {date} gültig.',
    'Zahlung mit Kreditkarte {CREDIT_CARD} wurde abgelehnt.',
    'Login-Versuch von {IP_ADDRESS} auf dem Server um {time} Uhr.',
    'Das Update auf Version {version} ist für {date} geplant.',
    'Die Lieferung für Auftrag {order} geht an {postcode}, {POSTAL_ADDRESS}.',
    'Der Preis für {product} beträgt {price} netto.',
    'Im Quartal wurden {amount} Aufrufe gezählt, Bestellnummer {order}.',
    'Mit freundlichen Grüßen\n{PERSON}\n{company}',
    'Ansprechpartnerin ist Frau Dr. {PERSON}, erreichbar unter {PHONE_NUMBER}.',
    'Besprechung mit {PERSON} am {date} um {time} Uhr in {city}.',
    '{PERSON} hat die Rechnung {order} freigegeben.',
    'Neuer Mitarbeiter: {PERSON}, Geburtsdatum {DATE_OF_BIRTH}, IBAN {IBAN_CODE}.',
    'Kunde {PERSON} meldet, dass die Karte {CREDIT_CARD} gesperrt werden soll.',
    'Liebe {PERSON}, danke für die schnelle Rückmeldung zu {product}.',
    'Die Firma {company} aus {city} liefert {product} ab {date}.',
    'Der Server {IP_ADDRESS} antwortet nicht, Ticket {order} ist offen.',
    'Bitte senden Sie die Unterlagen an {EMAIL_ADDRESS} bis {date}.',
    'Herr {LAST} ruft morgen unter {PHONE_NUMBER} zurück.',
  ],
  en: [
    'Dear {PERSON}, thank you for your order {order}.',
    'Dear Mr. {LAST}, your invoice of {price} is due on {date}.',
    'Please transfer the amount to account {IBAN_CODE} by {date}.',
    'For questions contact {EMAIL_ADDRESS} or call {PHONE_NUMBER}.',
    'Contact: {PERSON}, phone {PHONE_NUMBER}, email {EMAIL_ADDRESS}',
    'Patient {PERSON}, date of birth {DATE_OF_BIRTH}, was admitted on {date}.',
    'Ms. {PERSON} (born {DATE_OF_BIRTH}) lives at {POSTAL_ADDRESS}.',
    'The German tax ID {DE_TAX_ID} was sent to the tax office.',
    'Her social security number (Rentenversicherungsnummer) is {DE_SOCIAL_SECURITY}.',
    'ID card number {DE_ID_CARD} was checked at the front desk.',
    'Passport {DE_PASSPORT} expires on {date}.',
    'The card {CREDIT_CARD} was declined for {product}.',
    'Failed login from {IP_ADDRESS} at {time}.',
    'Release {version} ships on {date}.',
    'Order {order} will be delivered to {POSTAL_ADDRESS}, {city}.',
    'The price of {product} is {price} before tax.',
    'We counted {amount} impressions last quarter, order no. {order}.',
    'Best regards,\n{PERSON}\n{company}',
    'Your contact person is Dr. {PERSON}, reachable at {PHONE_NUMBER}.',
    'Meeting with {PERSON} on {date} at {time} in {city}.',
    '{PERSON} approved invoice {order} yesterday.',
    'New hire: {PERSON}, DOB {DATE_OF_BIRTH}, bank account {IBAN_CODE}.',
    'Customer {PERSON} asked us to block card {CREDIT_CARD}.',
    'Hi {PERSON}, thanks for the quick reply about {product}.',
    '{company} from {city} will supply {product} from {date}.',
    'Server {IP_ADDRESS} is down, ticket {order} is open.',
    'Please send the documents to {EMAIL_ADDRESS} by {date}.',
    'Mrs. {LAST} will call back tomorrow on {PHONE_NUMBER}.',
    'Signed: {PERSON}, {city}, {date}',
    'I spoke to {PERSON} about the {product} renewal.',
  ],
};

/** Placeholders whose values are personal data; LAST is a PERSON too. */
const LABELS: Record<string, EntityType> = { LAST: 'PERSON' };

function render(template: string, f: Faker, gen: Record<string, Generator>): { text: string; entities: GoldEntity[] } {
  let text = '';
  const entities: GoldEntity[] = [];
  let pos = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(pos, m.index);
    const value = gen[m[1]](f);
    if (/^[A-Z_]+$/.test(m[1]))
      entities.push({
        type: LABELS[m[1]] ?? (m[1] as EntityType),
        start: text.length,
        end: text.length + value.length,
      });
    text += value;
    pos = (m.index ?? 0) + m[0].length;
  }
  return { text: text + template.slice(pos), entities };
}

export const REF_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * The labelled evaluation set: `perLanguage` German and as many English texts, the same for the
 * same seed on every machine (faker's de and en locales, seeded).
 */
export function privacyCorpus(perLanguage = 600, seed = 20261125): LabelledText[] {
  const out: LabelledText[] = [];
  for (const [lang, f] of [
    ['de', fakerDE],
    ['en', fakerEN],
  ] as const) {
    f.seed(seed);
    // Dates relative to a fixed day, not today: the set (and the README figures) must not drift.
    f.setDefaultRefDate(REF_DATE);
    const gen = generators(lang);
    for (let i = 0; i < perLanguage; i++) {
      const template = i % TEMPLATES[lang].length;
      out.push({ lang, template, ...render(TEMPLATES[lang][template], f, gen) });
    }
  }
  return out;
}
