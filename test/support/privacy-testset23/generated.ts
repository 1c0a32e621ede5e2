import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { CODES, type TestLabel } from './markup.js';
import {
  dobText,
  homeAddress,
  ipAddress,
  mobile,
  people,
  privateMail,
  serialDate,
  workMail,
  type Country,
  type Person,
} from './people.js';
import { ChaCha8 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/**
 * Set 23's generated half: office presentations (PPTX/ODP) and spreadsheet workbooks (XLSX/ODS) of
 * recruitment, staffing, payroll, relocation and immigration work, extracted to plain text the way a
 * RAG ingest's loaders write them. Decks come slide by slide in one of three notations (python-pptx /
 * pptx2txt "--- Slide 4 ---", LibreOffice's ODP text export "Folie 4" / "Slide 4" with a rule, a
 * markitdown-like "<!-- Slide number: 4 -->"), with titles, bullet fragments, text boxes in or out of
 * reading order, speaker notes, image alt texts, SmartArt labels, chart data labels, footers and hidden
 * slides. Workbooks come sheet by sheet in one of four notations (xlsx2csv with "-------- 2 Sheet"
 * separators and commas, LibreOffice's text export with semicolons, tab-separated, or a cell dump
 * "A1: …"), with merged headers spread over columns, formulas left as text, cell notes with their
 * author, hidden columns, named ranges, lost number formats and cells with line breaks.
 *
 * The generator writes its text with the same marks as the hand-written half, but every marked value
 * is final here (computed before it is written), so `literalMarks` only strips them.
 */

type Lang = 'de' | 'en';
const L = (type: string, value: string): string => {
  const code = Object.entries(CODES).find(([, t]) => t === type)![0];
  return `⦃${code}:${value}⦄`;
};
const N = (v: string) => L('PERSON', v);
const M = (v: string) => L('EMAIL_ADDRESS', v);
const T = (v: string) => L('PHONE_NUMBER', v);
const H = (v: string) => L('POSTAL_ADDRESS', v);
const B = (v: string) => L('DATE_OF_BIRTH', v);
const I = (v: string) => L('IBAN_CODE', v);
const C = (v: string) => L('CREDIT_CARD', v);
const A = (v: string) => L('IP_ADDRESS', v);
const X = (v: string) => L('DE_TAX_ID', v);
const S = (v: string) => L('DE_SOCIAL_SECURITY', v);
const K = (v: string) => L('DE_ID_CARD', v);
const R = (v: string) => L('DE_PASSPORT', v);

const LITERAL = /⦃([a-z]):([^⦄]*)⦄/g;

/** The text without marks and a label on every marked value (values are final in the generator). */
export function literalMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let from = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(LITERAL)) {
    text += source.slice(from, m.index);
    entities.push({ type: CODES[m[1]], start: text.length, end: text.length + m[2].length });
    text += m[2];
    from = m.index + m[0].length;
  }
  return { text: text + source.slice(from), entities };
}

interface Ctx {
  rng: ChaCha8;
  lang: Lang;
  de: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
function workDate(c: Ctx): string {
  const d = c.rng.int(1, 28);
  const m = c.rng.int(1, 12);
  const y = c.rng.pick([2025, 2026]);
  if (c.de) return c.rng.chance(0.5) ? `${pad(d)}.${pad(m)}.${y}` : `${d}. ${MONTHS_DE[m - 1]} ${y}`;
  return c.rng.chance(0.5) ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${y}-${pad(m)}-${pad(d)}`;
}

// ---------------------------------------------------------------- decks

type DeckStyle = 'pptx' | 'odp' | 'md';

/** A deck's slides in one extractor's notation; hidden slides marked the way that extractor marks them. */
function deck(c: Ctx, slides: { title: string; body: string[]; notes?: string; hidden?: boolean }[]): string {
  const style: DeckStyle = c.rng.pick(['pptx', 'odp', 'md']);
  const out: string[] = [];
  slides.forEach((given, i) => {
    const n = i + 1;
    // Some extractors walk the shapes in z-order, not reading order: a text box's line comes before the title.
    const s =
      given.body.length > 1 && c.rng.chance(0.25)
        ? { ...given, title: given.body.at(-1)!, body: [given.title, ...given.body.slice(0, -1)] }
        : given;
    if (style === 'pptx') {
      out.push(`--- Slide ${n} ---${s.hidden ? ' (hidden)' : ''}`);
      out.push(s.title, ...s.body);
      if (s.notes) out.push(`Notes: ${s.notes}`);
    } else if (style === 'odp') {
      out.push(
        `${c.de ? 'Folie' : 'Slide'} ${n}${s.hidden ? (c.de ? ' [ausgeblendet]' : ' [hidden]') : ''}`,
        '='.repeat(12),
      );
      out.push(s.title, ...s.body.map((b) => b.replace(/^• /, '')));
      if (s.notes) out.push(`${c.de ? 'Notizen' : 'Notes'}:`, s.notes);
    } else {
      out.push(
        `<!-- Slide number: ${n} -->${s.hidden ? ' <!-- hidden -->' : ''}`,
        `# ${s.title}`,
        ...s.body.map((b) => b.replace(/^• /, '- ')),
      );
      if (s.notes) out.push('', '### Notes:', s.notes);
    }
    out.push('');
  });
  return out.join('\n');
}

const AGENCIES = [
  {
    name: 'Kestrel Talent Partners GmbH',
    domain: 'kestrel-talent.de',
    imprint: 'Kaiserstraße 61, 60329 Frankfurt am Main',
    role: 'bewerbung@kestrel-talent.de',
    city: 'DE' as Country,
  },
  {
    name: 'Alpenhaus Personal AG',
    domain: 'alpenhaus-personal.ch',
    imprint: 'Löwenstrasse 29, 8001 Zürich',
    role: 'jobs@alpenhaus-personal.ch',
    city: 'CH' as Country,
  },
  {
    name: 'Donaukanal Relocation GmbH',
    domain: 'donaukanal-relocation.at',
    imprint: 'Obere Donaustraße 95, 1020 Wien',
    role: 'move@donaukanal-relocation.at',
    city: 'AT' as Country,
  },
  {
    name: 'Harbourline Staffing Ltd',
    domain: 'harbourline.co.uk',
    imprint: '3 Canal Wharf, Leeds LS11 5PS',
    role: 'payroll@harbourline.co.uk',
    city: 'UK' as Country,
  },
  {
    name: 'Liffey Executive Search',
    domain: 'liffeyexec.ie',
    imprint: '22 Fitzwilliam Place, Dublin 2',
    role: 'talent@liffeyexec.ie',
    city: 'IE' as Country,
  },
  {
    name: 'Brightwater Global Mobility Inc.',
    domain: 'brightwater-mobility.com',
    imprint: '800 Boylston Street, Boston, MA 02199',
    role: 'relo@brightwater-mobility.com',
    city: 'US' as Country,
  },
  {
    name: 'Grachtzicht Expat Services B.V.',
    domain: 'grachtzicht.nl',
    imprint: 'Herengracht 124, 1015 BT Amsterdam',
    role: 'info@grachtzicht.nl',
    city: 'NL' as Country,
  },
];

function footer(c: Ctx, presenter: Person, agency: (typeof AGENCIES)[number]): string {
  return c.rng.pick([
    `${agency.name} | ${N(presenter.full)} | ${workDate(c)}`,
    `${workDate(c)} · ${c.de ? 'Vortragende/r' : 'Presenter'}: ${N(presenter.full)} · ${c.de ? 'Vertraulich' : 'Confidential'}`,
    `${N(presenter.full)}, ${agency.name}`,
  ]);
}

function lookAlikeReq(c: Ctx): string {
  return `REQ-${c.rng.pick([2025, 2026])}-${String(c.rng.int(10, 9999)).padStart(4, '0')}`;
}

function shortlistDeck(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [presenter, ...cands] = people(c.rng, 4);
  const role = c.rng.pick(
    c.de
      ? ['Leitung Controlling', 'Werksleitung', 'Head of Procurement', 'Senior Data Engineer']
      : ['Chief Financial Officer', 'Plant Manager', 'Head of Compliance', 'Senior Product Owner'],
  );
  const slides = [
    {
      title: c.de ? `Shortlist ${role}` : `Shortlist – ${role}`,
      body: [`${ag.name}`, lookAlikeReq(c), footer(c, presenter, ag)],
    },
    ...cands.map((p, i) => ({
      title: `${c.de ? 'Kandidat/in' : 'Candidate'} ${i + 1}: ${N(p.full)}`,
      body: [
        c.de
          ? `• ${c.rng.int(8, 22)} J. Erfahrung, derzeit ${c.rng.pick(['Mittelstand', 'Konzern', 'PE-Portfolio'])}`
          : `• ${c.rng.int(8, 22)} yrs experience, currently ${c.rng.pick(['mid-cap', 'listed group', 'PE portfolio'])}`,
        c.de
          ? `• Wechselmotivation: ${c.rng.pick(['Standort', 'Verantwortung', 'Familie'])}`
          : `• Motivation: ${c.rng.pick(['scope', 'location', 'family'])}`,
        c.de ? `[Bild: Porträt ${N(p.family)}]` : `[Image alt text: headshot of ${N(p.full)}]`,
        c.de ? `Gehaltsvorstellung: ${c.rng.int(95, 240)} T€` : `Salary expectation: £${c.rng.int(90, 230)}k`,
      ],
      notes: c.de
        ? `${N(p.given)} erreichbar unter ${T(mobile(c.rng, 'DE'))}, bitte nicht über Firmenhandy. Referenz noch offen.`
        : `Call ${N(p.given)} on ${T(mobile(c.rng, ag.city === 'US' ? 'US' : 'UK'))} after 6pm; private mail ${M(privateMail(c.rng, p))}.`,
    })),
    {
      title: c.de ? 'Nächste Schritte' : 'Next steps',
      body: [c.de ? '• Zweitgespräche KW 14' : '• Second interviews week 14', `${ag.role}`, `${ag.imprint}`],
    },
  ];
  return deck(c, slides);
}

function onboardingDeck(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [hr, ...starters] = people(c.rng, 4);
  return deck(c, [
    {
      title: c.de ? 'Willkommen an Bord!' : 'Welcome on board!',
      body: [c.de ? `Onboarding-Kohorte ${workDate(c)}` : `Onboarding cohort ${workDate(c)}`, footer(c, hr, ag)],
    },
    {
      title: c.de ? 'Eure Buddies' : 'Your buddies',
      body: starters.map(
        (p) => `• ${N(p.full)} → ${c.de ? 'Buddy' : 'buddy'}: ${N(c.rng.pick(starters.filter((q) => q !== p)).given)}`,
      ),
      notes: c.de
        ? `Laptops an ${M(workMail(c.rng, starters[0], ag.domain))} geschickt, Zugang ab Montag.`
        : `Laptop ready for ${N(starters[1].given)}; first login seen from ${A(ipAddress(c.rng))}.`,
    },
    {
      title: c.de ? 'Erster Tag' : 'Day one',
      body: [
        c.de ? '09:00 Empfang, 10:00 IT, 12:00 Mittagessen' : '09:00 reception, 10:00 IT, 12:00 lunch',
        `${c.de ? 'Fragen an' : 'Questions to'} ${ag.role}`,
      ],
    },
    {
      title: c.de ? 'Kontakt HR' : 'HR contact',
      body: [`${N(hr.full)}`, T(mobile(c.rng, ag.city)), M(workMail(c.rng, hr, ag.domain))],
      hidden: c.rng.chance(0.4),
    },
  ]);
}

function relocationDeck(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [consultant, emp, spouse, child] = people(c.rng, 4);
  const from: Country = c.rng.pick(['DE', 'AT', 'CH', 'UK']);
  const to: Country = c.rng.pick(['US', 'NL', 'DE', 'CH'].filter((x) => x !== from) as Country[]);
  return deck(c, [
    {
      title: c.de ? `Relocation-Kickoff: Familie ${N(emp.family)}` : `Relocation kick-off: ${N(emp.family)} family`,
      body: [footer(c, consultant, ag)],
    },
    {
      title: c.de ? 'Haushalt' : 'Household',
      body: [
        `• ${N(emp.full)} (${c.de ? 'Mitarbeiter/in' : 'assignee'})`,
        `• ${N(spouse.given)} (${c.de ? 'Partner/in' : 'partner'})`,
        `• ${N(child.given)}, ${c.de ? 'geb.' : 'born'} ${B(dobText(c.rng, { ...child, dob: { ...child.dob, y: c.rng.int(2012, 2021) } }, c.lang))}`,
      ],
    },
    {
      title: c.de ? 'Umzug' : 'Move',
      body: [
        `${c.de ? 'Von' : 'From'}: ${H(homeAddress(c.rng, from))}`,
        `${c.de ? 'Nach (Mietvertrag ab 1.)' : 'To (lease from the 1st)'}: ${H(homeAddress(c.rng, to))}`,
        c.de ? '[SmartArt: Angebot → Packen → Zoll → Lieferung]' : '[SmartArt: Survey → Packing → Customs → Delivery]',
      ],
      notes: c.de
        ? `Schulplatz-Suche für ${N(child.given)} läuft, Rückruf ${T(mobile(c.rng, from))}.`
        : `School search for ${N(child.given)}; ${N(spouse.given)} prefers calls on ${T(mobile(c.rng, from))}.`,
    },
    {
      title: c.de ? 'Dokumente (intern)' : 'Documents (internal)',
      hidden: true,
      body: [
        c.de
          ? `Reisepass ${N(emp.family)}: ${R(icaoNumber(c.rng, 'passport'))}`
          : `Passport (${N(emp.given)}): ${R(icaoNumber(c.rng, 'passport'))}`,
        `${ag.name}, ${ag.imprint}`,
      ],
    },
  ]);
}

function visaDeck(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [adviser, ...applicants] = people(c.rng, 4);
  const stages = c.de
    ? ['Unterlagen', 'Vorabzustimmung', 'Botschaftstermin', 'Einreise']
    : ['Documents', 'Pre-approval', 'Consulate', 'Arrival'];
  return deck(c, [
    {
      title: c.de ? 'Blaue Karte EU – Statusbericht' : 'EU Blue Card – status report',
      body: [footer(c, adviser, ag), lookAlikeReq(c)],
    },
    {
      title: c.de ? 'Fälle nach Stufe' : 'Cases by stage',
      body: [
        `[Chart] ${stages.map((s) => `${s}: ${c.rng.int(1, 14)}`).join(' | ')}`,
        c.de ? `Ø Dauer ${c.rng.int(6, 15)} Wochen` : `avg. ${c.rng.int(6, 15)} weeks`,
      ],
    },
    ...applicants.map((p) => ({
      title: `${N(p.family)}, ${N(p.given)}`,
      body: [
        `${c.de ? 'Stufe' : 'Stage'}: ${c.rng.pick(stages)}`,
        `${c.de ? 'Geburtsdatum' : 'DOB'}: ${B(dobText(c.rng, p, c.lang))}`,
        c.rng.chance(0.5)
          ? `${c.de ? 'Wohnanschrift' : 'Home'}: ${H(homeAddress(c.rng, 'DE'))}`
          : `${c.de ? 'Mail' : 'Email'}: ${M(privateMail(c.rng, p))}`,
      ],
      notes: c.rng.chance(0.6)
        ? c.de
          ? `Familiennachzug Ehepartner/in geplant; Termin mit ${N(adviser.given)}.`
          : `Family reunification next; ${N(adviser.given)} to chase.`
        : undefined,
    })),
  ]);
}

function diversityDeck(c: Ctx): string {
  const q = c.rng.int(1, 4);
  return deck(c, [
    {
      title: c.de ? `Diversity & Weiterbildung Q${q}` : `Diversity & training Q${q}`,
      body: [c.de ? 'Personalbericht, aggregiert' : 'People report, aggregated', `KST-${c.rng.int(1000, 9999)}`],
    },
    {
      title: c.de ? 'Frauenanteil Führung' : 'Women in leadership',
      body: [
        `[Chart] 2023: ${c.rng.int(18, 30)} % | 2024: ${c.rng.int(22, 34)} % | 2025: ${c.rng.int(25, 38)} %`,
        c.de ? '• Ziel 2027: 40 %' : '• Target 2027: 40%',
      ],
    },
    {
      title: c.de ? 'Sprachkurse' : 'Language courses',
      body: [
        c.de ? `• Deutsch B1: ${c.rng.int(10, 60)} Teilnehmende` : `• German B1: ${c.rng.int(10, 60)} participants`,
        c.de ? `• Abbruchquote ${c.rng.int(3, 15)} %` : `• drop-out rate ${c.rng.int(3, 15)}%`,
      ],
      notes: c.de ? 'Zahlen ohne Namen, Quelle HR-Reporting.' : 'Figures only, no names; source HR reporting.',
    },
    {
      title: c.de ? 'Danke' : 'Thank you',
      body: [c.de ? 'Fragen an das People-Team' : 'Questions to the People team'],
    },
  ]);
}

function pipelineDeck(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [lead, r1, r2] = people(c.rng, 3);
  return deck(c, [
    { title: c.de ? 'Recruiting-Pipeline Quartal' : 'Recruiting pipeline quarter', body: [footer(c, lead, ag)] },
    {
      title: c.de ? 'Funnel' : 'Funnel',
      body: [
        `[Chart data labels] ${c.rng.int(300, 900)} / ${c.rng.int(80, 200)} / ${c.rng.int(20, 60)} / ${c.rng.int(3, 15)}`,
        `=SUM(C2:C${c.rng.int(9, 40)})`,
      ],
    },
    {
      title: c.de ? 'Team' : 'Team',
      body: [
        `• ${N(r1.full)}: ${c.rng.int(4, 19)} ${c.de ? 'Besetzungen' : 'placements'}`,
        `• ${N(r2.full)}: ${c.rng.int(4, 19)}`,
      ],
      notes: c.de
        ? `${N(r2.given)} geht in Elternzeit, Vertretung klären.`
        : `${N(r1.given)} leaving in June – backfill ${lookAlikeReq(c)}.`,
    },
  ]);
}

// ---------------------------------------------------------------- workbooks

type SheetStyle = 'csv' | 'semi' | 'tab' | 'cells';

/** Rows of cells ("" is an empty cell) written in one extractor's notation; the header row first. */
function sheet(c: Ctx, style: SheetStyle, index: number, name: string, rows: string[][]): string {
  const head =
    style === 'csv'
      ? `-------- ${index} ${name}`
      : style === 'cells'
        ? `[${name}]`
        : `${c.de && style === 'semi' ? 'Tabelle' : 'Sheet'}: ${name}`;
  const q = (cell: string) =>
    style === 'csv' && /[,\n"]/.test(cell)
      ? `"${cell.replace(/"/g, '""')}"`
      : style === 'semi' && /[;\n]/.test(cell)
        ? `"${cell}"`
        : cell;
  if (style === 'cells') {
    const lines = [head];
    rows.forEach((row, r) =>
      row.forEach((cell, k) => {
        if (cell !== '') lines.push(`${String.fromCharCode(65 + k)}${r + 1}: ${cell}`);
      }),
    );
    return lines.join('\n');
  }
  const sep = style === 'csv' ? ',' : style === 'semi' ? ';' : '\t';
  return [head, ...rows.map((row) => row.map(q).join(sep))].join('\n');
}

function workbook(c: Ctx, title: string, sheets: { name: string; rows: string[][] }[], extra: string[] = []): string {
  const style: SheetStyle = c.rng.pick(['csv', 'semi', 'tab', 'cells']);
  return [title, ...sheets.map((s, i) => sheet(c, style, i + 1, s.name, s.rows)), ...extra].join('\n\n');
}

/** A phone number as a sheet stored it: text, a number that lost its leading zero or plus, or exponent notation. */
function sheetPhone(c: Ctx, country: Country): string {
  const f = c.rng.int(0, 5);
  const written = mobile(c.rng, country);
  // Stored as a number: the plus or the leading zero is gone, the rest of the digits stay.
  const digits = written.replace(/\D/g, '').replace(/^0/, '');
  // Exponent notation keeps too few digits to be the number: not labelled (a look-alike).
  if (f === 0) return `${digits[0]}.${digits.slice(1, 5)}E+${digits.length - 1}`;
  if (f === 1) return T(digits);
  return T(written);
}

function applicantTracker(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [owner, ...ps] = people(c.rng, 6);
  const head = c.de
    ? ['Nr', 'Vorname', 'Nachname', 'Geburtsdatum', 'Telefon', 'E-Mail', 'Status', 'Anzeigename']
    : ['No', 'First name', 'Last name', 'Date of birth', 'Phone', 'Email', 'Stage', 'Display name'];
  const rows = ps.map((p, i) => [
    String(i + 1),
    N(p.given),
    N(p.family),
    c.rng.chance(0.4) ? B(String(serialDate(p))) : B(dobText(c.rng, p, c.lang)),
    sheetPhone(c, ag.city),
    c.rng.chance(0.2) ? '' : M(privateMail(c.rng, p)),
    c.rng.pick(c.de ? ['Telefoninterview', 'Absage', 'Angebot', 'neu'] : ['screen', 'rejected', 'offer', 'new']),
    c.de ? `=VERKETTEN(B${i + 2};" ";C${i + 2})` : `=CONCATENATE(B${i + 2}," ",C${i + 2})`,
  ]);
  const notes = [
    c.de
      ? `Notiz (${N(owner.full)}) zu E3: Nummer vom Lebenslauf, bitte prüfen`
      : `Note (${N(owner.full)}) on E3: number copied from the CV, please verify`,
    c.de ? `Ausgeblendete Spalte I: Gehalt` : `Hidden column I: salary`,
    `${c.de ? 'Benannter Bereich' : 'Named range'} Bewerber_Aktiv = ${c.de ? 'Bewerber' : 'Applicants'}!$A$2:$H$${ps.length + 1}`,
    lookAlikeReq(c),
  ];
  return workbook(
    c,
    `${ag.name} – ${c.de ? 'Bewerberliste' : 'applicant tracker'}.xlsx`,
    [{ name: c.de ? 'Bewerber' : 'Applicants', rows: [head, ...rows] }],
    notes,
  );
}

function timesheet(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const ps = people(c.rng, 4);
  const head = c.de
    ? ['Zeitarbeitskraft', 'Einsatz', 'KW', 'Stunden', 'Zuschlag']
    : ['Temp worker', 'Assignment', 'Week', 'Hours', 'Premium'];
  const rows = ps.map((p) => [
    // "Family, Given" is two names, labelled apart as in the visa deck and the hand-written forms.
    c.rng.chance(0.5) ? N(p.full) : `${N(p.family)}, ${N(p.given)}`,
    c.rng.pick(
      c.de
        ? ['Lager Nord', 'Kommissionierung', 'Empfang', 'Buchhaltung']
        : ['Warehouse', 'Reception', 'Call centre', 'Accounts'],
    ),
    String(c.rng.int(1, 52)),
    String(c.rng.int(12, 45)),
    c.rng.pick(['', '25 %', '50 %']),
  ]);
  return workbook(
    c,
    `${c.de ? 'Stundenzettel' : 'Timesheets'} ${ag.name}.ods`,
    [
      {
        name: c.de ? 'Stunden' : 'Hours',
        rows: [head, ...rows, ['', '', c.de ? 'Summe' : 'Total', `=SUM(D2:D${ps.length + 1})`, '']],
      },
      {
        name: c.de ? 'Freigabe' : 'Approval',
        rows: [
          [c.de ? 'Freigegeben von' : 'Approved by', N(ps[0].full)],
          ['KST-' + c.rng.int(1000, 9999), ''],
          [c.de ? 'Rückfragen' : 'Queries', ag.role],
        ],
      },
    ],
    [`B7=${c.de ? 'Nachtschicht' : 'night shift'}`],
  );
}

function payrollHandover(c: Ctx): string {
  const ps = people(c.rng, 4);
  const head = c.de
    ? ['Personalnr.', 'Name', 'Steuer-ID', 'SV-Nummer', 'IBAN', 'Brutto']
    : ['Staff no.', 'Name', 'Tax ID (DE)', 'Pension no. (DE)', 'IBAN', 'Gross'];
  const rows = ps.map((p) => {
    const ctry: IbanCountry = c.rng.pick(['DE', 'DE', 'AT', 'CH', 'LU', 'DK']);
    const ib = iban(c.rng, ctry);
    const tid = taxId(c.rng);
    return [
      `P-${c.rng.int(10000, 99999)}`,
      N(p.full),
      X(c.rng.chance(0.3) ? `${tid.slice(0, 2)} ${tid.slice(2, 5)} ${tid.slice(5, 8)} ${tid.slice(8)}` : tid),
      S(pensionNumber(c.rng, p.dob, p.family, p.female)),
      I(c.rng.chance(0.5) ? grouped(ib) : ib),
      (c.rng.int(280000, 780000) / 100).toFixed(2),
    ];
  });
  return workbook(
    c,
    c.de
      ? `Lohnlauf ${MONTHS_DE[c.rng.int(0, 11)]} – Übergabe an Lohnbüro.xlsx`
      : `Payroll run ${MONTHS_EN[c.rng.int(0, 11)]} – bureau handover.xlsx`,
    [
      {
        name: c.de ? 'Lohnlauf' : 'Payroll',
        rows: [head, ...rows, ['', '', '', '', c.de ? 'Summe' : 'Total', `=SUM(F2:F${ps.length + 1})`]],
      },
    ],
    [
      c.de ? 'Spalte G (ausgeblendet): Kirchensteuer' : 'Column G (hidden): church tax',
      c.de ? 'USt-IdNr. DE' + c.rng.digits(9) : 'VAT ID: DE' + c.rng.digits(9),
    ],
  );
}

function leaverList(c: Ctx): string {
  const ps = people(c.rng, 4);
  const country: Country = c.rng.pick(['DE', 'UK', 'AT', 'US']);
  const head = c.de
    ? ['Name', 'Letzter Arbeitstag', 'Postanschrift für Zeugnis', 'Private E-Mail']
    : ['Name', 'Last day', 'Forwarding address (P45)', 'Personal email'];
  const rows = ps.map((p) => [
    N(p.full),
    workDate(c),
    H(homeAddress(c.rng, country, c.rng.chance(0.4) ? '\n' : ', ')),
    M(privateMail(c.rng, p)),
  ]);
  return workbook(c, c.de ? 'Austritte 2026.xlsx' : 'Leavers 2026.xlsx', [
    { name: c.de ? 'Austritte' : 'Leavers', rows: [head, ...rows] },
  ]);
}

function auPair(c: Ctx): string {
  const [host, hostPartner, pair] = people(c.rng, 3);
  const country: Country = c.rng.pick(['DE', 'AT', 'CH']);
  const rows = c.de
    ? [
        ['Gastfamilie', N(`${host.family}`), ''],
        ['Anschrift', H(homeAddress(c.rng, country)), ''],
        ['Telefon', T(mobile(c.rng, country)), N(hostPartner.given)],
        ['Au-pair', N(pair.full), `geb. ${B(dobText(c.rng, pair, 'de'))}`],
        ['Ausweis-Nr.', K(icaoNumber(c.rng, 'id')), ''],
        ['Vermittlungsgebühr', '=C9*1,19', ''],
      ]
    : [
        ['Host family', N(`${host.family}`), ''],
        ['Address', H(homeAddress(c.rng, country)), ''],
        ['Phone', T(mobile(c.rng, country)), N(hostPartner.given)],
        ['Au pair', N(pair.full), `born ${B(dobText(c.rng, pair, 'en'))}`],
        ['ID card (DE)', K(icaoNumber(c.rng, 'id')), ''],
        ['Placement fee', '=C9*1.19', ''],
      ];
  return workbook(
    c,
    c.de ? 'Au-pair-Vermittlung.ods' : 'Au pair placement.ods',
    [{ name: c.de ? 'Vermittlung' : 'Placement', rows }],
    [
      `${c.de ? 'Kommentar' : 'Comment'} (${N(hostPartner.full)}): ${c.de ? 'Kinder 4 und 7, kein Führerschein nötig' : 'kids 4 and 7, no driving licence needed'}`,
    ],
  );
}

function moverQuote(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const [cust] = people(c.rng, 1);
  const from: Country = c.rng.pick(['DE', 'CH', 'AT', 'UK']);
  const to: Country = c.rng.pick(['US', 'NL', 'UK', 'DE'].filter((x) => x !== from) as Country[]);
  const rows = c.de
    ? [
        ['Kunde', N(cust.full), '', ''],
        ['Abholung', H(homeAddress(c.rng, from)), 'Etage', String(c.rng.int(0, 5))],
        ['Lieferung', H(homeAddress(c.rng, to)), 'Aufzug', c.rng.pick(['ja', 'nein'])],
        ['Volumen m³', String(c.rng.int(18, 70)), 'Preis/m³', String(c.rng.int(60, 140))],
        ['Gesamt', '=B4*D4', '', ''],
        ['Anzahlung Karte', C(cardPrinted(card(c.rng), ' ')), '', ''],
      ]
    : [
        ['Customer', N(cust.full), '', ''],
        ['Origin', H(homeAddress(c.rng, from)), 'Floor', String(c.rng.int(0, 5))],
        ['Destination', H(homeAddress(c.rng, to)), 'Lift', c.rng.pick(['yes', 'no'])],
        ['Volume cu ft', String(c.rng.int(600, 2400)), 'Rate', String(c.rng.int(2, 6))],
        ['Total', '=B4*D4', '', ''],
        ['Deposit card', C(c.rng.chance(0.5) ? cardPrinted(card(c.rng), '-') : card(c.rng)), '', ''],
      ];
  return workbook(
    c,
    `${ag.name} – ${c.de ? 'Umzugsangebot' : 'moving quote'}.xlsx`,
    [{ name: c.de ? 'Angebot' : 'Quote', rows }],
    [`${ag.imprint} · ${ag.role}`],
  );
}

function courseRoster(c: Ctx): string {
  const [teacher, ...ps] = people(c.rng, 6);
  const head = c.de
    ? ['Teilnehmer/in', 'E-Mail', 'Mobil', 'Login-IP', 'Niveau']
    : ['Participant', 'Email', 'Mobile', 'Login IP', 'Level'];
  const rows = ps.map((p) => [
    N(p.full),
    M(privateMail(c.rng, p)),
    c.rng.chance(0.5) ? T(mobile(c.rng, 'DE')) : '',
    A(ipAddress(c.rng)),
    c.rng.pick(['A1', 'A2', 'B1', 'B2']),
  ]);
  return workbook(
    c,
    c.de ? `Integrationskurs ${c.rng.int(1, 40)} – Liste.ods` : `Integration course ${c.rng.int(1, 40)} roster.ods`,
    [
      {
        name: c.de ? 'Kurs' : 'Course',
        rows: [[c.de ? 'Lehrkraft' : 'Teacher', N(teacher.full), '', '', ''], head, ...rows],
      },
    ],
  );
}

function referenceLog(c: Ctx): string {
  const [cand, ref1, ref2, rec] = people(c.rng, 4);
  const ctry: Country = c.rng.pick(['UK', 'IE', 'US', 'DE']);
  const head = c.de ? ['Referenzgeber/in', 'Telefon', 'E-Mail', 'Ergebnis'] : ['Referee', 'Phone', 'Email', 'Outcome'];
  return workbook(
    c,
    `${c.de ? 'Referenzen' : 'References'} – ${N(cand.full)}.xlsx`,
    [
      {
        name: c.de ? 'Referenzen' : 'Refs',
        rows: [
          head,
          ...[ref1, ref2].map((r) => [
            N(r.full),
            T(mobile(c.rng, ctry)),
            M(workMail(c.rng, r, c.rng.pick(['northgate-group.com', 'kronberg-werke.de', 'tallis.ie']))),
            c.rng.pick(c.de ? ['positiv', 'neutral', 'nicht erreicht'] : ['positive', 'neutral', 'no reply']),
          ]),
        ],
      },
    ],
    [`Note (${N(rec.full)}): ${c.de ? 'zweite Referenz mündlich, siehe B3' : 'second reference verbal only, see B3'}`],
  );
}

function salaryBands(c: Ctx): string {
  const grades = ['E1', 'E2', 'E3', 'E4', 'E5'];
  let base = c.rng.int(32, 40) * 1000;
  const rows = grades.map((g, i) => {
    base += c.rng.int(6, 12) * 1000;
    return [g, String(base), String(Math.round(base * 1.25)), `=AVERAGE(B${i + 2}:C${i + 2})`];
  });
  return workbook(c, c.de ? 'Gehaltsbänder 2026 (ohne Namen).xlsx' : 'Salary bands 2026 (no names).xlsx', [
    {
      name: c.de ? 'Bänder' : 'Bands',
      rows: [[c.de ? 'Stufe' : 'Grade', 'Min', 'Max', c.de ? 'Mitte' : 'Mid'], ...rows],
    },
    {
      name: c.de ? 'Annahmen' : 'Assumptions',
      rows: [
        [c.de ? 'Inflation' : 'Inflation', `${c.rng.int(2, 4)},${c.rng.int(0, 9)} %`],
        ['KST-' + c.rng.int(1000, 9999), `=SUM(B2:B6)`],
      ],
    },
  ]);
}

function panelSchedule(c: Ctx): string {
  const ps = people(c.rng, 5);
  const rows = [
    [c.de ? 'Interviewpanel' : 'Interview panel', '', '', ''],
    [c.de ? 'Uhrzeit' : 'Time', c.de ? 'Kandidat/in' : 'Candidate', 'Panel', c.de ? 'Raum' : 'Room'],
    ['09:30', N(ps[0].full), `${N(ps[3].family)} / ${N(ps[4].family)}`, 'R 2.14'],
    ['11:00', N(ps[1].full), `${N(ps[3].family)} / ${N(ps[4].family)}`, 'Teams'],
    ['14:00', N(ps[2].full), N(ps[3].full), 'R 2.14'],
  ];
  return workbook(
    c,
    c.de ? 'Interviewplan.xlsx' : 'Interview schedule.xlsx',
    [{ name: 'Panel', rows }],
    [c.de ? 'Verbundene Zellen A1:D1' : 'Merged cells A1:D1', lookAlikeReq(c)],
  );
}

function permitTracker(c: Ctx): string {
  const ps = people(c.rng, 4);
  const head = c.de
    ? ['Name', 'Geburtsdatum', 'Pass-Nr. (DE)', 'Meldeadresse', 'Titel läuft ab']
    : ['Name', 'DOB', 'Passport (DE)', 'Registered address', 'Permit expires'];
  const rows = ps.map((p) => [
    N(p.full),
    B(dobText(c.rng, p, c.lang)),
    R(icaoNumber(c.rng, 'passport')),
    H(homeAddress(c.rng, c.rng.pick(['DE', 'AT', 'CH']))),
    workDate(c),
  ]);
  return workbook(
    c,
    c.de ? 'Aufenthaltstitel – Verlängerungen.xlsx' : 'Residence permits – renewals.xlsx',
    [{ name: c.de ? 'Titel' : 'Permits', rows: [head, ...rows] }],
    [`${c.de ? 'Bedingte Formatierung' : 'Conditional formatting'}: E2:E${ps.length + 1} < HEUTE()+90`],
  );
}

function workPermitSheet(c: Ctx): string {
  const ag = c.rng.pick(AGENCIES);
  const ps = people(c.rng, 3);
  const rows = [
    [c.de ? 'Einsatzblatt' : 'Assignment sheet', '', ''],
    [
      c.de ? 'Mitarbeiter/in' : 'Worker',
      c.de ? 'Personalausweis' : 'ID card (DE)',
      c.de ? 'Kundenbetrieb' : 'Client site',
    ],
    ...ps.map((p) => [N(p.full), K(icaoNumber(c.rng, 'id')), c.rng.pick(['Werk Süd', 'Lager 3', 'Hub West'])]),
    [c.de ? 'Disponent/in' : 'Dispatcher', N(ps[0].given), T(mobile(c.rng, ag.city))],
  ];
  return workbook(
    c,
    `${ag.name} – ${c.de ? 'Einsatzblatt' : 'assignment sheet'}.ods`,
    [{ name: c.de ? 'Einsatz' : 'Assignment', rows }],
    [`${ag.imprint}`],
  );
}

const KINDS: [string, (c: Ctx) => string][] = [
  ['deck-shortlist', shortlistDeck],
  ['deck-onboarding', onboardingDeck],
  ['deck-relocation', relocationDeck],
  ['deck-visa-status', visaDeck],
  ['deck-diversity-report', diversityDeck],
  ['deck-recruiting-pipeline', pipelineDeck],
  ['sheet-applicant-tracker', applicantTracker],
  ['sheet-timesheet', timesheet],
  ['sheet-payroll-handover', payrollHandover],
  ['sheet-leaver-list', leaverList],
  ['sheet-au-pair', auPair],
  ['sheet-mover-quote', moverQuote],
  ['sheet-course-roster', courseRoster],
  ['sheet-reference-log', referenceLog],
  ['sheet-salary-bands', salaryBands],
  ['sheet-interview-panel', panelSchedule],
  ['sheet-permit-tracker', permitTracker],
  ['sheet-assignment', workPermitSheet],
];

/** `count` generated documents, kinds in turn and each kind in both languages; the same for the same seed. */
export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: TestLabel[] }[] {
  const rng = new ChaCha8(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const [kind, make] = KINDS[Math.floor(i / 2) % KINDS.length];
    out.push({ lang, kind, ...literalMarks(make({ rng, lang, de: lang === 'de' })) });
  }
  return out;
}
