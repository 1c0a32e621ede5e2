import type { TestLabel } from '../held-out-markup.js';
import { cultures, type Culture } from './names.js';
import { AesCtr } from './random.js';
import { card, cardPrinted, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 25's generated half: DEVELOPER AND OPERATIONS ARTEFACTS that end up in knowledge bases (SQL
 * dumps and migrations, log lines, config and seed files, code with fixtures and comments, version-
 * control output, shell history). Values stand as the artefact writes them: 'Tefa''arere' quoted for
 * SQL, "Jana+Petersen" or %2B49… in a query string, \" inside a string literal, a name split over two
 * concatenated literals (one label per literal), an IBAN without spaces, a phone as an integer literal.
 */

export interface Generated {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** Text and labels built side by side, so every offset is exact. */
class Doc {
  text = '';
  entities: TestLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  v(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
}

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  full: string;
  login: string;
  email: string;
  phone: string;
  phoneDigits: string;
  dob: { d: number; m: number; y: number };
  female: boolean;
  street: string;
  city: string;
  address: string;
  country: string;
}

const ascii = (s: string) =>
  s
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DE_STREETS = [
  'Am Kohlenmeiler',
  'Köhlerweg',
  'Fischerstieg',
  'Wiesengrund',
  'Haldenstraße',
  'Am Sägewerk',
  'Dünenweg',
  'Torfmoorweg',
  'Heideblick',
  'Schachtstraße',
];
const DE_TOWNS = [
  '24941 Flensburg',
  '25980 Sylt',
  '02625 Bautzen',
  '09599 Freiberg',
  '38640 Goslar',
  '29614 Soltau',
  '57072 Siegen',
  '78098 Triberg',
  '94481 Grafenau',
  '06108 Halle (Saale)',
];
const AT_TOWNS = ['6020 Innsbruck', '8700 Leoben', '5671 Bruck an der Glocknerstraße', '9900 Lienz'];
const CH_TOWNS = ['3920 Zermatt', '7050 Arosa', '3984 Fiesch', '7500 St. Moritz'];
const UK_ADDR = [
  '14 Kiln Lane, Keswick CA12 5DP',
  '3 Quarry Row, Blaenau Ffestiniog LL41 3AB',
  '27 Forest Road, Coleford GL16 8RH',
  '9 Harbour View, Ullapool IV26 2UH',
  'Flat 2, 41 Slate Street, Bethesda LL57 3BN',
  '6 Weir Cottages, Hexham NE46 4QT',
];
const US_ADDR = [
  '212 Pine Ridge Rd, Bend, OR 97701',
  '48 Tailings Way, Butte, MT 59701',
  '1030 Turbine Ln, Sweetwater, TX 79556',
  '7 Cedar Hollow Dr, Ely, MN 55731',
  '559 Lakeview Ave, Marquette, MI 49855',
];
const MAIL_DE = ['web.de', 'gmx.net', 't-online.de', 'posteo.de', 'mailbox.org', 'gmx.at', 'bluewin.ch'];
const MAIL_EN = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'eircom.net', 'btinternet.com'];

/**
 * A NANP area code or exchange a real number can have: first digit 2-9, never N11 (211, 911 …), and
 * an area code's middle digit not 9 (held back for expansion); otherwise a "phone" no one can dial.
 */
function nanpPart(rng: AesCtr, part: 'area' | 'exchange'): string {
  for (;;) {
    const v = String(2 + rng.below(8)) + rng.digits(2);
    if (v.slice(1) === '11' || (part === 'area' && v[1] === '9')) continue;
    return v;
  }
}

export class People {
  private n = 0;
  private readonly list: [string, Culture][];
  constructor(private readonly rng: AesCtr) {
    this.list = Object.entries(cultures());
  }
  /** Cultures in turn, so the generated half draws from every list. */
  next(lang: Lang): Person {
    const [, c] = this.list[this.n++ % this.list.length];
    return this.make(lang, this.rng.pick(c.given), this.rng.pick(c.family));
  }

  /** A person with an apostrophe in the name (which SQL doubles and string literals escape), if the lists keep one. */
  quoted(lang: Lang): Person {
    const names = this.list.flatMap(([, c]) => [...c.given, ...c.family].filter((n) => n.includes("'")));
    if (names.length === 0) return this.next(lang);
    const [, c] = this.list[this.n++ % this.list.length];
    const name = this.rng.pick(names);
    return this.rng.chance(0.5)
      ? this.make(lang, this.rng.pick(c.given), name)
      : this.make(lang, name, this.rng.pick(c.family));
  }

  private make(lang: Lang, given: string, family: string): Person {
    const rng = this.rng;
    const g = ascii(given.split(' ')[0]);
    const f = ascii(family);
    const login = rng.chance(0.5) ? `${g[0]}${f}`.slice(0, 12) : `${g}.${f}`.slice(0, 16);
    const email = `${rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}${rng.below(90) + 10}`, `${g}_${f}`])}@${rng.pick(lang === 'de' ? MAIL_DE : MAIL_EN)}`;
    const dob = { d: 1 + rng.below(28), m: 1 + rng.below(12), y: 1950 + rng.below(55) };
    let phone: string;
    let phoneDigits: string;
    let street: string;
    let city: string;
    let country: string;
    if (lang === 'de') {
      country = rng.pick(['DE', 'DE', 'DE', 'AT', 'CH']);
      street = `${rng.pick(DE_STREETS)} ${1 + rng.below(80)}`;
      city = country === 'AT' ? rng.pick(AT_TOWNS) : country === 'CH' ? rng.pick(CH_TOWNS) : rng.pick(DE_TOWNS);
      const body = rng.digits(7);
      const pre = country === 'AT' ? '664' : country === 'CH' ? '79' : rng.pick(['151', '160', '171', '176']);
      const cc = country === 'AT' ? '43' : country === 'CH' ? '41' : '49';
      phoneDigits = `${cc}${pre}${body}`;
      phone = rng.pick([`+${cc} ${pre} ${body}`, `0${pre} ${body}`, `+${cc}${pre}${body}`, `0${pre}/${body}`]);
    } else {
      country = rng.pick(['UK', 'UK', 'IE', 'US']);
      const addr = country === 'US' ? rng.pick(US_ADDR) : rng.pick(UK_ADDR);
      const cut = addr.indexOf(', ');
      street = addr.slice(0, cut);
      city = addr.slice(cut + 2);
      if (country === 'US') {
        const a = nanpPart(rng, 'area');
        const b = nanpPart(rng, 'exchange');
        const c4 = rng.digits(4);
        phoneDigits = `1${a}${b}${c4}`;
        phone = rng.pick([`(${a}) ${b}-${c4}`, `+1 ${a} ${b} ${c4}`, `${a}-${b}-${c4}`]);
      } else if (country === 'IE') {
        const b = rng.digits(7);
        phoneDigits = `35387${b}`;
        phone = rng.pick([`+353 87 ${b.slice(0, 3)} ${b.slice(3)}`, `087 ${b.slice(0, 3)} ${b.slice(3)}`]);
      } else {
        const b = rng.digits(6);
        phoneDigits = `447700${b}`;
        phone = rng.pick([`+44 7700 ${b}`, `07700 ${b}`, `+447700${b}`]);
      }
    }
    return {
      given,
      family,
      full: `${given} ${family}`,
      login,
      email,
      phone,
      phoneDigits,
      dob,
      female: rng.chance(0.5),
      street,
      city,
      address: `${street}, ${city}`,
      country,
    };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: { d: number; m: number; y: number }) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const dotted = (d: { d: number; m: number; y: number }) => `${pad(d.d)}.${pad(d.m)}.${d.y}`;
const sqlq = (s: string) => s.replace(/'/g, "''");
const jsq = (s: string) => s.replace(/'/g, "\\'");
const urlq = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const hex = (rng: AesCtr, n: number) => Array.from({ length: n }, () => rng.below(16).toString(16)).join('');
const uuid = (rng: AesCtr) =>
  `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
const ip = (rng: AesCtr) =>
  rng.chance(0.8)
    ? `${rng.pick(['84', '91', '178', '93', '217', '62', '81', '86'])}.${rng.below(256)}.${rng.below(256)}.${1 + rng.below(254)}`
    : `2a02:${hex(rng, 4)}:${hex(rng, 3)}:${hex(rng, 2)}::${hex(rng, 2)}`;
const ts = (rng: AesCtr) =>
  `2026-${pad(9 + rng.below(4))}-${pad(1 + rng.below(28))}T${pad(rng.below(24))}:${pad(rng.below(60))}:${pad(rng.below(60))}`;
const ibanOf = (rng: AesCtr, p: Person) =>
  iban(rng, p.country === 'UK' ? 'GB' : p.country === 'US' ? rng.pick(['GB', 'LU', 'DK']) : p.country);
const ewc = (rng: AesCtr, lang: Lang) =>
  `${lang === 'de' ? 'AVV' : 'EWC'} ${rng.pick(['17 05 04', '20 03 07', '16 01 03', '17 06 05', '20 02 01', '15 01 10'])}`;
const bot = (rng: AesCtr) => rng.pick(['dependabot', 'ci-runner']);

type Kind = (rng: AesCtr, lang: Lang, people: People) => Doc;

/** SQL dump rows: owners of forest plots / angling-club members, quoted for SQL ('' for '). */
const sqlInsert: Kind = (rng, lang, people) => {
  const d = new Doc();
  const table = lang === 'de' ? 'waldbesitzer' : 'angling_members';
  d.t(`-- ${lang === 'de' ? 'Dump der Tabelle' : 'Dumping data for table'} \`${table}\`\n`);
  d.t(`INSERT INTO \`${table}\` (id, first_name, last_name, iban, phone, dob) VALUES\n`);
  const n = 2 + rng.below(3);
  for (let i = 0; i < n; i++) {
    const p = i === 0 && rng.chance(0.6) ? people.quoted(lang) : people.next(lang);
    d.t(`  (${101 + i * 7}, '`)
      .v('PERSON', sqlq(p.given))
      .t("', '")
      .v('PERSON', sqlq(p.family))
      .t("', ");
    if (rng.chance(0.7)) d.t("'").v('IBAN_CODE', ibanOf(rng, p)).t("', ");
    else d.t('NULL, ');
    d.t("'")
      .v('PHONE_NUMBER', p.phone)
      .t("', '")
      .v('DATE_OF_BIRTH', iso(p.dob))
      .t(`')${i === n - 1 ? ';' : ','}\n`);
  }
  return d;
};

/** PostgreSQL COPY … FROM stdin with tab-separated rows: a hunting-licence register. */
const sqlCopy: Kind = (rng, lang, people) => {
  const d = new Doc();
  const cols =
    lang === 'de'
      ? 'id, vorname, nachname, geburtsdatum, email, ausweis_nr'
      : 'id, given_name, surname, date_of_birth, email, passport_no';
  d.t(`COPY public.${lang === 'de' ? 'jagdscheine' : 'game_licences'} (${cols}) FROM stdin;\n`);
  const n = 2 + rng.below(3);
  for (let i = 0; i < n; i++) {
    const p = people.next(lang);
    d.t(`${4410 + i}\t`)
      .v('PERSON', p.given)
      .t('\t')
      .v('PERSON', p.family)
      .t('\t')
      .v('DATE_OF_BIRTH', iso(p.dob))
      .t('\t');
    d.v('EMAIL_ADDRESS', p.email).t('\t');
    if (lang === 'de' || rng.chance(0.9))
      d.v(lang === 'de' ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, lang === 'de' ? 'id' : 'passport'));
    else d.t('\\N');
    d.t('\n');
  }
  d.t('\\.\n');
  return d;
};

/** A migration fixing contact data, with the requester in a comment. */
const migration: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  const q = people.next(lang);
  d.t(
    `-- V${20 + rng.below(60)}__${lang === 'de' ? 'korrektur_kontakt' : 'fix_contact'}.sql\n-- ${lang === 'de' ? 'angefordert von' : 'requested by'} `,
  );
  d.v('PERSON', q.full).t(` (ticket ENV-${1000 + rng.below(9000)})\n`);
  d.t("UPDATE permit_holders SET phone = '")
    .v('PHONE_NUMBER', p.phone)
    .t("', street = '")
    .v('POSTAL_ADDRESS', sqlq(p.address));
  if (lang === 'de' && rng.chance(0.6)) d.t("', steuer_id = '").v('DE_TAX_ID', taxId(rng));
  d.t("'\n WHERE email = '").v('EMAIL_ADDRESS', p.email).t("';\n");
  d.t(`DELETE FROM noise_complaints WHERE created_at < '2020-01-01';\n`);
  return d;
};

/** syslog / journald lines of a weighbridge at a recycling yard. */
const syslog: Kind = (rng, lang, people) => {
  const d = new Doc();
  const n = 2 + rng.below(3);
  for (let i = 0; i < n; i++) {
    const p = people.next(lang);
    const t = `Dec ${pad(1 + rng.below(28))} 0${rng.below(9)}:${pad(rng.below(60))}:${pad(rng.below(60))}`;
    d.t(
      `${t} wb-scale-0${1 + rng.below(3)} weighbridge[${2000 + rng.below(800)}]: ticket=WB${rng.digits(6)} gross=${10000 + rng.below(20000)}kg `,
    );
    d.t(`waste="${ewc(rng, lang)}" driver="`)
      .v('PERSON', p.full)
      .t(`" src=`)
      .v('IP_ADDRESS', ip(rng))
      .t('\n');
  }
  d.t(
    `Dec 05 06:00:01 wb-scale-01 systemd[1]: Started ${lang === 'de' ? 'Tagesabschluss Waage' : 'daily weighbridge close'}.\n`,
  );
  return d;
};

/** nginx access log of a permit portal: names and phones in query strings, URL-encoded. */
const accessLog: Kind = (rng, lang, people) => {
  const d = new Doc();
  const n = 2 + rng.below(2);
  for (let i = 0; i < n; i++) {
    const p = people.next(lang);
    d.v('IP_ADDRESS', ip(rng)).t(
      ` - - [05/Dec/2026:0${rng.below(9)}:${pad(rng.below(60))}:${pad(rng.below(60))} +0100] "GET /${lang === 'de' ? 'angelkarte/antrag' : 'fishing-permit/apply'}?name=`,
    );
    d.v('PERSON', urlq(p.full))
      .t('&phone=')
      .v('PHONE_NUMBER', urlq(p.phone))
      .t('&mail=')
      .v('EMAIL_ADDRESS', encodeURIComponent(p.email));
    d.t(
      `&water=${rng.pick(['Lachsbach', 'River+Tay', 'Lough+Corrib', 'Ammersee'])} HTTP/1.1" 200 ${500 + rng.below(4000)} "-" "Mozilla/5.0"\n`,
    );
  }
  d.t(`10.0.0.5 - - [05/Dec/2026:06:00:00 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n`);
  return d;
};

/** Application log with key=value pairs and quoted values: grid-connection and subsidy requests. */
const appLog: Kind = (rng, lang, people) => {
  const d = new Doc();
  const n = 2 + rng.below(2);
  for (let i = 0; i < n; i++) {
    const p = people.next(lang);
    d.t(
      `${ts(rng)}.${rng.digits(3)}Z INFO  [${lang === 'de' ? 'netzanschluss' : 'grid-connect'}] request_id=${uuid(rng)} applicant="`,
    ).v('PERSON', p.full);
    d.t(`" email=`)
      .v('EMAIL_ADDRESS', p.email)
      .t(` kwp=${(3 + rng.below(12)).toFixed(1)}`);
    if (lang === 'de') d.t(' steuer_id=').v('DE_TAX_ID', taxId(rng));
    else d.t(' payout_iban=').v('IBAN_CODE', ibanOf(rng, p));
    d.t(` msg="${lang === 'de' ? 'Antrag Wärmepumpenförderung angelegt' : 'rooftop PV connection request stored'}"\n`);
  }
  d.t(
    `${ts(rng)}.000Z WARN  [scheduler] job=${lang === 'de' ? 'foerder-export' : 'dno-export'} took=${rng.below(9000)}ms\n`,
  );
  return d;
};

/** A Java or Python stack trace with parameter values in it. */
const stackTrace: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  if (rng.chance(0.5)) {
    d.t(
      `${ts(rng)} ERROR [http-nio-8080-exec-${1 + rng.below(9)}] c.e.landlease.LeaseService - ${lang === 'de' ? 'Pachtvertrag konnte nicht gespeichert werden' : 'could not store lease agreement'}\n`,
    );
    d.t(`java.lang.IllegalArgumentException: invalid IBAN for lessor '`)
      .v('PERSON', p.full)
      .t("': ")
      .v('IBAN_CODE', ibanOf(rng, p))
      .t('\n');
    d.t(
      `\tat com.example.landlease.LeaseService.save(LeaseService.java:${100 + rng.below(300)})\n\tat com.example.landlease.LeaseController.create(LeaseController.java:58)\n`,
    );
  } else {
    d.t(
      `Traceback (most recent call last):\n  File "/srv/${lang === 'de' ? 'fischerei' : 'angling'}/register.py", line ${40 + rng.below(200)}, in register_member\n`,
    );
    d.t(`    validate_card(card_no)\nValueError: card expired for member name='`)
      .v('PERSON', jsq(p.full))
      .t("' card_no='")
      .v('CREDIT_CARD', card(rng))
      .t("'\n");
  }
  return d;
};

/** Audit trail: a login id acts on a subject; the login is an account id, the subject a person. */
const audit: Kind = (rng, lang, people) => {
  const d = new Doc();
  const n = 2 + rng.below(3);
  for (let i = 0; i < n; i++) {
    const actor = people.next(lang);
    const p = people.next(lang);
    d.t(
      `${ts(rng)} user=${actor.login} uid=${1000 + rng.below(9000)} action=${rng.pick(['UPDATE', 'VIEW', 'EXPORT'])} subject="`,
    )
      .v('PERSON', p.full)
      .t('"');
    const f = rng.chance(lang === 'de' ? 0.8 : 0.6) ? 2 : rng.below(2);
    if (f === 0) d.t(' field=phone new=').v('PHONE_NUMBER', p.phone.replace(/ /g, ''));
    else if (f === 1) d.t(' field=dob new=').v('DATE_OF_BIRTH', lang === 'de' ? dotted(p.dob) : iso(p.dob));
    else if (lang === 'de')
      d.t(' field=sv_nr new=').v('DE_SOCIAL_SECURITY', pensionNumber(rng, p.dob, p.family, p.female));
    else d.t(' field=card new=').v('CREDIT_CARD', card(rng));
    d.t(` module=${f === 2 ? (lang === 'de' ? 'schichtbuch' : 'permit-shop') : 'contacts'}\n`);
  }
  return d;
};

/** .env / INI / TOML / YAML with a contact person. */
const config: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  const form = rng.below(3);
  if (form === 0) {
    d.t(`# .env ${lang === 'de' ? 'Windpark' : 'wind farm'} SCADA bridge\nAPP_PORT=8080\nCONTACT_NAME="`)
      .v('PERSON', p.full)
      .t('"\nCONTACT_PHONE=')
      .v('PHONE_NUMBER', p.phone.replace(/ /g, ''));
    d.t('\nCONTACT_EMAIL=').v('EMAIL_ADDRESS', p.email).t(`\nLOG_LEVEL=info\n`);
  } else if (form === 1) {
    d.t(`[operator]\nname = `)
      .v('PERSON', p.full)
      .t('\nmail = ')
      .v('EMAIL_ADDRESS', p.email)
      .t('\n\n[site]\naddress = ')
      .v('POSTAL_ADDRESS', p.address);
    d.t(`\nturbines = ${2 + rng.below(8)}\n`);
  } else {
    d.t(`# config.yaml\nfire_watch:\n  rota:\n    - name: "`)
      .v('PERSON', p.full)
      .t('"\n      mobile: "')
      .v('PHONE_NUMBER', p.phone)
      .t('"\n');
    const q = people.next(lang);
    d.t('    - name: ')
      .v('PERSON', q.full)
      .t('\n      mobile: ')
      .v('PHONE_NUMBER', q.phone)
      .t(`\n  tower: ${lang === 'de' ? 'Feuerwachturm Nord' : 'lookout tower north'}\n`);
  }
  return d;
};

/** Python fixtures with escaped quotes and a name split over a concatenation. */
const pythonFixture: Kind = (rng, lang, people) => {
  const d = new Doc();
  d.t(`# fixture ${rng.below(900) + 100}\n`);
  const p = people.next(lang);
  const q = people.next(lang);
  d.t(`def test_${lang === 'de' ? 'laermbeschwerde' : 'noise_complaint'}():\n    c = Complaint(\n        reporter="`)
    .v('PERSON', p.given)
    .t(' " + "')
    .v('PERSON', p.family)
    .t('",\n');
  d.t(`        note="${lang === 'de' ? 'Anwohner' : 'resident'} \\"`)
    .v('PERSON', q.full)
    .t(`\\" ${lang === 'de' ? 'meldet Sprengung um 6 Uhr' : 'reports blasting at 6am'}",\n`);
  d.t('        address="').v('POSTAL_ADDRESS', `${p.street}\\n${p.city}`).t('",\n    )\n    assert c.is_valid()\n');
  return d;
};

/** JS/TS test fixtures: phone as an integer literal, TODO comments with a name. */
const jsFixture: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = rng.chance(0.5) ? people.quoted(lang) : people.next(lang);
  const q = people.next(lang);
  d.t(`// TODO ${lang === 'de' ? 'mit' : 'ask'} `)
    .v('PERSON', q.full)
    .t(` ${lang === 'de' ? 'klären, ob Pacht pro Hektar' : 'whether the lease is per acre'}\n`);
  d.t(`export const lessor = {\n  firstName: '`)
    .v('PERSON', jsq(p.given))
    .t("',\n  lastName: '")
    .v('PERSON', jsq(p.family))
    .t("',\n  phone: ");
  d.v('PHONE_NUMBER', p.phoneDigits)
    .t(',\n  iban: "')
    .v('IBAN_CODE', ibanOf(rng, p))
    .t(`",\n  plots: ['${rng.below(900)}/${rng.below(20)}'],\n};\n`);
  return d;
};

/** Java and PHP seeds. */
const javaPhp: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = rng.chance(0.4) ? people.quoted(lang) : people.next(lang);
  if (rng.chance(0.5)) {
    d.t(`<?php\n$member = [\n    'name' => '`)
      .v('PERSON', jsq(p.full))
      .t("',\n    'email' => '")
      .v('EMAIL_ADDRESS', p.email)
      .t("',\n");
    d.t("    'born' => '")
      .v('DATE_OF_BIRTH', lang === 'de' ? dotted(p.dob) : iso(p.dob))
      .t(`',\n    'club' => '${lang === 'de' ? 'ASV Petri Heil' : 'Loch Awe Anglers'}',\n];\n`);
  } else {
    d.t(`// ${lang === 'de' ? 'Testdaten Genossenschaft' : 'co-op seed'}\nMember m = new Member("`)
      .v('PERSON', p.given)
      .t(' " +\n    "')
      .v('PERSON', p.family)
      .t('", "');
    d.v('EMAIL_ADDRESS', p.email).t(`", ${1 + rng.below(20)} /* shares */);\n`);
  }
  return d;
};

/** git log with authors, dates, trailers; a bot's commit among them. */
const gitLog: Kind = (rng, lang, people) => {
  const d = new Doc();
  const n = 2 + rng.below(2);
  for (let i = 0; i < n; i++) {
    d.t(`commit ${hex(rng, 40)}\nAuthor: `);
    if (i === 1 && rng.chance(0.5)) {
      d.t(
        `${bot(rng)} <noreply@ci.example.org>\nDate:   Fri Dec 5 0${rng.below(9)}:12:44 2026 +0100\n\n    chore: bump sqlite3\n\n`,
      );
      continue;
    }
    const p = people.next(lang);
    const q = people.next(lang);
    d.v('PERSON', p.full)
      .t(' <')
      .v('EMAIL_ADDRESS', p.email)
      .t(`>\nDate:   Thu Dec 4 1${rng.below(9)}:0${rng.below(9)}:11 2026 +0100\n\n    `);
    d.t(
      lang === 'de'
        ? 'Blasting-Benachrichtigung: Nachbarliste aktualisiert\n\n'
        : 'blasting notice: update neighbour list\n\n',
    );
    d.t('    Co-authored-by: ').v('PERSON', q.full).t(' <').v('EMAIL_ADDRESS', q.email).t('>\n\n');
  }
  return d;
};

/** A patch hunk changing a seed file. */
const patch: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  d.t(
    `diff --git a/seeds/${lang === 'de' ? 'anwohner' : 'neighbours'}.yml b/seeds/${lang === 'de' ? 'anwohner' : 'neighbours'}.yml\n--- a/seeds/x.yml\n+++ b/seeds/x.yml\n@@ -${10 + rng.below(40)},4 +${10 + rng.below(40)},4 @@\n `,
  );
  d.t(' - name: ')
    .v('PERSON', p.full)
    .t('\n-   phone: ')
    .v('PHONE_NUMBER', p.phone)
    .t('\n+   phone: ')
    .v('PHONE_NUMBER', people.next(lang).phone);
  d.t('\n    address: ').v('POSTAL_ADDRESS', p.address).t('\n');
  const s = people.next(lang);
  d.t('Signed-off-by: ').v('PERSON', s.full).t(' <').v('EMAIL_ADDRESS', s.email).t('>\n');
  return d;
};

/** git blame lines. */
const blame: Kind = (rng, lang, people) => {
  const d = new Doc();
  const a = people.next(lang);
  const b = people.next(lang);
  const n = 3 + rng.below(2);
  for (let i = 0; i < n; i++) {
    const who = i % 2 ? b : a;
    d.t(`${hex(rng, 8)} (`)
      .v('PERSON', who.full)
      .t(
        ` 2026-${pad(1 + rng.below(11))}-${pad(1 + rng.below(28))} 1${rng.below(9)}:0${rng.below(9)}:00 +0100 ${40 + i}) `,
      );
    d.t(i === 0 ? `quarry_contact:\n` : i === 1 ? '  name: ' : i === 2 ? '  tel: ' : '  shift: B\n');
    if (i === 1) d.v('PERSON', a.full).t('\n');
    if (i === 2) d.v('PHONE_NUMBER', a.phone).t('\n');
  }
  return d;
};

/** Shell history with psql, curl and ssh. */
const shellHistory: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  d.t(` 1041  cd /opt/${lang === 'de' ? 'foerderung' : 'subsidy'}\n 1042  psql -U app -c "UPDATE applicants SET iban='`)
    .v('IBAN_CODE', ibanOf(rng, p))
    .t("' WHERE email='")
    .v('EMAIL_ADDRESS', p.email)
    .t(`'"\n`);
  d.t(` 1043  curl -X POST https://api.example.org/v1/heatpump -d 'name=`)
    .v('PERSON', encodeURIComponent(p.full))
    .t(`&kw=${5 + rng.below(10)}'\n`);
  d.t(` 1044  ssh admin@`).v('IP_ADDRESS', ip(rng)).t('\n 1045  history | tail\n');
  return d;
};

/** A cron job's output mailed to root: the export it ran, with rows it touched. */
const cronOutput: Kind = (rng, lang, people) => {
  const d = new Doc();
  const p = people.next(lang);
  d.t(
    `Cron <svc@bulky-waste-01> /opt/bulky/export.sh\n\n${lang === 'de' ? 'Sperrmüll-Termine exportiert' : 'bulky-waste bookings exported'}: ${2 + rng.below(30)}\n`,
  );
  d.t('skipped: booking ')
    .t(`${rng.digits(6)} `)
    .v('PERSON', p.full)
    .t(' (')
    .v('POSTAL_ADDRESS', p.address)
    .t(`) reason=${lang === 'de' ? 'kein Termin' : 'no slot'}\n`);
  if (rng.chance(0.6))
    d.t('payment: ')
      .v('CREDIT_CARD', cardPrinted(card(rng), lang === 'de' ? ' ' : '-'))
      .t(' declined\n');
  else d.t('contact: ').v('PHONE_NUMBER', p.phone).t('\n');
  return d;
};

/** No personal data: a CI build log with bots and versions. */
const ciLog: Kind = (rng, lang) => {
  const d = new Doc();
  d.t(
    `Running on ${bot(rng)} (runner build ${2 + rng.below(3)}.${rng.below(20)}.${rng.below(99)}.${rng.below(9999)})\n`,
  );
  d.t(
    `$ npm ci\nadded ${300 + rng.below(900)} packages in ${rng.below(60)}s\n$ npm test\n  ${lang === 'de' ? 'Emissionsberechnung' : 'emission calculator'}\n    ✓ ${lang === 'de' ? 'rechnet Staubfracht' : 'computes dust load'} (${rng.below(90)}ms)\n`,
  );
  d.t(`Windows build ${10}.0.${19000 + rng.below(900)}.${rng.below(5000)} agent ok\nDone in ${rng.below(300)}s\n`);
  return d;
};

/** No personal data: a schema migration (column names only) with waste codes. */
const ddl: Kind = (rng, lang) => {
  const d = new Doc();
  d.t(
    `-- ${lang === 'de' ? 'Schema Begleitscheine' : 'schema consignment notes'}\nCREATE TABLE consignment (\n  id BIGSERIAL PRIMARY KEY,\n  first_name TEXT,\n  last_name TEXT,\n  waste_code CHAR(8) CHECK (waste_code <> ''),\n  tonnes NUMERIC(9,3)\n);\n`,
  );
  d.t(`COMMENT ON COLUMN consignment.waste_code IS 'e.g. ${ewc(rng, lang)}';\n`);
  d.t(`INSERT INTO grid_points (malo) VALUES ('MaLo-ID 5${rng.digits(10)}');\n`);
  return d;
};

const KINDS: Record<string, Kind> = {
  'sql-insert dump': sqlInsert,
  'postgres COPY dump': sqlCopy,
  'sql migration': migration,
  'syslog lines': syslog,
  'nginx access log': accessLog,
  'app log key=value': appLog,
  'stack trace': stackTrace,
  'audit trail': audit,
  'config file': config,
  'python fixture': pythonFixture,
  'js fixture': jsFixture,
  'java/php seed': javaPhp,
  'git log': gitLog,
  'patch hunk': patch,
  'git blame': blame,
  'shell history': shellHistory,
  'cron output': cronOutput,
  'ci build log': ciLog,
  'schema ddl': ddl,
};

const NAMES = Object.keys(KINDS);

/** `count` artefacts, kinds and languages in turn, from the seed's AES-CTR stream. */
export function generated(count: number, seed: number): Generated[] {
  const rng = new AesCtr(seed, 1);
  const people = new People(rng);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const kind = NAMES[Math.floor(i / 2) % NAMES.length];
    const d = KINDS[kind](rng, lang, people);
    out.push({ lang, kind, text: d.text, entities: d.entities });
  }
  return out;
}
