import { address, birthDate, fullName, mailbox, person, phone, type Country, type Person } from './people.js';
import { RomuTrio32 } from './random.js';
import {
  boxes,
  field,
  flatTable,
  hyphenate,
  render,
  spaced,
  twoColumns,
  val,
  type Block,
  type Line,
  type Piece,
} from './ocr.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/** One generated document before its id is given. */
export interface MadeDoc {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

interface Gen {
  rng: RomuTrio32;
  lang: 'de' | 'en';
  country: Country;
  L: (de: string, en: string) => string;
  /** A person's name as a labelled piece, sometimes broken at a line end. */
  name: (p: Person, inverted?: boolean) => Piece;
  given: (p: Person) => Piece;
  family: (p: Person) => Piece;
  dob: (p: Person) => Piece;
  home: (p: Person) => Piece;
  tel: (p: Person) => Piece;
  mail: (p: Person) => Piece;
  account: (p: Person) => Piece;
}

const IBAN_OF: Record<Country, IbanCountry[]> = {
  DE: ['DE'],
  AT: ['AT'],
  CH: ['CH', 'LI'],
  GB: ['GB'],
  IE: ['IE'],
  US: ['LU', 'GB'],
  NL: ['LU', 'DE'],
};

function gen(rng: RomuTrio32, lang: 'de' | 'en'): Gen {
  const country: Country =
    lang === 'de' ? rng.pick(['DE', 'DE', 'AT', 'CH']) : rng.pick(['GB', 'GB', 'IE', 'US', 'NL']);
  const broken = (s: string) => (rng.chance(0.2) ? hyphenate(rng, s) : s);
  return {
    rng,
    lang,
    country,
    L: (de, en) => (lang === 'de' ? de : en),
    name: (p, inverted = false) => val('PERSON', broken(fullName(p, inverted))),
    given: (p) => val('PERSON', p.given),
    family: (p) => val('PERSON', p.family),
    dob: (p) => val('DATE_OF_BIRTH', birthDate(rng, p, lang)),
    home: (p) => val('POSTAL_ADDRESS', broken(address(rng, p.country, rng.chance(0.4)))),
    tel: (p) => val('PHONE_NUMBER', phone(rng, p.country)),
    mail: (p) => val('EMAIL_ADDRESS', mailbox(rng, p)),
    account: (p) => {
      const v = iban(rng, rng.pick(IBAN_OF[p.country]));
      return val('IBAN_CODE', rng.chance(0.6) ? grouped(v) : v);
    },
  };
}

const lines = (...ls: Line[]): Block => ls;
const orcid = (rng: RomuTrio32) =>
  `0000-000${rng.range(1, 3)}-${rng.digits(4)}-${rng.digits(3)}${rng.chance(0.1) ? 'X' : rng.digits(1)}`;
const nct = (rng: RomuTrio32) => `NCT0${rng.range(4, 6)}${rng.digits(6)}`;
const isbn = (rng: RomuTrio32) => `ISBN 978-3-${rng.digits(3)}-${rng.digits(5)}-${rng.digits(1)}`;

type Kind = { de: string; en: string; make: (g: Gen) => { header: string; blocks: Block[] } };

const KINDS: Kind[] = [
  {
    de: 'Einwilligungserklärung (PDF-Extrakt)',
    en: 'Consent form (PDF extract)',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country, 1935, 2003);
      const nurse = person(rng, g.country);
      const id: Line[] =
        g.lang === 'de' && rng.chance(0.6)
          ? [field(rng, 'Identität geprüft, Personalausweis-Nr.', val('DE_ID_CARD', icaoNumber(rng, 'id')))]
          : g.lang === 'en' && rng.chance(0.4)
            ? [field(rng, 'Identity checked, German passport no.', val('DE_PASSPORT', icaoNumber(rng, 'passport')))]
            : [];
      return {
        header: L(
          `Studie ${nct(rng)} – Einwilligung – Version 2.${rng.int(9)}`,
          `Trial ${nct(rng)} – Consent – Version 2.${rng.int(9)}`,
        ),
        blocks: [
          lines([spaced(L('Einwilligung', 'Consent'))]),
          lines(
            field(rng, L('Name der Teilnehmerin/des Teilnehmers', 'Name of participant'), g.name(p)),
            field(rng, L('Geburtsdatum', 'Date of birth'), g.dob(p)),
            field(rng, L('Anschrift', 'Address'), g.home(p)),
            field(rng, L('Telefon', 'Telephone'), g.tel(p)),
            ...id,
          ),
          lines(
            boxes([L('Ich willige ein', 'I agree'), L('Ich willige nicht ein', 'I do not agree')], rng.int(2)),
            [L('Aufbewahrung von Blutproben in der Biobank: ', 'Storage of blood samples in the biobank: ')],
            boxes([L('ja', 'yes'), L('nein', 'no')], rng.int(2)),
          ),
          lines(field(rng, L('Aufklärende Person', 'Person taking consent'), g.name(nurse))),
        ],
      };
    },
  },
  {
    de: 'Screening-Log (Tabelle zeilenweise)',
    en: 'Screening log (table one cell per line)',
    make: (g) => {
      const { rng, L } = g;
      const rows: Piece[][] = [];
      for (let i = 0; i < rng.range(3, 5); i++) {
        const p = person(rng, g.country, 1940, 1990);
        rows.push([
          String(i + 1).padStart(3, '0'),
          g.name(p, true),
          g.dob(p),
          rng.pick([L('eingeschlossen', 'enrolled'), L('Screening-Versagen', 'screen failure')]),
        ]);
      }
      const nurse = person(rng, g.country);
      return {
        header: L(
          `Screening-Log Zentrum ${rng.range(1, 30)} – vertraulich`,
          `Screening log site ${rng.range(1, 30)} – confidential`,
        ),
        blocks: [
          flatTable([L('Nr.', 'No.'), 'Name', L('Geb.-Datum', 'DOB'), 'Status'], rows),
          lines([L('Geführt von ', 'Maintained by '), g.name(nurse), `, ${nct(rng)}`]),
        ],
      };
    },
  },
  {
    de: 'Antrag Leseausweis (Scan)',
    en: 'Reader card application (scan)',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country, 1950, 2006);
      const doc = rng.chance(0.5);
      return {
        header: L('Bibliothek – Antrag auf einen Leseausweis', 'Library – application for a reader card'),
        blocks: [
          lines(
            field(rng, L('Familienname', 'Surname'), g.family(p)),
            field(rng, L('Vorname', 'Forename'), g.given(p)),
            field(rng, L('Geburtsdatum', 'Date of birth'), g.dob(p)),
            field(rng, L('Wohnanschrift', 'Home address'), g.home(p)),
            field(rng, 'E-Mail', g.mail(p)),
          ),
          lines(
            [L('Vorgelegtes Dokument: ', 'Document shown: ')],
            boxes([L('Personalausweis', 'German ID card'), L('Reisepass', 'German passport')], doc ? 0 : 1),
            field(
              rng,
              L('Nummer', 'Number'),
              val(doc ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, doc ? 'id' : 'passport')),
            ),
          ),
          lines([
            L('Online-Vorabantrag übermittelt von IP ', 'Online pre-registration sent from IP '),
            val('IP_ADDRESS', `${rng.range(77, 95)}.${rng.range(1, 254)}.${rng.range(1, 254)}.${rng.range(1, 254)}`),
          ]),
        ],
      };
    },
  },
  {
    de: 'Mahnung Bibliothek (Briefseite)',
    en: 'Library overdue letter (page)',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country);
      return {
        header: L('Stadtbibliothek · Ausleihe · Postfach', 'City Library · Lending Services'),
        blocks: [
          lines([g.name(p)], [g.home(p)]),
          lines([L('Sehr geehrte/r ', 'Dear '), g.name(p), ',']),
          lines(
            [L('folgende Medien sind überfällig:', 'the following items are overdue:')],
            [`${isbn(rng)}   ${L('fällig', 'due')} ${rng.range(1, 28)}.${rng.range(1, 12)}.2025`],
            [`${isbn(rng)}   ${L('fällig', 'due')} ${rng.range(1, 28)}.${rng.range(1, 12)}.2025`],
            [L('Gebühren: 4,50 € · Ausweis-Nr. ', 'Charges: £3.20 · Card no. ') + `2199${rng.digits(10)}`],
          ),
        ],
      };
    },
  },
  {
    de: 'Taufbuchauszug (zweispaltig)',
    en: 'Baptism register extract (two columns)',
    make: (g) => {
      const { rng, L } = g;
      const child = person(rng, g.country, 1890, 2015);
      const father = person(rng, g.country);
      const mother = person(rng, g.country);
      const sponsor = person(rng, g.country);
      const left = lines(
        [L('Täufling', 'Child')],
        [L('geboren', 'Born')],
        [L('Vater', 'Father')],
        [L('Mutter', 'Mother')],
        [L('Pate/Patin', 'Sponsor')],
      );
      const right = lines([g.name(child)], [g.dob(child)], [g.name(father)], [g.name(mother)], [g.name(sponsor)]);
      return {
        header: L('Auszug aus dem Taufbuch', 'Extract from the register of baptisms'),
        blocks: [
          lines(
            [spaced(L('Taufbuch', 'Baptisms'))],
            [`${L('Jahrgang', 'Year')} ${child.birth.y}, Nr. ${rng.range(1, 200)}`],
          ),
          twoColumns(rng, left, right),
          lines([L('Ausgestellt für: ', 'Issued to: '), g.name(child), `, ${L('Gebühr 10 €', 'fee £10')}`]),
        ],
      };
    },
  },
  {
    de: 'Heiratsregister-Auszug (Spalten)',
    en: 'Marriage register extract (columns)',
    make: (g) => {
      const { rng, L } = g;
      const year = rng.range(1920, 2015);
      const a = person(rng, g.country, year - 35, year - 19);
      const b = person(rng, g.country, year - 35, year - 19);
      const left = lines([L('Bräutigam', 'Groom')], [g.name(a)], [L('geb. ', 'born ')], [g.dob(a)]);
      const right = lines([L('Braut', 'Bride')], [g.name(b)], [L('geb. ', 'born ')], [g.dob(b)]);
      const witness = person(rng, g.country);
      return {
        header: L(`Heiratsregister ${year} – Auszug`, `Register of marriages ${year} – extract`),
        blocks: [twoColumns(rng, left, right), lines([L('Trauzeuge: ', 'Witness: '), g.name(witness)])],
      };
    },
  },
  {
    de: 'Anfrage Familienforschung (Formular)',
    en: 'Family history enquiry (form)',
    make: (g) => {
      const { rng, L } = g;
      const me = person(rng, g.country);
      const anc = person(rng, g.country, 1820, 1910);
      return {
        header: L('Archiv – Rechercheauftrag Familienforschung', 'Record office – family history research request'),
        blocks: [
          lines(
            field(rng, L('Auftraggeber/in', 'Enquirer'), g.name(me)),
            field(rng, 'E-Mail', g.mail(me)),
            field(rng, L('Telefon', 'Phone'), g.tel(me)),
          ),
          lines(
            field(rng, L('Gesuchte Person', 'Person sought'), g.name(anc)),
            field(rng, L('geboren am', 'born'), g.dob(anc)),
            [L('Bekannt: Beruf Weber, Konfession ev.', 'Known: weaver, nonconformist')],
            boxes([L('Kopie', 'copy'), L('beglaubigter Auszug', 'certified extract')], rng.int(2)),
          ),
        ],
      };
    },
  },
  {
    de: 'Kirchensteuer-Schreiben (mehrseitig)',
    en: 'Church levy letter (multi-page)',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country);
      const tax: Line[] = g.lang === 'de' ? [field(rng, 'Steuer-ID', val('DE_TAX_ID', taxId(rng)))] : [];
      return {
        header: L('Kirchensteueramt – Festsetzung Kirchgeld', 'Diocesan Office – parish contribution'),
        blocks: [
          lines([g.name(p)], [g.home(p)]),
          lines(...tax, [L('Sehr geehrte/r ', 'Dear '), g.name(p), ',']),
          lines(
            [
              L(
                'für das Jahr 2025 wird das Kirchgeld auf 120 € festgesetzt. Der Betrag wird vom Konto',
                'your contribution for 2025 is £120. It will be collected from account',
              ),
            ],
            [g.account(p), L(' abgebucht.', '.')],
          ),
        ],
      };
    },
  },
  {
    de: 'Mitgliedsantrag Sportverein (Formular)',
    en: 'Sports club membership form',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country, 1950, 2018);
      const holder = person(rng, g.country);
      return {
        header: L('Aufnahmeantrag', 'Membership application'),
        blocks: [
          lines([spaced(L('Mitgliedschaft', 'Membership'))]),
          lines(
            field(rng, 'Name', g.name(p)),
            field(rng, L('geb.', 'DOB'), g.dob(p)),
            field(rng, L('Anschrift', 'Address'), g.home(p)),
            field(rng, L('Telefon', 'Phone'), g.tel(p)),
            field(rng, 'E-Mail', g.mail(p)),
          ),
          lines(
            boxes([L('Fußball', 'Football'), L('Schwimmen', 'Swimming'), L('Leichtathletik', 'Athletics')], rng.int(3)),
          ),
          lines(
            field(rng, L('Kontoinhaber/in', 'Account holder'), g.name(holder)),
            field(rng, 'IBAN', g.account(holder)),
          ),
          // A German member who also coaches on a mini-job gives the pension number for the registration.
          ...(g.lang === 'de' && rng.chance(0.4)
            ? [
                lines(
                  field(
                    rng,
                    'Übungsleiter-Minijob, RV-Nr.',
                    val('DE_SOCIAL_SECURITY', pensionNumber(rng, p.birth, p.family, p.female)),
                  ),
                ),
              ]
            : []),
        ],
      };
    },
  },
  {
    de: 'Sitzungsprotokoll Verein (Anwesenheit)',
    en: 'Club minutes (attendance)',
    make: (g) => {
      const { rng, L } = g;
      const ps = Array.from({ length: rng.range(3, 6) }, () => person(rng, g.country));
      const att: Line = [L('Anwesend: ', 'Present: ')];
      ps.forEach((p, i) => att.push(...(i ? [', '] : []), g.name(p)));
      return {
        header: L(
          `Protokoll der Vorstandssitzung vom ${rng.range(1, 28)}.${rng.range(1, 12)}.2025`,
          `Minutes of the committee meeting, ${rng.range(1, 28)}/${rng.range(1, 12)}/2025`,
        ),
        blocks: [
          lines(att),
          lines(
            [`TOP 1 ${L('Bericht der Vorsitzenden ', 'Chair’s report by ')}`, g.family(ps[0]), '.'],
            [`TOP 2 ${L('Beitragsanpassung beschlossen (einstimmig).', 'Subscription increase agreed (unanimous).')}`],
          ),
          lines([L('Protokoll: ', 'Minutes taken by: '), g.name(ps[ps.length - 1])]),
        ],
      };
    },
  },
  {
    de: 'Kassenbericht (Tabelle zeilenweise)',
    en: "Treasurer's report (table one cell per line)",
    make: (g) => {
      const { rng, L } = g;
      const rows: Piece[][] = [];
      for (let i = 0; i < rng.range(2, 4); i++) {
        const p = person(rng, g.country);
        rows.push([g.name(p), `${rng.range(20, 400)}${L(',', '.')}${rng.digits(2)}`, g.account(p)]);
      }
      return {
        header: L('Kassenbericht 2025', "Treasurer's report 2025"),
        blocks: [
          lines([L('Einnahmen 12.480,00 € · Ausgaben 9.915,40 €', 'Income £12,480.00 · Expenditure £9,915.40')]),
          flatTable([L('Erstattung an', 'Refund to'), L('Betrag', 'Amount'), 'IBAN'], rows),
        ],
      };
    },
  },
  {
    de: 'Personalbogen Forschungsprojekt',
    en: 'Research project staff sheet',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country, 1975, 2000);
      const pens = pensionNumber(rng, p.birth, p.family, p.female);
      return {
        header: L('Personalbogen – Drittmittel', 'Staff sheet – grant-funded post'),
        blocks: [
          lines(
            field(rng, 'Name', g.name(p)),
            field(rng, L('Geburtsdatum', 'Date of birth'), g.dob(p)),
            field(rng, 'ORCID', orcid(rng)),
            field(rng, L('E-Mail privat', 'Private email'), g.mail(p)),
          ),
          lines(
            field(rng, L('Steuer-ID', 'German tax ID (if taxed in DE)'), val('DE_TAX_ID', taxId(rng))),
            field(rng, L('Rentenversicherungs-Nr.', 'German pension insurance no.'), val('DE_SOCIAL_SECURITY', pens)),
            field(rng, 'IBAN', g.account(p)),
            ...(rng.chance(0.5)
              ? [field(rng, L('Personalausweis-Nr.', 'German ID card no.'), val('DE_ID_CARD', icaoNumber(rng, 'id')))]
              : [
                  field(
                    rng,
                    L('Reisepass-Nr.', 'German passport no.'),
                    val('DE_PASSPORT', icaoNumber(rng, 'passport')),
                  ),
                ]),
          ),
        ],
      };
    },
  },
  {
    de: 'Zuwendungsbestätigung (Spende)',
    en: 'Donation receipt',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country);
      const byCard = rng.chance(0.5);
      const c = card(rng);
      return {
        header: L('Bestätigung über Geldzuwendungen', 'Receipt for donation'),
        blocks: [
          lines(field(rng, L('Spender/in', 'Donor'), g.name(p)), field(rng, L('Anschrift', 'Address'), g.home(p))),
          lines(
            [`${L('Betrag', 'Amount')}: ${rng.range(20, 900)},00 ${L('€', 'GBP')}`],
            byCard
              ? [
                  L('Zahlung per Karte ', 'Paid by card '),
                  val('CREDIT_CARD', rng.chance(0.5) ? cardPrinted(c, ' ') : c),
                ]
              : [L('Überweisung von ', 'Transfer from '), g.account(p)],
          ),
        ],
      };
    },
  },
  {
    de: 'Online-Anmeldung Gemeindeveranstaltung (Druck)',
    en: 'Online event registration (printout)',
    make: (g) => {
      const { rng, L } = g;
      const p = person(rng, g.country);
      const ip = rng.chance(0.7)
        ? `${rng.range(80, 213)}.${rng.range(1, 254)}.${rng.range(1, 254)}.${rng.range(1, 254)}`
        : `2a02:${rng.int(65536).toString(16)}:${rng.int(65536).toString(16)}::${rng.int(65536).toString(16)}`;
      const paid: Line[] = rng.chance(0.4)
        ? [[L('Bezahlt mit Karte ', 'Paid by card '), val('CREDIT_CARD', card(rng))]]
        : [];
      return {
        header: L(
          `Anmeldung ${rng.pick(['Gemeindefreizeit', 'Iftar-Abend', 'Chanukka-Basar', 'Diwali-Fest'])}`,
          `Registration ${rng.pick(['parish retreat', 'community iftar', 'Hanukkah bazaar', 'Diwali fair'])}`,
        ),
        blocks: [
          lines(
            field(rng, 'Name', g.name(p)),
            field(rng, 'E-Mail', g.mail(p)),
            field(rng, L('Mobil', 'Mobile'), g.tel(p)),
            ...paid,
          ),
          lines([
            L('Übermittelt ', 'Submitted ') +
              `2025-${String(rng.range(1, 12)).padStart(2, '0')}-${String(rng.range(10, 28))} ${L('von', 'from')} `,
            val('IP_ADDRESS', ip),
          ]),
        ],
      };
    },
  },
  {
    de: 'Studienzusammenfassung (ohne Personendaten)',
    en: 'Study abstract (no personal data)',
    make: (g) => {
      const { rng, L } = g;
      return {
        header: L(`Zusammenfassung · ${nct(rng)}`, `Abstract · ${nct(rng)}`),
        blocks: [
          lines([spaced(L('Zusammenfassung', 'Abstract'))]),
          lines(
            [
              L(
                'Hintergrund: Die Wirksamkeit von Vereinssport auf die Knochendichte ist unklar.',
                'Background: The effect of club sport on bone density is unclear.',
              ),
            ],
            [
              L(
                `Methoden: ${rng.range(80, 600)} Teilnehmende, randomisiert, ${rng.range(6, 24)} Monate.`,
                `Methods: ${rng.range(80, 600)} participants, randomised, ${rng.range(6, 24)} months.`,
              ),
            ],
          ),
          lines(
            [
              L(
                `Ergebnisse: Zunahme um ${rng.range(1, 5)},${rng.int(10)} % (95 %-KI signifikant).`,
                `Results: an increase of ${rng.range(1, 5)}.${rng.int(10)}% (95% CI significant).`,
              ),
            ],
            [
              L(
                'Schlussfolgerung: Vereinssport ist wirksam und sicher. ',
                'Conclusion: club sport is effective and safe. ',
              ) + isbn(rng),
            ],
          ),
        ],
      };
    },
  },
  {
    de: 'Aushang Öffnungszeiten (ohne Personendaten)',
    en: 'Opening hours notice (no personal data)',
    make: (g) => {
      const { rng, L } = g;
      return {
        header: L('Aushang', 'Notice'),
        blocks: [
          lines([spaced(L('Öffnungszeiten', 'Opening hours'))]),
          lines(
            [
              L(
                `Mo–Fr ${rng.range(8, 10)}:00–${rng.range(15, 18)}:00 Uhr`,
                `Mon–Fri ${rng.range(8, 10)}:00–${rng.range(15, 18)}:00`,
              ),
            ],
            [L('Sa geschlossen; an Feiertagen geschlossen.', 'Closed Saturdays and bank holidays.')],
            [
              L(
                'Offizielle Auskünfte nur schriftlich. Fundsachen im Büro.',
                'Official enquiries in writing only. Lost property at the office.',
              ),
            ],
          ),
        ],
      };
    },
  },
];

/**
 * `count` documents of set 19's generated half: forms, registers, letters and lists of research
 * offices, archives, faith communities and clubs as a PDF or OCR extraction hands them to a RAG
 * ingest. Kind k of document i is i mod 16; the language alternates so that every kind comes in both.
 */
export function generated(count: number, seed: number): MadeDoc[] {
  const rng = new RomuTrio32(seed);
  const out: MadeDoc[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % KINDS.length;
    const lang = (k + Math.floor(i / KINDS.length)) % 2 === 0 ? 'de' : 'en';
    const kind = KINDS[k];
    const g = gen(rng, lang);
    out.push({ lang, kind: kind.en, ...render(rng, lang, kind.make(g)) });
  }
  return out;
}
