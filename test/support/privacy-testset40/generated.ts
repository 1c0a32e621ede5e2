import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Ranlux389 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

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

const MAIL_DOMAINS = ['t-online.de', 'gmx.at', 'bluewin.ch', 'icloud.com', 'hotmail.co.uk', 'eircom.net', 'mail.com'];
const PHONES: ((r: Ranlux389) => string)[] = [
  (r) => `+49 ${r.pick(['157', '163', '172', '178', '1516'])} ${r.digits(7)}`,
  (r) => `0${r.pick(['151', '160', '175', '177'])}/${r.digits(7)}`,
  (r) => `+43 ${r.pick(['650', '660', '688'])} ${r.digits(3)} ${r.digits(4)}`,
  (r) => `+41 ${r.pick(['77', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  (r) => `07${r.pick(['700', '842', '911'])} ${r.digits(6)}`,
  (r) => `+353 ${r.pick(['83', '86', '87'])} ${r.digits(3)} ${r.digits(4)}`,
  (r) => `(${r.pick(['614', '720', '403', '902'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
  (r) => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  (r) => `+27 ${r.pick(['82', '72', '83'])} ${r.digits(3)} ${r.digits(4)}`,
];
const ADDRESSES: ((r: Ranlux389) => string)[] = [
  (r) =>
    `${r.pick(['Kastanienallee', 'Im Wiesengrund', 'Birkenhang', 'Schmiedgasse'])} ${r.int(1, 90)}, ${r.pick(['83022 Rosenheim', '34117 Kassel', '66111 Saarbrücken', '18055 Rostock'])}`,
  (r) =>
    `${r.pick(['Wiedner Hauptstraße', 'Anichstraße'])} ${r.int(1, 70)}, ${r.pick(['1040 Wien', '6020 Innsbruck'])}`,
  (r) => `${r.pick(['Seefeldstrasse', 'Rue du Marché'])} ${r.int(1, 99)}, ${r.pick(['8008 Zürich', '1204 Genève'])}`,
  (r) =>
    `${r.int(1, 180)} ${r.pick(['Thornbury Road', 'Mill Lane', 'Queen’s Drive'])}, ${r.pick(['Bristol BS7 8PL', 'Glasgow G12 9QX', 'Norwich NR2 3DE'])}`,
  (r) =>
    `${r.int(1000, 9899)} ${r.pick(['Maple Ridge Dr', 'Sherbrooke St W', 'Cedar Hollow Rd'])}, ${r.pick(['Columbus, OH 43215', 'Calgary, AB T2N 1N4', 'Halifax, NS B3H 2Y9'])}`,
  (r) =>
    `${r.int(1, 120)} ${r.pick(['Wattle St', 'Banksia Cres'])}, ${r.pick(['Ballarat VIC 3350', 'Toowoomba QLD 4350'])}`,
  (r) => `${r.int(1, 80)} ${r.pick(['Jacaranda Ave', 'Protea Rd'])}, ${r.pick(['Pretoria 0181', 'Durban 4001'])}`,
];

function person(r: Ranlux389): Person {
  const all = Object.values(cultures());
  const c = r.pick(all);
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const local =
    r.int(0, 2) === 0 ? `${ascii(given)}.${ascii(family)}` : `${ascii(family)}.${ascii(given)[0]}${r.int(1, 99)}`;
  return {
    given,
    family,
    full: `${given} ${family}`,
    email: `${local}@${r.pick(MAIL_DOMAINS)}`,
    phone: r.pick(PHONES)(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1950, 2006) },
    address: r.pick(ADDRESSES)(r),
    female: r.chance(0.5),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function dobText(r: Ranlux389, p: Person, lang: 'de' | 'en'): string {
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
const ip = (r: Ranlux389) =>
  r.chance(0.8)
    ? `${r.pick([87, 93, 185, 217, 46])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2003:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
const DAY = (r: Ranlux389) => `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.2026`;

/** Vehicle identification numbers and plates: look-alikes that are never labelled. */
const VIN_CHARS = [...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'];
const vin = (r: Ranlux389) =>
  r.pick(['WVW', 'WBA', 'WDD', 'VF1', 'TMB', 'SAL', 'ZFA', 'YV1']) +
  'ZZZ' +
  Array.from({ length: 5 }, () => r.pick(VIN_CHARS)).join('') +
  r.digits(6);
const plate = (r: Ranlux389, lang: 'de' | 'en') =>
  lang === 'de'
    ? `${r.pick(['RO', 'KS', 'SB', 'HRO', 'W', 'IL'])}-${r.pick(['AX', 'KT', 'M', 'ZE'])} ${r.int(10, 9999)}`
    : `${r.pick(['BD', 'SF', 'LK', 'YR'])}${r.int(51, 75)} ${r.pick(['XTC', 'KPL', 'HRV'])}`;
const order = (r: Ranlux389) => `RA-${r.int(24, 26)}-${r.digits(5)}`;
const km = (r: Ranlux389, lang: 'de' | 'en') =>
  lang === 'de' ? `${r.int(8, 240)}.${r.digits(3)} km` : `${r.int(5, 150)},${r.digits(3)} mi`;

/** The firms behind the forms: their switchboards, role mailboxes and accounts are never labelled. */
const FIRMS = {
  de: [
    { name: 'Autohaus Brenninger GmbH', phone: '+49 8031 40720', mail: 'service@brenninger-auto.de' },
    { name: 'Karosserie & Lack Wendholt KG', phone: '0561 9377-0', mail: 'werkstatt@wendholt-kg.de' },
    { name: 'FlottenPartner Leasing GmbH', phone: '0800 7723 400', mail: 'fuhrpark@flottenpartner.de' },
    { name: 'Autovermietung Pichlmayr GmbH', phone: '+43 512 560 880', mail: 'schaden@pichlmayr-rent.at' },
    { name: 'Garage Zollikofer AG', phone: '+41 44 381 22 00', mail: 'info@garage-zollikofer.ch' },
  ],
  en: [
    { name: 'Kestrel Motors Ltd', phone: '0117 496 0300', mail: 'sales@kestrelmotors.co.uk' },
    { name: 'Harbourside Car & Van Rental', phone: '+353 1 677 4100', mail: 'damage@harbourside-rental.ie' },
    { name: 'Northgate Fleet Solutions', phone: '1-800-555-0142', mail: 'fleet@northgatefleet.com' },
    { name: 'Southern Cross Roadside', phone: '13 11 40', mail: 'dispatch@scroadside.com.au' },
    { name: 'Protea Panel Beaters (Pty) Ltd', phone: '+27 12 664 8100', mail: 'estimates@proteapanel.co.za' },
  ],
};
const firmIban = (lang: 'de' | 'en') => (lang === 'de' ? 'DE61 7002 0270 0015 8420 10' : 'GB94 HBUK 4012 7631 2290 18');

/** What each form is about: a topic of automotive and mobility work, per language. */
const FORMS = {
  de: [
    'Kaufvertrag_Gebrauchtfahrzeug.pdf',
    'Inzahlungnahme_Protokoll.pdf',
    'Werkstattauftrag.pdf',
    'Garantieantrag_Hersteller.pdf',
    'Fahrerueberlassung_Dienstwagen.pdf',
    'Anhoerung_Fahrerbenennung.pdf',
    'Tankkarte_Antrag.pdf',
    'Schadenprotokoll_Mietwagen.pdf',
    'Pannenhilfe_Einsatzbericht.pdf',
    'Antrag_Zulassung_SEPA_Kfz-Steuer.pdf',
    'Fuehrerscheinkontrolle.pdf',
    'Reifeneinlagerung_Auftrag.pdf',
  ],
  en: [
    'Vehicle_Sale_Agreement.pdf',
    'PartExchange_Appraisal.pdf',
    'Repair_Order.pdf',
    'Warranty_Claim.pdf',
    'Company_Car_Driver_Agreement.pdf',
    'PCN_Driver_Nomination.pdf',
    'Fuel_Card_Request.pdf',
    'Rental_Damage_Report.pdf',
    'Roadside_Assistance_Callout.pdf',
    'Finance_Application.pdf',
    'Driving_Licence_Check_Mandate.pdf',
    'Tyre_Storage_Ticket.pdf',
  ],
};

/** One filled field: a machine name, a tooltip, a value (labelled when `type` is set), or a checkbox. */
interface Field {
  name: string;
  tip: string;
  value: string;
  type?: string;
  check?: boolean;
  maxLen?: number;
}

/** The machine names a form's fields carry: a designer's short names, an XFA path, or Acrobat's auto names. */
type Naming = (i: number, short: string, tip: string) => string;
const NAMINGS: Naming[] = [
  (_i, short) => short,
  (i) => `topmostSubform[0].Page1[0].f1_${pad(i + 1)}[0]`,
  (_i, short) => `form1[0].#subform[0].${short}[0]`,
  (i, short) => `${short}.${i}`,
  // Acrobat's form wizard names a field after the label beside it: the tooltip is the name.
  (_i, _short, tip) => tip,
];

/** The fields of one filled form: a person's values among the vehicle's, the firm's and the checkboxes. */
function fields(r: Ranlux389, lang: 'de' | 'en', withPerson: boolean): Field[] {
  const p = person(r);
  const firm = r.pick(FIRMS[lang]);
  const de = lang === 'de';
  const f: Field[] = [];
  const naming = r.pick(NAMINGS);
  const push = (short: string, tip: string, value: string, type?: string, extra: Partial<Field> = {}) =>
    f.push({ name: naming(f.length, short, tip), tip, value, type, ...extra });
  push('txtFirma', de ? 'Betrieb' : 'Dealer / company', firm.name);
  push('txtFirmaTel', de ? 'Telefon Zentrale' : 'Switchboard', firm.phone);
  push('txtFirmaMail', de ? 'E-Mail Betrieb' : 'Company e-mail', firm.mail);
  push('txtVorgang', de ? 'Auftragsnummer' : 'Order number', order(r));
  push('txtFIN', de ? 'Fahrzeug-Identifizierungsnummer' : 'VIN', vin(r), undefined, { maxLen: 17 });
  push('txtKennzeichen', de ? 'Amtliches Kennzeichen' : 'Registration', plate(r, lang));
  push('txtKm', de ? 'Kilometerstand' : 'Odometer', km(r, lang));
  push('datVorgang', de ? 'Datum' : 'Date', DAY(r));
  if (withPerson) {
    if (r.chance(0.5)) {
      push('txtHalterName', de ? 'Name des Halters' : 'Customer name', p.full, 'PERSON');
    } else {
      push('txtNachname', de ? 'Nachname' : 'Surname', p.family, 'PERSON');
      push('txtVorname', de ? 'Vorname' : 'First name(s)', p.given, 'PERSON');
    }
    push('datGeburt', de ? 'Geburtsdatum' : 'Date of birth', dobText(r, p, lang), 'DATE_OF_BIRTH');
    push('txtAnschrift', de ? 'Anschrift' : 'Home address', p.address, 'POSTAL_ADDRESS');
    push('txtTelefon', de ? 'Telefon (mobil)' : 'Mobile', p.phone, 'PHONE_NUMBER');
    if (r.chance(0.7)) push('txtEmail', 'E-Mail', p.email, 'EMAIL_ADDRESS');
    if (r.chance(0.5)) {
      const v = iban(r, de ? r.pick(['DE', 'AT', 'CH']) : r.pick(['GB', 'IE', 'FR', 'BE']));
      const shown = r.chance(0.5) ? v : grouped(v);
      push('txtIBAN', de ? 'IBAN Kontoinhaber' : 'Account IBAN', shown, 'IBAN_CODE', {
        maxLen: shown === v ? v.length : undefined,
      });
    }
    if (r.chance(0.35)) {
      const v = card(r);
      push(
        'txtKarte',
        de ? 'Kreditkarte (Kaution)' : 'Card for deposit',
        r.chance(0.5) ? v : cardPrinted(v, ' '),
        'CREDIT_CARD',
      );
    }
    if (de) {
      if (r.chance(0.4))
        push('txtSteuerID', 'Steuerliche Identifikationsnummer', taxId(r), 'DE_TAX_ID', { maxLen: 11 });
      if (r.chance(0.35))
        push('txtAusweis', 'Personalausweisnummer', icaoNumber(r, 'id'), 'DE_ID_CARD', { maxLen: 10 });
      if (r.chance(0.25)) push('txtPass', 'Reisepassnummer', icaoNumber(r, 'passport'), 'DE_PASSPORT');
      if (r.chance(0.45))
        push('txtRVNR', 'Rentenversicherungsnummer', pensionNumber(r, p.dob, p.family, p.female), 'DE_SOCIAL_SECURITY');
    } else if (r.chance(0.3))
      push('txtPassport', 'German passport no. (licence check)', icaoNumber(r, 'passport'), 'DE_PASSPORT');
    if (r.chance(0.3))
      push('txtClientIP', de ? 'Absender-IP (Online-Formular)' : 'Submitted from IP', ip(r), 'IP_ADDRESS');
    if (r.chance(0.3)) {
      const adviser = person(r);
      push('txtBerater', de ? 'Serviceberater/in' : 'Service adviser', adviser.full, 'PERSON');
      push('txtBeraterDW', de ? 'Durchwahl' : 'Direct line', adviser.phone, 'PHONE_NUMBER');
    }
  } else {
    push(
      'txtTeilenr',
      de ? 'Teilenummer' : 'Part number',
      `${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.pick(['A', 'B', 'D'])}`,
    );
    push(
      'txtBetrag',
      de ? 'Betrag brutto' : 'Amount',
      de ? `${r.int(90, 4800)},${r.digits(2)} EUR` : `£${r.int(90, 4800)}.${r.digits(2)}`,
    );
    push('txtKonto', de ? 'Bankverbindung Betrieb' : 'Company bank account', firmIban(lang));
    push('datHU', de ? 'Nächste HU' : 'Next MOT due', `${pad(r.int(1, 12))}/${r.int(2026, 2028)}`);
  }
  f.push({
    name: naming(f.length, 'chkAGB', de ? 'AGB gelesen' : 'Terms accepted'),
    tip: de ? 'AGB gelesen' : 'Terms accepted',
    value: '',
    check: r.chance(0.7),
  });
  f.push({
    name: naming(f.length, 'chkVorschaden', de ? 'Vorschäden' : 'Previous damage'),
    tip: de ? 'Vorschäden' : 'Previous damage',
    value: '',
    check: r.chance(0.3),
  });
  return f;
}

/** XML escaping of a text node or attribute. */
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Adds `v` to the builder XML-escaped; a labelled value's escaped run is its label. */
function put(b: Builder, v: string, type: string | undefined, enc: (s: string) => string): void {
  if (type) b.val(type, enc(v));
  else b.add(enc(v));
}

type Render = (r: Ranlux389, lang: 'de' | 'en', withPerson: boolean) => Builder;

/** XFDF: nested <field name> elements with <value>, checkboxes as Yes / Off. */
const xfdf: Render = (r, lang, withPerson) => {
  const b = new Builder();
  b.add('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n');
  b.add(`  <f href="${r.pick(FORMS[lang])}"/>\n  <fields>\n`);
  for (const fl of fields(r, lang, withPerson)) {
    b.add(`    <field name="${xml(fl.name)}">\n      <value>`);
    if (fl.check !== undefined) b.add(fl.check ? 'Yes' : 'Off');
    else put(b, fl.value, fl.type, xml);
    b.add('</value>\n    </field>\n');
  }
  b.add(
    `  </fields>\n  <ids original="${r.digits(8)}A${r.digits(7)}" modified="${r.digits(8)}B${r.digits(7)}"/>\n</xfdf>\n`,
  );
  return b;
};

/**
 * A PDF literal string's body: parentheses and backslashes escaped, characters of PDFDocEncoding beyond ASCII as
 * octal escapes (ä = \344), line breaks as \r; a value outside Latin-1 is written as a UTF-16BE hex string instead.
 */
function pdfString(s: string): { open: string; body: string; close: string } {
  if ([...s].some((ch) => ch.charCodeAt(0) > 0xff || ch === '’'))
    return {
      open: '<',
      body: 'FEFF' + [...s].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join(''),
      close: '>',
    };
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/([()])/g, '\\$1')
    .replace(/\n/g, '\\r')
    .replace(/[\u0080-\u00ff]/g, (ch) => '\\' + ch.charCodeAt(0).toString(8));
  return { open: '(', body, close: ')' };
}

/** FDF: one dictionary per field, /T name, /V value (literal or hex string), checkboxes as names /Yes and /Off. */
const fdf: Render = (r, lang, withPerson) => {
  const b = new Builder();
  b.add('%FDF-1.2\n%âãÏÓ\n1 0 obj\n<<\n/FDF << /Fields [\n');
  for (const fl of fields(r, lang, withPerson)) {
    const t = pdfString(fl.name);
    b.add(`<< /T ${t.open}${t.body}${t.close} /V `);
    if (fl.check !== undefined) b.add(fl.check ? '/Yes' : '/Off');
    else {
      // A multi-line address field: its lines joined by \r inside the string.
      const multi = fl.type === 'POSTAL_ADDRESS' && r.chance(0.4);
      const v = pdfString(multi ? fl.value.replace(', ', '\n') : fl.value);
      b.add(v.open);
      put(b, v.body, fl.type, (s) => s);
      b.add(v.close);
    }
    b.add(' >>\n');
  }
  b.add(
    `]\n/F (${r.pick(FORMS[lang])})\n/ID [<${r.digits(8)}A1><${r.digits(8)}B2>]\n>>\n>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
  return b;
};

/** pdftk dump_data_fields (non-ASCII as numeric entities) or dump_data_fields_utf8. */
const pdftk: Render = (r, lang, withPerson) => {
  const b = new Builder();
  const entities = r.chance(0.5);
  const enc = (s: string) => (entities ? xml(s).replace(/[^\x20-\x7e\n]/g, (ch) => `&#${ch.codePointAt(0)};`) : s);
  for (const fl of fields(r, lang, withPerson)) {
    b.add(`---\nFieldType: ${fl.check === undefined ? 'Text' : 'Button'}\nFieldName: ${enc(fl.name)}\n`);
    b.add(`FieldNameAlt: ${enc(fl.tip)}\n`);
    b.add(`FieldFlags: ${fl.maxLen ? 29360128 : 0}\n`);
    if (fl.check !== undefined) b.add(`FieldValue: ${fl.check ? 'Yes' : 'Off'}\n`);
    else {
      b.add('FieldValue: ');
      put(b, fl.value, fl.type, enc);
      b.add('\n');
    }
    b.add('FieldJustification: Left\n');
    if (fl.maxLen) b.add(`FieldMaxLength: ${fl.maxLen}\n`);
    if (fl.check !== undefined) b.add('FieldStateOption: Off\nFieldStateOption: Yes\n');
  }
  return b;
};

/** JSON string escaping of a value (quotes and backslashes only; no value here holds a control character). */
const json = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** pdf.js getFieldObjects(): per name an array of widgets with id, value, type, rect; checkboxes with exportValues. */
const pdfjs: Render = (r, lang, withPerson) => {
  const b = new Builder();
  const list = fields(r, lang, withPerson);
  b.add('{\n');
  list.forEach((fl, i) => {
    const id = `${r.int(10, 400)}R`;
    b.add(
      `  "${json(fl.name)}": [{"id":"${id}","name":"${json(fl.name)}","type":"${fl.check === undefined ? 'text' : 'checkbox'}",`,
    );
    if (fl.check !== undefined) b.add(`"value":"${fl.check ? 'Yes' : 'Off'}","exportValues":"Yes",`);
    else {
      b.add('"value":"');
      put(b, fl.value, fl.type, json);
      b.add('",');
    }
    if (fl.maxLen) b.add(`"comb":true,"maxLen":${fl.maxLen},`);
    const x = r.int(40, 300);
    const y = r.int(80, 740);
    b.add(
      `"editable":true,"hidden":false,"page":0,"rect":[${x},${y},${x + r.int(60, 250)},${y + r.int(14, 22)}]}]${i < list.length - 1 ? ',' : ''}\n`,
    );
  });
  b.add('}\n');
  return b;
};

/** pdf-lib: form.getFields() mapped to name, class and value (text) or checked (checkbox). */
const pdflib: Render = (r, lang, withPerson) => {
  const b = new Builder();
  const list = fields(r, lang, withPerson);
  b.add(`// ${r.pick(FORMS[lang])}: PDFDocument.load(bytes).getForm().getFields()\n[\n`);
  list.forEach((fl, i) => {
    b.add(`  { "name": "${json(fl.name)}", "type": "${fl.check === undefined ? 'PDFTextField' : 'PDFCheckBox'}", `);
    if (fl.check !== undefined) b.add(`"checked": ${fl.check}`);
    else {
      b.add('"text": "');
      put(b, fl.value, fl.type, json);
      b.add(`"${fl.maxLen ? `, "maxLength": ${fl.maxLen}, "combed": true` : ''}`);
    }
    b.add(` }${i < list.length - 1 ? ',' : ''}\n`);
  });
  b.add(']\n');
  return b;
};

/** The fields of a blank form as `pdftk dump_data_fields` lists them: names and tooltips, no values. */
const blankTemplate: Render = (r, lang) => {
  const b = new Builder();
  for (const fl of fields(r, lang, true)) {
    b.add(
      `---\nFieldType: ${fl.check === undefined ? 'Text' : 'Button'}\nFieldName: ${fl.name}\nFieldNameAlt: ${fl.tip}\n`,
    );
    b.add(`FieldFlags: ${fl.maxLen ? 29360128 : 0}\nFieldJustification: Left\n`);
    if (fl.maxLen) b.add(`FieldMaxLength: ${fl.maxLen}\n`);
    if (fl.check !== undefined) b.add('FieldStateOption: Off\nFieldStateOption: Yes\n');
  }
  return b;
};

/** A recall campaign's XFDF: the vehicles only (VINs, plates, parts), no person. */
const recall: Render = (r, lang) => {
  const b = new Builder();
  const campaign = `${r.pick(['24', '25', '26'])}${r.pick(['A', 'F', 'K'])}${r.digits(2)}`;
  b.add('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n');
  b.add(`  <f href="${lang === 'de' ? 'Rueckrufaktion' : 'Recall_Campaign'}_${campaign}.pdf"/>\n  <fields>\n`);
  b.add(`    <field name="Kampagne"><value>${campaign}</value></field>\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    b.add(`    <field name="Fzg"><field name="${i}">\n`);
    b.add(`      <field name="FIN"><value>${vin(r)}</value></field>\n`);
    b.add(`      <field name="Kennz"><value>${plate(r, lang)}</value></field>\n`);
    b.add(`      <field name="Erledigt"><value>${r.chance(0.5) ? 'Yes' : 'Off'}</value></field>\n`);
    b.add(`      <field name="Auftrag"><value>${order(r)}</value></field>\n    </field></field>\n`);
  }
  const firm = r.pick(FIRMS[lang]);
  b.add(`    <field name="Betrieb"><value>${xml(firm.name)}, ${firm.phone}, ${firm.mail}</value></field>\n`);
  b.add('  </fields>\n</xfdf>\n');
  return b;
};

const KINDS: [string, Render, number, boolean][] = [
  ['XFDF export of a filled form', xfdf, 4, true],
  ['FDF export of a filled form', fdf, 4, true],
  ['pdftk dump_data_fields output', pdftk, 4, true],
  ['pdf.js AcroForm field objects (JSON)', pdfjs, 3, true],
  ['pdf-lib form fields (JSON)', pdflib, 3, true],
  ['blank form field list (pdftk)', blankTemplate, 1, false],
  ['recall campaign XFDF (vehicles only)', recall, 1, false],
];

/** `count` filled PDF forms of dealers, workshops, lessors and rental firms as field data, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranlux389(seed);
  return generateByKind(r, count, KINDS, (k, lang) => {
    const [, render, , personal] = KINDS[k];
    // A filled form without a person now and then: a workshop's parts order or an internal vehicle record.
    return render(r, lang, personal && !r.chance(0.05));
  });
}
