import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import type { TestLabel } from './markup.js';
import { Page, SITES, cookie, crumbs, footer, nav, pagination, share, type Site } from './page.js';
import { People, ascii, type Country, type Person } from './people.js';
import { Well512a } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

type Lang = 'de' | 'en';

/** What a page kind's writer gets: the stream, the language, people to draw, the site and the page. */
interface Ctx {
  rng: Well512a;
  lang: Lang;
  people: People;
  site: Site;
  p: Page;
  /** The German or the English wording. */
  L: (de: string, en: string) => string;
}

const PERSON = 'PERSON';
const EMAIL = 'EMAIL_ADDRESS';
const PHONE = 'PHONE_NUMBER';
const ADDRESS = 'POSTAL_ADDRESS';
const DOB = 'DATE_OF_BIRTH';

const GERMAN_SIDE: readonly Country[] = ['DE', 'DE', 'AT', 'CH'];
const ENGLISH_SIDE: readonly Country[] = ['UK', 'IE', 'US', 'NL', 'DK', 'FR', 'IT'];
const IBAN_OF: Partial<Record<Country, IbanCountry>> = { DE: 'DE', AT: 'AT', CH: 'CH', UK: 'GB', IE: 'IE', NL: 'NL' };

const home = (c: Ctx, addr = false): Person => {
  const pool = c.lang === 'de' ? GERMAN_SIDE : ENGLISH_SIDE;
  const country = c.rng.pick(addr ? pool.filter((x) => x !== 'IE') : pool);
  return c.people.next(country);
};

const full = (x: Person) => `${x.given} ${x.family}`;
/** A handle built from a person's name, as intranet wikis make them: a PERSON label by the set's rule. */
const handle = (rng: Well512a, x: Person) =>
  rng.pick([
    `${ascii(x.given)}.${ascii(x.family)}`,
    `${ascii(x.given)}.${ascii(x.family)[0]}`,
    `${ascii(x.given)[0]}.${ascii(x.family)}`,
  ]);

const pad = (n: number) => String(n).padStart(2, '0');
function dob(c: Ctx, x: Person): string {
  const { d, m, y } = x.birth;
  if (c.lang === 'de')
    return c.rng.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
  return x.country === 'US'
    ? c.rng.pick([`${pad(m)}/${pad(d)}/${y}`, `${MONTHS_EN[m - 1]} ${d}, ${y}`])
    : c.rng.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`]);
}

const WEEKDAYS = {
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
function day(c: Ctx): string {
  const d = c.rng.range(1, 28);
  const m = c.rng.range(0, 11);
  const w = c.rng.pick(WEEKDAYS[c.lang]);
  return c.lang === 'de' ? `${w} ${d}. ${MONTHS_DE[m].slice(0, 3)} 2026` : `${w} ${d} ${MONTHS_EN[m].slice(0, 3)} 2026`;
}
const time = (rng: Well512a) => `${pad(rng.range(6, 22))}:${pad(rng.int(60))}`;

/** A vehicle identification number: never personal data, one of the set's look-alikes. */
function vin(rng: Well512a): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  let s = rng.pick(['WVW', 'WDD', 'WBA', 'VF1', 'TMB', 'SAL']);
  while (s.length < 17) s += chars[rng.int(chars.length)];
  return s;
}
const plate = (c: Ctx) =>
  c.lang === 'de'
    ? `${c.rng.pick(['RT', 'WOB', 'IN', 'L', 'HB', 'GP', 'W', 'ZH'])}-${c.rng.pick(['KX', 'FD', 'MA', 'T', 'ZE'])} ${c.rng.range(10, 9999)}`
    : c.rng.pick([
        `${c.rng.pick(['KM', 'YX', 'LV', 'BD'])}${c.rng.range(18, 25)} ${c.rng.pick(['FZK', 'RTW', 'HNB'])}`,
        `${c.rng.range(191, 252)}-D-${c.rng.range(1000, 99999)}`,
      ]);
const cmr = (rng: Well512a) => `CMR-${rng.range(24, 26)}-${rng.digits(6)}`;
const roleTeam = (rng: Well512a) =>
  `@${rng.pick(['werkstatt', 'dispo', 'qs', 'service', 'lager', 'fleet', 'ops'])}-team`;
/** Forum nicknames that are no one's name: never labelled, a look-alike. */
const nickname = (rng: Well512a) =>
  `${rng.pick(['Turbo', 'Kombi', 'Diesel', 'Schrauber', 'Oldtimer', 'Torque', 'Clutch', 'Boxer'])}_${rng.pick(['Fahrer', 'Freak', 'Fan', 'Driver', 'Wrench', 'Pilot'])}_${rng.range(10, 99)}`;

/** Navigation and maybe a cookie banner; a page with its own trail gets the breadcrumb's start. */
function head(c: Ctx, trail: boolean): void {
  c.p.t(nav(c.rng, c.lang), '\n\n');
  if (c.rng.chance(0.6)) c.p.t(cookie(c.rng, c.lang), '\n\n');
  if (trail) c.p.t(crumbs(c.lang, []), ' › ');
}
const foot = (c: Ctx) => c.p.t('\n', share(c.lang), footer(c.lang, c.site), '\n');

/** The person's name in one of the forms a page uses, labelled. */
function name(c: Ctx, x: Person, form = c.rng.int(4)): void {
  const v =
    form === 0 ? full(x) : form === 1 ? `${x.family}, ${x.given}` : form === 2 ? `${x.given[0]}. ${x.family}` : full(x);
  c.p.v(PERSON, v);
}

function meta(c: Ctx, a: Person, b: Person): void {
  const { p, L } = c;
  p.t(L('Erstellt von ', 'Created by ')).v(PERSON, full(a));
  p.t(L(', zuletzt bearbeitet von ', ', last edited by ')).v(PERSON, full(b));
  p.t(
    L(
      ` am ${c.rng.range(1, 28)}.0${c.rng.range(1, 9)}.2026`,
      ` on ${c.rng.range(1, 28)} ${MONTHS_EN[c.rng.int(12)]} 2026`,
    ),
    '\n',
  );
}

/** Kinds whose page starts with its title, not a breadcrumb trail. */
const NO_TRAIL = new Set(['review page', 'parcel tracking page', 'news page (no personal data)']);

const KINDS: Record<string, (c: Ctx) => void> = {
  'wiki shift plan': (c) => {
    const { p, L, rng } = c;
    const [a, b] = [home(c), home(c)];
    p.t(L('Bereiche › Werk 2 › Produktion › Schichtpläne\n\n', 'Spaces › Plant 2 › Production › Shift plans\n\n'));
    p.t(
      L(
        `# Schichtplan KW ${rng.range(2, 50)} – Montage Halle ${rng.range(1, 6)}\n`,
        `# Shift plan week ${rng.range(2, 50)} – Assembly hall ${rng.range(1, 6)}\n`,
      ),
    );
    meta(c, a, b);
    p.t(
      '\n',
      L(
        '| Schicht | Linie | Name | Mobil |\n|---|---|---|---|\n',
        '| Shift | Line | Name | Mobile |\n|---|---|---|---|\n',
      ),
    );
    for (let i = 0; i < rng.range(3, 5); i++) {
      const x = home(c);
      p.t(`| ${rng.pick(L('Früh|Spät|Nacht', 'Early|Late|Night').split('|'))} | L${rng.range(1, 9)} | `);
      name(c, x, rng.pick([0, 1]));
      p.t(' | ').v(PHONE, x.phone).t(' |\n');
    }
    const m = home(c);
    p.t('\n', L('## Aufgaben\n', '## Tasks\n'), `- [x] ${L('Springerliste aktualisiert', 'Floater list updated')} @`).v(
      PERSON,
      handle(rng, m),
    );
    p.t(`\n- [ ] ${L('Urlaubsvertretung Linie 4 klären', 'Sort out holiday cover line 4')} ${roleTeam(rng)}\n`);
    p.t(`- [ ] ${L('Sicherheitsunterweisung nachholen', 'Catch up on safety briefing')}: `)
      .v(PERSON, m.given)
      .t('\n');
    p.t(L('\n👍 4  💬 2 Kommentare\n', '\n👍 4  💬 2 comments\n'));
  },
  'wiki 8D report': (c) => {
    const { p, L, rng } = c;
    const [a, b, q] = [home(c), home(c), home(c)];
    p.t(L('Qualität › Reklamationen › 8D\n\n', 'Quality › Complaints › 8D\n\n'));
    p.t(
      `# 8D-${rng.range(2024, 2026)}-${rng.digits(3)} ${L('Undichtigkeit Kühlmittelleitung', 'Coolant hose leak')}\n`,
    );
    meta(c, a, a);
    p.t(
      L(
        '\n## D1 Team\n| Rolle | Name | E-Mail |\n|---|---|---|\n',
        '\n## D1 Team\n| Role | Name | Email |\n|---|---|---|\n',
      ),
    );
    for (const [role, x] of [
      [L('Teamleiter', 'Team lead'), b],
      [L('Werker Station 30', 'Operator station 30'), q],
    ] as const) {
      p.t(`| ${role} | `)
        .v(PERSON, full(x))
        .t(' | ')
        .v(EMAIL, `${ascii(x.given)}.${ascii(x.family)}@praezisionsteile-sued.de`)
        .t(' |\n');
    }
    p.t(`| ${L('Kunden-QS', 'Customer quality')} | ${roleTeam(rng)} | qs-reklamation@praezisionsteile-sued.de |\n`);
    p.t(
      L(
        `\n## D2 Problembeschreibung\nFahrzeug FIN ${vin(rng)}, Leckage an Schelle nach 1.200 km. Reklamation über Portal &nbsp;(Ticket #${rng.digits(6)}).\n`,
        `\n## D2 Problem description\nVehicle VIN ${vin(rng)}, leak at clamp after 1,200 km. Complaint via portal &nbsp;(ticket #${rng.digits(6)}).\n`,
      ),
    );
    p.t(L('\n## D4 Ursache\nSchelle von Werker ', '\n## D4 Root cause\nClamp fitted by operator ')).v(PERSON, q.family);
    p.t(
      L(
        ' mit falschem Drehmoment montiert – Schrauber nicht kalibriert, kein persönliches Versagen.\n',
        ' with wrong torque – nut runner out of calibration, no individual fault.\n',
      ),
    );
    p.t(
      L(
        '\n## D5–D7\n- [x] Schrauber kalibriert\n- [x] Poka-Yoke ergänzt\n- [ ] Wirksamkeit prüfen @',
        '\n## D5–D7\n- [x] Nut runner calibrated\n- [x] Poka-yoke added\n- [ ] Verify effectiveness @',
      ),
    )
      .v(PERSON, handle(rng, b))
      .t('\n');
  },
  'wiki works council minutes': (c) => {
    const { p, L, rng } = c;
    const chair = home(c);
    const case1 = home(c, true);
    p.t(L('Betriebsrat › Protokolle\n\n', 'Works council › Minutes\n\n'));
    p.t(
      L(
        `# Protokoll BR-Sitzung ${rng.range(1, 28)}.${rng.range(1, 12)}.2026\n`,
        `# Works council meeting minutes ${rng.range(1, 28)}/${rng.range(1, 12)}/2026\n`,
      ),
    );
    p.t(L('**Anwesend:** ', '**Present:** '));
    const n = rng.range(3, 5);
    for (let i = 0; i < n; i++) {
      if (i) p.t(', ');
      p.t('@').v(PERSON, handle(rng, i ? home(c) : chair));
    }
    p.t(L('\n**Leitung:** ', '\n**Chair:** ')).v(PERSON, full(chair)).t('\n\n');
    p.t(
      L(
        '## TOP 1 Mehrarbeit Logistik\nZustimmung zu 6 Samstagsschichten im Lager (§ 87 BetrVG). Abstimmung: 7 ja, 1 Enthaltung.\n',
        '## Item 1 Overtime in logistics\nConsent to 6 Saturday shifts in the warehouse. Vote: 7 for, 1 abstention.\n',
      ),
    );
    p.t(L('\n## TOP 2 Versetzung\nVersetzung von ', '\n## Item 2 Transfer\nTransfer of ')).v(PERSON, full(case1));
    p.t(L(', wohnhaft ', ', living at ')).v(ADDRESS, case1.address as string);
    p.t(
      L(
        ', in die Spätschicht – Anfahrt mit ÖPNV nicht möglich, BR widerspricht.\n',
        ', to late shift – no public transport at that hour, council objects.\n',
      ),
    );
    p.t(L('\n> ℹ️ Vertraulich – nur für BR-Mitglieder.\n', '\n> ℹ️ Confidential – council members only.\n'));
  },
  'forum thread': (c) => {
    const { p, L, rng } = c;
    const op = home(c);
    const helper = home(c);
    p.t(L('Forum › Technik › Getriebe & Kupplung\n\n', 'Forum › Tech › Gearbox & clutch\n\n'));
    p.t(
      L(
        `## Kupplung rutscht ab 3. Gang – Zweimassenschwungrad?\n`,
        `## Clutch slipping from 3rd gear – dual-mass flywheel?\n`,
      ),
    );
    const n1 = nickname(rng);
    p.t(`\n${L('Beitrag von', 'Posted by')} ${n1} » ${day(c)}, ${time(rng)}\n`);
    p.t(
      L(
        'Hallo zusammen, mein Kombi (Bj. 2017, 180.000 km) rupft beim Anfahren. Werkstatt will 1.450 € &amp; Schwungrad gleich mit. Lohnt sich das?\n',
        'Hi all, my estate (2017, 112k miles) judders pulling away. Garage quotes £1,250 &amp; the flywheel too. Worth it?\n',
      ),
    );
    p.t(L('\n👍 3 · Zitieren · Melden\n', '\n👍 3 · Quote · Report\n'));
    p.t(`\n${L('Beitrag von', 'Posted by')} `)
      .v(PERSON, full(helper))
      .t(` » ${day(c)}, ${time(rng)}\n`);
    p.t(`> ${n1} ${L('schrieb', 'wrote')}:\n> ${L('Lohnt sich das?', 'Worth it?')}\n\n`);
    p.t(
      L(
        'Ja, ZMS immer mittauschen. Kannst dich gern melden, ich schraube am Wochenende: ',
        'Yes, always swap the DMF. Feel free to get in touch, I wrench at weekends: ',
      ),
    )
      .v(PHONE, helper.phone)
      .t('\n');
    p.t(`-- \n`).v(PERSON, helper.given).t(L(' | Kfz-Meister a. D.\n', ' | retired master mechanic\n'));
    p.t(L('\n❤️ 7 · Zitieren · Melden\n', '\n❤️ 7 · Quote · Report\n'));
    p.t(`\n${L('Beitrag von', 'Posted by')} `)
      .v(PERSON, `${op.given} ${op.family[0]}.`)
      .t(` » ${day(c)}\n`);
    p.t(`> `)
      .v(PERSON, helper.given)
      .t(` ${L('schrieb', 'wrote')}:\n> ${L('ZMS immer mittauschen', 'always swap the DMF')}\n\n`);
    p.t(L('Danke! Mail mir die Teilenummer bitte an ', 'Cheers! Please email me the part number at '))
      .v(EMAIL, op.email)
      .t('\n');
    p.t('\n', pagination(rng, c.lang), '\n');
  },
  'review page': (c) => {
    const { p, L, rng } = c;
    p.t(
      L(
        `## Bewertungen für ${c.site.name}\n★★★★☆ 4,3 von 5 (${rng.range(80, 900)} Bewertungen)\n`,
        `## Reviews of ${c.site.name}\n★★★★☆ 4.3 out of 5 (${rng.range(80, 900)} reviews)\n`,
      ),
    );
    for (let i = 0; i < rng.range(3, 4); i++) {
      const x = home(c);
      const stars = rng.range(1, 5);
      p.t(`\n${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${L('von', 'by')} `);
      p.v(PERSON, rng.chance(0.5) ? full(x) : `${x.given} ${x.family[0]}.`);
      p.t(` · ${day(c)}\n`);
      p.t(
        stars >= 4
          ? L(
              'Inspektion pünktlich fertig, faire Preise, Ersatzwagen gestellt.\n',
              'Service done on time, fair prices, courtesy car provided.\n',
            )
          : L('Termin zweimal verschoben, Rückruf kam nie.\n', 'Appointment moved twice, never got the call back.\n'),
      );
      if (stars < 4)
        p.t(
          L('> **Antwort des Inhabers:** Das tut uns leid, ', '> **Response from the owner:** We are sorry, '),
          x.female ? L('Frau ', 'Ms ') : L('Herr ', 'Mr '),
        )
          .v(PERSON, x.family)
          .t(L('. Bitte melden Sie sich unter service@', '. Please contact us at service@'), c.site.domain, '.\n');
      p.t(L('Hilfreich (', 'Helpful ('), String(rng.int(30)), ')\n');
    }
    p.t('\n', pagination(rng, c.lang), '\n');
  },
  'car sharing booking page': (c) => {
    const { p, L, rng } = c;
    const x = home(c);
    p.t(L('Mein Konto › Buchungen › Details\n\n', 'My account › Bookings › Details\n\n'));
    p.t(L(`# Buchung BK-2026-${rng.digits(5)}\n`, `# Booking BK-2026-${rng.digits(5)}\n`));
    p.t(L('**Mitglied:** ', '**Member:** '))
      .v(PERSON, full(x))
      .t(` (${L('Kundennr.', 'member no.')} ${rng.digits(7)})\n`);
    p.t(L('**E-Mail:** ', '**Email:** ')).v(EMAIL, x.email).t('  \n');
    p.t(L('**Mobil:** ', '**Mobile:** ')).v(PHONE, x.phone).t('\n\n');
    p.t(
      L(
        '| Fahrzeug | Abholung | Rückgabe | Preis |\n|---|---|---|---|\n',
        '| Vehicle | Pick-up | Return | Price |\n|---|---|---|---|\n',
      ),
    );
    p.t(
      `| ${rng.pick(['VW ID.3', 'Škoda Enyaq', 'Renault Zoe', 'Fiat 500e'])} (${plate(c)}) | ${time(rng)} | ${time(rng)} | ${rng.range(9, 89)},${rng.digits(2)} € |\n`,
    );
    p.t(
      L('\nZahlungsmittel: Kreditkarte •••• ', '\nPayment method: card •••• '),
      rng.digits(4),
      L(' · [Ändern](/konto/zahlung)\n', ' · [Change](/account/payment)\n'),
    );
    p.t(L('\nLetzte Anmeldung von IP ', '\nLast sign-in from IP '))
      .v('IP_ADDRESS', `${rng.range(31, 217)}.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`)
      .t('\n');
  },
  'rental damage report page': (c) => {
    const { p, L, rng } = c;
    const x = home(c, true);
    p.t(L('Kundenportal › Schadenmeldungen › Neu\n\n', 'Customer portal › Damage reports › New\n\n'));
    p.t(
      L(
        `# Schadenmeldung zu Mietvertrag RA-${rng.digits(7)}\n`,
        `# Damage report for rental agreement RA-${rng.digits(7)}\n`,
      ),
    );
    p.t(L('✔ Ihre Meldung wurde übermittelt.\n\n', '✔ Your report has been submitted.\n\n'));
    p.t(L('**Fahrer/in:** ', '**Driver:** ')).v(PERSON, full(x)).t('\n');
    p.t(L('**Geburtsdatum:** ', '**Date of birth:** ')).v(DOB, dob(c, x)).t('\n');
    p.t(L('**Anschrift:** ', '**Address:** '))
      .v(ADDRESS, x.address as string)
      .t('\n');
    const german = rng.chance(0.5);
    p.t(
      german
        ? L('**Personalausweis-Nr.:** ', '**German ID card no.:** ')
        : L('**Reisepass-Nr.:** ', '**German passport no.:** '),
    );
    p.v(german ? 'DE_ID_CARD' : 'DE_PASSPORT', icaoNumber(rng, german ? 'id' : 'passport')).t('\n');
    p.t(L('**Telefon:** ', '**Phone:** ')).v(PHONE, x.phone).t('\n\n');
    p.t(
      L(
        `Fahrzeug ${plate(c)}, FIN ${vin(rng)}\nSchaden: Kratzer Stoßfänger hinten rechts beim Ausparken.\n`,
        `Vehicle ${plate(c)}, VIN ${vin(rng)}\nDamage: scratch rear bumper right while reversing out of a bay.\n`,
      ),
    );
    p.t(
      L(
        '[Fotos hochladen](/upload) · [Zurück zur Übersicht](/schaden)\n',
        '[Upload photos](/upload) · [Back to overview](/damage)\n',
      ),
    );
  },
  'fine passed on page': (c) => {
    const { p, L, rng } = c;
    const x = c.people.next(rng.pick(c.lang === 'de' ? (['DE', 'AT'] as const) : (['UK', 'NL'] as const)));
    p.t(L('Mein Konto › Dokumente › Bußgelder\n\n', 'My account › Documents › Fines\n\n'));
    p.t(L('# Weiterbelastung Verwarnungsgeld\n', '# Penalty charge passed on\n'));
    p.t(L('Sehr geehrte/r ', 'Dear ')).v(PERSON, full(x)).t(',\n');
    p.t(
      L(
        `die Stadt hat für das Fahrzeug ${plate(c)} am ${rng.range(1, 28)}.${rng.range(1, 12)}.2026 ein Verwarnungsgeld von 35 € erhoben (Parken im Halteverbot). Wir berechnen 35 € zzgl. 15 € Bearbeitungsgebühr.\n`,
        `the council issued a penalty charge notice for vehicle ${plate(c)} on ${rng.range(1, 28)} ${MONTHS_EN[rng.int(12)]} 2026 (parking on a double yellow line). We charge £70 plus a £15 admin fee.\n`,
      ),
    );
    p.t(L('Ihre Halteranschrift laut Vertrag: ', 'Your address on file: '))
      .v(ADDRESS, x.address as string)
      .t('\n');
    p.t(L('Abbuchung per SEPA-Lastschrift von ', 'Collected by direct debit from '))
      .v('IBAN_CODE', grouped(iban(rng, IBAN_OF[x.country] as IbanCountry)))
      .t('\n');
    p.t(L('Gläubiger-ID DE98ZZZ09999999999 · ', 'Creditor ID DE98ZZZ09999999999 · '), `Mandat ${rng.digits(8)}\n`);
    p.t(
      L(
        '[PDF herunterladen](/docs/fine.pdf) &nbsp;|&nbsp; [Einspruch?](/hilfe/bussgeld)\n',
        '[Download PDF](/docs/fine.pdf) &nbsp;|&nbsp; [Dispute?](/help/fines)\n',
      ),
    );
  },
  'parcel tracking page': (c) => {
    const { p, L, rng } = c;
    const x = home(c, true);
    const nb = home(c);
    p.t(L(`# Sendungsverfolgung ${rng.digits(14)}\n`, `# Track parcel ${rng.digits(14)}\n`));
    p.t(L('Status: ⚠️ Zustellhindernis\n\n', 'Status: ⚠️ Delivery exception\n\n'));
    p.t(L('| Datum | Zeit | Ereignis |\n|---|---|---|\n', '| Date | Time | Event |\n|---|---|---|\n'));
    p.t(
      `| ${day(c)} | ${time(rng)} | ${L('In Zustellung', 'Out for delivery')} |\n| ${day(c)} | ${time(rng)} | ${L('Empfänger nicht angetroffen – abgegeben bei Nachbar/in ', 'Recipient not home – left with neighbour ')}`,
    );
    p.v(PERSON, nb.family).t(' |\n\n');
    p.t(L('**Empfänger:** ', '**Recipient:** '))
      .v(PERSON, full(x))
      .t(', ')
      .v(ADDRESS, x.address as string)
      .t('\n');
    p.t(L('**Benachrichtigung an:** ', '**Notified:** ')).v(PHONE, x.phone).t('\n\n');
    p.t(
      L(
        '[Zustellung umleiten](/umleiten) · [Abholort ändern](/packstation) · Fragen? kundenservice@',
        '[Redirect delivery](/redirect) · [Change pick-up point](/locker) · Questions? kundenservice@',
      ),
      c.site.domain,
      '\n',
    );
  },
  'driving school student page': (c) => {
    const { p, L, rng } = c;
    const x = home(c, true);
    const teacher = home(c);
    p.t(L('Schülerportal › Mein Profil\n\n', 'Learner portal › My profile\n\n'));
    p.t(`# ${L('Fahrschüler/in', 'Learner driver')}: `)
      .v(PERSON, full(x))
      .t('\n');
    p.t(`${L('Klasse', 'Category')} ${rng.pick(['B', 'BE', 'B197', 'A2'])} · ${L('Geburtsdatum', 'Date of birth')}: `)
      .v(DOB, dob(c, x))
      .t('\n');
    p.t(L('Adresse: ', 'Address: '))
      .v(ADDRESS, x.address as string)
      .t('\n');
    p.t(L('Kontakt: ', 'Contact: ')).v(EMAIL, x.email).t(' · ').v(PHONE, x.phone).t('\n\n');
    p.t(
      L(
        '## Fahrstunden\n| Datum | Art | Fahrlehrer | Min |\n|---|---|---|---|\n',
        '## Lessons\n| Date | Type | Instructor | Min |\n|---|---|---|---|\n',
      ),
    );
    for (let i = 0; i < rng.range(2, 4); i++) {
      p.t(
        `| ${day(c)} | ${rng.pick(L('Überland|Autobahn|Nacht|Übung', 'Rural|Motorway|Night|Practice').split('|'))} | `,
      )
        .v(PERSON, teacher.family)
        .t(` | ${rng.pick([45, 90, 135])} |\n`);
    }
    p.t(
      L(
        '\n- [x] Sehtest\n- [x] Erste-Hilfe-Kurs\n- [ ] Theorieprüfung\n',
        '\n- [x] Eyesight test\n- [x] First aid course\n- [ ] Theory test\n',
      ),
    );
  },
  'fleet fuel card page': (c) => {
    const { p, L, rng } = c;
    const x = home(c);
    const num = card(rng);
    p.t(
      L(
        'Flottenportal › Tankkarten › Karte sperren/ersetzen\n\n',
        'Fleet portal › Fuel cards › Block/replace card\n\n',
      ),
    );
    p.t(L('# Tankkarte\n', '# Fuel card\n'));
    p.t(L('**Fahrer:** ', '**Driver:** '))
      .v(PERSON, `${x.family}, ${x.given}`)
      .t(` · ${L('Kostenstelle', 'Cost centre')} ${rng.digits(4)}\n`);
    p.t(L('**Kartennummer:** ', '**Card number:** '))
      .v('CREDIT_CARD', cardPrinted(num, ' '))
      .t(L(' (Ablauf 09/28)\n', ' (expires 09/28)\n'));
    p.t(L('**Kennzeichen:** ', '**Registration:** '), plate(c), '\n\n');
    p.t(
      L(
        '| Datum | Station | Liter | Betrag |\n|---|---|---|---|\n',
        '| Date | Station | Litres | Amount |\n|---|---|---|---|\n',
      ),
    );
    for (let i = 0; i < 3; i++)
      p.t(
        `| ${day(c)} | ${rng.pick(['Aral', 'Shell', 'Esso', 'Circle K', 'Texaco'])} ${rng.range(100, 999)} | ${rng.range(20, 70)},${rng.digits(1)} | ${rng.range(40, 120)},${rng.digits(2)} |\n`,
      );
    p.t(L('\nKarte gemeldet als verloren von ', '\nCard reported lost by '))
      .v(PERSON, x.given)
      .t(L(' über IP ', ' from IP '))
      .v(
        'IP_ADDRESS',
        rng.chance(0.5)
          ? `2a02:${rng.range(4096, 65535).toString(16)}:${rng.range(1, 65535).toString(16)}::${rng.range(1, 65535).toString(16)}`
          : `10.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`,
      )
      .t('\n');
  },
  'intranet profile badge log': (c) => {
    const { p, L, rng } = c;
    const x = home(c);
    const boss = home(c);
    p.t(L('Intranet › Personen › Profil\n\n', 'Intranet › People › Profile\n\n'));
    p.t(`# `).v(PERSON, full(x)).t('\n');
    p.t(
      `${rng.pick(L('Schichtführer Presswerk|Staplerfahrerin Lager 3|Instandhaltung Elektrik', 'Press shop shift lead|Forklift driver warehouse 3|Maintenance electrician').split('|'))} · ${L('Vorgesetzte/r', 'Manager')}: @`,
    )
      .v(PERSON, handle(rng, boss))
      .t('\n');
    p.t(L('Durchwahl -', 'Extension -'), rng.digits(4), ' · ', L('Mobil ', 'Mobile ')).v(PHONE, x.phone).t('\n\n');
    p.t(
      L(
        '## Zutritt (letzte 3)\n| Zeit | Tür | Terminal |\n|---|---|---|\n',
        '## Access (last 3)\n| Time | Door | Terminal |\n|---|---|---|\n',
      ),
    );
    for (let i = 0; i < 3; i++)
      p.t(`| ${time(rng)} | ${rng.pick(['Tor 1', 'Halle 3 Nord', 'Kantine', 'Gate 2'])} | T-${rng.digits(3)} |\n`);
    p.t(L('\nHomeoffice-VPN zuletzt von ', '\nHome VPN last seen from '))
      .v('IP_ADDRESS', `${rng.range(77, 95)}.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`)
      .t('\n');
  },
  'forwarding CMR portal page': (c) => {
    const { p, L, rng } = c;
    const driver = c.people.next(rng.pick(['DE', 'AT', 'NL', 'DK'] as const));
    p.t(L('Speditionsportal › Sendungen › Frachtbrief\n\n', 'Forwarding portal › Shipments › Consignment note\n\n'));
    const no = cmr(rng);
    p.t(`# ${no}\n`);
    p.t(L('| Feld | Inhalt |\n|---|---|\n', '| Box | Content |\n|---|---|\n'));
    p.t(
      L(
        '| 1 Absender | Präzisionsteile Süd GmbH, Gewerbestraße 40, 73037 Göppingen |\n',
        '| 1 Sender | Präzisionsteile Süd GmbH, Gewerbestraße 40, 73037 Göppingen |\n',
      ),
    );
    p.t(
      L(
        '| 2 Empfänger | Noord Mobiliteit B.V., Transportweg 9, 9723 JB Groningen |\n',
        '| 2 Consignee | Noord Mobiliteit B.V., Transportweg 9, 9723 JB Groningen |\n',
      ),
    );
    p.t(`| 16 ${L('Frachtführer', 'Carrier')} | Paketwerk Logistik AG, ${plate(c)} |\n| 23 ${L('Fahrer', 'Driver')} | `)
      .v(PERSON, full(driver))
      .t(' |\n');
    p.t(`| ${L('Ausweis Fahrer', 'Driver ID')} | ${L('Reisepass', 'passport')} `)
      .v('DE_PASSPORT', icaoNumber(rng, 'passport'))
      .t(' |\n');
    p.t(`| ${L('Mobil Fahrer', 'Driver mobile')} | `)
      .v(PHONE, driver.phone)
      .t(' |\n\n');
    p.t(
      L(
        `Zoll: EORI DE${rng.digits(12)} · MRN 26DE${rng.digits(14)} · Verweis auf ${no}\n`,
        `Customs: EORI DE${rng.digits(12)} · MRN 26DE${rng.digits(14)} · see ${no}\n`,
      ),
    );
  },
  'HR expenses portal page': (c) => {
    const { p, L, rng } = c;
    const x = c.people.next(rng.pick(['DE', 'DE', 'AT'] as const));
    p.t(
      L(
        'Intranet › HR-Self-Service › Stammdaten & Reisekosten\n\n',
        'Intranet › HR self-service › Personal data & expenses\n\n',
      ),
    );
    p.t(L('# Meine Stammdaten\n', '# My personal data\n'));
    p.t(`| ${L('Feld', 'Field')} | ${L('Wert', 'Value')} |\n|---|---|\n| Name | `)
      .v(PERSON, full(x))
      .t(' |\n');
    p.t(`| ${L('Geburtsdatum', 'Date of birth')} | `)
      .v(DOB, dob(c, x))
      .t(' |\n');
    p.t(`| ${L('Wohnanschrift', 'Home address')} | `)
      .v(ADDRESS, x.address as string)
      .t(' |\n');
    const tax = taxId(rng);
    p.t(`| ${L('Steuer-ID', 'German tax ID')} | `)
      .v(
        'DE_TAX_ID',
        rng.chance(0.5) ? tax : `${tax.slice(0, 2)} ${tax.slice(2, 5)} ${tax.slice(5, 8)} ${tax.slice(8)}`,
      )
      .t(' |\n');
    p.t(`| ${L('Rentenversicherungsnr.', 'Pension insurance no.')} | `)
      .v('DE_SOCIAL_SECURITY', pensionNumber(rng, x.birth, x.family, x.female))
      .t(' |\n');
    p.t(`| IBAN | `)
      .v('IBAN_CODE', iban(rng, IBAN_OF[x.country] as IbanCountry))
      .t(' |\n\n');
    p.t(
      L(
        `## Reisekosten\n- [x] Werksbesuch Linz, ${rng.range(120, 480)} km\n- [ ] Beleg Hotel fehlt\n`,
        `## Expenses\n- [x] Plant visit Linz, ${rng.range(120, 480)} km\n- [ ] Hotel receipt missing\n`,
      ),
    );
    p.t(L('[Änderung beantragen](/hr/aenderung)\n', '[Request a change](/hr/change)\n'));
  },
  'vehicle registration portal page': (c) => {
    const { p, L, rng } = c;
    const x = c.people.next('DE');
    p.t(L('i-Kfz › Zulassung › Zusammenfassung\n\n', 'i-Kfz (English) › Registration › Summary\n\n'));
    p.t(L('# Bitte prüfen Sie Ihre Angaben\n', '# Please check your details\n'));
    p.t(L('Halter/in: ', 'Keeper: ')).v(PERSON, full(x)).t('\n');
    p.t(L('geboren am ', 'born ')).v(DOB, dob(c, x)).t('\n');
    p.t(L('Anschrift: ', 'Address: '))
      .v(ADDRESS, x.address as string)
      .t('\n');
    p.t(L('Online-Ausweis (eID), Dokumentnummer ', 'Online ID (eID), document number '))
      .v('DE_ID_CARD', icaoNumber(rng, 'id'))
      .t('\n');
    p.t(L('Kfz-Steuer per SEPA-Lastschrift: ', 'Vehicle tax by direct debit: '))
      .v('IBAN_CODE', grouped(iban(rng, 'DE')))
      .t('\n');
    p.t(L('Bestätigung an: ', 'Confirmation to: ')).v(EMAIL, x.email).t('\n\n');
    p.t(
      L(
        `Fahrzeug: FIN ${vin(rng)}, Wunschkennzeichen ${plate(c)}\n[Zurück] [Kostenpflichtig beantragen]\n`,
        `Vehicle: VIN ${vin(rng)}, chosen plate ${plate(c)}\n[Back] [Submit and pay]\n`,
      ),
    );
  },
  'roadside assistance Q&A': (c) => {
    const { p, L, rng } = c;
    const x = home(c);
    const agent = home(c);
    p.t(
      L(
        'Hilfe-Center › Pannenhilfe › Fragen der Community\n\n',
        'Help centre › Roadside assistance › Community questions\n\n',
      ),
    );
    p.t(L('### Frage: Abschleppen ins Ausland – wer zahlt?\n', '### Question: Towing abroad – who pays?\n'));
    p.t(L('Gefragt von ', 'Asked by '))
      .v(PERSON, full(x))
      .t(` · ${day(c)}\n`);
    p.t(
      L(
        'Liegen mit Motorschaden an der A8 fest, Mitgliedsnr. ',
        'Broken down with engine failure on the M6, member no. ',
      ),
      rng.digits(9),
      L('. Rückruf bitte an ', '. Please call me back on '),
    )
      .v(PHONE, x.phone)
      .t('\n');
    p.t(L('\n**Beste Antwort** ✅ von ', '\n**Best answer** ✅ by '))
      .v(PERSON, `${agent.given} ${agent.family[0]}.`)
      .t(L(' (Team Pannenhilfe)\n', ' (Roadside team)\n'));
    p.t(L('Hallo ', 'Hi '))
      .v(PERSON, x.given)
      .t(
        L(
          ', Abschleppen bis 150 km ist im Tarif Plus enthalten. Hotline: 0800 5 222 222 (kostenlos).\n',
          ', towing up to 150 km is included in Plus. Helpline: 0800 5 222 222 (free).\n',
        ),
      );
    p.t(L('\n👍 12 fanden das hilfreich · [Antworten](#reply)\n', '\n👍 12 found this helpful · [Reply](#reply)\n'));
  },
  'news page (no personal data)': (c) => {
    const { p, L, rng } = c;
    p.t(
      L(
        `# Neues Ersatzteillager in Betrieb\n${rng.range(1, 28)}.${rng.range(1, 12)}.2026 · Lesezeit 3 Min.\n\n`,
        `# New spare-parts warehouse opens\n${rng.range(1, 28)} ${MONTHS_EN[rng.int(12)]} 2026 · 3 min read\n\n`,
      ),
    );
    p.t(
      L(
        `Auf ${rng.range(8, 40)}.000 m² lagern ab sofort über 60.000 Teile. Bestellungen bis 16 Uhr gehen noch am selben Tag raus &ndash; auch f&#252;r Werkst&auml;tten in &Ouml;sterreich.\n\n`,
        `More than 60,000 parts are now stocked on ${rng.range(80, 400)},000 sq ft. Orders placed by 4 pm ship the same day &ndash; including to workshops in Ireland &amp; the UK.\n\n`,
      ),
    );
    p.t(
      L(
        '> „Kürzere Wege bedeuten weniger Standzeit für unsere Kunden.“ – Geschäftsführung\n',
        '> “Shorter routes mean less downtime for our customers.” – Management\n',
      ),
    );
    p.t(L('\nPressekontakt: presse@', '\nPress contact: press@'), c.site.domain, '\n');
    p.t(
      L(
        '\n**Verwandte Artikel:** [Elektro-Flotte wächst](/news/e-flotte) · [Azubis gesucht](/karriere)\n',
        '\n**Related:** [EV fleet grows](/news/ev-fleet) · [Apprentices wanted](/careers)\n',
      ),
    );
  },
  'wiki how-to (no personal data)': (c) => {
    const { p, L, rng } = c;
    p.t(L('Werkstatt-Wiki › Anleitungen › Räder\n\n', 'Workshop wiki › How-to › Wheels\n\n'));
    p.t(L('# Radwechsel mit Drehmomentschlüssel\n', '# Wheel change with torque wrench\n'));
    p.t(L('Zuletzt geändert vom Team ', 'Last changed by team '), roleTeam(rng), '\n\n');
    p.t(
      L(
        '| Fahrzeug | Anzugsmoment |\n|---|---|\n| Kleinwagen | 110 Nm |\n| SUV | 140 Nm |\n| Transporter | 180 Nm |\n\n',
        '| Vehicle | Torque |\n|---|---|\n| Small car | 110 Nm |\n| SUV | 140 Nm |\n| Van | 180 Nm |\n\n',
      ),
    );
    p.t(
      L(
        '- [x] Radschrauben über Kreuz anziehen\n- [x] Reifendruck prüfen\n- [ ] Nach 50 km nachziehen\n',
        '- [x] Tighten bolts in a star pattern\n- [x] Check tyre pressure\n- [ ] Re-torque after 50 km\n',
      ),
    );
    p.t(
      L(
        `\nFragen: ${roleTeam(rng)} · Seite ${rng.range(2, 9)} von 12\n`,
        `\nQuestions: ${roleTeam(rng)} · page ${rng.range(2, 9)} of 12\n`,
      ),
    );
  },
};

/**
 * `count` pages scraped to plain text for a RAG ingest: kind after kind, German and English in
 * turn, each with a site's navigation, breadcrumbs, cookie banner, share links and imprint; some
 * pages keep their HTML entities. The same for the same seed.
 */
export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: TestLabel[] }[] {
  const rng = new Well512a(seed);
  const people = new People(rng);
  const kinds = Object.keys(KINDS);
  const out: { lang: Lang; kind: string; text: string; entities: TestLabel[] }[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const kind = kinds[Math.floor(i / 2) % kinds.length];
    const site = rng.pick(SITES.filter((x) => x.lang === lang));
    const p = new Page();
    const c: Ctx = { rng, lang, people, site, p, L: (de, en) => (lang === 'de' ? de : en) };
    if (!kind.startsWith('wiki') && !kind.startsWith('forum')) head(c, !NO_TRAIL.has(kind));
    else if (rng.chance(0.5)) p.t(nav(rng, lang), '\n\n');
    KINDS[kind](c);
    foot(c);
    const escape = rng.pick([undefined, undefined, undefined, 'named', 'numeric', 'hex'] as const);
    out.push({ lang, kind, ...p.done(escape) });
  }
  return out;
}
