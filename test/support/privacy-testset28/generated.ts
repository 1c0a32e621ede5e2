import { readMarks, mark } from './markup.js';
import { dob, oneLine, person, two, V, type Person } from './people.js';
import { PCG64 } from './random.js';

/**
 * Set 28's generated half: CONTACT AND CALENDAR INTERCHANGE of funeral homes, cemetery offices,
 * probate and heir-hunting firms, genealogists, registry offices and life insurers, as such exports end
 * up pasted into tickets: vCard 2.1 (QUOTED-PRINTABLE with CHARSET), 3.0 (folded lines, escaped `\,`
 * `\;`, LABEL) and 4.0 (tel: URIs, BDAY without year, RELATED, DEATHDATE); iCalendar events, to-dos and
 * birthday calendars (ORGANIZER;CN=…:mailto:, ATTENDEE;CN=…, LOCATION, DESCRIPTION with `\n`, folded);
 * LDIF directory exports (base64 `::` values); Outlook and Google contact CSV exports with their header
 * rows; CardDAV and CalDAV multistatus XML; jCard and jCal arrays; a People-API-style sync JSON; an
 * organisation's own card and a public calendar without personal data.
 *
 * Labelling rules of the formats (see index.ts for the general ones):
 * - Lines end in LF (the CR of the exports is lost when pasted). Lines of vCard 3.0/4.0 and iCalendar
 *   are folded at 75 characters (characters, not octets) as RFC 6350/5545 fold: LF and one blank.
 *   A fold falling inside a NAME stays where it falls (also inside a word), and the PERSON label
 *   covers the name as written, the LF and the fold's blank inside; the fold never falls before a
 *   name's first character. A fold that would fall inside any other value (address, date of birth,
 *   mailbox, phone, IBAN, card, IP address, document number) is moved before that value, as writers
 *   folding at value boundaries do; a value longer than the rest of the line runs over 75.
 * - QUOTED-PRINTABLE and base64 (`::`) values are labelled as they stand, encoded: a person's name or
 *   address in QP (`=C3=B3`) or base64 (`:: SMOmcm…`) carries the label the plain value gets over its
 *   whole encoded run, since a reader (and a cloud model) decodes it and pseudonymization must replace
 *   all of it. vCard 2.1 N components and FN words are labelled one by one, encoded or plain; an ADR's
 *   street-to-postcode run is one label (its `;` inside, the encoded country outside); an LDIF `dn::`
 *   (encoding `cn=Name,ou=…`) is one PERSON label, a base64 homePostalAddress (country included) one
 *   POSTAL_ADDRESS label. (The writer left encoded non-ASCII values unlabelled; relabelled in the
 *   fortieth round, after the set's scoring, to the README's convention.)
 * - Escapes stay inside a label as written (`Street 5\, 12345 Town` in a text value or a LABEL; the
 *   LABEL's literal `\n` before the country name is outside, as the country is).
 * - Structured values: N:Family;Given;;; gives two PERSON labels; an ADR from its street to its
 *   postcode component is one POSTAL_ADDRESS label with the `;` separators inside (the country name
 *   after it is outside); the same for an LDIF `$`-separated postal address, a jCard adr array (the
 *   `","` between inside) and CSV cells from Home Street to Home Postal Code (the `","` between
 *   inside). A formatted address cell over two lines is one label, the line break inside.
 * - A tel: URI is labelled after `tel:`; a mailto: after `mailto:`; a CN parameter inside its quotes.
 * - Deceased persons' names and dates of birth are labelled like the living's (fail closed); dates
 *   of death, event dates, DTSTAMP, REV, UID, ETags, hrefs, grave and case numbers are not.
 * - A birthday calendar's yearly DTSTART on the birth date is a DATE_OF_BIRTH.
 * - The firm's own values (ORG, ORGANIZER mailbox, switchboard, imprint, bank account) are not labelled.
 */

type Lang = 'de' | 'en';
type Kind = (rng: PCG64, lang: Lang) => string;

const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

interface Firm {
  name: string;
  mail: string;
  phone: string;
  street: string;
  town: string;
  postcode: string;
  country: string;
  iban: string;
  domain: string;
}
const FIRMS_DE: Firm[] = [
  {
    name: 'Pietät Abendfrieden GmbH',
    mail: 'trauerfall@abendfrieden-bestattungen.de',
    phone: '+49 951 40677-0',
    street: 'Hainstraße 21',
    town: 'Bamberg',
    postcode: '96047',
    country: 'Deutschland',
    iban: 'DE27 7705 0000 0300 4419 20',
    domain: 'abendfrieden-bestattungen.de',
  },
  {
    name: 'Friedhofsverwaltung der Stadt Görlitz',
    mail: 'friedhof@goerlitz-verwaltung.de',
    phone: '03581 67-2210',
    street: 'Biesnitzer Straße 54',
    town: 'Görlitz',
    postcode: '02826',
    country: 'Deutschland',
    iban: 'DE61 8505 0100 3000 0071 15',
    domain: 'goerlitz-verwaltung.de',
  },
  {
    name: 'Erbenermittlung Lauterbach & Söhne KG',
    mail: 'nachlass@erben-lauterbach.de',
    phone: '+49 441 92018-0',
    street: 'Theaterwall 9',
    town: 'Oldenburg',
    postcode: '26122',
    country: 'Deutschland',
    iban: 'DE58 2805 0100 0091 2244 60',
    domain: 'erben-lauterbach.de',
  },
  {
    name: 'Krematorium Donautal GmbH',
    mail: 'disposition@krematorium-donautal.at',
    phone: '+43 7242 45510',
    street: 'Salzburger Straße 180',
    town: 'Wels',
    postcode: '4600',
    country: 'Österreich',
    iban: 'AT48 2032 0321 0045 7788',
    domain: 'krematorium-donautal.at',
  },
  {
    name: 'Zivilstandsamt Winterthur',
    mail: 'zivilstandsamt@winterthur-stadt.ch',
    phone: '+41 52 267 51 00',
    street: 'Pionierstrasse 7',
    town: 'Winterthur',
    postcode: '8400',
    country: 'Schweiz',
    iban: 'CH44 0900 0000 8400 0123 4',
    domain: 'winterthur-stadt.ch',
  },
  {
    name: 'Steinmetz Grabmalkunst Wendelin Oehme',
    mail: 'auftrag@grabmal-oehme.de',
    phone: '0651 993417',
    street: 'Paulinstraße 112',
    town: 'Trier',
    postcode: '54292',
    country: 'Deutschland',
    iban: 'DE96 5855 0130 0000 6621 07',
    domain: 'grabmal-oehme.de',
  },
  {
    name: 'Lebensversicherung Hanseatica AG, Leistungsabteilung',
    mail: 'todesfall@hanseatica-leben.de',
    phone: '+49 40 3300 8700',
    street: 'Ballindamm 40',
    town: 'Hamburg',
    postcode: '20095',
    country: 'Deutschland',
    iban: 'DE13 2004 0000 0622 0177 00',
    domain: 'hanseatica-leben.de',
  },
];
const FIRMS_EN: Firm[] = [
  {
    name: 'Hollowell & Greaves Funeral Directors',
    mail: 'arrangements@hollowellgreaves.co.uk',
    phone: '01743 355 210',
    street: '14 Castle Foregate',
    town: 'Shrewsbury',
    postcode: 'SY1 2EL',
    country: 'United Kingdom',
    iban: 'GB33 BARC 2003 5544 1290 77',
    domain: 'hollowellgreaves.co.uk',
  },
  {
    name: 'Kilbarrack Crematorium Ltd',
    mail: 'bookings@kilbarrack-crem.ie',
    phone: '+353 1 832 9040',
    street: 'Howth Road 2201',
    town: 'Dublin',
    postcode: 'D05 K2N8',
    country: 'Ireland',
    iban: 'IE12 BOFI 9000 0112 3456 78',
    domain: 'kilbarrack-crem.ie',
  },
  {
    name: 'Meridian Probate Genealogists LLP',
    mail: 'cases@meridian-probate.co.uk',
    phone: '+44 20 7946 0813',
    street: '5 Lincoln’s Inn Fields',
    town: 'London',
    postcode: 'WC2A 3BP',
    country: 'United Kingdom',
    iban: 'GB07 NWBK 6016 1331 9268 19',
    domain: 'meridian-probate.co.uk',
  },
  {
    name: 'Elmwood Memorial Park',
    mail: 'office@elmwoodmemorial.org',
    phone: '(937) 555-0142',
    street: '3100 Cemetery Road',
    town: 'Dayton, OH',
    postcode: '45409',
    country: 'USA',
    iban: '',
    domain: 'elmwoodmemorial.org',
  },
  {
    name: 'Southern Cross Life Claims',
    mail: 'deathclaims@southerncrosslife.com.au',
    phone: '1300 655 021',
    street: '120 Collins Street',
    town: 'Melbourne VIC',
    postcode: '3000',
    country: 'Australia',
    iban: '',
    domain: 'southerncrosslife.com.au',
  },
  {
    name: 'Registry of Births, Deaths and Marriages (Whanganui)',
    mail: 'bdm.enquiries@dia-registry.govt.nz',
    phone: '0800 225 252',
    street: '70 Victoria Avenue',
    town: 'Whanganui',
    postcode: '4500',
    country: 'New Zealand',
    iban: '',
    domain: 'dia-registry.govt.nz',
  },
  {
    name: 'Tidewater Monumental Masons',
    mail: 'orders@tidewatermasons.ca',
    phone: '+1 902 555 0177',
    street: '2150 Gottingen Street',
    town: 'Halifax NS',
    postcode: 'B3K 3B4',
    country: 'Canada',
    iban: '',
    domain: 'tidewatermasons.ca',
  },
];
const firm = (rng: PCG64, lang: Lang) => rng.pick(lang === 'de' ? FIRMS_DE : FIRMS_EN);

// ---- format helpers --------------------------------------------------------------------------

/** vCard/iCalendar TEXT escaping: backslash, semicolon, comma, newline. */
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const MARKED = /⸢([a-z]):([^⸣]*)⸣/;
/** Escapes a text that holds marks: the values inside are escaped too, so each label covers its escaped form. */
const escMarked = (s: string) =>
  s
    .split(/(⸢[a-z]:[^⸣]*⸣)/)
    .map((part) => {
      const m = MARKED.exec(part);
      return m && m.index === 0 ? mark(m[1], esc(m[2])) : esc(part);
    })
    .join('');

/** Codes whose value a fold may split: names only (a split postcode or date would be no value to read). */
const FOLDABLE = new Set(['n']);

/** RFC 6350 / 5545 folding of one marked line at 75 visible characters (LF and one blank). */
export function foldLine(line: string, width = 75): string {
  const tokens = line.split(/(⸢[a-z]:[^⸣]*⸣)/).filter((t) => t !== '');
  let out = '';
  let col = 0;
  const fold = () => {
    out += '\n ';
    col = 1;
  };
  for (const token of tokens) {
    const m = MARKED.exec(token);
    if (!m || m.index !== 0) {
      for (const ch of token) {
        if (col >= width) fold();
        out += ch;
        col++;
      }
      continue;
    }
    const [, code, value] = m;
    if (!FOLDABLE.has(code)) {
      if (col + value.length > width && col > 1) fold();
      out += token;
      col += value.length;
      continue;
    }
    if (col >= width) fold();
    out += `⸢${code}:`;
    let first = true;
    for (const ch of value) {
      // Never before the value's first character, never leaving a blank at the end of a piece's label.
      if (col >= width && !first) fold();
      out += ch;
      col++;
      first = false;
    }
    out += '⸣';
  }
  return out;
}
const folded = (lines: string[]) => lines.map((l) => foldLine(l)).join('\n');

/** QUOTED-PRINTABLE of UTF-8 text (RFC 2045): bytes outside printable ASCII and `=` as =XX. */
function qp(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      b >= 33 && b <= 126 && b !== 61
        ? String.fromCharCode(b)
        : b === 32
          ? ' '
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
const plainAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
/** A vCard 2.1 property value: plain when ASCII, else QUOTED-PRINTABLE; a personal part is labelled either way. */
function v21(property: string, parts: { code: string | null; value: string }[]): string {
  const plain = parts.every((p) => plainAscii(p.value));
  if (plain) return `${property}:${parts.map((p) => (p.code && p.value ? mark(p.code, p.value) : p.value)).join(';')}`;
  // QUOTED-PRINTABLE: each personal component is labelled over its encoded run (the scanner decodes it).
  return `${property};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${parts
    .map((p) => (p.code && p.value ? mark(p.code, qp(p.value)) : qp(p.value)))
    .join(';')}`;
}

/**
 * A vCard 2.1 FN: one PERSON label when plain ASCII; when QUOTED-PRINTABLE, each of given and family
 * name is labelled on its own over its encoded run (as in N).
 */
function v21FormattedName(p: Person): string {
  if (plainAscii(fullName(p))) return `FN:${mark('n', fullName(p))}`;
  const part = (v: string) => mark('n', qp(v));
  return `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${part(p.given)} ${part(p.family)}`;
}

const hex = (rng: PCG64, n: number) => Array.from({ length: n }, () => rng.below(16).toString(16)).join('');
const uuid = (rng: PCG64) =>
  `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
const stamp = (rng: PCG64) =>
  `2025${two(rng.int(1, 12))}${two(rng.int(1, 28))}T${two(rng.int(6, 19))}${two(rng.int(0, 59))}${two(rng.int(0, 59))}Z`;
const eventDay = (rng: PCG64) => `2025${two(rng.int(1, 12))}${two(rng.int(1, 28))}`;
const compactBirth = (p: Person) => `${p.birth.y}${two(p.birth.m)}${two(p.birth.d)}`;
const isoBirth = (p: Person) => `${p.birth.y}-${two(p.birth.m)}-${two(p.birth.d)}`;
const fullName = (p: Person) => `${p.given} ${p.family}`;
const caseNo = (rng: PCG64, lang: Lang) =>
  lang === 'de'
    ? `Sterbefall-Nr. ${rng.int(2024, 2025)}/${rng.int(100, 999)}`
    : `Case ref. ${rng.pick(['FD', 'PR', 'GR'])}-${rng.int(10000, 99999)}`;
const grave = (rng: PCG64, lang: Lang) =>
  `${L(lang, 'Grab-Nr.', 'Plot')} ${rng.pick(['A', 'B', 'C', 'K', 'U'])}-${two(rng.int(1, 40))}-${String(rng.int(1, 400)).padStart(3, '0')}`;
const IBAN_COUNTRIES = new Set(['DE', 'AT', 'CH', 'GB', 'IE', 'NL', 'DK', 'LU']);
const personalIban = (rng: PCG64, p: Person) =>
  V.iban(rng, IBAN_COUNTRIES.has(p.country) ? p.country : 'DE', rng.pick(['compact', 'grouped'] as const));
/** A phone as a tel: URI (RFC 3966): only international numbers, blanks and parentheses as hyphens. */
const telUri = (phone: string) => (phone.startsWith('+') ? phone.replace(/[()]/g, '').replace(/[ /.]+/g, '-') : null);
const RELATIONS_DE = ['Tochter', 'Sohn', 'Witwe', 'Witwer', 'Nichte', 'Neffe', 'Enkelin', 'Bruder', 'Schwester'];
const RELATIONS_EN = ['daughter', 'son', 'widow', 'widower', 'niece', 'nephew', 'granddaughter', 'brother', 'executor'];
const relation = (rng: PCG64, lang: Lang) => rng.pick(lang === 'de' ? RELATIONS_DE : RELATIONS_EN);

/** Marked phrases of a note: a few of the identifiers a probate, insurance or funeral file holds. */
function notePhrases(rng: PCG64, p: Person, lang: Lang, count: number): string[] {
  const all = [
    () => `${L(lang, 'Steuer-ID', 'German tax ID')} ${mark('x', V.taxId(rng))}`,
    () => `${L(lang, 'RV-Nr.', 'DRV pension no.')} ${mark('s', V.pension(rng, p))}`,
    () => `${L(lang, 'Personalausweis', 'German ID card')} ${mark('k', V.idCard(rng))}`,
    () => `${L(lang, 'Reisepass', 'German passport')} ${mark('r', V.passport(rng))}`,
    () => `${L(lang, 'Auszahlung Erbteil an', 'pay estate share to')} ${mark('i', personalIban(rng, p))}`,
    () => `${L(lang, 'Anzahlung per Karte', 'deposit by card')} ${mark('c', V.card(rng))}`,
    () => `${L(lang, 'Kondolenzeintrag von IP', 'online condolence from IP')} ${mark('a', V.ip(rng))}`,
    () => `${L(lang, 'geb.', 'born')} ${mark('b', dob(rng, p, lang))}`,
    () => `${L(lang, 'Mobil', 'mobile')} ${mark('t', p.mobile)}`,
    () => `${caseNo(rng, lang)}`,
    () => `${grave(rng, lang)}`,
  ];
  const out: string[] = [];
  const used = new Set<number>();
  while (out.length < count) {
    const k = rng.below(all.length);
    if (used.has(k)) continue;
    used.add(k);
    out.push(all[k]());
  }
  return out;
}

const people = (rng: PCG64, lang: Lang, lo: number, hi: number) =>
  Array.from({ length: rng.int(lo, hi) }, () => person(rng, lang));

// ---- vCard ---------------------------------------------------------------------------------------

/** A vCard 2.1 home address: street to postcode one label, plain or over its QUOTED-PRINTABLE run. */
function adr21(p: Person): string {
  const inner = [p.street, p.town, p.region, p.postcode].join(';');
  if (plainAscii(inner + p.countryName)) return `ADR;HOME:;;${mark('h', inner)};${p.countryName}`;
  return `ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;${mark('h', qp(inner))};${qp(p.countryName)}`;
}

function vcard21(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  return people(rng, lang, 1, 3)
    .map((p) => {
      const lines = [
        'BEGIN:VCARD',
        'VERSION:2.1',
        v21('N', [
          { code: 'n', value: p.family },
          { code: 'n', value: p.given },
          { code: null, value: '' },
          { code: null, value: '' },
          { code: null, value: '' },
        ]),
        v21FormattedName(p),
        `ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(f.name)}`,
        `TITLE:${L(lang, relation(rng, lang), relation(rng, lang))}`,
        `TEL;HOME;VOICE:${mark('t', p.phone)}`,
        rng.chance(0.6) ? `TEL;CELL:${mark('t', p.mobile)}` : '',
        `EMAIL;PREF;INTERNET:${mark('m', p.email)}`,
        adr21(p),
        rng.chance(0.6) ? `BDAY:${mark('b', compactBirth(p))}` : '',
        rng.chance(0.5) ? `NOTE:${notePhrases(rng, p, lang, 2).join('; ')}` : '',
        `REV:${stamp(rng)}`,
        'END:VCARD',
      ];
      return lines.filter(Boolean).join('\n');
    })
    .join('\n');
}

function vcard30Lines(rng: PCG64, lang: Lang, p: Person, f: Firm): string[] {
  const label = rng.chance(0.5);
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `PRODID:-//${L(lang, 'Trauerfall-Manager', 'FuneralDesk')}//Contacts 4.2//${lang.toUpperCase()}`,
    `N:${mark('n', esc(p.family))};${mark('n', esc(p.given))};;;`,
    `FN:${mark('n', esc(fullName(p)))}`,
    `ORG:${esc(f.name)};${L(lang, 'Angehörige', 'Next of kin')}`,
    `ROLE:${relation(rng, lang)}`,
    `TEL;TYPE=HOME,VOICE:${mark('t', p.phone)}`,
    rng.chance(0.7) ? `TEL;TYPE=CELL:${mark('t', p.mobile)}` : '',
    `EMAIL;TYPE=INTERNET,HOME:${mark('m', p.email)}`,
    `ADR;TYPE=HOME:;;${mark('h', [p.street, p.town, p.region, p.postcode].map(esc).join(';'))};${esc(p.countryName)}`,
    label ? `LABEL;TYPE=HOME:${mark('h', esc(oneLine(p)))}\\n${esc(p.countryName)}` : '',
    rng.chance(0.6) ? `BDAY:${mark('b', rng.chance(0.5) ? isoBirth(p) : compactBirth(p))}` : '',
    rng.chance(0.7) ? `NOTE:${escMarked(notePhrases(rng, p, lang, rng.int(1, 3)).join('\n'))}` : '',
    `CATEGORIES:${L(lang, 'Trauerfall,Angehörige', 'Bereavement,Next of kin')}`,
    `UID:${uuid(rng)}`,
    `REV:${stamp(rng)}`,
    'END:VCARD',
  ].filter(Boolean);
}

function vcard30(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  return people(rng, lang, 1, 3)
    .map((p) => folded(vcard30Lines(rng, lang, p, f)))
    .join('\n');
}

function vcard40(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const deceased = person(rng, lang);
  const kin = people(rng, lang, 1, 2);
  const cards = [
    [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:individual',
      `FN:${mark('n', esc(fullName(deceased)))}`,
      `N:${mark('n', esc(deceased.family))};${mark('n', esc(deceased.given))};;;`,
      `BDAY:${mark('b', rng.chance(0.5) ? compactBirth(deceased) : isoBirth(deceased))}`,
      `DEATHDATE:${eventDay(rng)}`,
      `ADR;TYPE=home;LABEL="${mark('h', oneLine(deceased))}":;;${mark('h', [deceased.street, deceased.town, deceased.region, deceased.postcode].map(esc).join(';'))};${esc(deceased.countryName)}`,
      ...kin.map(
        (k) =>
          `RELATED;TYPE=${rng.pick(['child', 'spouse', 'sibling', 'kin'])};VALUE=text:${mark('n', esc(fullName(k)))}`,
      ),
      `NOTE:${escMarked([caseNo(rng, lang), grave(rng, lang)].join('\n'))}`,
      `UID:urn:uuid:${uuid(rng)}`,
      'END:VCARD',
    ],
    ...kin.map((k) => {
      const uri = telUri(k.mobile);
      return [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `FN:${mark('n', esc(fullName(k)))}`,
        `N:${mark('n', esc(k.family))};${mark('n', esc(k.given))};;;`,
        rng.chance(0.5)
          ? `BDAY:${mark('b', `--${two(k.birth.m)}${two(k.birth.d)}`)}`
          : `BDAY;VALUE=date:${mark('b', compactBirth(k))}`,
        uri
          ? `TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:${mark('t', uri)}`
          : `TEL;VALUE=text;TYPE=cell:${mark('t', k.mobile)}`,
        `EMAIL;TYPE=home:${mark('m', k.email)}`,
        `ADR;TYPE=home:;;${mark('h', [k.street, k.town, k.region, k.postcode].map(esc).join(';'))};${esc(k.countryName)}`,
        rng.chance(0.6) ? `NOTE:${escMarked(notePhrases(rng, k, lang, 2).join('\n'))}` : '',
        `ORG:${esc(f.name)}`,
        `REV:${stamp(rng)}`,
        'END:VCARD',
      ].filter(Boolean);
    }),
  ];
  return cards.map((c) => folded(c)).join('\n');
}

/** The firm's own card: nothing personal (the role mailbox, switchboard, imprint and bank are the firm's). */
function orgCard(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const lines = [
    'BEGIN:VCARD',
    `VERSION:${rng.pick(['3.0', '4.0'])}`,
    'KIND:org',
    `FN:${esc(f.name)}`,
    `ORG:${esc(f.name)}`,
    `TEL;TYPE=work,voice:${f.phone}`,
    `EMAIL;TYPE=work:${f.mail}`,
    `ADR;TYPE=work:;;${esc(f.street)};${esc(f.town)};;${f.postcode};${esc(f.country)}`,
    `URL:https://www.${f.domain}/`,
    f.iban
      ? `NOTE:${esc(L(lang, `Bankverbindung: ${f.iban}\nBereitschaft rund um die Uhr`, `Bank: ${f.iban}\nOn call day and night`))}`
      : `NOTE:${esc(L(lang, 'Bereitschaft rund um die Uhr', 'On call 24 hours'))}`,
    `CATEGORIES:${L(lang, 'Dienstleister', 'Suppliers')}`,
    `UID:${uuid(rng)}`,
    `REV:${stamp(rng)}`,
    'END:VCARD',
  ];
  return folded(lines);
}

// ---- iCalendar -----------------------------------------------------------------------------------

const calendarHead = (lang: Lang) => [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  `PRODID:-//${L(lang, 'Bestattungsplaner', 'Funeral Planner')}//iCal 2.3//${lang.toUpperCase()}`,
  'CALSCALE:GREGORIAN',
  'METHOD:REQUEST',
];

function attendee(rng: PCG64, p: Person): string {
  const name = rng.chance(0.5) ? `${p.family}, ${p.given}` : fullName(p);
  return `ATTENDEE;CN="${mark('n', name)}";ROLE=${rng.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};PARTSTAT=${rng.pick(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])};RSVP=TRUE:mailto:${mark('m', p.email)}`;
}

function serviceEvent(rng: PCG64, lang: Lang): string[] {
  const f = firm(rng, lang);
  const deceased = person(rng, lang);
  const kin = people(rng, lang, 1, 3);
  const atHome = rng.chance(0.4);
  const day = eventDay(rng);
  const hour = two(rng.int(9, 15));
  const zone = L(lang, 'Europe/Berlin', rng.pick(['Europe/London', 'America/New_York', 'Australia/Melbourne']));
  const description = [
    `${L(lang, 'Verstorbene(r)', 'Deceased')}: ${mark('n', fullName(deceased))}, ${L(lang, 'geb.', 'born')} ${mark('b', dob(rng, deceased, lang))}`,
    `${L(lang, 'Ansprechpartner', 'Contact')}: ${mark('n', fullName(kin[0]))} (${relation(rng, lang)}), ${L(lang, 'Tel.', 'tel.')} ${mark('t', kin[0].phone)}`,
    caseNo(rng, lang),
    rng.chance(0.5)
      ? grave(rng, lang)
      : L(lang, 'Urnenbeisetzung im Gemeinschaftsfeld', 'Interment of ashes, garden of remembrance'),
  ].join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${uuid(rng)}@${f.domain}`,
    `DTSTAMP:${stamp(rng)}`,
    `DTSTART;TZID=${zone}:${day}T${hour}0000`,
    `DTEND;TZID=${zone}:${day}T${two(Number(hour) + 1)}0000`,
    `SUMMARY:${esc(atHome ? L(lang, 'Trauergespräch (Hausbesuch)', 'Arrangement meeting (home visit)') : L(lang, 'Trauerfeier und Beisetzung', 'Funeral service and committal'))} ${mark('n', esc(deceased.family))}`,
    `ORGANIZER;CN="${f.name.replace(/"/g, '')}":mailto:${f.mail}`,
    ...kin.map((k) => attendee(rng, k)),
    atHome
      ? `LOCATION:${mark('h', esc(oneLine(kin[0])))}`
      : `LOCATION:${esc(`${L(lang, 'Trauerhalle', 'Chapel')}, ${f.street}, ${f.postcode} ${f.town}`)}`,
    `DESCRIPTION:${escMarked(description)}`,
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

function icalService(rng: PCG64, lang: Lang): string {
  return folded([...calendarHead(lang), ...serviceEvent(rng, lang), 'END:VCALENDAR']);
}

function todoLines(rng: PCG64, lang: Lang): string[] {
  const f = firm(rng, lang);
  const heir = person(rng, lang);
  const deceased = person(rng, lang);
  const steps = L(
    lang,
    'Erbschein beantragen|Nachlassverzeichnis erstellen|Sterbegeld bei Versicherung anfordern|Grabstein beauftragen',
    'Apply for grant of probate|Prepare estate inventory|File life-insurance death claim|Order headstone',
  ).split('|');
  return [
    'BEGIN:VTODO',
    `UID:${uuid(rng)}`,
    `DTSTAMP:${stamp(rng)}`,
    `DUE;VALUE=DATE:${eventDay(rng)}`,
    `SUMMARY:${esc(rng.pick(steps))} – ${mark('n', esc(fullName(deceased)))}`,
    `ORGANIZER;CN="${f.name}":mailto:${f.mail}`,
    attendee(rng, heir),
    `DESCRIPTION:${escMarked([`${L(lang, 'Erbe/Erbin', 'Heir')}: ${mark('n', fullName(heir))}, ${mark('h', oneLine(heir))}`, ...notePhrases(rng, heir, lang, rng.int(1, 3)), `${L(lang, 'Erblasser geb.', 'Deceased born')} ${mark('b', dob(rng, deceased, lang))}`].join('\n'))}`,
    `PRIORITY:${rng.int(1, 9)}`,
    'STATUS:NEEDS-ACTION',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P2D',
    `DESCRIPTION:${esc(L(lang, 'Frist läuft ab', 'Deadline approaching'))}`,
    'END:VALARM',
    'END:VTODO',
  ];
}

function icalTodo(rng: PCG64, lang: Lang): string {
  return folded([...calendarHead(lang), ...todoLines(rng, lang), 'END:VCALENDAR']);
}

/** A genealogist's or family's birthday calendar: yearly events on each birth date. */
function icalBirthdays(rng: PCG64, lang: Lang): string {
  const events = people(rng, lang, 2, 4).flatMap((p) => [
    'BEGIN:VEVENT',
    `DTSTART;VALUE=DATE:${mark('b', compactBirth(p))}`,
    'RRULE:FREQ=YEARLY',
    `SUMMARY:${rng.chance(0.5) ? `${L(lang, 'Geburtstag', 'Birthday')}: ${mark('n', esc(fullName(p)))}` : `${mark('n', esc(fullName(p)))}${L(lang, ' – Geburtstag', '’s birthday')}`}`,
    `DESCRIPTION:${escMarked(`${L(lang, 'Ahnenblatt', 'Family tree')} ${rng.pick(['I', 'II', 'III'])}/${rng.int(1, 90)}\n${L(lang, 'Kontakt', 'Contact')}: ${mark('m', p.email)}`)}`,
    'TRANSP:TRANSPARENT',
    `UID:${hex(rng, 16)}@${L(lang, 'ahnen-kalender', 'kin-calendar')}.example`,
    `DTSTAMP:${stamp(rng)}`,
    'END:VEVENT',
  ]);
  return folded([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${L(lang, 'Ahnenforschung', 'Genealogy')}//Birthdays//${lang.toUpperCase()}`,
    `X-WR-CALNAME:${L(lang, 'Geburtstage Familie', 'Family birthdays')}`,
    ...events,
    'END:VCALENDAR',
  ]);
}

/** A public calendar: opening hours, remembrance services, closures. Nothing personal. */
function publicCalendar(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const titles = L(
    lang,
    'Ökumenische Gedenkfeier Totensonntag|Friedhofsführung: Grabmalkunst des 19. Jahrhunderts|Standesamt geschlossen (Brückentag)|Sprechstunde Nachlassgericht entfällt|Gräbersegnung zu Allerheiligen',
    'Remembrance service for bereaved families|Guided heritage walk of the old cemetery|Registry office closed (bank holiday)|Probate registry: reduced counter hours|Blessing of the graves, All Souls',
  ).split('|');
  const events = Array.from({ length: rng.int(2, 4) }, () => [
    'BEGIN:VEVENT',
    `UID:${uuid(rng)}@${f.domain}`,
    `DTSTAMP:${stamp(rng)}`,
    `DTSTART;VALUE=DATE:${eventDay(rng)}`,
    `SUMMARY:${esc(rng.pick(titles))}`,
    `LOCATION:${esc(`${f.name}, ${f.street}, ${f.postcode} ${f.town}`)}`,
    `DESCRIPTION:${esc(L(lang, `Auskunft: ${f.phone}\noder ${f.mail}`, `Enquiries: ${f.phone}\nor ${f.mail}`))}`,
    `ORGANIZER;CN="${f.name.replace(/"/g, '')}":mailto:${f.mail}`,
    'END:VEVENT',
  ]).flat();
  return folded([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${f.domain}//Public//${lang.toUpperCase()}`,
    'METHOD:PUBLISH',
    ...events,
    'END:VCALENDAR',
  ]);
}

// ---- LDIF ----------------------------------------------------------------------------------------

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** An LDIF attribute: plain when ASCII, base64 (`::`) otherwise (RFC 2849); labelled either way, base64 over its run. */
const ldifAttr = (attr: string, code: string, value: string) =>
  plainAscii(value) ? `${attr}: ${mark(code, value)}` : `${attr}:: ${mark(code, b64(value))}`;

function ldif(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const dc = f.domain
    .split('.')
    .map((d) => `dc=${d}`)
    .join(',');
  const estate = `${L(lang, 'Nachlass', 'Estate')} ${rng.int(2023, 2025)}-${String(rng.int(1, 999)).padStart(4, '0')}`;
  const entries = people(rng, lang, 1, 3).map((p) => {
    const cn = fullName(p);
    const dnPlain = `cn=${cn},ou=${estate},ou=${L(lang, 'Erben', 'Heirs')},${dc}`;
    const lines = [
      plainAscii(dnPlain)
        ? `dn: cn=${mark('n', cn)},ou=${estate},ou=${L(lang, 'Erben', 'Heirs')},${dc}`
        : `dn:: ${mark('n', b64(dnPlain))}`,
      'objectClass: top',
      'objectClass: person',
      'objectClass: inetOrgPerson',
      ldifAttr('cn', 'n', cn),
      ldifAttr('sn', 'n', p.family),
      ldifAttr('givenName', 'n', p.given),
      `mail: ${mark('m', p.email)}`,
      `homePhone: ${mark('t', p.phone)}`,
      rng.chance(0.5) ? `mobile: ${mark('t', p.mobile)}` : '',
      plainAscii(`${p.street}$${oneLine(p)}$${p.countryName}`)
        ? `homePostalAddress: ${mark('h', `${p.street}$${oneLine(p).slice(p.street.length + 2)}`)}$${p.countryName}`
        : `homePostalAddress:: ${mark('h', b64(`${p.street}$${oneLine(p).slice(p.street.length + 2)}$${p.countryName}`))}`,
      rng.chance(0.5) ? `description: ${L(lang, 'Geburtsdatum', 'Date of birth')} ${mark('b', isoBirth(p))}` : '',
      ...notePhrases(rng, p, lang, rng.int(0, 2)).map((n) =>
        plainAscii(n.replace(/⸢[a-z]:|⸣/g, '')) ? `description: ${n}` : '',
      ),
      `employeeType: ${L(lang, 'Erbe', 'heir')} (${rng.pick(['1/2', '1/4', '1/8', '1/3'])})`,
    ];
    return lines.filter(Boolean).join('\n');
  });
  return [`version: 1`, `# ${L(lang, 'Export Erbenermittlung', 'Heir search export')} ${estate}`, ...entries].join(
    '\n\n',
  );
}

// ---- CSV -----------------------------------------------------------------------------------------

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A CSV cell holding marks: the value quoted as a whole, the marks inside the quotes. */
const qm = (s: string) => `"${s}"`;

const OUTLOOK_HEADER =
  '"First Name","Middle Name","Last Name","Title","Suffix","Initials","Web Page","Gender","Birthday","Anniversary","Location","Language","Internet Free Busy","Notes","E-mail Address","E-mail 2 Address","E-mail 3 Address","Primary Phone","Home Phone","Home Phone 2","Mobile Phone","Pager","Home Fax","Home Address","Home Street","Home Street 2","Home Street 3","Home Address PO Box","Home City","Home State","Home Postal Code","Home Country","Spouse","Children","Manager\'s Name","Assistant\'s Name","Referred By","Company Main Phone","Business Phone","Business Phone 2","Business Fax","Assistant\'s Phone","Company","Job Title","Department","Office Location","Organizational ID Number","Profession","Account","Business Address","Business Street","Business City","Business State","Business Postal Code","Business Country","Categories"';

function outlookCsv(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const rows = people(rng, lang, 2, 4).map((p) => {
    const notes = notePhrases(rng, p, lang, rng.int(0, 2)).join('\n');
    const bday = rng.chance(0.6) ? mark('b', `${p.birth.m}/${p.birth.d}/${p.birth.y}`) : '';
    const spouse = rng.chance(0.3) ? mark('n', fullName(person(rng, lang))) : '';
    const cells = [
      q(p.given).replace(p.given, mark('n', p.given)),
      '""',
      q(p.family).replace(p.family, mark('n', p.family)),
      '""',
      '""',
      '""',
      '""',
      q(p.female ? 'Female' : 'Male'),
      qm(bday),
      '""',
      '""',
      '""',
      '""',
      qm(notes),
      qm(mark('m', p.email)),
      '""',
      '""',
      '""',
      qm(mark('t', p.phone)),
      '""',
      rng.chance(0.6) ? qm(mark('t', p.mobile)) : '""',
      '""',
      '""',
      '""',
      // Home Street … Home Postal Code: one label from the street's first to the postcode's last character.
      `"${mark('h', `${p.street}","","","","${p.town}","${p.region}","${p.postcode}`)}"`,
      q(p.countryName),
      qm(spouse),
      '""',
      '""',
      '""',
      '""',
      q(f.phone),
      '""',
      '""',
      '""',
      '""',
      q(f.name),
      q(L(lang, 'Angehörige', 'Next of kin')),
      '""',
      '""',
      '""',
      '""',
      '""',
      '""',
      q(f.street),
      q(f.town),
      '""',
      q(f.postcode),
      q(f.country),
      q(L(lang, 'Trauerfall', 'Bereavement')),
    ];
    return cells.join(',');
  });
  return [OUTLOOK_HEADER, ...rows].join('\n');
}

const GOOGLE_HEADER =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title';

function googleCsv(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const rows = people(rng, lang, 2, 4).map((p) => {
    const notes = notePhrases(rng, p, lang, rng.int(0, 2)).join('\n');
    const formatted = `${p.street}\n${oneLine(p).slice(p.street.length + 2)}`;
    const needsQuote = (s: string) => /[,"\n]/.test(s);
    const cell = (code: string | null, s: string) =>
      s === ''
        ? ''
        : needsQuote(s)
          ? `"${code ? mark(code, s.replace(/"/g, '""')) : s.replace(/"/g, '""')}"`
          : code
            ? mark(code, s)
            : s;
    const maiden = rng.chance(0.25) ? person(rng, lang).family : '';
    return [
      cell('n', fullName(p)),
      cell('n', p.given),
      '',
      cell('n', p.family),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      cell('n', maiden),
      rng.chance(0.6) ? cell('b', isoBirth(p)) : '',
      p.female ? 'female' : 'male',
      '',
      '',
      '',
      '',
      '',
      '',
      'Normal',
      '',
      '',
      notes ? `"${notes}"` : '',
      '',
      '',
      `* myContacts ::: ${L(lang, 'Trauerfall', 'Bereavement')}`,
      '* Home',
      cell('m', p.email),
      'Mobile',
      cell('t', p.mobile),
      'Home',
      cell('t', p.phone),
      'Home',
      `"${mark('h', formatted)}\n${p.countryName}"`,
      // Street … Postal Code: one label from the street to the postcode, the commas between inside.
      `${mark('h', `${p.street},${needsQuote(p.town) ? `"${p.town}"` : p.town},,${p.region},${p.postcode}`)}`,
      p.countryName,
      '',
      '',
      cell(null, f.name),
      cell(null, L(lang, 'Bestatter', 'Funeral director')),
    ].join(',');
  });
  return [GOOGLE_HEADER, ...rows].join('\n');
}

// ---- WebDAV multistatus --------------------------------------------------------------------------

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** XML-escapes a marked text outside and inside the marks. */
const xmlMarked = (s: string) =>
  s
    .split(/(⸢[a-z]:[^⸣]*⸣)/)
    .map((part) => {
      const m = MARKED.exec(part);
      return m && m.index === 0 ? mark(m[1], xml(m[2])) : xml(part);
    })
    .join('');

function multistatus(rng: PCG64, hrefBase: string, ext: string, dataTag: string, bodies: string[]): string {
  const responses = bodies.map((body) =>
    [
      '  <d:response>',
      `    <d:href>${hrefBase}${uuid(rng)}.${ext}</d:href>`,
      '    <d:propstat>',
      '      <d:prop>',
      `        <d:getetag>"${hex(rng, 16)}"</d:getetag>`,
      `        <${dataTag}>${xmlMarked(body)}</${dataTag}>`,
      '      </d:prop>',
      '      <d:status>HTTP/1.1 200 OK</d:status>',
      '    </d:propstat>',
      '  </d:response>',
    ].join('\n'),
  );
  const ns = dataTag.startsWith('card')
    ? 'xmlns:card="urn:ietf:params:xml:ns:carddav"'
    : 'xmlns:cal="urn:ietf:params:xml:ns:caldav"';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<d:multistatus xmlns:d="DAV:" ${ns}>`,
    ...responses,
    '</d:multistatus>',
  ].join('\n');
}

function carddav(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const user = L(lang, 'trauerfall-team', 'arrangements-team');
  const bodies = people(rng, lang, 1, 3).map((p) => folded(vcard30Lines(rng, lang, p, f)));
  return `REPORT /dav/addressbooks/${user}/default/ HTTP/1.1 → 207\n\n${multistatus(rng, `/dav/addressbooks/${user}/default/`, 'vcf', 'card:address-data', bodies)}`;
}

function caldav(rng: PCG64, lang: Lang): string {
  const user = L(lang, 'disposition', 'bookings');
  const bodies = Array.from({ length: rng.int(1, 2) }, () =>
    folded([
      ...calendarHead(lang).filter((l) => !l.startsWith('METHOD')),
      ...(rng.chance(0.6) ? serviceEvent(rng, lang) : todoLines(rng, lang)),
      'END:VCALENDAR',
    ]),
  );
  return `REPORT /caldav/${user}/${L(lang, 'trauerfeiern', 'services')}/ HTTP/1.1 → 207\n\n${multistatus(rng, `/caldav/${user}/`, 'ics', 'cal:calendar-data', bodies)}`;
}

// ---- JSON ----------------------------------------------------------------------------------------

/** A JSON string of a marked text: escaped outside and inside the marks. */
const jsonMarked = (s: string) =>
  `"${s
    .split(/(⸢[a-z]:[^⸣]*⸣)/)
    .map((part) => {
      const m = MARKED.exec(part);
      return m && m.index === 0 ? mark(m[1], JSON.stringify(m[2]).slice(1, -1)) : JSON.stringify(part).slice(1, -1);
    })
    .join('')}"`;
const js = (s: string) => JSON.stringify(s);

function jcard(rng: PCG64, lang: Lang): string {
  const cards = people(rng, lang, 1, 2).map((p) => {
    const uri = telUri(p.mobile);
    const props = [
      `["version", {}, "text", "4.0"]`,
      `["fn", {}, "text", ${jsonMarked(mark('n', fullName(p)))}]`,
      `["n", {}, "text", [${jsonMarked(mark('n', p.family))}, ${jsonMarked(mark('n', p.given))}, "", "", ""]]`,
      rng.chance(0.7)
        ? `["bday", {}, "date", ${jsonMarked(mark('b', rng.chance(0.5) ? isoBirth(p) : `--${two(p.birth.m)}-${two(p.birth.d)}`))}]`
        : '',
      // adr: street to postcode one label, the `", "` between the components inside.
      `["adr", {"type": "home"}, "text", ["", "", "${mark('h', [p.street, p.town, p.region, p.postcode].map((x) => JSON.stringify(x).slice(1, -1)).join('", "'))}", ${js(p.countryName)}]]`,
      uri
        ? `["tel", {"type": ["cell", "voice"]}, "uri", "tel:${mark('t', uri)}"]`
        : `["tel", {"type": "cell"}, "text", ${jsonMarked(mark('t', p.mobile))}]`,
      `["email", {"type": "home"}, "text", ${jsonMarked(mark('m', p.email))}]`,
      rng.chance(0.6) ? `["note", {}, "text", ${jsonMarked(notePhrases(rng, p, lang, 2).join('\n'))}]` : '',
      `["uid", {}, "uri", "urn:uuid:${uuid(rng)}"]`,
      `["rev", {}, "timestamp", "${stamp(rng)}"]`,
    ].filter(Boolean);
    return `["vcard", [\n    ${props.join(',\n    ')}\n  ]]`;
  });
  return `{"addressbook": "${L(lang, 'nachlass-kontakte', 'estate-contacts')}", "cards": [\n  ${cards.join(',\n  ')}\n]}`;
}

function jcal(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const deceased = person(rng, lang);
  const kin = people(rng, lang, 1, 2);
  const day = eventDay(rng);
  const description = `${L(lang, 'Trauerfall', 'Bereavement')} ${mark('n', fullName(deceased))} (${L(lang, 'geb.', 'b.')} ${mark('b', dob(rng, deceased, lang))})\n${L(lang, 'Rückruf an', 'Call back')} ${mark('n', fullName(kin[0]))}: ${mark('t', kin[0].phone)}`;
  const props = [
    `["uid", {}, "text", "${uuid(rng)}"]`,
    `["dtstamp", {}, "date-time", "${stamp(rng).replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')}"]`,
    `["dtstart", {"tzid": "Europe/Berlin"}, "date-time", "${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${two(rng.int(9, 15))}:00:00"]`,
    `["summary", {}, "text", ${js(L(lang, 'Abholung Urne / Übergabe Sterbeurkunden', 'Collection of ashes / death certificates'))}]`,
    `["organizer", {"cn": ${js(f.name)}}, "cal-address", "mailto:${f.mail}"]`,
    ...kin.map(
      (k) =>
        `["attendee", {"cn": ${jsonMarked(mark('n', fullName(k)))}, "partstat": "ACCEPTED"}, "cal-address", "mailto:${mark('m', k.email)}"]`,
    ),
    rng.chance(0.5)
      ? `["location", {}, "text", ${jsonMarked(mark('h', oneLine(kin[0])))}]`
      : `["location", {}, "text", ${js(`${f.street}, ${f.postcode} ${f.town}`)}]`,
    `["description", {}, "text", ${jsonMarked(description)}]`,
  ];
  return `["vcalendar",\n  [["version", {}, "text", "2.0"], ["prodid", {}, "text", "-//${f.domain}//jCal//${lang.toUpperCase()}"]],\n  [["vevent",\n    [${props.join(',\n     ')}],\n    []\n  ]]\n]`;
}

/** A People-API-style sync page of a claims or genealogy app: contacts as nested JSON. */
function syncJson(rng: PCG64, lang: Lang): string {
  const f = firm(rng, lang);
  const connections = people(rng, lang, 1, 3).map((p) => {
    const parts = [
      `      "resourceName": "people/c${rng.digits(18)}"`,
      `      "etag": "%${hex(rng, 20)}"`,
      `      "names": [{"displayName": ${jsonMarked(mark('n', fullName(p)))}, "familyName": ${jsonMarked(mark('n', p.family))}, "givenName": ${jsonMarked(mark('n', p.given))}}]`,
      `      "emailAddresses": [{"value": ${jsonMarked(mark('m', p.email))}, "type": "home"}]`,
      `      "phoneNumbers": [{"value": ${jsonMarked(mark('t', p.phone))}, "type": "home"}, {"value": ${jsonMarked(mark('t', p.mobile))}, "type": "mobile"}]`,
      `      "addresses": [{"formattedValue": ${jsonMarked(mark('h', oneLine(p)))}, "type": "home", "countryCode": "${p.country}"}]`,
      rng.chance(0.6)
        ? `      "birthdays": [{"date": {"year": ${p.birth.y}, "month": ${p.birth.m}, "day": ${p.birth.d}}, "text": ${jsonMarked(mark('b', dob(rng, p, lang)))}}]`
        : '',
      rng.chance(0.6) ? `      "biographies": [{"value": ${jsonMarked(notePhrases(rng, p, lang, 2).join('\n'))}}]` : '',
      `      "metadata": {"sources": [{"type": "CONTACT", "updateTime": "2025-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}T10:${two(rng.int(0, 59))}:00Z"}], "lastClientIp": "${mark('a', V.ip(rng))}"}`,
    ].filter(Boolean);
    return `    {\n${parts.join(',\n')}\n    }`;
  });
  return `{\n  "source": ${js(f.name)},\n  "connections": [\n${connections.join(',\n')}\n  ],\n  "nextSyncToken": "${hex(rng, 32)}",\n  "totalPeople": ${connections.length}\n}`;
}

const KINDS: [string, Kind][] = [
  ['vCard 2.1 (QUOTED-PRINTABLE)', vcard21],
  ['vCard 3.0 (folded, escaped)', vcard30],
  ['vCard 4.0 (deceased and kin, tel: URIs)', vcard40],
  ['vCard of the firm itself', orgCard],
  ['iCalendar funeral service event', icalService],
  ['iCalendar probate to-do', icalTodo],
  ['iCalendar birthday calendar', icalBirthdays],
  ['iCalendar public calendar', publicCalendar],
  ['LDIF heir directory export', ldif],
  ['Outlook contacts CSV', outlookCsv],
  ['Google contacts CSV', googleCsv],
  ['CardDAV multistatus', carddav],
  ['CalDAV multistatus', caldav],
  ['jCard JSON', jcard],
  ['jCal JSON', jcal],
  ['contact sync JSON', syncJson],
];

/** `count` generated documents, the same for the same seed: kinds in turn, languages alternating per round. */
export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: { type: string; start: number; end: number }[] }[] {
  const rng = new PCG64(BigInt(seed), 28n);
  return Array.from({ length: count }, (_, i) => {
    const [kind, render] = KINDS[i % KINDS.length];
    const lang: Lang = (i + Math.floor(i / KINDS.length)) % 2 === 0 ? 'de' : 'en';
    return { lang, kind, ...readMarks(render(rng, lang)) };
  });
}
