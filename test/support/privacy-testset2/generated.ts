import type { TestLabel } from './markup.js';
import { FIRMS, LETTER_TOWNS } from './names.js';
import { Rng } from './random.js';
import * as val from './values.js';

type Lang = 'de' | 'en';

/** Appends text and labelled values, so that every label's span is right by construction. */
class Writer {
  text = '';
  entities: TestLabel[] = [];
  put(s: string): this {
    this.text += s;
    return this;
  }
  mark(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  who(p: val.Someone, form: 'full' | 'first' | 'last' | 'reversed' | 'initial' = 'full'): this {
    return this.mark(
      'PERSON',
      form === 'full'
        ? `${p.first} ${p.last}`
        : form === 'first'
          ? p.first
          : form === 'last'
            ? p.last
            : form === 'reversed'
              ? `${p.last}, ${p.first}`
              : `${p.first[0]}. ${p.last}`,
    );
  }
}

type Template = (g: Rng, lang: Lang, w: Writer) => void;
const t = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);
const hm = (g: Rng) => `${g.between(6, 21)}:${String(g.between(0, 59)).padStart(2, '0')}`;
const meetingDay = (g: Rng, lang: Lang) =>
  val.birthDateText(g, lang, { day: g.between(1, 28), month: g.between(1, 12), year: 2026 });

const TEMPLATES: Record<string, Template> = {
  /** A CRM contact card: fields in varying order, some missing. */
  contactCard(g, lang, w) {
    const p = val.someone(g);
    w.put(t(lang, 'Kontakt\n', 'Contact\n'));
    const fields: (() => void)[] = [
      () => w.put(t(lang, 'Name: ', 'Name: ')).who(p, g.odds(0.3) ? 'reversed' : 'full'),
      () => w.put(t(lang, 'Mobil: ', 'Mobile: ')).mark('PHONE_NUMBER', val.telephone(g, lang)),
      () => w.put('E-Mail: ').mark('EMAIL_ADDRESS', val.mailbox(g, p)),
      () => w.put(t(lang, 'Anschrift: ', 'Address: ')).mark('POSTAL_ADDRESS', val.homeAddress(g, lang, ', ')),
      () => w.put(t(lang, 'Firma: ', 'Company: ') + g.one(FIRMS)),
      () => w.put(t(lang, 'Kundennr.: ', 'Customer no.: ') + val.orderNumber(g)),
    ];
    const first = fields.shift()!;
    first();
    for (const f of fields) {
      if (g.odds(0.2)) continue;
      w.put('\n');
      f();
    }
  },
  /** One JSON record as an API or export writes it. */
  jsonRecord(g, lang, w) {
    const p = val.someone(g);
    const born = val.birthDay(g);
    w.put(`{\n  "id": "${val.orderNumber(g)}",\n  "firstName": "`).who(p, 'first');
    w.put(`",\n  "lastName": "`).who(p, 'last');
    w.put(`",\n  "birthDate": "`).mark('DATE_OF_BIRTH', val.birthDateText(g, lang, born));
    w.put(`",\n  "email": "`).mark('EMAIL_ADDRESS', val.mailbox(g, p));
    if (g.odds(0.6)) w.put(`",\n  "iban": "`).mark('IBAN_CODE', val.iban(g));
    w.put(`",\n  "createdAt": "${val.logTime(g)}",\n  "client": "web ${val.version(g)}"\n}`);
  },
  /** A short SMS or push notification addressing someone by first name. */
  sms(g, lang, w) {
    const p = val.someone(g);
    w.put(t(lang, g.one(['Hallo ', 'Hi ', 'Liebe/r ']), g.one(['Hi ', 'Hello ', 'Dear ']))).who(p, 'first');
    w.put(
      t(
        lang,
        `, Ihr Termin am ${meetingDay(g, lang)} um ${hm(g)} Uhr ist bestätigt. Absage bitte unter `,
        `, your appointment on ${meetingDay(g, lang)} at ${hm(g)} is confirmed. To cancel call `,
      ),
    ).mark('PHONE_NUMBER', val.telephone(g, lang));
    w.put(t(lang, `. Ihr Team von ${g.one(FIRMS)}`, `. ${g.one(FIRMS)}`));
  },
  /** A voicemail transcript: the caller gives name and number in speech. */
  voicemail(g, lang, w) {
    const p = val.someone(g);
    const callee = val.someone(g);
    w.put(t(lang, 'Neue Sprachnachricht von ', 'New voicemail from ')).mark('PHONE_NUMBER', val.telephone(g, lang));
    w.put(t(lang, ` (0:${g.between(10, 59)} min)\n\n„Ja, hallo `, ` (0:${g.between(10, 59)})\n\n"Hi `)).who(
      callee,
      'first',
    );
    w.put(t(lang, ', hier ist ', ", it's ")).who(p, g.odds(0.5) ? 'full' : 'first');
    w.put(
      t(
        lang,
        ` wegen der Rechnung ${val.orderNumber(g)}. Rufen Sie mich bitte zurück unter `,
        ` about invoice ${val.orderNumber(g)}. Please call me back on `,
      ),
    ).mark('PHONE_NUMBER', val.telephone(g, lang));
    w.put(t(lang, '. Danke, tschüss.“', '. Thanks, bye."'));
  },
  /** A Markdown table in a wiki page. */
  wikiTable(g, lang, w) {
    w.put(t(lang, '## Bereitschaftsplan\n\n', '## On-call rota\n\n'));
    w.put(t(lang, '| Woche | Name | Telefon |\n|---|---|---|\n', '| Week | Name | Phone |\n|---|---|---|\n'));
    const rows = g.between(2, 4);
    for (let i = 0; i < rows; i++) {
      w.put(`| KW ${g.between(1, 52)} | `).who(val.someone(g), g.odds(0.2) ? 'initial' : 'full');
      w.put(' | ').mark('PHONE_NUMBER', val.telephone(g, lang)).put(' |\n');
    }
    w.put(t(lang, `\nStand: Version ${val.version(g)}`, `\nLast edited: version ${val.version(g)}`));
  },
  /** A calendar invitation with organiser and attendees. */
  invite(g, lang, w) {
    const org = val.someone(g);
    w.put(t(lang, 'Einladung: Abstimmung Quartalsplanung\nWann: ', 'Invitation: Quarterly planning sync\nWhen: '));
    w.put(`${meetingDay(g, lang)}, ${hm(g)}\n`);
    w.put(t(lang, 'Organisator: ', 'Organizer: '))
      .who(org)
      .put(' <')
      .mark('EMAIL_ADDRESS', val.mailbox(g, org))
      .put('>\n');
    w.put(t(lang, 'Teilnehmer: ', 'Guests: '));
    const n = g.between(2, 4);
    for (let i = 0; i < n; i++) {
      if (i > 0) w.put('; ');
      const a = val.someone(g);
      if (g.odds(0.5)) w.mark('EMAIL_ADDRESS', val.mailbox(g, a));
      else w.who(a);
    }
    w.put(
      t(
        lang,
        `\nOrt: Raum ${g.between(1, 4)}.${g.between(10, 40)}`,
        `\nWhere: Room ${g.between(1, 4)}.${g.between(10, 40)}`,
      ),
    );
  },
  /** A payslip header with the German identifiers. */
  payslip(g, lang, w) {
    const p = val.someone(g);
    const born = val.birthDay(g);
    w.put(
      t(
        lang,
        `Entgeltabrechnung ${g.one(['Januar', 'Februar', 'März'])} 2026\n`,
        `Payslip ${g.one(['January', 'February', 'March'])} 2026 (German entity)\n`,
      ),
    );
    w.put(g.one(FIRMS) + '\n\n');
    w.who(p, g.odds(0.5) ? 'full' : 'reversed')
      .put('\n')
      .mark('POSTAL_ADDRESS', val.homeAddress(g, 'de', '\n'));
    w.put(t(lang, '\n\nGeb.-Datum ', '\n\nDate of birth ')).mark('DATE_OF_BIRTH', val.birthDateText(g, lang, born));
    w.put(t(lang, '   Steuer-ID ', '   Tax ID ')).mark('DE_TAX_ID', val.steuerId(g));
    w.put(t(lang, '\nSV-Nummer ', '\nSocial security no. ')).mark('DE_SOCIAL_SECURITY', val.rvNumber(g, born, p.last));
    w.put(t(lang, '   Steuerklasse ', '   Tax class ') + g.between(1, 5));
    w.put(t(lang, '\nAuszahlung auf ', '\nPaid to ')).mark('IBAN_CODE', val.iban(g, 'DE'));
    w.put(
      t(
        lang,
        `\nNetto: ${g.between(1800, 4200)},${g.between(10, 99)} EUR`,
        `\nNet pay: EUR ${g.between(1800, 4200)}.${g.between(10, 99)}`,
      ),
    );
  },
  /** A know-your-customer note from an identity check. */
  identityCheck(g, lang, w) {
    const p = val.someone(g);
    const born = val.birthDay(g);
    w.put(t(lang, 'Legitimationsprüfung durchgeführt am ', 'Identity verified on ') + meetingDay(g, lang) + '\n');
    w.put(t(lang, 'Kunde: ', 'Customer: '))
      .who(p)
      .put(t(lang, ', geboren ', ', born '))
      .mark('DATE_OF_BIRTH', val.birthDateText(g, lang, born));
    if (g.odds(0.5))
      w.put(t(lang, '\nDokument: Personalausweis, Nr. ', '\nDocument: German identity card no. ')).mark(
        'DE_ID_CARD',
        val.personalausweis(g),
      );
    else
      w.put(t(lang, '\nDokument: Reisepass, Nr. ', '\nDocument: German passport no. ')).mark(
        'DE_PASSPORT',
        val.reisepass(g),
      );
    if (g.odds(0.6)) {
      const id = w.text.includes('Personalausweis') || w.text.includes('identity card');
      w.put(t(lang, '\nZusätzlich vorgelegt: ', '\nAlso shown: '));
      if (id) w.put(t(lang, 'Reisepass ', 'passport ')).mark('DE_PASSPORT', val.reisepass(g));
      else w.put(t(lang, 'Personalausweis ', 'identity card ')).mark('DE_ID_CARD', val.personalausweis(g));
    }
    w.put(t(lang, '\nVerfahren: VideoIdent, Vorgang ', '\nMethod: video ident, case ') + val.orderNumber(g));
    w.put(t(lang, '\nPrüfer/in: ', '\nAgent: ')).who(val.someone(g), 'initial');
  },
  /** A hotel registration slip (Meldeschein) with the guest's travel document. */
  hotelCheckIn(g, lang, w) {
    const guest = val.someone(g);
    w.put(
      t(
        lang,
        `Meldeschein Nr. ${g.between(1000, 9999)} – Hotel Weidenhof\nAnreise: `,
        `Guest registration no. ${g.between(1000, 9999)} – Hotel Weidenhof\nArrival: `,
      ),
    );
    w.put(meetingDay(g, lang) + t(lang, '\nGast: ', '\nGuest: ')).who(guest, g.odds(0.5) ? 'reversed' : 'full');
    w.put(t(lang, '\nGeburtsdatum: ', '\nDate of birth: ')).mark(
      'DATE_OF_BIRTH',
      val.birthDateText(g, lang, val.birthDay(g)),
    );
    w.put(t(lang, '\nWohnanschrift: ', '\nHome address: ')).mark('POSTAL_ADDRESS', val.homeAddress(g, lang));
    if (g.odds(0.5))
      w.put(t(lang, '\nAusweisdokument: Personalausweis ', '\nTravel document: German ID card ')).mark(
        'DE_ID_CARD',
        val.personalausweis(g),
      );
    else
      w.put(t(lang, '\nAusweisdokument: Reisepass ', '\nTravel document: German passport ')).mark(
        'DE_PASSPORT',
        val.reisepass(g),
      );
    w.put(
      t(
        lang,
        `\nZimmer ${g.between(101, 420)} · Buchung ${val.orderNumber(g)}`,
        `\nRoom ${g.between(101, 420)} · Booking ${val.orderNumber(g)}`,
      ),
    );
  },
  /** Web server access log lines with user e-mails and client addresses. */
  accessLog(g, _lang, w) {
    const n = g.between(2, 4);
    for (let i = 0; i < n; i++) {
      w.mark('IP_ADDRESS', val.ipAddress(g)).put(' - ');
      if (g.odds(0.6)) w.mark('EMAIL_ADDRESS', val.mailbox(g, val.someone(g)));
      else w.put('-');
      w.put(
        ` [${val.logTime(g)}] "GET /api/v2/orders/${val.orderNumber(g).replace(/\s/g, '')} HTTP/1.1" 200 ${g.between(200, 9000)} "app/${val.version(g)}"\n`,
      );
    }
  },
  /** A reference letter: the name in running prose. */
  reference(g, lang, w) {
    const p = val.someone(g);
    const boss = val.someone(g);
    w.put(
      t(
        lang,
        `${g.one(LETTER_TOWNS)}, ${meetingDay(g, lang)}\n\nZwischenzeugnis\n\n`,
        `${g.one(LETTER_TOWNS)}, ${meetingDay(g, lang)}\n\nTo whom it may concern,\n\n`,
      ),
    );
    w.put(t(lang, 'Frau/Herr ', ''))
      .who(p)
      .put(t(lang, ', geboren am ', ', born on '))
      .mark('DATE_OF_BIRTH', val.birthDateText(g, lang, val.birthDay(g)));
    w.put(
      t(lang, `, ist seit 2019 bei der ${g.one(FIRMS)} beschäftigt. `, `, has worked at ${g.one(FIRMS)} since 2019. `),
    );
    w.who(p, 'first').put(
      t(
        lang,
        ' arbeitet sorgfältig und zuverlässig und ist bei Kolleginnen und Kollegen geschätzt.',
        ' is careful, reliable and well liked by colleagues.',
      ),
    );
    w.put(t(lang, '\n\nFür Rückfragen: ', '\n\nFor questions: '))
      .who(boss)
      .put(', ')
      .mark('PHONE_NUMBER', val.telephone(g, lang));
  },
  /** A refund or direct-debit confirmation with card and account. */
  refund(g, lang, w) {
    const p = val.someone(g);
    w.put(t(lang, 'Erstattungsbeleg ', 'Refund confirmation ') + val.orderNumber(g) + '\n');
    w.put(t(lang, 'Karteninhaber/in: ', 'Cardholder: ')).who(p, g.odds(0.3) ? 'initial' : 'full');
    w.put(t(lang, '\nUrsprüngliche Zahlung mit Karte ', '\nOriginal payment by card ')).mark(
      'CREDIT_CARD',
      val.card(g),
    );
    if (g.odds(0.5)) w.put(t(lang, '\nErstattung auf IBAN ', '\nRefund to IBAN ')).mark('IBAN_CODE', val.iban(g));
    w.put(
      t(
        lang,
        `\nGläubiger-ID ${val.sepaCreditorId(g)} · Paket ${val.parcelNumber(g)}`,
        `\nCreditor ID ${val.sepaCreditorId(g)} · Parcel ${val.parcelNumber(g)}`,
      ),
    );
  },
  /** Business text without personal data: order status, releases, places beside dates. */
  statusOnly(g, lang, w) {
    w.put(
      t(
        lang,
        `${g.one(LETTER_TOWNS)}, ${meetingDay(g, lang)}\n\nStatusbericht Auftrag ${val.orderNumber(g)}\nPaket ${val.parcelNumber(g)} im Zustellzentrum. Artikel ${val.skuNumber(g)} nachgeliefert. Software ${val.version(g)} ausgerollt um ${val.logTime(g)}. Gläubiger-ID ${val.sepaCreditorId(g)}.\n${g.one(FIRMS)}`,
        `${g.one(LETTER_TOWNS)}, ${meetingDay(g, lang)}\n\nStatus report, order ${val.orderNumber(g)}\nParcel ${val.parcelNumber(g)} at the depot. Item ${val.skuNumber(g)} back-ordered. Software ${val.version(g)} deployed at ${val.logTime(g)}. Creditor ID ${val.sepaCreditorId(g)}.\n${g.one(FIRMS)}`,
      ),
    );
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES);

/** `perLanguage` documents per language from this set's templates, in a seeded order; the same for the same seed. */
export function generated(perLanguage: number, seed: number) {
  const out: { id: string; lang: Lang; kind: string; text: string; entities: TestLabel[] }[] = [];
  for (const lang of ['de', 'en'] as const) {
    const g = new Rng(seed ^ (lang === 'de' ? 0x5a5a : 0xa5a5));
    for (let i = 0; i < perLanguage; i++) {
      const kind = TEMPLATE_NAMES[i % TEMPLATE_NAMES.length];
      const w = new Writer();
      TEMPLATES[kind](g, lang, w);
      out.push({ id: `gen2-${lang}-${i}`, lang, kind, text: w.text, entities: w.entities });
    }
  }
  return out;
}
