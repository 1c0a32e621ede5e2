import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import {
  interleave,
  lab,
  type Line,
  ocrName,
  ocrStreet,
  type Piece,
  plain,
  render,
  spaced,
  withRunning,
  wrap,
} from './layout.js';
import { address, full, mail, type Person, person, phone, type Place } from './people.js';
import { Kiss99 } from './random.js';
import { grouped, pensionNumber, randomCard, randomIban, randomIdCard, randomPassport, randomTaxId } from './values.js';

type Lang = 'de' | 'en';
interface Made {
  lang: Lang;
  kind: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** What every kind's page writer gets: the generator, language, country, OCR noise and value makers. */
interface Ctx {
  rng: Kiss99;
  lang: Lang;
  place: Place;
  noise: number;
  de: boolean;
}

const P = (...pieces: (Piece | string)[]): Piece[] => pieces.map((p) => (typeof p === 'string' ? plain(p) : p));
const L = (...pieces: (Piece | string)[]): Line => P(...pieces);

function name(c: Ctx, p: Person, order: 'gf' | 'fg' = 'gf'): Piece {
  const n = order === 'fg' ? `${p.family}, ${p.given}` : full(p);
  return lab('PERSON', ocrName(c.rng, n, c.noise * 2));
}
const addr = (c: Ctx, sep = ', ') => lab('POSTAL_ADDRESS', ocrStreet(c.rng, address(c.rng, c.place, sep), c.noise * 2));
const tel = (c: Ctx) => lab('PHONE_NUMBER', phone(c.rng, c.place));
const email = (c: Ctx, p: Person) => lab('EMAIL_ADDRESS', mail(c.rng, p, c.lang));

function birth(c: Ctx): { piece: Piece; day: number; month: number; year: number } {
  const day = 1 + c.rng.below(28);
  const month = 1 + c.rng.below(12);
  const year = 1941 + c.rng.below(62);
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  let t = c.de
    ? c.rng.pick([`${dd}.${mm}.${year}`, `${day}. ${MONTHS_DE[month - 1]} ${year}`])
    : c.rng.pick([
        `${dd}/${mm}/${year}`,
        `${day} ${MONTHS_EN[month - 1]} ${year}`,
        `${MONTHS_EN[month - 1]} ${day}, ${year}`,
      ]);
  // OCR reads a zero as the letter O now and then; dates stay dates.
  if (c.rng.chance(c.noise * 2)) t = t.replace('0', 'O');
  return { piece: lab('DATE_OF_BIRTH', t), day, month, year };
}

const caseNo = (c: Ctx) =>
  plain(
    c.de
      ? `Az. ${1 + c.rng.below(40)} ${c.rng.pick(['C', 'O', 'F', 'Ca', 'S', 'T', 'M'])} ${10 + c.rng.below(980)}/26`
      : c.rng.pick([
          `Claim No. K${10 + c.rng.below(80)}QZ${100 + c.rng.below(800)}`,
          `Case No. CV-2026-${c.rng.digits(6)}`,
        ]),
    true,
  );
const deedNo = (c: Ctx) => plain(`UR-Nr. ${100 + c.rng.below(2800)}/2026`, true);
const iban = (c: Ctx) => {
  const country = c.de ? c.rng.pick(['DE', 'DE', 'AT', 'CH', 'LI'] as const) : 'GB';
  const v = randomIban(c.rng, country);
  return lab('IBAN_CODE', c.rng.chance(0.6) ? grouped(v) : v);
};
const firm = (c: Ctx) => {
  const a = person(c.rng).family;
  const b = person(c.rng).family;
  return c.de
    ? c.rng.pick([`${a} & ${b} Rechtsanwälte PartG mbB`, `Kanzlei ${a} ${b}`, `${a} & Partner Rechtsanwälte`])
    : c.rng.pick([`${a} ${b} LLP`, `${a} & ${b} Solicitors`, `${a} Attorneys Inc.`]);
};
const COURTS: Record<Place, string[]> = {
  DE: [
    'Amtsgericht Regensburg',
    'Landgericht Kiel',
    'Arbeitsgericht Erfurt',
    'Amtsgericht Leipzig - Familiengericht -',
  ],
  AT: ['Bezirksgericht Innsbruck', 'Landesgericht für Zivilrechtssachen Graz', 'Arbeits- und Sozialgericht Wien'],
  CH: ['Regionalgericht Oberland, Thun', 'Bezirksgericht Winterthur', 'Zivilgericht Basel-Stadt'],
  LI: ['Fürstliches Landgericht Vaduz'],
  ST: ['Landesgericht Bozen', 'Friedensgericht Meran'],
  UK: ['County Court at Bristol', 'Employment Tribunal, Leeds', 'Family Court at York'],
  SC: ['Sheriff Court of Lothian and Borders at Edinburgh', 'Sheriff Court, Aberdeen'],
  US: ['District Court of Ada County', 'Multnomah County Circuit Court', 'Probate Court of Chittenden County'],
  CA: ['Court of King’s Bench for Saskatchewan', 'Ontario Superior Court of Justice'],
  ZA: ['High Court of South Africa, Gauteng Division', 'Magistrate’s Court, Durban'],
  SG: ['State Courts of Singapore', 'Family Justice Courts, Singapore'],
};
const court = (c: Ctx) => c.rng.pick(COURTS[c.place]);
const para = (c: Ctx, width: number, ...pieces: (Piece | string)[]) => wrap(c.rng, P(...pieces), width, true, c.noise);

const KINDS: Record<string, (c: Ctx) => Line[]> = {
  summons(c) {
    const a = person(c.rng);
    const b = person(c.rng);
    const az = caseNo(c);
    const head = [L(court(c)), L(az), L(''), L(spaced(c.de ? 'LADUNG' : 'SUMMONS')), L('')];
    const body = c.de
      ? para(
          c,
          62,
          'In dem Rechtsstreit',
          name(c, a),
          ',',
          addr(c),
          ', - Klägerin -, gegen',
          name(c, b),
          ', - Beklagter -, wegen Räumung nach § 573 Abs. 2 BGB werden Sie zum Termin zur mündlichen Verhandlung am 14.01.2027, 9:30 Uhr, Saal 112, geladen. Rückfragen an die Geschäftsstelle unter',
          tel(c),
          '.',
        )
      : para(
          c,
          62,
          'Between',
          name(c, a),
          'of',
          addr(c),
          '(Claimant) and',
          name(c, b),
          '(Defendant). You are summoned to attend the hearing on 14 January 2027 at 10.00 am. Queries to the listing office on',
          tel(c),
          '.',
        );
    return [...head, ...withRunning(c.rng, body, [c.de ? 'Seite {p} von {n}' : 'Page {p} of {n}'], 3)];
  },
  judgment(c) {
    const a = person(c.rng);
    const b = person(c.rng);
    const j = person(c.rng);
    const az = caseNo(c);
    const lines = c.de
      ? para(
          c,
          58,
          'Im Namen des Volkes. Urteil. In dem Rechtsstreit der Frau',
          name(c, a),
          ', geboren am',
          birth(c).piece,
          ', wohnhaft',
          addr(c),
          ', Prozessbevollmächtigte:',
          firm(c),
          ', gegen Herrn',
          name(c, b),
          ', hat das Gericht durch die Richterin am Amtsgericht',
          name(c, j),
          'für Recht erkannt: Der Beklagte wird verurteilt, an die Klägerin 2.340,00 EUR nebst Zinsen zu zahlen. Die Kosten des Rechtsstreits trägt der Beklagte. Die Zahlung erfolgt auf das Konto',
          iban(c),
          '.',
        )
      : para(
          c,
          58,
          'JUDGMENT. Before District Judge',
          name(c, j),
          '. Between',
          name(c, a),
          ', born',
          birth(c).piece,
          ', of',
          addr(c),
          ', represented by',
          firm(c),
          ', and',
          name(c, b),
          '. IT IS ORDERED that the Defendant pay the Claimant £2,340.00 within 14 days, into the account',
          iban(c),
          ', and the costs of the claim.',
        );
    return [L(court(c)), L(az), L(''), ...withRunning(c.rng, lines, [`- {p} -`, az.t], 4)];
  },
  'deed-two-column'(c) {
    const s = person(c.rng);
    const k = person(c.rng);
    const n = person(c.rng);
    const left = [
      L(c.de ? 'Verkäufer:' : 'Vendor:'),
      L(name(c, s, 'fg')),
      L(c.de ? 'geb. ' : 'born ', birth(c).piece),
      L(addr(c)),
      L(c.de ? 'ausgewiesen durch Personalausweis' : 'identified by German ID card'),
      L(lab('DE_ID_CARD', randomIdCard(c.rng))),
      L(c.de ? 'Käufer:' : 'Purchaser:'),
      L(name(c, k)),
      L(c.de ? 'Reisepass ' : 'passport ', lab('DE_PASSPORT', randomPassport(c.rng))),
    ];
    const right = wrap(
      c.rng,
      P(
        c.de
          ? 'Der Verkäufer verkauft das im Grundbuch von Regensburg Blatt 4471 eingetragene Grundstück Flurstück 112/3 zum Kaufpreis von 385.000 EUR. Die Auflassungsvormerkung wird bewilligt.'
          : 'The vendor sells the freehold registered under title number CYM441207 for £385,000; completion is fixed for 31 March 2027 and the deposit is held by the notary.',
      ),
      34,
      false,
      c.noise,
    );
    return [
      L(spaced(c.de ? 'KAUFVERTRAG' : 'DEED OF SALE')),
      L(deedNo(c)),
      L(''),
      ...interleave(left, right, 44),
      L(''),
      L(c.de ? 'Notarin ' : 'Notary public ', name(c, n)),
    ];
  },
  'cv-columns-sequential'(c) {
    const p = person(c.rng);
    const side = [
      L(name(c, p)),
      L(addr(c, '\n')),
      L(tel(c)),
      L(email(c, p)),
      L(c.de ? 'Geburtsdatum: ' : 'Date of birth: ', birth(c).piece),
    ];
    const main = para(
      c,
      48,
      c.de ? 'Berufserfahrung 2019-2026 Rechtsanwaltsfachangestellte bei' : 'Experience 2019-2026 paralegal at',
      firm(c),
      c.de
        ? '; Mandantenbetreuung, Fristenkontrolle, Zwangsvollstreckung, Kostenfestsetzung. Sprachen: Deutsch, Englisch.'
        : '; client intake, conveyancing files, court bundles, disclosure. Languages: English, Afrikaans.',
    );
    return [L(spaced(c.de ? 'LEBENSLAUF' : 'CURRICULUM VITAE')), L(''), ...side, L(''), ...main];
  },
  'legal-aid-form'(c) {
    const p = person(c.rng);
    const box = (on: boolean) => (on ? c.rng.pick(['[X]', '☒', '[x]']) : c.rng.pick(['[ ]', '☐']));
    const married = c.rng.chance(0.5);
    return c.de
      ? [
          L('Erklärung über die persönlichen und wirtschaftlichen Verhältnisse bei Prozesskostenhilfe'),
          L('A  Name, Vorname: ______ ', name(c, p, 'fg')),
          L('   Geburtsdatum: ____ ', birth(c).piece),
          L('   Anschrift: ', addr(c)),
          L(
            '   Familienstand:  ',
            box(!married),
            ' ledig   ',
            box(married),
            ' verheiratet   ',
            box(false),
            ' geschieden',
          ),
          L('   Tel. tagsüber: ', tel(c)),
          L('   Steuer-ID: ', lab('DE_TAX_ID', randomTaxId(c.rng))),
          L('E  Bankverbindung (IBAN): ', iban(c)),
          L('   ', box(true), ' Ich versichere die Vollständigkeit meiner Angaben (§ 117 ZPO).'),
        ]
      : [
          L('Application for civil legal aid — means form'),
          L('1  Surname, forenames: ______ ', name(c, p, 'fg')),
          L('   Date of birth: ____ ', birth(c).piece),
          L('   Home address: ', addr(c)),
          L('   Marital status:  ', box(!married), ' single   ', box(married), ' married   ', box(false), ' separated'),
          L('   Daytime phone: ', tel(c)),
          L('   E-mail: ', email(c, p)),
          L('4  Bank account (IBAN): ', iban(c)),
          L('   ', box(true), ' I declare the information given is true.'),
        ];
  },
  'heirs-table'(c) {
    const d = person(c.rng);
    const heirs = [person(c.rng), person(c.rng), person(c.rng)];
    const rows = heirs.map((h, i) =>
      L(name(c, h, 'fg'), '      ', i === 0 ? '1/2' : '1/4', '        ', birth(c).piece, '     ', addr(c)),
    );
    return [
      L(spaced(c.de ? 'ERBENLISTE' : 'SCHEDULE OF BENEFICIARIES')),
      L(
        c.de ? 'Nachlass ' : 'Estate of the late ',
        name(c, d),
        c.de ? ', verstorben am 02.11.2026' : ', died 2 November 2026',
      ),
      L(''),
      L(
        c.de
          ? 'Name, Vorname            Quote      Geburtsdatum        Anschrift'
          : 'Surname, forename        Share      Date of birth       Address',
      ),
      ...rows,
    ];
  },
  'certified-copy'(c) {
    const p = person(c.rng);
    const n = person(c.rng);
    const body = para(
      c,
      60,
      c.de
        ? 'Die Übereinstimmung der vorstehenden Abschrift mit dem mir vorgelegten Reisepass Nr.'
        : 'I certify that this is a true copy of the original passport No.',
      lab('DE_PASSPORT', randomPassport(c.rng)),
      c.de ? 'des Herrn' : 'of',
      name(c, p),
      c.de ? ', geboren am' : ', born',
      birth(c).piece,
      c.de ? ', wird hiermit beglaubigt.' : ', presented to me in person.',
    );
    return [
      L(spaced(c.de ? 'BEGLAUBIGTE ABSCHRIFT' : 'CERTIFIED TRUE COPY')),
      L(deedNo(c)),
      ...body,
      L(''),
      L('( ', c.de ? 'SIEGEL' : 'SEAL', ' )   ', name(c, n)),
      L(c.de ? '             Notar' : '             Notary Public'),
    ];
  },
  payslip(c) {
    const p = person(c.rng);
    const b = birth(c);
    const rv = pensionNumber(
      c.rng.pick(['12', '24', '53', '65']),
      b.day,
      b.month,
      b.year,
      p.family
        .replace(/^(bin|binte) /, '')[0]
        .normalize('NFD')[0]
        .toUpperCase(),
      String(10 + c.rng.below(40)),
    );
    const valid = /^[A-Z]$/.test(rv[8]);
    return [
      L(c.de ? 'Verdienstabrechnung November 2026' : 'Payslip November 2026 — placement via agency'),
      L(c.de ? 'Personalnr. 16-' : 'Staff no. 16-', String(1000 + c.rng.below(8999))),
      L(name(c, p)),
      L(addr(c, '\n')),
      L(c.de ? 'Steuer-ID          ' : 'German tax id      ', lab('DE_TAX_ID', randomTaxId(c.rng))),
      ...(valid ? [L(c.de ? 'RV-Nummer          ' : 'Pension no. (DE)   ', lab('DE_SOCIAL_SECURITY', rv))] : []),
      L(c.de ? 'Bruttolohn                 2.812,40' : 'Gross pay                  2,812.40'),
      L(c.de ? 'Auszahlung auf      ' : 'Paid to            ', iban(c)),
    ];
  },
  'death-notice'(c) {
    const d = person(c.rng);
    const kin = [person(c.rng), person(c.rng)];
    const body = para(
      c,
      40,
      c.de ? 'In Liebe und Dankbarkeit nehmen wir Abschied von' : 'With love we announce the passing of',
      name(c, d),
      c.de ? '. In stiller Trauer:' : '. Sadly missed by',
      name(c, kin[0]),
      c.de ? 'und' : 'and',
      name(c, kin[1]),
      c.de
        ? '. Die Beisetzung findet im engsten Kreis statt. Bestattungen Rosental, Tel.'
        : '. Funeral arrangements by Cedar Grove Funeral Home, tel.',
      tel(c),
    );
    return [L(spaced(c.de ? 'TRAUERANZEIGE' : 'DEATH NOTICE')), L(''), ...body];
  },
  'enforcement-order'(c) {
    const dbt = person(c.rng);
    const cr = person(c.rng);
    const lines = para(
      c,
      60,
      c.de ? 'Vollstreckungsauftrag gegen den Schuldner' : 'Writ of control against the debtor',
      name(c, dbt),
      c.de ? ', geb.' : ', born',
      birth(c).piece,
      c.de ? ', zuletzt wohnhaft' : ', last known at',
      addr(c),
      c.de ? '. Gläubigerin:' : '. Creditor:',
      name(c, cr),
      c.de ? '. Der Schuldner erklärte, mit Karte' : '. The debtor offered payment by card',
      lab('CREDIT_CARD', randomCard(c.rng)),
      c.de ? 'zahlen zu wollen; Rückruf unter' : '; call back on',
      tel(c),
      '.',
    );
    return [
      L(c.de ? 'Obergerichtsvollzieherin — DR II 4412/26' : 'Enforcement office — ref. HCE/16/4412'),
      L(caseNo(c)),
      ...withRunning(c.rng, lines, [c.de ? '- {p} -' : 'Page {p}'], 3),
    ];
  },
  'power-of-attorney'(c) {
    const p = person(c.rng);
    const a = person(c.rng);
    return [
      L(spaced(c.de ? 'VOLLMACHT' : 'POWER OF ATTORNEY')),
      L(''),
      L(c.de ? 'Hiermit bevollmächtige ich,' : 'I,'),
      L(name(c, p), c.de ? ', geb. am ' : ', born ', birth(c).piece, ','),
      L(c.de ? 'Personalausweis Nr. ' : 'German ID card no. ', lab('DE_ID_CARD', randomIdCard(c.rng))),
      L(c.de ? 'Frau/Herrn ' : 'appoint ', name(c, a), ','),
      L(addr(c, '\n')),
      L(
        c.de
          ? 'mich in der Nachlasssache gegenüber dem Nachlassgericht zu vertreten.'
          : 'to act for me in the probate of my late mother’s estate.',
      ),
      L(''),
      L(c.de ? 'Unterschrift: ____________________' : 'Signed: ____________________'),
    ];
  },
  'efiling-receipt'(c) {
    const p = person(c.rng);
    const ip = c.rng.chance(0.75)
      ? `${c.rng.pick([62, 85, 91, 176, 193, 213])}.${c.rng.below(256)}.${c.rng.below(256)}.${1 + c.rng.below(254)}`
      : `2a02:${(0x8100 + c.rng.below(255)).toString(16)}:${c.rng.below(65535).toString(16)}::${(1 + c.rng.below(4000)).toString(16)}`;
    return [
      L(c.de ? 'Prüfprotokoll beA / EGVP — Eingangsbestätigung' : 'E-filing receipt — transmission report'),
      L(c.de ? 'Absender:        ' : 'Sender:          ', name(c, p)),
      L(c.de ? 'E-Mail:          ' : 'E-mail:          ', email(c, p)),
      L(c.de ? 'Absender-IP:     ' : 'Client IP:       ', lab('IP_ADDRESS', ip)),
      L(c.de ? 'Empfänger:       ' : 'Recipient:       ', court(c)),
      L(c.de ? 'Aktenzeichen:    ' : 'Reference:       ', caseNo(c)),
      L(c.de ? 'Signatur:        qualifiziert, gültig' : 'Signature:       valid'),
    ];
  },
};

/** Scans without personal data: court hearing lists and circulars with case numbers and statutes. */
function noticeWithoutPeople(c: Ctx): Line[] {
  const lines = para(
    c,
    60,
    c.de ? 'Sehr geehrte Damen und Herren, die Sitzung in der Sache' : 'Dear Sir or Madam, the hearing in the matter',
    caseNo(c),
    c.de
      ? 'wird verlegt. Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO; § 227 ZPO. Die Kammer tagt im Saal 2.'
      : 'is adjourned. In the matter of the Estate of the deceased, see CPR 3.1(2)(b). Chambers of the District Judge, Court 2.',
    c.de ? 'Registergericht: HRB 12345. Notariat:' : 'Register: HRB 12345. Notary deed',
    deedNo(c),
  );
  return [L(court(c)), L(firm(c)), ...withRunning(c.rng, lines, [c.de ? 'Seite {p} von {n}' : 'Page {p} of {n}'], 3)];
}

const PLACES: Record<Lang, Place[]> = {
  de: ['DE', 'DE', 'AT', 'CH', 'LI', 'ST'],
  en: ['UK', 'SC', 'US', 'CA', 'ZA', 'SG'],
};

/** `count` scanned court, notary, agency and funeral papers, the same for the same seed. */
export function generated(count: number, seed: number): Made[] {
  const rng = new Kiss99(seed);
  const kinds = Object.keys(KINDS);
  const out: Made[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const c: Ctx = {
      rng,
      lang,
      place: rng.pick(PLACES[lang]),
      noise: rng.pick([0, 0.03, 0.06, 0.1]),
      de: lang === 'de',
    };
    const blank = i % 10 === 9 || i % 10 === 4;
    const kind = blank && i % 20 < 10 ? 'court-notice' : kinds[Math.floor(i / 2) % kinds.length];
    const lines = kind === 'court-notice' ? noticeWithoutPeople(c) : KINDS[kind](c);
    out.push({ lang, kind, ...render(lines) });
  }
  return out;
}
