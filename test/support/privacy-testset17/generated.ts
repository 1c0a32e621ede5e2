import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import type { TestLabel } from './markup.js';
import {
  DE_COUNTRIES,
  EN_COUNTRIES,
  addressParts,
  deBirth,
  email,
  homeAddress,
  isoBirth,
  pad,
  person,
  phone,
  type Country,
  type Person,
} from './people.js';
import { Cmwc } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/**
 * Set 17's generated documents: records from small business software and phones as a RAG ingest
 * exports them (vCard, iCalendar, booking CSV, key=value app logs, YAML, INI, SMS backup XML, JSON,
 * mail exports, plain text), for care homes, pharmacies, salons, gyms, driving schools, planners,
 * sitters, cleaners and movers. Values stay plain wherever a structure validator would reject the
 * formatted one (no vCard N field, no folding inside a number, phone or e-mail).
 */

type Lang = 'de' | 'en';
interface Made {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

class Builder {
  text = '';
  entities: TestLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  name(p: Person, familyFirst = false): this {
    return this.l('PERSON', familyFirst ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`);
  }
}

/**
 * RFC 5545/6350 line folding at 75 characters ("\n" and one space). A cut never falls inside a
 * labelled value with a structure validator (numbers, phones, e-mails, dates); inside a name or
 * address it may, and that label then spans the fold.
 */
function fold(b: Builder): void {
  const bendable = new Set(['PERSON', 'POSTAL_ADDRESS']);
  let lineStart = 0;
  for (;;) {
    let lineEnd = b.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = b.text.length;
    if (lineEnd - lineStart <= 75) {
      if (lineEnd >= b.text.length) return;
      lineStart = lineEnd + 1;
      continue;
    }
    let cut = lineStart + 75;
    for (const e of b.entities) if (e.start < cut && cut < e.end && !bendable.has(e.type)) cut = e.start;
    if (b.text[cut - 1] === '\\') cut--;
    if (cut <= lineStart + 10) {
      lineStart = lineEnd + 1;
      if (lineEnd >= b.text.length) return;
      continue;
    }
    b.text = b.text.slice(0, cut) + '\n ' + b.text.slice(cut);
    for (const e of b.entities) {
      if (e.start >= cut) e.start += 2;
      if (e.end > cut) e.end += 2;
    }
    lineStart = cut + 1;
  }
}

const BUSINESSES: Record<Lang, readonly { name: string; domain: string; what: string }[]> = {
  de: [
    { name: 'Salon Scherenschnitt', domain: 'salon-scherenschnitt.de', what: 'salon' },
    { name: 'Pflegedienst Abendrot', domain: 'pflege-abendrot.de', what: 'care' },
    { name: 'Seniorenresidenz Am Stadtpark', domain: 'residenz-stadtpark.de', what: 'care' },
    { name: 'Hirsch-Apotheke', domain: 'hirsch-apotheke.de', what: 'pharmacy' },
    { name: 'Fahrschule Spurwechsel', domain: 'fahrschule-spurwechsel.de', what: 'driving' },
    { name: 'Kraftraum Fitness', domain: 'kraftraum-fitness.at', what: 'gym' },
    { name: 'Pfotenglück Tierbetreuung', domain: 'pfotenglueck.ch', what: 'pets' },
    { name: 'Blitzblank Reinigung', domain: 'blitzblank-reinigung.de', what: 'cleaning' },
    { name: 'Umzüge Leichtgepäck', domain: 'leichtgepaeck-umzuege.de', what: 'removal' },
    { name: 'Nagelstudio Perlmutt', domain: 'perlmutt-nails.de', what: 'salon' },
  ],
  en: [
    { name: 'Willowbank Home Care', domain: 'willowbankcare.co.uk', what: 'care' },
    { name: 'Fernhill Care Home', domain: 'fernhillcare.ie', what: 'care' },
    { name: 'Corner Chemist', domain: 'cornerchemist.com.au', what: 'pharmacy' },
    { name: 'Scissor Sisters Salon', domain: 'scissorsisters.co.uk', what: 'salon' },
    { name: 'Green Light Driving School', domain: 'greenlightdriving.com.au', what: 'driving' },
    { name: 'Summit Strength Gym', domain: 'summitstrength.com', what: 'gym' },
    { name: 'Happy Tails Pet Sitting', domain: 'happytails.co.ke', what: 'pets' },
    { name: 'Spotless Maids', domain: 'spotlessmaids.in', what: 'cleaning' },
    { name: 'Two Vans Removals', domain: 'twovans.ie', what: 'removal' },
    { name: 'Lumen Wedding Photography', domain: 'lumenweddings.com', what: 'photo' },
  ],
};

const SERVICES: Record<string, Record<Lang, readonly string[]>> = {
  salon: {
    de: ['Haarschnitt', 'Färben', 'Strähnen', 'Maniküre', 'Wimpernlifting'],
    en: ['Haircut', 'Colour', 'Highlights', 'Manicure', 'Brow tint'],
  },
  care: {
    de: ['Hausbesuch Grundpflege', 'Medikamentengabe', 'Wundversorgung', 'Beratungsbesuch §37.3'],
    en: ['Home visit personal care', 'Medication prompt', 'Wound dressing', 'Care plan review'],
  },
  pharmacy: {
    de: ['Rezeptabholung', 'Botendienst', 'Blutdruckmessung', 'Impfung'],
    en: ['Prescription collection', 'Home delivery', 'Blood pressure check', 'Flu jab'],
  },
  driving: {
    de: ['Fahrstunde', 'Sonderfahrt Autobahn', 'Prüfungsfahrt', 'Theorie'],
    en: ['Driving lesson', 'Motorway lesson', 'Mock test', 'Theory session'],
  },
  gym: {
    de: ['Probetraining', 'Personal Training', 'Körperanalyse', 'Einweisung'],
    en: ['Trial session', 'Personal training', 'Body scan', 'Induction'],
  },
  pets: { de: ['Gassirunde', 'Katzenbesuch', 'Übernachtung'], en: ['Dog walk', 'Cat visit', 'Overnight sit'] },
  cleaning: {
    de: ['Unterhaltsreinigung', 'Fensterreinigung', 'Endreinigung'],
    en: ['Regular clean', 'Window clean', 'End-of-tenancy clean'],
  },
  removal: { de: ['Besichtigung', 'Umzug', 'Möbelmontage'], en: ['Survey', 'Move', 'Furniture assembly'] },
  photo: { de: ['Fotoshooting', 'Bildauswahl'], en: ['Engagement shoot', 'Wedding day', 'Album review'] },
};

const booking = (rng: Cmwc) => `BK-${rng.range(10000, 99999)}`;
const slot = (rng: Cmwc) => ({
  d: rng.range(1, 28),
  m: rng.range(1, 12),
  h: rng.range(8, 18),
  min: rng.pick([0, 15, 30, 45]),
});
const countryOf = (rng: Cmwc, lang: Lang): Country => rng.pick(lang === 'de' ? DE_COUNTRIES : EN_COUNTRIES);
const ibanCountry = (c: Country): IbanCountry =>
  c === 'AT' || c === 'CH' || c === 'NL' || c === 'GB' || c === 'IE' ? c : 'DE';
const ip = (rng: Cmwc) =>
  rng.chance(0.75)
    ? `${rng.pick([81, 91, 176, 203, 198, 41, 49, 102])}.${rng.range(0, 255)}.${rng.range(0, 255)}.${rng.range(1, 254)}`
    : `2001:db8:${rng.range(1, 0xffff).toString(16)}::${rng.range(1, 0xfff).toString(16)}`;
const countryName = (c: Country, lang: Lang) =>
  (lang === 'de'
    ? { DE: 'Deutschland', AT: 'Österreich', CH: 'Schweiz', NL: 'Niederlande' }
    : { GB: 'United Kingdom', IE: 'Ireland', US: 'USA', AU: 'Australia', IN: 'India', KE: 'Kenya', NL: 'Netherlands' })[
    c as 'DE'
  ] ?? c;

function vcard(rng: Cmwc, lang: Lang): Builder {
  const b = new Builder();
  const n = rng.range(1, 3);
  for (let k = 0; k < n; k++) {
    const c = countryOf(rng, lang);
    const p = person(rng, c);
    b.t('BEGIN:VCARD\nVERSION:3.0\nFN:').name(p).t('\n');
    b.t(`TEL;TYPE=${rng.pick(['CELL', 'cell,voice', 'HOME'])}:`)
      .l('PHONE_NUMBER', phone(rng, c, rng.chance(0.6)))
      .t('\n');
    if (rng.chance(0.7)) b.t('EMAIL;TYPE=INTERNET:').l('EMAIL_ADDRESS', email(rng, p)).t('\n');
    if (rng.chance(0.6)) {
      const a = addressParts(rng, c);
      b.t('ADR;TYPE=HOME:;;')
        .l('POSTAL_ADDRESS', `${a.street.replace(/,/g, '\\,')};${a.town};${a.region};${a.code}`)
        .t(`;${countryName(c, lang)}\n`);
    }
    if (rng.chance(0.6))
      b.t('BDAY:')
        .l('DATE_OF_BIRTH', rng.chance(0.5) ? isoBirth(p) : isoBirth(p).replace(/-/g, ''))
        .t('\n');
    if (rng.chance(0.6)) {
      // Long enough that the fold at 75 characters often falls inside the relative's name.
      const kin = person(rng, c);
      b.t(
        lang === 'de'
          ? `NOTE:Stammkundin seit ${rng.range(2012, 2025)}\\, bevorzugt vormittags\\, Abholung durch Tochter `
          : `NOTE:Client since ${rng.range(2012, 2025)}\\, prefers mornings\\, collected by her daughter `,
      )
        .name(kin)
        .t(`\\, ${lang === 'de' ? 'Kundennr.' : 'client no.'} K-${rng.range(1000, 9999)}\n`);
    }
    b.t(`CATEGORIES:${lang === 'de' ? 'Kunden' : 'Clients'}\nEND:VCARD\n`);
  }
  fold(b);
  return b;
}

function ics(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const b = new Builder().t(
    `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//${biz.name}//Booking 3.1//${lang.toUpperCase()}\n`,
  );
  const n = rng.range(1, 3);
  for (let k = 0; k < n; k++) {
    const c = countryOf(rng, lang);
    const p = person(rng, c);
    const s = slot(rng);
    const service = rng.pick(SERVICES[biz.what][lang]);
    b.t(
      `BEGIN:VEVENT\nUID:${booking(rng).toLowerCase()}-${biz.domain.replace(/\./g, '-')}\nDTSTART:2026${pad(s.m)}${pad(s.d)}T${pad(s.h)}${pad(s.min)}00\n`,
    );
    b.t(`SUMMARY:${service} – `).name(p).t('\n');
    b.t('ATTENDEE;CN=');
    if (rng.chance(0.4)) b.t('"').name(p, true).t('"');
    else b.name(p);
    b.t(';ROLE=REQ-PARTICIPANT:mailto:').l('EMAIL_ADDRESS', email(rng, p)).t('\n');
    const home = biz.what === 'care' || biz.what === 'pets' || biz.what === 'cleaning' || biz.what === 'removal';
    // RFC 5545 escapes every comma of a TEXT value, the ones inside the street line too.
    if (home) b.t('LOCATION:').l('POSTAL_ADDRESS', homeAddress(rng, c).replace(/,/g, '\\,')).t('\n');
    else b.t(`LOCATION:${biz.name}\n`);
    b.t(lang === 'de' ? 'DESCRIPTION:Telefon: ' : 'DESCRIPTION:Phone: ').l('PHONE_NUMBER', phone(rng, c));
    b.t(
      lang === 'de'
        ? `\\nBuchung ${booking(rng)}\\, Dauer 45 min\\, Anzahlung 20 EUR erhalten\\nHinweis: Allergie gegen PPD beachten\n`
        : `\\nBooking ${booking(rng)}\\, 45 min\\, deposit 20 received\\nNote: client asked for a reminder text the day before\n`,
    );
    b.t('END:VEVENT\n');
  }
  b.t('END:VCALENDAR\n');
  fold(b);
  return b;
}

function bookingCsv(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const split = rng.chance(0.5);
  const b = new Builder().t(
    lang === 'de'
      ? `"Buchungsnr";${split ? '"Nachname";"Vorname"' : '"Kunde"'};"Telefon";"E-Mail";"Leistung";"Termin";"Status"\n`
      : `"Booking";${split ? '"Last name";"First name"' : '"Customer"'};"Phone";"Email";"Service";"Slot";"Status"\n`,
  );
  const n = rng.range(3, 6);
  for (let k = 0; k < n; k++) {
    const c = countryOf(rng, lang);
    const p = person(rng, c);
    const s = slot(rng);
    b.t(`"${booking(rng)}";"`);
    if (split) b.l('PERSON', p.family).t('";"').l('PERSON', p.given);
    else b.name(p, lang === 'de');
    b.t('";"')
      .l('PHONE_NUMBER', phone(rng, c, rng.chance(0.5)))
      .t('";');
    if (rng.chance(0.7)) b.t('"').l('EMAIL_ADDRESS', email(rng, p)).t('"');
    b.t(
      `;"${rng.pick(SERVICES[biz.what][lang])}";"2026-${pad(s.m)}-${pad(s.d)} ${pad(s.h)}:${pad(s.min)}";"${rng.pick(lang === 'de' ? ['bestätigt', 'offen', 'storniert'] : ['confirmed', 'pending', 'cancelled'])}"\n`,
    );
  }
  return b;
}

function appLog(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const b = new Builder();
  const n = rng.range(3, 5);
  for (let k = 0; k < n; k++) {
    const c = countryOf(rng, lang);
    const p = person(rng, c);
    const s = slot(rng);
    const ts = `2026-${pad(s.m)}-${pad(s.d)}T${pad(rng.range(6, 22))}:${pad(rng.range(0, 59))}:${pad(rng.range(0, 59))}Z`;
    const event = rng.pick([
      'booking.created',
      'booking.rescheduled',
      'reminder.sent',
      'booking.cancelled',
      'login.ok',
    ]);
    b.t(`${ts} level=info app=${biz.domain.split('.')[0]} event=${event} id=${booking(rng)} customer_name="`)
      .name(p)
      .t('"');
    if (event !== 'login.ok') b.t(' phone=').l('PHONE_NUMBER', phone(rng, c, true));
    if (rng.chance(0.5)) b.t(' email=').l('EMAIL_ADDRESS', email(rng, p));
    // A misconfigured payment plug-in that logs the whole card number: what a scan must catch.
    if (event === 'booking.created' && rng.chance(0.6)) b.t(' card=').l('CREDIT_CARD', card(rng));
    b.t(' client_ip=').l('IP_ADDRESS', ip(rng));
    b.t(` slot=2026-${pad(s.m)}-${pad(s.d)}T${pad(s.h)}:${pad(s.min)} staff_id=${rng.range(10, 99)}\n`);
  }
  if (rng.chance(0.5))
    b.t(`${'2026-11-30T23:59:59Z'} level=warn app=sync event=queue.flush pending=${rng.range(0, 40)}\n`);
  return b;
}

function yamlExport(rng: Cmwc, lang: Lang): Builder {
  const c: Country =
    lang === 'de' ? rng.pick(['DE', 'DE', 'AT'] as const) : rng.pick(['GB', 'IE', 'NL', 'DE'] as const);
  const p = person(rng, c);
  const parent = person(rng, c);
  const b = new Builder()
    .t(
      `# ${lang === 'de' ? 'Export Fahrschulsoftware' : 'Driving school export'} – student record\nstudent:\n  id: FS-17-${rng.range(1000, 9999)}\n  name: "`,
    )
    .name(p)
    .t('"\n');
  b.t('  birth_date: ')
    .l('DATE_OF_BIRTH', rng.chance(0.5) ? isoBirth(p) : deBirth(p))
    .t('\n');
  b.t('  address: "').l('POSTAL_ADDRESS', homeAddress(rng, c)).t('"\n');
  b.t('  phone: "').l('PHONE_NUMBER', phone(rng, c)).t('"\n');
  b.t('  email: ').l('EMAIL_ADDRESS', email(rng, p)).t('\n');
  b.t(`  licence_class: ${rng.pick(['B', 'BE', 'A2', 'B197'])}\n  id_document:\n`);
  const passport = rng.chance(0.5);
  b.t(
    `    type: ${passport ? (lang === 'de' ? 'Reisepass' : 'German passport') : lang === 'de' ? 'Personalausweis' : 'German ID card'}\n    number: `,
  );
  b.l(passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(rng, passport ? 'passport' : 'id')).t('\n');
  if (rng.chance(0.5))
    b.t('  guardian:\n    name: ').name(parent).t('\n    phone: "').l('PHONE_NUMBER', phone(rng, c)).t('"\n');
  b.t(`  lessons_done: ${rng.range(0, 30)}\n  theory_passed: ${rng.chance(0.5)}\n`);
  return b;
}

function iniExport(rng: Cmwc, lang: Lang): Builder {
  const c: Country =
    lang === 'de' ? rng.pick(['DE', 'DE', 'AT', 'CH'] as const) : rng.pick(['DE', 'GB', 'IE'] as const);
  const b = new Builder().t(
    lang === 'de' ? '; Lohnexport Pflegedienst – Personalstamm\n' : '; payroll export – care agency staff master\n',
  );
  const n = rng.range(1, 2);
  for (let k = 0; k < n; k++) {
    const p = person(rng, c);
    b.t(`[${lang === 'de' ? 'Mitarbeiter' : 'employee'}_${rng.range(100, 999)}]\n`);
    b.t(lang === 'de' ? 'Name=' : 'name=')
      .name(p, rng.chance(0.5))
      .t('\n');
    b.t(lang === 'de' ? 'Geburtsdatum=' : 'dob=')
      .l('DATE_OF_BIRTH', lang === 'de' ? deBirth(p) : isoBirth(p))
      .t('\n');
    b.t(lang === 'de' ? 'Anschrift=' : 'home_address=')
      .l('POSTAL_ADDRESS', homeAddress(rng, c))
      .t('\n');
    if (c === 'DE' || rng.chance(0.3)) {
      b.t(lang === 'de' ? 'SteuerID=' : 'de_tax_id=')
        .l('DE_TAX_ID', taxId(rng))
        .t('\n');
      b.t(lang === 'de' ? 'RVNR=' : 'de_pension_no=')
        .l('DE_SOCIAL_SECURITY', pensionNumber(rng, p.birth, p.family, p.female))
        .t('\n');
    }
    if (rng.chance(0.6)) {
      const passport = c !== 'DE' || rng.chance(0.3);
      b.t(passport ? (lang === 'de' ? 'Reisepass=' : 'de_passport=') : lang === 'de' ? 'Ausweisnr=' : 'de_id_card=');
      b.l(passport ? 'DE_PASSPORT' : 'DE_ID_CARD', icaoNumber(rng, passport ? 'passport' : 'id')).t('\n');
    }
    const ib = iban(rng, ibanCountry(c));
    b.t('IBAN=')
      .l('IBAN_CODE', rng.chance(0.5) ? ib : grouped(ib))
      .t('\n');
    b.t(lang === 'de' ? 'Mobil=' : 'mobile=')
      .l('PHONE_NUMBER', phone(rng, c, true))
      .t('\n');
    b.t(
      `${lang === 'de' ? 'Stunden' : 'hours'}=${rng.range(10, 39)}\n${lang === 'de' ? 'Qualifikation' : 'role'}=${rng.pick(lang === 'de' ? ['Pflegefachkraft', 'Pflegehelfer', 'Hauswirtschaft'] : ['Senior carer', 'Care assistant', 'Nurse'])}\n\n`,
    );
  }
  return b;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function smsBackup(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const c0 = countryOf(rng, lang);
  const bizPhone = phone(rng, c0);
  const n = rng.range(2, 4);
  const b = new Builder().t(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${n}" backup_set="sms-${rng.range(1000, 9999)}">\n`,
  );
  for (let k = 0; k < n; k++) {
    const c = countryOf(rng, lang);
    const p = person(rng, c);
    const s = slot(rng);
    const date = 1762000000000 + rng.range(0, 5000000) * 1000;
    b.t('  <sms protocol="0" address="')
      .l('PHONE_NUMBER', phone(rng, c, true))
      .t(`" date="${date}" type="2" body="`);
    const service = rng.pick(SERVICES[biz.what][lang]);
    if (lang === 'de') {
      b.t('Hallo ')
        .l('PERSON', p.given)
        .t(
          `, Erinnerung an Ihren Termin (${service}) am ${pad(s.d)}.${pad(s.m)}. um ${pad(s.h)}:${pad(s.min)} Uhr. Absage bitte unter `,
        );
    } else {
      b.t('Hi ')
        .l('PERSON', p.given)
        .t(`, reminder: ${service} on ${pad(s.d)}/${pad(s.m)} at ${pad(s.h)}:${pad(s.min)}. To cancel call `);
    }
    b.l('PHONE_NUMBER', bizPhone)
      .t(xmlEscape(` – ${biz.name}`))
      .t('" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" readable_date="');
    b.t(`${pad(s.d)}.${pad(s.m)}.2026 ${pad(rng.range(7, 20))}:${pad(rng.range(0, 59))}:00" contact_name="`)
      .name(p)
      .t('" />\n');
  }
  b.t('</smses>\n');
  return b;
}

function plainNote(rng: Cmwc, lang: Lang): Builder {
  const c = countryOf(rng, lang);
  const r = person(rng, c);
  const kin = person(rng, c);
  const carer = person(rng, c);
  const b = new Builder();
  if (lang === 'de') {
    b.t(
      `Übergabe Spätdienst ${pad(rng.range(1, 28))}.${pad(rng.range(1, 12))}. – exportiert aus CareDoku\n\nZimmer ${rng.range(1, 40)}: `,
    )
      .name(r, rng.chance(0.5))
      .t(', geb. ')
      .l('DATE_OF_BIRTH', deBirth(r));
    b.t(
      `\nBZ ${rng.range(90, 260)} mg/dl, ${rng.pick(['Insulin gegeben', 'Abendessen komplett', 'unruhig ab 21 Uhr'])}. Angehörige `,
    ).l('PERSON', `${kin.given} ${kin.family}`);
    b.t(' bittet um Rückruf: ').l('PHONE_NUMBER', phone(rng, c)).t(`\nDokumentiert von `).name(carer).t('\n');
  } else {
    b.t(
      `Late shift handover ${pad(rng.range(1, 28))}/${pad(rng.range(1, 12))} – exported from CareNotes\n\nRoom ${rng.range(1, 40)}: `,
    )
      .name(r, rng.chance(0.5))
      .t(', DOB ')
      .l('DATE_OF_BIRTH', `${r.birth.d} ${MONTHS_EN[r.birth.m - 1]} ${r.birth.y}`);
    b.t(
      `\nBM ${rng.range(4, 15)}.${rng.range(0, 9)} mmol/l, ${rng.pick(['insulin given', 'ate all of dinner', 'unsettled after 9pm'])}. Relative `,
    ).l('PERSON', `${kin.given} ${kin.family}`);
    b.t(' asked for a call back: ').l('PHONE_NUMBER', phone(rng, c)).t('\nRecorded by ').name(carer).t('\n');
  }
  return b;
}

function memberJson(rng: Cmwc, lang: Lang): Builder {
  const c = countryOf(rng, lang);
  const p = person(rng, c);
  const b = new Builder()
    .t(`{\n  "member_id": "M-${rng.range(10000, 99999)}",\n  "name": "`)
    .name(p)
    .t('",\n');
  b.t('  "dob": "').l('DATE_OF_BIRTH', isoBirth(p)).t('",\n');
  b.t('  "email": "').l('EMAIL_ADDRESS', email(rng, p)).t('",\n');
  b.t('  "mobile": "')
    .l('PHONE_NUMBER', phone(rng, c, true))
    .t('",\n');
  b.t(`  "plan": "${rng.pick(['flex', 'annual', 'student', 'senior'])}",\n  "payment": {\n`);
  if (rng.chance(0.75) || c === 'US' || c === 'AU' || c === 'IN' || c === 'KE') {
    const n = card(rng);
    b.t('    "method": "card",\n    "card_number": "')
      .l('CREDIT_CARD', rng.chance(0.5) ? n : cardPrinted(n))
      .t(`",\n    "expiry": "${pad(rng.range(1, 12))}/${rng.range(27, 31)}"\n`);
  } else {
    b.t('    "method": "sepa",\n    "iban": "')
      .l('IBAN_CODE', iban(rng, ibanCountry(c)))
      .t('",\n    "account_holder": "')
      .name(p)
      .t('"\n');
  }
  b.t('  },\n  "last_login_ip": "').l('IP_ADDRESS', ip(rng)).t('"\n}\n');
  return b;
}

function mailExport(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const c = countryOf(rng, lang);
  const p = person(rng, c);
  const s = slot(rng);
  const b = new Builder().t('From: "').name(p).t('" <').l('EMAIL_ADDRESS', email(rng, p)).t('>\nTo: ');
  // the business's role mailbox: not personal data, unlabelled (round 32)
  b.t(`${lang === 'de' ? 'termine' : 'bookings'}@${biz.domain}`).t('\n');
  b.t(
    `Date: ${pad(s.d)} ${MONTHS_EN[s.m - 1].slice(0, 3)} 2026 ${pad(s.h)}:${pad(s.min)}:00 +0100\nSubject: ${lang === 'de' ? 'Terminanfrage' : 'Booking request'}\nContent-Type: text/plain; charset=utf-8\n\n`,
  );
  if (lang === 'de') {
    b.t(
      `Guten Tag,\n\nich hätte gern einen Termin für ${rng.pick(SERVICES[biz.what].de)} am ${s.d}. ${MONTHS_DE[s.m - 1]}. Adresse für den Hausbesuch: `,
    ).l('POSTAL_ADDRESS', homeAddress(rng, c));
    b.t('.\nSie erreichen mich unter ').l('PHONE_NUMBER', phone(rng, c)).t('.\n\nViele Grüße\n').name(p).t('\n');
  } else {
    b.t(
      `Hello,\n\nI'd like to book ${rng.pick(SERVICES[biz.what].en).toLowerCase()} on ${s.d} ${MONTHS_EN[s.m - 1]}. The address is `,
    ).l('POSTAL_ADDRESS', homeAddress(rng, c));
    b.t('.\nYou can reach me on ').l('PHONE_NUMBER', phone(rng, c)).t('.\n\nKind regards,\n').name(p).t('\n');
  }
  return b;
}

function serviceMenu(rng: Cmwc, lang: Lang): Builder {
  const biz = rng.pick(BUSINESSES[lang]);
  const b = new Builder().t(
    `# ${biz.name} – ${lang === 'de' ? 'Leistungen und Preise' : 'services and prices'} (export menu.yaml)\n`,
  );
  for (const s of SERVICES[biz.what][lang])
    b.t(`- service: "${s}"\n  price: ${rng.range(15, 140)}.00\n  duration_min: ${rng.pick([20, 30, 45, 60, 90])}\n`);
  b.t(`opening_hours: "${lang === 'de' ? 'Mo–Fr 08:00–18:00, Sa 09:00–13:00' : 'Mon–Fri 8am–6pm, Sat 9am–1pm'}"\n`);
  b.t(
    `next_free_booking: ${booking(rng)}\ngreeting: "${lang === 'de' ? 'Sehr geehrte Damen und Herren' : 'Dear Sir or Madam'}"\n`,
  );
  return b;
}

function stockCsv(rng: Cmwc, lang: Lang): Builder {
  const drugs = [
    'Ramipril 5 mg',
    'Metoprolol 47,5 mg',
    'Pantoprazol 40 mg',
    'Simvastatin 20 mg',
    'Amoxicillin 1000 mg',
    'Ibuprofen 600 mg',
    'Macrogol Btl.',
  ];
  const b = new Builder().t(
    lang === 'de' ? 'PZN;Artikel;Bestand;Mindestbestand;Lagerort\n' : 'PZN;Item;Stock;Reorder level;Location\n',
  );
  const n = rng.range(4, 7);
  for (let k = 0; k < n; k++)
    b.t(
      `PZN ${rng.digits(8)};${rng.pick(drugs)};${rng.range(0, 60)};${rng.range(5, 20)};${lang === 'de' ? 'Zimmer' : 'Room'} ${rng.range(1, 30)}\n`,
    );
  b.t(
    lang === 'de' ? `# Nachbestellung über Buchungsnr. ${booking(rng)}\n` : `# reorder under booking ${booking(rng)}\n`,
  );
  return b;
}

/** The kinds with personal data twice in each cycle, the two look-alike kinds once. */
const CYCLE: [string, (rng: Cmwc, lang: Lang) => Builder][] = [
  ['service-menu-yaml', serviceMenu],
  ['vcard', vcard],
  ['icalendar', ics],
  ['booking-csv', bookingCsv],
  ['app-log', appLog],
  ['driving-school-yaml', yamlExport],
  ['payroll-ini', iniExport],
  ['sms-backup-xml', smsBackup],
  ['handover-txt', plainNote],
  ['member-json', memberJson],
  ['mail-export', mailExport],
  ['pharmacy-stock-csv', stockCsv],
  ['vcard', vcard],
  ['icalendar', ics],
  ['booking-csv', bookingCsv],
  ['app-log', appLog],
  ['driving-school-yaml', yamlExport],
  ['payroll-ini', iniExport],
  ['sms-backup-xml', smsBackup],
  ['handover-txt', plainNote],
  ['member-json', memberJson],
  ['mail-export', mailExport],
];

export function generated(count: number, seed: number): Made[] {
  const rng = new Cmwc(seed);
  const out: Made[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const [kind, make] = CYCLE[Math.floor(i / 2) % CYCLE.length];
    const b = make(rng, lang);
    out.push({ lang, kind, text: b.text, entities: b.entities });
  }
  return out;
}
