import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Ranmar } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
  country: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** Homes of clients and members: German-speaking for German documents, else English-speaking; each street in its town. */
const HOMES: Record<
  Lang,
  { addr: (r: Ranmar) => string; phone: (r: Ranmar) => string; mail: string[]; country: string }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.pick(['Schwabstraße', 'Hölderlinweg', 'Am Kräherwald'])} ${r.int(2, 88)}, ${r.pick(['70197', '70193'])} Stuttgart`,
      phone: (r) => `0${r.pick(['151', '162', '173'])} ${r.digits(8)}`,
      mail: ['t-online.de', 'web.de', 'mailbox.org'],
      country: 'DE',
    },
    {
      addr: (r) => `${r.pick(['Schlachthausgasse', 'Rasumofskygasse'])} ${r.int(2, 60)}, 1030 Wien`,
      phone: (r) => `+43 ${r.pick(['660', '676'])} ${r.digits(7)}`,
      mail: ['chello.at', 'gmx.at'],
      country: 'AT',
    },
    {
      addr: (r) => `${r.pick(['Zähringerstrasse', 'Lorrainestrasse'])} ${r.int(2, 70)}, 3012 Bern`,
      phone: (r) => `+41 ${r.pick(['79', '77'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['bluewin.ch', 'hispeed.ch'],
      country: 'CH',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.int(2, 190)} ${r.pick(['Gloucester Road', 'Stokes Croft'])}, Bristol BS${r.pick(['7 8AE', '1 3QY'])}`,
      phone: (r) => `07${r.pick(['812', '933', '570'])} ${r.digits(6)}`,
      mail: ['sky.com', 'outlook.com'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(2, 400)} ${r.pick(['Lisburn Road', 'Castlereagh Road'])}, Belfast BT${r.pick(['9 6AA', '5 5FP'])}`,
      phone: (r) => `+44 28 90${r.digits(2)} ${r.digits(4)}`,
      mail: ['eir.ie', 'gmail.com'],
      country: 'IE',
    },
    {
      addr: (r) =>
        `${r.int(1000, 4800)} ${r.pick(['Queen St W', 'Ossington Ave'])}, Toronto, ON M6${r.pick(['J 1H4', 'H 2B7'])}`,
      phone: (r) => `(416) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['rogers.com', 'yahoo.ca'],
      country: 'CA',
    },
    {
      addr: (r) =>
        `${r.int(2, 300)} ${r.pick(['Oxford St', 'King St'])}, ${r.pick(['Paddington NSW 2021', 'Newtown NSW 2042'])}`,
      phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['bigpond.com', 'iinet.net.au'],
      country: 'AU',
    },
    {
      addr: (r) => `${r.int(2, 220)} ${r.pick(['Ponsonby Rd', 'Karangahape Rd'])}, Auckland 10${r.pick(['11', '10'])}`,
      phone: (r) => `+64 27 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['xtra.co.nz', 'vodafone.co.nz'],
      country: 'NZ',
    },
    {
      addr: (r) =>
        `${r.int(100, 9900)} ${r.pick(['SE Hawthorne Blvd', 'NE Alberta St'])}, Portland, OR 972${r.int(10, 32)}`,
      phone: (r) => `(503) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['comcast.net', 'gmail.com'],
      country: 'US',
    },
  ],
};

function person(r: Ranmar, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const local = r.chance(0.6)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(given).slice(0, 1)}${ascii(family)}${r.int(1, 99)}`;
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1957, 2007) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
  };
}

function dobText(r: Ranmar, p: Person, lang: Lang): string {
  const { d, m, y } = p.dob;
  if (r.chance(0.3)) return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${MONTHS_EN[m - 1]} ${d}, ${y}`;
  return lang === 'de' ? `${pad(d)}.${pad(m)}.${y}` : `${pad(d)}/${pad(m)}/${y}`;
}
/** A date that is no birth: a booking, a check-in, a contract start. */
const someDate = (r: Ranmar, lang: Lang) =>
  lang === 'de' ? `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.2026` : `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/2026`;
const time = (r: Ranmar) => `${pad(r.int(7, 21))}:${r.pick(['00', '15', '30', '45'])}`;
const memberIp = (r: Ranmar) =>
  r.chance(0.7)
    ? `${r.pick([62, 79, 91, 178, 213])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a02:${r.int(0x1000, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;

/** Look-alikes never labelled: membership and booking numbers, lockers, node ids, amounts. */
const memberNo = (r: Ranmar) => `MG-${r.digits(6)}`;
const bookingNo = (r: Ranmar) => `BK-${r.digits(7)}`;
const locker = (r: Ranmar) => `L-${r.int(100, 480)}`;
const amount = (r: Ranmar, lang: Lang) =>
  lang === 'de'
    ? `${r.int(19, 189)},${r.pick(['00', '50', '90'])} €`
    : `£${r.int(19, 189)}.${r.pick(['00', '50', '99'])}`;

/** The studios: switchboards, role mailboxes and accounts are never labelled. */
const STUDIOS: Record<Lang, { name: string; phone: string; mail: string; iban: string }[]> = {
  de: [
    {
      name: 'Salon Haarwerk Stuttgart-West',
      phone: '0711 6158 220',
      mail: 'termine@haarwerk-west.example',
      iban: 'DE89 6005 0101 0004 1222 06',
    },
    {
      name: 'FitWerk 24 Wien Landstraße',
      phone: '+43 1 713 40 90',
      mail: 'mitglieder@fitwerk24.example',
      iban: 'AT48 2011 1822 2144 3900',
    },
    {
      name: 'Tattoo & Piercing Nadelstich Bern',
      phone: '+41 31 332 18 40',
      mail: 'studio@nadelstich.example',
      iban: 'CH56 0483 5012 3456 7800 9',
    },
    {
      name: 'Therme & Day Spa Lindenhof',
      phone: '07121 94 77-0',
      mail: 'rezeption@lindenhof-spa.example',
      iban: 'DE27 6405 0000 0000 1184 44',
    },
  ],
  en: [
    {
      name: 'Gloss & Grain Barbers Bristol',
      phone: '0117 924 3380',
      mail: 'bookings@glossandgrain.example',
      iban: 'GB60 NWBK 6016 1331 9268 20',
    },
    {
      name: 'Ironbark Fitness Newtown',
      phone: '(02) 9519 4410',
      mail: 'members@ironbark.example',
      iban: 'GB05 BARC 2004 1557 3104 90',
    },
    {
      name: 'Inkwell Tattoo Collective Dublin',
      phone: '+353 1 679 2210',
      mail: 'hello@inkwell.example',
      iban: 'IE64 IRCE 9205 0112 3456 78',
    },
    {
      name: 'Kauri Day Spa Ponsonby',
      phone: '+64 9 376 5520',
      mail: 'reception@kaurispa.example',
      iban: 'GB82 WEST 1234 5698 7654 32',
    },
  ],
};

type Render = (r: Ranmar, lang: Lang) => Builder;

/** A Chrome DevTools Accessibility.getFullAXTree node, written with its value (if any) labelled. */
const axNode = (
  b: Builder,
  id: number,
  role: string,
  name: string,
  value?: [string | null, string],
  children: number[] = [],
) => {
  b.add(
    `    {"nodeId":"${id}","ignored":false,"role":{"type":"role","value":"${role}"},"name":{"type":"computedString","value":"${name}"}`,
  );
  if (value) {
    b.add(`,"value":{"type":"string","value":"`);
    if (value[0]) b.val(value[0], value[1]);
    else b.add(value[1]);
    b.add('"}');
  }
  b.add(`,"childIds":[${children.map((c) => `"${c}"`).join(',')}],"backendDOMNodeId":${id + 400}}`);
};

const axMember: Render = (r, lang) => {
  const p = person(r, lang);
  const s = r.pick(STUDIOS[lang]);
  const b = new Builder();
  const base = r.int(20, 90);
  b.add(`{"nodes":[\n`);
  axNode(b, base, 'RootWebArea', `${L(lang, 'Mitglied bearbeiten', 'Edit member')} – ${s.name}`, undefined, [
    base + 1,
    base + 2,
  ]);
  b.add(',\n');
  axNode(b, base + 1, 'StaticText', `${L(lang, 'Mitgliedsnummer', 'Member no.')} ${memberNo(r)}`);
  b.add(',\n');
  axNode(b, base + 2, 'textbox', L(lang, 'Vorname', 'First name'), ['PERSON', p.given]);
  b.add(',\n');
  axNode(b, base + 3, 'textbox', L(lang, 'Nachname', 'Last name'), ['PERSON', p.family]);
  b.add(',\n');
  axNode(b, base + 4, 'textbox', L(lang, 'Geburtsdatum', 'Date of birth'), ['DATE_OF_BIRTH', dobText(r, p, lang)]);
  b.add(',\n');
  axNode(b, base + 5, 'textbox', L(lang, 'E-Mail', 'Email'), ['EMAIL_ADDRESS', p.email]);
  b.add(',\n');
  axNode(b, base + 6, 'textbox', L(lang, 'Mobil', 'Mobile'), ['PHONE_NUMBER', p.phone]);
  b.add(',\n');
  axNode(b, base + 7, 'textbox', L(lang, 'Anschrift', 'Address'), ['POSTAL_ADDRESS', p.address]);
  b.add(',\n');
  axNode(b, base + 8, 'textbox', L(lang, 'Vertragsbeginn', 'Start date'), [null, someDate(r, lang)]);
  b.add(',\n');
  axNode(b, base + 9, 'textbox', L(lang, 'Spind', 'Locker'), [null, locker(r)]);
  b.add(',\n');
  axNode(b, base + 10, 'StaticText', `${L(lang, 'Studio-Hotline', 'Club phone')} ${s.phone}`);
  b.add('\n]}\n');
  return b;
};

/** Payment details in an AX tree: IBAN or card in a textbox, the account holder's name split over two nodes. */
const axDebit: Render = (r, lang) => {
  const p = person(r, lang);
  const s = r.pick(STUDIOS[lang]);
  const b = new Builder();
  const base = r.int(100, 300);
  b.add(`{"nodes":[\n`);
  axNode(b, base, 'RootWebArea', L(lang, 'SEPA-Lastschriftmandat', 'Direct debit mandate'), undefined, [
    base + 1,
    base + 2,
    base + 3,
  ]);
  b.add(',\n');
  axNode(b, base + 1, 'StaticText', L(lang, 'Kontoinhaber/in', 'Account holder'));
  b.add(',\n');
  axNode(b, base + 2, 'StaticText', 'Name');
  b.add(',\n');
  b.add(
    `    {"nodeId":"${base + 3}","role":{"type":"role","value":"StaticText"},"name":{"type":"computedString","value":"`,
  )
    .val('PERSON', `${p.given} ${p.family}`)
    .add('"},"childIds":[]}');
  b.add(',\n');
  if (r.chance(0.6)) {
    const raw = iban(r, r.pick(['DE', 'AT', 'CH', 'GB', 'IE']));
    axNode(b, base + 4, 'textbox', 'IBAN', ['IBAN_CODE', r.chance(0.5) ? grouped(raw) : raw]);
  } else {
    const v = card(r);
    axNode(b, base + 4, 'textbox', L(lang, 'Kartennummer', 'Card number'), [
      'CREDIT_CARD',
      r.chance(0.5) ? cardPrinted(v, ' ') : v,
    ]);
  }
  b.add(',\n');
  axNode(b, base + 5, 'StaticText', `${L(lang, 'Gläubiger-Konto des Studios', "Club's collecting account")} ${s.iban}`);
  b.add(',\n');
  axNode(b, base + 6, 'StaticText', `${L(lang, 'Monatsbeitrag', 'Monthly fee')} ${amount(r, lang)} · ${memberNo(r)}`);
  b.add('\n]}\n');
  return b;
};

/** A Playwright ARIA snapshot of a booking form (YAML). */
const ariaBooking: Render = (r, lang) => {
  const p = person(r, lang);
  const s = r.pick(STUDIOS[lang]);
  const b = new Builder();
  b.add(
    `- main:\n  - heading "${L(lang, 'Termin', 'Appointment')} ${bookingNo(r)}" [level=1]\n  - group "${L(lang, 'Kundin / Kunde', 'Client')}":\n    - textbox "${L(lang, 'Vorname', 'Given name')}": `,
  )
    .val('PERSON', p.given)
    .add(`\n    - textbox "${L(lang, 'Nachname', 'Family name')}": `)
    .val('PERSON', p.family)
    .add(`\n    - textbox "${L(lang, 'Telefon', 'Phone')}": `)
    .val('PHONE_NUMBER', p.phone)
    .add(`\n    - textbox "E-Mail": `)
    .val('EMAIL_ADDRESS', p.email)
    .add(
      `\n  - combobox "${L(lang, 'Behandlung', 'Treatment')}": ${r.pick(L(lang, 'Balayage|Herrenschnitt|Gel-Modellage|Hot-Stone-Massage', 'Skin fade|Gel manicure|Deep tissue massage|Spray tan').split('|'))}\n  - textbox "${L(lang, 'Datum', 'Date')}": ${someDate(r, lang)}\n  - textbox "${L(lang, 'Uhrzeit', 'Time')}": "${time(r)}"\n  - text: ${L(lang, 'Preis', 'Price')} ${amount(r, lang)}\n  - link "${L(lang, 'Salon anrufen', 'Call the salon')}":\n    - /url: tel:${s.phone.replace(/[^\d+]/g, '')}\n  - button "${L(lang, 'Termin speichern', 'Save appointment')}"\n`,
    );
  return b;
};

/** A Playwright ARIA snapshot of the day's appointment table: names in cells, some elided ("Jana Oka…"). */
const ariaTable: Render = (r, lang) => {
  const b = new Builder();
  const rows = r.int(3, 5);
  b.add(
    `- table "${L(lang, 'Termine', 'Appointments')} ${someDate(r, lang)}":\n  - rowgroup:\n    - row "${L(lang, 'Zeit Kunde Telefon Leistung', 'Time Client Phone Service')}":\n      - columnheader "${L(lang, 'Zeit', 'Time')}"\n      - columnheader "${L(lang, 'Kunde', 'Client')}"\n      - columnheader "${L(lang, 'Telefon', 'Phone')}"\n      - columnheader "${L(lang, 'Leistung', 'Service')}"\n  - rowgroup:\n`,
  );
  for (let i = 0; i < rows; i++) {
    const p = person(r, lang);
    const t = time(r);
    const full = `${p.given} ${p.family}`;
    const elided = full.length > 16 && r.chance(0.5);
    const shown = elided ? full.slice(0, 14).replace(/[\s\-’ʻ]+$/, '') : full;
    b.add(`    - row:\n      - cell "${t}"\n      - cell "`)
      .val('PERSON', shown)
      .add(elided ? '…"\n' : '"\n');
    b.add('      - cell "').val('PHONE_NUMBER', p.phone).add('"\n');
    b.add(
      `      - cell "${r.pick(L(lang, 'Waschen, Schneiden|Wimpernlifting|Maniküre|Rückenmassage 30 Min.', 'Cut and blow-dry|Brow lamination|Pedicure|Hot towel shave').split('|'))}"\n`,
    );
  }
  b.add(`  - text: ${rows} ${L(lang, 'Termine', 'bookings')} · ${L(lang, 'Kabine', 'Room')} ${r.int(1, 6)}\n`);
  return b;
};

/** An NVDA speech viewer log: what the screen reader speaks as the member's record is read field by field. */
const nvdaLog: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  b.add(
    `${L(lang, 'Mitgliederverwaltung – Google Chrome', 'Member admin – Google Chrome')}\n${L(lang, 'Tabelle mit', 'table with')} ${r.int(4, 9)} ${L(lang, 'Zeilen und 2 Spalten', 'rows and 2 columns')}\n`,
  );
  b.add(`${L(lang, 'Eingabefeld, Vorname, ', 'edit, First name, ')}`)
    .val('PERSON', p.given)
    .add('\n');
  b.add(`${L(lang, 'Eingabefeld, Nachname, ', 'edit, Last name, ')}`)
    .val('PERSON', p.family)
    .add('\n');
  b.add(`${L(lang, 'Eingabefeld, Geburtsdatum, ', 'edit, Date of birth, ')}`)
    .val('DATE_OF_BIRTH', dobText(r, p, lang))
    .add('\n');
  const raw = iban(
    r,
    p.country === 'GB' || p.country === 'IE' || p.country === 'AT' || p.country === 'CH' ? p.country : 'DE',
  );
  b.add(`${L(lang, 'Eingabefeld, IBAN, ', 'edit, IBAN, ')}`)
    .val('IBAN_CODE', r.chance(0.5) ? grouped(raw) : raw)
    .add('\n');
  b.add(
    `${L(lang, 'Eingabefeld, Mitgliedsnummer, ', 'edit, Member number, ')}${memberNo(r)}, ${L(lang, 'schreibgeschützt', 'read only')}\n`,
  );
  b.add(`${L(lang, 'Eingabefeld, Letzter Check-in, ', 'edit, Last check-in, ')}${someDate(r, lang)} ${time(r)}\n`);
  b.add(
    `${L(lang, 'Link, Mitglied bearbeiten', 'link, Edit member')}\n${L(lang, 'Schalter, Speichern', 'button, Save')}\n`,
  );
  return b;
};

/** A JAWS speech history of a tattoo or piercing consent form: ID document checked, birth date for the age check. */
const jawsConsent: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  b.add(
    `${L(lang, 'Einverständniserklärung Tätowierung, Überschrift Ebene 1', 'Tattoo consent form, heading level 1')}\n`,
  );
  b.add(`${L(lang, 'Name, Bearbeiten, ', 'Name, edit, ')}`)
    .val('PERSON', `${p.given} ${p.family}`)
    .add('\n');
  b.add(`${L(lang, 'Geburtsdatum, Bearbeiten, ', 'Date of birth, edit, ')}`)
    .val('DATE_OF_BIRTH', dobText(r, p, lang))
    .add('\n');
  if (lang === 'de' || r.chance(0.5)) {
    const passport = r.chance(0.5);
    b.add(
      `${L(lang, passport ? 'Reisepassnummer, Bearbeiten, ' : 'Personalausweisnummer, Bearbeiten, ', passport ? 'German passport no., edit, ' : 'German ID card no., edit, ')}`,
    )
      .val(passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(r, passport ? 'passport' : 'id'))
      .add('\n');
  } else b.add(`Photo ID, edit, driving licence seen\n`);
  b.add(`${L(lang, 'Mobilnummer, Bearbeiten, ', 'Mobile, edit, ')}`)
    .val('PHONE_NUMBER', p.phone)
    .add('\n');
  b.add(
    `${L(lang, 'Kontrollkästchen, nicht aktiviert, Ich bin nicht schwanger', 'check box, not checked, I am not pregnant')}\n`,
  );
  b.add(
    `${L(lang, 'Motiv, Bearbeiten, Schwalbe Unterarm links, 9 cm', 'Design, edit, swallow left forearm, 9 cm')}\n${L(lang, 'Buchung', 'Booking')} ${bookingNo(r)}, ${L(lang, 'Anzahlung', 'deposit')} ${amount(r, lang)}\n`,
  );
  return b;
};

/** A Windows UI Automation tree dump of a spa's till: the guest's card, mail and address in Edit controls. */
const uiaTill: Render = (r, lang) => {
  const p = person(r, lang);
  const s = r.pick(STUDIOS[lang]);
  const b = new Builder();
  const v = card(r);
  b.add(`ControlType: Window  Name: "${L(lang, 'Kasse', 'Till')} – ${s.name}"  AutomationId: "MainWindow"\n`);
  b.add(
    `  ControlType: Text  Name: "${L(lang, 'Gast', 'Guest')}"\n  ControlType: Edit  Name: "${L(lang, 'Gastname', 'Guest name')}"  Value: "`,
  )
    .val('PERSON', `${p.family}, ${p.given}`)
    .add(`"\n  ControlType: Edit  Name: "${L(lang, 'Kartennummer', 'Card number')}"  Value: "`)
    .val('CREDIT_CARD', r.chance(0.5) ? cardPrinted(v, r.pick([' ', '-'])) : v)
    .add(`"\n  ControlType: Edit  Name: "${L(lang, 'Rechnung an E-Mail', 'Receipt to email')}"  Value: "`)
    .val('EMAIL_ADDRESS', p.email)
    .add(`"\n  ControlType: Edit  Name: "${L(lang, 'Rechnungsanschrift', 'Billing address')}"  Value: "`)
    .val('POSTAL_ADDRESS', p.address)
    .add(
      `"\n  ControlType: Text  Name: "${L(lang, 'Summe', 'Total')} ${amount(r, lang)}"\n  ControlType: Text  Name: "${L(lang, 'Bademantel', 'Robe')} ${locker(r)}"\n  ControlType: Button  Name: "${L(lang, 'Bezahlen', 'Pay')}"  AutomationId: "btnPay"\n`,
    );
  return b;
};

/** An Android uiautomator dump of a gym's check-in app: name in content-desc, login IP on the device screen. */
const androidCheckin: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  const bounds = () => `[${r.int(0, 90)},${r.int(100, 1800)}][${r.int(900, 1080)},${r.int(1801, 2200)}]`;
  b.add(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<hierarchy rotation="0">\n  <node index="0" text="" resource-id="de.fitapp.checkin:id/root" class="android.widget.FrameLayout" bounds="${bounds()}">\n`,
  );
  b.add(`    <node index="1" text="`)
    .val('PERSON', `${p.given} ${p.family}`)
    .add(
      `" resource-id="de.fitapp.checkin:id/member_name" class="android.widget.TextView" content-desc="${L(lang, 'Mitglied', 'Member')}" bounds="${bounds()}" />\n`,
    );
  b.add(
    `    <node index="2" text="${memberNo(r)}" resource-id="de.fitapp.checkin:id/member_no" class="android.widget.TextView" content-desc="" bounds="${bounds()}" />\n`,
  );
  b.add(
    `    <node index="3" text="" resource-id="de.fitapp.checkin:id/avatar" class="android.widget.ImageView" content-desc="${L(lang, 'Profilfoto von ', 'Profile photo of ')}`,
  )
    .val('PERSON', p.given)
    .add(`" bounds="${bounds()}" />\n`);
  b.add(`    <node index="4" text="${L(lang, 'Letzte Anmeldung von', 'Last sign-in from')} `)
    .val('IP_ADDRESS', memberIp(r))
    .add(`" resource-id="de.fitapp.checkin:id/last_login" class="android.widget.TextView" bounds="${bounds()}" />\n`);
  b.add(`    <node index="5" text="`)
    .val('PHONE_NUMBER', p.phone)
    .add(`" resource-id="de.fitapp.checkin:id/phone" class="android.widget.EditText" bounds="${bounds()}" />\n`);
  b.add(
    `    <node index="6" text="${L(lang, 'Spind', 'Locker')} ${locker(r)}" resource-id="de.fitapp.checkin:id/locker" class="android.widget.TextView" bounds="${bounds()}" />\n  </node>\n</hierarchy>\n`,
  );
  return b;
};

/** A German employer's staff record of a trainer or stylist in an AX tree: tax id, pension number, passport. */
const axStaff: Render = (r, lang) => {
  const p = person(r, 'de');
  const b = new Builder();
  const base = r.int(500, 900);
  const birth = p.dob;
  b.add(`{"nodes":[\n`);
  axNode(b, base, 'RootWebArea', L(lang, 'Personalstammdaten Trainer/in', 'Staff record (German branch)'), undefined, [
    base + 1,
  ]);
  b.add(',\n');
  axNode(b, base + 1, 'textbox', L(lang, 'Name', 'Name'), ['PERSON', `${p.given} ${p.family}`]);
  b.add(',\n');
  axNode(b, base + 2, 'textbox', L(lang, 'Geburtsdatum', 'Date of birth'), [
    'DATE_OF_BIRTH',
    `${pad(birth.d)}.${pad(birth.m)}.${birth.y}`,
  ]);
  b.add(',\n');
  const tid = taxId(r);
  axNode(b, base + 3, 'textbox', L(lang, 'Steuer-ID', 'Tax ID (Steuer-ID)'), [
    'DE_TAX_ID',
    r.chance(0.5) ? `${tid.slice(0, 2)} ${tid.slice(2, 5)} ${tid.slice(5, 8)} ${tid.slice(8)}` : tid,
  ]);
  b.add(',\n');
  axNode(b, base + 4, 'textbox', L(lang, 'Rentenversicherungsnummer', 'Pension insurance no.'), [
    'DE_SOCIAL_SECURITY',
    pensionNumber(r, birth, p.family, p.female),
  ]);
  b.add(',\n');
  const passport = r.chance(0.5);
  axNode(b, base + 5, 'textbox', passport ? L(lang, 'Reisepass', 'Passport') : L(lang, 'Personalausweis', 'ID card'), [
    passport ? 'DE_PASSPORT' : 'DE_ID_CARD',
    icaoNumber(r, passport ? 'passport' : 'id'),
  ]);
  b.add(',\n');
  axNode(
    b,
    base + 6,
    'StaticText',
    `${L(lang, 'Personalnummer', 'Staff no.')} ${memberNo(r)} · ${L(lang, 'Stundensatz', 'Hourly rate')} ${amount(r, lang)}`,
  );
  b.add('\n]}\n');
  return b;
};

/** Screens without a person: a price list as an ARIA snapshot, a class timetable read by NVDA, a locker screen. */
const ariaPrices: Render = (r, lang) => {
  const s = r.pick(STUDIOS[lang]);
  const b = new Builder();
  b.add(
    `- banner:\n  - heading "${s.name}" [level=1]\n  - link "${s.mail}":\n    - /url: mailto:${s.mail}\n  - text: ${L(lang, 'Tel.', 'Call')} ${s.phone}\n- table "${L(lang, 'Preisliste', 'Price list')}":\n`,
  );
  for (const item of L(
    lang,
    'Damenhaarschnitt|Bartpflege|Shellac|Aromaölmassage 60 Min.',
    'Ladies cut|Beard trim|Shellac|Aromatherapy 60 min',
  ).split('|')) {
    const price = amount(r, lang);
    b.add(`  - row "${item} ${price}":\n    - cell "${item}"\n    - cell "${price}"\n`);
  }
  b.add(
    `- contentinfo:\n  - text: ${L(lang, 'Gutscheine ab', 'Gift vouchers from')} ${amount(r, lang)} · ${bookingNo(r)}\n`,
  );
  return b;
};
const nvdaTimetable: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `${L(lang, 'Kursplan – Mozilla Firefox', 'Class timetable – Mozilla Firefox')}\n${L(lang, 'Tabelle mit', 'table with')} ${r.int(5, 8)} ${L(lang, 'Zeilen und 4 Spalten', 'rows and 4 columns')}\n`,
  );
  for (const c of L(
    lang,
    'Yin Yoga|Spinning|Salsa Anfänger|Pilates Reformer',
    'Vinyasa flow|HIIT|Beginner ballet|Aqua fit',
  ).split('|'))
    b.add(
      `${c}, ${time(r)}, ${L(lang, 'Raum', 'Studio')} ${r.int(1, 4)}, ${r.int(3, 14)} ${L(lang, 'Plätze frei', 'spaces left')}\n`,
    );
  b.add(`${L(lang, 'Link, Kurs buchen', 'link, Book class')}\n${L(lang, 'Ende der Tabelle', 'out of table')}\n`);
  return b;
};
const androidLocker: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<hierarchy rotation="0">\n  <node index="0" text="${L(lang, 'Spind wählen', 'Choose a locker')}" resource-id="de.fitapp.checkin:id/title" class="android.widget.TextView" content-desc="" bounds="[0,96][1080,240]" />\n`,
  );
  for (let i = 1; i <= 4; i++)
    b.add(
      `  <node index="${i}" text="${locker(r)}" resource-id="de.fitapp.checkin:id/locker_${i}" class="android.widget.Button" content-desc="${L(lang, 'frei', 'free')}" bounds="[${i * 200},400][${i * 200 + 180},560]" />\n`,
    );
  b.add(
    `  <node index="5" text="${L(lang, 'Pfand', 'Deposit')} ${amount(r, lang)}" resource-id="de.fitapp.checkin:id/deposit" class="android.widget.TextView" bounds="[0,600][1080,680]" />\n</hierarchy>\n`,
  );
  return b;
};

const KINDS: [string, Render, number][] = [
  ['CDP AX tree member profile', axMember, 3],
  ['CDP AX tree direct debit or card', axDebit, 3],
  ['Playwright ARIA snapshot booking form', ariaBooking, 3],
  ['Playwright ARIA snapshot appointment table', ariaTable, 3],
  ['NVDA speech viewer member record', nvdaLog, 3],
  ['JAWS speech history tattoo consent', jawsConsent, 3],
  ['UI Automation tree spa till', uiaTill, 3],
  ['uiautomator dump gym check-in', androidCheckin, 3],
  ['CDP AX tree staff record', axStaff, 2],
  ['Playwright ARIA snapshot price list (no person)', ariaPrices, 2],
  ['NVDA speech viewer class timetable (no person)', nvdaTimetable, 1],
  ['uiautomator dump locker screen (no person)', androidLocker, 1],
];

/** `count` accessibility trees and screen-reader logs of personal care and fitness software, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranmar(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
