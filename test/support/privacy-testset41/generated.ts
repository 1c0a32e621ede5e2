import { TextBuilder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Ranlxd1 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

/** A piece of a data file's line: plain text, or a value with its type (labelled wherever it is written). */
type Seg = string | { type: string; v: string };
type Line = Seg[];
const segText = (s: Seg) => (typeof s === 'string' ? s : s.v);
const lineText = (l: Line) => l.map(segText).join('');

/** The shared builder, with a data file's lines written segment by segment. */
class Builder extends TextBuilder {
  seg(s: Seg): this {
    return typeof s === 'string' ? this.add(s) : this.val(s.type, s.v);
  }
  line(prefix: string, l: Line): this {
    this.add(prefix);
    for (const s of l) this.seg(s);
    return this.add('\n');
  }
}

interface Person {
  given: string;
  family: string;
  full: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  street: string;
  num: number;
  town: string;
  streetFirst: boolean;
  female: boolean;
  country: string;
}
const address = (p: Person) => (p.streetFirst ? `${p.street} ${p.num}, ${p.town}` : `${p.num} ${p.street}, ${p.town}`);

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

/**
 * Home towns per country: street names, towns with postcodes (paired index by index outside Germany), the mobile
 * numbers' shape, the free-mail domains.
 */
const HOMES: {
  country: string;
  streets: string[];
  towns: string[];
  streetFirst: boolean;
  phone: (r: Ranlxd1) => string;
  mail: string[];
}[] = [
  {
    country: 'DE',
    streets: ['Am Lindenhügel', 'Fliederweg', 'Bergstraße', 'Zum Steinbruch', 'Heckenrosenpfad'],
    towns: ['36037 Fulda', '97070 Würzburg', '76133 Karlsruhe', '45127 Essen', '04109 Leipzig'],
    streetFirst: true,
    phone: (r) => r.pick([`+49 ${r.pick(['152', '159', '176', '179'])} ${r.digits(7)}`, `0171 ${r.digits(7)}`]),
    mail: ['web.de', 'posteo.de', 'gmx.net', 'mailbox.org'],
  },
  {
    country: 'AT',
    streets: ['Lerchenfelder Gürtel', 'Sackstraße', 'Hauptplatz'],
    towns: ['1160 Wien', '8010 Graz', '4020 Linz'],
    streetFirst: true,
    phone: (r) => `+43 ${r.pick(['664', '676', '699'])} ${r.digits(3)} ${r.digits(4)}`,
    mail: ['aon.at', 'gmx.at'],
  },
  {
    country: 'CH',
    streets: ['Badenerstrasse', 'Spitalgasse', 'Chemin des Vignes'],
    towns: ['8004 Zürich', '3011 Bern', '1007 Lausanne'],
    streetFirst: true,
    phone: (r) => `+41 ${r.pick(['76', '78', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    mail: ['bluewin.ch', 'sunrise.ch'],
  },
  {
    country: 'GB',
    streets: ['Holloway Road', 'Chapel Street', 'Rowan Close'],
    towns: ['London N7 6PA', 'Leeds LS6 2AB', 'Cardiff CF24 4QJ'],
    streetFirst: false,
    phone: (r) => `07${r.pick(['723', '958', '481'])} ${r.digits(6)}`,
    mail: ['btinternet.com', 'outlook.com'],
  },
  {
    // Irish keyholders and stewards here live across the border (an Eircode is no postcode the set's checks read).
    country: 'IE',
    streets: ['Antrim Road', 'Strand Road'],
    towns: ['Belfast BT15 5AB', 'Derry BT48 7NN'],
    streetFirst: false,
    phone: (r) => `+353 ${r.pick(['85', '87', '89'])} ${r.digits(3)} ${r.digits(4)}`,
    mail: ['eircom.net', 'gmail.com'],
  },
  {
    country: 'US',
    streets: ['Larchmont Ave', 'N Halsted St'],
    towns: ['Buffalo, NY 14216', 'Chicago, IL 60614'],
    streetFirst: false,
    phone: (r) => `(${r.pick(['716', '773', '312'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    mail: ['yahoo.com', 'gmail.com'],
  },
  {
    country: 'CA',
    streets: ['Danforth Ave', 'Rue Saint-Denis'],
    towns: ['Toronto, ON M4K 1N2', 'Montréal, QC H2X 3K8'],
    streetFirst: false,
    phone: (r) => `(${r.pick(['416', '514'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    mail: ['rogers.com', 'videotron.ca'],
  },
  {
    country: 'AU',
    streets: ['Grevillea Pde', 'Beach Rd'],
    towns: ['Fremantle WA 6160', 'Geelong VIC 3220'],
    streetFirst: false,
    phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    mail: ['bigpond.com', 'optusnet.com.au'],
  },
  {
    country: 'NZ',
    streets: ['Karangahape Rd', 'Cuba St'],
    towns: ['Auckland 1010', 'Wellington 6011'],
    streetFirst: false,
    phone: (r) => `+64 21 ${r.digits(3)} ${r.digits(4)}`,
    mail: ['xtra.co.nz', 'gmail.com'],
  },
  {
    country: 'ZA',
    streets: ['Jan Smuts Ave', 'Long St'],
    towns: ['Johannesburg 2196', 'Cape Town 8001'],
    streetFirst: false,
    phone: (r) => `+27 ${r.pick(['71', '82', '84'])} ${r.digits(3)} ${r.digits(4)}`,
    mail: ['mweb.co.za', 'gmail.com'],
  },
];

function person(r: Ranlxd1, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = lang === 'de' ? r.pick(HOMES.slice(0, 3)) : r.pick(HOMES.slice(3));
  // Outside Germany a street is named in one town only (a postcode names its street): streets and towns are paired.
  const at = r.int(0, home.towns.length - 1);
  const local = r.chance(0.6)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(given)[0]}${ascii(family)}${r.int(1, 99)}`;
  return {
    given,
    family,
    full: `${given} ${family}`,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1955, 2005) },
    street: home.country === 'DE' ? r.pick(home.streets) : home.streets[at],
    // Canadian house numbers run to four digits.
    num: home.country === 'CA' ? r.int(1000, 9899) : r.int(2, 140),
    town: home.towns[at],
    streetFirst: home.streetFirst,
    female: r.chance(0.5),
    country: home.country,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function dobText(r: Ranlxd1, p: Person, lang: Lang): string {
  const { d, m, y } = p.dob;
  switch (r.int(0, 3)) {
    case 0:
      return `${pad(d)}.${pad(m)}.${y}`;
    case 1:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 2:
      return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
    default:
      return lang === 'de' ? `${pad(d)}.${pad(m)}.${String(y).slice(2)}` : `${pad(d)}/${pad(m)}/${y}`;
  }
}
const clientIp = (r: Ranlxd1) =>
  r.chance(0.8)
    ? `${r.pick([84, 91, 109, 178, 212])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a02:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;

/** Look-alikes never labelled: transponder UIDs, incident references, alarm accounts, plates, panels' own addresses. */
const HEX = [...'0123456789ABCDEF'];
const uid = (r: Ranlxd1) => '04' + Array.from({ length: 12 }, () => r.pick(HEX)).join('');
const incident = (r: Ranlxd1) => `INC-26-${r.digits(5)}`;
const account = (r: Ranlxd1) => `${r.pick(['AK', 'ARC', 'KD'])}-${r.int(1000, 9999)}-${r.digits(2)}`;
const plate = (r: Ranlxd1, lang: Lang) =>
  lang === 'de'
    ? `${r.pick(['FD', 'WÜ', 'KA', 'E', 'L'])}-${r.pick(['SG', 'WK', 'GT'])} ${r.int(100, 9999)}`
    : r.pick([
        `${r.pick(['LR', 'YK', 'CA'])}${r.int(61, 75)} ${r.pick(['GRD', 'KSV', 'TXP'])}`,
        `${r.int(100, 999)} ${r.pick(['ARM', 'SEC'])}`,
      ]);
const panelIp = (r: Ranlxd1) => `${r.pick(['10.20', '192.168', '172.16'])}.${r.int(0, 40)}.${r.int(2, 250)}`;
const eventDay = (r: Ranlxd1) => `2026-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`;
const clock = (r: Ranlxd1) => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
const hex = (r: Ranlxd1, n: number) => Array.from({ length: n }, () => r.pick([...'0123456789abcdef'])).join('');

/** The firms: switchboards, role mailboxes, accounts and bots are never labelled. */
const FIRMS: Record<Lang, { name: string; domain: string; role: string; phone: string }[]> = {
  de: [
    { name: 'Wachschutz Rhön-Main GmbH', domain: 'wachschutz-rhoen.de', role: 'leitstelle', phone: '0661 90 455-0' },
    { name: 'NSL Alpenwacht GmbH', domain: 'alpenwacht.at', role: 'notruf', phone: '+43 1 981 20 0' },
    {
      name: 'Schlüsseldienst Krahwinkel e. K.',
      domain: 'krahwinkel-schluessel.de',
      role: 'auftrag',
      phone: '0931 460 27 70',
    },
    { name: 'Secura Limmat AG', domain: 'secura-limmat.ch', role: 'einsatz', phone: '+41 44 455 80 00' },
  ],
  en: [
    { name: 'Greywall Monitoring Ltd', domain: 'greywall-arc.co.uk', role: 'arc', phone: '0113 496 0712' },
    { name: 'Liffey Event Security', domain: 'liffeysecurity.ie', role: 'rostering', phone: '+353 1 555 0190' },
    { name: 'Northstar Locksmiths & Access', domain: 'northstaraccess.ca', role: 'dispatch', phone: '1-888-555-0137' },
    { name: 'Kōwhai Investigations', domain: 'kowhai-pi.co.nz', role: 'cases', phone: '+64 9 555 0144' },
    { name: 'Ironbark Cash Services', domain: 'ironbarkcash.com.au', role: 'cit.ops', phone: '1300 555 018' },
  ],
};
const BOTS = ['ci-bot <noreply@ci.internal>', 'Renovate Bot <bot@renovateapp.com>', 'sync-job <sync@hr-export.local>'];

interface Field {
  key: string;
  seg: Seg;
}
interface Record_ {
  fields: Field[];
  person?: Person;
}
interface Topic {
  file: Record<Lang, string>;
  subject: Record<Lang, string[]>;
  make: (r: Ranlxd1, lang: Lang, p: Person) => Field[];
}
const P = (v: string): Seg => ({ type: 'PERSON', v });
const f = (key: string, seg: Seg): Field => ({ key, seg });

/** The data files the firms keep under version control, one record per person. */
const TOPICS: Topic[] = [
  {
    file: { de: 'objekte/schluesseltraeger', en: 'sites/keyholders' },
    subject: {
      de: ['Schlüsselträger aktualisiert', 'Neue Rufnummer Interventionskontakt'],
      en: ['Update keyholder contacts', 'Keyholder changed after site survey'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'konto' : 'account', account(r)),
      f(lang === 'de' ? 'name' : 'name', P(p.full)),
      f(lang === 'de' ? 'mobil' : 'phone', { type: 'PHONE_NUMBER', v: p.phone }),
      f(lang === 'de' ? 'prio' : 'priority', String(r.int(1, 3))),
      f(lang === 'de' ? 'objekt' : 'site', { type: 'POSTAL_ADDRESS', v: address(p) }),
    ],
  },
  {
    file: { de: 'zutritt/transponder', en: 'access/badges' },
    subject: {
      de: ['Transponder ausgegeben', 'Zutrittsberechtigung geändert'],
      en: ['Issue badge to new starter', 'Re-issue lost fob'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'ausweis' : 'badge', `B-${r.int(10000, 99999)}`),
      f('uid', uid(r)),
      f(lang === 'de' ? 'inhaber' : 'holder', P(p.full)),
      f('email', { type: 'EMAIL_ADDRESS', v: p.email }),
      f(lang === 'de' ? 'gueltig_ab' : 'valid_from', eventDay(r)),
      f(lang === 'de' ? 'tueren' : 'doors', r.pick(['EG-Nord', 'Lager 2', 'Server', 'Haupteingang'])),
    ],
  },
  {
    file: { de: 'personal/bewacherregister', en: 'hr/vetting' },
    subject: {
      de: ['Stammdaten für Bewacherregister ergänzt', 'Korrektur Personalstamm'],
      en: ['Vetting record updated', 'Add screening details'],
    },
    make: (r, lang, p) =>
      lang === 'de'
        ? [
            f('name', P(p.full)),
            f('geburtsdatum', { type: 'DATE_OF_BIRTH', v: dobText(r, p, lang) }),
            f('steuer_id', { type: 'DE_TAX_ID', v: taxId(r) }),
            f('sv_nummer', {
              type: 'DE_SOCIAL_SECURITY',
              v: pensionNumber(r, p.dob, p.family, p.female),
            }),
            f('ausweis', { type: 'DE_ID_CARD', v: icaoNumber(r, 'id') }),
            f('iban', { type: 'IBAN_CODE', v: r.chance(0.5) ? iban(r, p.country) : grouped(iban(r, p.country)) }),
            f('reg_34a', `${r.int(100, 999)}-${r.digits(6)}`),
          ]
        : [
            f('name', P(p.full)),
            f('dob', { type: 'DATE_OF_BIRTH', v: dobText(r, p, lang) }),
            f('mobile', { type: 'PHONE_NUMBER', v: p.phone }),
            f('iban', { type: 'IBAN_CODE', v: iban(r, r.pick(['GB', 'IE', 'NL'])) }),
            f('de_passport', { type: 'DE_PASSPORT', v: icaoNumber(r, 'passport') }),
            f('licence', `SIA-${r.digits(4)}-${r.digits(4)}`),
          ],
  },
  {
    file: { de: 'veranstaltung/hausverbote', en: 'events/banned-persons' },
    subject: {
      de: ['Hausverbot eingetragen', 'Hausverbot verlängert'],
      en: ['Add banning order', 'Extend ban after incident'],
    },
    make: (r, lang, p) => [
      f('name', P(lang === 'de' ? `${p.family}, ${p.given}` : p.full)),
      f(lang === 'de' ? 'geb' : 'dob', { type: 'DATE_OF_BIRTH', v: dobText(r, p, lang) }),
      f(lang === 'de' ? 'anschrift' : 'address', { type: 'POSTAL_ADDRESS', v: address(p) }),
      f(lang === 'de' ? 'bis' : 'until', eventDay(r)),
      f(lang === 'de' ? 'vorfall' : 'incident', incident(r)),
    ],
  },
  {
    file: { de: 'video/auskunftsersuchen', en: 'cctv/subject-access-requests' },
    subject: {
      de: ['Auskunftsersuchen Art. 15 erfasst', 'Videoauskunft abgeschlossen'],
      en: ['Log new SAR', 'SAR footage released'],
    },
    make: (r, lang, p) => [
      f('ref', `${lang === 'de' ? 'VA' : 'SAR'}-${r.int(100, 999)}`),
      f(lang === 'de' ? 'antragsteller' : 'requester', P(p.full)),
      f('email', { type: 'EMAIL_ADDRESS', v: p.email }),
      f(lang === 'de' ? 'telefon' : 'phone', { type: 'PHONE_NUMBER', v: p.phone }),
      f(lang === 'de' ? 'portal_ip' : 'portal_ip', { type: 'IP_ADDRESS', v: clientIp(r) }),
      f(lang === 'de' ? 'kamera' : 'camera', `CAM-${pad(r.int(1, 48))} ${eventDay(r)} ${clock(r)}`),
      f(lang === 'de' ? 'gebuehr_karte' : 'fee_card', {
        type: 'CREDIT_CARD',
        v: r.chance(0.5) ? card(r) : cardPrinted(card(r), ' '),
      }),
    ],
  },
  {
    file: { de: 'auftraege/notoeffnungen', en: 'jobs/lockouts' },
    subject: {
      de: ['Notöffnung abgerechnet', 'Auftrag nachgetragen'],
      en: ['Record lockout job', 'Fix customer details on job'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'auftrag' : 'job', `${lang === 'de' ? 'NÖ' : 'LK'}-${r.digits(5)}`),
      f(lang === 'de' ? 'kunde' : 'customer', P(p.full)),
      f(lang === 'de' ? 'adresse' : 'address', { type: 'POSTAL_ADDRESS', v: address(p) }),
      f(lang === 'de' ? 'telefon' : 'phone', { type: 'PHONE_NUMBER', v: p.phone }),
      f(lang === 'de' ? 'karte' : 'card', { type: 'CREDIT_CARD', v: cardPrinted(card(r), r.pick([' ', '-'])) }),
      f(lang === 'de' ? 'betrag' : 'amount', `${r.int(89, 420)}.${r.pick(['00', '50', '90'])}`),
      f(lang === 'de' ? 'schluessel' : 'key_no', `S-${r.int(100, 999)}/${r.int(1, 9)}`),
    ],
  },
  {
    file: { de: 'dienstplan/schichten', en: 'roster/shifts' },
    subject: {
      de: ['Dienstplan KW 12', 'Schichttausch eingetragen'],
      en: ['Roster for stadium fixture', 'Swap steward shifts'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'posten' : 'post', `${lang === 'de' ? 'P' : 'Gate '}${r.int(1, 24)}`),
      f(lang === 'de' ? 'kraft' : 'steward', P(r.chance(0.3) ? p.family : p.full)),
      f(lang === 'de' ? 'handy' : 'mobile', { type: 'PHONE_NUMBER', v: p.phone }),
      f(lang === 'de' ? 'schicht' : 'shift', `${clock(r)}-${clock(r)}`),
      f(lang === 'de' ? 'mail' : 'email', { type: 'EMAIL_ADDRESS', v: p.email }),
    ],
  },
  {
    file: { de: 'werttransport/besatzungen', en: 'cit/crews' },
    subject: {
      de: ['Besatzung Tour 7 geändert', 'Neue Fahrerin Tour 3'],
      en: ['Crew change route 12', 'Add crew member'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'tour' : 'route', `${lang === 'de' ? 'T' : 'R'}${r.int(1, 30)}`),
      f(lang === 'de' ? 'fahrzeug' : 'vehicle', plate(r, lang)),
      f(lang === 'de' ? 'besatzung' : 'crew', P(p.full)),
      lang === 'de'
        ? f('perso', { type: 'DE_ID_CARD', v: icaoNumber(r, 'id') })
        : f('dob', { type: 'DATE_OF_BIRTH', v: dobText(r, p, lang) }),
      f(lang === 'de' ? 'diensthandy' : 'phone', { type: 'PHONE_NUMBER', v: p.phone }),
    ],
  },
  {
    file: { de: 'ermittlungen/observation', en: 'cases/surveillance' },
    subject: {
      de: ['Observationsnotiz Tag 2', 'Zielperson: neue Anschrift'],
      en: ['Surveillance log day 3', 'Subject moved; update service address'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'akte' : 'case', `${lang === 'de' ? 'E' : 'PI'}-${r.int(2024, 2026)}-${r.digits(3)}`),
      f(lang === 'de' ? 'zielperson' : 'subject', P(p.full)),
      f(lang === 'de' ? 'geb' : 'dob', { type: 'DATE_OF_BIRTH', v: dobText(r, p, lang) }),
      f(lang === 'de' ? 'anschrift' : 'address', { type: 'POSTAL_ADDRESS', v: address(p) }),
      f(lang === 'de' ? 'kfz' : 'vehicle', plate(r, lang)),
      f(lang === 'de' ? 'gesehen' : 'seen', `${eventDay(r)} ${clock(r)}`),
    ],
  },
  {
    file: { de: 'zutritt/fernoeffnungen', en: 'access/remote-unlocks' },
    subject: {
      de: ['Export Fernöffnungen App', 'Protokoll Fernöffnung ergänzt'],
      en: ['Export app unlock log', 'Append remote unlocks'],
    },
    make: (r, lang, p) => [
      f(lang === 'de' ? 'zeit' : 'time', `${eventDay(r)}T${clock(r)}:${pad(r.int(0, 59))}`),
      f(lang === 'de' ? 'tuer' : 'door', `${lang === 'de' ? 'Tür' : 'Door'} ${r.int(1, 40)}`),
      f('uid', uid(r)),
      f(lang === 'de' ? 'nutzer' : 'user', P(p.full)),
      f('ip', { type: 'IP_ADDRESS', v: clientIp(r) }),
      f(lang === 'de' ? 'panel' : 'panel', panelIp(r)),
    ],
  },
];

/** A record's fields in one file format, as lines. */
type Format = 'csv' | 'json' | 'yaml' | 'ini' | 'txt';
const needsQuotes = (v: string) => /[,;"]/.test(v);
function serialise(format: Format, records: Record_[], lang: Lang): Line[] {
  const lines: Line[] = [];
  const keys = records[0]?.fields.map((x) => x.key) ?? [];
  if (format === 'csv') {
    lines.push([keys.join(';')]);
    for (const rec of records) {
      const l: Line = [];
      rec.fields.forEach((x, i) => {
        if (i) l.push(';');
        if (needsQuotes(segText(x.seg))) l.push('"', x.seg, '"');
        else l.push(x.seg);
      });
      lines.push(l);
    }
  } else if (format === 'json') {
    lines.push(['[']);
    records.forEach((rec, n) => {
      const l: Line = ['  {'];
      rec.fields.forEach((x, i) => l.push(i ? ', "' : '"', x.key, '": "', x.seg, '"'));
      l.push(n < records.length - 1 ? '},' : '}');
      lines.push(l);
    });
    lines.push([']']);
  } else if (format === 'yaml') {
    lines.push([lang === 'de' ? 'eintraege:' : 'entries:']);
    for (const rec of records)
      rec.fields.forEach((x, i) => {
        const q = /^[+(]|[:#,]/.test(segText(x.seg));
        lines.push([i ? '    ' : '  - ', x.key, ': ', ...(q ? ['"', x.seg, '"'] : [x.seg])]);
      });
  } else if (format === 'ini') {
    records.forEach((rec, n) => {
      if (n) lines.push([]);
      lines.push([`[${lang === 'de' ? 'eintrag' : 'entry'}_${pad(n + 1)}]`]);
      for (const x of rec.fields) lines.push([x.key, ' = ', x.seg]);
    });
  } else {
    records.forEach((rec, n) => {
      if (n) lines.push([]);
      for (const x of rec.fields) lines.push([x.key[0].toUpperCase() + x.key.slice(1).replace(/_/g, ' '), ': ', x.seg]);
    });
  }
  return lines;
}

/** The changes a commit makes to the records: a person's values replaced, a record added or removed, a status. */
function change(r: Ranlxd1, lang: Lang, topic: Topic, records: Record_[]): Record_[] {
  const next = records.map((rec) => ({ ...rec, fields: rec.fields.map((x) => ({ ...x })) }));
  const ops = r.int(1, 3);
  for (let k = 0; k < ops; k++) {
    const op = r.pick(['value', 'value', 'renumber', 'name', 'add', 'remove']);
    const rec = r.pick(next);
    if (op === 'add' || !rec?.person) {
      const p = person(r, lang);
      next.splice(r.int(0, next.length), 0, { fields: topic.make(r, lang, p), person: p });
    } else if (op === 'remove' && next.length > 3) next.splice(next.indexOf(rec), 1);
    else if (op === 'renumber') {
      const x = rec.fields.find((y) => typeof y.seg !== 'string' && y.seg.type === 'POSTAL_ADDRESS');
      if (x && rec.person) {
        rec.person = { ...rec.person, num: rec.person.num + r.int(1, 9) };
        x.seg = { type: 'POSTAL_ADDRESS', v: address(rec.person) };
      }
    } else if (op === 'name') {
      const x = rec.fields.find((y) => typeof y.seg !== 'string' && y.seg.type === 'PERSON');
      if (x && rec.person && typeof x.seg !== 'string' && x.seg.v === rec.person.full) {
        const other = person(r, lang);
        x.seg = P(`${rec.person.given} ${rec.person.family}-${other.family}`);
      }
    } else {
      // Another value of the same person: a new mobile, mailbox or address; or an unlabelled status field.
      const other = person(r, lang);
      const fresh = topic.make(r, lang, other);
      const i = r.int(0, rec.fields.length - 1);
      const x = rec.fields[i];
      if (typeof x.seg === 'string' || x.seg.type !== 'PERSON') x.seg = fresh[i].seg;
    }
  }
  return next;
}

/** A line-level diff (longest common subsequence) of two files' lines. */
interface Op {
  t: ' ' | '-' | '+';
  line: Line;
  a: number;
  b: number;
}
function diff(a: Line[], b: Line[]): Op[] {
  const A = a.map(lineText);
  const B = b.map(lineText);
  const n = A.length;
  const m = B.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) L[i][j] = A[i] === B[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) ops.push({ t: ' ', line: a[i], a: i++, b: j++ });
    else if (i < n && (j >= m || L[i + 1][j] >= L[i][j + 1])) ops.push({ t: '-', line: a[i], a: i++, b: j });
    else ops.push({ t: '+', line: b[j], a: i, b: j++ });
  }
  return ops;
}
interface Hunk {
  header: string;
  ops: Op[];
  firstOld: number;
}
function hunks(ops: Op[], context = 3): Hunk[] {
  const changed = ops.map((o, i) => (o.t === ' ' ? -1 : i)).filter((i) => i >= 0);
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context) last[1] = i;
    else groups.push([i, i]);
  }
  return groups.map(([s, e]) => {
    const from = Math.max(0, s - context);
    const to = Math.min(ops.length - 1, e + context);
    const part = ops.slice(from, to + 1);
    const oldLen = part.filter((o) => o.t !== '+').length;
    const newLen = part.filter((o) => o.t !== '-').length;
    const range = (start: number, len: number) => (len === 1 ? `${start}` : `${len ? start : start - 1},${len}`);
    const oldStart = ops[from].a + 1;
    const newStart = ops[from].b + 1;
    return {
      header: `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@`,
      ops: part,
      firstOld: ops[from].a,
    };
  });
}

/** Git's default function context: the last line before the hunk that starts with a letter, `_` or `$`, cut to 80. */
function funcname(old: Line[], before: number): Line {
  for (let i = before - 1; i >= 0; i--)
    if (/^[A-Za-z_$]/.test(lineText(old[i]))) {
      const out: Line = [];
      let len = 0;
      for (const s of old[i]) {
        if (len + segText(s).length > 80) break;
        out.push(s);
        len += segText(s).length;
      }
      return out;
    }
  return [];
}

function writeHunks(b: Builder, old: Line[], hs: Hunk[], withFuncname: boolean): void {
  for (const h of hs) {
    const fn = withFuncname ? funcname(old, h.firstOld) : [];
    b.line(h.header + (fn.length ? ' ' : ''), fn);
    for (const o of h.ops) b.line(o.t, o.line);
  }
}

/** Word diff of one changed line against its replacement: equal pieces plain, changed pieces in [-…-]{+…+}. */
function wordDiffLine(b: Builder, from: Line, to: Line): void {
  if (from.length !== to.length) {
    b.add('[-');
    for (const s of from) b.seg(s);
    b.add('-]{+');
    for (const s of to) b.seg(s);
    b.add('+}\n');
    return;
  }
  from.forEach((s, i) => {
    const t = to[i];
    const a = segText(s);
    const z = segText(t);
    if (a === z) return void b.seg(s);
    if (typeof s !== 'string' && typeof t !== 'string' && s.type === t.type) {
      // A changed value that keeps its first words (a name with a second family name, a renumbered address):
      // git marks only the words that changed.
      const wa = a.split(' ');
      const wz = z.split(' ');
      let p = 0;
      while (p < wa.length - 1 && p < wz.length - 1 && wa[p] === wz[p]) p++;
      let q = 0;
      while (q < wa.length - 1 - p && q < wz.length - 1 - p && wa[wa.length - 1 - q] === wz[wz.length - 1 - q]) q++;
      if (s.type === 'POSTAL_ADDRESS' && (p > 0 || q > 0)) {
        const run = `${wa.slice(0, p).join(' ')}${p ? ' ' : ''}[-${wa.slice(p, wa.length - q).join(' ')}-]{+${wz.slice(p, wz.length - q).join(' ')}+}${q ? ' ' : ''}${wa.slice(wa.length - q).join(' ')}`;
        return void b.val(s.type, run);
      }
      if (s.type === 'PERSON' && p > 0 && q === 0) {
        b.val('PERSON', wa.slice(0, p).join(' ')).add(' [-');
        b.val('PERSON', wa.slice(p).join(' ')).add('-]{+');
        return void b.val('PERSON', wz.slice(p).join(' ')).add('+}');
      }
    }
    b.add('[-').seg(s).add('-]{+').seg(t).add('+}');
  });
  b.add('\n');
}

function writeWordDiff(b: Builder, hs: Hunk[]): void {
  for (const h of hs) {
    b.add(h.header + '\n');
    const ops = h.ops;
    for (let i = 0; i < ops.length;) {
      if (ops[i].t === ' ') {
        b.line('', ops[i++].line);
        continue;
      }
      const minus: Line[] = [];
      const plus: Line[] = [];
      while (i < ops.length && ops[i].t === '-') minus.push(ops[i++].line);
      while (i < ops.length && ops[i].t === '+') plus.push(ops[i++].line);
      for (let k = 0; k < Math.max(minus.length, plus.length); k++) {
        if (k < minus.length && k < plus.length) wordDiffLine(b, minus[k], plus[k]);
        else {
          const whole = k < minus.length;
          b.add(whole ? '[-' : '{+');
          for (const s of whole ? minus[k] : plus[k]) b.seg(s);
          b.add(whole ? '-]\n' : '+}\n');
        }
      }
    }
  }
}

/** Who committed: a person (name and mailbox labelled), the firm's role account or a bot (never labelled). */
interface Author {
  seg: Line;
}
/** RFC 2047 Q-encoding of a non-ASCII display name, as git format-patch writes it. */
function qEncode(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  let out = '';
  for (const x of bytes)
    out +=
      x === 0x20
        ? '=20'
        : /[A-Za-z0-9-]/.test(String.fromCharCode(x)) && x < 128
          ? String.fromCharCode(x)
          : `=${x.toString(16).toUpperCase().padStart(2, '0')}`;
  return `=?UTF-8?q?${out}?=`;
}
function author(r: Ranlxd1, lang: Lang, firm: (typeof FIRMS)['de'][number], personal: boolean, mail: boolean): Author {
  if (!personal || r.chance(0.15))
    return r.chance(0.5)
      ? { seg: [r.pick(BOTS)] }
      : { seg: [`${lang === 'de' ? 'Leitstelle' : 'Operations'} <${firm.role}@${firm.domain}>`] };
  const p = person(r, lang);
  const work = `${ascii(p.given)}.${ascii(p.family)}@${firm.domain}`;
  const name = mail && /[^\x20-\x7e]/.test(p.full) ? qEncode(p.full) : p.full;
  return { seg: [P(name), ' <', { type: 'EMAIL_ADDRESS', v: work }, '>'] };
}

const DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function commitDate(r: Ranlxd1): { git: string; mail: string; epoch: number; zone: string } {
  const m = r.int(0, 10);
  const d = r.int(1, 28);
  const t = `${pad(r.int(6, 22))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
  const zone = r.pick(['+0100', '+0000', '-0500', '+1000', '+1300', '+0200']);
  const dt = new Date(Date.UTC(2026, m, d));
  const wd = DAYS_EN[(dt.getUTCDay() + 6) % 7];
  const epoch = Math.floor(dt.getTime() / 1000) + r.int(20000, 80000);
  return {
    git: `${wd} ${MONTHS3[m]} ${d} ${t} 2026 ${zone}`,
    mail: `${wd}, ${d} ${MONTHS3[m]} 2026 ${t} ${zone}`,
    epoch,
    zone,
  };
}

type Render = (r: Ranlxd1, lang: Lang, personal: boolean) => Builder;

/** One change to one data file: the topic, the file, the old and new lines. */
interface Change {
  path: string;
  old: Line[];
  now: Line[];
  subject: string;
  firm: (typeof FIRMS)['de'][number];
}
const FORMATS: Format[] = ['csv', 'json', 'yaml', 'ini', 'txt'];
function makeChange(r: Ranlxd1, lang: Lang, personal: boolean, format?: Format): Change {
  const firm = r.pick(FIRMS[lang]);
  const fmt = format ?? r.pick(FORMATS);
  if (!personal) return noPersonChange(r, lang, fmt, firm);
  const topic = r.pick(TOPICS);
  const n = fmt === 'csv' || fmt === 'json' ? r.int(6, 16) : r.int(3, 6);
  const records: Record_[] = Array.from({ length: n }, () => {
    const p = person(r, lang);
    return { fields: topic.make(r, lang, p), person: p };
  });
  let now = change(r, lang, topic, records);
  // A commit that changed nothing visible gets one more change.
  while (lineText(serialise(fmt, now, lang).flat()) === lineText(serialise(fmt, records, lang).flat()))
    now = change(r, lang, topic, now);
  return {
    path: `${topic.file[lang]}.${fmt}`,
    old: serialise(fmt, records, lang),
    now: serialise(fmt, now, lang),
    subject: r.pick(topic.subject[lang]),
    firm,
  };
}

/** Files without a person: alarm zones, tariffs and fleet lists. Their values are the firm's and the devices'. */
function noPersonChange(r: Ranlxd1, lang: Lang, fmt: Format, firm: (typeof FIRMS)['de'][number]): Change {
  const kind = r.int(0, 2);
  const rows = (): Field[][] =>
    Array.from({ length: r.int(5, 10) }, (_, i) =>
      kind === 0
        ? [
            f(lang === 'de' ? 'zone' : 'zone', String(i + 1)),
            f(
              lang === 'de' ? 'melder' : 'detector',
              r.pick(['PIR', 'Magnetkontakt', 'Glasbruch', 'Rauch', 'PIR-Dual']),
            ),
            f(lang === 'de' ? 'bereich' : 'area', r.pick(['EG', 'OG1', 'Lager', 'Büro', 'Tiefgarage'])),
            f('panel', panelIp(r)),
            f('fw', `${r.int(2, 7)}.${r.int(0, 20)}.${r.int(0, 9)}`),
          ]
        : kind === 1
          ? [
              f(
                lang === 'de' ? 'leistung' : 'service',
                r.pick(['Revierfahrt', 'Alarmverfolgung', 'Objektschutz/h', 'Key holding', 'Lock change']),
              ),
              f(lang === 'de' ? 'preis' : 'price', `${r.int(18, 240)}.${r.pick(['00', '50'])}`),
              f(lang === 'de' ? 'gueltig_ab' : 'valid_from', eventDay(r)),
            ]
          : [
              f(lang === 'de' ? 'kennzeichen' : 'plate', plate(r, lang)),
              f(lang === 'de' ? 'typ' : 'type', r.pick(['Sprinter gepanzert', 'Transit', 'Hilux', 'e-Vito'])),
              f(lang === 'de' ? 'km' : 'odometer', String(r.int(12000, 240000))),
              f('tracker', uid(r)),
            ],
    );
  const records = rows().map((fields) => ({ fields }));
  const now = records.map((rec) => ({ fields: rec.fields.map((x) => ({ ...x })) }));
  const target = r.pick(now);
  const i = r.int(0, target.fields.length - 1);
  target.fields[i] = {
    ...target.fields[i],
    seg: `${segText(target.fields[i].seg)}${r.pick(lang === 'de' ? ['-neu', '.1', ' (2)'] : ['-new', '.1', ' (2)'])}`,
  };
  if (r.chance(0.5)) now.push({ fields: rows()[0] });
  const path = [
    lang === 'de' ? 'anlagen/zonen' : 'panels/zones',
    lang === 'de' ? 'preise/tarife' : 'pricing/tariffs',
    lang === 'de' ? 'fuhrpark/fahrzeuge' : 'fleet/vehicles',
  ][kind];
  return {
    path: `${path}.${fmt}`,
    old: serialise(fmt, records, lang),
    now: serialise(fmt, now, lang),
    subject: lang === 'de' ? 'Stammdaten aktualisiert' : 'Update reference data',
    firm,
  };
}

function gitHeader(b: Builder, r: Ranlxd1, path: string): void {
  b.add(`diff --git a/${path} b/${path}\nindex ${hex(r, 7)}..${hex(r, 7)} 100644\n--- a/${path}\n+++ b/${path}\n`);
}

const gitDiff: Render = (r, lang, personal) => {
  const b = new Builder();
  const c = makeChange(r, lang, personal);
  gitHeader(b, r, c.path);
  writeHunks(b, c.old, hunks(diff(c.old, c.now)), true);
  return b;
};

const formatPatch: Render = (r, lang, personal) => {
  const b = new Builder();
  const c = makeChange(r, lang, personal);
  const ops = diff(c.old, c.now);
  const ins = ops.filter((o) => o.t === '+').length;
  const del = ops.filter((o) => o.t === '-').length;
  const date = commitDate(r);
  b.add(`From ${hex(r, 40)} Mon Sep 17 00:00:00 2001\nFrom: `);
  for (const s of author(r, lang, c.firm, personal, true).seg) b.seg(s);
  b.add(`\nDate: ${date.mail}\nSubject: [PATCH] ${c.subject}\n\n---\n`);
  b.add(` ${c.path} | ${ins + del} ${'+'.repeat(ins)}${'-'.repeat(del)}\n`);
  b.add(` 1 file changed, ${ins} insertion${ins === 1 ? '' : 's'}(+), ${del} deletion${del === 1 ? '' : 's'}(-)\n\n`);
  gitHeader(b, r, c.path);
  writeHunks(b, c.old, hunks(ops), true);
  return b.add('-- \n2.43.0\n\n');
};

const logP: Render = (r, lang, personal) => {
  const b = new Builder();
  const commits = r.int(1, 2);
  for (let k = 0; k < commits; k++) {
    const c = makeChange(r, lang, personal);
    b.add(`commit ${hex(r, 40)}\nAuthor: `);
    for (const s of author(r, lang, c.firm, personal, false).seg) b.seg(s);
    b.add(`\nDate:   ${commitDate(r).git}\n\n    ${c.subject}\n\n`);
    gitHeader(b, r, c.path);
    writeHunks(b, c.old, hunks(diff(c.old, c.now)), true);
    b.add('\n');
  }
  return b;
};

const conflict: Render = (r, lang, personal) => {
  const b = new Builder();
  const c = makeChange(r, lang, personal, r.pick(['csv', 'yaml', 'ini', 'txt']));
  const ops = diff(c.old, c.now);
  const branch = r.pick(['feature/keyholder-sync', 'hotfix/roster-kw12', 'import/hr-export', 'sar-portal']);
  for (let i = 0; i < ops.length;) {
    if (ops[i].t === ' ') {
      b.line('', ops[i++].line);
      continue;
    }
    b.add('<<<<<<< HEAD\n');
    const theirs: Line[] = [];
    while (i < ops.length && ops[i].t !== ' ') {
      if (ops[i].t === '-') b.line('', ops[i].line);
      else theirs.push(ops[i].line);
      i++;
    }
    b.add('=======\n');
    for (const l of theirs) b.line('', l);
    b.add(`>>>>>>> ${branch}\n`);
  }
  return b;
};

const wordDiff: Render = (r, lang, personal) => {
  const b = new Builder();
  // Git splits words at whitespace: a CSV row would be one word, so the word diffs show the spaced formats.
  const c = makeChange(r, lang, personal, r.pick(['yaml', 'ini', 'txt']));
  gitHeader(b, r, c.path);
  writeWordDiff(b, hunks(diff(c.old, c.now)));
  return b;
};

const svnDiff: Render = (r, lang, personal) => {
  const b = new Builder();
  const c = makeChange(r, lang, personal);
  const rev = r.int(900, 4800);
  const path = `trunk/${c.path}`;
  b.add(`Index: ${path}\n${'='.repeat(67)}\n--- ${path}\t(revision ${rev})\n+++ ${path}\t(working copy)\n`);
  writeHunks(b, c.old, hunks(diff(c.old, c.now)), false);
  return b;
};

const hgExport: Render = (r, lang, personal) => {
  const b = new Builder();
  const c = makeChange(r, lang, personal);
  const date = commitDate(r);
  b.add('# HG changeset patch\n# User ');
  for (const s of author(r, lang, c.firm, personal, false).seg) b.seg(s);
  const west = -(date.zone.startsWith('-') ? -1 : 1) * Number(date.zone.slice(1, 3)) * 3600;
  b.add(`\n# Date ${date.epoch} ${west === 0 ? 0 : west}\n`);
  b.add(`#      ${date.git}\n# Node ID ${hex(r, 40)}\n# Parent  ${hex(r, 40)}\n${c.subject}\n\n`);
  b.add(
    `diff -r ${hex(r, 12)} -r ${hex(r, 12)} ${c.path}\n--- a/${c.path}\t${date.git}\n+++ b/${c.path}\t${date.git}\n`,
  );
  writeHunks(b, c.old, hunks(diff(c.old, c.now)), false);
  return b;
};

/** Without a person: a reference-data change committed by a bot or the firm's role account. */
const refData: Render = (r, lang) => formatPatch(r, lang, false);
const zoneDiff: Render = (r, lang) => gitDiff(r, lang, false);

const KINDS: [string, Render, number, boolean][] = [
  ['git diff of a data file', gitDiff, 4, true],
  ['git format-patch mail', formatPatch, 3, true],
  ['git log -p output', logP, 3, true],
  ['data file with merge conflict markers', conflict, 2, true],
  ['git diff --word-diff', wordDiff, 2, true],
  ['svn diff', svnDiff, 2, true],
  ['hg export', hgExport, 2, true],
  ['git diff of reference data (no person)', zoneDiff, 2, false],
  ['format-patch of reference data (no person)', refData, 1, false],
];

/** `count` changes to security firms' data files as version control shows them, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranlxd1(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang, KINDS[k][3]));
}
