import { readMarks, type TestLabel } from './markup.js';
import { dobIso, dobNumeric, dobWords, person, type Country, type Person } from './people.js';
import { Threefry } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/**
 * Set 24's generated documents: DOCUMENTS KEPT AS LIGHTWEIGHT-MARKUP SOURCE in knowledge bases and
 * docs-as-code repositories and ingested as source text, markup and all. The notations: LaTeX
 * (scrlttr2 and letter-class letters, minutes and lists in tabular/longtable, accents written \"a,
 * {\"u}, \ss{}, ~ as a non-breaking space, \href{tel:…} and \href{mailto:…}), AsciiDoc (attributes,
 * |=== tables, admonitions, xrefs, mailto: links), reStructuredText (field lists, grid and simple
 * tables, directives, substitutions), Org-mode (#+AUTHOR:, property drawers, TODO items, timestamps),
 * MediaWiki (templates, {| |} tables, user signatures), DokuWiki (^ | tables), Confluence wiki markup
 * ({panel}, [~user] mentions, ||heading|| tables) and Textile. Values stay broken by their markup and
 * are labelled over their original span.
 */

const L = String.raw;
/** A mark around a value (stripped at load by readMarks). */
const m = (code: string, value: string) => `⟦${code}:${value}⟧`;

/** A name or text as LaTeX source writes it when the author avoided UTF-8. */
export function tex(s: string): string {
  const map: Record<string, string> = {
    ä: L`\"a`,
    ö: L`{\"o}`,
    ü: L`\"u`,
    Ä: L`\"A`,
    Ö: L`\"O`,
    Ü: L`\"U`,
    ß: L`\ss{}`,
    é: L`\'e`,
    è: L`\`e`,
    ñ: L`\~n`,
    č: L`\v{c}`,
    š: L`\v{s}`,
    ç: L`\c{c}`,
  };
  return [...s].map((ch) => map[ch] ?? ch).join('');
}

interface Ctx {
  r: Threefry;
  lang: 'de' | 'en';
  de: boolean;
  country: Country;
  p: () => Person;
  date: () => string;
}

const COUNTRIES_DE: Country[] = ['DE', 'DE', 'AT', 'CH', 'DE', 'LU'];
const COUNTRIES_EN: Country[] = ['UK', 'US', 'UK', 'NL', 'DK', 'US'];
const IBANS: Record<Country, IbanCountry> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  UK: 'GB',
  US: 'IE',
  NL: 'NL',
  LU: 'LU',
  DK: 'DK',
};

/** A tel: link target: the number in international form without spaces (US numbers with +1). */
const telTarget = (phone: string, country: Country) =>
  phone.startsWith('(')
    ? `+1${phone.replace(/\D/g, '')}`
    : phone.startsWith('0')
      ? `+${country === 'UK' ? '44' : '49'}${phone.replace(/\D/g, '').slice(1)}`
      : phone.replace(/[^\d+]/g, '');
const full = (p: Person) => `${p.given} ${p.family}`;
const addr = (p: Person, sep: string) => `${p.street}${sep}${p.town}`;
const firms = [
  'Hochbau Lindqvist GmbH',
  'Tragwerk Plan AG',
  'Quaderbau KG',
  'Brückner & Sohl Ingenieure',
  'Estrichwerk Nord GmbH',
];
const firmsEn = [
  'Hartwell Construction Ltd',
  'Keystone Structural LLP',
  'Bluestone Developments plc',
  'Meridian Surveying Ltd',
  'Granite Peak Builders Inc.',
];
const firm = (c: Ctx) => c.r.pick(c.de ? firms : firmsEn);
const vat = (c: Ctx) => (c.de ? `USt-IdNr. DE${c.r.digits(9)}` : `VAT No. GB${c.r.digits(9)}`);
const changeOrder = (c: Ctx) => `${c.de ? 'NT' : 'CO'}-2026-${c.r.digits(3)}`;
const oz = (c: Ctx) => `OZ ${c.r.digits(2)}.${c.r.digits(2)}.${c.r.digits(4)}`;
const parcel = (c: Ctx) => `${c.de ? 'Flurstück' : 'parcel'} ${c.r.between(12, 2400)}/${c.r.between(1, 40)}`;
const meter = (c: Ctx) => `1${c.r.pick(['ESY', 'EMH', 'ITF', 'LGZ'])}${c.r.digits(10)}`;
const ibanOf = (c: Ctx, form: string) => {
  const v = iban(c.r, IBANS[c.country]);
  return form === '~' ? grouped(v, '~') : form === 'g' ? grouped(v) : v;
};

/** LaTeX: a scrlttr2 (German) or letter-class (English) letter announcing a change order. */
function latexLetter(c: Ctx): string {
  const a = c.p();
  const b = c.p();
  const nameA = c.r.chance(0.5) ? tex(full(a)) : full(a);
  if (c.de)
    return L`\documentclass[DIN,fromalign=right]{scrlttr2}
\usepackage[ngerman]{babel}
\setkomavar{fromname}{${m('n', nameA)}}
\setkomavar{fromaddress}{${firm(c)}\\Hafenstra\ss{}e~12\\20457 Hamburg}
\setkomavar{fromphone}{040~3344~100}
\setkomavar{fromemail}{\href{mailto:${m('m', a.email)}}{${m('m', a.email)}}}
\setkomavar{subject}{Nachtrag ${changeOrder(c)} -- Mehrkosten Gr\"undung, ${oz(c)}}
\begin{document}
\begin{letter}{${m('n', tex(full(b)))}\\${m('h', tex(addr(b, L`\\`)))}}
\opening{Sehr geehrte${b.female ? ' Frau' : 'r Herr'} ${m('n', tex(b.family))},}
wie in der Baubesprechung am ${c.date()} besprochen, erhalten Sie unser Nachtragsangebot
f\"ur die zus\"atzliche Bodenverbesserung auf ${parcel(c)}. Die Mehrkosten betragen 18\,400~\euro{} netto
(zzgl. 19\,\% MwSt.). R\"uckfragen gern direkt an mich: \href{tel:${m('t', telTarget(a.phone, c.country))}}{${m('t', a.phone.replace(/ /g, '~'))}}.
\closing{Mit freundlichen Gr\"u\ss{}en}
\signature{${m('n', nameA)}\\Projektleitung}
\encl{Nachtragskalkulation, Bodengutachten (Auszug)}
\cc{Bauleitung vor Ort}
\end{letter}
\end{document}
`;
  return L`\documentclass{letter}
\signature{${m('n', nameA)}\\Project Manager, ${firm(c)}}
\address{${firm(c)}\\Unit 4, Wharf Road\\Leeds LS11 5PS}
\begin{document}
\begin{letter}{${m('n', full(b))}\\${m('h', addr(b, L`\\`))}}
\opening{Dear ${m('n', b.given)},}
Further to the site meeting on ${c.date()}, please find enclosed change order ${changeOrder(c)} for the
additional piling under ${parcel(c)} --- an increase of \pounds 12,750 excl.\ VAT (${vat(c)}).
Questions to me on \href{tel:${m('t', telTarget(a.phone, c.country))}}{${m('t', a.phone)}} or \href{mailto:${m('m', a.email)}}{${m('m', a.email.replace(/_/g, L`\_`))}}.
\closing{Yours sincerely,}
\encl{Change order ${changeOrder(c)}, revised drawing S-104 rev.~C}
\cc{Site manager}
\end{letter}
\end{document}
`;
}

/** LaTeX: planning meeting minutes with attendees in a tabular, names split by \\ in a \makecell. */
function latexMinutes(c: Ctx): string {
  const people = [c.p(), c.p(), c.p(), c.p()];
  const rows = people
    .map((p, i) =>
      i === 1
        ? L`\makecell[l]{${m('n', L`${p.given}\\${p.family}`)}} & ${c.de ? 'Tragwerksplanung' : 'Structural'} & \href{mailto:${m('m', p.email)}}{${m('m', p.email)}} \\`
        : L`${m('n', tex(full(p)))} & ${c.r.pick(c.de ? ['Bauherr', 'Architektur', 'TGA', 'Bauleitung'] : ['Client', 'Architect', 'MEP', 'Site manager'])} & ${m('t', p.phone)} \\`,
    )
    .join('\n');
  const [a, , , d] = people;
  return c.de
    ? L`\section*{Protokoll Planungsbesprechung Nr.~${c.r.between(3, 40)} -- Neubau Kita \glqq Am Anger\grqq}
\begin{tabular}{lll}
\textbf{Name} & \textbf{Funktion} & \textbf{Kontakt} \\ \hline
${rows}
\end{tabular}

\subsection*{TOP 1: Nachtr\"age}
${changeOrder(c)} (Abdichtung Bodenplatte) wird gepr\"uft; ${a.female ? 'Frau' : 'Herr'} ${m('n', tex(a.family))} legt bis ${c.date()} eine Kostensch\"atzung vor.
\subsection*{TOP 2: Termine}
Rohbauabnahme verschoben; ${m('n', d.given)} informiert den Pr\"ufingenieur. Anteil Planung: 35\,\%, Kosten\_stelle 4711.
`
    : L`\section*{Design Team Meeting No.~${c.r.between(3, 40)} --- Riverside Lofts, Phase 2}
\begin{longtable}{lll}
\textbf{Attendee} & \textbf{Role} & \textbf{Contact} \\ \hline
${rows}
\end{longtable}

\subsection*{Item 1: Change orders}
${changeOrder(c)} (façade brackets) under review; ${m('n', a.family)} to price it by ${c.date()}.
\subsection*{Item 2: Programme}
Frame handover slips two weeks; ${m('n', d.given)} to tell the building control officer. Design fee 65\,\% claimed \& approved.
`;
}

/** LaTeX: an architect's fee invoice (HOAI) with the client's account written with ~ between groups. */
function latexInvoice(c: Ctx): string {
  const client = c.p();
  const own = iban(c.r, IBANS[c.country]);
  return c.de
    ? L`\begin{flushleft}
${m('n', tex(full(client)))}\\
${m('h', tex(addr(client, L`\\`)))}
\end{flushleft}
\textbf{Honorarrechnung Nr.~HR-2026-${c.r.digits(3)}} (Abschlag nach \S\,15 HOAI, LPH~5)\\
Bauvorhaben: Einfamilienhaus ${parcel(c)}

\begin{tabular}{lr}
Leistungsphase 5 (Ausf\"uhrungsplanung), 25\,\% & 14\,280,00~\euro \\
Nebenkosten pauschal 5\,\% & 714,00~\euro \\ \hline
\textbf{Summe netto} & \textbf{14\,994,00~\euro}
\end{tabular}

Erstattung der Baugenehmigungsgeb\"uhr erfolgt auf Ihr Konto ${m('i', ibanOf(c, '~'))}.
Bitte zahlen Sie auf unser Konto ${grouped(own, '~')} (${vat(c)}).
`
    : L`\begin{flushleft}
${m('n', full(client))}\\
${m('h', addr(client, L`\\`))}
\end{flushleft}
\textbf{Fee Invoice No.~FI-2026-${c.r.digits(3)}} --- RIBA Stage 4 (Technical Design), 40\,\% complete\\
Project: rear extension, ${parcel(c)}

\begin{tabular}{lr}
Stage 4 fee instalment & \pounds 6,400.00 \\
Disbursements (planning portal) & \pounds 258.00 \\ \hline
\textbf{Total} & \textbf{\pounds 6,658.00}
\end{tabular}

Refund of the overpaid deposit to your account ${m('i', ibanOf(c, c.r.chance(0.5) ? '~' : ''))}.
Pay to our account ${grouped(own, '~')}; ${vat(c)}.
`;
}

/** AsciiDoc: a site diary (Bautagebuch) with author attributes, a crew table and admonitions. */
function asciidocDiary(c: Ctx): string {
  const author = c.p();
  const crew = [c.p(), c.p(), c.p()];
  const table = crew
    .map(
      (p) =>
        `| ${m('n', full(p))} | ${c.r.pick(c.de ? ['Polier', 'Maurer', 'Kranführer', 'Eisenflechter'] : ['Foreman', 'Bricklayer', 'Crane operator', 'Steel fixer'])} | ${c.r.between(6, 10)}`,
    )
    .join('\n');
  return c.de
    ? `= Bautagebuch Wohnanlage Lindenhof, BA 2
${m('n', full(author))} <${m('m', author.email)}>
:author: ${m('n', full(author))}
:email: ${m('m', author.email)}
:revdate: ${c.date()}

== Wetter und Besetzung

Bewölkt, 7 °C, kein Niederschlag. Arbeiten an ${oz(c)} (Decke über EG).

[cols="2,2,1"]
|===
| Name | Tätigkeit | Std.
${table}
|===

WARNING: ${m('n', crew[2].given)} hat sich am Bewehrungsstahl die Hand verletzt, siehe <<unfall,Unfallmeldung>>.

NOTE: Nachtrag ${changeOrder(c)} mündlich angekündigt, Rückruf an mailto:${m('m', crew[0].email)}[${m('n', crew[0].given)}].
`
    : `= Site Diary -- Harbour View Apartments, Block B
${m('n', full(author))} <${m('m', author.email)}>
:author: ${m('n', full(author))}
:email: ${m('m', author.email)}
:revdate: ${c.date()}

== Weather and labour

Overcast, 9 °C, dry. Slab pour to grid C--F per ${oz(c)}.

[cols="2,2,1"]
|===
| Name | Trade | Hours
${table}
|===

CAUTION: ${m('n', crew[2].given)} reported a near miss at the hoist, see <<incident,incident log>>.

TIP: Change order ${changeOrder(c)} raised verbally; call back mailto:${m('m', crew[0].email)}[${m('n', crew[0].given)}] on ${m('t', crew[0].phone)}.
`;
}

/** AsciiDoc: a defects list (Mängelliste) with xrefs to the rooms. */
function asciidocDefects(c: Ctx): string {
  const buyer = c.p();
  const insp = c.p();
  const rows = Array.from({ length: 4 }, (_, i) =>
    c.de
      ? `| M-${i + 1} | <<whg${c.r.between(1, 12)}>> | ${c.r.pick(['Riss im Estrich', 'Silikonfuge Bad offen', 'Tür schleift', 'Fliese hohl'])} | ${c.r.pick(['offen', 'behoben', 'in Arbeit'])}`
      : `| D-${i + 1} | <<flat${c.r.between(1, 12)}>> | ${c.r.pick(['Crack in screed', 'Sealant missing at bath', 'Door binding', 'Hollow tile'])} | ${c.r.pick(['open', 'closed', 'in progress'])}`,
  ).join('\n');
  return c.de
    ? `= Mängelliste Wohnung ${c.r.between(1, 24)}, Haus C
:author: ${m('n', full(insp))}
:description: Begehung mit Käufer vor Übergabe

Anwesend: ${m('n', full(buyer))} (Käufer), ${m('n', full(insp))} (Sachverständige). Kontakt Käufer: ${m('t', buyer.phone)}.

|===
| Nr. | Raum | Mangel | Status
${rows}
|===

IMPORTANT: Frist zur Beseitigung bis ${c.date()}; Nachbegehung mit ${buyer.female ? 'Frau' : 'Herrn'} ${m('n', buyer.family)}.
`
    : `= Snagging List -- Flat ${c.r.between(1, 24)}, Block C
:author: ${m('n', full(insp))}
:description: Pre-completion inspection with the buyer

Present: ${m('n', full(buyer))} (purchaser), ${m('n', full(insp))} (surveyor). Purchaser's mobile: ${m('t', buyer.phone)}.

|===
| Ref | Room | Defect | Status
${rows}
|===

IMPORTANT: Remedial works by ${c.date()}; re-inspection with ${m('n', buyer.given)}.
`;
}

/** reStructuredText: an acceptance and handover protocol (Abnahmeprotokoll) with field lists and a grid table. */
function rstHandover(c: Ctx): string {
  const owner = c.p();
  const contractor = c.p();
  const title = c.de ? 'Abnahmeprotokoll nach § 640 BGB' : 'Practical Completion Certificate';
  const bar = '='.repeat(title.length);
  return `${bar}
${title}
${bar}

:${c.de ? 'Bauherr' : 'Employer'}: ${m('n', full(owner))}
:${c.de ? 'Anschrift' : 'Address'}: ${m('h', addr(owner, ', '))}
:${c.de ? 'Telefon' : 'Phone'}: ${m('t', owner.phone)}
:${c.de ? 'Auftragnehmer' : 'Contractor'}: ${firm(c)}, ${c.de ? 'vertreten durch' : 'represented by'} ${m('n', full(contractor))}
:${c.de ? 'Datum' : 'Date'}: ${c.date()}

+----------------------+---------------------------+
| ${c.de ? 'Gewerk              ' : 'Package             '} | ${c.de ? 'Ergebnis                 ' : 'Result                   '} |
+======================+===========================+
| ${c.de ? 'Rohbau              ' : 'Frame               '} | ${c.de ? 'abgenommen               ' : 'accepted                 '} |
+----------------------+---------------------------+
| ${c.de ? 'Dach                ' : 'Roof                '} | ${c.de ? 'mit Vorbehalt (|vb|)    ' : 'with reservation (|vb|) '} |
+----------------------+---------------------------+

.. |vb| replace:: ${c.de ? 'siehe Mängelliste' : 'see snagging list'}

.. note::
   ${c.de ? 'Gewährleistung beginnt mit diesem Tag. Unterschrift' : 'Defects period starts today. Signed'}: ${m('n', owner.given)} ${c.de ? 'und' : 'and'} ${m('n', contractor.family)}.
`;
}

/** reStructuredText: a building inspection report with a simple table and directives. */
function rstInspection(c: Ctx): string {
  const insp = c.p();
  const owner = c.p();
  return `${c.de ? 'Bauzustandsbesichtigung' : 'Building Control Inspection'}
${'-'.repeat(c.de ? 23 : 27)}

:${c.de ? 'Prüfer' : 'Inspector'}: ${m('n', full(insp))}
:${c.de ? 'Kontakt' : 'Contact'}: \`${m('m', insp.email)} <mailto:${m('m', insp.email)}>\`_
:${c.de ? 'Grundstück' : 'Site'}: ${parcel(c)}
:${c.de ? 'Eigentümer' : 'Owner'}: ${m('n', full(owner))}, ${m('h', addr(owner, ', '))}

=========  ==========  ========
${c.de ? 'Bauteil  ' : 'Element  '}  ${c.de ? 'Befund    ' : 'Finding   '}  Status
=========  ==========  ========
${c.de ? 'Bewehrung' : 'Rebar    '}  ${c.de ? 'i. O.     ' : 'OK        '}  ✓
${c.de ? 'Brandwand' : 'Fire wall'}  ${c.de ? 'Fuge offen' : 'Gap open  '}  ✗
=========  ==========  ========

.. warning::
   ${c.de ? 'Nachprüfung erforderlich; Terminabsprache mit' : 'Re-inspection required; book with'} ${m('n', owner.given)} ${c.de ? 'unter' : 'on'} ${m('t', owner.phone)}.
`;
}

/** Org-mode: a developer's buyer list with property drawers, TODO items and timestamps. */
function orgBuyers(c: Ctx): string {
  const author = c.p();
  const buyers = [c.p(), c.p()];
  // An Org timestamp carries the weekday of its date.
  const ts = () => {
    const day = new Date(Date.UTC(2026, c.r.between(0, 8), c.r.between(1, 28)));
    const names = c.de ? ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'] : ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    return `<${day.toISOString().slice(0, 10)} ${names[day.getUTCDay()]}>`;
  };
  const entries = buyers
    .map(
      (b, i) => `* ${i === 0 ? 'TODO' : 'DONE'} ${c.de ? 'Wohnung' : 'Unit'} ${c.r.between(1, 30)} -- ${m('n', full(b))}
  :PROPERTIES:
  :${c.de ? 'KAEUFER' : 'BUYER'}: ${m('n', full(b))}
  :EMAIL: ${m('m', b.email)}
  :${c.de ? 'GEBURTSDATUM' : 'BORN'}: ${m('b', c.de ? dobNumeric(b) : dobIso(b))}
  :${c.de ? 'STEUER_ID' : 'TAX_ID'}: ${m('x', taxId(c.r))}
  :${c.de ? 'REISEPASS' : 'DE_PASSPORT'}: ${m('r', icaoNumber(c.r, 'passport'))}
  :IBAN: ${m('i', ibanOf(c, 'g'))}
  :${c.de ? 'RESERVIERT_VON_IP' : 'BOOKED_FROM_IP'}: ${m('a', `${c.r.between(62, 188)}.${c.r.between(0, 255)}.${c.r.between(0, 255)}.${c.r.between(1, 254)}`)}
  :END:
  SCHEDULED: ${ts()}
  - ${c.de ? 'Notartermin, Reservierungsgebühr eingegangen' : 'Exchange of contracts; reservation fee received'}`,
    )
    .join('\n');
  return `#+TITLE: ${c.de ? 'Käuferliste Quartier Mühlbach' : 'Buyer list -- Wharfside Quarter'}
#+AUTHOR: ${m('n', full(author))}
#+EMAIL: ${m('m', author.email)}
#+DATE: ${ts()}

${entries}
`;
}

/** Org-mode: a caretaker rota (Hausmeisterplan) as a table. */
function orgRota(c: Ctx): string {
  const staff = [c.p(), c.p(), c.p()];
  const rows = staff
    .map(
      (p, i) =>
        `| ${c.de ? ['Mo–Di', 'Mi–Do', 'Fr–So'][i] : ['Mon–Tue', 'Wed–Thu', 'Fri–Sun'][i]} | ${m('n', full(p))} | ${m('t', p.phone)} |`,
    )
    .join('\n');
  return `#+TITLE: ${c.de ? 'Hausmeisterplan Objekt Kastanienhof' : 'Caretaker rota -- Oakfield Court'}
#+STARTUP: overview
* ${c.de ? 'Bereitschaft' : 'On call'}
| ${c.de ? 'Tage' : 'Days'} | Name | ${c.de ? 'Handy' : 'Mobile'} |
|------+------+-------|
${rows}
* TODO ${c.de ? 'Winterdienst prüfen' : 'Check gritting'} DEADLINE: <2026-11-0${c.r.between(1, 9)}>
  ${c.de ? 'Vertretung' : 'Cover'}: ${m('n', staff[0].given)}; ${c.de ? 'Zentrale' : 'switchboard'} 0800 555 0101.
`;
}

/** MediaWiki: a subcontractor page with an infobox, a crew table and user signatures. */
function mediawikiCrew(c: Ctx): string {
  const lead = c.p();
  const editor = c.p();
  const crew = [c.p(), c.p()];
  const rows = crew
    .map(
      (p) =>
        `|-\n| ${m('n', full(p))} || ${c.r.pick(c.de ? ['Trockenbauer', 'Elektriker', 'Gerüstbauer'] : ['Drylining', 'Electrician', 'Scaffolder'])} || ${m('t', p.phone)}`,
    )
    .join('\n');
  const sig = `[[${c.de ? 'Benutzer' : 'User'}:${editor.handle}|${m('n', full(editor))}]] ${c.r.between(10, 23)}:${c.r.between(10, 59)}, ${c.de ? `${c.r.between(1, 28)}. März 2026 (CET)` : `${c.r.between(1, 28)} March 2026 (UTC)`}`;
  return `{{Infobox ${c.de ? 'Nachunternehmer' : 'Subcontractor'}
| firma = ${firm(c)}
| ${c.de ? 'bauleiter' : 'supervisor'} = ${m('n', full(lead))}
| ${c.de ? 'telefon' : 'phone'} = ${m('t', lead.phone)}
| ${c.de ? 'gewerk' : 'package'} = ${oz(c)}
}}
== ${c.de ? 'Kolonne' : 'Crew'} ==
{| class="wikitable"
! Name !! ${c.de ? 'Gewerk' : 'Trade'} !! ${c.de ? 'Telefon' : 'Phone'}
${rows}
|}
${c.de ? 'Siehe auch' : 'See also'} [[${c.de ? 'Sicherheitsunterweisung' : 'Site induction'}|${c.de ? 'Unterweisung' : 'induction'}]]. ${c.de ? 'Aktualisiert' : 'Updated'} -- ${sig}
`;
}

/** MediaWiki: an accident report with the injured worker's data for the insurer. */
function mediawikiAccident(c: Ctx): string {
  const w = c.p();
  const first = c.p();
  const editor = c.p();
  const sig = `[[${c.de ? 'Benutzer' : 'User'}:${editor.handle}|${m('n', editor.given)}]] (${c.de ? 'Diskussion' : 'talk'}) ${c.r.between(10, 23)}:0${c.r.between(0, 9)}, ${c.r.between(1, 28)} ${c.de ? 'April' : 'April'} 2026 (UTC)`;
  return c.de
    ? `= Unfallmeldung BG BAU =
{{Unfall
| verletzter = ${m('n', full(w))}
| geburtsdatum = ${m('b', dobNumeric(w))}
| rv_nummer = ${m('s', pensionNumber(c.r, w.birth, w.family, w.female))}
| personalausweis = ${m('k', icaoNumber(c.r, 'id'))}
| anschrift = ${m('h', addr(w, ', '))}
| ersthelfer = ${m('n', full(first))}
}}
Sturz von der Leiter im 2. OG, Achse 4. Rettungsdienst verständigt, D-Arzt-Bericht folgt.
* Zeuge: [[Benutzer:${first.handle}|${m('n', first.given)}]]
* Gerüstprüfung: siehe [[Gerüstbuch#KW12|Gerüstbuch]]
${sig}
`
    : `= Accident Report (RIDDOR) =
{{Incident
| injured = ${m('n', full(w))}
| date_of_birth = ${m('b', dobWords(w, 'en'))}
| german_pension_no = ${m('s', pensionNumber(c.r, w.birth, w.family, w.female))}
| id_card_de = ${m('k', icaoNumber(c.r, 'id'))}
| home_address = ${m('h', addr(w, ', '))}
| first_aider = ${m('n', full(first))}
}}
Fall from stepladder, level 2, gridline 4. Ambulance called; hospital report to follow.
* Witness: [[User:${first.handle}|${m('n', first.given)}]]
* Scaffold inspection: see [[Scaffold register#Week 12|register]]
${sig}
`;
}

/** DokuWiki: a key and access-card register with ^ headings. */
function dokuwikiKeys(c: Ctx): string {
  const holders = [c.p(), c.p(), c.p()];
  const rows = holders
    .map(
      (p) =>
        `| ${c.r.pick(['GHS', 'TR', 'HS'])}-${c.r.digits(3)} | ${m('n', full(p))} | ${c.r.pick(c.de ? ['Technikraum', 'Tiefgarage', 'Dach'] : ['Plant room', 'Car park', 'Roof'])} | ${c.date()} |`,
    )
    .join('\n');
  return `====== ${c.de ? 'Schlüsselbuch Bürohaus Westend' : 'Key and access card register -- Westgate House'} ======
^ ${c.de ? 'Nr.' : 'No.'} ^ ${c.de ? 'Inhaber' : 'Holder'} ^ ${c.de ? 'Bereich' : 'Area'} ^ ${c.de ? 'Ausgabe' : 'Issued'} ^
${rows}

${c.de ? 'Verlust gemeldet von' : 'Loss reported by'} //${m('n', holders[1].given)}// -- ${c.de ? 'Sperrung über' : 'card blocked via'} [[fm:zutritt|${c.de ? 'Zutrittssystem' : 'access system'}]], ${c.de ? 'Rückfragen' : 'queries'}: ${m('m', holders[1].email)}
`;
}

/** Confluence wiki markup: a facility-management service ticket with mentions and a VPN log. */
function confluenceTicket(c: Ctx): string {
  const tenant = c.p();
  const tech = c.p();
  return `{panel:title=${c.de ? 'Störmeldung' : 'Service ticket'} FM-${c.r.digits(5)}|borderStyle=solid}
||${c.de ? 'Feld' : 'Field'}||${c.de ? 'Wert' : 'Value'}||
|${c.de ? 'Melder' : 'Reported by'}|${m('n', full(tenant))}|
|${c.de ? 'Rückruf' : 'Call back'}|${m('t', tenant.phone)}|
|${c.de ? 'Anlage' : 'Asset'}|${c.de ? 'Lüftungsgerät RLT-3' : 'AHU-3'}|
{panel}
[~${tech.handle.toLowerCase()}] ${c.de ? 'bitte prüfen' : 'please check'}. ${c.de ? 'Fernzugriff der GLT von' : 'Remote BMS login from'} ${m('a', `${c.r.between(11, 223)}.${c.r.between(0, 255)}.${c.r.between(0, 255)}.${c.r.between(1, 254)}`)} ${c.de ? 'durch' : 'by'} ${m('n', full(tech))}.
{quote}${c.de ? 'Raum 3.14 zu warm, seit Montag.' : 'Room 3.14 too warm since Monday.'} -- ${m('n', tenant.given)}{quote}
`;
}

/** Confluence wiki markup: a tender bid opening record. */
function confluenceBids(c: Ctx): string {
  const officer = c.p();
  const witness = c.p();
  const bidders = [firm(c), firm(c), firm(c)];
  return `h1. ${c.de ? 'Submission Los 3 -- Rohbauarbeiten' : 'Tender opening -- Lot 3, Groundworks'}
{info}${c.de ? 'Eröffnungstermin' : 'Opened'} ${c.date()}, ${c.de ? 'Verhandlungsleiter' : 'chaired by'} ${m('n', full(officer))}; ${c.de ? 'Zeuge' : 'witness'} [~${witness.handle.toLowerCase()}] (${m('n', full(witness))}){info}
||${c.de ? 'Bieter' : 'Bidder'}||${c.de ? 'Angebotssumme' : 'Tender sum'}||${c.de ? 'Bemerkung' : 'Note'}||
${bidders.map((b) => `|${b}|${c.r.between(410, 990)}.${c.r.digits(3)},00|${c.r.pick(c.de ? ['vollständig', 'Nebenangebot', 'ohne Urkalkulation'] : ['complete', 'alternative bid', 'missing rates'])}|`).join('\n')}
${c.de ? 'Rückfragen an' : 'Queries to'} ${m('m', officer.email)}.
`;
}

/** Textile: a neighbour consultation notice for a building permit. */
function textileNeighbours(c: Ctx): string {
  const applicant = c.p();
  const n1 = c.p();
  const n2 = c.p();
  return c.de
    ? `h2. Nachbarbeteiligung Bauantrag ${c.r.between(100, 999)}/2026

*Bauherr:* ${m('n', full(applicant))}, ${parcel(c)}

|_. Nachbar |_. Anschrift |_. Zustimmung |
| ${m('n', full(n1))} | ${m('h', addr(n1, ', '))} | ja |
| ${m('n', full(n2))} | ${m('h', addr(n2, ', '))} | Einwendung |

bq. Die Abstandsfläche zur Grenze wird unterschritten. -- ${m('n', n2.given)}

Einwendungen bitte an "das Bauamt":mailto:bauamt@landkreis-beispiel.de oder "${m('n', full(applicant))}":mailto:${m('m', applicant.email)}.
`
    : `h2. Neighbour notification -- planning application ${c.r.between(100, 999)}/2026

*Applicant:* ${m('n', full(applicant))}, ${parcel(c)}

|_. Neighbour |_. Address |_. Response |
| ${m('n', full(n1))} | ${m('h', addr(n1, ', '))} | no objection |
| ${m('n', full(n2))} | ${m('h', addr(n2, ', '))} | objection |

bq. The extension will overshadow our garden. -- ${m('n', n2.given)}

Comments to "the planning office":mailto:planning@council-example.gov.uk or the applicant on ${m('t', applicant.phone)}.
`;
}

/** Textile: a site safety induction record with ID documents of the workers. */
function textileInduction(c: Ctx): string {
  const w = [c.p(), c.p()];
  const instr = c.p();
  return c.de
    ? `h3. Sicherheitsunterweisung Baustelle Neubau Klinikum, Haus D

Unterwiesen durch: _${m('n', full(instr))}_ (SiGeKo)

|_. Name |_. Geb.-Datum |_. Ausweis-Nr. |_. SOKA-BAU / RV-Nr. |
| ${m('n', full(w[0]))} | ${m('b', dobNumeric(w[0]))} | ${m('k', icaoNumber(c.r, 'id'))} | ${m('s', pensionNumber(c.r, w[0].birth, w[0].family, w[0].female))} |
| ${m('n', full(w[1]))} | ${m('b', dobNumeric(w[1]))} | ${m('r', icaoNumber(c.r, 'passport'))} | -- |

* Helmpflicht, Auffanggurt ab 2 m
* Notruf 112, Sammelplatz Tor 2
`
    : `h3. Site induction record -- Northgate Hospital, Block D

Inducted by: _${m('n', full(instr))}_ (CDM principal contractor)

|_. Name |_. DOB |_. ID checked |_. CSCS / phone |
| ${m('n', full(w[0]))} | ${m('b', dobIso(w[0]))} | DE ID card ${m('k', icaoNumber(c.r, 'id'))} | ${m('t', w[0].phone)} |
| ${m('n', full(w[1]))} | ${m('b', dobIso(w[1]))} | DE passport ${m('r', icaoNumber(c.r, 'passport'))} | ${m('t', w[1].phone)} |

* Hard hats at all times, harness above 2 m
* Emergency: 999, muster point Gate 2
`;
}

/** LaTeX: a reservation agreement for a new-build flat, the fee paid by card. */
function latexReservation(c: Ctx): string {
  const b = c.p();
  const cardNo = card(c.r);
  return c.de
    ? L`\section*{Reservierungsvereinbarung Wohnung~${c.r.between(1, 40)}}
Zwischen der Projektgesellschaft Quartier Mühlbach GmbH und
\textbf{${m('n', tex(full(b)))}}, geb. ${m('b', dobWords(b, 'de').replace(/ /g, '~'))}, wohnhaft ${m('h', tex(addr(b, ', ')))}.

Die Reservierungsgebühr von 5\,000~\euro{} wurde per Kreditkarte ${m('c', cardPrinted(cardNo, ' '))} belastet.
Sonderwünsche (Fliesen, Steckdosen) laut Anlage~2; Ansprechpartner \glqq Kundenbetreuung\grqq.
`
    : L`\section*{Reservation Agreement --- Apartment~${c.r.between(1, 40)}}
Between Bluestone Developments plc and \textbf{${m('n', full(b))}}, born ${m('b', dobWords(b, 'en'))}, of ${m('h', addr(b, ', '))}.

The reservation fee of \$5,000 was charged to card ${m('c', cardPrinted(cardNo, '-'))}.
Buyer's extras (kitchen upgrade, extra sockets) per Schedule~2. Contact: \href{mailto:${m('m', b.email)}}{${m('m', b.email)}}.
`;
}

/** LaTeX, no personal data: a concrete mix specification. */
function latexConcrete(c: Ctx): string {
  return c.de
    ? L`\section*{Betonrezeptur C30/37 XC4 XF1 -- ${oz(c)}}
\begin{tabular}{lr}
CEM III/A 42,5~N & ${c.r.between(300, 340)}~kg/m\textsuperscript{3} \\
Gesteinskörnung 0/16 & ${c.r.between(1750, 1850)}~kg/m\textsuperscript{3} \\
w/z-Wert & 0,${c.r.between(45, 55)} \\
Luftporen & 4--6\,\% \\
\end{tabular}
Einbau nur bei $\geq 5\,^\circ$C; Nachbehandlung 5~Tage. Bezug: ${changeOrder(c)}.
`
    : L`\section*{Concrete Mix Specification C32/40 --- ${oz(c)}}
\begin{tabular}{lr}
CEM I 52.5~N & ${c.r.between(300, 340)}~kg/m\textsuperscript{3} \\
Coarse aggregate 20~mm & ${c.r.between(1050, 1150)}~kg/m\textsuperscript{3} \\
w/c ratio & 0.${c.r.between(45, 55)} \\
Air content & 4--6\,\% \\
\end{tabular}
Place above 5\,$^\circ$C only; cure for 5~days. Ref.\ ${changeOrder(c)}.
`;
}

/** reStructuredText, no personal data: meter readings of a building's sub-meters. */
function rstMeters(c: Ctx): string {
  const rows = Array.from(
    { length: 4 },
    () => `${meter(c)}  ${String(c.r.between(1000, 99999)).padStart(8)}  ${c.r.pick(['kWh', 'm³'])}`,
  ).join('\n');
  return `${c.de ? 'Zählerablesung' : 'Meter readings'} ${c.date()}
${'='.repeat(c.de ? 25 : 25)}

.. rubric:: ${c.de ? 'Unterzähler Technikzentrale' : 'Sub-meters, plant room'}

==============  ========  ====
${c.de ? 'Zähler-Nr.    ' : 'Meter No.     '}  ${c.de ? 'Stand   ' : 'Reading '}  ${c.de ? 'Einh' : 'Unit'}
==============  ========  ====
${rows}
==============  ========  ====

.. note:: ${c.de ? 'Ablesung durch Hausmeisterdienst, Plausibilität geprüft.' : 'Read by the caretaker service, checked for plausibility.'}
`;
}

/** Textile: a special-requests (Sonderwünsche) sheet for a buyer, with a bank account for the refund. */
function textileSpecialRequests(c: Ctx): string {
  const b = c.p();
  return c.de
    ? `h2. Sonderwunschliste Haus ${c.r.between(1, 20)} -- ${m('n', full(b))}

# Fußbodenheizung Bad zusätzlich (${oz(c)})
# Steckdosen Küche +4
# Entfall Duschtrennwand (Gutschrift)

Gutschrift auf Konto ${m('i', ibanOf(c, 'g'))}; Bestätigung an "${m('m', b.email)}":mailto:${m('m', b.email)}, Tel. ${m('t', b.phone)}.
`
    : `h2. Buyer extras sheet -- Plot ${c.r.between(1, 20)}, ${m('n', full(b))}

# Underfloor heating in the en-suite (${oz(c)})
# Four extra kitchen sockets
# Omit shower screen (credit)

Credit to account ${m('i', ibanOf(c, 'g'))}; confirmation to "${m('m', b.email)}":mailto:${m('m', b.email)}.
`;
}

/** DokuWiki: a sample-apartment viewing list of a sales office. */
function dokuwikiViewings(c: Ctx): string {
  const v = [c.p(), c.p(), c.p()];
  const rows = v
    .map((p) => `| ${c.r.between(9, 17)}:00 | ${m('n', full(p))} | ${m('t', p.phone)} | ${m('m', p.email)} |`)
    .join('\n');
  return `===== ${c.de ? 'Musterwohnung -- Besichtigungen' : 'Show apartment -- viewings'} ${c.date()} =====
^ ${c.de ? 'Uhrzeit' : 'Time'} ^ Name ^ ${c.de ? 'Telefon' : 'Phone'} ^ E-Mail ^
${rows}
  * ${c.de ? 'Interessent zahlt Anzahlung per Karte' : 'Deposit paid by card'} ${m('c', card(c.r))}
  * ${c.de ? 'Vertrieb' : 'Sales'}: vertrieb@quartier-example.de
`;
}

/** Every kind with its notation; the last two carry no personal data. */
const KINDS: [string, (c: Ctx) => string][] = [
  ['latex-change-order-letter', latexLetter],
  ['latex-meeting-minutes', latexMinutes],
  ['latex-fee-invoice', latexInvoice],
  ['latex-reservation-agreement', latexReservation],
  ['asciidoc-site-diary', asciidocDiary],
  ['asciidoc-defects-list', asciidocDefects],
  ['rst-handover-protocol', rstHandover],
  ['rst-inspection-report', rstInspection],
  ['org-buyer-list', orgBuyers],
  ['org-caretaker-rota', orgRota],
  ['mediawiki-subcontractor-page', mediawikiCrew],
  ['mediawiki-accident-report', mediawikiAccident],
  ['dokuwiki-key-register', dokuwikiKeys],
  ['dokuwiki-viewing-list', dokuwikiViewings],
  ['confluence-service-ticket', confluenceTicket],
  ['confluence-bid-opening', confluenceBids],
  ['textile-neighbour-consultation', textileNeighbours],
  ['textile-safety-induction', textileInduction],
  ['textile-special-requests', textileSpecialRequests],
  ['latex-concrete-spec', latexConcrete],
  ['rst-meter-readings', rstMeters],
];

export interface Generated {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** `count` documents, alternately German and English, each from its own Threefry stream. */
export function generated(count: number, seed: number): Generated[] {
  const out: Generated[] = [];
  let turn = seed % 1000;
  for (let i = 0; i < count; i++) {
    const lang = i % 2 === 0 ? 'de' : 'en';
    const r = new Threefry(seed, i);
    const [kind, make] = KINDS[Math.floor(i / 2) % KINDS.length];
    const country = r.pick(lang === 'de' ? COUNTRIES_DE : COUNTRIES_EN);
    const ctx: Ctx = {
      r,
      lang,
      de: lang === 'de',
      country,
      p: () => person(r, turn++, country),
      date: () =>
        lang === 'de' ? `${r.between(1, 28)}.${r.between(1, 12)}.2026` : `${r.between(1, 28)}/${r.between(1, 12)}/2026`,
    };
    out.push({ lang, kind, ...readMarks(make(ctx)) });
  }
  return out;
}
