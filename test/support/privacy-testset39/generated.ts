import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Ranlxs1 } from './random.js';
import { card, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

interface Person {
  given: string;
  family: string;
  full: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

const MAIL_DOMAINS = ['gmx.de', 'web.de', 'posteo.de', 'outlook.com', 'gmail.com', 'proton.me', 'yahoo.co.uk'];
const PHONES: ((r: Ranlxs1) => string)[] = [
  (r) => `+49 ${r.pick(['151', '160', '170', '176', '1575'])} ${r.digits(7)}`,
  (r) => `0${r.pick(['152', '162', '171', '179'])} ${r.digits(4)} ${r.digits(4)}`,
  (r) => `+43 ${r.pick(['664', '676', '699'])} ${r.digits(3)} ${r.digits(4)}`,
  (r) => `+41 ${r.pick(['76', '78', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  (r) => `+44 ${r.pick(['7412', '7833', '7958'])} ${r.digits(6)}`,
  (r) => `+31 6 ${r.int(1, 5)}${r.digits(3)} ${r.digits(4)}`,
  (r) => `+352 621 ${r.digits(3)} ${r.digits(3)}`,
  (r) => `+1 ${r.pick(['416', '604', '312', '617'])} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`,
];
const ADDRESSES: ((r: Ranlxs1) => string)[] = [
  (r) =>
    `${r.pick(['Lessingstraße', 'Am Mühlbach', 'Ahornweg', 'Tulpenstraße'])} ${r.int(1, 140)}, ${r.pick(['10437 Berlin', '22765 Hamburg', '79098 Freiburg', '28195 Bremen'])}`,
  (r) => `${r.pick(['Schulgasse', 'Lerchenfelder Straße'])} ${r.int(1, 60)}, ${r.pick(['1080 Wien', '8010 Graz'])}`,
  (r) => `${r.pick(['Rue de Hollerich', 'Route d’Arlon'])} ${r.int(1, 200)}, L-${r.int(1110, 2990)} Luxembourg`,
  (r) =>
    `${r.int(1, 220)} ${r.pick(['Albert Road', 'Kings Avenue', 'Hollybush Lane'])}, ${r.pick(['Leeds LS6 2DT', 'Cardiff CF24 4HQ', 'York YO10 5DD'])}`,
  (r) =>
    `${r.pick(['Keizersgracht', 'Prinsengracht'])} ${r.int(2, 600)}, ${r.int(1011, 1018)} ${r.pick(['KL', 'DR', 'NV'])} Amsterdam`,
];

function person(r: Ranlxs1): Person {
  const all = Object.values(cultures());
  const c = r.pick(all);
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const local =
    r.int(0, 2) === 0 ? `${ascii(given)}.${ascii(family)}` : `${ascii(given)[0]}${ascii(family)}${r.int(1, 99)}`;
  return {
    given,
    family,
    full: `${given} ${family}`,
    email: `${local}@${r.pick(MAIL_DOMAINS)}`,
    phone: r.pick(PHONES)(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1944, 2004) },
    address: r.pick(ADDRESSES)(r),
    female: r.chance(0.5),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function dobText(r: Ranlxs1, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.dob;
  switch (r.int(0, lang === 'de' ? 2 : 3)) {
    case 0:
      return `${pad(d)}.${pad(m)}.${y}`;
    case 1:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 2:
      return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
    default:
      return `${pad(m)}/${pad(d)}/${y}`;
  }
}
const ip = (r: Ranlxs1) =>
  r.chance(0.8)
    ? `${r.pick([84, 91, 178, 213, 79])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a02:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
const bates = (n: number) => `INSP-${String(n).padStart(7, '0')}`;
const DAY = (r: Ranlxs1) => `2025-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;

const SUBJECTS = {
  de: [
    'Schadenmeldung Leitungswasser',
    'Regress Kfz-Haftpflicht',
    'Gutachten Sturmschaden',
    'Betrugsverdacht Diebstahl',
  ],
  en: ['Claim update – escape of water', 'Subrogation demand', 'Adjuster report – storm', 'SIU referral – theft claim'],
};

type Render = (r: Ranlxs1, lang: 'de' | 'en', n: number) => Builder;

/** Concordance DAT: þ quotes, ASCII 20 (DC4) between fields, a header row. */
const concordance: Render = (r, lang, n) => {
  const b = new Builder();
  const q = 'þ';
  const sep = '\u0014';
  const head = ['BEGDOC', 'ENDDOC', 'CUSTODIAN', 'FROM', 'TO', 'CC', 'SUBJECT', 'DATESENT', 'FILENAME', 'TEXTPATH'];
  b.add(head.map((h) => q + h + q).join(sep) + '\n');
  const rows = r.int(2, 4);
  for (let i = 0; i < rows; i++) {
    const from = person(r);
    const to = person(r);
    const cc = person(r);
    const doc = n * 100 + i * 3 + 1;
    b.add(`${q}${bates(doc)}${q}${sep}${q}${bates(doc + 2)}${q}${sep}${q}`);
    b.val('PERSON', `${from.family}, ${from.given}`).add(`${q}${sep}${q}`);
    b.val('EMAIL_ADDRESS', from.email).add(`${q}${sep}${q}`);
    b.val('EMAIL_ADDRESS', to.email).add(`${q}${sep}${q}`);
    if (r.chance(0.5)) b.val('EMAIL_ADDRESS', cc.email).add('; ');
    b.add('claims@insurer-example.com');
    b.add(`${q}${sep}${q}${r.pick(SUBJECTS[lang])}${q}${sep}${q}${DAY(r)}${q}${sep}${q}${bates(doc)}.msg${q}`);
    b.add(`${sep}${q}TEXT\\VOL001\\${bates(doc)}.txt${q}\n`);
  }
  return b;
};

/** Opticon OPT: image cross-reference, no personal data. */
const opticon: Render = (r, _lang, n) => {
  const b = new Builder();
  let doc = n * 100 + 1;
  for (let i = 0; i < r.int(2, 4); i++) {
    const pages = r.int(1, 4);
    for (let p = 0; p < pages; p++)
      b.add(
        `${bates(doc + p)},VOL001,IMAGES\\001\\${bates(doc + p)}.tif,${p === 0 ? 'Y' : ''},,,${p === 0 ? pages : ''}\n`,
      );
    doc += pages;
  }
  return b;
};

/** EDRM XML 1.2: Tags of a document with #From, #To, #Custodian. */
const edrm: Render = (r, lang, n) => {
  const b = new Builder();
  const from = person(r);
  const to = person(r);
  const cust = r.chance(0.5) ? from : person(r);
  b.add(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Root DataInterchangeType="Update" Description="Production ${n}">\n <Batch>\n  <Documents>\n`,
  );
  b.add(`   <Document DocID="${bates(n * 100 + 1)}" DocType="Message" MimeType="message/rfc822">\n    <Tags>\n`);
  b.add(`     <Tag TagName="#Custodian" TagDataType="Text" TagValue="`).val('PERSON', cust.full).add('"/>\n');
  b.add(`     <Tag TagName="#From" TagDataType="Text" TagValue="`)
    .val('PERSON', from.full)
    .add(' &lt;')
    .val('EMAIL_ADDRESS', from.email)
    .add('&gt;"/>\n');
  b.add(`     <Tag TagName="#To" TagDataType="Text" TagValue="`).val('EMAIL_ADDRESS', to.email).add('"/>\n');
  b.add(`     <Tag TagName="#Subject" TagDataType="Text" TagValue="${r.pick(SUBJECTS[lang])}"/>\n`);
  b.add(`     <Tag TagName="#DateSent" TagDataType="DateTime" TagValue="${DAY(r)}T09:14:00Z"/>\n`);
  if (r.chance(0.5))
    b.add(`     <Tag TagName="ClaimantPhone" TagDataType="Text" TagValue="`).val('PHONE_NUMBER', to.phone).add('"/>\n');
  b.add(`    </Tags>\n   </Document>\n  </Documents>\n </Batch>\n</Root>\n`);
  return b;
};

/** Privilege log: author, recipients, date, basis, description. */
const privilegeLog: Render = (r, lang, n) => {
  const b = new Builder();
  b.add(
    lang === 'de'
      ? 'Lfd;Bates;Verfasser;Empfänger;Datum;Grundlage;Beschreibung\n'
      : 'Entry,Bates,Author,Recipients,Date,Basis,Description\n',
  );
  const s = lang === 'de' ? ';' : ',';
  for (let i = 0; i < r.int(2, 5); i++) {
    const a = person(r);
    const c = person(r);
    b.add(`${i + 1}${s}${bates(n * 100 + i)}${s}`)
      .val('PERSON', a.full)
      .add(s);
    b.val('PERSON', c.full).add(` (${lang === 'de' ? 'Syndikusanwältin' : 'in-house counsel'})${s}${DAY(r)}${s}`);
    b.add(lang === 'de' ? 'Anwaltsgeheimnis' : 'Attorney-Client; Work Product');
    b.add(`${s}${lang === 'de' ? 'Rechtliche Einschätzung zur Deckung' : 'Legal advice re coverage position'}\n`);
  }
  return b;
};

/** Extracted text of an e-mail as a production carries it. */
const extractedMail: Render = (r, lang, n) => {
  const b = new Builder();
  const from = person(r);
  const claimant = person(r);
  b.add(`${bates(n * 100 + 7)}\n\nFrom: `)
    .val('PERSON', from.full)
    .add(' <')
    .val('EMAIL_ADDRESS', from.email)
    .add('>\n');
  b.add(`To: claims@insurer-example.com\nSent: ${DAY(r)} 10:41\nSubject: ${r.pick(SUBJECTS[lang])}\n\n`);
  if (lang === 'de') {
    b.add('Anspruchsteller: ')
      .val('PERSON', claimant.full)
      .add(', geb. ')
      .val('DATE_OF_BIRTH', dobText(r, claimant, lang))
      .add('\n');
    b.add('Anschrift: ')
      .val('POSTAL_ADDRESS', claimant.address)
      .add('\nErstattung auf ')
      .val('IBAN_CODE', grouped(iban(r, r.pick(['DE', 'AT', 'LU']))))
      .add('\n');
    if (r.chance(0.7)) b.add('Steuer-ID: ').val('DE_TAX_ID', taxId(r)).add('\n');
    if (r.chance(0.7)) b.add('Ausweis-Nr.: ').val('DE_ID_CARD', icaoNumber(r, 'id')).add('\n');
  } else {
    b.add('Claimant: ')
      .val('PERSON', claimant.full)
      .add(', DOB ')
      .val('DATE_OF_BIRTH', dobText(r, claimant, lang))
      .add('\n');
    b.add('Home address: ')
      .val('POSTAL_ADDRESS', claimant.address)
      .add('\nPayee account: ')
      .val('IBAN_CODE', iban(r, r.pick(['GB', 'IE', 'NL'])))
      .add('\n');
    if (r.chance(0.5)) b.add('Card used for the excess: ').val('CREDIT_CARD', card(r)).add('\n');
    if (r.chance(0.5)) b.add('German passport no. ').val('DE_PASSPORT', icaoNumber(r, 'passport')).add('\n');
  }
  b.add(lang === 'de' ? 'Mobil: ' : 'Mobile: ')
    .val('PHONE_NUMBER', claimant.phone)
    .add('\n');
  return b;
};

/** OCR text of a scanned claim form. */
const ocrForm: Render = (r, lang, n) => {
  const b = new Builder();
  const p = person(r);
  b.add(`[OCR ${bates(n * 100 + 3)} p.1 conf=0.${r.int(81, 98)}]\n`);
  b.add(lang === 'de' ? 'SCHADENANZEIGE  Name, Vorname: ' : 'CLAIM FORM  Surname, forenames: ')
    .val('PERSON', `${p.family}, ${p.given}`)
    .add('\n');
  b.add(lang === 'de' ? 'Geburtsdatum: ' : 'Date of birth: ')
    .val('DATE_OF_BIRTH', dobText(r, p, lang))
    .add('\n');
  if (lang === 'de') {
    if (r.chance(0.4)) b.add('Steuerliche IdNr.: ').val('DE_TAX_ID', taxId(r)).add('\n');
    if (r.chance(0.4)) b.add('Personalausweis: ').val('DE_ID_CARD', icaoNumber(r, 'id')).add('\n');
    b.add('Rentenvers.-Nr.: ')
      .val('DE_SOCIAL_SECURITY', pensionNumber(r, { d: p.dob.d, m: p.dob.m, y: p.dob.y }, p.family, p.female))
      .add('\n');
  }
  b.add(lang === 'de' ? 'Anschrift: ' : 'Address: ')
    .val('POSTAL_ADDRESS', p.address)
    .add('\n');
  b.add('Tel.: ').val('PHONE_NUMBER', p.phone).add('   E-Mail: ').val('EMAIL_ADDRESS', p.email).add('\n');
  return b;
};

/** Legal-hold acknowledgement export: custodian, mailbox, acknowledged at, from IP. */
const holdAck: Render = (r, lang, n) => {
  const b = new Builder();
  b.add(`hold_id,custodian,email,notice_sent,acknowledged,ack_ip\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = person(r);
    b.add(`LH-${2600 + n},`)
      .val('PERSON', p.full)
      .add(',')
      .val('EMAIL_ADDRESS', p.email)
      .add(`,${DAY(r)},`);
    if (r.chance(0.8))
      b.add(`${DAY(r)},`)
        .val('IP_ADDRESS', ip(r))
        .add('\n');
    else b.add(lang === 'de' ? 'offen,\n' : 'pending,\n');
  }
  return b;
};

const KINDS: [string, Render, number][] = [
  ['Concordance DAT load file', concordance, 3],
  ['Opticon OPT image cross-reference', opticon, 2],
  ['EDRM XML 1.2 load file', edrm, 3],
  ['privilege log', privilegeLog, 2],
  ['extracted text of an e-mail', extractedMail, 4],
  ['OCR text of a scanned claim form', ocrForm, 3],
  ['legal-hold acknowledgement export', holdAck, 2],
];

/** `count` documents of a litigation-support platform's production, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranlxs1(seed);
  return generateByKind(r, count, KINDS, (k, lang, n) => KINDS[k][1](r, lang, n));
}
