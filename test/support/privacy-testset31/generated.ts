import { CODES, type TestDocument, type TestLabel } from './markup.js';
import { dob, excelSerial, person, two, type Person } from './people.js';
import { Gfsr4 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 31's generated documents: OFFICE DOCUMENT INTERNALS of shipping, port and cruise paperwork, as an
 * ingest pipeline sees them when it reads the file's XML or markup instead of a text extraction. Five
 * formats, each the part a pipeline reads:
 * - WordprocessingML `word/document.xml` (often after `docProps/core.xml`): `<w:p>` of `<w:r>` runs with
 *   `<w:rPr>` and `<w:t xml:space="preserve">`; values split over runs by formatting and editing sessions
 *   (`w:rsidR`), spell-check marks `<w:proofErr w:type="spellStart"/>` around names, `<w:bookmarkStart>`,
 *   tracked changes `<w:del w:author=…><w:r><w:delText>` and `<w:ins w:author=…>`, tables `<w:tbl>`;
 * - SpreadsheetML `xl/sharedStrings.xml` (`<si><t>`, rich text `<si><r><rPr>…</rPr><t>`) followed by
 *   `xl/worksheets/sheet1.xml` (`<c r="B4" t="s"><v>17</v></c>` pointing into the shared strings,
 *   `t="inlineStr"` cells with `<is><t>`, numbers as `<v>`, dates as serial day numbers);
 * - ODF `content.xml`: `<text:h>`, `<text:p>` with `<text:span>`, `<text:s text:c="2"/>` for spaces,
 *   `<text:line-break/>`, tables of `<table:table-cell office:value-type=…>`, date cells with `office:date-value`;
 * - RTF as WordPad and Word write it: `{\rtf1\ansi\ansicpg1252 …`, `\'fc` for a code-page character,
 *   `\u322?` for any other, `\par`, formatting groups `{\b …}` splitting a value, tables `\trowd … \cell … \row`;
 * - PresentationML `ppt/slides/slide1.xml`: `<p:sp>` text bodies of `<a:p><a:r><a:rPr lang=… err="1"/><a:t>`,
 *   `<a:br/>`, and a `<a:tbl>` graphic frame.
 *
 * Format rules of the labels:
 * - A value whole inside one run, cell, shared string or group is one label over the value as written there.
 * - A value split over several runs, spans, rich-text runs or RTF groups is labelled PER PIECE, over each
 *   piece's text as written (the markup between the pieces is outside every label); spaces at a piece's ends
 *   and a comma that only separates pieces stay outside. A piece without a letter or digit is not labelled.
 *   Each piece is a part of the whole value it belongs to (`wholeValueOf`); the structure test checks the whole.
 * - An escaped character inside a value (RTF `\'fc`, `\u322?`, XML `&amp;`) lies inside the label.
 * - A value in an attribute (`w:author`, `office:date-value`) is labelled over the value only, not the quotes.
 * - A date of birth stored as a spreadsheet serial day number (`<v>31417</v>` in the date-of-birth column)
 *   and a phone stored as a number (`<v>639171234567</v>`) are labelled: they are the person's values as
 *   the file holds them. The shared-string INDEX in `<v>` of a `t="s"` cell is never labelled (the value is in
 *   its `<si>`). Cell references, rsids, style ids, EMUs, sizes and sheet dimensions are never values.
 * - Organisations' own values are never labelled: IMO numbers, MMSI, call signs, a firm's IBAN, role
 *   mailboxes (crewing@, ops@), switchboards, port and company addresses; foreign seafarers' passport and
 *   seaman's book numbers have no type here and are not labelled (a German passport or ID card is).
 */

type Code = keyof typeof CODES;
type Seg = { t: string; code?: Code; date?: { iso: string; serial: number } };
type Cell = Seg[];
interface Draft {
  kind: string;
  title: string;
  paras: Cell[];
  table?: { head: string[]; rows: Cell[][] };
  after: Cell[];
  /** The user who edited the file (Word's core properties, tracked changes): a person, or a role. */
  author?: Seg;
}

/** The kinds of paperwork, the same name in both languages. */
const KINDS = [
  'crew change request',
  'FAL Form 5 crew list',
  'wage account and allotment',
  'seafarer medical certificate',
  'shore excursion booking',
  'marina berth contract',
  'seamen’s mission visitor log',
  'port state control detention notice',
];
const FORMATS = [
  'DOCX document.xml',
  'XLSX sharedStrings+sheet1',
  'ODF content.xml',
  'RTF',
  'PPTX slide1.xml',
] as const;
type Format = (typeof FORMATS)[number];

/** Label parts and the whole values they belong to. */
const WHOLE = new WeakMap<TestLabel, string>();
/** The whole value a label is part of (its own text when it is whole and unescaped). */
export const wholeValueOf = (label: TestLabel, text: string): string =>
  WHOLE.get(label) ?? text.slice(label.start, label.end);

const v = (code: Code, t: string): Seg => ({ t, code });
const p = (t: string): Seg => ({ t });

const VESSELS = [
  'Nordic Tern',
  'Aegean Spirit',
  'Maas Trader',
  'Rhenus II',
  'Baltic Osprey',
  'Cape Sounion',
  'Elbe Pioneer',
  'Lady Valletta',
];
const PORTS_DE = ['Bremerhaven', 'Hamburg', 'Wilhelmshaven', 'Rostock', 'Duisburg-Ruhrort', 'Kiel'];
const PORTS_EN = ['Rotterdam', 'Antwerp', 'Piraeus', 'Limassol', 'Marsaxlokk', 'Southampton', 'Singapore', 'Algeciras'];
const FIRMS = [
  ['Weser Crewing Services GmbH', 'crewing@weser-crewing.de', '+49 471 9412 0'],
  ['Stuurman & Zn. Shipping B.V.', 'ops@stuurman-shipping.nl', '+31 10 412 8800'],
  ['Aktí Maritime Management S.A.', 'crew.dept@akti-maritime.gr', '+30 210 4290 100'],
  ['Harbourline Ship Management Ltd', 'manning@harbourline-sm.co.uk', '+44 20 7481 2200'],
  ['Ligure Cruises S.p.A.', 'guest.services@ligurecruises.it', '+39 010 2530 400'],
] as const;
const RANKS_DE = [
  'Kapitän',
  '1. Offizier',
  'Leitender Ingenieur',
  'Matrose',
  'Bootsmann',
  'Koch',
  '2. Ingenieur',
  'Decksmann',
];
const RANKS_EN = ['Master', 'Chief Officer', 'Chief Engineer', 'AB', 'Bosun', 'Cook', '2nd Engineer', 'Oiler'];
const NATIONALITY: Record<string, [string, string]> = {
  DE: ['deutsch', 'German'],
  NL: ['niederländisch', 'Dutch'],
  BE: ['belgisch', 'Belgian'],
  DK: ['dänisch', 'Danish'],
  NO: ['norwegisch', 'Norwegian'],
  GB: ['britisch', 'British'],
  GR: ['griechisch', 'Greek'],
  CY: ['zyprisch', 'Cypriot'],
  MT: ['maltesisch', 'Maltese'],
  PT: ['portugiesisch', 'Portuguese'],
  ES: ['spanisch', 'Spanish'],
  IT: ['italienisch', 'Italian'],
  HR: ['kroatisch', 'Croatian'],
  PH: ['philippinisch', 'Filipino'],
  IN: ['indisch', 'Indian'],
  ID: ['indonesisch', 'Indonesian'],
  UA: ['ukrainisch', 'Ukrainian'],
  SG: ['singapurisch', 'Singaporean'],
};

const imo = (rng: Gfsr4) => {
  const six = `9${rng.digits(5)}`;
  const check = [...six].reduce((s, d, i) => s + Number(d) * (7 - i), 0) % 10;
  return `IMO ${six}${check}`;
};
const mmsi = (rng: Gfsr4) => `MMSI ${rng.pick(['211', '215', '248', '636', '370', '244'])}${rng.digits(6)}`;
const callSign = (rng: Gfsr4) =>
  `${rng.pick(['DG', 'DL', '9H', 'A8', '3E', 'PB'])}${rng.digits(1)}${rng.pick(['KQ', 'ZT', 'WX', 'MB'])}${rng.digits(1)}`;
const name = (rng: Gfsr4, x: Person): Seg =>
  v(
    'n',
    rng.chance(0.35)
      ? `${x.family}, ${x.given}`
      : rng.chance(0.15)
        ? `${x.family.toUpperCase()} ${x.given}`
        : `${x.given} ${x.family}`,
  );
const birth = (rng: Gfsr4, x: Person, lang: 'de' | 'en'): Seg => ({
  t: dob(rng, x, lang),
  code: 'b',
  date: { iso: `${x.birth.y}-${two(x.birth.m)}-${two(x.birth.d)}`, serial: excelSerial(x) },
});
const address = (x: Person): Seg => v('h', `${x.street}, ${x.town}`);

/** The drafts of the eight kinds of paperwork, German and English. */
function draft(rng: Gfsr4, kindIndex: number, lang: 'de' | 'en'): Draft {
  const de = lang === 'de';
  const kind = KINDS[kindIndex];
  const [firm, roleMail, switchboard] = rng.pick(FIRMS);
  const vessel = rng.pick(VESSELS);
  const port = rng.pick(de ? PORTS_DE : PORTS_EN);
  const rank = () => rng.pick(de ? RANKS_DE : RANKS_EN);
  const nat = (x: Person) => NATIONALITY[x.country][de ? 0 : 1];
  const staff = person(rng, lang);
  const author = rng.chance(0.7) ? name(rng, staff) : p(de ? 'Crewing-Abteilung' : 'Crewing Dept');
  const ident = (x: Person, german: boolean): Cell =>
    german
      ? rng.chance(0.5)
        ? [p(de ? 'Reisepass ' : 'Passport '), v('r', icaoNumber(rng, 'passport'))]
        : [p(de ? 'Personalausweis ' : 'ID card '), v('k', icaoNumber(rng, 'id'))]
      : [p(`${de ? 'Seefahrtsbuch' : "Seaman's book"} ${x.country}-SB ${rng.pick(['A', 'B', 'C'])}${rng.digits(7)}`)];
  switch (kind) {
    case 'crew change request': {
      const crew = [person(rng, lang), person(rng, lang), person(rng, lang), person(rng, lang)];
      const master = person(rng, lang);
      return {
        kind,
        author,
        title: de ? `Crew-Wechsel MV ${vessel} – ${port}` : `Crew change request MV ${vessel} – ${port}`,
        paras: [
          [p(`${de ? 'An' : 'To'}: ${firm} (${roleMail}), ${de ? 'Zentrale' : 'switchboard'} ${switchboard}`)],
          [
            p(
              `${de ? 'Schiff' : 'Vessel'}: MV ${vessel}, ${imo(rng)}, ${de ? 'Rufzeichen' : 'call sign'} ${callSign(rng)}, ${mmsi(rng)}`,
            ),
          ],
          [
            p(
              de
                ? `Bitte Hotel und Transfer für folgende Seeleute buchen (ETA ${rng.int(1, 28)}.${rng.int(1, 12)}.):`
                : `Please arrange hotel and transfer for the following seafarers (ETA ${rng.int(1, 28)}/${rng.int(1, 12)}):`,
            ),
          ],
        ],
        table: {
          head: de
            ? ['Name', 'Rang', 'Nationalität', 'Geburtsdatum', 'Mobil', 'Status']
            : ['Name', 'Rank', 'Nationality', 'Date of birth', 'Mobile', 'Status'],
          rows: crew.map((x, i) => [
            [name(rng, x)],
            [p(rank())],
            [p(nat(x))],
            [birth(rng, x, lang)],
            [v('t', x.phone)],
            [p(i < 2 ? (de ? 'ab' : 'sign-off') : de ? 'an' : 'sign-on')],
          ]),
        },
        after: [
          [p(de ? 'Kapitän: ' : 'Master: '), name(rng, master)],
          [
            p(de ? 'Ansprechpartner Crewing: ' : 'Crewing contact: '),
            name(rng, staff),
            p(de ? ', Durchwahl ' : ', direct '),
            v('t', staff.phone),
            p(', '),
            v('m', staff.email),
          ],
        ],
      };
    }
    case 'FAL Form 5 crew list': {
      const crew = [person(rng, lang), person(rng, lang), person(rng, lang)];
      const master = person(rng, lang);
      return {
        kind,
        author,
        title: de ? 'IMO FAL-Formular 5 – Besatzungsliste' : 'IMO FAL Form 5 – Crew List',
        paras: [
          [
            p(
              `1.1 ${de ? 'Name des Schiffes' : 'Name of ship'}: ${vessel}    1.2 ${imo(rng)}    1.3 ${de ? 'Rufzeichen' : 'Call sign'}: ${callSign(rng)}`,
            ),
          ],
          [
            p(
              `2. ${de ? 'Ankunftshafen' : 'Port of arrival'}: ${port}    4. ${de ? 'Flaggenstaat' : 'Flag State'}: ${rng.pick(['Panama', 'Liberia', 'Malta', 'Cyprus', 'Antigua and Barbuda'])}`,
            ),
          ],
        ],
        table: {
          head: de
            ? [
                'Nr.',
                'Familienname',
                'Vornamen',
                'Rang',
                'Staatsangehörigkeit',
                'Geburtsdatum',
                'Geburtsort',
                'Ausweis',
              ]
            : [
                'No.',
                'Family name',
                'Given names',
                'Rank or rating',
                'Nationality',
                'Date of birth',
                'Place of birth',
                'Identity document',
              ],
          rows: crew.map((x, i) => {
            // Crews mix nationalities: some are German whatever their name, with a German passport or ID card.
            const german = x.country === 'DE' || rng.chance(0.3);
            return [
              [p(String(i + 1))],
              [v('n', x.family)],
              [v('n', x.given)],
              [p(rank())],
              [p(german ? (de ? 'deutsch' : 'German') : nat(x))],
              [birth(rng, x, lang)],
              [p(rng.pick(['Cebu', 'Odesa', 'Split', 'Mumbai', 'Surabaya', 'Piraeus', 'Emden']))],
              ident(x, german),
            ];
          }),
        },
        after: [
          [
            p(de ? '15. Datum und Unterschrift des Kapitäns: ' : '15. Date and signature by master: '),
            name(rng, master),
          ],
        ],
      };
    }
    case 'wage account and allotment': {
      const x = person(rng, lang);
      const kin = person(rng, lang);
      const german = x.country === 'DE' || rng.chance(0.3);
      return {
        kind,
        author,
        title: de
          ? `Heuerabrechnung und Familienüberweisung – MV ${vessel}`
          : `Wage account and allotment – MV ${vessel}`,
        paras: [
          [
            p(de ? 'Seemann: ' : 'Seafarer: '),
            name(rng, x),
            p(`, ${rank()}, ${de ? 'Pers.-Nr.' : 'crew no.'} CR-${rng.digits(5)}`),
          ],
          ...(german
            ? [
                [p(de ? 'Steuer-ID: ' : 'German tax ID: '), v('x', taxId(rng))],
                [
                  p(de ? 'Rentenversicherungsnummer: ' : 'Pension insurance no.: '),
                  v('s', pensionNumber(rng, x.birth, x.family, x.female)),
                ],
              ]
            : []),
          [p(de ? 'Heimatanschrift: ' : 'Home address: '), address(x)],
        ],
        table: {
          head: de ? ['Position', 'Betrag (USD)'] : ['Item', 'Amount (USD)'],
          rows: [
            [[p(de ? 'Grundheuer' : 'Basic wage')], [p(String(rng.int(1400, 6800)))]],
            [[p(de ? 'Überstunden' : 'Overtime')], [p(String(rng.int(100, 900)))]],
            [[p(de ? 'Familienüberweisung an ' : 'Allotment to '), name(rng, kin)], [p(String(rng.int(500, 1500)))]],
          ],
        },
        after: [
          [
            p(de ? 'Empfängerkonto: ' : 'Allottee account: '),
            v(
              'i',
              rng.chance(0.5)
                ? grouped(iban(rng, rng.pick(['DE', 'NL', 'GR', 'LV', 'MT'])))
                : iban(rng, rng.pick(['DE', 'CY', 'IE', 'DK'])),
            ),
          ],
          [p(`${de ? 'Ausgezahlt von' : 'Paid from'}: ${firm}, IBAN ${grouped(iban(rng, 'DE'))}`)],
        ],
      };
    }
    case 'seafarer medical certificate': {
      const x = person(rng, lang);
      const doctor = person(rng, lang);
      const german = x.country === 'DE';
      return {
        kind,
        author,
        title: de
          ? 'Seediensttauglichkeitszeugnis (MLC 2006 / STCW I/9)'
          : 'Medical certificate for service at sea (MLC 2006 / STCW I/9)',
        paras: [
          [p(de ? 'Name: ' : 'Name: '), name(rng, x)],
          [
            p(de ? 'Geburtsdatum: ' : 'Date of birth: '),
            birth(rng, x, lang),
            p(`   ${de ? 'Staatsangehörigkeit' : 'Nationality'}: ${nat(x)}`),
          ],
          [p(de ? 'Anschrift: ' : 'Address: '), address(x)],
          german
            ? rng.chance(0.5)
              ? [p(de ? 'Ausweisnummer: ' : 'ID card no.: '), v('k', icaoNumber(rng, 'id'))]
              : [p(de ? 'Reisepassnummer: ' : 'German passport no.: '), v('r', icaoNumber(rng, 'passport'))]
            : [p(`${de ? 'Seefahrtsbuch' : "Seaman's book"}: ${x.country}-SB ${rng.digits(8)}`)],
          [
            p(
              de
                ? 'Ausguckdienst tauglich: ja   Farbsehen: ja   Einschränkungen: keine'
                : 'Fit for lookout duties: yes   Colour vision: yes   Limitations: none',
            ),
          ],
        ],
        after: [
          [
            p(de ? 'Untersuchender Arzt: ' : 'Examining physician: '),
            name(rng, doctor),
            p(`, ${de ? 'Seeärztlicher Dienst' : 'Approved Medical Practitioner'}, ${port}`),
          ],
          [p((de ? 'Praxis-Telefon ' : 'Practice ') + switchboard)],
        ],
      };
    }
    case 'shore excursion booking': {
      const guests = [person(rng, lang), person(rng, lang)];
      const full = rng.chance(0.6);
      const cardValue = card(rng);
      return {
        kind,
        author,
        title: de ? `Landausflug-Buchung – ${port}` : `Shore excursion booking – ${port}`,
        paras: [[p(`${firm} · ${de ? 'Gästeservice' : 'Guest services'} ${roleMail}`)]],
        table: {
          head: de
            ? ['Kabine', 'Gast', 'Geburtsdatum', 'E-Mail', 'Ausflug']
            : ['Cabin', 'Guest', 'Date of birth', 'E-mail', 'Excursion'],
          rows: guests.map((x) => [
            [p(`${rng.int(4, 11)}${rng.digits(3)}`)],
            [name(rng, x)],
            [birth(rng, x, lang)],
            [v('m', x.email)],
            [p(rng.pick(['Old Town walk', 'Catamaran', 'Wine tasting', 'Hafenrundfahrt']))],
          ]),
        },
        after: [
          full
            ? [
                p(de ? 'Belastete Karte: ' : 'Card charged: '),
                v('c', rng.chance(0.5) ? cardPrinted(cardValue, ' ') : cardValue),
              ]
            : [p(`${de ? 'Belastete Karte: endet auf' : 'Card charged: ending'} ${cardValue.slice(-4)}`)],
          [p(de ? 'Notfallkontakt an Land: ' : 'Emergency contact ashore: '), v('t', guests[0].phone)],
        ],
      };
    }
    case 'marina berth contract': {
      const owner = person(rng, lang);
      const skipper = person(rng, lang);
      return {
        kind,
        author,
        title: de ? `Liegeplatzvertrag Saison ${rng.int(2025, 2027)}` : `Berth contract season ${rng.int(2025, 2027)}`,
        paras: [
          [p(de ? 'Eigner: ' : 'Owner: '), name(rng, owner)],
          [p(de ? 'Anschrift: ' : 'Address: '), address(owner)],
          [p(de ? 'Mobil: ' : 'Mobile: '), v('t', owner.phone), p('   E-Mail: '), v('m', owner.email)],
          [
            p(
              `${de ? 'Yacht' : 'Yacht'}: "${rng.pick(['Seeschwalbe', 'Blue Halcyon', 'Windfang', 'Meltemi'])}", ${rng.int(8, 16)}.${rng.int(0, 9)} m, ${de ? 'Liegeplatz' : 'berth'} ${rng.pick(['A', 'B', 'C'])}-${rng.int(1, 60)}`,
            ),
          ],
          [
            p(de ? 'Verantwortlicher Skipper: ' : 'Responsible skipper: '),
            name(rng, skipper),
            p(`, ${de ? 'Befähigung' : 'licence'} ICC ${rng.digits(6)}`),
          ],
          [
            p(de ? 'SEPA-Lastschrift von IBAN ' : 'Direct debit from IBAN '),
            v('i', grouped(iban(rng, rng.pick(['DE', 'NL', 'DK', 'GB'])))),
          ],
        ],
        after: [
          [
            p(
              `${de ? 'Hafenbüro' : 'Harbour office'}: ${switchboard}, info@${de ? 'marina-heiligenhafen' : 'marina-bay-valletta'}.example`,
            ),
          ],
        ],
      };
    }
    case 'seamen’s mission visitor log': {
      const visitors = [person(rng, lang), person(rng, lang), person(rng, lang)];
      const ip = () =>
        rng.pick([
          `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
          `192.168.${rng.int(0, 9)}.${rng.int(2, 254)}`,
          `${rng.int(78, 95)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
        ]);
      return {
        kind,
        author,
        title: de ? `Seemannsmission ${port} – Besucherliste` : `Seafarers' centre ${port} – visitor log`,
        paras: [[p(de ? 'WLAN-Gutscheine und SIM-Karten, Tagesliste' : 'Wi-Fi vouchers and SIM cards, daily sheet')]],
        table: {
          head: de
            ? ['Name', 'Schiff', 'Geräte-IP', 'Neue SIM-Nr.', 'E-Mail']
            : ['Name', 'Vessel', 'Device IP', 'New SIM no.', 'E-mail'],
          rows: visitors.map((x) => [
            [name(rng, x)],
            [p(rng.pick(VESSELS))],
            [v('a', ip())],
            rng.chance(0.6) ? [v('t', x.phone)] : [p('—')],
            [v('m', x.email)],
          ]),
        },
        after: [
          [p(de ? 'Spenden an die Mission: IBAN ' : 'Donations to the mission: IBAN '), p(grouped(iban(rng, 'DE')))],
        ],
      };
    }
    default:
      return {
        kind,
        title: de ? 'Hafenstaatkontrolle – Festhalteverfügung' : 'Port State Control – Notice of detention',
        paras: [
          [
            p(
              `${de ? 'Schiff' : 'Ship'}: ${vessel}, ${imo(rng)}, ${mmsi(rng)}, ${de ? 'Rufzeichen' : 'call sign'} ${callSign(rng)}`,
            ),
          ],
          [p(`${de ? 'Hafen' : 'Port'}: ${port}, ${de ? 'Liegeplatz' : 'berth'} ${rng.int(1, 40)}`)],
          [
            p(
              de
                ? 'Mängel: 07109 Feuerklappen; 11101 Rettungsboote; 15150 ISM'
                : 'Deficiencies: 07109 fire dampers; 11101 lifeboats; 15150 ISM',
            ),
          ],
        ],
        table: {
          head: de ? ['Code', 'Mangel', 'Maßnahme'] : ['Code', 'Deficiency', 'Action'],
          rows: [
            [[p('07109')], [p(de ? 'Feuerklappe Maschinenraum klemmt' : 'Engine room fire damper seized')], [p('17')]],
            [[p('11101')], [p(de ? 'Davit-Winde defekt' : 'Davit winch defective')], [p('30')]],
          ],
        },
        after: [
          [
            p(
              `${de ? 'Hafenkapitän' : "Harbour Master's Office"}, ${port} · psc@port-authority.example · ${switchboard}`,
            ),
          ],
        ],
      };
  }
}

/** The text and labels being written; values as pieces with their whole value. */
class Out {
  text = '';
  readonly entities: TestLabel[] = [];
  raw(s: string): void {
    this.text += s;
  }
  /** A piece of a value as written (escaped); labelled over its trimmed core when it holds a letter or digit. */
  piece(code: Code, written: string, whole: string): void {
    const core = written.replace(/^[\s,]+|[\s,]+$/g, '');
    if (!/[\p{L}\p{N}]/u.test(core)) {
      this.text += written;
      return;
    }
    const lead = written.indexOf(core);
    const label: TestLabel = {
      type: CODES[code],
      start: this.text.length + lead,
      end: this.text.length + lead + core.length,
    };
    this.entities.push(label);
    if (core !== whole) WHOLE.set(label, whole);
    this.text += written;
  }
}

/** A value cut where an editing session or a format change cut it: at spaces or inside a word. */
function pieces(rng: Gfsr4, value: string): string[] {
  if (value.length < 4 || rng.chance(0.5)) return [value];
  const cuts = new Set<number>();
  const n = rng.int(1, 2);
  for (let k = 0; k < n; k++) {
    const spaces = [...value.matchAll(/ /g)].map((m) => (m.index ?? 0) + 1);
    cuts.add(spaces.length && rng.chance(0.75) ? rng.pick(spaces) : rng.int(1, value.length - 1));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(value.slice(from, c));
    from = c;
  }
  out.push(value.slice(from));
  return out.filter((s) => s.length > 0);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => xml(s).replace(/"/g, '&quot;');

/** RTF text: code-page 1252 characters as \'hh, every other character as \uN? (\uc1). */
function rtf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (c < 0x80) out += ch;
    else if (c === 0x2019) out += "\\'92";
    else if (c === 0x2013) out += "\\'96";
    else if (c <= 0xff) out += `\\'${c.toString(16)}`;
    else out += `\\u${c > 0x7fff ? c - 0x10000 : c}?`;
  }
  return out;
}

const rsid = (rng: Gfsr4) => `00${rng.pick(['A1', '3F', 'C7', '5B', 'E2'])}${rng.digits(4)}`;
const iso = (rng: Gfsr4) =>
  `2026-${two(rng.int(1, 11))}-${two(rng.int(1, 28))}T${two(rng.int(7, 18))}:${two(rng.int(0, 59))}:00Z`;

/** WordprocessingML: core properties, then document.xml. */
function docx(rng: Gfsr4, d: Draft, lang: 'de' | 'en', o: Out): void {
  const langTag = lang === 'de' ? 'de-DE' : 'en-GB';
  if (d.author && rng.chance(0.6)) {
    o.raw(
      '<!-- docProps/core.xml -->\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>',
    );
    o.raw(`${xml(d.title)}</dc:title><dc:creator>`);
    segText(d.author, o, xml);
    o.raw(`</dc:creator><cp:lastModifiedBy>`);
    segText(d.author, o, xml);
    o.raw(
      `</cp:lastModifiedBy><cp:revision>${rng.int(2, 14)}</cp:revision></cp:coreProperties>\n<!-- word/document.xml -->\n`,
    );
  }
  o.raw(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n',
  );
  o.raw(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>${xml(d.title)}</w:t></w:r></w:p>\n`);
  let tracked = d.author !== undefined && rng.chance(0.5);
  let bookmarks = 0;
  const run = (text: string, code: Code | undefined, whole: string, bold: boolean) => {
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    o.raw(
      `<w:r w:rsidR="${rsid(rng)}">${bold ? '<w:rPr><w:b/><w:lang w:val="' + langTag + '"/></w:rPr>' : `<w:rPr><w:lang w:val="${langTag}"/></w:rPr>`}<w:t${space}>`,
    );
    if (code) o.piece(code, xml(text), whole);
    else o.raw(xml(text));
    o.raw('</w:t></w:r>');
  };
  const cell = (segs: Cell) => {
    for (const s of segs) {
      if (!s.code) {
        run(s.t, undefined, s.t, false);
        continue;
      }
      if (tracked && (s.code === 't' || s.code === 'h' || s.code === 'm') && d.author) {
        // A corrected value: the old one deleted, the new one inserted, both still in the file.
        tracked = false;
        const when = iso(rng);
        const old =
          s.code === 't'
            ? s.t.replace(/\d(?=\D*$)/, (x) => String((Number(x) + 3) % 10))
            : s.code === 'm'
              ? s.t.replace('@', '1@')
              : s.t.replace(/\d+/, (x) => String(Number(x) + 2));
        for (const [tag, textTag, value] of [
          ['w:del', 'w:delText', old],
          ['w:ins', 'w:t', s.t],
        ] as const) {
          o.raw(`<${tag} w:id="${rng.int(1, 90)}" w:author="`);
          segText(d.author, o, attr);
          o.raw(`" w:date="${when}"><w:r><${textTag} xml:space="preserve">`);
          o.piece(s.code, xml(value), value);
          o.raw(`</${textTag}></w:r></${tag}>`);
        }
        continue;
      }
      const mark = s.code === 'n' && rng.chance(0.5);
      const book = s.code === 'n' && rng.chance(0.25);
      if (book) o.raw(`<w:bookmarkStart w:id="${bookmarks}" w:name="_Seafarer${bookmarks}"/>`);
      if (mark) o.raw('<w:proofErr w:type="spellStart"/>');
      const bold = rng.chance(0.3);
      for (const piece of pieces(rng, s.t)) run(piece, s.code, s.t, bold && rng.chance(0.7));
      if (mark) o.raw('<w:proofErr w:type="spellEnd"/>');
      if (book) o.raw(`<w:bookmarkEnd w:id="${bookmarks++}"/>`);
    }
  };
  const para = (segs: Cell) => {
    o.raw(`<w:p w:rsidR="${rsid(rng)}">`);
    cell(segs);
    o.raw('</w:p>\n');
  };
  d.paras.forEach(para);
  if (d.table) {
    o.raw('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>\n');
    for (const row of [d.table.head.map((h) => [p(h)]), ...d.table.rows]) {
      o.raw('<w:tr>');
      for (const c of row) {
        o.raw('<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr><w:p>');
        cell(c);
        o.raw('</w:p></w:tc>');
      }
      o.raw('</w:tr>\n');
    }
    o.raw('</w:tbl>\n');
  }
  d.after.forEach(para);
  o.raw('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>\n');
}

/** A seg's text as one value or one plain string. */
function segText(s: Seg, o: Out, esc: (t: string) => string): void {
  if (s.code) o.piece(s.code, esc(s.t), s.t);
  else o.raw(esc(s.t));
}

const column = (i: number) => String.fromCharCode(65 + i);

/** SpreadsheetML: sharedStrings.xml, then sheet1.xml. Paragraphs stand in column A, the table below. */
function xlsx(rng: Gfsr4, d: Draft, o: Out): void {
  type Planned =
    | { ref: string; kind: 'shared'; index: number }
    | { ref: string; kind: 'inline'; segs: Cell }
    | { ref: string; kind: 'number'; seg: Seg; value: string };
  const shared: Cell[] = [];
  const planned: Planned[][] = [];
  const add = (ref: string, segs: Cell): Planned => {
    const only = segs.length === 1 ? segs[0] : undefined;
    if (only?.date && rng.chance(0.5)) return { ref, kind: 'number', seg: only, value: String(only.date.serial) };
    if (only?.code === 't' && rng.chance(0.3))
      return { ref, kind: 'number', seg: only, value: only.t.replace(/\D/g, '').replace(/^0+/, '') };
    if (rng.chance(0.2)) return { ref, kind: 'inline', segs };
    shared.push(segs);
    return { ref, kind: 'shared', index: shared.length - 1 };
  };
  let r = 1;
  planned.push([add(`A${r++}`, [p(d.title)])]);
  for (const para of d.paras) planned.push([add(`A${r++}`, para)]);
  if (d.table) {
    r++;
    planned.push(d.table.head.map((h, i) => add(`${column(i)}${r}`, [p(h)])));
    r++;
    for (const row of d.table.rows) {
      planned.push(row.map((c, i) => add(`${column(i)}${r}`, c)));
      r++;
    }
  }
  for (const para of d.after) planned.push([add(`A${r++}`, para)]);
  const richText = (segs: Cell, wrap: (inner: () => void) => void) => {
    const split = segs.length > 1 || (segs[0].code !== undefined && rng.chance(0.4));
    if (!split) {
      wrap(() => {
        o.raw(`<t${/^\s|\s$/.test(segs[0].t) ? ' xml:space="preserve"' : ''}>`);
        segText(segs[0], o, xml);
        o.raw('</t>');
      });
      return;
    }
    wrap(() => {
      for (const s of segs)
        for (const piece of s.code ? pieces(rng, s.t) : [s.t]) {
          o.raw(
            `<r><rPr>${rng.chance(0.4) ? '<b/>' : ''}<sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">`,
          );
          if (s.code) o.piece(s.code, xml(piece), s.t);
          else o.raw(xml(piece));
          o.raw('</t></r>');
        }
    });
  };
  o.raw(
    `<!-- xl/sharedStrings.xml -->\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">\n`,
  );
  for (const segs of shared)
    richText(segs, (inner) => {
      o.raw('<si>');
      inner();
      o.raw('</si>\n');
    });
  o.raw(
    `</sst>\n<!-- xl/worksheets/sheet1.xml -->\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${column(Math.max(0, (d.table?.head.length ?? 1) - 1))}${r - 1}"/><sheetData>\n`,
  );
  for (const row of planned) {
    const rowNo = row[0].ref.slice(1);
    o.raw(`<row r="${rowNo}">`);
    for (const c of row) {
      if (c.kind === 'shared') o.raw(`<c r="${c.ref}" t="s"><v>${c.index}</v></c>`);
      else if (c.kind === 'number') {
        o.raw(`<c r="${c.ref}" s="${c.seg.date ? 3 : 0}"><v>`);
        if (c.seg.code) o.piece(c.seg.code, c.value, c.seg.date ? c.seg.date.iso : c.seg.t);
        o.raw('</v></c>');
      } else
        richText(c.segs, (inner) => {
          o.raw(`<c r="${c.ref}" t="inlineStr"><is>`);
          inner();
          o.raw('</is></c>');
        });
    }
    o.raw('</row>\n');
  }
  o.raw('</sheetData></worksheet>\n');
}

/** ODF content.xml of a text document (odt), tables as table:table. */
function odf(rng: Gfsr4, d: Draft, o: Out): void {
  o.raw(
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>\n',
  );
  o.raw(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${xml(d.title)}</text:h>\n`);
  /** ODF text: a run of spaces after the first as text:s, a leading space too. */
  const odfText = (s: string) => xml(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
  const inline = (segs: Cell) => {
    for (const s of segs) {
      if (!s.code) {
        o.raw(odfText(s.t));
        continue;
      }
      if (s.code === 'h' && rng.chance(0.5)) {
        // The street line and the town line kept apart by a line break.
        const [street, town] = [s.t.slice(0, s.t.lastIndexOf(', ')), s.t.slice(s.t.lastIndexOf(', ') + 2)];
        o.piece('h', xml(street), s.t);
        o.raw('<text:line-break/>');
        o.piece('h', xml(town), s.t);
        continue;
      }
      const parts = pieces(rng, s.t);
      for (const piece of parts) {
        const lead = piece.startsWith(' ');
        if (lead) o.raw('<text:s/>');
        const body = lead ? piece.slice(1) : piece;
        if (parts.length > 1 || rng.chance(0.3)) {
          o.raw(`<text:span text:style-name="T${rng.int(1, 6)}">`);
          o.piece(s.code, xml(body), s.t);
          o.raw('</text:span>');
        } else o.piece(s.code, xml(body), s.t);
      }
    }
  };
  const para = (segs: Cell) => {
    o.raw(`<text:p text:style-name="P${rng.int(1, 9)}">`);
    inline(segs);
    o.raw('</text:p>\n');
  };
  d.paras.forEach(para);
  if (d.table) {
    o.raw(
      `<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="${d.table.head.length}"/>\n`,
    );
    for (const row of [d.table.head.map((h) => [p(h)]), ...d.table.rows]) {
      o.raw('<table:table-row>');
      for (const c of row) {
        const date = c.length === 1 ? c[0].date : undefined;
        if (date) {
          o.raw('<table:table-cell office:value-type="date" office:date-value="');
          o.piece('b', date.iso, date.iso);
          o.raw('">');
        } else o.raw('<table:table-cell office:value-type="string">');
        o.raw('<text:p>');
        inline(c);
        o.raw('</text:p></table:table-cell>');
      }
      o.raw('</table:table-row>\n');
    }
    o.raw('</table:table>\n');
  }
  d.after.forEach(para);
  o.raw('</office:text></office:body></office:document-content>\n');
}

/** RTF as Word and WordPad write it. */
function rtfDoc(rng: Gfsr4, d: Draft, lang: 'de' | 'en', o: Out): void {
  o.raw(
    `{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Arial;}}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n`,
  );
  o.raw(
    `\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28\\lang${lang === 'de' ? 1031 : 2057} ${rtf(d.title)}\\b0\\fs22\\par\n`,
  );
  const inline = (segs: Cell) => {
    for (const s of segs) {
      if (!s.code) {
        o.raw(rtf(s.t));
        continue;
      }
      const parts = pieces(rng, s.t);
      if (parts.length === 1 && rng.chance(0.6)) {
        o.piece(s.code, rtf(s.t), s.t);
        continue;
      }
      for (const piece of parts) {
        o.raw(`{${rng.pick(['\\b', '\\i', '\\f1', '\\ul', '\\cf1'])} `);
        o.piece(s.code, rtf(piece), s.t);
        o.raw('}');
      }
    }
  };
  for (const para of d.paras) {
    o.raw('\\pard\\sa200\\sl276\\slmult1 ');
    inline(para);
    o.raw('\\par\n');
  }
  if (d.table) {
    const widths = d.table.head.map((_, i) => `\\cellx${(i + 1) * 1500}`).join('');
    for (const row of [d.table.head.map((h) => [p(h)]), ...d.table.rows]) {
      o.raw(`\\trowd\\trgaph108${widths}\n\\pard\\intbl `);
      for (const c of row) {
        inline(c);
        o.raw('\\cell ');
      }
      o.raw('\\row\n');
    }
  }
  for (const para of d.after) {
    o.raw('\\pard\\sa200\\sl276\\slmult1 ');
    inline(para);
    o.raw('\\par\n');
  }
  o.raw('}\n');
}

/** PresentationML slide1.xml: a title, a text body, the table as a graphic frame. */
function pptx(rng: Gfsr4, d: Draft, lang: 'de' | 'en', o: Out): void {
  const langTag = lang === 'de' ? 'de-DE' : 'en-US';
  const runs = (segs: Cell) => {
    for (const s of segs) {
      const parts = s.code ? pieces(rng, s.t) : [s.t];
      for (const piece of parts) {
        const err = s.code === 'n' && rng.chance(0.6) ? ' err="1"' : '';
        o.raw(`<a:r><a:rPr lang="${langTag}" sz="${rng.pick([1200, 1400, 1600])}"${err} dirty="0"/><a:t>`);
        if (s.code) o.piece(s.code, xml(piece), s.t);
        else o.raw(xml(piece));
        o.raw('</a:t></a:r>');
      }
    }
  };
  o.raw(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>\n',
  );
  o.raw(
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${langTag}" dirty="0"/><a:t>${xml(d.title)}</a:t></a:r></a:p></p:txBody></p:sp>\n`,
  );
  o.raw(
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content Placeholder 2"/><p:cNvSpPr/><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="1825625"/><a:ext cx="10515600" cy="4351338"/></a:xfrm></p:spPr><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>\n',
  );
  const paras = [...d.paras, ...d.after];
  for (let i = 0; i < paras.length; i++) {
    // Now and then two paragraphs share one, with a soft line break between them.
    const together = i + 1 < paras.length && rng.chance(0.25);
    o.raw('<a:p>');
    runs(paras[i]);
    if (together) {
      o.raw(`<a:br><a:rPr lang="${langTag}" dirty="0"/></a:br>`);
      runs(paras[++i]);
    }
    o.raw('</a:p>\n');
  }
  o.raw('</p:txBody></p:sp>\n');
  if (d.table) {
    o.raw(
      `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="838200" y="3500000"/><a:ext cx="10515600" cy="1483360"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${d.table.head.map(() => '<a:gridCol w="1314450"/>').join('')}</a:tblGrid>\n`,
    );
    for (const row of [d.table.head.map((h) => [p(h)]), ...d.table.rows]) {
      o.raw('<a:tr h="370840">');
      for (const c of row) {
        o.raw('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>');
        runs(c);
        o.raw('</a:p></a:txBody><a:tcPr/></a:tc>');
      }
      o.raw('</a:tr>\n');
    }
    o.raw('</a:tbl></a:graphicData></a:graphic></p:graphicFrame>\n');
  }
  o.raw('</p:spTree></p:cSld></p:sld>\n');
}

function render(rng: Gfsr4, format: Format, d: Draft, lang: 'de' | 'en'): Out {
  const o = new Out();
  if (format === 'DOCX document.xml') docx(rng, d, lang, o);
  else if (format === 'XLSX sharedStrings+sheet1') xlsx(rng, d, o);
  else if (format === 'ODF content.xml') odf(rng, d, o);
  else if (format === 'RTF') rtfDoc(rng, d, lang, o);
  else pptx(rng, d, lang, o);
  return o;
}

/**
 * `count` documents, each kind in each format in both languages: document i takes format i mod 5, kind
 * (i div 5) mod 8 and language (i div 40) mod 2, so every pairing of format and kind meets both languages.
 */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new Gfsr4(seed);
  const out: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length];
    const kindIndex = Math.floor(i / FORMATS.length) % KINDS.length;
    const lang = Math.floor(i / (FORMATS.length * KINDS.length)) % 2 === 0 ? 'de' : 'en';
    const d = draft(rng, kindIndex, lang);
    const o = render(rng, format, d, lang);
    out.push({ lang, kind: `${format}: ${d.kind}`, text: o.text, entities: o.entities });
  }
  return out;
}
