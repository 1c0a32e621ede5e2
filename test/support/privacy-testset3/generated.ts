import { build, d, lab, lines, type Built, type Part, type TestLabel } from './markup.js';
import { CULTURES, CULTURE_NAMES, COMPANIES_DE, COMPANIES_EN, PRODUCTS } from './names.js';
import { Prng } from './random.js';
import * as v from './values.js';

/**
 * Test set 3's generator: its own layouts (chat exports, CRM JSON, HR YAML, CSV in several column
 * orders, logs, forms, letters, transcripts, rosters, minutes, quoted e-mail threads, notes) in
 * German and English. Every value is placed as a labelled piece; offsets come from `build`.
 */

type Lang = 'de' | 'en';
export interface GeneratedDoc {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

interface Person {
  given: string;
  family: string;
  birth: v.Birth;
}

function person(g: Prng): Person {
  const c = CULTURES[g.pick(CULTURE_NAMES)];
  return { given: g.pick(c.given), family: g.pick(c.family), birth: v.birth(g) };
}

const P = (s: string) => lab('P', s);
const full = (p: Person) => P(`${p.given} ${p.family}`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A name in one of the writings documents use: "Given Family", "Family, Given", "FAMILY, Given", "G. Family". */
function named(g: Prng, p: Person): Part {
  switch (g.between(0, 5)) {
    case 0:
      return P(`${capital(p.family)}, ${p.given}`);
    case 1:
      return P(`${p.family.toUpperCase()}, ${p.given}`);
    case 2:
      return P(`${p.given.charAt(0)}. ${capital(p.family)}`);
    default:
      return full(p);
  }
}
const mail = (g: Prng, p: Person) => lab('MAIL', v.email(g, p.given, p.family));
const tel = (g: Prng, lang: Lang) => lab('TEL', v.phone(g, lang));
const dob = (g: Prng, lang: Lang, p: Person) => lab('GEB', v.dateOfBirth(g, lang, p.birth));
const adr = (g: Prng, lang: Lang, multiline?: boolean) =>
  lab('ADR', lang === 'de' ? v.germanAddress(g, multiline) : v.englishAddress(g, multiline));
const salutation = (g: Prng, lang: Lang, p: Person): Part =>
  lang === 'de'
    ? g.pick([
        d`Sehr geehrte/r ${P(capital(p.family))}`,
        d`Hallo ${P(p.given)}`,
        d`Liebe/r ${P(p.given)}`,
        d`Guten Tag ${full(p)}`,
      ])
    : g.pick([d`Dear ${P(p.given)}`, d`Hi ${P(p.given)}`, d`Dear Mx ${P(capital(p.family))}`, d`Hello ${full(p)}`]);
const closing = (g: Prng, lang: Lang) =>
  lang === 'de'
    ? g.pick(['Viele Grüße', 'Beste Grüße', 'Mit freundlichen Grüßen', 'LG', 'Schöne Grüße aus dem Büro'])
    : g.pick(['Best,', 'Kind regards,', 'Many thanks,', 'Cheers,', 'Warm wishes,']);
const company = (g: Prng, lang: Lang) => (lang === 'de' ? g.pick(COMPANIES_DE) : g.pick(COMPANIES_EN));
const hhmm = (g: Prng) => `${String(g.between(7, 22)).padStart(2, '0')}:${String(g.between(0, 59)).padStart(2, '0')}`;
const day = (g: Prng) =>
  `${String(g.between(1, 28)).padStart(2, '0')}.${String(g.between(1, 12)).padStart(2, '0')}.2026`;
/** A date range in order: "03.04.2026 bis 17.04.2026". */
function range(g: Prng, sep: string): [string, string] {
  const m = g.between(1, 11);
  const a = g.between(1, 20);
  const f = (dd: number, mm: number) => [String(dd).padStart(2, '0'), String(mm).padStart(2, '0'), '2026'].join(sep);
  return [f(a, m), f(g.between(a, 28), m + g.between(0, 1))];
}
const ref = (g: Prng, prefix: string) => `${prefix}-${g.digits(2)}${g.between(1000, 9999)}`;

type Template = (g: Prng, lang: Lang) => Built;

const TEMPLATES: Record<string, Template> = {
  'chat-export': (g, lang) => {
    const c = person(g);
    const agent = person(g);
    const style = g.between(0, 2);
    let minute = g.between(7 * 60, 20 * 60);
    const line = (who: Part, text: Part) => {
      minute += g.between(0, 3);
      const t = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      return style === 0
        ? d`[${t}] ${who}: ${text}`
        : style === 1
          ? d`${who} ${t}\n${text}`
          : d`${t} | ${who} | ${text}`;
    };
    const custName = g.chance(0.5) ? P(c.given) : full(c);
    const de = lang === 'de';
    return lines([
      de ? `Export Webchat · Sitzung ${ref(g, 'WC')}` : `Webchat export · session ${ref(g, 'WC')}`,
      line(custName, de ? 'hallo, ich komme nicht mehr in mein Kundenkonto' : "hi, I'm locked out of my account"),
      line(
        P(agent.given),
        de
          ? d`Hallo ${P(c.given)}, ich helfe gern. Welche E-Mail-Adresse ist hinterlegt?`
          : d`Hi ${P(c.given)}, happy to help. Which email address is on the account?`,
      ),
      line(custName, mail(g, c)),
      line(
        P(agent.given),
        de
          ? 'Danke. Zur Sicherheit: Ihr Geburtsdatum bitte.'
          : 'Thanks. For security, please confirm your date of birth.',
      ),
      line(custName, dob(g, lang, c)),
      line(
        P(agent.given),
        de
          ? `Passt. Der Reset-Link ist unterwegs, Vorgang ${ref(g, 'VG')}.`
          : `All good. A reset link is on its way, case ${ref(g, 'CS')}.`,
      ),
    ]);
  },

  'crm-json': (g, lang) => {
    const p = person(g);
    const parts: Part[] = [
      `{\n  "id": ${g.between(10000, 99999)},\n  "${lang === 'de' ? 'name' : 'displayName'}": "`,
      full(p),
      `",\n  "email": "`,
      mail(g, p),
      `",\n  "phone": "`,
      tel(g, lang),
      `",\n  "birthDate": "`,
      lab('GEB', `${p.birth.y}-${String(p.birth.m).padStart(2, '0')}-${String(p.birth.d).padStart(2, '0')}`),
      `",\n  "signupIp": "`,
      lab('IP', v.ip(g)),
      `",\n  "segment": "${g.pick(['gold', 'trial', 'smb', 'enterprise'])}",\n  "updatedAt": "2026-0${g.between(1, 2)}-${String(g.between(10, 28))}T${hhmm(g)}:00Z"\n}`,
    ];
    return build(...parts);
  },

  'hr-yaml': (g, lang) => {
    const p = person(g);
    const initial =
      v.ascii(p.family.replace(/^(van der|van den|van|de|von der|bin|binti|al|el|zu)[ -]/i, '')).charAt(0) || 'A';
    return d`# ${lang === 'de' ? 'Personalstamm' : 'employee master data'} (${ref(g, 'EXP')})
employee:
  ${lang === 'de' ? 'nachname' : 'last_name'}: ${P(p.family)}
  ${lang === 'de' ? 'vorname' : 'first_name'}: ${P(p.given)}
  ${lang === 'de' ? 'geburtsdatum' : 'date_of_birth'}: "${dob(g, lang, p)}"
  tax_id: "${lab('STID', v.taxId(g))}"
  social_security: "${lab('RVNR', v.socialSecurity(g, p.birth, initial))}"
  bank:
    iban: "${lab('IBAN', v.iban(g, 'DE'))}"
  cost_centre: ${g.between(1000, 9999)}
  release: v${g.between(1, 4)}.${g.between(0, 20)}.${g.between(0, 9)}`;
  },

  'csv-export': (g, lang) => {
    const sep = g.pick([';', ',', '\t', '|']);
    const cols = g.shuffled(['family', 'given', 'dob', 'mail', 'tel', 'no']).slice(0, g.between(4, 6));
    if (!cols.includes('family')) cols[0] = 'family';
    const head: Record<string, [string, string]> = {
      family: ['Nachname', 'surname'],
      given: ['Vorname', 'given_name'],
      dob: ['Geburtsdatum', 'date_of_birth'],
      mail: ['E-Mail', 'email'],
      tel: ['Telefon', 'phone'],
      no: ['Kundennr', 'customer_no'],
    };
    const rows: Part[] = [cols.map((c) => head[c][lang === 'de' ? 0 : 1]).join(sep)];
    for (let i = g.between(3, 6); i > 0; i--) {
      const p = person(g);
      const cell = (c: string): Part =>
        c === 'family'
          ? P(cols.includes('given') ? p.family : `${p.family}, ${p.given}`)
          : c === 'given'
            ? P(p.given)
            : c === 'dob'
              ? dob(g, lang, p)
              : c === 'mail'
                ? mail(g, p)
                : c === 'tel'
                  ? tel(g, lang)
                  : `C${g.digits(6)}`;
      // a cell holding the separator is quoted, as spreadsheet exports do; the label stays inside the quotes
      const quoted = (c: string): Part => {
        const part = cell(c);
        const text = typeof part === 'object' && 'value' in part ? part.value : String(part);
        return text.includes(sep) ? build('"', part, '"') : part;
      };
      rows.push(lines(cols.map(quoted), sep));
    }
    return lines(rows);
  },

  'access-log': (g) => {
    const out: Part[] = [];
    for (let i = g.between(3, 6); i > 0; i--) {
      const p = person(g);
      const ts = `2026-02-${String(g.between(10, 28))}T${hhmm(g)}:${String(g.between(10, 59))}.${g.digits(3)}Z`;
      const kind = g.between(0, 3);
      if (kind === 0) out.push(d`${ts} INFO login user=${mail(g, p)} ip=${lab('IP', v.ip(g))} ua="Mozilla/5.0"`);
      else if (kind === 1)
        out.push(d`${ts} WARN auth failed for ${mail(g, p)} from ${lab('IP', v.ip(g))} attempt=${g.between(2, 5)}`);
      else if (kind === 2)
        out.push(
          `${ts} INFO deploy service=billing version=${g.between(1, 9)}.${g.between(0, 30)}.${g.between(0, 9)} build=${g.digits(6)}`,
        );
      else
        out.push(
          `${ts} DEBUG request id=${g.digits(8)} path=/api/v2/orders/${ref(g, 'ORD')} status=200 took=${g.between(3, 900)}ms`,
        );
    }
    return lines(out);
  },

  'leave-request': (g, lang) => {
    const p = person(g);
    const boss = person(g);
    const sub = person(g);
    const [from, to] = range(g, lang === 'de' ? '.' : '/');
    return lang === 'de'
      ? d`Antrag auf Erholungsurlaub
Antragsteller/in: ${named(g, p)}
Personalnummer: ${g.digits(5)}
Vom ${from} bis ${to}
Vertretung: ${full(sub)}
Genehmigt: ${g.pick(['ja', 'nein'])} – ${P(`${boss.given.charAt(0)}. ${boss.family}`)}`
      : d`Leave request ${ref(g, 'LR')}
Employee name: ${named(g, p)}
From ${from} to ${to}
Cover: ${P(sub.given)}
Manager decision: approved by ${full(boss)}`;
  },

  'bank-change': (g, lang) => {
    const p = person(g);
    return lang === 'de'
      ? d`Betreff: Änderung meiner Bankverbindung

${g.pick(['Sehr geehrte Damen und Herren', 'Guten Tag', 'Liebes Personalteam'])},

bitte überweisen Sie mein Gehalt ab März auf folgendes Konto:
Kontoinhaber: ${full(p)}
IBAN: ${lab('IBAN', v.iban(g))}
Anschrift unverändert: ${adr(g, lang, false)}

${closing(g, lang)}
${full(p)}`
      : d`Subject: Change of bank details

Hello payroll team,

please pay my salary into the following account from next month:
Account holder: ${full(p)}
IBAN: ${lab('IBAN', v.iban(g, g.pick(['GB', 'NL', 'DE', 'BE', 'FR'])))}
Home address: ${adr(g, lang, false)}

${closing(g, lang)}
${P(p.given)}`;
  },

  'card-dispute': (g, lang) => {
    const p = person(g);
    const amount = `${g.between(12, 900)},${g.digits(2)}`;
    return lang === 'de'
      ? d`Reklamation Kartenumsatz
Karteninhaber/in: ${named(g, p)}
Kartennummer: ${lab('CARD', v.card(g))}
Umsatz vom ${day(g)} über ${amount} € bei ${g.pick(PRODUCTS)} Online-Shop nicht von mir.
Rückruf: ${tel(g, lang)}
E-Mail: ${mail(g, p)}`
      : d`Card dispute form
Cardholder: ${named(g, p)}
Card number: ${lab('CARD', v.card(g))}
Transaction on ${day(g).replace(/\./g, '/')} for £${amount.replace(',', '.')} at ${g.pick(PRODUCTS)} store was not made by me.
Best number to call: ${tel(g, lang)}`;
  },

  'tenancy-letter': (g, lang) => {
    const p = person(g);
    const agent = person(g);
    const co = company(g, lang);
    return lang === 'de'
      ? d`${co}

${g.pick(['Herrn', 'Frau', ''])}
${full(p)}
${adr(g, lang, true)}

Mieterhöhung gemäß § 558 BGB – Objekt ${ref(g, 'WE')}

${salutation(g, lang, p)},

die Nettokaltmiete erhöht sich ab dem 01.05.2026 um ${g.between(20, 90)},00 €. Die Gläubiger-ID ${v.creditorId(g)} bleibt unverändert.

${closing(g, lang)}
${named(g, agent)}`
      : d`${co}

${full(p)}
${adr(g, lang, true)}

Notice of inspection — tenancy ${ref(g, 'TN')}

${salutation(g, lang, p)},

we will carry out the annual gas safety inspection on ${g.between(2, 27)} March 2026 between 8am and 1pm.

${closing(g, lang)}
${full(agent)}
Lettings negotiator`;
  },

  'patient-referral': (g, lang) => {
    const p = person(g);
    const doc = person(g);
    return lang === 'de'
      ? d`Überweisungsschein / Befundbericht
Patient/in: ${named(g, p)}, ${g.pick(['geb.', 'Geb.-Datum', '*', 'geboren am'])} ${dob(g, lang, p)}
Anschrift: ${adr(g, lang, false)}
Telefon: ${tel(g, lang)}
Diagnose: ${g.pick(['V. a. Meniskusläsion rechts', 'Hypertonie, Einstellung', 'chron. Sinusitis'])}
Überweisende Ärztin: Dr. ${full(doc)}`
      : d`GP referral letter
Re: ${full(p)}, ${g.pick(['DOB', 'D.O.B.', 'born', 'b.'])} ${dob(g, lang, p)}
${adr(g, lang, true)}
Tel: ${tel(g, lang)}

Dear Dr ${P(capital(doc.family))},
thank you for seeing ${P(p.given)}, who presents with ${g.pick(['recurrent migraine', 'knee pain after a fall', 'persistent cough'])}.

Yours sincerely,
Dr ${full(person(g))}`;
  },

  'application-signature': (g, lang) => {
    const p = person(g);
    return d`${lang === 'de' ? 'Über eine Einladung zum Vorstellungsgespräch freue ich mich.' : 'I look forward to hearing from you.'}

${closing(g, lang)}
${full(p)}
${adr(g, lang, g.chance(0.5))}
${g.pick(['Tel.', 'Mobil:', 'M:', 'Phone:', '☎'])} ${tel(g, lang)}
${mail(g, p)}`;
  },

  'event-registration': (g, lang) => {
    const p = person(g);
    return lang === 'de'
      ? d`Anmeldung ${ref(g, 'REG')} – ${g.pick(['Sommerfest', 'Fachforum Energie', 'Stadtlauf 10 km'])} 2026
Name: ${full(p)}
Namensschild: ${P(p.given)}
E-Mail: ${mail(g, p)}
Geburtsjahr/-datum (Altersklasse): ${dob(g, lang, p)}
Startgebühr bezahlt: ja`
      : d`Registration ${ref(g, 'REG')} — ${g.pick(['City 10k', 'Product Summit', 'Charity Gala'])} 2026
Full name: ${full(p)}
Badge name: ${P(p.given)}
Email: ${mail(g, p)}
Paid with: ${lab('CARD', v.card(g))}
Access requirements: none`;
  },

  'shipping-note': (g, lang) => {
    const p = person(g);
    return d`${lang === 'de' ? 'Versandetikett' : 'Shipping label'} · ${company(g, lang)}
${lang === 'de' ? 'Empfänger' : 'Deliver to'}:
${named(g, p)}
${adr(g, lang, true)}
${g.chance(0.6) ? tel(g, lang) : ''}
${lang === 'de' ? 'Sendungsnummer' : 'Tracking'}: ${v.trackingNumber(g)}
${lang === 'de' ? 'Artikel' : 'Item'}: ${g.pick(PRODUCTS)} (SKU ${g.digits(3)}-${g.digits(4)})`;
  },

  'sms-thread': (g, lang) => {
    const a = person(g);
    const b = person(g);
    const n = tel(g, lang);
    const on = day(g);
    return lang === 'de'
      ? d`SMS-Verlauf mit ${n}
${on} 18:02 ← Hi, hier ${P(a.given)}. Hab ne neue Nummer, bitte speichern
${on} 18:07 → ok, gespeichert. Grüß ${P(b.given)}!
${on} 18:09 ← mach ich 👍`
      : d`Messages with ${n}
${hhmm(g)}  them: hey it's ${P(a.given)}, new number, save it!
${hhmm(g)}  me: saved. say hi to ${P(b.given)}
${hhmm(g)}  them: will do x`;
  },

  voicemail: (g, lang) => {
    const p = person(g);
    const who = person(g);
    return lang === 'de'
      ? d`Mailbox-Transkript (${day(g)}, ${hhmm(g)})
„Ja, guten Tag, ${full(p)} hier. Ich rufe an wegen ${g.pick(['der Rechnung', 'des Termins am Freitag', 'meiner Bestellung'])}. Bitte rufen Sie mich zurück unter ${tel(g, lang)}. Oder schreiben Sie an ${mail(g, p)}. Ach, und schöne Grüße an ${P(who.given)}. Danke."`
      : d`Voicemail transcript (${hhmm(g)})
"Hiya, it's ${full(p)}. Just calling about ${g.pick(['the boiler', 'the invoice', 'my appointment'])}. Can you call me back on ${tel(g, lang)}? Ta."`;
  },

  'roster-table': (g, lang) => {
    const rows: Part[] = [
      lang === 'de' ? '| Schicht | Mitarbeiter/in | Kontakt |' : '| Shift | Staff | Contact |',
      '|---|---|---|',
    ];
    for (const s of lang === 'de' ? ['Früh', 'Spät', 'Nacht'] : ['Early', 'Late', 'Night']) {
      const p = person(g);
      rows.push(d`| ${s} | ${named(g, p)} | ${g.chance(0.5) ? tel(g, lang) : mail(g, p)} |`);
    }
    return lines(rows);
  },

  'identity-check': (g, lang) => {
    const p = person(g);
    const pass = g.chance(0.5);
    const doc = pass ? lab('PASS', v.passport(g)) : lab('PA', v.idCard(g));
    return lang === 'de'
      ? d`Ausweisprüfung ${ref(g, 'ID')}
Name: ${named(g, p)}
Geburtsdatum: ${dob(g, lang, p)}
${pass ? 'Reisepassnummer' : 'Personalausweisnummer'}: ${doc}
${pass ? 'zusätzlich Personalausweis' : 'zusätzlich Reisepass'}: ${pass ? lab('PA', v.idCard(g)) : lab('PASS', v.passport(g))}
Anschrift: ${adr(g, lang, false)}
Ergebnis: echt, Foto stimmt überein`
      : d`Identity verification ${ref(g, 'IDV')}
Applicant: ${named(g, p)}
Date of birth: ${dob(g, lang, p)}
Document: German ${pass ? 'passport' : 'identity card'} ${doc}
Second document: ${pass ? d`identity card ${lab('PA', v.idCard(g))}` : d`passport ${lab('PASS', v.passport(g))}`}
Verified by: ${full(person(g))}`;
  },

  'payroll-onboarding': (g, lang) => {
    const p = person(g);
    const initial =
      v.ascii(p.family.replace(/^(van der|van den|van|de|von der|bin|binti|al|el|zu)[ -]/i, '')).charAt(0) || 'A';
    return lang === 'de'
      ? d`Meldung an die Lohnbuchhaltung
Neue/r Mitarbeiter/in: ${full(p)}
Geburtsdatum: ${dob(g, lang, p)}
Steuerliche Identifikationsnummer: ${lab('STID', v.taxId(g))}
Sozialversicherungsnummer: ${lab('RVNR', v.socialSecurity(g, p.birth, initial))}
Steuerklasse: ${g.between(1, 5)}
IBAN: ${lab('IBAN', v.iban(g, 'DE'))}`
      : d`Payroll set-up (Germany)
Employee: ${full(p)}
DOB: ${dob(g, lang, p)}
Tax ID (IdNr): ${lab('STID', v.taxId(g))}
Pension insurance no.: ${lab('RVNR', v.socialSecurity(g, p.birth, initial))}
Salary IBAN: ${lab('IBAN', v.iban(g))}
Right-to-work check: German passport ${lab('PASS', v.passport(g))} seen by ${P(person(g).given)}`;
  },

  'meeting-minutes': (g, lang) => {
    const people = [person(g), person(g), person(g), person(g)];
    const owner = g.pick(people);
    return lang === 'de'
      ? d`Besprechungsnotiz ${day(g)}
Teilnehmer: ${lines(
          people.map((p) => full(p)),
          ', ',
        )}
Protokoll: ${P(`${people[0].given.charAt(0)}. ${people[0].family}`)}

1. Status Release ${g.between(2, 9)}.${g.between(0, 12)} – auf Kurs.
2. Aufgabe: Testplan bis Freitag (${P(owner.given)}).
3. Nächstes Treffen: ${day(g)}, Raum ${g.pick(['Elbe', 'Main', 'Isar'])}.`
      : d`Meeting notes — ${day(g).replace(/\./g, '/')}
Attendees: ${lines(
          people.map((p) => named(g, p)),
          '; ',
        )}

Actions
- ${P(owner.given)} to circulate the budget by Friday.
- ${full(people[1])} to book the ${g.pick(['Thames', 'Severn', 'Avon'])} room.`;
  },

  'quoted-email': (g, lang) => {
    const a = person(g);
    const b = person(g);
    const de = lang === 'de';
    return d`${salutation(g, lang, b)},

${de ? 'danke, passt so. Ich melde mich morgen.' : 'thanks, that works. Will get back to you tomorrow.'}

${closing(g, lang)}
${P(a.given)}

--
${full(a)} | ${company(g, lang)}
${g.pick(['T', 'Tel.', 'Direct:'])} ${tel(g, lang)} | ${mail(g, a)}

${de ? `Am ${day(g)} um ${hhmm(g)} schrieb` : `On ${day(g).replace(/\./g, '/')} at ${hhmm(g)},`} ${full(b)} <${mail(g, b)}>${de ? ':' : ' wrote:'}
> ${de ? 'Hallo' : 'Hi'} ${P(a.given)},
> ${de ? 'können wir den Termin verschieben?' : 'could we move the call?'}
> ${P(b.given)}`;
  },

  'handwritten-note': (g, lang) => {
    const p = person(g);
    const q = person(g);
    const low = (s: string) => s.toLowerCase();
    return lang === 'de'
      ? d`notiz ${day(g).slice(0, 5)}
${P(low(p.given))} anrufen wg. schlüssel → ${tel(g, lang)}
${P(low(`${q.given} ${q.family}`))} hat geb. am ${dob(g, lang, q)} – karte kaufen!
paket für ${P(low(p.family))} liegt beim nachbarn`
      : d`todo
- ring ${P(low(p.given))} about the keys ${tel(g, lang)}
- ${P(low(q.given))}'s birthday ${dob(g, lang, q)}, get card
- drop off forms at ${adr(g, lang, false)}`;
  },

  'address-change': (g, lang) => {
    const p = person(g);
    return lang === 'de'
      ? d`Adressänderung Kundennummer ${g.digits(8)}
${full(p)}
alte Anschrift: ${adr(g, lang, false)}
neue Anschrift: ${adr(g, lang, false)}
gültig ab: ${day(g)}
vorgelegter Personalausweis: ${lab('PA', v.idCard(g))}`
      : d`Change of address — member ${g.digits(7)}
Name: ${named(g, p)}
Previous address: ${adr(g, lang, false)}
New address: ${adr(g, lang, false)}
Effective: ${g.between(1, 28)} ${g.pick(v.MONTHS)} 2026
ID checked: German identity card ${lab('PA', v.idCard(g))}`;
  },

  'child-registration': (g, lang) => {
    const child = person(g);
    child.birth = { ...child.birth, y: g.between(2015, 2022) };
    const parent = { ...person(g), family: child.family };
    return lang === 'de'
      ? d`Anmeldung Ferienbetreuung
Kind: ${full(child)}, geboren am ${dob(g, lang, child)}
Erziehungsberechtigte/r: ${full(parent)}
Notfallnummer: ${tel(g, lang)}
Allergien: ${g.pick(['keine', 'Nüsse', 'Laktose'])}`
      : d`Holiday club sign-up
Child: ${full(child)} (born ${dob(g, lang, child)})
Parent/guardian: ${full(parent)}
Emergency contact: ${tel(g, lang)}
Allergies: ${g.pick(['none', 'nuts', 'dairy'])}`;
  },

  'hotel-registration': (g, lang) => {
    const p = person(g);
    const pass = lang === 'en' || g.chance(0.5); // guests from abroad show a passport
    const [arrival, departure] = range(g, '.');
    return lang === 'de'
      ? d`Meldeschein – Hotel Am Schlossgarten, Zimmer ${g.between(101, 420)}
Anreise: ${arrival} · Abreise: ${departure}
Familienname: ${P(p.family)}    Vorname: ${P(p.given)}
Geburtsdatum: ${dob(g, lang, p)}
Staatsangehörigkeit: deutsch
${pass ? 'Reisepass-Nr.' : 'Personalausweis-Nr.'}: ${pass ? lab('PASS', v.passport(g)) : lab('PA', v.idCard(g))}
Anschrift: ${adr(g, lang, false)}
Unterschrift des Gastes: ____________`
      : d`Guest registration — The Harbour View Hotel, room ${g.between(101, 420)}
Arrival ${arrival.replace(/\./g, '/')}, departure ${departure.replace(/\./g, '/')}
Guest: ${named(g, p)}
Nationality: German
${pass ? 'Passport no.' : 'National ID card no.'}: ${pass ? lab('PASS', v.passport(g)) : lab('PA', v.idCard(g))}
Date of birth: ${dob(g, lang, p)}
Card on file: ${lab('CARD', v.card(g))}`;
  },

  'car-rental': (g, lang) => {
    const p = person(g);
    const second = person(g);
    return lang === 'de'
      ? d`Mietvertrag ${ref(g, 'MV')} – Kompaktklasse (VW Golf oder ähnlich)
Mieter: ${named(g, p)}, geb. ${dob(g, lang, p)}
Ausweis: ${lab('PA', v.idCard(g))}
Führerschein-Nr.: B${g.digits(3)}${g.pick(['X', 'K', 'L'])}${g.digits(5)}
Zusatzfahrer: ${full(second)}
Kaution belastet auf Karte ${lab('CARD', v.card(g))}
Rückgabe: Station Hauptbahnhof, ${day(g)}, 10:00 Uhr`
      : d`Rental agreement ${ref(g, 'RA')} — Group C (Ford Focus or similar)
Main driver: ${full(p)}, DOB ${dob(g, lang, p)}
ID: German ${g.chance(0.5) ? d`passport ${lab('PASS', v.passport(g))}` : d`ID card ${lab('PA', v.idCard(g))}`}
Additional driver: ${named(g, second)}
Deposit card: ${lab('CARD', v.card(g))}
Mobile: ${tel(g, lang)}`;
  },

  'sepa-mandate': (g, lang) => {
    const p = person(g);
    const co = company(g, lang);
    return lang === 'de'
      ? d`SEPA-Lastschriftmandat
Zahlungsempfänger: ${co}
Gläubiger-Identifikationsnummer: ${v.creditorId(g)}
Mandatsreferenz: ${ref(g, 'MR')}

Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: ${named(g, p)}
Anschrift: ${adr(g, lang, false)}
IBAN: ${lab('IBAN', v.iban(g, 'DE'))}
Ort, Datum: ${g.pick(['Kiel', 'Gera', 'Fulda', 'Trier'])}, ${day(g)}`
      : d`Direct debit mandate (SEPA)
Creditor: ${co}, creditor identifier ${v.creditorId(g)}
Mandate reference: ${ref(g, 'DDM')}
Debtor name: ${full(p)}
Debtor IBAN: ${lab('IBAN', v.iban(g))}
Signed on ${g.between(1, 28)} ${g.pick(v.MONTHS)} 2026`;
  },

  'tax-office-letter': (g, lang) => {
    const p = person(g);
    return lang === 'de'
      ? d`Finanzamt ${g.pick(['Kassel-Hofgeismar', 'Lüneburg', 'Ulm', 'Jena'])} · Steuernummer ${g.digits(3)}/${g.digits(3)}/${g.digits(5)}

${full(p)}
${adr(g, lang, true)}

Ihre steuerliche Identifikationsnummer: ${lab('STID', v.taxId(g))}

Bescheid für ${g.between(2022, 2024)} über Einkommensteuer
Sehr geehrte/r ${full(p)},
die Erstattung von ${g.between(50, 2400)},00 € wird auf das bekannte Konto überwiesen.`
      : d`Letter for your German tax return (please keep)
Taxpayer: ${named(g, p)}
Date of birth: ${dob(g, lang, p)}
German tax identification number (IdNr): ${lab('STID', v.taxId(g))}
Tax office reference: ${g.digits(2)}/${g.digits(3)}/${g.digits(5)}
Refund account: ${lab('IBAN', v.iban(g))}`;
  },

  'pension-statement': (g, lang) => {
    const p = person(g);
    const initial =
      v.ascii(p.family.replace(/^(van der|van den|van|de|von der|bin|binti|al|el|zu)[ -]/i, '')).charAt(0) || 'A';
    return lang === 'de'
      ? d`Renteninformation ${g.between(2025, 2026)}
Versicherungsnummer: ${lab('RVNR', v.socialSecurity(g, p.birth, initial))}
${named(g, p)}, geboren am ${dob(g, lang, p)}

Ihre bisher erreichte Rentenanwartschaft entspräche einer monatlichen Rente von ${g.between(300, 1900)},${g.digits(2)} €.
Ansprechpartnerin: Auskunfts- und Beratungsstelle ${g.pick(['Würzburg', 'Oldenburg', 'Koblenz'])}`
      : d`German pension statement — translation for ${company(g, lang)} HR
Insured person: ${full(p)}
Insurance number: ${lab('RVNR', v.socialSecurity(g, p.birth, initial))}
Date of birth: ${dob(g, lang, p)}
Projected monthly pension: EUR ${g.between(300, 1900)}.${g.digits(2)}`;
  },
};

/** Layouts without personal data, with look-alikes: companies, products, places, numbers, versions. */
const PLAIN: Template[] = [
  (g, lang) =>
    build(
      lang === 'de'
        ? `Auftragsbestätigung AB-${g.digits(6)}\n${company(g, lang)} bestätigt die Lieferung von ${g.between(2, 40)} × ${g.pick(PRODUCTS)} an ${company(g, lang)}, Lager ${g.pick(['Hamm', 'Kassel', 'Erfurt'])}.\nSEPA-Gläubiger-ID: ${v.creditorId(g)}\nSendung: ${v.trackingNumber(g)}\nSehr geehrte Damen und Herren, vielen Dank für Ihren Auftrag.`
        : `Order confirmation SO-${g.digits(8)}\n${company(g, lang)} confirms ${g.between(2, 40)} x ${g.pick(PRODUCTS)} for ${company(g, lang)}, ${g.pick(['Swindon', 'Reading', 'Derby'])} depot.\nTracking: ${v.trackingNumber(g)}\nDear Sir or Madam, thank you for your order.`,
    ),
  (g, lang) =>
    build(
      lang === 'de'
        ? `${g.pick(PRODUCTS)} ${g.between(1, 9)}.${g.between(0, 20)}.${g.between(0, 9)} veröffentlicht am ${day(g)}\n- Fehlerbehebungen im Export\n- Build ${g.digits(5)}, Prüfsumme sha256:${g.digits(12)}\nLiebe Kolleginnen und Kollegen, bitte aktualisiert bis ${day(g)}.`
        : `${g.pick(PRODUCTS)} ${g.between(1, 9)}.${g.between(0, 20)}.${g.between(0, 9)} released ${g.between(1, 28)} ${g.pick(v.MONTHS)} 2026\n- export fixes\n- build ${g.digits(5)}\nPlease update before the next maintenance window (Sunday 02:00–04:00 UTC).`,
    ),
  (g, lang) =>
    build(
      lang === 'de'
        ? `Wartungsankündigung: Die Hauptstraße zwischen Bahnhofsplatz und Kirchweg ist vom ${range(g, '.').join(' bis ')} gesperrt. Umleitung über die Goethestraße. Stadtwerke Norderau, Servicenummer siehe Website.`
        : `Service notice: Station Approach will be closed between the roundabout and Church Street from ${g.between(1, 28)} ${g.pick(v.MONTHS)} 2026. Diversion via Victoria Terrace. Ticket ref ${ref(g, 'HW')}.`,
    ),
];

/**
 * `count` documents, alternating German and English; one in twelve carries no personal data.
 * The same seed gives the same documents.
 */
export function generated(count: number, seed: number): GeneratedDoc[] {
  const g = new Prng(seed);
  const names = Object.keys(TEMPLATES);
  const out: GeneratedDoc[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    if (i % 24 === 5 || i % 24 === 18) {
      const b = g.pick(PLAIN)(g, lang);
      out.push({ lang, kind: 'none', ...b });
      continue;
    }
    const kind = names[Math.floor(i / 2) % names.length];
    const b = TEMPLATES[kind](g, lang);
    out.push({ lang, kind, ...b });
  }
  return out;
}
