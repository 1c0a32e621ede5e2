import { readMarks } from './markup.js';
import { address, amount, cell, dob, person, V, wrapped } from './people.js';
import { mark } from './markup.js';
import { MT64 } from './random.js';

/**
 * Set 27's generated half: PRINT-SPOOL OUTPUT AND SCREEN CAPTURES OF BUSINESS SOFTWARE as they end up
 * pasted into tickets and knowledge-base pages: line-printer reports (carriage-control character in
 * column 1, page headers repeated after a form feed, page numbers, column headings, totals lines),
 * SAP-GUI ALV lists (selection header, `|`-framed grid, `-` rules), 3270 and 5250 screen dumps (24×80,
 * dotted field labels, function-key lines), box-drawing TUI tables and text-mode dialog boxes, printed
 * payslips and account statements with fixed columns and right-aligned amounts. Layout breaks values:
 * a name is cut at its column width or wrapped into the next row (also across a page break, with the
 * page header between), family and given name stand in separate columns, a dotted leader or a box
 * character touches a value, an IBAN's blocks stand in two columns of one row.
 */

type Lang = 'de' | 'en';
type Kind = (rng: MT64, lang: Lang) => string;

const n = (s: string) => mark('n', s);
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);
const user = (rng: MT64) => `USER: ${rng.pick(['TX', 'LB', 'FB', 'PR', 'DC', 'AU'])}${rng.digits(4)}`;
const spool = (rng: MT64, lang: Lang) => `${L(lang, 'SPOOL-NR.', 'SPOOL NO.')} ${rng.int(10000, 99999)}`;
const date = (rng: MT64, lang: Lang) => {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  return lang === 'de'
    ? `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.2025`
    : `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/2025`;
};
const FIRMS_DE = [
  'Kanzlei Brettschneider & Partner mbB',
  'Lohnbüro Elbaue GmbH',
  'Treuhand Südwest AG',
  'Inkasso Nordlicht GmbH',
  'Revisa Wirtschaftsprüfung GmbH',
  'Buchstelle Alpenvorland eG',
];
const FIRMS_EN = [
  'Harcourt Payroll Services Ltd',
  'Linton & Maybury LLP',
  'Keystone Collections Inc.',
  'Ardmore Accountancy Ltd',
  'Pemberton Audit LLP',
  'Fairlight Credit Bureau plc',
];
const firm = (rng: MT64, lang: Lang) => rng.pick(lang === 'de' ? FIRMS_DE : FIRMS_EN);
const CORP_CREDITORS_DE = [
  'Stadtwerke Gießen AG, Lonystraße 7, 35390 Gießen',
  'Finanzamt Regensburg, Landshuter Str. 4, 93047 Regensburg',
  'AOK Bayern, Carl-Wery-Str. 28, 81739 München',
  'Vodafone GmbH, Ferdinand-Braun-Platz 1, 40549 Düsseldorf',
];
const CORP_CREDITORS_EN = [
  'HM Revenue & Customs, BX9 1AS',
  'Severn Trent Water Ltd, Coventry CV1 2LZ',
  'Northgate Leasing plc, Leeds LS1 4DY',
  'Westshore Energy Ltd, Bristol BS1 6AE',
];
/** A field with a dotted leader, 3270/5250 fashion: `Name . . . . . :` padded to `width`. */
const dotted = (label: string, width: number) => {
  let s = label;
  while (s.length < width - 2) s += (s.length - label.length) % 2 === 0 ? ' ' : '.';
  return s + ': ';
};
const cents = (rng: MT64, lo: number, hi: number) => rng.int(lo * 100, hi * 100);

/** Pages of `per` body lines, each opened by a form feed and the page header (no form feed before page 1). */
function paginate(lines: string[], per: number, header: (page: number) => string[]): string {
  const out: string[] = [];
  for (let i = 0, page = 1; i < lines.length; i += per, page++) {
    const head = header(page);
    out.push((page > 1 ? '\f' : '') + head[0], ...head.slice(1), ...lines.slice(i, i + per));
  }
  return out.join('\n');
}

/**
 * Body lines per page: where a wrapped name's continuation row stands at line 3 or later, the page ends
 * just before it, so the page header comes between the two pieces (as a spool does); else 4 to 6.
 */
function pageLength(rng: MT64, continued: number[]): number {
  const at = continued.find((i) => i >= 3);
  return at ?? rng.int(4, 6);
}

// 1. Payroll register on a line printer: family name wraps, given name cut, pages break inside a record.
const payrollJournal: Kind = (rng, lang) => {
  const rows: string[] = [];
  const continued: number[] = [];
  const count = rng.int(6, 11);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const p = person(rng, lang);
    const pieces = wrapped(p.family.toUpperCase(), 14);
    const gross = cents(rng, 1800, 7400);
    total += gross;
    const cc = rng.chance(0.2) ? '0' : ' ';
    rows.push(
      `${cc} ${String(rng.int(1000, 9999)).padEnd(6)} ${cell('n', pieces[0], 14)} ${cell('n', p.given, 10)} ${String(rng.int(1, 6)).padEnd(3)}${amount(gross, 12, lang)}${amount(Math.round(gross * 0.14), 11, lang)}${amount(Math.round(gross * 0.2), 11, lang)}${amount(Math.round(gross * 0.66), 12, lang)}`,
    );
    for (const piece of pieces.slice(1)) {
      continued.push(rows.length);
      rows.push(`  ${' '.repeat(6)} ${cell('n', piece, 14)}`);
    }
  }
  rows.push(`0 ${L(lang, 'SUMME MANDANT', 'COMPANY TOTAL').padEnd(36)}${amount(total, 12, lang)}`);
  const m = firm(rng, lang);
  const period = lang === 'de' ? `ABRECHNUNGSMONAT ${rng.int(1, 12)}/2025` : `PAY PERIOD M${rng.int(1, 12)} 2025/26`;
  const u = user(rng);
  const s = spool(rng, lang);
  return paginate(rows, pageLength(rng, continued), (page) => [
    `1${L(lang, 'LOHNJOURNAL', 'PAYROLL REGISTER')}  ${m.toUpperCase().padEnd(44)} ${period.padEnd(28)} ${L(lang, 'SEITE', 'PAGE')} ${String(page).padStart(4)}`,
    ` ${u}   ${s}`,
    `0${L(lang, 'PERS-N NAME           VORNAME    SK       BRUTTO     LOHNST      SV-AN       NETTO', 'EMP-NO SURNAME        FORENAME   TC        GROSS        TAX         NI         NET')}`,
    ` ${'-'.repeat(100)}`,
  ]);
};

// 2. ALV list of a ledger's open items of private customers, with the selection header.
const alvOpenItems: Kind = (rng, lang) => {
  const head = L(
    lang,
    '| Kunde  | Name 1               | Anschrift                                    | Telefon           |        Betrag |',
    '| Cust.  | Name 1               | Address                                      | Telephone         |        Amount |',
  );
  const rule = '-'.repeat(head.length);
  const lines = [
    L(lang, 'Debitoren - Offene Posten Liste', 'Customers - Open Items List'),
    '',
    L(lang, `Buchungskreis        1000`, `Company code         1000`),
    L(lang, `Offene Posten zum   ${date(rng, lang)}`, `Open items at       ${date(rng, lang)}`),
    L(lang, 'Kontengruppe        PRIV (Privatkunden)', 'Account group       PRIV (private customers)'),
    '',
    rule,
    head,
    rule,
  ];
  for (let i = rng.int(3, 6); i > 0; i--) {
    const p = person(rng, lang);
    const name = `${p.given} ${p.family}`;
    lines.push(
      `| ${String(rng.int(200000, 299999)).padEnd(6)} | ${cell('n', name, 20)} | ${cell('h', address(p), 44)} | ${cell('t', p.phone, 17)} |${amount(cents(rng, 20, 4000), 15, lang)}|`,
    );
  }
  lines.push(rule, `| ${L(lang, 'Summe', 'Total').padEnd(100)}|${amount(cents(rng, 1000, 20000), 15, lang)}|`, rule);
  return lines.join('\n');
};

// 3. 3270 screen of a tax adviser's client master.
const screen3270Client: Kind = (rng, lang) => {
  const p = person(rng, 'de');
  const rows = [
    `${L(lang, 'KSTB010', 'TAXC010')}                ${L(lang, 'MANDANTENSTAMM ANZEIGEN', 'CLIENT MASTER - DISPLAY')}                 ${date(rng, lang)}`,
    `${L(lang, 'Mandant', 'Client')} ${rng.digits(5)}                                               ${user(rng)}`,
    '',
    ` ${dotted(L(lang, 'Name', 'Surname'), 22)}${n(p.family)}`,
    ` ${dotted(L(lang, 'Vorname', 'Forename'), 22)}${n(p.given)}`,
    ` ${dotted(L(lang, 'Geburtsdatum', 'Date of birth'), 22)}${mark('b', dob(rng, p, lang))}`,
    ` ${dotted(L(lang, 'Steuer-IdNr.', 'German tax id'), 22)}${mark('x', V.taxId(rng))}`,
    ` ${dotted(L(lang, 'Steuernummer', 'Tax office ref'), 22)}StNr. ${rng.int(10, 999)}/${rng.digits(3)}/${rng.digits(5)}`,
    ` ${dotted(L(lang, 'Anschrift', 'Address'), 22)}${mark('h', address(p))}`,
    ` ${dotted(L(lang, 'Telefon', 'Phone'), 22)}${mark('t', p.phone)}`,
    ` ${dotted('E-Mail', 22)}${mark('m', p.email)}`,
    rng.chance(0.5)
      ? ` ${dotted(L(lang, 'Ausweis (GwG)', 'ID card (AML)'), 22)}${mark('k', V.idCard(rng))}`
      : ` ${dotted(L(lang, 'Reisepass (GwG)', 'Passport (AML)'), 22)}${mark('r', V.passport(rng))}`,
    '',
    ` ${L(lang, 'Veranlagung 2024 . . :', 'Assessment 2024 . . .:')} ${rng.pick(['ERKL. ABGEGEBEN', 'BESCHEID GEPRUEFT', 'EINSPRUCH'])}`,
    ...Array.from({ length: 8 }, () => ''),
    ` ${L(lang, 'F3=Ende  F4=Auswahl  F5=Aktualisieren  F12=Abbrechen', 'F3=Exit  F4=Prompt  F5=Refresh  F12=Cancel')}`,
  ];
  return rows.map((r) => r.trimEnd()).join('\n');
};

// 4. AS/400 5250 screen of a payroll bureau's employee record.
const screen5250Employee: Kind = (rng, lang) => {
  const p = person(rng, 'de');
  const posted = rng.chance(0.5);
  const rows = [
    ` PRPER01R                ${L(lang, 'Personalstamm pflegen', 'Work with employee master')}             ${rng.pick(['S1', 'S4'])}${rng.digits(4)}`,
    `                                                          ${date(rng, lang)}`,
    ` ${L(lang, 'Personalnummer', 'Employee number')}  . . . :  ${rng.digits(6)}`,
    ` ${L(lang, 'Familienname  . . . . . :', 'Family name . . . . . . :')}  ${cell('n', p.family, 20)}${L(lang, 'Geburtsname :', 'Birth name :')} ${n(p.family)}`,
    ` ${L(lang, 'Vorname . . . . . . . . :', 'Given name  . . . . . . :')}  ${n(p.given)}`,
    ` ${L(lang, 'Geburtsdatum  . . . . . :', 'Date of birth . . . . . :')}  ${mark('b', dob(rng, p, 'de'))}`,
    ` ${L(lang, 'Rentenvers.-Nr. . . . . :', 'German pension no. . . . :')}  ${mark('s', V.pension(rng, p))}`,
    ` ${L(lang, posted ? 'Reisepass-Nr. . . . . . :' : 'Personalausweis-Nr. . . :', posted ? 'Passport no.  . . . . . :' : 'ID card no. . . . . . . :')}  ${mark(posted ? 'r' : 'k', posted ? V.passport(rng) : V.idCard(rng))}`,
    ` ${L(lang, 'Steuerklasse  . . . . . :', 'Tax class . . . . . . . :')}  ${rng.int(1, 5)}    ${L(lang, 'Konfession . :', 'Church tax :')} ${rng.pick(['rk', 'ev', '--'])}`,
    ` ${L(lang, 'Anschrift . . . . . . . :', 'Home address  . . . . . :')}  ${mark('h', address(p))}`,
    '',
    ` ${L(lang, 'Eintritt  . . . . . . . :', 'Start date  . . . . . . :')}  ${date(rng, lang)}`,
    ...Array.from({ length: 9 }, () => ''),
    ` F3=${L(lang, 'Verlassen', 'Exit')}   F4=${L(lang, 'Bedienerführung', 'Prompt')}   F10=${L(lang, 'Sichern', 'Save')}   F12=${L(lang, 'Abbrechen', 'Cancel')}`,
  ];
  return rows.join('\n');
};

// 5. Box-drawing creditor table of an insolvency file: values glued to the box characters.
const creditorBox: Kind = (rng, lang) => {
  const w = [4, 26, 46, 13];
  const bar = (l: string, m: string, r: string) => l + w.map((x) => '─'.repeat(x)).join(m) + r;
  const lines = [
    L(
      lang,
      `Insolvenzverfahren ${rng.int(1, 99)} IN ${rng.int(100, 999)}/25 - Gläubigerverzeichnis (Auszug)`,
      `Creditors' voluntary liquidation ${rng.int(100, 999)}/25 - list of creditors (extract)`,
    ),
    bar('┌', '┬', '┐'),
    `│${L(lang, 'Nr.', 'No.').padEnd(4)}│${L(lang, 'Gläubiger', 'Creditor').padEnd(26)}│${L(lang, 'Anschrift', 'Address').padEnd(46)}│${L(lang, 'Forderung', 'Claim').padStart(13)}│`,
    bar('├', '┼', '┤'),
  ];
  const corp = lang === 'de' ? CORP_CREDITORS_DE : CORP_CREDITORS_EN;
  for (let i = 1; i <= rng.int(4, 7); i++) {
    const glue = rng.chance(0.4);
    let who: string;
    let where: string;
    if (rng.chance(0.3)) {
      const [f, ...rest] = rng.pick(corp).split(', ');
      who = f.slice(0, 26).padEnd(26);
      where = rest.join(', ').slice(0, 46).padEnd(46);
    } else {
      const p = person(rng, lang);
      const name = `${p.family}, ${p.given}`;
      const shown = name.slice(0, 26).replace(/[\s,]+$/u, '');
      who = glue ? n(shown) + ' '.repeat(26 - shown.length) : ` ${cell('n', name, 25)}`;
      where = cell('h', address(p), 46);
    }
    lines.push(`│${String(i).padEnd(4)}│${who}│${where}│${amount(cents(rng, 90, 30000), 13, lang)}│`);
  }
  lines.push(bar('└', '┴', '┘'));
  return lines.join('\n');
};

// 6. Printed payslip with fixed columns; the IBAN's blocks stand in two columns of one row.
const payslip: Kind = (rng, lang) => {
  const p = person(rng, lang);
  const ib = V.iban(rng, lang === 'de' ? rng.pick(['DE', 'AT']) : rng.pick(['GB', 'IE']), 'grouped');
  const cut = ib.length > 20 ? 20 : 15;
  const gross = cents(rng, 2100, 6900);
  const lines = [
    `${firm(rng, lang).padEnd(50)}${L(lang, 'Abrechnung der Brutto/Netto-Bezüge', 'Payslip')} ${rng.int(1, 12)}/2025`,
    '',
    `${L(lang, 'Pers.-Nr.', 'Payroll no.').padEnd(12)}${rng.digits(5).padEnd(10)}${L(lang, 'Geb.-Datum', 'Born').padEnd(12)}${mark('b', dob(rng, p, lang))}`,
    // Given and family name on one line are one label (the set's rule), as on the statement below.
    n(`${p.given} ${p.family}`),
    mark('h', `${p.street}\n${p.town}`),
    '',
    lang === 'de'
      ? `Steuer-ID   ${mark('x', V.taxId(rng))}   SV-Nummer  ${mark('s', V.pension(rng, p))}   StKl ${rng.int(1, 5)}`
      : `Tax code ${rng.int(1100, 1400)}L   NI cat. A   ${rng.pick(['Monthly', 'Week 1/Month 1'])}`,
    '',
    `${L(lang, 'Lohnart', 'Item').padEnd(30)}${L(lang, 'Betrag', 'Amount').padStart(14)}`,
    `${L(lang, 'Gehalt', 'Basic salary').padEnd(30)}${amount(gross, 14, lang)}`,
    `${L(lang, 'Lohnsteuer', 'Income tax (PAYE)').padEnd(30)}${amount(-Math.round(gross * 0.15), 14, lang)}`,
    `${L(lang, 'Rentenversicherung AN', 'National Insurance').padEnd(30)}${amount(-Math.round(gross * 0.093), 14, lang)}`,
    `${L(lang, 'Auszahlungsbetrag', 'Net pay').padEnd(30)}${amount(Math.round(gross * 0.66), 14, lang)}`,
    '',
    `${L(lang, 'Bankverbindung', 'Paid to account').padEnd(18)}${L(lang, 'IBAN', 'IBAN')}  ${mark('i', `${ib.slice(0, cut).trimEnd()}${' '.repeat(6)}${ib.slice(cut).trimStart()}`)}`,
  ];
  return lines.join('\n');
};

// 7. A debt collector's printed statement of account, amounts right-aligned.
const statement: Kind = (rng, lang) => {
  const p = person(rng, lang);
  const lines = [
    `${firm(rng, lang)}  ·  ${L(lang, 'Forderungskonto', 'Statement of account')}  ·  ${L(lang, 'Az.', 'Ref.')} ${rng.pick(['IK', 'DC'])}-${rng.digits(6)}`,
    L(
      lang,
      `Gläubiger-ID DE${rng.digits(2)}ZZZ${rng.digits(11)}`,
      `Creditor ref. DE${rng.digits(2)}ZZZ${rng.digits(11)} (SEPA)`,
    ),
    '',
    `${n(`${p.given} ${p.family}`)}`,
    mark('h', `${p.street}\n${p.town}`),
    '',
    `${L(lang, 'Datum', 'Date').padEnd(12)}${L(lang, 'Buchungstext', 'Description').padEnd(40)}${L(lang, 'Soll', 'Debit').padStart(13)}${L(lang, 'Haben', 'Credit').padStart(13)}`,
    '-'.repeat(78),
  ];
  let bal = 0;
  for (let i = rng.int(3, 6); i > 0; i--) {
    const pay = rng.chance(0.4);
    const v = cents(rng, 15, 900);
    bal += pay ? -v : v;
    if (pay) {
      const ib = V.iban(rng, lang === 'de' ? 'DE' : 'GB', 'compact');
      lines.push(
        `${date(rng, lang).padEnd(12)}${L(lang, 'Zahlung von', 'Payment from').padEnd(13)}${mark('i', ib)}${' '.repeat(Math.max(1, 27 - ib.length))}${''.padStart(13)}${amount(v, 13, lang)}`,
      );
    } else
      lines.push(
        `${date(rng, lang).padEnd(12)}${rng.pick(lang === 'de' ? ['Hauptforderung', 'Verzugszinsen', 'Mahnkosten', 'Inkassovergütung'] : ['Principal', 'Interest', 'Collection fee', 'Late charge']).padEnd(40)}${amount(v, 13, lang)}${''.padStart(13)}`,
      );
  }
  lines.push('='.repeat(78), `${L(lang, 'Saldo zu Ihren Lasten', 'Balance due').padEnd(52)}${amount(bal, 13, lang)}`);
  return lines.join('\n');
};

// 8. Text-mode dialog box of an address enquiry: values glued to the double frame.
const dialogTrace: Kind = (rng, lang) => {
  const p = person(rng, lang);
  const q = person(rng, lang);
  const wd = 58;
  const row = (label: string, code: string | null, value: string) => {
    const text = `${label}${value}`;
    const room = wd - text.length;
    return `║${label}${code ? mark(code, value) : value}${' '.repeat(Math.max(0, room))}║`;
  };
  return [
    `╔${'═'.repeat(wd)}╗`,
    `║${L(lang, ' Adressermittlung - Ergebnis ', ' Address trace - result ').padEnd(wd)}║`,
    `╟${'─'.repeat(wd)}╢`,
    row(L(lang, ' Schuldner: ', ' Debtor: '), 'n', `${p.given} ${p.family}`),
    row(L(lang, ' geb.: ', ' DOB: '), 'b', dob(rng, p, lang)),
    row(L(lang, ' alte Anschr.: ', ' Old address: '), 'h', address(p)),
    row(L(lang, ' neue Anschr.: ', ' New address: '), 'h', address(q)),
    row(L(lang, ' Tel.: ', ' Tel: '), 't', q.phone),
    row(L(lang, ' Quelle: ', ' Source: '), null, rng.pick(['EMA', 'Post', 'Melderegister', 'Electoral roll'])),
    `╟${'─'.repeat(wd)}╢`,
    `║${L(lang, '      < Übernehmen >        < Abbrechen >', '      < Accept >            < Cancel >').padEnd(wd)}║`,
    `╚${'═'.repeat(wd)}╝`,
  ].join('\n');
};

// 9. Dunning run protocol: dotted leaders right before the values.
const leader = (label: string) => label + '.'.repeat(34 - label.length);
const dunningRun: Kind = (rng, lang) => {
  const out = [
    `1${L(lang, 'MAHNLAUF', 'DUNNING RUN')} ${date(rng, lang)}   ${firm(rng, lang).toUpperCase()}   ${user(rng)}`,
    ` ${spool(rng, lang)}   ${L(lang, `Gläubiger-ID DE${rng.digits(2)}ZZZ${rng.digits(11)}`, `USt-IdNr. DE${rng.digits(9)} (German branch)`)}`,
    '',
  ];
  for (let i = rng.int(2, 4); i > 0; i--) {
    const p = person(rng, lang);
    out.push(
      ` ${leader(L(lang, 'Schuldner', 'Debtor'))}${n(`${p.family.toUpperCase()}, ${p.given}`)}`,
      ` ${leader(L(lang, 'Anschrift', 'Address'))}${mark('h', address(p))}`,
      ` ${leader(L(lang, 'E-Mail', 'E-mail'))}${mark('m', p.email)}`,
      ` ${leader(L(lang, 'Mahnstufe', 'Level'))}${rng.int(1, 3)}    ${L(lang, 'Offen', 'Open')}....${amount(cents(rng, 30, 3000), 12, lang).trim()}`,
      '0',
    );
  }
  out.push(` ${L(lang, '*** ENDE DES MAHNLAUFS ***', '*** END OF DUNNING RUN ***')}`);
  return out.join('\n');
};

// 10. ALV list of wage garnishments: surname and given name in separate columns, creditors are firms.
const alvGarnishments: Kind = (rng, lang) => {
  const head = L(
    lang,
    '|PersNr|Nachname        |Vorname     |Geb.-Dat.  |Gläubiger                 |Aktenz.     |   Rate mtl.|',
    '|EmpNo |Surname         |Forename    |Born       |Creditor                  |Court ref.  |  Per month|',
  );
  const rule = '-'.repeat(head.length);
  const lines = [
    L(lang, 'Pfändungen und Abtretungen - Übersicht', 'Attachment of earnings orders - overview'),
    L(
      lang,
      `Abrechnungskreis  ${rng.pick(['L1', 'L2'])}     Stand ${date(rng, lang)}`,
      `Payroll area      ${rng.pick(['UK', 'IE'])}     As at ${date(rng, lang)}`,
    ),
    rule,
    head,
    rule,
  ];
  const corp = lang === 'de' ? CORP_CREDITORS_DE : CORP_CREDITORS_EN;
  for (let i = rng.int(3, 6); i > 0; i--) {
    const p = person(rng, lang);
    lines.push(
      `|${rng.digits(6)}|${cell('n', p.family, 16)}|${cell('n', p.given, 12)}|${cell('b', dob(rng, p, 'de'), 11)}|${rng.pick(corp).split(',')[0].slice(0, 26).padEnd(26)}|${`${rng.int(1, 9)} M ${rng.int(100, 999)}/25`.padEnd(12)}|${amount(cents(rng, 40, 900), 12, lang)}|`,
    );
  }
  lines.push(rule);
  return lines.join('\n');
};

// 11. Pension enrolment spool report: name wrapped, pension number and e-mail in columns.
const pensionEnrolment: Kind = (rng, lang) => {
  const rows: string[] = [];
  const continued: number[] = [];
  for (let i = rng.int(3, 6); i > 0; i--) {
    const p = person(rng, lang === 'de' ? 'de' : 'en');
    const pieces = wrapped(`${p.given} ${p.family}`, 16);
    const id =
      lang === 'de'
        ? cell('s', V.pension(rng, p), 20)
        : cell(null, rng.pick(['Eligible jobholder', 'Non-eligible', 'Entitled worker']), 18);
    rows.push(` ${cell('n', pieces[0], 16)}  ${cell('b', dob(rng, p, lang), 11)}  ${id} ${mark('m', p.email)}`);
    for (const piece of pieces.slice(1)) {
      continued.push(rows.length);
      rows.push(` ${cell('n', piece, 16)}`);
    }
  }
  const u = user(rng);
  return paginate(rows, pageLength(rng, continued), (page) => [
    `1${L(lang, 'ENTGELTUMWANDLUNG bAV - NEUANMELDUNGEN', 'AUTO-ENROLMENT - NEW MEMBERS')}   ${u}   ${L(lang, 'BLATT', 'SHEET')} ${page}`,
    ` ${L(lang, 'NAME             GEB.-DATUM   RV-NUMMER            E-MAIL', 'NAME             DOB          ASSESSMENT         E-MAIL')}`,
  ]);
};

// 12. Credit file screen of a credit agency (private person).
const creditScreen: Kind = (rng, lang) => {
  const p = person(rng, lang);
  const old = person(rng, lang);
  return [
    `CRD300  ${L(lang, 'AUSKUNFT PRIVATPERSON', 'CONSUMER CREDIT FILE')}          ${L(lang, 'Anfrage', 'Enquiry')} ${rng.digits(8)}   ${date(rng, lang)}`,
    '',
    ` ${L(lang, 'Name', 'Name')}     ${n(p.family.toUpperCase())}`,
    ` ${L(lang, 'Vorname', 'Forenames')}  ${n(p.given.toUpperCase())}`,
    ` ${L(lang, 'Geb.', 'DOB')}      ${mark('b', dob(rng, p, lang))}`,
    ` ${L(lang, 'Anschr.', 'Address')}  ${mark('h', address(p))}`,
    ` ${L(lang, 'Voranschr.', 'Previous')} ${mark('h', address(old))}`,
    ` ${L(lang, 'Legit.', 'ID doc')}   ${rng.chance(0.5) ? `PA ${mark('k', V.idCard(rng))}` : `RP ${mark('r', V.passport(rng))}`}`,
    '',
    ` ${L(lang, 'Score', 'Score')} ${rng.int(350, 999)}   ${L(lang, 'Merkmale', 'Records')}: ${rng.pick(['GIROKONTO', 'RATENKREDIT ERLEDIGT', 'CCJ SATISFIED', 'DEFAULT 2022'])}`,
    ` ${L(lang, 'Abfragen letzte 12 Mon.', 'Searches 12 months')}: ${rng.int(0, 9)}`,
    '',
    ' F1=Help  F3=Exit  F7=Bwd  F8=Fwd  F11=Print',
  ].join('\n');
};

// 13. Expense audit sample in a box table: the employee's own card paid, reimbursed.
const expenseAudit: Kind = (rng, lang) => {
  const lines = [
    L(
      lang,
      `Prüfung Reisekosten - Stichprobe ${rng.int(1, 4)}/2025 (${firm(rng, lang)})`,
      `Expense audit - sample ${rng.int(1, 4)}/2025 (${firm(rng, lang)})`,
    ),
    '┌────────────────────────┬──────────────────────┬────────────┬──────────────────┐',
    `│${L(lang, 'Mitarbeiter', 'Employee').padEnd(24)}│${L(lang, 'Karte (privat)', 'Card (personal)').padEnd(22)}│${L(lang, 'Betrag', 'Amount').padStart(12)}│${L(lang, 'Befund', 'Finding').padEnd(18)}│`,
    '├────────────────────────┼──────────────────────┼────────────┼──────────────────┤',
  ];
  for (let i = rng.int(3, 5); i > 0; i--) {
    const p = person(rng, lang);
    lines.push(
      `│${cell('n', `${p.given} ${p.family}`, 24)}│${cell('c', V.card(rng), 22)}│${amount(cents(rng, 12, 1400), 12, lang)}│${rng.pick(lang === 'de' ? ['ohne Beleg', 'i.O.', 'doppelt', 'Bewirtung?'] : ['no receipt', 'ok', 'duplicate', 'entertainment?']).padEnd(18)}│`,
    );
  }
  lines.push('└────────────────────────┴──────────────────────┴────────────┴──────────────────┘');
  return lines.join('\n');
};

// 14. A tax adviser's return-deadline list: tax ids in a column, names cut at the width.
const deadlineList: Kind = (rng, lang) => {
  const rows: string[] = [];
  for (let i = rng.int(4, 8); i > 0; i--) {
    const p = person(rng, 'de');
    rows.push(
      ` ${rng.digits(5)}  ${cell('n', `${p.family}, ${p.given}`, 22)}  ${cell('x', V.taxId(rng), 14)}  StNr. ${rng.int(10, 99)}/${rng.digits(3)}/${rng.digits(5)}  ${date(rng, lang)}  ${rng.pick(['ESt', 'ESt+USt', 'ESt/Anlage V'])}`,
    );
  }
  const u = user(rng);
  return paginate(rows, rng.int(3, 5), (page) => [
    `1${L(lang, 'FRISTENLISTE STEUERERKLAERUNGEN 2024', 'TAX RETURN DEADLINES 2024 (GERMAN CLIENTS)')}    ${u}    ${L(lang, 'SEITE', 'PAGE')} ${page}`,
    ` ${L(lang, 'MDT    MANDANT                 STEUER-ID       STEUERNUMMER          FRIST       ART', 'CLNT   CLIENT                  TAX ID          TAX OFFICE REF        DUE         TYPE')}`,
    ' ' + '.'.repeat(110),
  ]);
};

// 15. ALV list of a client portal's logins: personal mailboxes and the IP addresses of their devices.
const alvLogins: Kind = (rng, lang) => {
  const head = L(
    lang,
    '|Zeitpunkt          |Benutzer (E-Mail)                    |IP-Adresse                |Ergebnis  |',
    '|Timestamp          |User (e-mail)                        |IP address                |Result    |',
  );
  const rule = '-'.repeat(head.length);
  const lines = [
    L(lang, 'Mandantenportal - Anmeldeprotokoll', 'Client portal - sign-in log'),
    L(lang, `Zeitraum ${date(rng, lang)} bis ${date(rng, lang)}`, `Period ${date(rng, lang)} to ${date(rng, lang)}`),
    rule,
    head,
    rule,
  ];
  for (let i = rng.int(3, 6); i > 0; i--) {
    const p = person(rng, lang);
    lines.push(
      `|${`${date(rng, lang)} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`.padEnd(19)}|${cell('m', p.email, 37)}|${cell('a', V.ip(rng), 26)}|${rng.pick(['OK', 'OK', 'MFA', L(lang, 'FEHLER', 'FAILED')]).padEnd(10)}|`,
    );
  }
  lines.push(rule);
  return lines.join('\n');
};

// 16. Trial balance on a line printer: no personal data.
const trialBalance: Kind = (rng, lang) => {
  const rows: string[] = [];
  const accounts =
    lang === 'de'
      ? [
          '0420 Büroeinrichtung',
          '1200 Bank',
          '1400 Forderungen LuL',
          '1600 Verbindlichkeiten LuL',
          '4100 Löhne',
          '4130 Gesetzl. soziale Aufw.',
          '4210 Miete',
          '8400 Erlöse 19 % USt',
        ]
      : [
          '0030 Office equipment',
          '1200 Bank current account',
          '1100 Trade debtors',
          '2100 Trade creditors',
          '7000 Gross wages',
          '7006 Employer NI',
          '7100 Rent',
          '4000 Sales',
        ];
  for (const a of accounts)
    rows.push(` ${a.padEnd(34)}${amount(cents(rng, 0, 90000), 15, lang)}${amount(cents(rng, 0, 90000), 15, lang)}`);
  const u = user(rng);
  const client = rng.int(10000, 99999);
  return paginate(rows, 5, (page) => [
    `1${L(lang, 'SUMMEN- UND SALDENLISTE 12/2025', 'TRIAL BALANCE PERIOD 12')}   ${L(lang, 'MANDANT', 'COMPANY')} ${client}   ${u}   ${L(lang, 'SEITE', 'PAGE')} ${page}`,
    ` ${L(lang, 'KONTO BEZEICHNUNG                          SOLL           HABEN', 'ACCT  NAME                                 DEBIT          CREDIT')}`,
  ]);
};

// 17. Batch job status screen: no personal data.
const jobScreen: Kind = (rng, lang) =>
  [
    ` ${L(lang, 'Mit aktiven Jobs arbeiten', 'Work with Active Jobs')}                              ${rng.pick(['PAYSYS01', 'FIBU02'])}`,
    ` CPU %:   ${rng.int(1, 90)}.${rng.int(0, 9)}     ${L(lang, 'Abgelaufene Zeit', 'Elapsed time')}:   00:${String(rng.int(10, 59))}:${String(rng.int(10, 59))}`,
    '',
    ` ${L(lang, 'Opt  Subsystem/Job  Benutzer    Art  CPU %  Funktion        Status', 'Opt  Subsystem/Job  User        Type CPU %  Function        Status')}`,
    `      QBATCH         QSYS        SBS     .0                   DEQW`,
    `        LOHN${rng.int(10, 99)}B     ${user(rng).slice(6)}      BCH    ${rng.int(1, 40)}.${rng.int(0, 9)}  PGM-PR${rng.digits(3)}      RUN`,
    `        MAHN${rng.int(10, 99)}      ${user(rng).slice(6)}      BCH     .${rng.int(1, 9)}  PGM-DN${rng.digits(3)}      DLYW`,
    `      QSPL           QSYS        SBS     .0                   DEQW`,
    ' ' + spool(rng, lang),
    '',
    ` F3=${L(lang, 'Verlassen', 'Exit')}  F5=${L(lang, 'Aktualisieren', 'Refresh')}  F11=${L(lang, 'Weitere Ansicht', 'Display elapsed data')}  F12=${L(lang, 'Abbrechen', 'Cancel')}`,
  ].join('\n');

/** The kinds in a fixed order; the last two carry no personal data. */
const KINDS: [string, Kind][] = [
  ['spool-payroll-register', payrollJournal],
  ['alv-open-items', alvOpenItems],
  ['screen-3270-client-master', screen3270Client],
  ['screen-5250-employee', screen5250Employee],
  ['box-table-creditors', creditorBox],
  ['printed-payslip', payslip],
  ['printed-statement-of-account', statement],
  ['dialog-address-trace', dialogTrace],
  ['spool-dunning-run', dunningRun],
  ['alv-garnishments', alvGarnishments],
  ['spool-pension-enrolment', pensionEnrolment],
  ['screen-credit-file', creditScreen],
  ['box-table-expense-audit', expenseAudit],
  ['spool-tax-deadlines', deadlineList],
  ['alv-portal-logins', alvLogins],
  ['spool-trial-balance', trialBalance],
  ['screen-active-jobs', jobScreen],
];

/** `count` documents, kinds in turn, each kind in both languages; the same for the same seed. */
export function generated(count: number, seed: number) {
  const rng = new MT64(seed, 27);
  return Array.from({ length: count }, (_, i) => {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const [kind, make] = KINDS[Math.floor(i / 2) % KINDS.length];
    const source = make(rng, lang);
    return { lang, kind, ...readMarks(source) };
  });
}
