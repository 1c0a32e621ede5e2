import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import type { TestDocument, TestLabel } from './markup.js';
import {
  cat,
  decodedValue,
  esc,
  h,
  jsonEscaped,
  jsonRaw,
  percentAll,
  text,
  val,
  type Frag,
  type Part,
  type TextStyle,
} from './page.js';
import { address, dottedDate, isoDate, mailbox, person, phone, type Person } from './people.js';
import { Cmrg } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 32's generator: aviation web pages AS PAGE SOURCE — the HTML a crawler hands to an ingest, not
 * the text a browser shows. Rules of the source as labelled:
 * - Each occurrence of a value is labelled where it stands: in text, in an attribute (`value="…"`,
 *   `content="…"`, `data-phone="…"`, `datetime="…"`, after `mailto:` or `tel:` in an href), in JSON-LD and
 *   in a framework's state JSON; a value in an attribute and again in the text is two labels.
 * - A label runs from the value's first character to its last as the source writes it: character
 *   references (`&#64;`, `&auml;`, `&nbsp;`), JSON `\u00fc` escapes and percent-encoding lie inside, and
 *   so does any markup that splits the value (`Kow</b>alski`, `171 <span class="digits">2345678`): a
 *   value split by inline tags is ONE label over the whole value, never one per piece.
 * - An address given in parts (schema.org PostalAddress fields, microdata itemprops, a <br> between
 *   street and town) is one label from the street's first character to the town's last; given and
 *   family name in separate fields are two labels.
 * - Organisations' own values are never labelled: airline and airport addresses, switchboards, hotlines,
 *   role mailboxes, firm IBANs, aircraft registrations, flight numbers, ICAO/IATA codes, PNR record
 *   locators, badge and crew ids, bag tags, licence reference numbers, hashed ids, server addresses of
 *   the airline's own infrastructure and masked cards.
 */

type Lang = 'de' | 'en';
interface Ctx {
  rng: Cmrg;
  lang: Lang;
  style: TextStyle;
  org: Org;
}
interface Org {
  name: string;
  domain: string;
  street: string;
  town: string;
  switchboard: string;
  iata: string;
}

const ORGS: Org[] = [
  {
    name: 'Alpenflug Regional GmbH',
    domain: 'alpenflug-regional.de',
    street: 'Flughafenstraße 100',
    town: '70629 Stuttgart',
    switchboard: '+49 711 948 0',
    iata: 'AQ',
  },
  {
    name: 'Rhein-Main Ground Services GmbH',
    domain: 'rmgs-fra.de',
    street: 'Gebäude 458, Tor 31',
    town: '60549 Frankfurt am Main',
    switchboard: '+49 69 690 12000',
    iata: 'FRA',
  },
  {
    name: 'Danubia Air AG',
    domain: 'danubia-air.at',
    street: 'Office Park 3',
    town: '1300 Wien-Flughafen',
    switchboard: '+43 1 7007 0',
    iata: 'DN',
  },
  {
    name: 'Glattal Aviation Services AG',
    domain: 'glattal-aviation.ch',
    street: 'Operation Center 1',
    town: '8058 Zürich-Flughafen',
    switchboard: '+41 43 816 22 11',
    iata: 'ZRH',
  },
  {
    name: 'Shannonside Airways DAC',
    domain: 'shannonside.ie',
    street: 'Airport House, Shannon',
    town: 'Co. Clare V14 EE06',
    switchboard: '+353 61 712 000',
    iata: 'SQ',
  },
  {
    name: 'Thames Valley Flight Academy Ltd',
    domain: 'tvfa.co.uk',
    street: 'Hangar 5, White Waltham Airfield',
    town: 'Maidenhead SL6 3NJ',
    switchboard: '+44 1628 823 000',
    iata: 'EGLM',
  },
  {
    name: 'Bosporus Sky Hizmetleri A.Ş.',
    domain: 'bosporus-sky.com.tr',
    street: 'Tayakadın Mah. Terminal Cad. No: 1',
    town: '34283 Arnavutköy/İstanbul',
    switchboard: '+90 212 891 00 00',
    iata: 'BK',
  },
  {
    name: 'Gulf Wings Aviation LLC',
    domain: 'gulfwings.ae',
    street: 'Dubai Airport Free Zone, Building 6W',
    town: 'P.O. Box 54321, Dubai',
    switchboard: '+971 4 299 0000',
    iata: 'GW',
  },
  {
    name: 'Hanse Medflight GmbH',
    domain: 'hanse-medflight.de',
    street: 'Flughafenstraße 1-3',
    town: '22335 Hamburg',
    switchboard: '+49 40 5075 0',
    iata: 'HMF',
  },
  {
    name: 'Flughafen Elbtal GmbH',
    domain: 'flughafen-elbtal.de',
    street: 'Wilhelmine-Reichard-Ring 1',
    town: '01109 Dresden',
    switchboard: '+49 351 881 0',
    iata: 'DRS',
  },
];

const REGS = ['D-AQKL', 'D-AIWT', 'OE-LBX', 'HB-JCS', 'EI-FNJ', 'G-EZWX', 'D-EFGH', 'TC-JVK', 'A6-GWB', 'D-HMFA'];
const AIRPORTS = [
  'FRA',
  'MUC',
  'STR',
  'VIE',
  'ZRH',
  'DUB',
  'IST',
  'DXB',
  'LHR',
  'BOM',
  'LOS',
  'NBO',
  'GRU',
  'HND',
  'ICN',
  'YUL',
  'JFK',
  'AMS',
  'CDG',
  'MAD',
  'FCO',
  'WAW',
];

const t = (c: Ctx, de: string, en: string) => (c.lang === 'de' ? de : en);
const flightNo = (c: Ctx) =>
  `${c.org.iata.length === 2 ? c.org.iata : c.rng.pick(['LH', 'OS', 'LX', 'EI', 'TK', 'EK'])} ${c.rng.int(100, 4899)}`;
const pnr = (c: Ctx) => Array.from({ length: 6 }, () => c.rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('');
/** Two different airports (a route). */
const twoAirports = (c: Ctx): [string, string] => {
  const from = c.rng.pick(AIRPORTS);
  const to = c.rng.pick(AIRPORTS.filter((a) => a !== from));
  return [from, to];
};
const badge = (c: Ctx) => `${c.org.iata.slice(0, 3)}-${c.rng.digits(6)}`;

// --- a person's values, as the source writes them -----------------------------------------------

const fullName = (p: Person) => `${p.given} ${p.family}`;

/** A name in page text: whole, or split by an inline tag (the label over the whole). */
function nameText(c: Ctx, name: string): Frag {
  const r = c.rng.below(10);
  if (r < 6 || name.length < 6) return val('PERSON', text(name, c.style));
  const cut = c.rng.int(2, Math.min(name.length - 2, 5));
  const [a, b] = [name.slice(0, cut), name.slice(cut)];
  if (a.endsWith(' ') || b.startsWith(' ')) return val('PERSON', text(name, c.style));
  if (r < 8) return cat('<b>', val('PERSON', `${text(a, c.style)}</b>${text(b, c.style)}`));
  return cat('<mark class="hit">', val('PERSON', `${text(a, c.style)}</mark>${text(b, c.style)}`));
}

const attrName = (c: Ctx, name: string) => val('PERSON', c.style === 'utf8' ? esc(name) : text(name, c.style));

function phoneText(c: Ctx, ph: string): Frag {
  const r = c.rng.below(10);
  if (r < 5) return val('PHONE_NUMBER', ph);
  if (r < 8) return val('PHONE_NUMBER', ph.replace(/ /g, '&nbsp;'));
  const at = ph.lastIndexOf(' ');
  if (at < 0) return val('PHONE_NUMBER', ph);
  return cat(val('PHONE_NUMBER', `${ph.slice(0, at + 1)}<span class="digits">${ph.slice(at + 1)}`), '</span>');
}
const telHref = (ph: string) => val('PHONE_NUMBER', ph.replace(/[\s()/-]/g, ''));
const telLink = (c: Ctx, ph: string): Frag => h`<a href="tel:${telHref(ph)}">${phoneText(c, ph)}</a>`;

function mailText(c: Ctx, m: string): Frag {
  return val('EMAIL_ADDRESS', c.rng.chance(0.35) ? m.replace('@', '&#64;') : m);
}
const mailHref = (c: Ctx, m: string) => val('EMAIL_ADDRESS', c.rng.chance(0.25) ? percentAll(m) : m);
const mailLink = (c: Ctx, m: string): Frag => h`<a href="mailto:${mailHref(c, m)}">${mailText(c, m)}</a>`;

function dobText(c: Ctx, p: Person): Frag {
  const b = p.birth;
  const r = c.rng.below(6);
  let s: string;
  if (r < 2) s = dottedDate(b);
  else if (r === 2)
    s = c.lang === 'de' ? `${b.d}. ${MONTHS_DE[b.m - 1]} ${b.y}` : `${b.d} ${MONTHS_EN[b.m - 1]} ${b.y}`;
  else if (r === 3)
    s = c.lang === 'de' ? `${b.d}.${b.m}.${b.y}` : `${MONTHS_EN[b.m - 1]} ${b.d}${ordinalSuffix(b.d)}, ${b.y}`;
  else if (r === 4)
    s = c.lang === 'de' ? dottedDate(b) : `${String(b.d).padStart(2, '0')}/${String(b.m).padStart(2, '0')}/${b.y}`;
  else
    return h`<time datetime="${val('DATE_OF_BIRTH', isoDate(b))}">${val('DATE_OF_BIRTH', text(dottedDate(b), c.style))}</time>`;
  return val('DATE_OF_BIRTH', text(s, c.style));
}

function addressBlock(c: Ctx, lines: [string, string]): Frag {
  const r = c.rng.below(3);
  if (r === 0) return val('POSTAL_ADDRESS', `${text(lines[0], c.style)}<br>${text(lines[1], c.style)}`);
  if (r === 1) return val('POSTAL_ADDRESS', `${text(lines[0], c.style)}, ${text(lines[1], c.style)}`);
  return val('POSTAL_ADDRESS', `${text(lines[0], c.style)}<br/>\n        ${text(lines[1], c.style)}`);
}

/** State JSON as frameworks serialise it for a script element: every non-ASCII letter as \uXXXX. */
const json = (_c: Ctx, s: string) => jsonEscaped(s);

/** schema.org Person as JSON-LD, each property a value of its own; the address object one label. */
function jsonLdPerson(
  c: Ctx,
  p: Person,
  extra: { phone?: string; email?: string; address?: [string, string]; job: string },
): Frag {
  const esc2 = c.rng.chance(0.5) ? jsonEscaped : jsonRaw;
  const parts: Part[] = [
    `<script type="application/ld+json">\n{"@context":"https://schema.org","@type":"Person","name":"`,
    val('PERSON', esc2(fullName(p))),
    `","jobTitle":"${esc2(extra.job)}"`,
  ];
  if (extra.phone) parts.push(',"telephone":"', val('PHONE_NUMBER', extra.phone), '"');
  if (extra.email) parts.push(',"email":"', val('EMAIL_ADDRESS', extra.email), '"');
  parts.push(',"birthDate":"', val('DATE_OF_BIRTH', isoDate(p.birth)), '"');
  if (extra.address)
    parts.push(
      ',"address":{"@type":"PostalAddress","streetAddress":"',
      val('POSTAL_ADDRESS', `${esc2(extra.address[0])}","addressLocality":"${esc2(extra.address[1])}`),
      '"}',
    );
  parts.push(
    `,"worksFor":{"@type":"Organization","name":"${esc2(c.org.name)}","telephone":"${c.org.switchboard}"}}\n</script>`,
  );
  return cat(...parts);
}

// --- page skeleton ---------------------------------------------------------------------------------

function pageShell(c: Ctx, title: string, body: Part, opts: { head?: Part; script?: Part } = {}): Frag {
  const o = c.org;
  const comment = c.rng.chance(0.5)
    ? `\n<!-- rendered by cms-node-${c.rng.int(1, 9)} in ${c.rng.int(8, 240)} ms, cache ${c.rng.pick(['HIT', 'MISS'])} -->`
    : '';
  return h`<!DOCTYPE html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title, c.style)} | ${text(o.name, c.style)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/static/css/portal.${c.rng.digits(8)}.css">${opts.head ?? ''}
</head>
<body class="${c.rng.pick(['portal', 'intranet', 'page-template-default', 'layout-wide'])}">
<header><nav aria-label="${t(c, 'Hauptnavigation', 'Main navigation')}"><a href="/">${t(c, 'Startseite', 'Home')}</a> · <a href="/crew">Crew</a> · <a href="/ops">Operations</a> · <a href="/help">${t(c, 'Hilfe', 'Help')}</a></nav></header>${comment}
<main id="content">
<h1>${text(title, c.style)}</h1>
${body}
</main>
<footer><p>${text(o.name, c.style)} · ${text(o.street, c.style)} · ${text(o.town, c.style)} · ${t(c, 'Zentrale', 'Switchboard')} <a href="tel:${o.switchboard.replace(/\s/g, '')}">${o.switchboard.replace(/ /g, '&nbsp;')}</a> · <a href="mailto:info@${o.domain}">info&#64;${o.domain}</a></p></footer>${opts.script ?? ''}
</body>
</html>
`;
}

const input = (name: string, label: string, v: Frag | string, type = 'text') =>
  h`<label for="${name}">${label}</label>\n<input type="${type}" id="${name}" name="${name}" value="${v}">\n`;

// --- the page kinds ---------------------------------------------------------------------------------

type Kind = { name: string; make: (c: Ctx) => Frag };

const home = (c: Ctx, p: Person) => address(c.rng, p.country);

const KINDS: Kind[] = [
  {
    name: 'crew portal profile page (JSON-LD Person, microdata)',
    make: (c) => {
      const p = person(c.rng);
      const ph = phone(c.rng, p.country);
      const m = mailbox(c.rng, p);
      const a = home(c, p);
      const job = c.rng.pick(['Purser', 'Flight Attendant', 'First Officer', 'Captain', 'Senior Cabin Crew']);
      const body = h`<article itemscope itemtype="https://schema.org/Person" data-crew-id="${badge(c)}">
<h2 itemprop="name">${nameText(c, fullName(p))}</h2>
<p>${job} · Base ${c.rng.pick(AIRPORTS)}</p>
<dl>
<dt>${t(c, 'Mobil', 'Mobile')}</dt><dd itemprop="telephone">${telLink(c, ph)}</dd>
<dt>E-Mail</dt><dd itemprop="email">${mailLink(c, m)}</dd>
<dt>${t(c, 'Geburtsdatum', 'Date of birth')}</dt><dd>${dobText(c, p)}</dd>
<dt>${t(c, 'Anschrift', 'Home address')}</dt><dd itemprop="address">${addressBlock(c, a)}</dd>
</dl>
</article>`;
      return pageShell(c, t(c, 'Mein Profil', 'My profile'), body, {
        head: cat('\n', jsonLdPerson(c, p, { phone: ph, email: m, address: a, job })),
      });
    },
  },
  {
    name: 'HR self-service bank and tax form (filled inputs)',
    make: (c) => {
      const p = person(c.rng);
      const ib = iban(c.rng, c.rng.pick(['DE', 'DE', 'AT', 'IE', 'NL']));
      const tax = taxId(c.rng);
      const rv = pensionNumber(c.rng, p.birth, p.family, p.female);
      const body = h`<form method="post" action="/hr/bank" data-employee="${c.rng.digits(7)}">
${input('surname', t(c, 'Nachname', 'Surname'), attrName(c, p.family))}${input('given', t(c, 'Vorname', 'Given name'), attrName(c, p.given))}${input('iban', 'IBAN', val('IBAN_CODE', c.rng.chance(0.5) ? grouped(ib) : ib))}${input('bic', 'BIC', 'MARKDEF1XXX')}${input('steuer_id', t(c, 'Steuer-ID', 'German tax ID'), val('DE_TAX_ID', c.rng.chance(0.5) ? tax : `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`))}${input('rvnr', t(c, 'Rentenversicherungsnummer', 'Pension insurance no.'), val('DE_SOCIAL_SECURITY', rv))}<input type="hidden" name="csrf" value="${c.rng.digits(12)}f${c.rng.digits(9)}">
<button type="submit">${t(c, 'Speichern', 'Save')}</button>
</form>
<p class="hint">${t(c, 'Gehälter kommen vom Firmenkonto', 'Salaries are paid from the company account')} ${grouped(iban(c.rng, 'DE'))}.</p>`;
      return pageShell(c, t(c, 'Bankverbindung ändern', 'Change bank details'), body);
    },
  },
  {
    name: 'airport security background check application (ZÜP form)',
    make: (c) => {
      const p = person(c.rng);
      const a = address(c.rng, 'DE');
      const idc = icaoNumber(c.rng, 'id');
      const pass = icaoNumber(c.rng, 'passport');
      const body = h`<form id="zuep" method="post" action="/security/zuep">
<fieldset><legend>${t(c, 'Antrag auf Zuverlässigkeitsüberprüfung nach § 7 LuftSiG', 'Application for a background check (§ 7 LuftSiG)')}</legend>
${input('name', t(c, 'Name, Vorname', 'Name, given name'), attrName(c, `${p.family}, ${p.given}`))}${input('geburtsdatum', t(c, 'Geburtsdatum', 'Date of birth'), val('DATE_OF_BIRTH', isoDate(p.birth)), 'date')}<label for="staat">${t(c, 'Staatsangehörigkeit', 'Nationality')}</label>
<select id="staat" name="staat"><option value="DE">${t(c, 'deutsch', 'German')}</option><option value="AT">${t(c, 'österreichisch', 'Austrian')}</option><option value="XX" selected>${t(c, 'andere', 'other')}</option></select>
${input('ausweis', t(c, 'Personalausweis-Nr.', 'ID card no.'), val('DE_ID_CARD', idc))}${input('pass', t(c, 'Reisepass-Nr. (falls vorhanden)', 'Passport no. (if any)'), val('DE_PASSPORT', pass))}<label for="anschrift">${t(c, 'Wohnanschrift', 'Home address')}</label>
<textarea id="anschrift" name="anschrift" rows="3">${val('POSTAL_ADDRESS', `${text(a[0], c.style)}\n${text(a[1], c.style)}`)}</textarea>
${input('arbeitgeber', t(c, 'Arbeitgeber', 'Employer'), esc(c.org.name))}</fieldset>
<p class="small">${t(c, 'Rückfragen: Luftsicherheitsbehörde, Tel.', 'Questions: aviation security authority, phone')} +49 69 690 70100</p>
</form>`;
      return pageShell(c, t(c, 'ZÜP-Antrag', 'Background check application'), body);
    },
  },
  {
    name: 'airside access log table (badge holders, workstation IPs)',
    make: (c) => {
      const rows: Part[] = [];
      const n = c.rng.int(3, 6);
      for (let i = 0; i < n; i++) {
        const p = person(c.rng);
        const ip = c.rng.chance(0.8)
          ? `${c.rng.pick(['84', '91', '176', '188', '213', '46'])}.${c.rng.int(1, 254)}.${c.rng.int(0, 254)}.${c.rng.int(1, 254)}`
          : `2a02:${c.rng.int(4096, 65535).toString(16)}:${c.rng.int(1, 65535).toString(16)}::${c.rng.int(1, 4095).toString(16)}`;
        rows.push(
          h`<tr data-badge="${badge(c)}"><td>${String(c.rng.int(0, 23)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}</td><td>${nameText(c, `${p.family}, ${p.given}`)}</td><td>${c.rng.pick(['Tor 31', 'Gate B', 'Vorfeld Ost', 'Apron West', 'Frachtzentrum'])}</td><td class="ip">${val('IP_ADDRESS', ip)}</td><td>${c.rng.pick(['OK', 'DENIED', 'OK'])}</td></tr>\n`,
        );
      }
      const body = h`<table class="log">
<thead><tr><th>${t(c, 'Zeit', 'Time')}</th><th>${t(c, 'Ausweisinhaber', 'Badge holder')}</th><th>${t(c, 'Kontrollstelle', 'Checkpoint')}</th><th>${t(c, 'Client-IP (Self-Service)', 'Client IP (self-service)')}</th><th>Status</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
<!-- reader controllers: 10.12.4.21, 10.12.4.22 (airport LAN, not personal) -->`;
      return pageShell(c, t(c, 'Zutrittsprotokoll Sicherheitsbereich', 'Airside access log'), body);
    },
  },
  {
    name: 'manage-booking page with framework state JSON',
    make: (c) => {
      const ps = [person(c.rng), person(c.rng)];
      const m = mailbox(c.rng, ps[0]);
      const ph = phone(c.rng, ps[0].country);
      const code = pnr(c);
      const route = twoAirports(c);
      const pax = ps.map(
        (p, i) =>
          h`{"id":${i + 1},"firstName":"${val('PERSON', json(c, p.given))}","lastName":"${val('PERSON', json(c, p.family))}","dateOfBirth":"${val('DATE_OF_BIRTH', isoDate(p.birth))}","ssr":${i === 1 ? '["WCHR"]' : '[]'},"apis":${i === 0 ? h`{"docType":"P","docNumber":"${val('DE_PASSPORT', icaoNumber(c.rng, 'passport'))}","issuingCountry":"DEU"}` : 'null'}}`,
      );
      const state = h`\n<script>window.__INITIAL_STATE__ = {"booking":{"recordLocator":"${code}","flights":[{"number":"${flightNo(c).replace(' ', '')}","from":"${route[0]}","to":"${route[1]}","aircraft":"${c.rng.pick(REGS)}"}],"passengers":[${pax[0]},${pax[1]}],"contact":{"email":"${val('EMAIL_ADDRESS', m)}","mobile":"${val('PHONE_NUMBER', ph)}"},"payment":{"card":"**** **** **** ${c.rng.digits(4)}"}},"ui":{"locale":"${c.lang}"}};</script>`;
      const body = h`<section class="booking" data-pnr="${code}">
<p>${t(c, 'Buchungscode', 'Booking reference')} <strong>${code}</strong> · ${flightNo(c)}</p>
<ul>${ps.map((p) => h`<li>${nameText(c, fullName(p))}</li>`)}</ul>
<noscript>${t(c, 'Bitte JavaScript aktivieren.', 'Please enable JavaScript.')}</noscript>
</section>`;
      return pageShell(c, t(c, 'Meine Buchung', 'Manage booking'), body, { script: state });
    },
  },
  {
    name: 'EU 261 compensation claim form (submitted values)',
    make: (c) => {
      const p = person(c.rng);
      const a = home(c, p);
      const ib = iban(c.rng, c.rng.pick(['DE', 'GB', 'IE', 'NL', 'AT', 'CH']));
      const m = mailbox(c.rng, p);
      const code = pnr(c);
      const body = h`<form class="claim" data-pnr="${code}">
${input('pax_name', t(c, 'Name des Fluggastes', 'Passenger name'), attrName(c, fullName(p)))}${input('email', 'E-Mail', val('EMAIL_ADDRESS', m), 'email')}${input('phone', t(c, 'Telefon', 'Phone'), val('PHONE_NUMBER', phone(c.rng, p.country)), 'tel')}${input('flight', t(c, 'Flug', 'Flight'), flightNo(c))}${input('booking', t(c, 'Buchungscode', 'Booking code'), code)}<label>${t(c, 'Grund', 'Reason')}</label>
<select name="reason"><option>${t(c, 'Annullierung', 'Cancellation')}</option><option selected>${t(c, 'Verspätung über 3 Stunden', 'Delay over 3 hours')}</option></select>
<label>${t(c, 'Anschrift', 'Address')}</label>
<textarea name="address">${val('POSTAL_ADDRESS', `${text(a[0], c.style)}\n${text(a[1], c.style)}`)}</textarea>
${input('iban', t(c, 'IBAN für die Auszahlung', 'IBAN for the payment'), val('IBAN_CODE', grouped(ib)))}${input('refund_card', t(c, 'oder Erstattung auf Kreditkarte', 'or refund to card'), val('CREDIT_CARD', cardPrinted(card(c.rng), c.rng.pick([' ', '-']))))}<p>${t(c, 'Ausgleichszahlung nach Art. 7 VO (EG) 261/2004:', 'Compensation under Art. 7 Regulation (EC) 261/2004:')} ${c.rng.pick(['250', '400', '600'])} EUR</p>
</form>`;
      return pageShell(c, t(c, 'Entschädigungsantrag', 'Compensation claim'), body);
    },
  },
  {
    name: 'delayed baggage tracing page (property irregularity report)',
    make: (c) => {
      const p = person(c.rng);
      const a = home(c, p);
      const ph = phone(c.rng, p.country);
      const file = `${c.rng.pick(AIRPORTS)}${c.org.iata.slice(0, 2)}${c.rng.digits(5)}`;
      const body = h`<section id="pir" data-file="${file}">
<h2>${t(c, 'Vorgang', 'File reference')} ${file}</h2>
<table>
<tr><th>${t(c, 'Reisender', 'Passenger')}</th><td>${nameText(c, `${p.family.toUpperCase()}/${p.given.toUpperCase()}`)}</td></tr>
<tr><th>${t(c, 'Gepäckschein', 'Bag tag')}</th><td>0${c.rng.digits(3)} ${c.rng.digits(6)}</td></tr>
<tr><th>${t(c, 'Zustelladresse', 'Delivery address')}</th><td>${addressBlock(c, a)}</td></tr>
<tr><th>${t(c, 'Erreichbar unter', 'Contact phone')}</th><td>${telLink(c, ph)}</td></tr>
<tr><th>Status</th><td>${t(c, 'Gepäck lokalisiert, Zustellung morgen', 'Bag located, delivery tomorrow')}</td></tr>
</table>
</section>`;
      const state = h`\n<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"file":"${file}","passenger":{"name":"${val('PERSON', json(c, fullName(p)))}","phone":"${val('PHONE_NUMBER', ph)}"},"bagType":"${c.rng.pick(['22', '25', '02'])}"}},"page":"/tracing/[file]"}</script>`;
      return pageShell(c, t(c, 'Gepäckverfolgung', 'Baggage tracing'), body, { script: state });
    },
  },
  {
    name: 'special assistance request (PRM) in the booking portal',
    make: (c) => {
      const p = person(c.rng);
      const q = person(c.rng);
      const body = h`<form class="prm">
<h2>${t(c, 'Hilfeleistung für Fluggäste mit eingeschränkter Mobilität', 'Assistance for passengers with reduced mobility')}</h2>
${input('pax', t(c, 'Fluggast', 'Passenger'), attrName(c, fullName(p)))}${input('dob', t(c, 'Geburtsdatum', 'Date of birth'), val('DATE_OF_BIRTH', isoDate(p.birth)), 'date')}<select name="ssr"><option value="WCHR">WCHR</option><option value="WCHS" selected>WCHS</option><option value="WCHC">WCHC</option></select>
${input('companion', t(c, 'Begleitperson', 'Companion'), attrName(c, fullName(q)))}${input('companion_mobile', t(c, 'Mobilnummer Begleitperson', "Companion's mobile"), val('PHONE_NUMBER', phone(c.rng, q.country)), 'tel')}<textarea name="notes">${t(c, 'Eigener Rollstuhl, faltbar, Lithium-Akku 160 Wh.', 'Own folding wheelchair, lithium battery 160 Wh.')}</textarea>
</form>`;
      return pageShell(c, t(c, 'Besondere Unterstützung', 'Special assistance'), body);
    },
  },
  {
    name: 'flight school student record (CMS page)',
    make: (c) => {
      const p = person(c.rng);
      const ph = phone(c.rng, p.country);
      const m = mailbox(c.rng, p);
      const body = h`<div class="student" data-student="${c.rng.digits(5)}" data-phone="${val('PHONE_NUMBER', ph)}">
<h2>${nameText(c, fullName(p))}</h2>
<p>${t(c, 'Ausbildung', 'Course')}: ${c.rng.pick(['PPL(A)', 'ATPL(A) integrated', 'LAPL(A)', 'CPL/IR'])} · ${t(c, 'Medical Klasse', 'Medical class')} ${c.rng.pick(['1', '2'])} ${t(c, 'gültig bis', 'valid until')} ${c.rng.int(1, 28)}.${c.rng.int(1, 12)}.${c.rng.int(2026, 2029)}</p>
<p>${t(c, 'geboren am', 'born')} ${dobText(c, p)} · ${mailLink(c, m)}</p>
<p>${t(c, 'Fluglehrer', 'Instructor')}: ${nameText(c, fullName(person(c.rng)))} · ${t(c, 'Flugzeug', 'Aircraft')} ${c.rng.pick(REGS)}</p>
<!-- TODO ${t(c, 'Theorieprüfung buchen', 'book theory exam')} -->
</div>`;
      return pageShell(c, t(c, 'Schülerakte', 'Student record'), body);
    },
  },
  {
    name: 'aero club member directory (mailto and tel links)',
    make: (c) => {
      const rows: Part[] = [];
      for (let i = 0; i < c.rng.int(3, 5); i++) {
        const p = person(c.rng);
        rows.push(
          h`<tr><td>${nameText(c, fullName(p))}</td><td>${c.rng.pick(['Vorstand', 'Kassenwart', 'Fluglehrer', 'Member', 'Tow pilot'])}</td><td>${telLink(c, phone(c.rng, p.country))}</td><td>${mailLink(c, mailbox(c.rng, p))}</td></tr>\n`,
        );
      }
      const body = h`<p>${t(c, 'Nur für Mitglieder. Flugleitung:', 'Members only. Airfield office:')} <a href="mailto:flugleitung@${c.org.domain}">flugleitung@${c.org.domain}</a></p>
<table class="members">
${rows}</table>`;
      return pageShell(c, t(c, 'Mitgliederverzeichnis', 'Member directory'), body);
    },
  },
  {
    name: 'drone operator registration confirmation',
    make: (c) => {
      const p = person(c.rng);
      const a = address(c.rng, c.rng.pick(['DE', 'DE', 'AT', 'CH']));
      const body = h`<section class="uas" data-operator="DEU${c.rng.digits(8).toLowerCase()}xk${c.rng.int(1, 9)}">
<p>${t(c, 'Betreiber-Registrierungsnummer', 'Operator registration number')}: DEU${c.rng.digits(12)}</p>
<dl><dt>${t(c, 'Betreiber', 'Operator')}</dt><dd>${nameText(c, fullName(p))}</dd>
<dt>${t(c, 'Geburtsdatum', 'Date of birth')}</dt><dd>${dobText(c, p)}</dd>
<dt>${t(c, 'Ausweisdokument', 'ID document')}</dt><dd>${t(c, 'Personalausweis', 'ID card')} <span class="mono">${val('DE_ID_CARD', icaoNumber(c.rng, 'id'))}</span></dd>
<dt>${t(c, 'Anschrift', 'Address')}</dt><dd>${addressBlock(c, a)}</dd>
<dt>E-Mail</dt><dd>${mailLink(c, mailbox(c.rng, p))}</dd></dl>
<p>${t(c, 'Kompetenznachweis A1/A3 vorhanden.', 'A1/A3 proof of competency on file.')}</p>
</section>`;
      return pageShell(c, t(c, 'UAS-Registrierung', 'UAS operator registration'), body);
    },
  },
  {
    name: 'noise complaint submission (airport community page)',
    make: (c) => {
      const p = person(c.rng);
      const a = address(c.rng, c.rng.pick(['DE', 'GB', 'NL', 'CH']));
      const body = h`<article class="complaint" data-ticket="NC-${c.rng.digits(6)}">
<p>${t(c, 'Beschwerdeführer', 'Complainant')}: ${nameText(c, fullName(p))}</p>
<p>${t(c, 'Wohnort', 'Address')}: ${addressBlock(c, a)}</p>
<p>${t(c, 'Rückruf erbeten unter', 'Please call back on')} ${phoneText(c, phone(c.rng, p.country))}</p>
<blockquote>${t(c, `Um ${c.rng.int(23, 23)}:${c.rng.int(10, 59)} Uhr sehr tiefer Überflug, vermutlich ${c.rng.pick(REGS)}. Das ist die dritte Nacht in Folge.`, `At 23:${c.rng.int(10, 59)} a very low overflight, probably ${c.rng.pick(REGS)}. Third night in a row.`)}</blockquote>
<p>${t(c, 'Messstelle', 'Monitoring station')} ${c.rng.int(1, 30)}: ${c.rng.int(62, 84)} dB(A)</p>
</article>`;
      return pageShell(c, t(c, 'Fluglärmbeschwerde', 'Noise complaint'), body);
    },
  },
  {
    name: 'lost and found claim page',
    make: (c) => {
      const p = person(c.rng);
      const body = h`<div class="lostfound" data-item="LF${c.rng.digits(7)}">
<p>${t(c, 'Fundsache', 'Item')}: ${c.rng.pick([t(c, 'schwarzer Rucksack', 'black backpack'), t(c, 'Tablet in roter Hülle', 'tablet in red case'), t(c, 'Brille', 'glasses'), t(c, 'Teddybär', 'teddy bear')])}, ${t(c, 'gefunden an Gate', 'found at gate')} ${c.rng.pick(['A12', 'B44', 'C3', 'Z50'])}</p>
<p>${t(c, 'Eigentümer', 'Owner')}: <span class="name">${nameText(c, fullName(p))}</span>, ${mailLink(c, mailbox(c.rng, p))}, ${telLink(c, phone(c.rng, p.country))}</p>
<p hidden>${t(c, 'Intern: Abholung nur gegen Ausweis', 'Internal: release only against ID')}</p>
</div>`;
      return pageShell(c, t(c, 'Fundbüro', 'Lost and found'), body);
    },
  },
  {
    name: 'air ambulance repatriation case page',
    make: (c) => {
      const p = person(c.rng);
      const q = person(c.rng);
      const body = h`<section class="case" data-case="REP-${c.rng.digits(5)}">
<p>${t(c, 'Patient/in', 'Patient')}: ${nameText(c, fullName(p))}, ${t(c, 'geb.', 'DOB')} ${dobText(c, p)}</p>
<p>${t(c, 'Von', 'From')} ${twoAirports(c).join(` ${t(c, 'nach', 'to')} `)} · Learjet ${c.rng.pick(REGS)} · ${t(c, 'liegend, Sauerstoff 2 l/min', 'stretcher, oxygen 2 l/min')}</p>
<p>${t(c, 'Angehörige', 'Next of kin')}: ${nameText(c, fullName(q))}, ${telLink(c, phone(c.rng, q.country))}</p>
<p>${t(c, 'Versicherer-Hotline (24 h)', 'Insurer hotline (24 h)')}: +49 89 5500 9988</p>
</section>`;
      return pageShell(c, t(c, 'Rückholung', 'Repatriation'), body);
    },
  },
  {
    name: 'crew roster page (data attributes)',
    make: (c) => {
      const rows: Part[] = [];
      for (let i = 0; i < c.rng.int(3, 5); i++) {
        const p = person(c.rng);
        const ph = phone(c.rng, p.country);
        rows.push(
          h`<tr data-crew="${c.rng.pick(['CPT', 'FO', 'PU', 'FA'])}-${c.rng.digits(4)}" data-mobile="${val('PHONE_NUMBER', ph)}"><td>${c.rng.int(1, 28)}.${c.rng.int(1, 12)}.</td><td>${flightNo(c)}</td><td>${nameText(c, fullName(p))}</td><td>${c.rng.pick(AIRPORTS)}–${c.rng.pick(AIRPORTS)}</td></tr>\n`,
        );
      }
      const body = h`<p>${t(c, 'Rückfragen an', 'Questions to')} rostering@${c.org.domain}</p>
<table class="roster">
${rows}</table>`;
      return pageShell(c, t(c, 'Dienstplan', 'Crew roster'), body);
    },
  },
  {
    name: 'ground handling shift board',
    make: (c) => {
      const items: Part[] = [];
      for (let i = 0; i < c.rng.int(3, 5); i++) {
        const p = person(c.rng);
        items.push(
          h`<li class="shift">${c.rng.pick(['Ramp', 'Pushback', 'Load control', 'Check-in', 'De-icing'])}: ${nameText(c, fullName(p))}${c.rng.chance(0.4) ? h` <small>(${t(c, 'privat', 'private')} ${phoneText(c, phone(c.rng, p.country))})</small>` : ''}</li>\n`,
        );
      }
      const body = h`<p>${t(c, 'Schicht', 'Shift')} ${c.rng.pick(['Früh', 'Spät', 'Early', 'Late'])} · ${t(c, 'Abfertigung', 'Turnaround')} ${flightNo(c)} ${c.rng.pick(REGS)}</p>
<ul>
${items}</ul>
<!-- ${t(c, 'Dispo', 'Dispatch')}: +49 69 690 44100 -->`;
      return pageShell(c, t(c, 'Schichtplan Vorfeld', 'Ramp shift board'), body);
    },
  },
  {
    name: 'admin audit log of portal logins',
    make: (c) => {
      const rows: Part[] = [];
      for (let i = 0; i < c.rng.int(3, 5); i++) {
        const p = person(c.rng);
        const ip = `${c.rng.pick(['78', '95', '178', '31', '62', '109'])}.${c.rng.int(1, 254)}.${c.rng.int(0, 254)}.${c.rng.int(1, 254)}`;
        rows.push(
          h`<tr><td>2026-${String(c.rng.int(1, 11)).padStart(2, '0')}-${String(c.rng.int(1, 28)).padStart(2, '0')}T${String(c.rng.int(0, 23)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}Z</td><td>${val(
            'EMAIL_ADDRESS',
            `${p.given
              .split(' ')[0]
              .normalize('NFD')
              .replace(/[^A-Za-z-]/g, '')
              .toLowerCase()}.${p.family
              .normalize('NFD')
              .replace(/[^A-Za-z]/g, '')
              .toLowerCase()}@${c.org.domain}`,
          )}</td><td>${val('IP_ADDRESS', ip)}</td><td>${c.rng.pick(['login', 'mfa-failed', 'password-reset'])}</td></tr>\n`,
        );
      }
      const body = h`<table class="audit">
<thead><tr><th>${t(c, 'Zeitpunkt', 'Time')}</th><th>${t(c, 'Benutzer', 'User')}</th><th>IP</th><th>${t(c, 'Ereignis', 'Event')}</th></tr></thead>
${rows}</table>
<p>${t(c, 'Systemkonto', 'System account')}: svc-sync@${c.org.domain} · ${t(c, 'Server', 'Server')} 10.40.0.${c.rng.int(2, 250)}</p>`;
      return pageShell(c, t(c, 'Anmeldeprotokoll', 'Login audit'), body);
    },
  },
  {
    name: 'aeromedical examiner portal: pilot medical record',
    make: (c) => {
      const p = person(c.rng);
      const a = home(c, p);
      const body = h`<section class="medical" data-licence="${c.rng.pick(['DE', 'AT', 'IE'])}.FCL.${c.rng.digits(6)}">
<h2>${nameText(c, fullName(p))}</h2>
<table>
<tr><th>${t(c, 'Geburtsdatum', 'Date of birth')}</th><td>${dobText(c, p)}</td></tr>
<tr><th>${t(c, 'Anschrift', 'Address')}</th><td>${addressBlock(c, a)}</td></tr>
<tr><th>${t(c, 'Tauglichkeit', 'Medical')}</th><td>${t(c, 'Klasse', 'Class')} ${c.rng.pick(['1', '2', '1 + 2'])}, ${t(c, 'Auflage VML (Sehhilfe)', 'limitation VML (corrective lenses)')}</td></tr>
<tr><th>${t(c, 'Untersuchung', 'Examination')}</th><td>${c.rng.int(1, 28)}.${c.rng.int(1, 12)}.2026</td></tr>
</table>
</section>`;
      return pageShell(c, t(c, 'Tauglichkeitsakte', 'Medical record'), body, {
        head: cat('\n', jsonLdPerson(c, p, { job: 'Pilot', address: a })),
      });
    },
  },
  {
    name: 'crew payslip page (portal)',
    make: (c) => {
      const p = person(c.rng);
      const a = address(c.rng, 'DE');
      const tax = taxId(c.rng);
      const body = h`<div class="payslip" data-period="2026-${String(c.rng.int(1, 11)).padStart(2, '0')}">
<p>${nameText(c, fullName(p))}<br>${addressBlock(c, a)}</p>
<table>
<tr><td>${t(c, 'Steuer-ID', 'Tax ID')}</td><td><span class="id">${val('DE_TAX_ID', `${tax.slice(0, 2)}&nbsp;${tax.slice(2, 5)}&nbsp;${tax.slice(5, 8)}&nbsp;${tax.slice(8)}`)}</span></td></tr>
<tr><td>${t(c, 'RV-Nummer', 'Pension no.')}</td><td>${val('DE_SOCIAL_SECURITY', pensionNumber(c.rng, p.birth, p.family, p.female))}</td></tr>
<tr><td>${t(c, 'Auszahlung auf', 'Paid to')}</td><td>${val('IBAN_CODE', grouped(iban(c.rng, 'DE')).replace(/ /g, '&nbsp;'))}</td></tr>
<tr><td>${t(c, 'Flugstunden', 'Block hours')}</td><td>${c.rng.int(40, 95)}:${String(c.rng.int(0, 59)).padStart(2, '0')}</td></tr>
</table>
</div>`;
      return pageShell(c, t(c, 'Entgeltabrechnung', 'Payslip'), body);
    },
  },
  {
    name: 'checkout page with stored card (payment form)',
    make: (c) => {
      const p = person(c.rng);
      const cc = card(c.rng);
      const body = h`<form class="pay" autocomplete="on">
${input('cc-name', t(c, 'Karteninhaber', 'Cardholder'), attrName(c, fullName(p).toUpperCase()))}<label>${t(c, 'Kartennummer', 'Card number')}</label>
<input name="cardnumber" autocomplete="cc-number" inputmode="numeric" value="${val('CREDIT_CARD', c.rng.chance(0.5) ? cc : cardPrinted(cc, ' '))}">
<input name="exp" value="${String(c.rng.int(1, 12)).padStart(2, '0')}/${c.rng.int(27, 31)}">
<p>${t(c, 'Zusatzleistung', 'Extra')}: ${c.rng.pick([t(c, 'Sitzplatz 14C', 'seat 14C'), t(c, 'Aufgabegepäck 23 kg', 'checked bag 23 kg'), t(c, 'Lounge-Zugang', 'lounge access')])} · ${c.rng.int(15, 90)},00 EUR</p>
</form>`;
      return pageShell(c, t(c, 'Zahlung', 'Payment'), body);
    },
  },
  {
    name: 'airport contact page (Organization JSON-LD, no personal data)',
    make: (c) => {
      const o = c.org;
      const head = `\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${jsonRaw(o.name)}","telephone":"${o.switchboard}","email":"info@${o.domain}","address":{"@type":"PostalAddress","streetAddress":"${jsonRaw(o.street)}","addressLocality":"${jsonRaw(o.town)}"}}</script>`;
      const body = h`<p>${t(c, 'Service-Center, täglich 6–22 Uhr', 'Service centre, daily 6am–10pm')}: <a href="tel:+498001234567">0800 123 4567</a> (${t(c, 'kostenfrei', 'freephone')})</p>
<p>${t(c, 'Presse', 'Press')}: <a href="mailto:presse@${o.domain}">presse&#64;${o.domain}</a> · ${t(c, 'Fundbüro', 'Lost property')}: fundbuero@${o.domain}</p>
<address>${text(o.name, c.style)}<br>${text(o.street, c.style)}<br>${text(o.town, c.style)}</address>
<p>IBAN ${t(c, 'für Entgelte', 'for charges')}: ${grouped(iban(c.rng, 'DE'))}</p>`;
      return pageShell(c, t(c, 'Kontakt', 'Contact'), body, { head });
    },
  },
  {
    name: 'flight status board (no personal data)',
    make: (c) => {
      const rows = Array.from(
        { length: c.rng.int(4, 7) },
        () =>
          `<tr data-reg="${c.rng.pick(REGS)}"><td>${flightNo(c)}</td><td>${c.rng.pick(AIRPORTS)}</td><td>${String(c.rng.int(5, 22)).padStart(2, '0')}:${c.rng.pick(['05', '20', '35', '50'])}</td><td>${c.rng.pick(['A', 'B', 'C', 'Z'])}${c.rng.int(1, 60)}</td><td>${c.rng.pick([t(c, 'planmäßig', 'on time'), t(c, 'verspätet', 'delayed'), t(c, 'annulliert', 'cancelled'), 'Boarding'])}</td></tr>`,
      ).join('\n');
      const body = `<table class="fids">\n${rows}\n</table>\n<script>window.__FIDS__ = {"airport":"${c.rng.pick(AIRPORTS)}","refresh":60}</script>`;
      return pageShell(c, t(c, 'Abflüge', 'Departures'), body);
    },
  },
  {
    name: 'baggage rules FAQ page (no personal data)',
    make: (c) => {
      const body = `<details><summary>${t(c, 'Wie viel Handgepäck ist erlaubt?', 'How much cabin baggage is allowed?')}</summary><p>${t(c, 'Ein Stück bis 8&nbsp;kg, 55 × 40 × 23 cm.', 'One piece up to 8&nbsp;kg, 55 × 40 × 23 cm.')}</p></details>
<details><summary>${t(c, 'Powerbanks?', 'Power banks?')}</summary><p>${t(c, 'Nur im Handgepäck, bis 100 Wh.', 'Cabin baggage only, up to 100 Wh.')}</p></details>
<p>${t(c, 'Fragen', 'Questions')}: <a href="mailto:baggage@${c.org.domain}">baggage&#64;${c.org.domain}</a> · ${c.org.switchboard}</p>
<div class="cookie-banner" hidden>${t(c, 'Wir verwenden Cookies.', 'We use cookies.')}</div>`;
      return pageShell(c, t(c, 'Gepäckbestimmungen', 'Baggage rules'), body);
    },
  },
  {
    name: 'incident report form (ATC occurrence, reporter values)',
    make: (c) => {
      const p = person(c.rng);
      const body = h`<form class="occurrence">
${input('reporter', t(c, 'Meldende Person', 'Reporter'), attrName(c, fullName(p)))}${input('reporter_phone', t(c, 'Telefon (optional)', 'Phone (optional)'), val('PHONE_NUMBER', phone(c.rng, p.country)), 'tel')}${input('reporter_email', 'E-Mail', val('EMAIL_ADDRESS', mailbox(c.rng, p)), 'email')}${input('aircraft', t(c, 'Kennzeichen', 'Registration'), c.rng.pick(REGS))}<textarea name="narrative">${t(c, `Im Anflug auf Piste ${c.rng.int(7, 36)} Laserblendung aus Richtung Südost, FL 030. Tower informiert.`, `On approach to runway ${c.rng.int(7, 36)} laser illumination from the south-east, FL030. Tower informed.`)}</textarea>
</form>`;
      return pageShell(c, t(c, 'Ereignismeldung', 'Occurrence report'), body);
    },
  },
];

/** The generated kinds (each page kind, the same name in both languages). */
export const GENERATED_KINDS = KINDS.map((k) => k.name);

/**
 * `count` pages from `seed`: kinds in turn, languages alternating, so every kind comes in both; the
 * organisation and the way the page writes letters outside ASCII drawn per page.
 */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const rng = new Cmrg(seed);
  const out: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[Math.floor(i / 2) % KINDS.length];
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const c: Ctx = { rng, lang, style: rng.pick(['utf8', 'utf8', 'named', 'numeric'] as const), org: rng.pick(ORGS) };
    const page = kind.make(c);
    out.push({ lang, kind: kind.name, text: page.text, entities: page.labels });
  }
  return out;
}

/** The whole value a label stands for (markup dropped, references and escapes decoded). */
export const wholeValueOf = (label: TestLabel, source: string): string => decodedValue(label, source);
