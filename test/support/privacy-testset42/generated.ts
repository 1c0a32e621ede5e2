import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { Taus2 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

/** Printer control as it reaches the spooler: real bytes, or the notation a DLP console writes for them. */
const ESC = '\x1b';
const GS = '\x1d';

interface Person {
  given: string;
  family: string;
  full: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  street: string;
  town: string;
  female: boolean;
  country: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

/** Home towns per country: streets paired with towns (a postcode names its street), mobile shapes, free-mail domains. */
const HOMES: {
  country: string;
  streets: string[];
  towns: string[];
  streetFirst: boolean;
  phone: (r: Taus2) => string;
  mail: string[];
}[] = [
  {
    country: 'DE',
    streets: ['Kiebitzweg', 'Auf der Heide', 'Zechenstraße', 'Hopfengarten', 'Lotsenstieg'],
    towns: ['44787 Bochum', '66111 Saarbrücken', '85049 Ingolstadt', '18055 Rostock', '27568 Bremerhaven'],
    streetFirst: true,
    phone: (r) => r.pick([`+49 ${r.pick(['151', '157', '162', '178'])} ${r.digits(8)}`, `0160 ${r.digits(7)}`]),
    mail: ['t-online.de', 'web.de', 'freenet.de', 'gmx.de'],
  },
  {
    country: 'AT',
    streets: ['Thaliastraße', 'Annenstraße', 'Kaigasse'],
    towns: ['1160 Wien', '8020 Graz', '5020 Salzburg'],
    streetFirst: true,
    phone: (r) => `+43 ${r.pick(['650', '660', '681'])} ${r.digits(7)}`,
    mail: ['chello.at', 'gmx.at'],
  },
  {
    country: 'CH',
    streets: ['Feldbergstrasse', 'Rue de Carouge', 'Via Cantonale'],
    towns: ['4057 Basel', '1205 Genève', '6900 Lugano'],
    streetFirst: true,
    phone: (r) => `+41 ${r.pick(['77', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    mail: ['bluewin.ch', 'hispeed.ch'],
  },
  {
    country: 'GB',
    streets: ['Stockport Road', 'Kingsland Road', 'Granby Street'],
    towns: ['Manchester M19 2DD', 'London E8 4AA', 'Leicester LE1 6FB'],
    streetFirst: false,
    phone: (r) => `07${r.pick(['412', '836', '905'])} ${r.digits(6)}`,
    mail: ['sky.com', 'hotmail.co.uk'],
  },
  {
    // Irish customers here live in Northern Ireland (an Eircode is no postcode the set's checks read).
    country: 'IE',
    streets: ['Falls Road', 'Hill Street'],
    towns: ['Belfast BT12 6AH', 'Newry BT34 1ER'],
    streetFirst: false,
    phone: (r) => `+353 ${r.pick(['83', '86'])} ${r.digits(3)} ${r.digits(4)}`,
    mail: ['eircom.net', 'gmail.com'],
  },
  {
    country: 'MT',
    streets: ['Triq il-Kbira', 'Triq San Pawl'],
    towns: ['Birkirkara BKR 1402', "St Paul's Bay SPB 3213"],
    streetFirst: false,
    phone: (r) => `+356 ${r.pick(['79', '99'])} ${r.digits(6)}`,
    mail: ['maltanet.net', 'gmail.com'],
  },
  {
    country: 'GI',
    streets: ['Main Street', 'Cornwall’s Lane'],
    towns: ['Gibraltar GX11 1AA', 'Gibraltar GX11 1AA'],
    streetFirst: false,
    phone: (r) => `+350 ${r.pick(['540', '560', '580'])} ${r.digits(5)}`,
    mail: ['gibtelecom.net', 'gmail.com'],
  },
  {
    country: 'US',
    streets: ['E Fremont St', 'Pacific Ave'],
    towns: ['Las Vegas, NV 89101', 'Atlantic City, NJ 08401'],
    streetFirst: false,
    phone: (r) => `(${r.pick(['702', '609'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    mail: ['aol.com', 'gmail.com'],
  },
  {
    country: 'CA',
    streets: ['Boul. Saint-Laurent', 'Portage Ave'],
    towns: ['Montréal, QC H2T 1R9', 'Winnipeg, MB R3G 0N9'],
    streetFirst: false,
    phone: (r) => `(${r.pick(['438', '204'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    mail: ['sympatico.ca', 'shaw.ca'],
  },
  {
    country: 'AU',
    streets: ['Sturt St', 'Brunswick St'],
    towns: ['Ballarat VIC 3350', 'Fortitude Valley QLD 4006'],
    streetFirst: false,
    phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    mail: ['iinet.net.au', 'bigpond.com'],
  },
  {
    country: 'NZ',
    streets: ['George St', 'Victoria Ave'],
    towns: ['Dunedin 9016', 'Whanganui 4500'],
    streetFirst: false,
    phone: (r) => `+64 27 ${r.digits(3)} ${r.digits(4)}`,
    mail: ['slingshot.co.nz', 'xtra.co.nz'],
  },
];

function person(r: Taus2, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = lang === 'de' ? r.pick(HOMES.slice(0, 3)) : r.pick(HOMES.slice(3));
  const at = r.int(0, home.towns.length - 1);
  const street = home.streets[at];
  const num = home.country === 'CA' ? r.int(1000, 9899) : r.int(2, 160);
  const local = r.chance(0.55)
    ? `${ascii(given)}.${ascii(family)}`
    : `${ascii(family)}${ascii(given)[0]}${r.int(10, 99)}`;
  return {
    given,
    family,
    full: `${given} ${family}`,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1950, 2004) },
    address: home.streetFirst ? `${street} ${num}, ${home.towns[at]}` : `${num} ${street}, ${home.towns[at]}`,
    street: home.streetFirst ? `${street} ${num}` : `${num} ${street}`,
    town: home.towns[at],
    female: r.chance(0.5),
    country: home.country,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function dobText(r: Taus2, p: Person, lang: Lang): string {
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
const clientIp = (r: Taus2) =>
  r.chance(0.8)
    ? `${r.pick([46, 77, 86, 149, 185])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`
    : `2a01:${r.int(0x1000, 0xffff).toString(16)}:${r.int(0, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;

/** Look-alikes never labelled: slip numbers, terminal ids, cash transaction report references, odds and stakes. */
const slip = (r: Taus2) => `SL-${r.int(10, 99)}-${r.digits(7)}`;
const terminal = (r: Taus2) => `TRM-${r.int(1000, 9999)}-${r.pick([...'ABCDEFGH'])}`;
const ctr = (r: Taus2) => `CTR-26-${r.digits(6)}`;
const odds = (r: Taus2) => `${r.int(1, 12)}.${pad(r.int(0, 99))}`;
const money = (r: Taus2, lo: number, hi: number, lang: Lang) => {
  const v = `${r.int(lo, hi)}${lang === 'de' ? ',' : '.'}${pad(r.pick([0, 0, 50, r.int(0, 99)]))}`;
  return lang === 'de' ? `${v} EUR` : `${r.pick(['£', '€', '$'])}${v}`;
};
const eventDay = (r: Taus2) => `2026-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`;
const clock = (r: Taus2) => `${pad(r.int(8, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
const workstation = (r: Taus2) => `${r.pick(['10.42', '192.168', '172.20'])}.${r.int(0, 30)}.${r.int(2, 250)}`;

/** The operators: switchboards, role mailboxes and accounts are never labelled. */
const FIRMS: Record<Lang, { name: string; domain: string; role: string; phone: string; iban: string }[]> = {
  de: [
    {
      name: 'Wettbüro Zechenblick GmbH',
      domain: 'zechenblick-wetten.de',
      role: 'kundenservice',
      phone: '0234 588 120-0',
      iban: 'DE89 3704 0044 0532 0130 00',
    },
    {
      name: 'Spielhalle Glückshafen GmbH & Co. KG',
      domain: 'glueckshafen-spiel.de',
      role: 'aufsicht',
      phone: '0471 90 33 0',
      iban: 'DE02 1203 0000 0000 2020 51',
    },
    {
      name: 'Casino Donaublick AG',
      domain: 'casino-donaublick.at',
      role: 'cage',
      phone: '+43 1 532 44 0',
      iban: 'AT61 1904 3002 3457 3201',
    },
    {
      name: 'Lotterie-Genossenschaft Rheinknie',
      domain: 'los-rheinknie.ch',
      role: 'gewinne',
      phone: '+41 61 555 20 00',
      iban: 'CH93 0076 2011 6238 5295 7',
    },
  ],
  en: [
    {
      name: 'Harbourline Bookmakers Ltd',
      domain: 'harbourline-bet.co.uk',
      role: 'compliance',
      phone: '0161 496 0500',
      iban: 'GB29 NWBK 6016 1331 9268 19',
    },
    {
      name: 'Valletta Crown Gaming plc',
      domain: 'vallettacrown.com.mt',
      role: 'kyc',
      phone: '+356 2122 0000',
      iban: 'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    },
    {
      name: 'Rock Straits Betting Ltd',
      domain: 'rockstraits.gi',
      role: 'responsible.gambling',
      phone: '+350 200 40000',
      iban: 'GI75 NWBK 0000 0000 7099 453',
    },
    {
      name: 'Southern Cross Lotteries',
      domain: 'sxlotto.com.au',
      role: 'prizes',
      phone: '13 25 99',
      iban: 'IE29 AIBK 9311 5212 3456 78',
    },
    {
      name: 'Silver Fern Gaming Trust',
      domain: 'silverferntrust.org.nz',
      role: 'grants',
      phone: '0800 555 014',
      iban: 'GB82 WEST 1234 5698 7654 32',
    },
  ],
};

type Render = (b: Builder, r: Taus2, lang: Lang, personal: boolean) => void;
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** ESC/POS with real control bytes: a betting shop's bet slip, the player card holder's name in bold halves. */
const escposSlip: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  b.add(`${ESC}@${ESC}a\x01${ESC}E\x01${f.name}${ESC}E\x00\n${f.phone}\n${ESC}a\x00`);
  b.add(`${L(lang, 'Wettschein', 'Bet slip')} ${slip(r)}\n${L(lang, 'Terminal', 'Terminal')} ${terminal(r)}\n`);
  b.add(`${eventDay(r)} ${clock(r)}\n------------------------------------------\n`);
  const legs = r.int(1, 4);
  for (let i = 0; i < legs; i++)
    b.add(`${r.pick(['FC Tal 04 - SV Kamp', 'Rovers v Albion', 'Hurling: Galway v Cork', 'Race 3 Ascot #7'])}\n`).add(
      `  ${r.pick(['1', 'X', '2', 'Win', 'Over 2.5'])} @ ${odds(r)}\n`,
    );
  b.add(`${L(lang, 'Einsatz', 'Stake')}: ${money(r, 2, 200, lang)}\n`);
  if (personal) {
    const p = person(r, lang);
    b.add(`${L(lang, 'Kundenkarte', 'Player card')}: `);
    if (r.chance(0.4)) {
      // The given name printed bold: the bold-off command splits the name, labelled over its whole run.
      b.add(`${ESC}E\x01`).val('PERSON', `${p.given}${ESC}E\x00 ${p.family}`).add('\n');
    } else b.val('PERSON', p.full).add('\n');
    if (r.chance(0.5))
      b.add(`${L(lang, 'Tel.', 'Tel')} `)
        .val('PHONE_NUMBER', p.phone)
        .add('\n');
    if (r.chance(0.3)) b.add('E-Mail: ').val('EMAIL_ADDRESS', p.email).add('\n');
  }
  if (r.chance(0.5))
    b.add(`${L(lang, 'Bedient von', 'Served by')}: `)
      .val('PERSON', person(r, lang).given)
      .add('\n');
  b.add(`${ESC}d\x03${GS}V\x00`);
};

/** ESC/POS in a DLP console's notation: a payout receipt with the winner's ID check and transfer account. */
const escposPayout: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  b.add(`<ESC>@<ESC>a<1><ESC>E<1>${L(lang, 'AUSZAHLUNGSBELEG', 'PAYOUT RECEIPT')}<ESC>E<0><LF>`);
  b.add(`${f.name}<LF>${L(lang, 'Hotline', 'Helpline')} ${f.phone}<LF><ESC>a<0>`);
  b.add(`${L(lang, 'Beleg', 'Receipt')}: ${slip(r)}<LF>${terminal(r)} / ${eventDay(r)} ${clock(r)}<LF>`);
  b.add(`${L(lang, 'Gewinn', 'Winnings')}: ${money(r, 600, 48000, lang)}<LF>`);
  if (personal) {
    const p = person(r, lang);
    b.add(`${L(lang, 'Empfänger', 'Payee')}: <ESC>E<1>`)
      .val('PERSON', p.full)
      .add('<ESC>E<0><LF>');
    b.add(`${L(lang, 'Geb.-Datum', 'DOB')}: `)
      .val('DATE_OF_BIRTH', dobText(r, p, lang))
      .add('<LF>');
    if (lang === 'de') {
      const passport = r.chance(0.5);
      b.add(passport ? 'Reisepass-Nr.: ' : 'Personalausweis-Nr.: ')
        .val(passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(r, passport ? 'passport' : 'id'))
        .add('<LF>');
    } else b.add(`ID: ${r.pick(['driving licence', 'passport (non-DE)', 'national ID'])} seen<LF>`);
    if (r.chance(0.6)) {
      const acc = iban(r, lang === 'de' ? r.pick(['DE', 'AT', 'CH']) : r.pick(['GB', 'IE', 'MT']));
      b.add(`${L(lang, 'Überweisung auf', 'Transfer to')}: `)
        .val('IBAN_CODE', r.chance(0.5) ? grouped(acc) : acc)
        .add('<LF>');
    }
  } else b.add(`${L(lang, 'Auszahlung bar, anonym (unter Schwelle)', 'Paid in cash, below ID threshold')}<LF>`);
  b.add(`${L(lang, 'Kasse', 'Till')} ${r.int(1, 9)}`);
  if (r.chance(0.7)) b.add(` / ${L(lang, 'Kassierer/in', 'Cashier')} `).val('PERSON', person(r, lang).full);
  b.add('<LF><ESC>d<4><GS>V<66><0>');
};

/** ZPL: a casino's player card or entry badge; a non-ASCII name as ^FH hex (labelled over its encoded run). */
const hexName = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((x) => (x < 0x80 ? String.fromCharCode(x) : `_${x.toString(16).toUpperCase()}`))
    .join('');
const zplCard: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  b.add(`^XA\n^CI28\n^PW812\n^FO40,30^A0N,34,34^FD${f.name}^FS\n`);
  b.add(`^FO40,80^A0N,26,26^FD${L(lang, 'Spielerkarte', 'Player card')} ${r.int(100000, 999999)}^FS\n`);
  if (personal) {
    // Half the cards go to a holder whose name needs UTF-8 (drawn again until one does, at most twenty times).
    let p = person(r, lang);
    const wantEncoded = r.chance(0.5);
    for (let i = 0; wantEncoded && i < 20 && !/[^\x20-\x7e]/.test(p.full); i++) p = person(r, lang);
    const encoded = /[^\x20-\x7e]/.test(p.full);
    b.add(`^FO40,130^A0N,40,40${encoded ? '^FH' : ''}^FD`)
      .val('PERSON', encoded ? hexName(p.full) : p.full)
      .add('^FS\n');
    b.add(`^FO40,180^A0N,24,24^FD${L(lang, 'geb.', 'born')} `)
      .val('DATE_OF_BIRTH', dobText(r, p, lang))
      .add('^FS\n');
    if (r.chance(0.4)) b.add('^FO40,215^A0N,22,22^FD').val('PHONE_NUMBER', p.phone).add('^FS\n');
    if (r.chance(0.3)) b.add('^FO40,245^A0N,20,20^FD').val('POSTAL_ADDRESS', p.address).add('^FS\n');
  } else b.add(`^FO40,130^A0N,40,40^FD${L(lang, 'GASTKARTE', 'GUEST CARD')}^FS\n`);
  b.add(`^FO40,290^BY2^BCN,70,N,N,N^FD${r.digits(12)}^FS\n^FO600,30^A0N,22,22^FD${terminal(r)}^FS\n^PQ1\n^XZ\n`);
};

/** EPL and TSPL: an arcade's entry log label and a machine's ticket-in-ticket-out label. */
const eplEntry: Render = (b, r, lang, personal) => {
  const tspl = r.chance(0.5);
  const text = (x: number, y: number, s: () => void) => {
    b.add(tspl ? `TEXT ${x},${y},"3",0,1,1,"` : `A${x},${y},0,3,1,1,N,"`);
    s();
    b.add('"\n');
  };
  b.add(tspl ? 'SIZE 60 mm, 40 mm\nGAP 3 mm, 0\nCLS\n' : '\nN\nq480\nQ320,24\n');
  text(20, 10, () => b.add(L(lang, 'EINLASS SPIELHALLE', 'ARCADE ENTRY')));
  text(20, 40, () => b.add(`${eventDay(r)} ${clock(r)} ${terminal(r)}`));
  if (personal) {
    const p = person(r, lang);
    text(20, 80, () => b.val('PERSON', `${p.family}, ${p.given}`));
    text(20, 120, () => b.add(`${L(lang, 'Geb.', 'DOB')} `).val('DATE_OF_BIRTH', dobText(r, p, lang)));
    text(20, 160, () => b.add(lang === 'de' ? 'OASIS-Abfrage: nicht gesperrt' : 'GAMSTOP check: not registered'));
    if (r.chance(0.6))
      text(20, 200, () => b.add(`${L(lang, 'Aufsicht', 'Floor')} `).val('PERSON', person(r, lang).full));
  } else text(20, 80, () => b.add(`TITO ${r.digits(18)}  ${money(r, 1, 300, lang)}`));
  b.add(tspl ? 'PRINT 1,1\n' : 'P1\n');
};

/** PostScript: escapes for parentheses, octal escapes for Latin-1 letters (a name written so is labelled over its escapes). */
const psString = (s: string) =>
  s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[\u0080-\u00ff]/g, (c) => `\\${c.charCodeAt(0).toString(8)}`);
const psLatin1 = (s: string) => [...s].every((ch) => ch.charCodeAt(0) < 256);
const postscript: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  let y = 760;
  const line = (label: string, type?: string, v?: string) => {
    b.add(`72 ${y} moveto (${psString(label)}`);
    if (type && v) b.val(type, psLatin1(v) ? psString(v) : v);
    b.add(') show\n');
    y -= 18;
  };
  b.add(`%!PS-Adobe-3.0\n%%Creator: ${r.pick(['PScript5.dll Version 5.2.2', 'cairo 1.16.0'])}\n%%Title: `);
  b.add(`${L(lang, 'Jackpot-Auszahlung', 'Jackpot payout form')} ${slip(r)}\n%%Pages: 1\n%%EndComments\n`);
  b.add('/Helvetica-Bold findfont 14 scalefont setfont\n');
  line(`${f.name} (${L(lang, 'Kasse', 'cage')})`);
  b.add('/Helvetica findfont 10 scalefont setfont\n');
  line(`${L(lang, 'Automat', 'Machine')} ${terminal(r)} - Jackpot ${money(r, 1200, 250000, lang)}`);
  if (personal) {
    const p = person(r, lang);
    line(`${L(lang, 'Gewinner', 'Winner')}: `, 'PERSON', p.full);
    line(`${L(lang, 'Anschrift', 'Address')}: `, 'POSTAL_ADDRESS', p.address);
    line(`${L(lang, 'Geburtsdatum', 'Date of birth')}: `, 'DATE_OF_BIRTH', dobText(r, p, lang));
    if (lang === 'de') line('Steuer-ID: ', 'DE_TAX_ID', taxId(r));
    if (lang === 'de') {
      const passport = r.chance(0.5);
      line(
        passport ? 'Reisepass-Nr.: ' : 'Ausweis-Nr.: ',
        passport ? 'DE_PASSPORT' : 'DE_ID_CARD',
        icaoNumber(r, passport ? 'passport' : 'id'),
      );
    }
    if (r.chance(0.5)) line('E-Mail: ', 'EMAIL_ADDRESS', p.email);
  } else line(L(lang, 'Jackpot-Test (Techniker), keine Auszahlung', 'Jackpot test (technician), no payout'));
  b.add('showpage\n%%EOF\n');
};

/** PCL 5: a cash transaction report or a personnel sheet, text between cursor commands. */
const pcl: Render = (b, r, lang, personal) => {
  let y = 300;
  const at = () => {
    b.add(`${ESC}&a${r.pick([180, 200])}h${y}V`);
    y += 120;
  };
  b.add(`${ESC}E${ESC}&l0O${ESC}&l26A${ESC}(s0p12h10v0s0b3T`);
  at();
  const staff = r.chance(0.6);
  b.add(
    staff
      ? L(lang, 'Personalbogen Aufsicht Spielhalle', 'Personnel sheet - Berlin support hub (German payroll)')
      : `${L(lang, 'Meldung Bargeldtransaktion', 'Cash transaction report')} ${ctr(r)}`,
  );
  at();
  b.add(
    staff
      ? `${L(lang, 'Stand', 'As of')} ${eventDay(r)}`
      : `${L(lang, 'Betrag', 'Amount')} ${money(r, 2000, 60000, lang)} / ${eventDay(r)}`,
  );
  if (personal) {
    const p = person(r, lang);
    at();
    b.add(`Name: `).val('PERSON', p.full);
    at();
    b.add(`${L(lang, 'Anschrift', 'Address')}: `).val('POSTAL_ADDRESS', p.address);
    at();
    b.add(`${L(lang, 'Geb.', 'Born')} `).val('DATE_OF_BIRTH', dobText(r, p, lang));
    if (staff) {
      at();
      b.add(L(lang, 'SV-Nummer: ', 'Pension no. (DE): ')).val(
        'DE_SOCIAL_SECURITY',
        pensionNumber(r, p.dob, p.family, p.female),
      );
      at();
      b.add(L(lang, 'Steuer-ID: ', 'Tax ID (DE): ')).val('DE_TAX_ID', taxId(r));
    } else if (lang === 'de') {
      at();
      const passport = r.chance(0.5);
      b.add(passport ? 'Reisepass: ' : 'Ausweis: ').val(
        passport ? 'DE_PASSPORT' : 'DE_ID_CARD',
        icaoNumber(r, passport ? 'passport' : 'id'),
      );
    } else {
      at();
      b.add('Phone: ').val('PHONE_NUMBER', p.phone);
    }
  } else {
    at();
    // Without a person a personnel sheet is its blank template; a cash report is the till's aggregate.
    b.add(
      staff
        ? L(lang, 'Leere Vorlage, nicht ausgefüllt', 'Blank template, not filled in')
        : L(lang, 'Sammelmeldung Kasse, keine Einzelperson', 'Aggregate till report, no individual'),
    );
  }
  if (personal) {
    at();
    b.add(`${L(lang, 'Erstellt von', 'Prepared by')} `).val('PERSON', person(r, lang).full);
  }
  b.add(`${ESC}E`);
};

/**
 * An uncompressed PDF content stream: KYC, affordability or source-of-funds review; TJ kerning may split a name.
 * The name is cut between its letters and each piece escaped on its own, so a cut never falls inside an octal
 * escape (`\374`) or after a backslash.
 */
const tjSplit = (r: Taus2, s: string) => {
  const cuts = [r.int(1, s.length - 2)];
  const second = r.int(1, s.length - 2);
  if (second !== cuts[0]) cuts.push(second);
  cuts.sort((a, c) => a - c);
  let out = '';
  let from = 0;
  for (const c of cuts) {
    out += `${psString(s.slice(from, c))})${r.pick(['-15', '20', '-32.5', '12', '-8'])}(`;
    from = c;
  }
  return out + psString(s.slice(from));
};
const pdfStream: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  const obj = r.int(4, 40);
  b.add(`${obj} 0 obj\n<< /Length ${r.int(600, 2400)} >>\nstream\nBT\n/F1 11 Tf\n72 760 Td\n`);
  b.add(`(${psString(`${f.name} - ${L(lang, 'Prüfung Mittelherkunft', 'Source of funds review')}`)}) Tj\n`);
  b.add(`0 -16 Td (${terminal(r)} / ${eventDay(r)}) Tj\n`);
  if (personal) {
    const p = person(r, lang);
    b.add(`0 -16 Td (${L(lang, 'Kunde', 'Customer')}: `);
    if (psLatin1(p.full) && r.chance(0.5)) b.add(') Tj\n[(').val('PERSON', tjSplit(r, p.full)).add(')] TJ\n');
    else b.val('PERSON', psLatin1(p.full) ? psString(p.full) : p.full).add(') Tj\n');
    b.add('0 -16 Td (E-Mail: ').val('EMAIL_ADDRESS', p.email).add(') Tj\n');
    b.add(`0 -16 Td (${L(lang, 'Mobil', 'Mobile')}: `)
      .val('PHONE_NUMBER', p.phone)
      .add(') Tj\n');
    b.add(`0 -16 Td (${L(lang, 'Letzte Anmeldung von', 'Last login from')} `)
      .val('IP_ADDRESS', clientIp(r))
      .add(') Tj\n');
    if (lang === 'de') {
      const passport = r.chance(0.6);
      b.add(`0 -16 Td (${passport ? 'Reisepass' : 'Personalausweis'}: `)
        .val(passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(r, passport ? 'passport' : 'id'))
        .add(') Tj\n');
    }
    if (r.chance(0.6)) {
      const c = card(r);
      b.add(`0 -16 Td (${L(lang, 'Einzahlungskarte', 'Deposit card')}: `)
        .val('CREDIT_CARD', r.chance(0.5) ? cardPrinted(c, ' ') : c)
        .add(') Tj\n');
    }
    if (r.chance(0.5)) {
      const acc = iban(r, lang === 'de' ? 'DE' : r.pick(['GB', 'MT', 'IE']));
      b.add(`0 -16 Td (${L(lang, 'Gehaltskonto', 'Salary account')}: `)
        .val('IBAN_CODE', grouped(acc))
        .add(') Tj\n');
    }
  } else b.add(`0 -16 Td (${L(lang, 'Quartalsstatistik, anonymisiert', 'Quarterly statistics, anonymised')}) Tj\n`);
  if (personal) {
    const reviewer = person(r, lang);
    b.add(`0 -16 Td (${L(lang, 'Bearbeitet von', 'Reviewed by')} `)
      .val('PERSON', psLatin1(reviewer.full) ? psString(reviewer.full) : reviewer.full)
      .add(') Tj\n');
  }
  b.add(`0 -16 Td (${L(lang, 'Rückfragen', 'Queries')}: ${f.role}@${f.domain}) Tj\nET\nendstream\nendobj\n`);
};

/** IPP/CUPS job attributes (ipptool's -v listing) before a self-exclusion or lottery mandate form's text. */
const ippJob: Render = (b, r, lang, personal) => {
  const f = r.pick(FIRMS[lang]);
  const p = personal ? person(r, lang) : undefined;
  b.add(`job-id (integer) = ${r.int(100, 9999)}\njob-originating-user-name (nameWithoutLanguage) = `);
  b.add(`${r.pick(['kasse03', 'svc-print', 'rg-team', 'host.vip2'])}\n`);
  b.add(`job-originating-host-name (nameWithoutLanguage) = ${workstation(r)}\njob-name (nameWithoutLanguage) = `);
  const form = L(
    lang,
    r.pick(['OASIS-Sperrantrag ', 'Lotto-Abo Mandat ', 'Personalbogen ', 'Personalbogen ']),
    r.pick(['GAMSTOP referral ', 'Lottery mandate ']),
  );
  if (p) b.add(form).val('PERSON', p.full).add('.pdf\n');
  else b.add(`${L(lang, 'Tagesabschluss', 'End of day')} ${eventDay(r)}.pdf\n`);
  b.add(`document-format (mimeMediaType) = application/pdf\nprinter-uri (uri) = ipp://${workstation(r)}/printers/`);
  b.add(`${r.pick(['office-mfp', 'cage-laser'])}\n\n--- ${L(lang, 'Seite 1', 'page 1')} ---\n${f.name}\n`);
  if (p) {
    b.add(`${L(lang, 'Name', 'Name')}: `)
      .val('PERSON', p.full)
      .add('\n');
    b.add(`${L(lang, 'Geburtsdatum', 'Date of birth')}: `)
      .val('DATE_OF_BIRTH', dobText(r, p, lang))
      .add('\n');
    b.add(`${L(lang, 'Anschrift', 'Address')}: `)
      .val('POSTAL_ADDRESS', p.address)
      .add('\n');
    if (form === 'Personalbogen ')
      b.add('Sozialversicherungsnummer: ')
        .val('DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female))
        .add('\n');
    else if (r.chance(0.5)) {
      const acc = iban(r, lang === 'de' ? r.pick(['DE', 'AT']) : r.pick(['GB', 'IE']));
      b.add(`${L(lang, 'IBAN (Lastschrift)', 'IBAN (direct debit)')}: `)
        .val('IBAN_CODE', acc)
        .add('\n');
    } else b.add('IP: ').val('IP_ADDRESS', clientIp(r)).add('\n');
  } else b.add(`${L(lang, 'Kassenstand', 'Till balance')} ${money(r, 1000, 90000, lang)}\n`);
  b.add(`${L(lang, 'Kontakt', 'Contact')}: ${f.role}@${f.domain}, ${f.phone}\n`);
};

/** Without a person: a shift's totals, an odds board label, a regulator's circular as print jobs. */
const shiftTotals: Render = (b, r, lang) => {
  const f = r.pick(FIRMS[lang]);
  b.add(`${ESC}@${ESC}E\x01${L(lang, 'SCHICHTABSCHLUSS', 'SHIFT TOTALS')}${ESC}E\x00\n${f.name}\n`);
  b.add(`${terminal(r)}  ${eventDay(r)}\n`);
  for (let i = 0; i < r.int(3, 6); i++) b.add(`${slip(r)}  ${money(r, 2, 900, lang)}\n`);
  b.add(`IBAN ${f.iban}\n${GS}V\x01`);
};
const oddsLabel: Render = (b, r, lang) => {
  b.add(`^XA\n^FO20,20^A0N,30,30^FD${L(lang, 'Quoten', 'Odds')} ${eventDay(r)}^FS\n`);
  for (let i = 0; i < r.int(2, 5); i++)
    b.add(
      `^FO20,${60 + i * 40}^A0N,26,26^FD${r.pick(['Derby', 'Cup Final', 'Grand National', 'Bundesliga'])} ${odds(r)} / ${odds(r)}^FS\n`,
    );
  b.add(`^FO20,300^A0N,20,20^FD${terminal(r)}^FS\n^XZ\n`);
};
const circular: Render = (b, r, lang) => {
  const f = r.pick(FIRMS[lang]);
  b.add(`%!PS-Adobe-3.0\n%%Title: ${L(lang, 'Rundschreiben GGL', 'Gambling Commission bulletin')}\n`);
  b.add(`/Times-Roman findfont 11 scalefont setfont\n72 760 moveto (${psString(f.name)}) show\n`);
  b.add(
    `72 742 moveto (${psString(L(lang, 'Neue Einsatzgrenzen ab ', 'New stake limits from ') + eventDay(r))}) show\n`,
  );
  b.add(
    `72 724 moveto (${psString(`${L(lang, 'Zentrale', 'Switchboard')} ${f.phone}, ${f.role}@${f.domain}`)}) show\nshowpage\n`,
  );
};

const KINDS: [string, Render, number, boolean][] = [
  ['ESC/POS bet slip (control bytes)', escposSlip, 3, true],
  ['ESC/POS payout receipt (<ESC> notation)', escposPayout, 3, true],
  ['ZPL player card', zplCard, 3, true],
  ['EPL/TSPL entry label', eplEntry, 2, true],
  ['PostScript jackpot payout form', postscript, 2, true],
  ['PCL cash transaction report', pcl, 3, true],
  ['PDF content stream (KYC review)', pdfStream, 3, true],
  ['IPP/CUPS job with form text', ippJob, 2, true],
  ['ESC/POS shift totals (no person)', shiftTotals, 1, false],
  ['ZPL odds label (no person)', oddsLabel, 1, false],
  ['PostScript regulator bulletin (no person)', circular, 1, false],
];

/** `count` print jobs of bookmakers, casinos, arcades and lotteries as a DLP tool captures them, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Taus2(seed);
  return generateByKind(r, count, KINDS, (k, lang) => {
    const [, render, , personal] = KINDS[k];
    // A personal kind now and then prints with nobody on it (a guest card, an anonymous payout, a test job).
    const b = new Builder();
    render(b, r, lang, personal && !r.chance(0.02));
    return b;
  });
}
