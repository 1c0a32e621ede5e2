import { Docx, soft, stamp, type Notation } from './docx.js';
import type { TestLabel } from './markup.js';
import { address, dob, email, ip, person, phone, type Country, type Person } from './people.js';
import { Philox } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

type Lang = 'de' | 'en';
type Made = { text: string; entities: TestLabel[]; kind: string; lang: Lang };

/** Organisations by trade (their own addresses, switchboards and role mailboxes are never labelled). */
type Trade =
  'stage' | 'museum' | 'festival' | 'ticketing' | 'film' | 'publisher' | 'travel' | 'school' | 'events' | 'lodging';
const ORGS: Record<Trade, { de: string[]; en: string[] }> = {
  stage: {
    de: ['Staatstheater Nordhafen', 'Kammeroper Mariahilf', 'Orchester Aareklang', 'Landesbühne Weserbogen'],
    en: [
      'Northgate Playhouse',
      'Riverbend Opera Company',
      'Liffey Strings Ensemble',
      'Folkteatern Söder',
      'Théâtre du Quai',
    ],
  },
  museum: {
    de: ['Kunsthalle am Wall', 'Galerie Stubentor', 'Kunstmuseum Seeufer', 'Stadtmuseum Brückentor'],
    en: ['Blue Mesa Gallery', 'Galerie Sainte-Claire', 'Harbour Museum of Art', 'Studio Lichtkamer'],
  },
  festival: {
    de: ['Festivalbüro Elbsand GmbH', 'Donauklang Veranstaltungs GmbH', 'Festival Rheinbühne AG'],
    en: ['Sunbelt Concerts Inc.', 'Claddagh Events Ltd', 'Grachtenfestival BV', 'Festival Sonar de Ribera'],
  },
  ticketing: {
    de: ['Theaterkasse Nordhafen', 'Konzertkasse Donauklang', 'Ticketservice Rheinbühne'],
    en: ['Northgate Playhouse Box Office', 'Koncertforeningen Østbro', 'Riverbend Opera Box Office'],
  },
  film: {
    de: ['Filmproduktion Lichtfang GmbH', 'Bergfilm Zürich AG', 'Donaufilm Produktion GmbH'],
    en: ['Harbour Light Films Ltd', 'Cedar Loop Productions LLC', 'Atlantic Reel Pictures Ltd'],
  },
  publisher: {
    de: ['Verlag Kranichsteg', 'Verlag Bergamotte AG', 'Edition Lindenblatt'],
    en: ['Kestrel & Finch Publishers', 'Tidewater Books Inc.', 'Quayside Literary Agency'],
  },
  travel: {
    de: ['Reisebüro Fernweh KG', 'Reisen Alpenglühn GmbH', 'Reiseversicherung Meridian AG'],
    en: [
      'Wayfarer Tours Ltd',
      'Atlantic Way Travel',
      'Viaggi Aurora srl',
      'Resebyrån Fyrljus AB',
      'Compass Rose Travel Insurance',
    ],
  },
  school: {
    de: ['Musikschule Am Anger', 'Städtische Musikschule Kieselbach', 'Musikschule Seeland'],
    en: ['Harbourside School of Music', 'Riverbend Community Music School', 'Liffey Music Academy'],
  },
  events: {
    de: ['Hochzeitsplanung Goldfaden', 'Eventagentur Weitblick GmbH', 'Festsaal Rosenhof'],
    en: ['Ribbon & Rye Weddings', 'Claddagh Events Ltd', 'Old Mill Barn Events'],
  },
  lodging: {
    de: ['Ferienwohnungen Möwennest', 'Campingplatz Seeblick', 'Ferienhof Brunnengrund'],
    en: ['Riverside Campsite', 'Seaview Holiday Lets', 'Casa Alborán Holiday Rentals'],
  },
};

const IBAN_OF: Partial<Record<Country, IbanCountry>> = { DE: 'DE', AT: 'AT', CH: 'CH', UK: 'GB', IE: 'IE' };
const COUNTRIES: Country[] = ['DE', 'DE', 'AT', 'CH', 'UK', 'IE', 'US', 'NL', 'DK', 'IT', 'FR', 'ES', 'SE'];

/** The per-document context: the stream, the language, a country, the organisation and the notation. */
class Ctx {
  readonly country: Country;
  readonly org: string;
  readonly notation: Notation;
  constructor(
    readonly rng: Philox,
    readonly lang: Lang,
    trade: Trade,
  ) {
    this.country = rng.pick(lang === 'de' ? (['DE', 'DE', 'AT', 'CH'] as Country[]) : COUNTRIES);
    this.org = rng.pick(ORGS[trade][lang]);
    this.notation = rng.pick(['pandoc', 'critic', 'plain', 'footnote'] as Notation[]);
  }
  L(de: string, en: string): string {
    return this.lang === 'de' ? de : en;
  }
  ibanCountry(): IbanCountry {
    return IBAN_OF[this.country] ?? this.rng.pick(['DE', 'LU', 'LI', 'GB'] as IbanCountry[]);
  }
  iban(): string {
    const v = iban(this.rng, this.ibanCountry());
    return this.rng.chance(0.6) ? grouped(v) : v;
  }
  /** A value with no-break spaces where a word processor keeps groups together. */
  nb(v: string): string {
    return this.rng.chance(0.35) ? v.replace(/ /g, '\u00a0') : v;
  }
  roleMail(): string {
    const domain = this.org
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '')
      .slice(0, 14);
    return `${this.rng.pick(['info', 'office', 'tickets', 'presse', 'booking', 'service'])}@${domain}.${this.country === 'UK' ? 'co.uk' : this.country === 'US' ? 'com' : this.country.toLowerCase()}`;
  }
  switchboard(): string {
    const pre: Record<Country, string> = {
      DE: '+49 40 ',
      AT: '+43 1 ',
      CH: '+41 61 ',
      UK: '+44 113 ',
      IE: '+353 1 ',
      US: '+1 503 ',
      NL: '+31 20 ',
      DK: '+45 33 ',
      IT: '+39 055 ',
      FR: '+33 3 ',
      ES: '+34 93 ',
      SE: '+46 8 ',
    };
    return `${pre[this.country]}${this.rng.digits(3)} ${this.rng.digits(4)}`;
  }
}

/** The document properties a converter puts first, the running header, and the Docx to write into. */
function open(
  c: Ctx,
  title: string,
  people: { author?: Person; modifier?: Person; manager?: Person; ownerHeader?: Person },
) {
  const { rng } = c;
  const d = new Docx(c.lang, c.notation, (doc) => {
    doc.t(`${c.org}\t${title}`);
    if (people.ownerHeader) doc.t(c.L('\tVerantwortlich: ', '\tOwner: ')).v('PERSON', people.ownerHeader.full);
  });
  const yaml = rng.chance(0.3);
  const field = (de: string, en: string, yamlKey: string) => (yaml ? `${yamlKey}: ` : `${c.L(de, en)}: `);
  if (yaml) d.t('---\n');
  d.t(`${field('Titel', 'Title', 'title')}${title}\n`);
  if (people.author)
    d.t(field('Autor', 'Author', 'author'))
      .v('PERSON', people.author.full)
      .t('\n');
  else d.t(`${field('Autor', 'Author', 'author')}${c.L('Dramaturgie', 'Admin')}\n`);
  if (people.modifier)
    d.t(field('Zuletzt geändert von', 'Last modified by', 'last-modified-by'))
      .v('PERSON', people.modifier.full)
      .t('\n');
  d.t(`${field('Firma', 'Company', 'company')}${c.org}\n`);
  if (people.manager)
    d.t(field('Manager', 'Manager', 'manager'))
      .v('PERSON', people.manager.full)
      .t('\n');
  d.t(
    `${field('Erstellt', 'Created', 'created')}${stamp(rng)}\n${field('Revision', 'Revision', 'revision')}${rng.between(2, 41)}\n`,
  );
  if (yaml) d.t('---\n');
  d.t('\n');
  d.t(`${c.org}\t${title}`);
  if (people.ownerHeader) d.t(c.L('\tVerantwortlich: ', '\tOwner: ')).v('PERSON', people.ownerHeader.full);
  d.t('\n\n');
  return d;
}

const initials = (p: Person) => (p.given[0] + p.family[0]).toUpperCase();
const check = (_c: Ctx, on: boolean) => (on ? '☒' : '☐');
/** A row of a flattened table: tab- or pipe-separated, as the converter chose for this document. */
const row = (d: Docx, pipe: boolean, cells: ((d: Docx) => void)[]) => {
  if (pipe) d.t('| ');
  cells.forEach((cell, i) => {
    if (i > 0) d.t(pipe ? ' | ' : '\t');
    cell(d);
  });
  d.t(pipe ? ' |\n' : '\n');
};
const txt = (s: string) => (d: Docx) => d.t(s);
const val = (type: string, s: string) => (d: Docx) => d.v(type, s);

function isbn(rng: Philox): string {
  const body = `9783${rng.digits(4)}${rng.digits(4)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const cd = (10 - (sum % 10)) % 10;
  return `978-3-${body.slice(4, 8)}-${body.slice(8, 12)}-${cd}`;
}

function creditorId(rng: Philox): string {
  return `DE${rng.between(10, 99)}ZZZ${rng.digits(11)}`;
}

/** Address, maybe broken by the converter across a page when the header has no owner to label. */
function addressValue(c: Ctx, d: Docx, p: Country, breakable: boolean, plainHeader: string): void {
  const a = address(c.rng, p);
  const cut = a.indexOf(', ');
  if (breakable && cut > 0 && c.rng.chance(0.3))
    d.broken('POSTAL_ADDRESS', a.slice(0, cut), a.slice(cut + 2), plainHeader);
  else d.v('POSTAL_ADDRESS', a);
}

function ibanValue(c: Ctx, d: Docx, breakable: boolean, plainHeader: string): void {
  const v = grouped(iban(c.rng, c.ibanCountry()));
  if (breakable && c.rng.chance(0.25)) {
    const at = 10 + c.rng.int(3) * 5;
    d.broken('IBAN_CODE', v.slice(0, at - 1), v.slice(at), plainHeader);
  } else d.v('IBAN_CODE', c.nb(v));
}

// ---------------------------------------------------------------- kinds with personal data

function guestContract(c: Ctx): Made {
  const { rng } = c;
  const artist = person(rng);
  const author = person(rng);
  const rev = person(rng);
  const title = c.L('Gastvertrag Solist*in', 'Guest artist engagement');
  const owner = rng.chance(0.5);
  const d = open(c, title, { author, modifier: rev, ownerHeader: owner ? author : undefined });
  const ph = `${c.org}\t${title}`;
  d.t(
    c.L(`${soft('Gastspielvertrag', rng)} zwischen ${c.org} und\n\n`, `Engagement agreement between ${c.org} and\n\n`),
  );
  d.t(c.L('Name: ', 'Name: ')).v('PERSON', artist.full).t('\n');
  d.t(c.L('Anschrift: ', 'Home address: '));
  addressValue(c, d, rng.pick(['DE', 'AT', 'CH'] as Country[]), !owner, ph);
  d.t('\n');
  d.t(c.L('Geburtsdatum: ', 'Date of birth: '))
    .v('DATE_OF_BIRTH', dob(rng, artist, c.lang))
    .t('\n');
  d.t(c.L('Steuer-ID: ', 'German tax ID: ')).v('DE_TAX_ID', taxId(rng)).t('\n');
  const sv = pensionNumber(rng, artist.birth, artist.family, artist.female);
  d.t(c.L('Sozialversicherungsnummer: ', 'German pension insurance no.: ')).v('DE_SOCIAL_SECURITY', sv).t('\n\n');
  d.t(c.L('§ 2 Gage\nDie Gage beträgt ', '2. Fee\nThe fee is '));
  d.replace(
    rev.full,
    stamp(rng),
    (x) => x.t(`${rng.between(8, 20)}00 EUR`),
    (x) => x.t(`${rng.between(21, 30)}00 EUR`),
  );
  d.t(c.L(' pro Vorstellung', ' per performance'));
  d.comment(rev.full, initials(rev), stamp(rng), c.L('bitte IBAN prüfen', 'please check the IBAN'));
  d.t('.\n');
  d.pageBreak();
  d.t(c.L('Bankverbindung: ', 'Bank account: '));
  ibanValue(c, d, !owner, ph);
  d.t('\n');
  d.t(c.L('Proben ab ', 'Rehearsals from ')).t(`${rng.between(1, 28)}.${rng.between(1, 12)}.2026`);
  d.footnote((x) =>
    x.t(c.L('Probenplan folgt gesondert, Rückfragen an ', 'Schedule to follow; questions to ')).t(c.roleMail()),
  );
  d.t('\n\n');
  d.t(c.L('Unterschrift Gast: ', 'Signed (artist): ')).v('PERSON', artist.full).t('\n');
  return d.done('guest-contract');
}

function rehearsalPlan(c: Ctx): Made {
  const { rng } = c;
  const author = person(rng);
  const title = c.L('Probenplan KW ', 'Rehearsal schedule week ') + rng.between(2, 50);
  const d = open(c, title, { author, ownerHeader: rng.chance(0.5) ? author : undefined });
  const pipe = rng.chance(0.5);
  row(d, pipe, [
    txt(c.L('Tag', 'Day')),
    txt(c.L('Zeit', 'Time')),
    txt(c.L('Szene', 'Scene')),
    txt(c.L('Besetzung', 'Cast')),
    txt(c.L('Mobil', 'Mobile')),
  ]);
  if (pipe) d.t('|---|---|---|---|---|\n');
  const days = c.lang === 'de' ? ['Mo', 'Di', 'Mi', 'Do', 'Fr'] : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
  const n = rng.between(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(rng);
    row(d, pipe, [
      txt(days[i]),
      txt(`${rng.between(10, 18)}:00`),
      txt(`${rng.between(1, 5)}/${rng.between(1, 9)}`),
      val('PERSON', rng.chance(0.3) ? p.family : p.full),
      val('PHONE_NUMBER', c.nb(phone(rng, c.country))),
    ]);
    if (i === 1) d.pageBreak();
  }
  const rev = person(rng);
  d.t('\n');
  d.change('ins', rev.full, stamp(rng), (x) =>
    x.t(c.L('Kostümprobe Freitag 19 Uhr, Maske ab 17 Uhr.', 'Dress rehearsal Friday 7 pm, make-up from 5 pm.')),
  );
  d.t('\n');
  d.change('del', rev.full, stamp(rng), (x) => {
    const gone = person(rng);
    x.t(c.L('Umbesetzung: ', 'Recast: '))
      .v('PERSON', gone.full)
      .t(c.L(' übernimmt die Rolle der Amme.', ' takes over the nurse.'));
  });
  d.t(`\n${c.L('Inspizienz', 'Stage management')}: ${c.switchboard()}\n`);
  return d.done('rehearsal-plan');
}

function loanAgreement(c: Ctx): Made {
  const { rng } = c;
  const lender = person(rng);
  const curator = person(rng);
  const title = c.L('Leihvertrag Privatleihgabe', 'Loan agreement (private lender)');
  const d = open(c, title, { author: curator, modifier: person(rng), manager: person(rng) });
  const ph = `${c.org}\t${title}`;
  d.t(c.L('Leihgeber/in\n', 'Lender\n'));
  d.t('\t')
    .v('PERSON', `${lender.given} ${soft(lender.family, rng)}`)
    .t('\n\t');
  addressValue(c, d, rng.pick(['DE', 'AT', 'CH', 'UK', 'NL', 'DK'] as Country[]), true, ph);
  d.t('\n\t')
    .t(c.L('Tel. ', 'Tel. '))
    .v('PHONE_NUMBER', phone(rng, c.country))
    .t('\n\t')
    .v('EMAIL_ADDRESS', email(rng, lender))
    .t('\n\n');
  d.t(
    c.L('Objekt: Öl auf Leinwand, 64 × 81 cm, Inv.-Nr. L-', 'Object: oil on canvas, 64 × 81 cm, inv. no. L-') +
      rng.digits(4) +
      '\n',
  );
  d.t(c.L('Versicherungswert (Nagel-zu-Nagel): ', 'Insurance value (nail to nail): '));
  d.replace(
    curator.full,
    stamp(rng),
    (x) => x.t(`${rng.between(40, 90)}.000 EUR`),
    (x) => x.t(`${rng.between(91, 150)}.000 EUR`),
  );
  d.comment(
    curator.full,
    initials(curator),
    stamp(rng),
    c.L('Wert mit Versicherer abgestimmt?', 'value agreed with the insurer?'),
  );
  d.t('\n');
  d.pageBreak();
  d.t(
    c.L('Transport: ', 'Transport: ') +
      `${check(c, true)} ${c.L('Kunstspedition', 'fine-art shipper')}  ${check(c, false)} ${c.L('Selbstanlieferung', 'lender delivers')}\n`,
  );
  d.t(c.L('Kurierbegleitung durch ', 'Courier: ')).v('PERSON', person(rng).full).t('\n');
  d.t(c.L('Leihgebühr an IBAN ', 'Loan fee to IBAN '));
  ibanValue(c, d, true, ph);
  d.t('\n');
  return d.done('loan-agreement');
}

function consignment(c: Ctx): Made {
  const { rng } = c;
  const artist = person(rng);
  const title = c.L('Kommissionsvertrag', 'Consignment agreement');
  const d = open(c, title, { author: person(rng), modifier: person(rng) });
  d.t(c.L('Sehr geehrte/r ', 'Dear '));
  if (rng.chance(0.5)) d.t(c.L('«Anrede» «Nachname»', '{{first_name}} {{last_name}}'));
  else d.v('PERSON', artist.full);
  d.t(',\n\n');
  d.t(c.L('Künstler/in: ', 'Artist: ')).v('PERSON', artist.full).t('\n');
  d.t(c.L('Atelier: ', 'Studio: ')).v('POSTAL_ADDRESS', address(rng, c.country)).t('\n');
  d.t(c.L('Ort: MERGEFIELD Ort\n', 'City: MERGEFIELD City\n'));
  if (c.country === 'DE' || rng.chance(0.3))
    d.t(c.L('Steuer-ID: ', 'Tax ID (DE): '))
      .v('DE_TAX_ID', c.nb(`${taxId(rng).replace(/^(\d\d)(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4')}`))
      .t('\n');
  d.t(c.L('Provision der Galerie: ', 'Gallery commission: '));
  const rev = person(rng);
  d.replace(
    rev.full,
    stamp(rng),
    (x) => x.t('50 %'),
    (x) => x.t('45 %'),
  );
  d.t('\n').t(c.L('Auszahlung auf: ', 'Payment to: ')).v('IBAN_CODE', c.iban()).t('\n');
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Kontoinhaber = Künstler?', 'account holder = artist?'));
  d.t('\n');
  return d.done('consignment');
}

function rider(c: Ctx): Made {
  const { rng } = c;
  const tm = person(rng);
  const pm = person(rng);
  const title = c.L('Technical & Hospitality Rider', 'Technical & hospitality rider');
  const d = open(c, title, { author: tm, ownerHeader: rng.chance(0.6) ? tm : undefined });
  d.t(c.L('Tourmanagement: ', 'Tour manager: '))
    .v('PERSON', tm.full)
    .t(' · ')
    .v('PHONE_NUMBER', c.nb(phone(rng, rng.pick(COUNTRIES))))
    .t(' · ')
    .v('EMAIL_ADDRESS', email(rng, tm))
    .t('\n');
  d.t(c.L('Produktionsleitung: ', 'Production manager: '))
    .v('PERSON', pm.given)
    .t(' ')
    .v('PHONE_NUMBER', phone(rng, c.country))
    .t('\n\n');
  d.t(c.L('Catering\n', 'Catering\n'));
  d.t(
    `${check(c, true)} ${c.L('vegetarisch', 'vegetarian')}\t${check(c, rng.chance(0.5))} vegan\t${check(c, false)} ${c.L('glutenfrei', 'gluten-free')}\n`,
  );
  d.t(
    c.L(
      'Garderoben: [Dropdown: 2 ▾]  Handtücher: [Dropdown: 12 ▾]\n',
      'Dressing rooms: [Dropdown: 2 ▾]  Towels: [Dropdown: 12 ▾]\n',
    ),
  );
  d.pageBreak();
  d.t(
    c.L(
      'Backline: 1 × Flügel (Steinway D), 2 × DI, Monitor über ',
      'Backline: 1 × grand piano (Steinway D), 2 × DI, monitors via ',
    ),
  );
  const rev = person(rng);
  d.change('del', rev.full, stamp(rng), (x) => x.t('Wedges'));
  d.change('ins', rev.full, stamp(rng), (x) => x.t('In-Ear'));
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Frequenzen mit Haus klären', 'check frequencies with the venue'));
  d.t('.\n');
  return d.done('artist-rider');
}

function accreditation(c: Ctx): Made {
  const { rng } = c;
  const title = c.L('Akkreditierung Crew', 'Crew accreditation list');
  const d = open(c, title, { author: person(rng), modifier: person(rng) });
  const pipe = rng.chance(0.6);
  row(d, pipe, [
    txt('Name'),
    txt(c.L('Funktion', 'Role')),
    txt(c.L('Geb.', 'DOB')),
    txt(c.L('Ausweis/Pass', 'ID/passport')),
    txt(c.L('Zone', 'Zone')),
  ]);
  const roles =
    c.lang === 'de'
      ? ['Licht', 'Ton', 'Bühne', 'Catering', 'Security']
      : ['Lighting', 'Sound', 'Stage', 'Catering', 'Security'];
  const n = rng.between(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(rng);
    const doc = rng.chance(0.5)
      ? (['DE_ID_CARD', icaoNumber(rng, 'id')] as const)
      : (['DE_PASSPORT', icaoNumber(rng, 'passport')] as const);
    row(d, pipe, [
      val('PERSON', `${soft(p.family, rng)}, ${p.given}`),
      txt(rng.pick(roles)),
      val('DATE_OF_BIRTH', dob(rng, p, c.lang)),
      val(doc[0], doc[1]),
      txt(rng.pick(['A', 'B', 'AAA'])),
    ]);
  }
  d.t(
    `\n${c.L('Bändchen', 'Wristbands')}: ${check(c, true)} ${c.L('ausgegeben', 'issued')}  ${check(c, false)} ${c.L('offen', 'open')}\n`,
  );
  return d.done('accreditation');
}

function refundLetter(c: Ctx): Made {
  const { rng } = c;
  const buyer = person(rng);
  const title = c.L('Serienbrief Erstattung', 'Refund mail merge');
  const d = open(c, title, { author: person(rng) });
  const raw = rng.chance(0.4);
  if (raw)
    d.t(
      c.L('«Anrede» «Vorname» «Nachname»\n«Straße»\n«PLZ» «Ort»\n\n', '{{first_name}} {{last_name}}\n{{street}}\n\n'),
    );
  else d.v('PERSON', buyer.full).t('\n').v('POSTAL_ADDRESS', address(rng, c.country)).t('\n\n');
  d.t(c.L('Ihre Erstattung zur Vorstellung vom ', 'Your refund for the performance on ')).t(
    `${rng.between(1, 28)}.${rng.between(1, 12)}.2026\n`,
  );
  d.t(c.L('Bestellung ', 'Order '))
    .t(`T-${rng.digits(7)}`)
    .t(c.L(', aufgegeben von IP ', ', placed from IP '))
    .v('IP_ADDRESS', ip(rng))
    .t('\n');
  d.t(c.L('Erstattung auf ', 'Refund to '));
  if (rng.chance(0.5)) {
    const cc = card(rng);
    d.t(c.L('Karte ', 'card ')).v('CREDIT_CARD', rng.chance(0.5) ? cardPrinted(cc, ' ') : cc);
  } else d.t('IBAN ').v('IBAN_CODE', c.iban());
  d.t('\n');
  d.t(c.L('Kontakt: ', 'Contact: '))
    .v('EMAIL_ADDRESS', email(rng, buyer))
    .t(c.L(' (Rückfragen an ', ' (queries to '))
    .t(c.roleMail())
    .t(')\n');
  const rev = person(rng);
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Gebühr einbehalten?', 'keep the booking fee?'));
  d.t(c.L('\n\nMit freundlichen Grüßen\n', '\n\nKind regards\n')).v('PERSON', rev.full).t('\n');
  return d.done('refund-letter');
}

function callSheet(c: Ctx): Made {
  const { rng } = c;
  const ad = person(rng);
  const title = c.L('Dispo Drehtag ', 'Call sheet day ') + rng.between(1, 30);
  const d = open(c, title, { author: ad, manager: person(rng), ownerHeader: ad });
  d.t(c.L('Motiv: Wohnung Familie ', 'Location: home of '))
    .v('PERSON', person(rng).family)
    .t(', ')
    .v('POSTAL_ADDRESS', address(rng, c.country))
    .t('\n');
  d.t(c.L('Parken nur Produktionsfahrzeuge. Notfall: ', 'Unit parking only. Emergency: ')).t(c.switchboard()).t('\n\n');
  const pipe = rng.chance(0.5);
  row(d, pipe, [
    txt(c.L('Rolle', 'Role')),
    txt(c.L('Darsteller/in', 'Cast')),
    txt('Pick-up'),
    txt(c.L('Mobil', 'Mobile')),
  ]);
  const n = rng.between(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(rng);
    row(d, pipe, [
      txt(rng.pick(['KOMMISSARIN', 'VATER', 'NACHBAR', 'DR. HALE', 'JUNGE'])),
      val('PERSON', p.full),
      txt(`0${rng.between(5, 8)}:${rng.pick(['00', '15', '30'])}`),
      val('PHONE_NUMBER', phone(rng, c.country)),
    ]);
  }
  d.pageBreak();
  const rev = person(rng);
  d.change('ins', rev.full, stamp(rng), (x) =>
    x.t(c.L('Regenvariante: Szene 14 innen.', 'Wet weather cover: scene 14 interior.')),
  );
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Kinderbetreuung klären', 'chaperone confirmed?'));
  d.t('\n');
  return d.done('call-sheet');
}

function releaseForm(c: Ctx): Made {
  const { rng } = c;
  const model = person(rng);
  const title = c.L('Einverständniserklärung Bild- und Tonaufnahmen', 'Appearance release form');
  const d = open(c, title, { author: person(rng) });
  d.t(c.L('Ich, ', 'I, '))
    .v('PERSON', model.full)
    .t(c.L(', geboren am ', ', born '))
    .v('DATE_OF_BIRTH', dob(rng, model, c.lang))
    .t(c.L(', wohnhaft ', ', of '))
    .v('POSTAL_ADDRESS', address(rng, c.country))
    .t(',\n');
  d.t(c.L('erteile ', 'grant '))
    .t(c.org)
    .t(c.L(' das Recht, Aufnahmen meiner Person zu nutzen.\n', ' the right to use recordings of me.\n'));
  d.t(
    `${check(c, true)} ${c.L('Film', 'film')}  ${check(c, rng.chance(0.5))} ${c.L('Fotos', 'stills')}  ${check(c, false)} ${c.L('Social Media', 'social media')}\n`,
  );
  if (rng.chance(0.4)) {
    const g = person(rng);
    d.t(c.L('Erziehungsberechtigte/r: ', 'Parent/guardian: '))
      .v('PERSON', g.full)
      .t(', ')
      .v('PHONE_NUMBER', phone(rng, c.country))
      .t('\n');
  }
  d.t(c.L('Kontakt: ', 'Contact: ')).v('EMAIL_ADDRESS', email(rng, model)).t('\n');
  d.footnote((x) => x.t(c.L('Widerruf an ', 'Withdrawal to ')).t(c.roleMail()));
  d.t('\n');
  return d.done('release-form');
}

function authorContract(c: Ctx): Made {
  const { rng } = c;
  const author = person(rng);
  const editor = person(rng);
  const title = c.L('Autorenvertrag', 'Author agreement');
  const owner = rng.chance(0.4);
  const d = open(c, title, { author: editor, modifier: person(rng), ownerHeader: owner ? editor : undefined });
  const ph = `${c.org}\t${title}`;
  d.t(c.L('zwischen ', 'between ')).t(c.org).t(c.L(' (Verlag) und\n', ' (the Publisher) and\n'));
  d.v('PERSON', author.full).t(c.L(' (Autor/in), ', ' (the Author), '));
  addressValue(c, d, c.country, !owner, ph);
  d.t('\n');
  d.t(c.L('Werk: Arbeitstitel „Die Salzgärten“, ISBN ', 'Work: working title "The Salt Gardens", ISBN '))
    .t(isbn(rng))
    .t('\n');
  d.t(c.L('§ 5 Honorar: ', '5. Royalties: '));
  d.replace(
    editor.full,
    stamp(rng),
    (x) => x.t('8 %'),
    (x) => x.t('10 %'),
  );
  d.t(c.L(' vom Nettoladenpreis', ' of the net receipts'));
  d.comment(editor.full, initials(editor), stamp(rng), c.L('Agentur will 12 %', 'agent asks for 12 %'));
  d.t('.\n');
  d.pageBreak();
  if (c.lang === 'de' || rng.chance(0.3)) d.t(c.L('Steuer-ID: ', 'German tax ID: ')).v('DE_TAX_ID', taxId(rng)).t('\n');
  d.t(c.L('Honorarkonto: ', 'Royalty account: '));
  ibanValue(c, d, !owner, ph);
  d.t('\n');
  d.change('del', editor.full, stamp(rng), (x) =>
    x.t(c.L('Tel. privat ', 'home phone ')).v('PHONE_NUMBER', phone(rng, c.country)),
  );
  d.t('\n');
  return d.done('author-contract');
}

function royaltyStatement(c: Ctx): Made {
  const { rng } = c;
  const author = person(rng);
  const title = c.L('Honorarabrechnung 2025', 'Royalty statement 2025');
  const d = open(c, title, { author: person(rng) });
  d.t(c.L('Autor/in: ', 'Author: ')).v('PERSON', author.full).t('\n');
  const pipe = rng.chance(0.5);
  row(d, pipe, [txt('ISBN'), txt(c.L('Verkauft', 'Sold')), txt(c.L('Satz', 'Rate')), txt(c.L('Betrag', 'Amount'))]);
  for (let i = 0; i < rng.between(2, 4); i++)
    row(d, pipe, [
      txt(isbn(rng)),
      txt(String(rng.between(120, 9000))),
      txt(`${rng.between(6, 12)} %`),
      txt(`${rng.between(100, 9000)},${rng.digits(2)} €`),
    ]);
  d.t(c.L('\nÜberweisung an ', '\nPaid to ')).v('IBAN_CODE', c.iban()).t('\n');
  d.footnote((x) => x.t(c.L('Abzüglich Vorschuss; Fragen an ', 'Less advance; questions to ')).t(c.roleMail()));
  d.t('\n');
  return d.done('royalty-statement');
}

function roomingList(c: Ctx): Made {
  const { rng } = c;
  const title = c.L('Rooming List Gruppenreise', 'Rooming list group tour');
  const d = open(c, title, {
    author: person(rng),
    modifier: person(rng),
    ownerHeader: rng.chance(0.5) ? person(rng) : undefined,
  });
  d.t(`PNR ${rng.pick(['K', 'Q', 'X'])}${rng.digits(2)}${rng.pick(['ZT', 'HV', 'LM'])}${rng.digits(1)}\n`);
  const pipe = rng.chance(0.5);
  row(d, pipe, [
    txt(c.L('Zimmer', 'Room')),
    txt('Name'),
    txt(c.L('Geburtsdatum', 'Date of birth')),
    txt(c.L('Reisepass', 'Passport')),
  ]);
  for (let i = 0; i < rng.between(3, 6); i++) {
    const p = person(rng);
    row(d, pipe, [
      txt(rng.pick(['DZ', 'EZ', 'TWIN', 'DBL'])),
      val('PERSON', `${p.family.toUpperCase()}/${p.given.toUpperCase()}`),
      val('DATE_OF_BIRTH', dob(rng, p, c.lang)),
      val('DE_PASSPORT', icaoNumber(rng, 'passport')),
    ]);
    if (i === 2) d.pageBreak();
  }
  const rev = person(rng);
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Visa für Jordanien prüfen', 'check visas for Jordan'));
  d.t('\n');
  return d.done('rooming-list');
}

function insuranceClaim(c: Ctx): Made {
  const { rng } = c;
  const p = person(rng);
  const title = c.L('Schadenmeldung Reiseversicherung', 'Travel insurance claim');
  const d = open(c, title, { author: p, modifier: person(rng) });
  d.t(c.L(`${soft('Versicherungsnummer', rng)}: `, 'Policy number: ') + `RV-${rng.digits(8)}\n`);
  d.t(c.L('Versicherte Person: ', 'Insured person: ')).v('PERSON', p.full).t('\n');
  d.t(c.L('Geburtsdatum: ', 'Date of birth: '))
    .v('DATE_OF_BIRTH', dob(rng, p, c.lang))
    .t('\n');
  d.t(c.L('Anschrift: ', 'Address: ')).v('POSTAL_ADDRESS', address(rng, c.country)).t('\n');
  d.t(c.L('Telefon: ', 'Phone: '))
    .v('PHONE_NUMBER', phone(rng, c.country))
    .t('\t E-Mail: ')
    .v('EMAIL_ADDRESS', email(rng, p))
    .t('\n');
  d.t(
    `${check(c, true)} ${c.L('Reiserücktritt', 'cancellation')}  ${check(c, false)} ${c.L('Gepäck', 'baggage')}  ${check(c, rng.chance(0.5))} ${c.L('Krankheit', 'medical')}\n`,
  );
  d.t(c.L('Bezahlt mit Karte ', 'Paid by card '))
    .v('CREDIT_CARD', cardPrinted(card(rng), rng.pick([' ', '-'])))
    .t('\n');
  d.t(c.L('Erstattung auf ', 'Reimburse to ')).v('IBAN_CODE', c.iban()).t('\n');
  d.t(c.L('Online eingereicht von ', 'Submitted online from ')).v('IP_ADDRESS', ip(rng)).t('\n');
  const rev = person(rng);
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Attest fehlt', 'medical certificate missing'));
  d.t('\n');
  return d.done('insurance-claim');
}

function weddingTimeline(c: Ctx): Made {
  const { rng } = c;
  const a = person(rng);
  const b = person(rng);
  const planner = person(rng);
  const title = c.L('Ablaufplan Hochzeit', 'Wedding day timeline');
  const d = open(c, title, { author: planner, ownerHeader: planner });
  d.t(c.L('Brautpaar: ', 'Couple: ')).v('PERSON', a.given).t(' & ').v('PERSON', b.full).t('\n');
  d.t(c.L('Trauzeugin: ', 'Maid of honour: '))
    .v('PERSON', person(rng).full)
    .t(' ')
    .v('PHONE_NUMBER', c.nb(phone(rng, c.country)))
    .t('\n');
  d.t(c.L('Menü: [Dropdown: Fisch ▾]\n', 'Menu: [Dropdown: fish ▾]\n'));
  const pipe = rng.chance(0.5);
  row(d, pipe, [
    txt('14:00'),
    txt(c.L('Freie Trauung', 'Ceremony')),
    txt(c.L('Fotograf ', 'Photographer ')),
    val('PERSON', person(rng).full),
  ]);
  row(d, pipe, [txt('18:30'), txt(c.L('Dinner', 'Dinner')), txt('DJ'), val('EMAIL_ADDRESS', email(rng, person(rng)))]);
  const rev = person(rng);
  d.change('ins', rev.full, stamp(rng), (x) =>
    x.t(c.L('Sektempfang auf der Terrasse', 'drinks reception on the terrace')),
  );
  d.t('\n');
  return d.done('wedding-timeline');
}

function holidayLet(c: Ctx): Made {
  const { rng } = c;
  const g = person(rng);
  const title = c.L('Buchungsbestätigung Ferienwohnung', 'Holiday let booking confirmation');
  const d = open(c, title, { author: person(rng) });
  d.t(c.L('Gast: ', 'Guest: '))
    .v('PERSON', g.full)
    .t('\n')
    .v('POSTAL_ADDRESS', address(rng, rng.pick(COUNTRIES)))
    .t('\n');
  d.t(c.L('Mobil ', 'Mobile '))
    .v('PHONE_NUMBER', phone(rng, rng.pick(COUNTRIES)))
    .t('\n');
  d.t(c.L('Zeitraum: ', 'Stay: ')).t(
    `${rng.between(1, 14)}.–${rng.between(15, 28)}.0${rng.between(5, 9)}.2026, ${rng.between(1, 5)} ${c.L('Personen', 'guests')}\n`,
  );
  d.t(c.L('Kaution per Karte ', 'Deposit on card ')).v('CREDIT_CARD', card(rng)).t('\n');
  d.t(c.L('Buchung über Website, IP ', 'Booked on the website, IP ')).v('IP_ADDRESS', ip(rng)).t('\n');
  d.footnote((x) =>
    x
      .t(c.L('Hausordnung: Nachtruhe ab 22 Uhr. Vermieterin: ', 'House rules: quiet after 10 pm. Host: '))
      .v('PERSON', person(rng).full),
  );
  d.t('\n');
  return d.done('holiday-let');
}

function enrolment(c: Ctx): Made {
  const { rng } = c;
  const child = person(rng);
  const parent = { ...person(rng), family: child.family };
  parent.full = `${parent.given} ${parent.family}`;
  const title = c.L('Anmeldung Musikschule', 'Music school enrolment');
  const d = open(c, title, { author: person(rng) });
  d.t(c.L('Schüler/in: ', 'Pupil: '))
    .v('PERSON', child.full)
    .t(c.L(', geb. ', ', born '))
    .v('DATE_OF_BIRTH', dob(rng, child, c.lang))
    .t('\n');
  d.t(c.L('Instrument: [Dropdown: Violoncello ▾]\n', 'Instrument: [Dropdown: cello ▾]\n'));
  d.t(c.L('Erziehungsberechtigt: ', 'Parent: '))
    .v('PERSON', parent.full)
    .t(', ')
    .v('PHONE_NUMBER', phone(rng, c.country))
    .t('\n');
  d.t(c.L('SEPA-Lastschriftmandat, Gläubiger-ID ', 'Direct debit mandate, creditor ID ')).t(creditorId(rng)).t('\n');
  d.t(c.L('Kontoinhaber/in: ', 'Account holder: '))
    .v('PERSON', parent.full)
    .t(', IBAN ')
    .v('IBAN_CODE', c.iban())
    .t('\n');
  const rev = person(rng);
  d.comment(rev.full, initials(rev), stamp(rng), c.L('Geschwisterrabatt?', 'sibling discount?'));
  d.t('\n');
  return d.done('music-school-enrolment');
}

// ---------------------------------------------------------------- kinds without personal data

function venueSpec(c: Ctx): Made {
  const { rng } = c;
  const title = c.L('Technische Spezifikation Saal', 'Venue technical specification');
  const d = open(c, title, {});
  d.t(c.L('Bühne: Breite ', 'Stage: width ')).t(
    `${rng.between(12, 20)} m, ${c.L('Tiefe', 'depth')} ${rng.between(8, 15)} m\n`,
  );
  d.t(c.L('Strom: 3 × CEE 63 A, 1 × CEE 32 A\n', 'Power: 3 × 63 A three-phase, 1 × 32 A\n'));
  d.t(c.L('Ladezone: ', 'Loading dock: ')).t(`${soft('Rampenhöhe', rng)} 1,1 m\n`);
  // A change tracked under the department's account, not a person's: nothing to label.
  const role = c.L('Technik', 'Tech Office');
  const added = c.L('Hubpodium vorhanden', 'orchestra lift available');
  d.t(
    c.notation === 'pandoc'
      ? `[${added}]{.insertion author="${role}" date="${stamp(rng)}"}\n`
      : c.notation === 'critic'
        ? `{++${added}++}\n`
        : `[+${added}+]\n`,
  );
  d.t(c.L('Kontakt Technik: ', 'Technical office: ')).t(c.roleMail()).t(' · ').t(c.switchboard()).t('\n');
  d.pageBreak();
  d.t(c.L('Rigging: 24 Züge, max. 500 kg je Zug\n', 'Rigging: 24 bars, max. 500 kg each\n'));
  return d.done('venue-spec');
}

function programmeTemplate(c: Ctx): Made {
  const { rng } = c;
  const title = c.L('Vorlage Programmheft', 'Programme booklet template');
  const d = open(c, title, {});
  d.t(c.L('Liebe/r «Vorname» «Nachname»,\n', 'Dear {{first_name}} {{last_name}},\n'));
  d.t(
    c.L(
      'wir freuen uns auf Ihren Besuch am MERGEFIELD Datum in Reihe MERGEFIELD Reihe.\n',
      'we look forward to seeing you on MERGEFIELD Date in row MERGEFIELD Row.\n',
    ),
  );
  d.t(`${c.L('Spielzeit', 'Season')} 2026/27 · ${rng.between(18, 44)} ${c.L('Premieren', 'premieres')}\n`);
  d.t(`${check(c, true)} ${c.L('Abo A', 'Series A')}  ${check(c, false)} ${c.L('Abo B', 'Series B')}\n`);
  d.t(c.L('Kasse: ', 'Box office: ')).t(c.switchboard()).t(' · ').t(c.roleMail()).t('\n');
  return d.done('programme-template');
}

const KINDS: [(c: Ctx) => Made, Trade][] = [
  [guestContract, 'stage'],
  [rehearsalPlan, 'stage'],
  [loanAgreement, 'museum'],
  [consignment, 'museum'],
  [rider, 'festival'],
  [accreditation, 'festival'],
  [refundLetter, 'ticketing'],
  [callSheet, 'film'],
  [releaseForm, 'film'],
  [authorContract, 'publisher'],
  [royaltyStatement, 'publisher'],
  [roomingList, 'travel'],
  [insuranceClaim, 'travel'],
  [weddingTimeline, 'events'],
  [holidayLet, 'lodging'],
  [enrolment, 'school'],
  [venueSpec, 'stage'],
  [programmeTemplate, 'stage'],
];

/** `count` converted documents; the kinds in turn, each in both languages (German on even rounds). */
export function generated(count: number, seed: number): Made[] {
  const rng = new Philox(seed);
  const out: Made[] = [];
  for (let i = 0; i < count; i++) {
    const [kind, trade] = KINDS[i % KINDS.length];
    const lang: Lang = Math.floor(i / KINDS.length) % 2 === 0 ? 'de' : 'en';
    out.push(kind(new Ctx(rng, lang, trade)));
  }
  return out;
}
