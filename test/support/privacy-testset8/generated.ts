import type { TestLabel } from './markup.js';
import { CULTURES } from './names.js';
import {
  Pcg32,
  address,
  birthDate,
  card,
  iban,
  idCard,
  ip,
  passport,
  phone,
  socialSecurity,
  taxId,
  writeCard,
  writeDate,
  writeIban,
  writeSocialSecurity,
  writeTaxId,
} from './values.js';

/**
 * Generated part of set 8: "form dumps". A service desk's web forms are submitted and exported as
 * key–value text, JSON, CSV, a logged POST body, a notification mail or YAML. Each document draws a
 * form (which fields, in which order), a spelling of every field name, a person, and values written
 * the ways people type them; a free-text field carries further personal data of other people.
 */

type Seg = { s: string; type?: string };
type Field = { key: string; value: Seg[] };

const KEYS: Record<string, { de: string[]; en: string[] }> = {
  name: {
    de: ['Name', 'Vor- und Nachname', 'Ihr Name', 'antragsteller', 'Kontaktperson'],
    en: ['Name', 'full_name', 'Your name', 'applicant', 'Contact person'],
  },
  given: { de: ['Vorname', 'vorname', 'VORNAME'], en: ['First name', 'first_name', 'given'] },
  family: { de: ['Nachname', 'Familienname', 'nachname'], en: ['Surname', 'last_name', 'Family name'] },
  email: { de: ['E-Mail', 'eMail-Adresse', 'e_mail', 'Mail'], en: ['email', 'Email address', 'e-mail', 'reply_to'] },
  phone: { de: ['Telefon', 'Tel.', 'Rückrufnummer', 'mobil'], en: ['phone', 'Contact number', 'tel', 'mobile'] },
  dob: {
    de: ['Geburtsdatum', 'geb.', 'Geb.-Dat.', 'geburtsdatum'],
    en: ['dob', 'Date of birth', 'D.O.B.', 'birthdate'],
  },
  address: { de: ['Anschrift', 'Wohnanschrift', 'adresse'], en: ['address', 'Home address', 'postal_address'] },
  iban: { de: ['IBAN', 'Bankverbindung (IBAN)', 'iban'], en: ['IBAN', 'refund_iban', 'Account (IBAN)'] },
  card: { de: ['Kartennummer', 'Kreditkarte', 'kk_nummer'], en: ['card_number', 'Card no.', 'cc'] },
  tax: { de: ['Steuer-ID', 'Steueridentifikationsnummer', 'IdNr'], en: ['German tax ID', 'tax_id_de', 'Steuer-ID'] },
  sv: {
    de: ['Rentenversicherungsnummer', 'SV-Nummer', 'rvnr'],
    en: ['German pension no.', 'social_security_de', 'RV number'],
  },
  id: { de: ['Personalausweisnummer', 'Ausweis-Nr.', 'perso_nr'], en: ['ID card number', 'id_card', 'German ID card'] },
  passport: { de: ['Reisepassnummer', 'Pass-Nr.', 'reisepass'], en: ['passport_no', 'Passport number', 'passport'] },
  ip: { de: ['client_ip', 'IP-Adresse', 'remote_addr'], en: ['client_ip', 'remote_addr', 'ip_address'] },
};

/** The forms of the desk and the fields each may carry (personal ones drawn per document). */
const FORMS: Record<string, { de: string; en: string; fields: string[] }> = {
  callback: { de: 'Rückrufwunsch', en: 'Callback request', fields: ['phone', 'email', 'dob'] },
  refund: { de: 'Erstattungsantrag', en: 'Refund request', fields: ['email', 'iban', 'address', 'card'] },
  registration: {
    de: 'Anmeldung Bürgerportal',
    en: 'Citizen portal sign-up',
    fields: ['dob', 'address', 'id', 'email', 'tax'],
  },
  payroll: { de: 'Stammdaten Lohnbüro', en: 'Payroll master data', fields: ['tax', 'sv', 'iban', 'dob', 'address'] },
  travel: { de: 'Reiseanmeldung', en: 'Travel booking', fields: ['passport', 'dob', 'phone', 'email', 'card'] },
  helpdesk: { de: 'IT-Störungsmeldung', en: 'IT incident form', fields: ['email', 'phone', 'ip'] },
};

const FREE_DE: ((p: () => Seg[], v: (t: string) => Seg) => Seg[])[] = [
  (p, v) => [
    { s: 'Bitte rufen Sie meinen Mann ' },
    ...p(),
    { s: ' unter ' },
    v('PHONE_NUMBER'),
    { s: ' zurück, ich bin tagsüber nicht erreichbar.' },
  ],
  (_p, v) => [
    { s: 'Die letzte Post ging noch an die alte Adresse, wir wohnen jetzt ' },
    v('POSTAL_ADDRESS'),
    { s: '.' },
  ],
  (p) => [{ s: 'Vollmacht liegt vor für meine Schwester ' }, ...p(), { s: ', sie darf Auskunft bekommen.' }],
  (p, v) => [{ s: 'Mein Sohn ' }, ...p(), { s: ' (geb. ' }, v('DATE_OF_BIRTH'), { s: ') ist mitversichert.' }],
  () => [{ s: 'Seit dem Update auf Version 4.12.3 startet die App nicht mehr. Vorgang VG-2291-07.' }],
  () => [{ s: 'Lieferung zu Bestellung 7714-552-09 kam beschädigt an, Karton eingedrückt.' }],
];
const FREE_EN: typeof FREE_DE = [
  (p, v) => [
    { s: 'If I am at work please ring my partner ' },
    ...p(),
    { s: ' on ' },
    v('PHONE_NUMBER'),
    { s: ' instead.' },
  ],
  (_p, v) => [{ s: 'We have moved, new address is ' }, v('POSTAL_ADDRESS'), { s: ' - please update.' }],
  (p) => [{ s: 'My carer ' }, ...p(), { s: ' may speak on my behalf.' }],
  (p, v) => [{ s: 'Please add my daughter ' }, ...p(), { s: ', born ' }, v('DATE_OF_BIRTH'), { s: ', to the policy.' }],
  () => [{ s: 'Since build 2.8.0-rc1 the portal times out at checkout. Ref INC-88213.' }],
  () => [{ s: 'Parcel JJD0004471230 still shows "in transit" after nine days.' }],
];

const DOMAINS = [
  'gmx.net',
  'posteo.de',
  'web.de',
  'outlook.com',
  'proton.me',
  'btinternet.com',
  'mailbox.org',
  'yahoo.co.uk',
];
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

interface Person {
  given: string;
  family: string;
}
function person(r: Pcg32): Person {
  const c = r.pick(Object.values(CULTURES));
  return { given: r.pick(c.given), family: r.pick(c.family) };
}
function nameSegs(r: Pcg32, p: Person): Seg[] {
  switch (r.int(5)) {
    case 0:
      return [{ s: `${p.family}, ${p.given}`, type: 'PERSON' }];
    case 1:
      return [{ s: `${p.given[0]}. ${p.family}`, type: 'PERSON' }];
    case 2:
      return [{ s: `${p.family.toUpperCase()} ${p.given}`, type: 'PERSON' }];
    default:
      return [{ s: `${p.given} ${p.family}`, type: 'PERSON' }];
  }
}

function render(r: Pcg32, lang: 'de' | 'en', style: string, title: string, fields: Field[]): Seg[] {
  const out: Seg[] = [];
  const put = (s: string) => out.push({ s });
  const flat = (f: Field, sep: string) => f.value.map((x) => ({ ...x, s: x.s.replace(/\n/g, sep) }));
  switch (style) {
    case 'json': {
      put(`{"form": "${title}", "data": {\n`);
      fields.forEach((f, i) => {
        put(`  "${f.key}": "`);
        out.push(...flat(f, ', '));
        put(`"${i < fields.length - 1 ? ',' : ''}\n`);
      });
      put('}}\n');
      break;
    }
    case 'csv': {
      const d = r.pick([';', ',', '\t']);
      const cell = (f: Field): Seg[] => {
        const v = flat(f, ' ');
        return v.some((x) => x.s.includes(d) || x.s.includes('"'))
          ? [{ s: '"' }, ...v.map((x) => ({ ...x, s: x.s.replace(/"/g, "'") })), { s: '"' }]
          : v;
      };
      put(`# export ${title}\n${fields.map((f) => f.key).join(d)}\n`);
      fields.forEach((f, i) => {
        out.push(...cell(f));
        if (i < fields.length - 1) put(d);
      });
      put('\n');
      break;
    }
    case 'query': {
      put(`POST /forms/${title.toLowerCase().replace(/[^a-z]+/g, '-')} 200 body=`);
      fields.forEach((f, i) => {
        put(`${i ? '&' : ''}${f.key.toLowerCase().replace(/[^a-z_]+/g, '_')}=`);
        out.push(...flat(f, ' '));
      });
      put('\n');
      break;
    }
    case 'mail': {
      put(
        lang === 'de'
          ? `Betreff: Neue Formulareingabe – ${title}\n\nHallo Team,\nüber das Kontaktformular ist eine neue Anfrage eingegangen:\n\n`
          : `Subject: New submission – ${title}\n\nHi team,\na new request came in through the website:\n\n`,
      );
      const width = Math.max(...fields.map((f) => f.key.length)) + 1;
      for (const f of fields) {
        put(`${f.key.padEnd(width)}: `);
        out.push(...flat(f, ', '));
        put('\n');
      }
      put(
        lang === 'de'
          ? '\n-- \nDiese Nachricht wurde automatisch erzeugt. Bitte nicht antworten.\n'
          : '\n-- \nThis message was generated automatically. Do not reply.\n',
      );
      break;
    }
    case 'yaml': {
      put(`form: ${title}\nfields:\n`);
      for (const f of fields) {
        put(`  ${f.key.replace(/[^\p{L}_-]+/gu, '_')}: `);
        const multi = f.value.some((x) => x.s.includes('\n'));
        if (multi) {
          put('|\n    ');
          out.push(...f.value.map((x) => ({ ...x, s: x.s.replace(/\n/g, '\n    ') })));
        } else out.push(...f.value);
        put('\n');
      }
      break;
    }
    default: {
      put(`${title.toUpperCase()}\n${'='.repeat(title.length)}\n`);
      for (const f of fields) {
        put(`${f.key}${r.pick([': ', ':', ' = ', ':\t'])}`);
        out.push(...f.value);
        put('\n');
      }
    }
  }
  return out;
}

const STYLES = ['kv', 'json', 'csv', 'query', 'mail', 'yaml'];

function document(r: Pcg32, lang: 'de' | 'en', style: string, withData: boolean): Seg[] {
  const formName = r.pick(Object.keys(FORMS));
  const form = FORMS[formName];
  const title = form[lang];
  const key = (k: string) => r.pick(KEYS[k][lang]);
  const fields: Field[] = [];
  const look: Field[] = [
    { key: lang === 'de' ? 'Vorgangsnummer' : 'case_id', value: [{ s: `SD-${2026}${r.digits(2)}-${r.digits(5)}` }] },
    {
      key: 'submitted',
      value: [
        {
          s: `2026-${String(1 + r.int(11)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}T${String(r.int(24)).padStart(2, '0')}:${r.digits(1)}${r.digits(1)}:0${r.digits(1)}Z`,
        },
      ],
    },
    { key: 'form_version', value: [{ s: `v${1 + r.int(5)}.${r.int(20)}.${r.int(9)}` }] },
  ];
  if (withData) {
    const p = person(r);
    const birth = birthDate(r);
    if (r.chance(0.35)) {
      fields.push({ key: key('given'), value: [{ s: p.given, type: 'PERSON' }] });
      fields.push({ key: key('family'), value: [{ s: p.family, type: 'PERSON' }] });
    } else fields.push({ key: key('name'), value: nameSegs(r, p) });
    const value = (t: string): Seg => {
      switch (t) {
        case 'PHONE_NUMBER':
          return { s: phone(r), type: t };
        case 'DATE_OF_BIRTH':
          return { s: writeDate(r, birthDate(r), lang), type: t };
        default:
          return { s: address(r, lang, r.chance(0.3) ? '\n' : ', '), type: 'POSTAL_ADDRESS' };
      }
    };
    const chosen = [...form.fields, 'email', 'phone', 'ip'].filter(
      (f, i, all) => all.indexOf(f) === i && r.chance(i < form.fields.length ? 0.8 : 0.25),
    );
    for (const f of chosen) {
      let v: Seg[];
      switch (f) {
        case 'email': {
          const local = r.pick([
            `${ascii(p.given)}.${ascii(p.family)}`,
            `${ascii(p.given)[0]}${ascii(p.family)}${r.int(100)}`,
            `${ascii(p.family)}+${r.pick(['portal', 'bank', 'shop'])}`,
          ]);
          v = [{ s: `${local}@${r.pick(DOMAINS)}`, type: 'EMAIL_ADDRESS' }];
          break;
        }
        case 'phone':
          v = [{ s: phone(r), type: 'PHONE_NUMBER' }];
          break;
        case 'dob':
          v = [{ s: writeDate(r, birth, lang), type: 'DATE_OF_BIRTH' }];
          break;
        case 'address':
          v = [{ s: address(r, lang, style === 'yaml' && r.chance(0.5) ? '\n' : ', '), type: 'POSTAL_ADDRESS' }];
          break;
        case 'iban':
          v = [{ s: writeIban(r, iban(r)), type: 'IBAN_CODE' }];
          break;
        case 'card':
          v = [{ s: writeCard(r, card(r)), type: 'CREDIT_CARD' }];
          break;
        case 'tax':
          v = [{ s: writeTaxId(r, taxId(r)), type: 'DE_TAX_ID' }];
          break;
        case 'sv':
          v = [{ s: writeSocialSecurity(r, socialSecurity(r, birth, p.family)), type: 'DE_SOCIAL_SECURITY' }];
          break;
        case 'id': {
          const n = idCard(r);
          v = [{ s: r.chance(0.15) ? n.toLowerCase() : n, type: 'DE_ID_CARD' }];
          break;
        }
        case 'passport':
          v = [{ s: passport(r), type: 'DE_PASSPORT' }];
          break;
        default:
          v = [{ s: ip(r), type: 'IP_ADDRESS' }];
      }
      fields.push({ key: key(f), value: v });
    }
    // Payroll and registration forms often carry both German numbers; the ID card goes to travel forms too.
    if (formName === 'travel' && r.chance(0.4))
      fields.push({ key: key('id'), value: [{ s: idCard(r), type: 'DE_ID_CARD' }] });
    if (formName === 'payroll' && r.chance(0.3))
      fields.push({ key: key('passport'), value: [{ s: passport(r), type: 'DE_PASSPORT' }] });
    const pool = lang === 'de' ? FREE_DE : FREE_EN;
    const other = () => nameSegs(r, person(r));
    fields.push({
      key: lang === 'de' ? r.pick(['Nachricht', 'Anliegen', 'bemerkung']) : r.pick(['message', 'Comments', 'details']),
      value: r.pick(pool)(other, value),
    });
  } else {
    const pool = (lang === 'de' ? FREE_DE : FREE_EN).slice(4);
    fields.push({
      key: lang === 'de' ? 'Anliegen' : 'message',
      value: r.pick(pool)(
        () => [],
        () => ({ s: '' }),
      ),
    });
    fields.push({
      key: lang === 'de' ? 'Filiale' : 'branch',
      value: [{ s: r.pick(['Kundencenter Mitte', 'Service Point Nord', 'Online']) }],
    });
  }
  for (const l of look) if (r.chance(0.6)) fields.splice(r.int(fields.length + 1), 0, l);
  // Fields are shuffled a little: exports do not keep the form's order.
  for (let i = fields.length - 1; i > 0; i--)
    if (r.chance(0.3)) {
      const j = r.int(i + 1);
      [fields[i], fields[j]] = [fields[j], fields[i]];
    }
  return render(r, lang, style, title, fields);
}

/** `count` generated documents, the same for the same seed. */
export function generated(
  count: number,
  seed: number,
): { lang: 'de' | 'en'; kind: string; text: string; entities: TestLabel[] }[] {
  const r = new Pcg32(seed);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const lang: 'de' | 'en' = i % 2 === 0 ? 'de' : 'en';
    const style = STYLES[Math.floor(i / 2) % STYLES.length];
    const withData = i % 10 !== 7;
    const segs = document(r, lang, style, withData);
    const casing = r.int(14);
    let text = '';
    const entities: TestLabel[] = [];
    for (const seg of segs) {
      const s = casing === 0 ? seg.s.toLowerCase() : casing === 1 ? seg.s.toUpperCase() : seg.s;
      if (seg.type && s.length > 0) entities.push({ type: seg.type, start: text.length, end: text.length + s.length });
      text += s;
    }
    docs.push({ lang, kind: `form-${style}`, text, entities });
  }
  return docs;
}
