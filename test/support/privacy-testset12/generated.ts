import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import {
  cells,
  formBlocks,
  hyphenate,
  interleave,
  ligatures,
  line,
  ocrDate,
  orgPhone,
  ocrHouse,
  render,
  roleMail,
  softHyphen,
  t,
  v,
  type Line,
} from './extract.js';
import type { TestDocument } from './markup.js';
import { person, type Country, type Person } from './people.js';
import { Jsf32 } from './random.js';
import { cardPrinted, grouped, pensionPrinted, taxIdPrinted } from './values.js';

type Lang = 'de' | 'en';
type Made = Omit<TestDocument, 'id' | 'origin'>;

const NBSP = '\u00A0';
const pad = (n: number) => String(n).padStart(2, '0');

/** A birth date as the document prints it; now and then with a no-break space or an OCR slip. */
function birthDate(rnd: Jsf32, p: Person, lang: Lang): string {
  const b = p.birth;
  const [dd, mm, yy] = [b.getUTCDate(), b.getUTCMonth(), b.getUTCFullYear()];
  const space = rnd.chance(0.3) ? NBSP : ' ';
  const forms =
    lang === 'de'
      ? [`${pad(dd)}.${pad(mm + 1)}.${yy}`, `${dd}.${space}${MONTHS_DE[mm]}${space}${yy}`]
      : [
          `${pad(dd)}/${pad(mm + 1)}/${yy}`,
          `${dd}${space}${MONTHS_EN[mm]}${space}${yy}`,
          `${yy}-${pad(mm + 1)}-${pad(dd)}`,
        ];
  const s = rnd.pick(forms);
  return /^\d/.test(s) && /0/.test(s) && rnd.chance(0.15) ? ocrDate(s) : s;
}

const fullName = (p: Person) => `${p.given} ${p.family}`;
const filedName = (p: Person) => `${p.family}, ${p.given}`;

/** The name with the family name broken at the line end ("Vukče-\nvić"), as justified print does. */
const brokenName = (p: Person) => `${p.given} ${hyphenate(p.family)}`;

/** One line of a private address; a no-break space, a soft hyphen or an OCR slip now and then. */
function addressLine(rnd: Jsf32, p: Person): string {
  let street = p.address.street;
  if (rnd.chance(0.2)) street = street.replace(/\p{L}{8,}/u, softHyphen);
  if ((p.country === 'DE' || p.country === 'AT' || p.country === 'CH') && rnd.chance(0.15)) street = ocrHouse(street);
  const town = rnd.chance(0.25) ? p.address.town.replace(' ', NBSP) : p.address.town;
  return `${street}, ${town}`;
}

/** The address over two lines (street, then town), one label. */
const addressTwoLines = (p: Person) => `${p.address.street}\n${p.address.town}`;

const countriesOf = (lang: Lang): Country[] => (lang === 'de' ? ['DE', 'DE', 'AT', 'CH'] : ['GB', 'GB', 'AU', 'CA']);

const code = (rnd: Jsf32, n: number) => Array.from({ length: n }, () => String(rnd.int(10))).join('');
const jobNumber = (rnd: Jsf32) => `JS12-${code(rnd, 5)}`;
const cmrNumber = (rnd: Jsf32) => `CMR-12${code(rnd, 6)}`;
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const vin = (rnd: Jsf32) =>
  rnd.pick(['WVW', 'WDB', 'VF1', 'SAL', 'JTD', 'WBA']) +
  Array.from({ length: 14 }, () => rnd.pick([...VIN_CHARS])).join('');
function plate(rnd: Jsf32, lang: Lang): string {
  const L = () => rnd.pick([...'ABCDEFGHKLMNPRSTUVWXYZ']);
  return lang === 'de'
    ? `${rnd.pick(['KE', 'DEG', 'NF', 'GÖ', 'TR', 'HRO', 'FR'])}-${L()}${L()} ${rnd.between(10, 9999)}`
    : `${L()}${L()}${rnd.between(10, 74)} ${L()}${L()}${L()}`;
}

/** Page furniture an extractor leaves between a field's label and its value. */
const pageBreak = (head: string, page: number, of: number, lang: Lang): Line[] => [
  [],
  line(lang === 'de' ? `Seite ${page} von ${of}` : `Page ${page} of ${of}`),
  line(head),
  [],
];

type Kind = (rnd: Jsf32, lang: Lang) => Line[];

const KINDS: Record<string, Kind> = {
  'hotel-registration': (rnd, lang) => {
    const de = lang === 'de';
    // Now and then a German visitor abroad: the German passport then goes on the form.
    const g = person(rnd, de || rnd.chance(0.6) ? rnd.pick(countriesOf(lang)) : 'DE');
    const hotel = de
      ? rnd.pick(['Hotel Alpenrose Oberstdorf', 'Gasthof zur Post, Mittenwald', 'Seehotel Brienz'])
      : rnd.pick(['The Harbour Inn, St Ives', 'Glenbeigh Lodge, Co. Kerry', 'Rideau Inn, Ottawa']);
    const nationality: Record<Country, string> = {
      DE: 'deutsch',
      AT: 'österreichisch',
      CH: 'schweizerisch',
      GB: 'British',
      IE: 'Irish',
      AU: 'Australian',
      CA: 'Canadian',
    };
    const german = g.country === 'DE';
    const idValue = german ? v(rnd.chance(0.5) ? 'DE_ID_CARD' : 'DE_PASSPORT', '') : t(code(rnd, 9));
    if (german) idValue.text = idValue.type === 'DE_ID_CARD' ? g.idCard : g.passport;
    return [
      line(de ? 'MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN' : 'GUEST REGISTRATION FORM'),
      line(hotel),
      [],
      ...formBlocks([
        [de ? 'Familienname' : 'Surname', line(v('PERSON', g.family))],
        [de ? 'Vorname' : 'First name(s)', line(v('PERSON', g.given))],
        [de ? 'Geburtsdatum' : 'Date of birth', line(v('DATE_OF_BIRTH', birthDate(rnd, g, lang)))],
        [
          de ? 'Staatsangehörigkeit' : 'Nationality',
          line(de || g.country !== 'DE' ? nationality[g.country] : 'German'),
        ],
        [de ? 'Wohnanschrift' : 'Home address', line(v('POSTAL_ADDRESS', addressLine(rnd, g)))],
        [de ? 'Ausweis-/Passnummer' : 'Passport / ID no.', line(idValue)],
        [
          de ? 'Anreise / Abreise' : 'Arrival / departure',
          line(`${rnd.between(1, 28)}.${rnd.between(1, 12)}. – ${rnd.between(1, 28)}.${rnd.between(1, 12)}.`),
        ],
      ]),
      [],
      line(de ? 'Unterschrift des Gastes' : 'Signature of guest'),
      line(`${hotel} · ${de ? 'Zimmer' : 'Room'} ${rnd.between(101, 348)}`),
    ];
  },

  'job-sheet': (rnd, lang) => {
    const c = person(rnd, rnd.pick(countriesOf(lang)));
    const de = lang === 'de';
    const firm = de
      ? ['Sanitär Flachsmann GmbH', 'Industriestraße 14', '87437 Kempten', 'Tel. 0831 5402-0']
      : ['Kilnworth Plumbing & Heating Ltd', 'Unit 7, Mintsfeet Road South', 'Kendal LA9 6ND', 'Tel. 01539 722140'];
    const job = jobNumber(rnd);
    const header = interleave(
      [
        line(de ? 'Kunde:' : 'Customer:'),
        line(v('PERSON', fullName(c))),
        line(v('POSTAL_ADDRESS', addressLine(rnd, c))),
        line(de ? 'Tel. ' : 'Tel. ', v('PHONE_NUMBER', c.phone)),
      ],
      [
        line(firm[0]),
        line(firm[1]),
        line(firm[2]),
        // the German firm's Zentrale ("…-0") is not personal data: unlabelled (round 32)
        line(de ? orgPhone(firm[3].slice(5)) : v('PHONE_NUMBER', firm[3].slice(5))),
      ],
    );
    // The firm's phone came without its "Tel. " label once laid out: put it back as plain text.
    header[3].splice(header[3].length - 1, 0, t('Tel. '));
    const rows: Line[][] = [
      [line(de ? 'Pos.' : 'Item'), line(de ? 'Menge' : 'Qty'), line(de ? 'Leistung' : 'Work')],
      [
        line('1'),
        line(`${rnd.between(2, 9)}${de ? ',' : '.'}5 m`),
        line(de ? 'Kupferrohr 15 mm verlegen' : 'Lay 15 mm copper pipe'),
      ],
      [
        line('2'),
        line(de ? '1 St.' : '1 no.'),
        line(de ? 'Siphon tauschen, Abﬂuss prüfen' : 'Replace trap, check outﬂow'),
      ],
      [line('3'), line(`${rnd.between(1, 4)} h`), line(de ? 'Arbeitszeit Geselle' : 'Labour, fitter')],
    ];
    return [
      line(de ? `Arbeitsbericht / Aufmaß ${job}` : `Job sheet ${job}`),
      ...header,
      [],
      ...cells(rows),
      ...pageBreak(firm[0], 1, 2, lang),
      line(de ? 'Abgenommen durch Kunde:' : 'Signed off by customer:'),
      line(v('PERSON', brokenName(c))),
    ];
  },

  'cmr-note': (rnd, lang) => {
    // International haulage: the driver is German, his document number goes on the note.
    const driver = person(rnd, 'DE');
    const de = lang === 'de';
    return [
      line(de ? 'INTERNATIONALER FRACHTBRIEF' : 'CONSIGNMENT NOTE'),
      line(cmrNumber(rnd)),
      line('1'),
      line(de ? 'Absender' : 'Sender'),
      line(
        de
          ? 'Agrarhandel Brunnthal eG, Gewerbering 3, 85649 Brunnthal'
          : 'Hollins Feeds Ltd, Station Yard, Hexham NE46 1ET',
      ),
      line('2'),
      line(de ? 'Empfänger' : 'Consignee'),
      line(de ? 'Molkerei Almtal GmbH, Seestraße 40, 4644 Scharnstein' : 'Carrick Dairies, Quay Road, Carrick-on-Suir'),
      line('16'),
      line(de ? 'Frachtführer' : 'Carrier'),
      line(de ? 'Spedition Kühlweg & Söhne KG' : 'Tanfield Haulage Ltd'),
      ...pageBreak(cmrNumber(rnd), 1, 1, lang),
      line(de ? 'Fahrer / Kennzeichen' : 'Driver / registration'),
      line(v('PERSON', filedName(driver)), t(` / ${plate(rnd, lang)}`)),
      line(de ? 'Mobil Fahrer: ' : 'Driver mobile: ', v('PHONE_NUMBER', driver.phone)),
      de
        ? line('Ausweis-Nr. Fahrer: ', v('DE_ID_CARD', driver.idCard))
        : line('Driver ID (German passport): ', v('DE_PASSPORT', driver.passport)),
      line('23'),
      line(de ? 'Unterschrift und Stempel des Frachtführers' : 'Signature and stamp of the carrier'),
    ];
  },

  'driver-log': (rnd, lang) => {
    const de = lang === 'de';
    const drivers = [person(rnd, rnd.pick(countriesOf(lang))), person(rnd, rnd.pick(countriesOf(lang)))];
    const head = de ? 'Fahrtenbuch Kurierdienst Blitzrad · intern' : 'Driver log · Swiftspoke Couriers · internal';
    const rows: Line[][] = [
      [line(de ? 'Datum' : 'Date'), line(de ? 'Fahrer' : 'Driver'), line(de ? 'Fahrzeug' : 'Vehicle'), line('km')],
    ];
    for (let i = 0; i < 4; i++) {
      const dr = drivers[i % 2];
      rows.push([
        line(`${pad(rnd.between(1, 28))}.${pad(rnd.between(1, 12))}.`),
        line(v('PERSON', rnd.chance(0.5) ? fullName(dr) : dr.family)),
        line(plate(rnd, lang)),
        line(String(rnd.between(40, 420))),
      ]);
    }
    return [
      line(head),
      ...cells(rows.slice(0, 3)),
      ...pageBreak(head, 2, 2, lang),
      ...cells(rows.slice(3)),
      [],
      line(
        de ? 'Rückfragen an ' : 'Queries to ',
        v('PERSON', fullName(drivers[0])),
        t(', '),
        v('EMAIL_ADDRESS', drivers[0].email),
      ),
    ];
  },

  'seasonal-contract': (rnd, lang) => {
    const w = person(rnd, rnd.pick(['DE', 'AT', 'DE'] as Country[]));
    const de = lang === 'de';
    const farm = de
      ? 'Obsthof Sonnenhalde, Hofweg 2, 88677 Markdorf'
      : 'Sonnenhalde fruit farm, Hofweg 2, 88677 Markdorf (Germany)';
    return [
      line(de ? 'Personalfragebogen für Saison\u00ADarbeitskräfte' : 'Personnel questionnaire for seasonal workers'),
      line(farm),
      [],
      ...formBlocks([
        [de ? 'Name, Vorname' : 'Name, first name', line(v('PERSON', filedName(w)))],
        [de ? 'Geburtsdatum' : 'Date of birth', line(v('DATE_OF_BIRTH', birthDate(rnd, w, lang)))],
        [de ? 'Anschrift' : 'Address', line(v('POSTAL_ADDRESS', addressTwoLines(w)))],
        [
          de ? 'Steuer-Identifikationsnummer' : 'Tax ID (Steuer-ID)',
          line(v('DE_TAX_ID', rnd.chance(0.5) ? w.taxId : taxIdPrinted(w.taxId))),
        ],
        [
          de ? 'Rentenversicherungsnummer' : 'Pension insurance no.',
          line(v('DE_SOCIAL_SECURITY', rnd.chance(0.5) ? w.pension : pensionPrinted(w.pension))),
        ],
        ['IBAN', line(v('IBAN_CODE', rnd.chance(0.3) ? grouped(w.iban, NBSP) : grouped(w.iban)))],
      ]),
      ...pageBreak(de ? 'Obsthof Sonnenhalde · Saison 2026' : 'Sonnenhalde · season 2026', 1, 2, lang),
      line(
        de ? 'Die Angaben sind richtig. Unterschrift: ' : 'I confirm the above. Signed: ',
        v('PERSON', hyphenate(w.family)),
      ),
    ];
  },

  'club-membership': (rnd, lang) => {
    const child = person(rnd, rnd.pick(countriesOf(lang)), true);
    const parent = person(rnd, child.country);
    const de = lang === 'de';
    const left: Line[] = [
      line(de ? 'Mitglied (Jugend):' : 'Member (junior):'),
      line(v('PERSON', `${child.given} ${parent.family}`)),
      line(de ? 'geb. ' : 'born ', v('DATE_OF_BIRTH', birthDate(rnd, child, lang))),
      line(de ? 'Erziehungsberechtigte/r:' : 'Parent / guardian:'),
      // The narrow column wraps the name: given and family name on two rows, a right-column line between.
      line(v('PERSON', parent.given)),
      line(v('PERSON', parent.family)),
      line(v('EMAIL_ADDRESS', parent.email)),
    ];
    const right: Line[] = [
      line(de ? 'TSV Turnvater Jahn 1888 e.V.' : 'St Columba Rovers AFC'),
      line(de ? 'Abteilung Fußball' : 'Youth section'),
      line(de ? 'Beitrag: 8 € / Monat' : 'Subs: £6 a month'),
      line(de ? 'Mitgl.-Nr. ' : 'Member no. ', t(code(rnd, 5))),
      line(de ? 'Eintritt zum 1. des Monats' : 'Joining from the 1st'),
    ];
    return [
      line(de ? 'AUFNAHMEANTRAG' : 'MEMBERSHIP APPLICATION'),
      ...interleave(left, right),
      [],
      line(de ? 'SEPA-Lastschriftmandat' : 'Direct debit mandate'),
      line(de ? 'Kontoinhaber' : 'Account holder'),
      line(de ? 'IBAN' : 'IBAN'),
      line(v('PERSON', filedName(parent))),
      line(v('IBAN_CODE', grouped(parent.iban))),
      line(de ? 'Gläubiger-ID DE12ZZZ00000912345 (Verein)' : "Club's originator ref. SCR-DD-0042"),
    ];
  },

  'match-report': (rnd, lang) => {
    const de = lang === 'de';
    const players = Array.from({ length: 4 }, () => person(rnd, rnd.pick(countriesOf(lang))));
    const ref = person(rnd, rnd.pick(countriesOf(lang)));
    const head = de
      ? 'Spielbericht Kreisliga A · SG Blau-Weiß Hermann-Löns-Siedlung'
      : 'Match report · County Cup · Oliver Cromwell Athletic';
    return [
      line(head),
      line(
        de ? `Ergebnis ${rnd.between(0, 5)}:${rnd.between(0, 5)}` : `Result ${rnd.between(0, 5)}-${rnd.between(0, 5)}`,
      ),
      line(de ? 'Torschützen' : 'Scorers'),
      ...players.slice(0, 2).map((p) => line(v('PERSON', p.family), t(` ${rnd.between(3, 89)}.`))),
      line(de ? 'Gelbe Karte: ' : 'Booked: ', v('PERSON', fullName(players[2]))),
      line(
        de ? 'Auswechslung: ' : 'Substitution: ',
        v('PERSON', players[3].given),
        t(de ? ' für ' : ' for '),
        v('PERSON', players[0].family),
      ),
      line(de ? 'Schiedsrichter:' : 'Referee:'),
      ...pageBreak(head, 1, 1, lang),
      line(v('PERSON', fullName(ref)), t(' · '), v('PHONE_NUMBER', ref.phone)),
    ];
  },

  'driving-school': (rnd, lang) => {
    const s = person(rnd, lang === 'de' ? 'DE' : rnd.pick(countriesOf(lang)));
    const de = lang === 'de';
    const school = de
      ? 'Fahrschule Kupplung & Co., Bahnhofstraße 9, 94469 Deggendorf'
      : 'Clutch & Go Driving School, 22 Market St, Bendigo VIC 3550';
    const idLine: Line = de
      ? line('Personalausweis-Nr. ', v('DE_ID_CARD', s.idCard))
      : line('Licence / learner permit no. ', t(code(rnd, 9)));
    return [
      line(de ? 'Ausbildungsvertrag Klasse B' : 'Learner enrolment, class C'),
      ...interleave(
        [
          line(v('PERSON', fullName(s))),
          line(v('POSTAL_ADDRESS', addressLine(rnd, s))),
          line(v('PHONE_NUMBER', s.phone)),
        ],
        [
          line(school.split(', ')[0]),
          line(school.split(', ').slice(1).join(', ')),
          line(de ? 'Sehtest vorgelegt' : 'Eyesight checked'),
        ],
      ),
      [],
      line(de ? 'Geburtsdatum' : 'Date of birth'),
      line(de ? 'E-Mail' : 'E-mail'),
      line(v('DATE_OF_BIRTH', birthDate(rnd, s, lang))),
      line(v('EMAIL_ADDRESS', s.email)),
      idLine,
      line(
        de ? 'Fahrlehrer: ' : 'Instructor: ',
        v('PERSON', rnd.pick(['Hinnerk Rickmers', 'Pirmin Bezzola', 'Ashot Avagyan', 'Kotaro Inoue'])),
      ),
    ];
  },

  'garage-invoice': (rnd, lang) => {
    const c = person(rnd, rnd.pick(countriesOf(lang)));
    const de = lang === 'de';
    const firm = de
      ? 'Kfz-Meisterbetrieb Zündfunke, Ringstraße 88, 37079 Göttingen'
      : 'Sparkplug Motors, 3 Forge Lane, Penzance TR18 4AB';
    const paid = rnd.chance(0.5);
    return [
      line(de ? 'RECHNUNG' : 'INVOICE', t(` ${jobNumber(rnd)}`)),
      line(firm),
      line(de ? 'Kunde' : 'Customer'),
      line(de ? 'Anschrift' : 'Address'),
      line(de ? 'Fahrzeug' : 'Vehicle'),
      line(de ? 'FIN' : 'VIN'),
      line(t(de ? `${c.female ? 'Frau' : 'Herrn'}${NBSP}` : ''), v('PERSON', fullName(c))),
      line(v('POSTAL_ADDRESS', addressTwoLines(c))),
      line(`${rnd.pick(['VW Caddy', 'Ford Transit', 'Land Rover Defender', 'Toyota Hilux'])} ${plate(rnd, lang)}`),
      line(vin(rnd)),
      line(de ? 'Inspektion, Bremsflüssigkeit, Reifen' : 'Service, brake ﬂuid, tyres'),
      paid
        ? line(de ? 'Bezahlt mit Karte ' : 'Paid by card ', v('CREDIT_CARD', cardPrinted(c.card)))
        : line(
            de ? 'Bitte überweisen Sie auf ' : 'Please pay to ',
            v('IBAN_CODE', grouped(de ? 'DE62751723180333697557' : 'GB28IPBS26791360889535')),
          ),
    ];
  },

  'catering-order': (rnd, lang) => {
    const c = person(rnd, rnd.pick(countriesOf(lang)));
    const de = lang === 'de';
    const home = rnd.chance(0.5);
    return [
      line(de ? 'Auftragsbestätigung Catering' : 'Catering order confirmation'),
      line(
        de ? `Auftrag ${jobNumber(rnd)} · Festzelt für 60 Personen` : `Order ${jobNumber(rnd)} · marquee for 60 guests`,
      ),
      line(de ? 'Ansprechpartner' : 'Contact'),
      line(v('PERSON', fullName(c))),
      line(v('PHONE_NUMBER', c.phone)),
      line(v('EMAIL_ADDRESS', c.email)),
      line(de ? 'Veranstaltungsort' : 'Venue'),
      home
        ? line(v('POSTAL_ADDRESS', addressLine(rnd, c)), t(de ? ' (Garten)' : ' (garden)'))
        : line(
            de
              ? 'Vereinsheim SV Grün-Weiß, Sportplatzweg 1, 25813 Husum'
              : 'Drill Hall, 4 Barrack Street, Goulburn NSW 2580',
          ),
      ...pageBreak(de ? 'Genuss & Gabel Eventcatering' : 'Fork & Fig Events', 1, 2, lang),
      line(de ? 'Anzahlung per Kreditkarte' : 'Deposit by credit card'),
      line(v('CREDIT_CARD', cardPrinted(c.card, rnd.chance(0.5) ? ' ' : '-'))),
      line(
        de ? 'Rückfragen: ' : 'Questions: ',
        // the caterer's role mailbox: not personal data, unlabelled (round 32)
        roleMail(de ? 'buero@genussundgabel.de' : 'bookings@forkandfig.com.au'),
      ),
    ];
  },

  'campsite-wifi': (rnd, lang) => {
    const de = lang === 'de';
    const guests = [person(rnd, rnd.pick(countriesOf(lang))), person(rnd, rnd.pick(countriesOf(lang)))];
    const ip = () =>
      rnd.chance(0.7)
        ? `${rnd.pick([31, 46, 85, 89, 92, 178, 212])}.${rnd.between(1, 254)}.${rnd.between(1, 254)}.${rnd.between(1, 254)}`
        : `2a02:${rnd.between(4096, 65000).toString(16)}:${rnd.between(1, 65000).toString(16)}::${rnd.between(1, 255).toString(16)}`;
    const rows: Line[][] = [
      [
        line(de ? 'Stellplatz' : 'Pitch'),
        line('Gast'.replace('Gast', de ? 'Gast' : 'Guest')),
        line(de ? 'IP-Adresse' : 'IP address'),
        line('MAC'),
      ],
    ];
    for (const g of guests)
      rows.push([
        line(`${rnd.pick(['A', 'B', 'C'])}${rnd.between(1, 60)}`),
        line(v('PERSON', rnd.chance(0.5) ? filedName(g) : fullName(g))),
        line(v('IP_ADDRESS', ip())),
        line(`a4:${code(rnd, 2)}:${code(rnd, 2)}:1c:${code(rnd, 2)}:0e`),
      ]);
    return [
      line(de ? 'Campingplatz Seewiese · WLAN-Protokoll (Export)' : 'Wattle Flat Holiday Park · Wi-Fi log (export)'),
      ...cells(rows),
      [],
      line(
        de ? 'Beschwerde Stellplatz ' : 'Complaint pitch ',
        t(rows[1][0][0].text),
        t(': '),
        v('EMAIL_ADDRESS', guests[0].email),
      ),
    ];
  },

  'ski-surf-lesson': (rnd, lang) => {
    const de = lang === 'de';
    const parent = person(rnd, rnd.pick(countriesOf(lang)));
    const kids = [person(rnd, parent.country, true), person(rnd, parent.country, true)];
    const rows: Line[][] = [
      [
        line(de ? 'Teilnehmer' : 'Participant'),
        line(de ? 'Geburtsdatum' : 'Date of birth'),
        line(de ? 'Niveau' : 'Level'),
      ],
    ];
    for (const k of kids)
      rows.push([
        line(v('PERSON', `${k.given} ${parent.family}`)),
        line(v('DATE_OF_BIRTH', birthDate(rnd, k, lang))),
        line(rnd.pick(de ? ['Bambini', 'Blau', 'Rot'] : ['Grommets', 'Green wave', 'Blue'])),
      ]);
    return [
      line(de ? 'Skischule Zirbenhang · Kursbuchung' : 'Kitesurf & Surf School Bundoran · lesson booking'),
      line(de ? 'Buchung ' : 'Booking ', t(jobNumber(rnd))),
      ...cells(rows),
      [],
      ...interleave(
        [
          line(de ? 'Kontakt Eltern' : 'Parent contact'),
          line(v('PERSON', fullName(parent))),
          line(v('PHONE_NUMBER', parent.phone)),
        ],
        [
          line(de ? 'Treffpunkt Talstation' : 'Meet at the beach hut'),
          line(de ? '9:30 Uhr' : '9.30 am'),
          line(de ? 'Helm Pflicht' : 'Wetsuits provided'),
        ],
      ),
      line(de ? 'Bezahlt: ' : 'Paid: ', v('CREDIT_CARD', cardPrinted(parent.card))),
    ];
  },
};

/** Circulars without personal data: look-alikes only (plates, VINs, job and CMR numbers, streets and clubs after people). */
function circular(rnd: Jsf32, lang: Lang): Line[] {
  const de = lang === 'de';
  const body = de
    ? [
        line('Sehr geehrte Damen und Herren,'),
        line(
          `ab 1. März gelten neue Preise für Aufträge ab ${jobNumber(rnd)}. Fahrzeuge ${plate(rnd, lang)} und ${plate(rnd, lang)}`,
        ),
        line(`sind in der Werkstatt (FIN ${vin(rnd)}). Frachtbriefe ${cmrNumber(rnd)} bitte an die Dispo.`),
        line('Anlieferung über die Konrad-Adenauer-Straße, Tor 3; Training des SV Ludwig Jahn ent\u00ADfällt.'),
        line('Mit freundlichen Grüßen – Ihr Team der Spedition Kühlweg & Söhne KG, Industriestraße 14, 87437 Kempten'),
      ]
    : [
        line('Dear Sir or Madam,'),
        line(
          `from 1 March new rates apply to jobs from ${jobNumber(rnd)} on. Vans ${plate(rnd, lang)} and ${plate(rnd, lang)} are`,
        ),
        line(`in the workshop (VIN ${vin(rnd)}). Please send consignment notes ${cmrNumber(rnd)} to the ofﬁce.`),
        line('Deliveries via Florence Nightingale Way, gate 3; the Mary Peters Trophy match is off.'),
        line('Kind regards – the team at Tanfield Haulage Ltd, Unit 7, Mintsfeet Road South, Kendal LA9 6ND'),
      ];
  return [
    line(de ? 'RUNDSCHREIBEN' : 'CIRCULAR'),
    ...pageBreak(de ? 'Rundschreiben 12/2026' : 'Circular 12/2026', 1, 1, lang),
    ...body,
  ];
}

const KIND_NAMES = Object.keys(KINDS);

/** A whole document's ligatures: in plain text, names and addresses (never in e-mail addresses or numbers). */
const withLigatures = (lines: Line[]): Line[] =>
  lines.map((l) =>
    l.map((s) =>
      !s.type || s.type === 'PERSON' || s.type === 'POSTAL_ADDRESS' ? { ...s, text: ligatures(s.text) } : s,
    ),
  );

/**
 * `count` documents as text extracted from PDFs and scans, the same for the same seed: every tenth a
 * circular without personal data, the rest the twelve kinds in turn, German and English alternately.
 */
export function generated(count: number, seed: number): Made[] {
  const rnd = new Jsf32(seed);
  const docs: Made[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const isCircular = i % 10 === 9;
    const lang: Lang = (isCircular ? Math.floor(i / 10) : k) % 2 === 0 ? 'de' : 'en';
    const kind = isCircular ? 'circular' : KIND_NAMES[Math.floor(k / 2) % KIND_NAMES.length];
    if (!isCircular) k++;
    let lines = isCircular ? circular(rnd, lang) : KINDS[kind](rnd, lang);
    if (rnd.chance(0.4)) lines = withLigatures(lines);
    docs.push({ lang, kind, ...render(lines) });
  }
  return docs;
}
