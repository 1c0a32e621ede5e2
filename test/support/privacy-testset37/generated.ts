import type { TestDocument, TestLabel } from './markup.js';
import { ascii, deviceIp, dob, person, two, type Person } from './people.js';
import { Zuf } from './random.js';
import { card, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';
type Generated = Omit<TestDocument, 'id' | 'origin'>;

/** A document built piece by piece: plain text, and values labelled over their exact span. */
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

/** The organisations whose directories are exported: their own domain, switchboard, office and servers. */
interface Org {
  name: string;
  domain: string;
  dc: string;
  switchboard: string;
  office: string;
  /** The office's town alone, for exports with a separate city field (AD's `City`). */
  city: string;
  lang: Lang;
  country: string;
}

const ORGS: Org[] = [
  {
    name: 'Hausverwaltung Elbblick GmbH',
    domain: 'elbblick-verwaltung.de',
    dc: 'dc=elbblick,dc=de',
    switchboard: '+49 40 6094 1100',
    office: 'Schwanenwall 2, 44135 Dortmund',
    city: 'Dortmund',
    lang: 'de',
    country: 'DE',
  },
  {
    name: 'Wohnbau Donaublick eGen',
    domain: 'donaublick-wohnen.at',
    dc: 'dc=donaublick,dc=at',
    switchboard: '+43 732 77 1200',
    office: 'Hafenstraße 61, 4020 Linz',
    city: 'Linz',
    lang: 'de',
    country: 'AT',
  },
  {
    name: 'Seefeld Immobilien AG',
    domain: 'seefeld-immo.ch',
    dc: 'dc=seefeld-immo,dc=ch',
    switchboard: '+41 44 380 22 00',
    office: 'Seefeldstrasse 201, 8008 Zürich',
    city: 'Zürich',
    lang: 'de',
    country: 'CH',
  },
  {
    name: 'WEG-Verwaltung Weinberg & Partner',
    domain: 'weinberg-weg.de',
    dc: 'dc=weinberg-weg,dc=de',
    switchboard: '+49 351 479 300',
    office: 'Königsbrücker Straße 96, 01099 Dresden',
    city: 'Dresden',
    lang: 'de',
    country: 'DE',
  },
  {
    name: 'Mersey Lettings Ltd',
    domain: 'merseylettings.co.uk',
    dc: 'dc=merseylettings,dc=co,dc=uk',
    switchboard: '+44 151 230 7700',
    office: '4 Castle Street, Liverpool L2 4SW',
    city: 'Liverpool',
    lang: 'en',
    country: 'GB',
  },
  {
    name: 'Harbour Strata Services',
    domain: 'harbourstrata.com.au',
    dc: 'dc=harbourstrata,dc=com,dc=au',
    switchboard: '+61 2 9555 0100',
    office: '200 George Street, Sydney NSW 2000',
    city: 'Sydney',
    lang: 'en',
    country: 'AU',
  },
  {
    name: 'Liffey Residential Management',
    domain: 'liffeyresidential.ie',
    dc: 'dc=liffeyresidential,dc=ie',
    switchboard: '+353 1 677 4400',
    office: '12 Fitzwilliam Place, Dublin 2 D02 T292',
    city: 'Dublin',
    lang: 'en',
    country: 'IE',
  },
  {
    name: 'Rose City Property Group',
    domain: 'rosecitypg.com',
    dc: 'dc=rosecitypg,dc=com',
    switchboard: '+1 503 224 3100',
    office: '900 SW 5th Avenue, Portland OR 97204',
    city: 'Portland',
    lang: 'en',
    country: 'US',
  },
];

/** The countries whose IBANs this set's values.ts draws; firms elsewhere keep no IBAN in their directory. */
const IBAN_COUNTRIES: ReadonlySet<string> = new Set(['DE', 'AT', 'CH', 'GB', 'IE']);

const TITLES: Record<Lang, string[]> = {
  de: [
    'Objektbetreuerin',
    'Mietbuchhaltung',
    'Hausmeister',
    'WEG-Verwalter',
    'Vermietung',
    'Technisches Objektmanagement',
    'Immobilienmaklerin',
  ],
  en: [
    'Property Manager',
    'Lettings Negotiator',
    'Caretaker',
    'Block Manager',
    'Credit Controller',
    'Sales Progressor',
    'Maintenance Coordinator',
  ],
};
const DEPTS: Record<Lang, string[]> = {
  de: ['Mietverwaltung', 'WEG-Verwaltung', 'Technik', 'Buchhaltung', 'Vertrieb'],
  en: ['Lettings', 'Block Management', 'Maintenance', 'Accounts', 'Sales'],
};

interface Staff extends Person {
  uid: string;
  work: string;
  direct: string;
  title: string;
  dept: string;
  employee: string;
  manager?: Staff;
}

function staff(rng: Zuf, org: Org): Staff {
  const p = person(rng, org.lang);
  const g = ascii(p.given.split(/[ -]/)[0]);
  const f = ascii(p.family.split(/[ -]/).pop() ?? p.family);
  // A direct line is the switchboard's number with the person's own two-digit extension in place of its last two.
  const direct = `${org.switchboard.slice(0, -2)}${rng.int(1, 9)}${rng.digits(1)}`;
  return {
    ...p,
    uid: `${g.slice(0, 1)}${f}`.slice(0, 12),
    work: `${g}.${f}@${org.domain}`,
    direct,
    title: rng.pick(TITLES[org.lang]),
    dept: rng.pick(DEPTS[org.lang]),
    employee: `EMP-${rng.digits(5)}`,
  };
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const guid = (rng: Zuf) =>
  `${rng.int(0x10000000, 0xffffffff).toString(16)}-${rng.int(0x1000, 0xffff).toString(16)}-4${rng.int(0x100, 0xfff).toString(16)}-a${rng.int(0x100, 0xfff).toString(16)}-${rng.int(0x100000, 0xffffff).toString(16)}${rng.int(0x100000, 0xffffff).toString(16)}`;
const sid = (rng: Zuf) =>
  `S-1-5-21-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1e9, 4e9)}-${rng.int(1100, 9999)}`;
const fullName = (p: Person) => `${p.given} ${p.family}`;
const stamp = (rng: Zuf) =>
  `2026${two(rng.int(1, 11))}${two(rng.int(1, 28))}${two(rng.int(6, 20))}${two(rng.int(0, 59))}00Z`;

/**
 * An LDIF attribute: plain when its value is a safe ASCII string, else base64 after `::` (RFC 2849). A personal
 * value is labelled either way; in base64 over the whole encoded run, since a reader (and a cloud model) decodes it
 * and pseudonymization must replace all of it. (The writer left base64 unlabelled; relabelled in the fortieth round,
 * after the set's one scoring, to the README's convention.)
 */
function ldifAttr(d: Doc, name: string, type: string | null, value: string): void {
  const encoded = !isAscii(value) || value.startsWith(' ') || value.startsWith(':');
  d.t(encoded ? `${name}:: ` : `${name}: `);
  if (type) d.v(type, encoded ? b64(value) : value);
  else d.t(encoded ? b64(value) : value);
  d.t('\n');
}

/** A long description folded as RFC 2849 folds it: at 76 columns, each continuation line starting with one space. */
function folded(name: string, value: string): string {
  const line = `${name}: ${value}`;
  let out = line.slice(0, 76);
  for (let i = 76; i < line.length; i += 75) out += `\n ${line.slice(i, i + 75)}`;
  return `${out}\n`;
}

const ORG_NOTE: Record<Lang, string> = {
  de: 'Verzeichnisexport für die Migration des Mieter- und Eigentümerportals; nur Lesezugriff, Passwort-Hashes entfernt, Stand Monatsende',
  en: 'Directory export for the tenant and owner portal migration; read-only bind, password hashes stripped, taken at month end for the auditors',
};

function ldif(rng: Zuf, org: Org, people: Staff[], hr: boolean): Doc {
  const d = new Doc();
  d.t(`version: 1\n# ${org.name} – ldapsearch -LLL -H ldaps://dc01.${org.domain} -b "ou=People,${org.dc}"\n\n`);
  d.t(`dn: ou=People,${org.dc}\nobjectClass: organizationalUnit\nou: People\n`);
  d.t(folded('description', ORG_NOTE[org.lang]));
  d.t('\n');
  for (const p of people) {
    const cn = fullName(p);
    if (isAscii(cn)) d.t('dn: cn=').v('PERSON', cn).t(`,ou=People,${org.dc}\n`);
    else
      d.t('dn:: ')
        .v('PERSON', b64(`cn=${cn},ou=People,${org.dc}`))
        .t('\n');
    d.t('objectClass: top\nobjectClass: person\nobjectClass: organizationalPerson\nobjectClass: inetOrgPerson\n');
    if (hr) d.t('objectClass: hrPersonExtension\n');
    ldifAttr(d, 'cn', 'PERSON', cn);
    ldifAttr(d, 'sn', 'PERSON', p.family);
    ldifAttr(d, 'givenName', 'PERSON', p.given);
    d.t(`uid: ${p.uid}\nemployeeNumber: ${p.employee}\n`);
    d.t('mail: ').v('EMAIL_ADDRESS', p.work).t('\n');
    d.t('telephoneNumber: ').v('PHONE_NUMBER', p.direct).t('\n');
    if (rng.chance(0.6)) d.t('mobile: ').v('PHONE_NUMBER', p.phone).t('\n');
    ldifAttr(d, 'title', null, p.title);
    ldifAttr(d, 'ou', null, p.dept);
    // The office is the firm's own address (unlabelled); the home address is the person's, `$` between lines.
    ldifAttr(d, 'postalAddress', null, org.office.replace(', ', '$'));
    if (rng.chance(0.7)) ldifAttr(d, 'homePostalAddress', 'POSTAL_ADDRESS', `${p.street}$${p.postcode} ${p.town}`);
    if (hr) {
      d.t('hrBirthDate: ')
        .v('DATE_OF_BIRTH', `${p.birth.y}${two(p.birth.m)}${two(p.birth.d)}`)
        .t('\n');
      if (org.lang === 'de') {
        d.t('hrSteuerId: ').v('DE_TAX_ID', taxId(rng)).t('\n');
        d.t('hrSvNummer: ')
          .v('DE_SOCIAL_SECURITY', pensionNumber(rng, p.birth, p.family, p.female))
          .t('\n');
      }
      if (org.lang === 'de') {
        const id = rng.chance(0.6);
        d.t(id ? 'hrAusweisNr: ' : 'hrReisepassNr: ')
          .v(id ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, id ? 'id' : 'passport'))
          .t('\n');
      }
      if (IBAN_COUNTRIES.has(org.country)) d.t('hrSalaryIban: ').v('IBAN_CODE', iban(rng, org.country)).t('\n');
    }
    d.t(`createTimestamp: ${stamp(rng)}\nentryUUID: ${guid(rng)}\n\n`);
  }
  return d;
}

function scim(rng: Zuf, org: Org, people: Staff[]): Doc {
  const d = new Doc();
  d.t(
    `{\n  "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],\n  "totalResults": ${people.length},\n  "itemsPerPage": 100,\n  "startIndex": 1,\n  "Resources": [`,
  );
  people.forEach((p, i) => {
    d.t(i ? ',\n    {' : '\n    {');
    d.t(
      `\n      "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],\n      "id": "${guid(rng)}",\n      "externalId": "${p.employee}",\n      "userName": "`,
    );
    d.v('EMAIL_ADDRESS', p.work).t('",\n      "name": {\n        "formatted": "').v('PERSON', fullName(p));
    d.t('",\n        "familyName": "').v('PERSON', p.family).t('",\n        "givenName": "').v('PERSON', p.given);
    d.t('"\n      },\n      "displayName": "')
      .v('PERSON', fullName(p))
      .t(`",\n      "title": "${p.title}",\n      "active": true,\n      "emails": [\n        {"value": "`);
    d.v('EMAIL_ADDRESS', p.work).t('", "type": "work", "primary": true}');
    if (rng.chance(0.4)) d.t(',\n        {"value": "').v('EMAIL_ADDRESS', p.email).t('", "type": "home"}');
    d.t('\n      ],\n      "phoneNumbers": [\n        {"value": "')
      .v('PHONE_NUMBER', p.direct)
      .t('", "type": "work"},\n        {"value": "');
    d.v('PHONE_NUMBER', p.phone).t('", "type": "mobile"}\n      ],\n      "addresses": [\n');
    d.t(`        {"type": "work", "formatted": "${org.office}", "primary": true}`);
    // The home address as SCIM's `formatted` sub-attribute holds it: one label; the split parts stay beside it unlabelled.
    if (rng.chance(0.6))
      d.t(',\n        {"type": "home", "formatted": "')
        .v('POSTAL_ADDRESS', p.address)
        .t(`", "postalCode": "${p.postcode}", "locality": "${p.town}", "country": "${p.country}"}`);
    d.t('\n      ],\n      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {\n');
    d.t(
      `        "employeeNumber": "${p.employee}",\n        "organization": "${org.name}",\n        "department": "${p.dept}"`,
    );
    if (p.manager)
      d.t(`,\n        "manager": {"value": "${guid(rng)}", "displayName": "`)
        .v('PERSON', fullName(p.manager))
        .t('"}');
    d.t(
      `\n      },\n      "meta": {"resourceType": "User", "created": "2025-0${rng.int(1, 9)}-1${rng.int(0, 9)}T08:00:00Z", "location": "https://idp.${org.domain}/scim/v2/Users/${p.uid}"}\n    }`,
    );
  });
  d.t('\n  ]\n}\n');
  return d;
}

function adUser(rng: Zuf, org: Org, people: Staff[]): Doc {
  const d = new Doc();
  const dc = org.dc.replace(/dc=/g, 'DC=');
  d.t(`PS C:\\> Get-ADUser -Filter * -SearchBase "OU=Staff,${dc}" -Properties * | Format-List\n\n`);
  for (const p of people) {
    const pad = (k: string) => `${k.padEnd(26)}: `;
    d.t(pad('AccountExpirationDate')).t('\n');
    d.t(pad('City')).t(`${org.city}\n`);
    d.t(pad('CN')).v('PERSON', fullName(p)).t('\n');
    d.t(pad('Department')).t(`${p.dept}\n`);
    d.t(pad('DisplayName')).v('PERSON', fullName(p)).t('\n');
    d.t(pad('DistinguishedName')).t('CN=').v('PERSON', fullName(p)).t(`,OU=Staff,${dc}\n`);
    d.t(pad('EmailAddress')).v('EMAIL_ADDRESS', p.work).t('\n');
    d.t(pad('EmployeeID')).t(`${p.employee}\n`);
    d.t(pad('Enabled')).t('True\n');
    d.t(pad('GivenName')).v('PERSON', p.given).t('\n');
    d.t(pad('HomePhone')).v('PHONE_NUMBER', p.phone).t('\n');
    if (p.manager) d.t(pad('Manager')).t('CN=').v('PERSON', fullName(p.manager)).t(`,OU=Staff,${dc}\n`);
    d.t(pad('MobilePhone')).t('\n');
    d.t(pad('ObjectGUID')).t(`${guid(rng)}\n`);
    d.t(pad('OfficePhone')).v('PHONE_NUMBER', p.direct).t('\n');
    d.t(pad('SamAccountName')).t(`${p.uid}\n`);
    d.t(pad('SID')).t(`${sid(rng)}\n`);
    d.t(pad('StreetAddress')).t(`${org.office.split(',')[0]}\n`);
    d.t(pad('Surname')).v('PERSON', p.family).t('\n');
    d.t(pad('Title')).t(`${p.title}\n`);
    d.t(pad('UserPrincipalName')).v('EMAIL_ADDRESS', `${p.uid}@${org.domain}`).t('\n');
    d.t(pad('whenCreated')).t(`${rng.int(1, 28)}.${rng.int(1, 12)}.2024 09:${two(rng.int(0, 59))}:11\n\n`);
  }
  return d;
}

/** A tenant and owner portal's realm export (Keycloak): residents, with their own attributes. */
function keycloak(rng: Zuf, org: Org, residents: Person[]): Doc {
  const d = new Doc();
  d.t(`{\n  "realm": "${org.domain.split('.')[0]}-portal",\n  "users": [`);
  residents.forEach((p, i) => {
    d.t(i ? ',\n    {' : '\n    {');
    d.t(
      `\n      "id": "${guid(rng)}",\n      "createdTimestamp": ${1_700_000_000_000 + rng.int(0, 99_999_999) * 1000},\n      "username": "`,
    );
    d.v('EMAIL_ADDRESS', p.email)
      .t('",\n      "enabled": true,\n      "emailVerified": true,\n      "firstName": "')
      .v('PERSON', p.given);
    d.t('",\n      "lastName": "')
      .v('PERSON', p.family)
      .t('",\n      "email": "')
      .v('EMAIL_ADDRESS', p.email)
      .t('",\n      "attributes": {\n');
    d.t(
      `        "unit": ["${rng.int(1, 40)}${rng.pick(['', 'a', 'b'])}"],\n        "role": ["${rng.pick(org.lang === 'de' ? ['Mieter', 'Eigentümer', 'Beirat'] : ['tenant', 'leaseholder', 'director'])}"],\n        "phone": ["`,
    );
    d.v('PHONE_NUMBER', p.phone)
      .t('"],\n        "birthdate": ["')
      .v('DATE_OF_BIRTH', `${p.birth.y}-${two(p.birth.m)}-${two(p.birth.d)}`)
      .t('"],\n');
    d.t('        "correspondenceAddress": ["')
      .v('POSTAL_ADDRESS', p.address)
      .t('"],\n        "lastLoginIp": ["')
      .v('IP_ADDRESS', deviceIp(rng))
      .t('"]');
    if (IBAN_COUNTRIES.has(org.country) && rng.chance(0.35))
      d.t(',\n        "rentIban": ["').v('IBAN_CODE', iban(rng, org.country)).t('"]');
    d.t(
      `\n      },\n      "credentials": [],\n      "realmRoles": ["default-roles-portal"],\n      "groups": ["/residents"]\n    }`,
    );
  });
  d.t('\n  ]\n}\n');
  return d;
}

/** `getent passwd` on the firm's file server: GECOS holds full name, room, work phone, home phone. */
function passwd(rng: Zuf, org: Org, people: Staff[]): Doc {
  const d = new Doc();
  d.t(`$ getent passwd | awk -F: '$3 >= 1000'\n`);
  d.t(`backup-svc:x:998:998:Backup Service,,,:/var/lib/backup:/usr/sbin/nologin\n`);
  let uid = 1000 + rng.int(0, 40);
  for (const p of people) {
    uid += rng.int(1, 6);
    d.t(`${p.uid}:x:${uid}:${uid}:`);
    // GECOS cannot hold a colon; commas separate its four fields.
    if (isAscii(fullName(p))) d.v('PERSON', fullName(p));
    else
      d.v(
        'PERSON',
        ascii(p.given).replace(/^./, (c) => c.toUpperCase()) +
          ' ' +
          ascii(p.family).replace(/^./, (c) => c.toUpperCase()),
      );
    d.t(`,${org.lang === 'de' ? 'Raum' : 'Room'} ${rng.int(1, 4)}.${two(rng.int(1, 30))},`)
      .v('PHONE_NUMBER', p.direct)
      .t(',');
    if (rng.chance(0.5)) d.v('PHONE_NUMBER', p.phone);
    d.t(`:/home/${p.uid}:/bin/bash\n`);
  }
  d.t(`nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`);
  return d;
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A Google Workspace admin console user export (CSV with its own column names). */
function googleCsv(rng: Zuf, people: Staff[]): Doc {
  const d = new Doc();
  d.t(
    'First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Org Unit Path [Required],Recovery Email,Home Secondary Email,Work Phone,Mobile Phone,Recovery Phone [MUST BE IN THE E.164 FORMAT],Employee ID,Employee Title,Department,Manager Email,Address,Last Sign In,Status [READ ONLY]\n',
  );
  for (const p of people) {
    // E.164: a nationally written number gets its country code in place of the trunk 0.
    const national = p.phone.replace(/\D/g, '');
    const e164 = p.phone.startsWith('+') ? `+${national}` : `+${p.country === 'UK' ? '44' : '49'}${national.slice(1)}`;
    d.v('PERSON', p.given).t(',').v('PERSON', p.family).t(',').v('EMAIL_ADDRESS', p.work).t(`,****,/${p.dept},`);
    d.v('EMAIL_ADDRESS', p.email).t(',,').v('PHONE_NUMBER', p.direct).t(',,').v('PHONE_NUMBER', e164);
    d.t(`,${p.employee},${csvField(p.title)},${csvField(p.dept)},`);
    if (p.manager) d.v('EMAIL_ADDRESS', p.manager.work);
    d.t(',');
    if (rng.chance(0.5)) d.t('"').v('POSTAL_ADDRESS', p.address).t('"');
    d.t(
      `,2026/${two(rng.int(9, 11))}/${two(rng.int(1, 28))} ${two(rng.int(7, 19))}:${two(rng.int(0, 59))}:00,Active\n`,
    );
  }
  return d;
}

/** An Entra ID (Azure AD) "Download users" CSV, with the last sign-in address the audit view adds. */
function entraCsv(rng: Zuf, org: Org, people: Staff[]): Doc {
  const d = new Doc();
  d.t(
    'userPrincipalName,displayName,surname,givenName,objectId,userType,jobTitle,department,accountEnabled,usageLocation,streetAddress,city,postalCode,telephoneNumber,mobile,createdDateTime,lastSignInIpAddress\n',
  );
  for (const p of people) {
    d.v('EMAIL_ADDRESS', `${p.uid}@${org.domain}`).t(',');
    d.v('PERSON', fullName(p)).t(',').v('PERSON', p.family).t(',').v('PERSON', p.given);
    d.t(`,${guid(rng)},Member,${csvField(p.title)},${csvField(p.dept)},True,${org.country},`);
    d.t(`${csvField(org.office.split(',')[0])},${csvField(org.office.split(', ').pop() ?? '')},,`);
    d.v('PHONE_NUMBER', p.direct).t(',').v('PHONE_NUMBER', p.phone);
    d.t(`,2025-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}T10:${two(rng.int(0, 59))}:00Z,`)
      .v('IP_ADDRESS', deviceIp(rng))
      .t('\n');
  }
  return d;
}

/** An Okta user export as the API pages it (JSON lines), with a custom profile for the holiday-let owners' self service. */
function oktaJsonl(rng: Zuf, org: Org, owners: Person[]): Doc {
  const d = new Doc();
  for (const p of owners) {
    d.t(`{"id":"00u${rng.digits(6)}${ascii(p.family).slice(0, 3)}","status":"ACTIVE","profile":{"firstName":"`).v(
      'PERSON',
      p.given,
    );
    d.t('","lastName":"')
      .v('PERSON', p.family)
      .t('","email":"')
      .v('EMAIL_ADDRESS', p.email)
      .t('","login":"')
      .v('EMAIL_ADDRESS', p.email);
    d.t('","mobilePhone":"').v('PHONE_NUMBER', p.phone).t('","streetAddress":"').v('POSTAL_ADDRESS', p.address);
    d.t(`","countryCode":"${p.country}","birthDate":"`).v('DATE_OF_BIRTH', dob(rng, p, org.lang));
    if (rng.chance(0.4)) d.t('","payoutCard":"').v('CREDIT_CARD', card(rng));
    if (org.lang === 'de') {
      const kind = rng.chance(0.5) ? 'id' : 'passport';
      d.t('","idDocument":"').v(kind === 'id' ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, kind));
    }
    d.t(`","userType":"owner"},"lastLogin":"2026-11-${two(rng.int(1, 28))}T0${rng.int(0, 9)}:12:44.000Z"}\n`);
  }
  return d;
}

/** Directory exports without people: groups, service accounts, organisational units. */
function serviceOnly(rng: Zuf, org: Org, form: number): Doc {
  const d = new Doc();
  const names = ['svc-scan', 'svc-portal', 'svc-backup', 'svc-printer', 'svc-heating-gw'];
  if (form === 0) {
    d.t(`version: 1\n\ndn: ou=Groups,${org.dc}\nobjectClass: organizationalUnit\nou: Groups\n\n`);
    for (const g of ['portal-admins', 'accounting', 'caretakers', 'lettings'])
      d.t(
        `dn: cn=${g},ou=Groups,${org.dc}\nobjectClass: groupOfNames\ncn: ${g}\nmember: cn=${rng.pick(names)},ou=Service,${org.dc}\n\n`,
      );
  } else if (form === 1) {
    d.t(`{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":3,"Resources":[`);
    d.t(
      names
        .slice(0, 3)
        .map(
          (n) =>
            `{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"${guid(rng)}","displayName":"${n}","members":[]}`,
        )
        .join(','),
    );
    d.t(']}\n');
  } else {
    for (const n of names)
      d.t(
        `${n}:x:${rng.int(900, 999)}:${rng.int(900, 999)}:${n.replace('svc-', '')} service,,${org.switchboard},:/var/lib/${n}:/usr/sbin/nologin\n`,
      );
    d.t(`# mail for all service accounts goes to it-betrieb@${org.domain}\n`);
  }
  return d;
}

const KINDS = [
  'LDIF inetOrgPerson export',
  'LDIF with HR extension attributes',
  'SCIM 2.0 Users ListResponse',
  'Get-ADUser Format-List',
  'Keycloak realm export (residents)',
  'getent passwd with GECOS',
  'Google Workspace user CSV',
  'Entra ID user CSV',
  'Okta users JSON lines (owners)',
  'directory export without people',
] as const;

/**
 * `count` directory and identity exports of property managers', letting agents' and owners' associations'
 * directories, the same for the same seed.
 */
export function generated(count = 170, seed = 37_2026_1206): Generated[] {
  const rng = new Zuf(seed);
  const docs: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const lang: Lang = Math.floor(i / KINDS.length) % 2 === 0 ? (i % 2 === 0 ? 'de' : 'en') : i % 2 === 0 ? 'en' : 'de';
    const org = rng.pick(ORGS.filter((o) => o.lang === lang));
    const n = rng.int(2, 4);
    const people = Array.from({ length: n }, () => staff(rng, org));
    for (let k = 1; k < people.length; k++) if (rng.chance(0.6)) people[k].manager = people[0];
    let d: Doc;
    switch (kind) {
      case 'LDIF inetOrgPerson export':
        d = ldif(rng, org, people, false);
        break;
      case 'LDIF with HR extension attributes':
        d = ldif(rng, org, people, true);
        break;
      case 'SCIM 2.0 Users ListResponse':
        d = scim(rng, org, people);
        break;
      case 'Get-ADUser Format-List':
        d = adUser(rng, org, people);
        break;
      case 'Keycloak realm export (residents)':
        d = keycloak(rng, org, people);
        break;
      case 'getent passwd with GECOS':
        d = passwd(rng, org, people);
        break;
      case 'Google Workspace user CSV':
        d = googleCsv(rng, people);
        break;
      case 'Entra ID user CSV':
        d = entraCsv(rng, org, people);
        break;
      case 'Okta users JSON lines (owners)':
        d = oktaJsonl(rng, org, people);
        break;
      default:
        d = serviceOnly(rng, org, rng.int(0, 2));
    }
    docs.push({ lang, kind, text: d.text, entities: d.entities });
  }
  return docs;
}
