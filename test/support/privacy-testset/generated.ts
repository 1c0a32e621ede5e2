import type { TestLabel } from './markup.js';
import { COMPANIES, PLACES } from './names.js';
import { Random } from './random.js';
import * as v from './values.js';

/** Builds a text and its labels together, so spans are right by construction. */
class Doc {
  text = '';
  entities: TestLabel[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  label(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  name(p: v.Person, order: 'given-family' | 'family-given' | 'given' | 'family' = 'given-family'): this {
    const written =
      order === 'given-family'
        ? `${p.given} ${p.family}`
        : order === 'family-given'
          ? `${p.family}, ${p.given}`
          : order === 'given'
            ? p.given
            : p.family;
    return this.label('PERSON', written);
  }
}

type Lang = 'de' | 'en';
type Layout = (r: Random, lang: Lang, d: Doc) => void;

const pick = <T>(r: Random, de: T[], en: T[], lang: Lang) => r.pick(lang === 'de' ? de : en);
const hhmm = (r: Random) => `${String(r.int(7, 19)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;

const GREETING = {
  de: ['Hallo', 'Hi', 'Liebe', 'Lieber', 'Moin', 'Guten Tag'],
  en: ['Hi', 'Hello', 'Dear', 'hey', 'Morning'],
};
const CLOSING = {
  de: ['Viele Grüße', 'Beste Grüße', 'LG', 'Mit freundlichen Grüßen', 'Gruß', 'Danke und viele Grüße'],
  en: ['Best,', 'Cheers,', 'Kind regards,', 'Thanks,', 'Best wishes', 'Many thanks'],
};

const LAYOUTS: Record<string, Layout> = {
  letter(r, lang, d) {
    const p = v.person(r);
    const sender = v.person(r);
    d.add(`${r.pick(COMPANIES)}\n\n`)
      .name(p)
      .add('\n')
      .label('POSTAL_ADDRESS', v.postalAddress(r, lang, '\n'));
    d.add(`\n\n${r.pick(PLACES)}, ${v.plainDate(r, lang)}\n\n`);
    d.add(lang === 'de' ? `Ihr Auftrag ${v.invoiceNumber(r)}\n\n` : `Your order ${v.invoiceNumber(r)}\n\n`);
    if (r.chance(0.5)) d.add(lang === 'de' ? 'Sehr geehrte Damen und Herren,' : 'Dear Sir or Madam,');
    else
      d.add(
        lang === 'de' ? `Sehr geehrte${r.chance(0.5) ? ' Frau' : 'r Herr'} ` : `Dear ${r.pick(['Ms', 'Mr', 'Dr'])} `,
      )
        .name(p, 'family')
        .add(',');
    d.add(
      lang === 'de'
        ? `\n\nwir bestätigen den Versand mit Sendungsnummer ${v.trackingNumber(r)}, Artikel ${v.articleNumber(r)}.\n\n`
        : `\n\nwe confirm dispatch under tracking number ${v.trackingNumber(r)}, item ${v.articleNumber(r)}.\n\n`,
    );
    d.add(
      `${pick(r, ['Mit freundlichen Grüßen', 'Freundliche Grüße'], ['Yours sincerely,', 'Kind regards,'], lang)}\n\n`,
    ).name(sender);
  },
  emailThread(r, lang, d) {
    const a = v.person(r);
    const b = v.person(r);
    d.add(lang === 'de' ? 'Von: ' : 'From: ')
      .name(a)
      .add(' <')
      .label('EMAIL_ADDRESS', v.email(r, a))
      .add('>\n');
    d.add(lang === 'de' ? `Betreff: AW: ${v.invoiceNumber(r)}\n\n` : `Subject: RE: ${v.invoiceNumber(r)}\n\n`);
    d.add(`${r.pick(GREETING[lang])} `)
      .name(b, 'given')
      .add(',\n\n');
    d.add(lang === 'de' ? 'danke, ich kümmere mich darum.\n\n' : 'thanks, I will take care of it.\n\n');
    d.add(`${r.pick(CLOSING[lang])}\n`).name(a, r.chance(0.6) ? 'given' : 'given-family');
    if (r.chance(0.6)) d.add('\n').label('PHONE_NUMBER', v.phone(r, lang));
    d.add(
      lang === 'de'
        ? `\n\nAm ${v.plainDate(r, 'de')} um ${hhmm(r)} schrieb `
        : `\n\nOn ${v.plainDate(r, 'en')} at ${hhmm(r)}, `,
    );
    d.name(b)
      .add(' <')
      .label('EMAIL_ADDRESS', v.email(r, b))
      .add(lang === 'de' ? '>:\n> ' : '> wrote:\n> ');
    d.add(lang === 'de' ? 'kannst du Rechnung ' : 'could you check invoice ')
      .add(v.invoiceNumber(r))
      .add(lang === 'de' ? ' prüfen?\n> ' : '?\n> ');
    d.name(b, 'given');
  },
  chat(r, lang, d) {
    const people = [v.person(r), v.person(r), v.person(r)];
    const lines = {
      de: [
        'Morgen zusammen',
        'bin gleich da',
        'wer übernimmt den Anruf?',
        'ich',
        'danke!',
        'Meeting verschoben auf 14 Uhr',
      ],
      en: ['morning all', 'on my way', "who's taking the call?", 'me', 'thanks!', 'meeting moved to 2pm'],
    };
    const style = r.int(0, 2);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = r.pick(people);
      const t = hhmm(r);
      if (style === 0) d.add(`[${t}] `).name(p, 'given').add(': ');
      else if (style === 1) d.name(p, 'given').add(` ${t}\n`);
      else d.name(p).add(`, ${t}: `);
      if (r.chance(0.2)) {
        const other = r.pick(people);
        d.add(lang === 'de' ? 'frag mal ' : 'ask ')
          .name(other, 'given')
          .add('\n');
      } else d.add(`${r.pick(lines[lang])}\n`);
    }
    d.text = d.text.trimEnd();
  },
  csv(r, lang, d) {
    const sep = r.pick([';', ',', '\t']);
    const splitName = r.chance(0.4);
    const header =
      lang === 'de'
        ? ['Nr', ...(splitName ? ['Nachname', 'Vorname'] : ['Name']), 'E-Mail', 'Telefon', 'Geburtstag']
        : ['id', ...(splitName ? ['last_name', 'first_name'] : ['name']), 'email', 'phone', 'dob'];
    d.add(header.join(sep) + '\n');
    const rows = r.int(2, 5);
    for (let i = 0; i < rows; i++) {
      const p = v.person(r);
      d.add(`${r.int(1000, 9999)}${sep}`);
      if (splitName) d.name(p, 'family').add(sep).name(p, 'given');
      else if (sep === ',') d.add('"').name(p, 'family-given').add('"');
      else d.name(p, r.chance(0.5) ? 'family-given' : 'given-family');
      d.add(sep).label('EMAIL_ADDRESS', v.email(r, p)).add(sep).label('PHONE_NUMBER', v.phone(r, lang)).add(sep);
      d.label('DATE_OF_BIRTH', v.writtenDate(r, lang, v.birthDate(r))).add(i < rows - 1 ? '\n' : '');
    }
  },
  hrForm(r, lang, d) {
    const p = v.person(r);
    const born = v.birthDate(r);
    const L = (de: string[], en: string[]) => `${pick(r, de, en, lang)}: `;
    d.add(lang === 'de' ? 'Stammdatenblatt Mitarbeiter\n\n' : 'Employee master data\n\n');
    if (r.chance(0.5))
      d.add(L(['Name', 'Mitarbeiter/in', 'Name, Vorname'], ['Name', 'Employee', 'Full name'])).name(
        p,
        r.chance(0.5) ? 'given-family' : 'family-given',
      );
    else
      d.add(L(['Nachname', 'Familienname'], ['Surname', 'Last name']))
        .name(p, 'family')
        .add('\n')
        .add(L(['Vorname'], ['Given name', 'First name']))
        .name(p, 'given');
    d.add('\n')
      .add(L(['Geb.-Datum', 'geb.', 'Geburtsdatum'], ['DOB', 'Born', 'Date of birth']))
      .label('DATE_OF_BIRTH', v.writtenDate(r, lang, born));
    d.add('\n')
      .add(L(['Anschrift', 'Wohnanschrift'], ['Address', 'Home address']))
      .label('POSTAL_ADDRESS', v.postalAddress(r, lang, ', '));
    d.add('\n')
      .add(L(['Steuer-ID', 'Steuerliche Identifikationsnummer', 'IdNr'], ['Tax ID', 'German tax ID']))
      .label('DE_TAX_ID', v.taxId(r));
    d.add('\n')
      .add(L(['SV-Nummer', 'Rentenversicherungsnummer'], ['Social security no.', 'Pension insurance no.']))
      .label('DE_SOCIAL_SECURITY', v.socialSecurity(r, born, p.family));
    d.add('\n')
      .add(L(['IBAN', 'Bankverbindung'], ['IBAN', 'Bank account']))
      .label('IBAN_CODE', v.iban(r));
    d.add('\n')
      .add(L(['Eintritt', 'Beginn'], ['Start date', 'Starts']))
      .add(v.plainDate(r, lang));
    d.add('\n')
      .add(L(['Genehmigt von', 'Ansprechpartner'], ['Approved by', 'Reviewed by', 'Owner']))
      .name(v.person(r));
  },
  patientForm(r, lang, d) {
    const p = v.person(r);
    const kin = v.person(r);
    d.add(lang === 'de' ? 'Aufnahmebogen\n' : 'Patient intake\n');
    d.add(lang === 'de' ? 'Patient/in: ' : 'Patient: ').name(p, r.chance(0.5) ? 'family-given' : 'given-family');
    d.add(lang === 'de' ? `, ${r.pick(['geb.', 'geboren am', '*'])} ` : `, ${r.pick(['born', 'DOB', 'b.'])} `).label(
      'DATE_OF_BIRTH',
      v.writtenDate(r, lang, v.birthDate(r)),
    );
    d.add('\n').label('POSTAL_ADDRESS', v.postalAddress(r, lang));
    d.add(lang === 'de' ? '\nAngehörige: ' : '\nNext of kin: ')
      .name(kin)
      .add(', ')
      .label('PHONE_NUMBER', v.phone(r, lang));
    d.add(lang === 'de' ? `\nAufnahme: ${v.timestamp(r)}` : `\nAdmitted: ${v.timestamp(r)}`);
  },
  ticket(r, lang, d) {
    const reporter = v.person(r);
    const owner = v.person(r);
    d.add(`${r.pick(['INC', 'SUP', 'IT'])}-${r.digits(5)}: ${lang === 'de' ? 'Login schlägt fehl' : 'login fails'}\n`);
    d.add(lang === 'de' ? 'Gemeldet von: ' : 'Reported by: ')
      .name(reporter)
      .add(` (`)
      .label('EMAIL_ADDRESS', v.email(r, reporter))
      .add(')\n');
    d.add(lang === 'de' ? 'Erstellt: ' : 'Created: ')
      .add(v.timestamp(r))
      .add('\n');
    d.add(lang === 'de' ? 'Quell-IP: ' : 'Source IP: ')
      .label('IP_ADDRESS', v.ip(r))
      .add('\n');
    d.add(lang === 'de' ? 'Übernommen von ' : 'Taken by ')
      .name(owner, r.chance(0.5) ? 'given' : 'given-family')
      .add('.');
  },
  identity(r, lang, d) {
    const p = v.person(r);
    d.add(lang === 'de' ? 'Identitätsprüfung\nKunde: ' : 'Identity check\nCustomer: ').name(p);
    if (r.chance(0.5))
      d.add(lang === 'de' ? '\nPersonalausweis: ' : '\nGerman ID card: ').label('DE_ID_CARD', v.idCard(r));
    else d.add(lang === 'de' ? '\nReisepass-Nr.: ' : '\nPassport no.: ').label('DE_PASSPORT', v.passport(r));
    d.add(lang === 'de' ? '\ngeprüft am ' : '\nchecked on ')
      .add(v.plainDate(r, lang))
      .add(lang === 'de' ? ' von ' : ' by ')
      .name(v.person(r), 'given');
  },
  payment(r, lang, d) {
    const p = v.person(r);
    d.add(
      lang === 'de'
        ? `Zahlung zu Rechnung ${v.invoiceNumber(r)}\nKarteninhaber: `
        : `Payment for invoice ${v.invoiceNumber(r)}\nCardholder: `,
    ).name(p);
    d.add(lang === 'de' ? '\nKarte: ' : '\nCard: ').label('CREDIT_CARD', v.card(r));
    d.add(
      lang === 'de'
        ? `\nGläubiger-ID: ${v.creditorId(r)}\nErstattung auf: `
        : `\nCreditor ID: ${v.creditorId(r)}\nRefund to: `,
    ).label('IBAN_CODE', v.iban(r));
  },
  /** No personal data: only look-alikes (salutations, places next to dates, ids, numbers). */
  businessOnly(r, lang, d) {
    d.add(
      pick(
        r,
        ['Sehr geehrte Damen und Herren,', 'Liebe Kolleginnen und Kollegen,'],
        ['Dear Sir or Madam,', 'Dear colleagues,'],
        lang,
      ),
    );
    d.add(
      lang === 'de'
        ? `\n\ndie Lieferung zu Bestellung ${v.invoiceNumber(r)} (Art.-Nr. ${v.articleNumber(r)}) wurde am ${v.plainDate(r, 'de')} versandt, Sendungsnummer ${v.trackingNumber(r)}. Gläubiger-ID ${v.creditorId(r)}. Systemzeit ${v.timestamp(r)}.\n\n${r.pick(PLACES)}, ${v.plainDate(r, 'de')}\n${r.pick(COMPANIES)}`
        : `\n\norder ${v.invoiceNumber(r)} (part ${v.articleNumber(r)}) shipped on ${v.plainDate(r, 'en')}, tracking ${v.trackingNumber(r)}. Creditor ID ${v.creditorId(r)}. Logged ${v.timestamp(r)}.\n\n${r.pick(PLACES)}, ${v.plainDate(r, 'en')}\n${r.pick(COMPANIES)}`,
    );
  },
};

export const LAYOUT_NAMES = Object.keys(LAYOUTS);

/** `perLanguage` generated documents per language, cycling through the layouts; the same for the same seed. */
export function generatedDocuments(perLanguage: number, seed: number) {
  const out: { id: string; lang: Lang; kind: string; text: string; entities: TestLabel[] }[] = [];
  for (const lang of ['de', 'en'] as const) {
    const r = new Random(seed + (lang === 'de' ? 0 : 1));
    for (let i = 0; i < perLanguage; i++) {
      const kind = LAYOUT_NAMES[i % LAYOUT_NAMES.length];
      const d = new Doc();
      LAYOUTS[kind](r, lang, d);
      out.push({ id: `gen-${lang}-${i}`, lang, kind, text: d.text, entities: d.entities });
    }
  }
  return out;
}
