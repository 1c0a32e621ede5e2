import { cultures } from './names.js';
import { mark as m, readMarks } from './markup.js';
import { Xoshiro } from './random.js';
import { card, iban, icaoDigit, icaoNumber, taxId } from './values.js';

/**
 * Set 26's generated documents: ELECTRONIC DATA INTERCHANGE MESSAGES AND MACHINE-READABLE PAYLOADS as
 * they end up pasted into support tickets and knowledge-base pages of labs, pharmacies, contract
 * research organisations and animal-health firms: HL7 v2 (ADT, ORU, RDE, with NK1 and IN1), UN/EDIFACT,
 * ANSI X12 837, NCPDP claims, SWIFT MT103 and MT940, EPC (SEPA) and Swiss QR-bill payloads, GS1
 * element strings, ICAO 9303 zones (TD1, TD3), AAMVA licence barcodes, German LDT lab records and
 * interface-engine log lines quoting a message. Each document is a ticket or note in German or English
 * around the payload; the values stand as the format writes them.
 */

interface Person {
  given: string;
  family: string;
  middle?: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
}

const two = (n: number) => String(n).padStart(2, '0');
const ymd = (b: Person['birth']) => `${b.y}${two(b.m)}${two(b.d)}`;
const yymmdd = (b: Person['birth']) => `${two(b.y % 100)}${two(b.m)}${two(b.d)}`;

/** Upper-case Latin letters for an MRZ or a legacy record: umlauts spelt out, other marks dropped. */
export function latinUpper(s: string): string {
  return s
    .replace(/Ä|ä/g, 'AE')
    .replace(/Ö|ö/g, 'OE')
    .replace(/Ü|ü/g, 'UE')
    .replace(/ß/g, 'SS')
    .replace(/[łŁ]/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .toUpperCase();
}

class Gen {
  readonly names = Object.values(cultures());
  private c = 0;
  constructor(readonly r: Xoshiro) {}

  /** People from the cultures in turn, so every culture is drawn from. */
  person(): Person {
    const r = this.r;
    const culture = this.names[this.c++ % this.names.length];
    const given = r.pick(culture.given);
    let family = r.pick(culture.family);
    // One name of a few gets a second family word from the same culture's list.
    if (r.chance(0.08)) family = `${family}-${r.pick(culture.family).split(/[ -]/)[0]}`;
    const middle = r.chance(0.35) ? r.pick(culture.given).split(' ')[0] : undefined;
    return {
      given,
      family,
      middle: middle && middle !== given ? middle : undefined,
      female: r.chance(0.5),
      birth: { d: 1 + r.below(28), m: 1 + r.below(12), y: 1938 + r.below(70) },
    };
  }

  deMobile(): [cc: string, area: string, local: string] {
    return [
      '49',
      this.r.pick(['151', '152', '160', '170', '171', '176', '157', '162']),
      this.r.digits(7 + this.r.below(2)),
    ];
  }

  usPhone(): string {
    const r = this.r;
    // Area and exchange start with 2-9, never N11; an area's middle digit is not 9.
    const areaCode = () => `${2 + r.below(8)}${r.below(9)}${r.below(10)}`;
    const exchange = () => `${2 + r.below(8)}${r.digits(2)}`;
    let area = areaCode();
    while (area.slice(1) === '11') area = areaCode();
    let exch = exchange();
    while (exch.slice(1) === '11') exch = exchange();
    return `${area}${exch}${r.digits(4)}`;
  }

  deAddress(): { street: string; no: string; zip: string; city: string } {
    const r = this.r;
    const [zip, city] = r.pick([
      ['04109', 'Leipzig'],
      ['69117', 'Heidelberg'],
      ['35037', 'Marburg'],
      ['55116', 'Mainz'],
      ['79098', 'Freiburg'],
      ['24103', 'Kiel'],
      ['93047', 'Regensburg'],
      ['99084', 'Erfurt'],
      ['47798', 'Krefeld'],
      ['01067', 'Dresden'],
    ]);
    const street = r.pick([
      'Mohnblumenweg',
      'Am Kreuzacker',
      'Stieglitzstraße',
      'Hopfengarten',
      'Eulenkamp',
      'Zur Hafermühle',
      'Quittenallee',
      'Wacholderstieg',
    ]);
    return { street, no: String(1 + r.below(90)), zip, city };
  }

  usAddress(): { street: string; city: string; state: string; zip: string } {
    const r = this.r;
    const [city, state, zip] = r.pick([
      ['DURHAM', 'NC', '27701'],
      ['BOTHELL', 'WA', '98011'],
      ['ANN ARBOR', 'MI', '48104'],
      ['TEMPE', 'AZ', '85281'],
      ['MADISON', 'WI', '53703'],
      ['SPARKS', 'NV', '89431'],
      ['LOWELL', 'MA', '01852'],
    ]);
    const street = `${1000 + r.below(8999)} ${r.pick(['WILLOW BEND DR', 'CEDAR HOLLOW RD', 'N PRAIRIE AVE', 'QUARRY LN', 'BLUEBONNET CT', 'OLD MILL RD'])}`;
    return { street, city, state, zip };
  }

  email(p: Person, domain?: string): string {
    const local = latinUpper(`${p.given.split(' ')[0]}.${p.family.split(/[ -]/)[0]}`)
      .toLowerCase()
      .replace(/[^a-z.]/g, '');
    return `${local}${this.r.below(3) === 0 ? this.r.below(90) + 10 : ''}@${domain ?? this.r.pick(['posteo.de', 'gmx.net', 'web.de', 'outlook.com', 'proton.me', 'icloud.com'])}`;
  }

  stamp(): string {
    const r = this.r;
    return `2026${two(1 + r.below(11))}${two(1 + r.below(28))}${two(7 + r.below(11))}${two(r.below(60))}`;
  }
}

type Lang = 'de' | 'en';
type Kind = (g: Gen, lang: Lang) => string;

const T = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** An HL7 name FAMILY^GIVEN^MIDDLE, each component its own label. */
function xpn(p: Person, upper: boolean): string {
  const f = (s: string) => (upper ? latinUpper(s) : s);
  return `${m('n', f(p.family))}^${m('n', f(p.given))}${p.middle ? `^${m('n', f(p.middle))}` : ''}`;
}

const hl7Adt: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const kin = g.person();
  const a = g.deAddress();
  const [cc, area, local] = g.deMobile();
  const up = r.chance(0.5);
  const id = r.digits(8);
  const seg = [
    `MSH|^~\\&|LIMS|LABOR_NORD|KIS|KLINIKUM|${g.stamp()}||ADT^A04^ADT_A01|MSG${r.digits(6)}|P|2.5.1|||AL|NE|DEU|UNICODE UTF-8`,
    `EVN|A04|${g.stamp()}`,
    `PID|1||${id}^^^LABOR_NORD^PI||${xpn(p, up)}||${m('b', ymd(p.birth))}|${p.female ? 'F' : 'M'}|||${m('h', `${a.street} ${a.no}${r.chance(0.25) ? ` \\T\\ ${Number(a.no) + 2}` : ''}^^${a.city}^^${a.zip}`)}^DEU^H||^PRN^PH^^${m('t', `${cc}^${area}^${local}`)}~^NET^Internet^${m('m', g.email(p))}|||||`,
    `NK1|1|${xpn(kin, up)}|${T(lang, 'EHE^Ehepartner', 'SPO^Spouse')}^HL70063|||${m('t', `+49 ${area} ${r.digits(7)}`)}`,
    `PV1|1|O|AMB^LAB^01||||${r.digits(6)}^Ordination^Zentrallabor|||||||||||${r.digits(9)}`,
    `IN1|1|${r.pick(['AOK', 'TK', 'BARMER', 'DAK'])}|${r.digits(9)}|${T(lang, 'Krankenkasse', 'Health insurer')}`,
  ].join('\r');
  return T(
    lang,
    `Ticket LIMS-${r.digits(4)}: Aufnahme-Nachricht aus dem Labor wird vom KIS abgewiesen (AE, PID-11 zu lang?)\n\nOriginalnachricht aus dem Kommunikationsserver (Segmente durch \\r getrennt):\n\n${seg.replace(/\r/g, '\n')}\n\nBitte prüfen, ob das Feld PID-11 wirklich gekürzt werden muss.`,
    `Ticket LIMS-${r.digits(4)}: ADT A04 from the lab rejected by the HIS (AE, PID-11 too long?)\n\nRaw message from the interface engine (segments split on \\r):\n\n${seg.replace(/\r/g, '\n')}\n\nPlease check whether PID-11 really needs truncating.`,
  );
};

const hl7Oru: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const doc = g.person();
  const tech = g.person();
  const up = r.chance(0.5);
  const code = r.pick([
    ['2345-7', 'Glucose', 'mg/dL', '70-99'],
    ['718-7', 'Hemoglobin', 'g/dL', '12.0-16.0'],
    ['2160-0', 'Creatinine', 'mg/dL', '0.6-1.2'],
    ['6690-2', 'Leukocytes', '10*3/uL', '4.0-11.0'],
  ]);
  const comment = T(
    lang,
    'Probe leicht h\\E\\molytisch \\T\\ nachgefordert',
    'Sample slightly haemolysed \\T\\ re-requested',
  );
  const seg = [
    `MSH|^~\\&|ANALYZER|MEDLAB|EMR|SITE${r.digits(3)}|${g.stamp()}||ORU^R01^ORU_R01|${r.digits(10)}|P|2.5.1`,
    `PID|1||${r.digits(7)}^^^MEDLAB^MR||${xpn(p, up)}||${m('b', ymd(p.birth))}|${p.female ? 'F' : 'M'}`,
    `ORC|RE|${r.digits(8)}|${r.digits(8)}||CM||||${g.stamp()}|||${r.digits(7)}^${xpn(doc, up)}^^^Dr.`,
    `OBR|1|${r.digits(8)}|${r.digits(8)}|${code[0]}^${code[1]}^LN|||${g.stamp()}|||||||||${r.digits(7)}^${xpn(doc, up)}`,
    `OBX|1|NM|${code[0]}^${code[1]}^LN||${(r.below(900) / 10 + 1).toFixed(1)}|${code[2]}|${code[3]}|N|||F|||${g.stamp()}||${xpn(tech, up)}`,
    `NTE|1|L|${comment}`,
  ].join('\n');
  return T(
    lang,
    `KB-Artikel: Befundnachricht ORU^R01 – Beispiel aus Störung vom ${r.below(28) + 1}.${r.below(12) + 1}.2026\n\nDer Analyzer schickt das NTE-Segment mit Escape-Sequenzen; das Zielsystem zeigte „\\T\\“ statt „&“.\n\n${seg}\n\nLösung: Escape-Verarbeitung im Kanal aktiviert.`,
    `KB article: result message ORU^R01 – example from the incident of 2026-${two(r.below(12) + 1)}-${two(r.below(28) + 1)}\n\nThe analyser sends NTE with escape sequences; the target showed "\\T\\" instead of "&".\n\n${seg}\n\nFix: escape handling switched on in the channel.`,
  );
};

const hl7Rde: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const doc = g.person();
  const drug = r.pick([
    ['PZN 01126111', 'Metamizol 500mg Tbl'],
    ['PZN 04114918', 'Ramipril 5mg Tbl'],
    ['PZN 00999848', 'Amoxicillin 1000mg FTbl'],
    ['NDC 0071-0155-23', 'Atorvastatin 40mg tab'],
  ]);
  const seg = [
    `MSH|^~\\&|CPOE|WARD7|PHARM|APO_ZENTRAL|${g.stamp()}||RDE^O11^RDE_O11|${r.digits(9)}|P|2.5`,
    `PID|1||${r.digits(8)}^^^HOSP^MR||${xpn(p, false)}||${m('b', ymd(p.birth))}|${p.female ? 'F' : 'M'}`,
    `PV1|1|I|W7^${r.digits(3)}^${1 + r.below(3)}`,
    `ORC|NW|${r.digits(8)}|||||||${g.stamp()}|||${r.digits(6)}^${xpn(doc, false)}`,
    `RXE|1^BID^HL70335|${drug[0].replace(' ', '^')}^${drug[1]}|1||TAB|||||${r.below(60) + 10}|||||||${r.digits(6)}`,
  ].join('\n');
  return T(
    lang,
    `Apothekensoftware, Störungsmeldung: Verordnung aus der Station kommt doppelt an.\nAuszug der eingehenden RDE^O11 (Kopie aus dem Monitor):\n\n${seg}\n\nAnmerkung Stationsapotheke: bitte nur einmal stellen.`,
    `Pharmacy system, incident: order from the ward arrives twice.\nExcerpt of the incoming RDE^O11 (copied from the monitor):\n\n${seg}\n\nNote from the ward pharmacy: dispense once only.`,
  );
};

const engineLog: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const ip = `${r.pick(['84.', '91.', '188.', '217.'])}${r.below(250) + 2}.${r.below(250) + 2}.${r.below(250) + 2}`;
  const t = g.stamp();
  const line = (lvl: string, msg: string) =>
    `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)} ${t.slice(8, 10)}:${t.slice(10)}:${two(r.below(60))} ${lvl} [LAB_ORDERS_IN] ${msg}`;
  const log = [
    line('INFO', `received ORM^O01 from portal, client ${m('a', ip)}, ${r.below(900) + 200} bytes`),
    line(
      'ERROR',
      `filter rejected: PID|1||${r.digits(9)}^^^PORTAL||${xpn(p, true)}||${m('b', ymd(p.birth))}|${p.female ? 'F' : 'M'}|||... PID-3 assigning authority unknown`,
    ),
    line('INFO', `message ${r.digits(6)} queued for retry (attempt ${1 + r.below(3)}/5)`),
  ].join('\n');
  return T(
    lang,
    `Hallo zusammen,\n\nseit heute früh hängen Laboraufträge aus dem Einsenderportal. Aus dem Kanal-Log:\n\n${log}\n\nKann jemand die Zuordnung der Assigning Authority prüfen?\nGruß aus der Labor-IT`,
    `Hi all,\n\nsince this morning lab orders from the sender portal are stuck. From the channel log:\n\n${log}\n\nCould someone check the assigning authority mapping?\nThanks, lab IT`,
  );
};

/** An EDIFACT value with the release character before + : ' and ?. */
const rel = (s: string) => s.replace(/([+:'?])/g, '?$1');

const edifactPatient: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const a = g.deAddress();
  const [cc, area, local] = g.deMobile();
  const family = latinUpper(p.family);
  const msg = [
    `UNA:+.? '`,
    `UNB+UNOC:3+4012345000009:14+4098765000007:14+${g.stamp().slice(2, 8)}:${g.stamp().slice(8)}+${r.digits(6)}'`,
    `UNH+1+MEDRPT:D:93A:UN'`,
    `BGM+${r.pick(['LAB', 'SMP'])}+${r.digits(8)}+9'`,
    `NAD+PAT+++${m('n', rel(family))}:${m('n', latinUpper(p.given))}+${m('h', `${latinUpper(a.street)} ${a.no}+${latinUpper(a.city)}++${a.zip}`)}+DE'`,
    `DTM+329:${m('b', ymd(p.birth))}:102'`,
    `COM+${m('t', `?+${cc}${area}${local}`)}:TE'`,
    `RFF+SRN:${r.digits(10)}'`,
    `UNT+8+1'`,
    `UNZ+1+${r.digits(6)}'`,
  ].join('\n');
  return T(
    lang,
    `Einsender meldet: Probenbegleitschein kam als EDIFACT, Patientendaten fehlen im LIS.\n\n${msg}\n\nHinweis: das ? vor + ist das Freigabezeichen, kein Tippfehler.`,
    `Sender reports: the sample requisition came in as EDIFACT and the patient data are missing in the LIS.\n\n${msg}\n\nNote: the ? before + is the release character, not a typo.`,
  );
};

const edifactOrders: Kind = (g, lang) => {
  const r = g.r;
  const lines = Array.from({ length: 2 + r.below(3) }, (_, i) => [
    `LIN+${i + 1}++0${r.digits(12)}:SRV'`,
    `PIA+5+${r.digits(8)}:SA'`,
    `QTY+21:${1 + r.below(40)}:PCE'`,
  ]).flat();
  const msg = [
    `UNB+UNOC:3+4399901${r.digits(6)}:14+4012345${r.digits(6)}:14+${g.stamp().slice(2, 8)}:${g.stamp().slice(8)}+${r.digits(7)}'`,
    `UNH+${r.digits(4)}+ORDERS:D:96A:UN:EAN008'`,
    `BGM+220+PO${r.digits(7)}+9'`,
    `DTM+137:${g.stamp().slice(0, 8)}:102'`,
    `NAD+BY+4399901${r.digits(6)}::9'`,
    `NAD+SU+4012345${r.digits(6)}::9'`,
    ...lines,
    `UNS+S'`,
    `UNT+${lines.length + 6}+1'`,
  ].join('\n');
  return T(
    lang,
    `Großhandelsbestellung der Apotheke wird nicht bestätigt (keine ORDRSP). Nachricht zur Analyse:\n\n${msg}\n\nGLN des Käufers laut Stammdaten korrekt.`,
    `Pharmacy wholesale order not acknowledged (no ORDRSP). Message for analysis:\n\n${msg}\n\nBuyer GLN correct according to master data.`,
  );
};

const x12Claim: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const contact = g.person();
  const a = g.usAddress();
  const seg = [
    `ISA*00*          *00*          *ZZ*LABSUB${r.digits(4)}    *ZZ*CLEARHOUSE     *${g.stamp().slice(2, 8)}*${g.stamp().slice(8)}*^*00501*${r.digits(9)}*0*P*:~`,
    `ST*837*0001*005010X222A1~`,
    `NM1*41*2*REGIONAL PATHOLOGY LAB*****46*${r.digits(6)}~`,
    `PER*IC*${m('n', latinUpper(contact.given))} ${m('n', latinUpper(contact.family))}*TE*${m('t', g.usPhone())}*EM*${m('m', g.email(contact, 'rplab-billing.com'))}~`,
    `NM1*IL*1*${m('n', latinUpper(p.family))}*${m('n', latinUpper(p.given))}${p.middle ? `*${m('n', latinUpper(p.middle))}` : ''}***MI*${r.pick(['W', 'H'])}${r.digits(9)}~`,
    `N3*${m('h', a.street)}~`,
    `N4*${m('h', `${a.city}*${a.state}*${a.zip}`)}~`,
    `DMG*D8*${m('b', ymd(p.birth))}*${p.female ? 'F' : 'M'}~`,
    `CLM*${r.digits(8)}*${r.below(400) + 40}.00***81:B:1*Y*A*Y*Y~`,
    `SE*11*0001~`,
  ].join('\n');
  return T(
    lang,
    `Abrechnung US-Labor (Partnerlabor Studie ${r.digits(3)}): Clearinghouse meldet 999-Fehler IK403 in Schleife 2010BA.\n\n${seg}\n\nBitte N4 prüfen – Bundesstaat/ZIP-Kombination?`,
    `Billing, US partner lab (study ${r.digits(3)}): the clearinghouse returns a 999 with IK403 in loop 2010BA.\n\n${seg}\n\nPlease check N4 – state/ZIP combination?`,
  );
};

const ncpdp: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const a = g.usAddress();
  const FS = '<FS>';
  const claim = [
    `${r.digits(6)}D0B1${r.digits(10)}1011${r.digits(10)}${g.stamp().slice(0, 8)}${r.digits(10)}`,
    `AM01${FS}C4${m('b', ymd(p.birth))}${FS}C5${p.female ? 2 : 1}${FS}CA${m('n', latinUpper(p.given))}${FS}CB${m('n', latinUpper(p.family))}${FS}CM${m('h', a.street)}${FS}CN${a.city}${FS}CO${a.state}${FS}CP${a.zip}${FS}CQ${m('t', g.usPhone())}`,
    `AM07${FS}EM1${FS}D2${r.digits(12)}${FS}E103${FS}D7${r.digits(11)}${FS}E7${r.below(90) + 10}000`,
  ].join('\n');
  return T(
    lang,
    `Rückfrage US-Apotheke (Studienmedikation, Direktversand): Claim wird mit Reject 65 abgelehnt. Rohdaten (<FS> = Feldtrenner 0x1C):\n\n${claim}\n\nAn PBM weitergeleitet.`,
    `US pharmacy query (trial drug, direct-to-patient): claim rejected with code 65. Raw data (<FS> = field separator 0x1C):\n\n${claim}\n\nForwarded to the PBM.`,
  );
};

const mt103: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const a = g.deAddress();
  const country = r.pick(['DE', 'AT', 'IE', 'GB', 'LU']);
  const msg = [
    `{1:F01DEUTDEFFAXXX${r.digits(10)}}{2:I103${r.pick(['BOFIIE2DXXXX', 'BKAUATWWXXXX', 'NWBKGB2LXXXX'])}N}{4:`,
    `:20:TRV${r.digits(8)}`,
    `:23B:CRED`,
    `:32A:${g.stamp().slice(2, 8)}EUR${r.below(400) + 20},${two(r.below(100))}`,
    `:50K:/DE${r.digits(20)}`,
    `CRO ${r.pick(['CLINIMED', 'TRIALWORKS', 'STUDIENZENTRUM'])} GMBH`,
    `:59:/${m('i', iban(r, country))}`,
    `${m('n', latinUpper(p.given))} ${m('n', latinUpper(p.family))}`,
    `${m('h', `${latinUpper(a.street)} ${a.no}\n${a.zip} ${latinUpper(a.city)}`)}`,
    `:70:FAHRTKOSTEN STUDIE ${r.digits(4)} VISIT ${1 + r.below(9)}`,
    `:71A:SHA`,
    `-}`,
  ].join('\n');
  return T(
    lang,
    `Erstattung Fahrtkosten Studienteilnehmer: Zahlung zurückgekommen (AC04). MT103 aus dem Bankportal:\n\n${msg}\n\nTeilnehmer bitte neue Bankverbindung nennen lassen.`,
    `Participant travel reimbursement returned (AC04). MT103 from the bank portal:\n\n${msg}\n\nAsk the participant for new bank details.`,
  );
};

const mt940: Kind = (g, lang) => {
  const r = g.r;
  const entries: string[] = [];
  for (let i = 0; i < 2; i++) {
    const p = g.person();
    // A long given name wraps from subfield ?32 into ?33: one label over both halves.
    const giv = latinUpper(p.given);
    const first = giv.split(' ')[0];
    const cut = 3 + r.below(Math.max(1, first.length - 4));
    const name =
      first.length >= 7
        ? `${m('n', latinUpper(p.family))} ${m('n', `${giv.slice(0, cut)}\n?33${giv.slice(cut)}`)}`
        : `${m('n', latinUpper(p.family))} ${m('n', giv)}`;
    entries.push(
      `:61:${g.stamp().slice(2, 8)}C${r.below(300) + 10},${two(r.below(100))}NTRFNONREF`,
      `:86:166?00GUTSCHRIFT?20APOTHEKE RUECKERSTATTUNG?21REZ ${r.digits(6)}?30${r.pick(['GENODEF1S04', 'COBADEFFXXX', 'BYLADEM1001'])}?31${m('i', iban(r, 'DE'))}?32${name}`,
    );
  }
  const msg = [
    `:20:STMT${r.digits(6)}`,
    `:25:${r.digits(8)}/${r.digits(10)}`,
    `:28C:${r.digits(3)}/1`,
    `:60F:C${g.stamp().slice(2, 8)}EUR${r.digits(5)},00`,
    ...entries,
    `:62F:C${g.stamp().slice(2, 8)}EUR${r.digits(5)},00`,
  ].join('\n');
  return T(
    lang,
    `Buchhaltung Apotheke: Kontoauszug MT940 lässt sich nicht importieren, Zeilenumbruch im Namen (?32/?33). Auszug:\n\n${msg}`,
    `Pharmacy accounts: MT940 statement fails to import, the name wraps between ?32 and ?33. Excerpt:\n\n${msg}`,
  );
};

const epcQr: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const payload = [
    'BCD',
    '002',
    '1',
    'SCT',
    r.pick(['COBADEFFXXX', 'GENODEM1GLS', 'BKAUATWW', '']),
    `${m('n', p.given)} ${m('n', p.family)}`,
    m('i', iban(r, r.pick(['DE', 'AT', 'DE']))),
    `EUR${r.below(200) + 5}.${two(r.below(100))}`,
    '',
    '',
    T(lang, `Erstattung Spenderfahrt ${r.digits(5)}`, `Donor travel refund ${r.digits(5)}`),
  ].join('\n');
  return T(
    lang,
    `Plasmaspendezentrum – Auszahlung per Überweisungs-QR. Der Scanner im Büro liest folgenden Inhalt, die Banking-App meldet „ungültig“:\n\n${payload}\n\nVermutlich fehlt die BIC-Zeile (Version 002 erlaubt leer).`,
    `Plasma donation centre – payout by transfer QR. The office scanner reads the content below, the banking app says "invalid":\n\n${payload}\n\nProbably the BIC line (version 002 allows it empty).`,
  );
};

const swissQr: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const street = r.pick(['Chrüzwegli', 'Im Sonnenbüel', 'Rebhaldenstrasse', 'Schürmattweg', 'Ober Gschwend']);
  const [zip, town] = r.pick([
    ['8405', 'Winterthur'],
    ['3652', 'Hilterfingen'],
    ['6020', 'Emmenbrücke'],
    ['9050', 'Appenzell'],
    ['1700', 'Fribourg'],
  ]);
  const payload = [
    'SPC',
    '0200',
    '1',
    `CH${r.digits(2)}3000${r.digits(13)}`.slice(0, 21),
    'S',
    r.pick(['Tierarztpraxis Seeblick AG', 'Kleintierklinik Aarepark AG', 'Vetcenter Linth GmbH']),
    'Seestrasse',
    '41',
    '8708',
    'Männedorf',
    'CH',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    `${r.below(900) + 40}.${two(r.below(20) * 5)}`,
    'CHF',
    'S',
    `${m('n', p.given)} ${m('n', p.family)}`,
    m('h', `${street}\n${1 + r.below(60)}\n${zip}\n${town}`),
    'CH',
    'QRR',
    r.digits(27),
    T(lang, `Impfung Hund, Chip 756${r.digits(12)}`, `Dog vaccination, chip 756${r.digits(12)}`),
    'EPD',
  ].join('\n');
  return T(
    lang,
    `Praxissoftware Tierklinik: QR-Rechnung wird von der Bank-App als fehlerhaft gemeldet. Inhalt des QR-Codes (zeilenweise):\n\n${payload}\n\nKunde hat angerufen, bitte Rechnung neu erstellen.`,
    `Vet clinic software: the bank app reports the QR-bill as faulty. Content of the QR code (line by line):\n\n${payload}\n\nThe owner phoned; please reissue the bill.`,
  );
};

const gs1: Kind = (g, lang) => {
  const r = g.r;
  const scans = Array.from(
    { length: 3 },
    () =>
      `(01)0${r.digits(13)}(17)${27 + r.below(3)}${two(1 + r.below(12))}${r.pick(['00', '28', '31'])}(10)${r.pick(['CH', 'LT', 'B'])}${r.digits(5)}(21)${r.digits(12)}`,
  ).join('\n');
  return T(
    lang,
    `securPharm-Verifizierung: drei Packungen melden „Status unbekannt“ beim Ausbuchen. Gescannte DataMatrix-Inhalte:\n\n${scans}\n\nCharge im Rückruf ${r.pick(['2026-R-014', '2026-R-031'])}? Bitte mit Hersteller klären.`,
    `Pack verification: three packs show "status unknown" on decommissioning. Scanned DataMatrix contents:\n\n${scans}\n\nBatch under recall ${r.pick(['2026-R-014', '2026-R-031'])}? Please check with the manufacturer.`,
  );
};

/** MRZ name field: family words and given words, each word its own label, `<` fillers in none. */
function mrzName(p: Person, width: number, prefix: string): string {
  const fam = latinUpper(p.family)
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const giv = latinUpper(p.given)
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const plain = `${fam.join('<')}<<${giv.join('<')}`;
  const marked = `${fam.map((w) => m('n', w)).join('<')}<<${giv.map((w) => m('n', w)).join('<')}`;
  return prefix + marked + '<'.repeat(Math.max(0, width - prefix.length - plain.length));
}

const mrzId: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const num = icaoNumber(r, 'id');
  const dob = yymmdd(p.birth);
  const exp = `${30 + r.below(6)}${two(1 + r.below(12))}${two(1 + r.below(28))}`;
  const l1 = `IDD<<${m('k', num.slice(0, 9))}${num[9]}<<<<<<<<<<<<<<<`;
  const l2 = `${m('b', dob)}${icaoDigit(dob)}<${exp}${icaoDigit(exp)}D<<<<<<<<<<<<<${r.below(10)}`;
  const l3 = mrzName(p, 30, '');
  return T(
    lang,
    `Biobank – Spenderregistrierung: der Ausweisleser am Empfang überträgt die MRZ, aber das Geburtsdatum landet falsch im Formular.\nGelesene Zone (TD1):\n\n${l1}\n${l2}\n${l3}\n\nBitte Mapping YYMMDD → TT.MM.JJJJ prüfen.`,
    `Biobank – donor registration: the ID reader at reception passes the MRZ on, but the date of birth lands wrongly in the form.\nZone as read (TD1):\n\n${l1}\n${l2}\n${l3}\n\nPlease check the YYMMDD → DD.MM.YYYY mapping.`,
  );
};

const mrzPassport: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const num = icaoNumber(r, 'passport');
  const dob = yymmdd(p.birth);
  const exp = `${30 + r.below(6)}${two(1 + r.below(12))}${two(1 + r.below(28))}`;
  const l1 = mrzName(p, 44, 'P<D<<');
  const l2 = `${m('r', num.slice(0, 9))}${num[9]}D<<${m('b', dob)}${icaoDigit(dob)}${p.female ? 'F' : 'M'}${exp}${icaoDigit(exp)}<<<<<<<<<<<<<<<${r.below(10)}`;
  return T(
    lang,
    `Reisebüro-Schnittstelle (Prüfarzttreffen / Teilnehmerreise): Buchung scheitert an APIS-Daten. Aus dem Passscan kopiert:\n\n${l1}\n${l2}\n\nAirline verlangt Vornamen vollständig.`,
    `Travel agency interface (investigator meeting / participant travel): booking fails on APIS data. Copied from the passport scan:\n\n${l1}\n${l2}\n\nThe airline needs the full given names.`,
  );
};

const aamva: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const a = g.usAddress();
  const dob = `${two(p.birth.m)}${two(p.birth.d)}${p.birth.y}`;
  const payload = [
    '@',
    `ANSI 6360${r.digits(2)}100102DL00410${r.digits(3)}ZW0${r.digits(3)}00${r.digits(2)}DLDAQ${r.pick(['D', 'S', 'W'])}${r.digits(8)}`,
    `DCS${m('n', latinUpper(p.family))}`,
    `DAC${m('n', latinUpper(p.given).split(' ')[0])}`,
    `DAD${p.middle ? m('n', latinUpper(p.middle)) : 'NONE'}`,
    `DBB${m('b', dob)}`,
    `DBC${p.female ? 2 : 1}`,
    `DAG${m('h', a.street)}`,
    `DAI${a.city}`,
    `DAJ${a.state}`,
    `DAK${a.zip}0000`,
    `DBA${two(1 + r.below(12))}${two(1 + r.below(28))}${2028 + r.below(6)}`,
  ].join('\n');
  return T(
    lang,
    `US-Plasmazentrum (Partner): Der Barcode-Scanner am Check-in liefert PDF417-Rohdaten, die Spenderakte wird nicht gefüllt. Rohdaten:\n\n${payload}\n\nDBB ist MMDDJJJJ, nicht JJJJMMDD.`,
    `US plasma centre: the check-in scanner returns raw PDF417 data and the donor record stays empty. Raw data:\n\n${payload}\n\nDBB is MMDDCCYY, not CCYYMMDD.`,
  );
};

const ldt: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const a = g.deAddress();
  const f = (id: string, v: string) => {
    const len = String(3 + 4 + v.replace(/⟦[a-z]:|⟧/g, '').length + 2).padStart(3, '0');
    return `${len}${id}${v}`;
  };
  const b = p.birth;
  const rec = [
    f('8000', '8220'),
    f('8310', r.digits(9)),
    f('3101', m('n', p.family)),
    f('3102', m('n', p.given)),
    f('3103', m('b', `${two(b.d)}${two(b.m)}${b.y}`)),
    // This sender fills only the combined town field (3106), not street and house number.
    f('3106', m('h', `${a.zip} ${a.city}`)),
    f('8410', r.pick(['GLUC', 'HBA1C', 'TSH', 'CRP'])),
    f('8420', `${r.below(200) / 10 + 0.5}`),
  ].join('\n');
  return T(
    lang,
    `Labor-DFÜ: LDT-Datei vom Labor wird im Praxisverwaltungssystem des Einsenders abgelehnt (Satzlänge falsch?). Ausschnitt:\n\n${rec}\n\nFeldkennung 3103 ist TTMMJJJJ.`,
    `Lab data transfer: the LDT file from the lab is rejected by the sender's system (record length wrong?). Excerpt:\n\n${rec}\n\nField 3103 is DDMMYYYY.`,
  );
};

const hl7Vet: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const [cc, area, local] = g.deMobile();
  const seg = [
    `MSH|^~\\&|VETLAB|IDEXX_DE|PRAXIS|TIERARZT_${r.digits(3)}|${g.stamp()}||ORU^R01|${r.digits(8)}|P|2.3`,
    `PID|1||${r.digits(6)}||${r.pick(['Balu', 'Frieda', 'Mogli', 'Luna', 'Krümel'])}^${T(lang, 'Hund', 'Dog')}||${g.stamp().slice(0, 8)}|${r.pick(['MN', 'FS'])}`,
    `NK1|1|${xpn(p, false)}|OWN^${T(lang, 'Halter', 'Owner')}||^PRN^PH^^${m('t', `${cc}^${area}^${local}`)}`,
    `OBR|1||${r.digits(7)}|${r.pick(['CBC', 'CHEM10', 'T4'])}^${T(lang, 'Profil', 'Panel')}`,
    `OBX|1|ST|SPEC^${T(lang, 'Tierart', 'Species')}||Canis lupus familiaris`,
  ].join('\n');
  return T(
    lang,
    `Tierarztpraxis: Befund vom Fremdlabor wird keinem Patienten zugeordnet. Nachricht:\n\n${seg}\n\nHinweis: PID-7 ist hier das Geburtsdatum des Tieres, nicht des Halters.`,
    `Vet practice: result from the external lab matches no patient. Message:\n\n${seg}\n\nNote: PID-7 is the animal's date of birth here, not the owner's.`,
  );
};

const x12Eligibility: Kind = (g, lang) => {
  const r = g.r;
  const p = g.person();
  const seg = [
    `ST*270*${r.digits(4)}*005010X279A1~`,
    `BHT*0022*13*${r.digits(10)}*${g.stamp().slice(0, 8)}*${g.stamp().slice(8)}~`,
    `HL*1**20*1~`,
    `NM1*PR*2*${r.pick(['UNITED PAYER', 'MERIDIAN HEALTH PLAN', 'NORTHSTAR CARE'])}*****PI*${r.digits(5)}~`,
    `HL*2*1*21*1~`,
    `NM1*1P*2*${r.pick(['CEDAR SPECIALTY PHARMACY', 'BLUE RIVER INFUSION PHARMACY'])}*****XX*${r.digits(10)}~`,
    `HL*3*2*22*0~`,
    `NM1*IL*1*${m('n', latinUpper(p.family))}*${m('n', latinUpper(p.given))}****MI*${r.digits(11)}~`,
    `DMG*D8*${m('b', ymd(p.birth))}~`,
    `EQ*88~`,
    `SE*11*${r.digits(4)}~`,
  ].join('\n');
  return T(
    lang,
    `Spezialapotheke USA (Studienpartner): 270-Anfrage bekommt AAA*Y**72 zurück. Gesendete Anfrage:\n\n${seg}\n\nMitgliedsnummer mit Kostenträger abgleichen.`,
    `US specialty pharmacy (study partner): the 270 enquiry returns AAA*Y**72. Request sent:\n\n${seg}\n\nCheck the member id with the payer.`,
  );
};

const fixedWidth: Kind = (g, lang) => {
  const r = g.r;
  const pad = (v: string, marked: string, w: number) => marked + ' '.repeat(Math.max(1, w - v.length));
  const rows = Array.from({ length: 2 }, () => {
    const p = g.person();
    const name = `${latinUpper(p.family)},${latinUpper(p.given)}`;
    const ib = iban(r, 'DE');
    const tax = taxId(r);
    const cc = card(r);
    return (
      `HON${r.digits(6)}` +
      pad(name, `${m('n', latinUpper(p.family))},${m('n', latinUpper(p.given))}`, 32) +
      pad(ib, m('i', ib), 24) +
      pad(tax, m('x', tax), 13) +
      pad(cc, m('c', cc), 20) +
      `${r.below(9000) + 500}00EUR`
    );
  });
  return T(
    lang,
    `Honorarzahlung Prüfärzte (Altsystem, Festlängensatz HON: Satzart+Nr 9, Name 32, IBAN 24, Steuer-ID 13, Firmenkarte 20, Betrag):

${rows.join('\n')}

Steuer-ID kommt im neuen System nicht an – Spaltenversatz?`,
    `Investigator fee payment (legacy system, fixed-width HON record: type+no 9, name 32, IBAN 24, German tax id 13, corporate card 20, amount):

${rows.join('\n')}

The tax id does not arrive in the new system – column offset?`,
  );
};

/** The kinds, two of them (EDIFACT orders, GS1 pack strings) without personal data. */
const KINDS: [string, Kind][] = [
  ['hl7-adt-a04', hl7Adt],
  ['hl7-oru-r01', hl7Oru],
  ['hl7-rde-o11', hl7Rde],
  ['engine-log-hl7', engineLog],
  ['edifact-medrpt', edifactPatient],
  ['edifact-orders', edifactOrders],
  ['x12-837', x12Claim],
  ['x12-270', x12Eligibility],
  ['ncpdp-claim', ncpdp],
  ['swift-mt103', mt103],
  ['swift-mt940', mt940],
  ['epc-qr', epcQr],
  ['swiss-qr-bill', swissQr],
  ['gs1-element-strings', gs1],
  ['icao-td1', mrzId],
  ['icao-td3', mrzPassport],
  ['aamva-pdf417', aamva],
  ['ldt-record', ldt],
  ['hl7-vet-oru', hl7Vet],
  ['fixed-width-fee-record', fixedWidth],
];

export function generated(count: number, seed: number) {
  const g = new Gen(new Xoshiro(seed, 26));
  return Array.from({ length: count }, (_, i) => {
    const [kind, make] = KINDS[i % KINDS.length];
    const lang: Lang = Math.floor(i / KINDS.length) % 2 === 0 ? (i % 2 === 0 ? 'de' : 'en') : i % 2 === 0 ? 'en' : 'de';
    const { text, entities } = readMarks(make(g, lang));
    return { lang, kind, text, entities };
  });
}
