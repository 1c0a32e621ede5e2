import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import {
  assemble,
  encodePieces,
  encodedWord,
  raw,
  softBreaks,
  UNLABELLED,
  type Encoding,
  type Piece,
} from './encodings.js';
import { cultures13 } from './names.js';
import { Draw } from './random.js';
import { card, cardGrouped, grouped, iban, idCard, ip, passport, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';
const L = (type: string, value: string): Piece => ({ type, value });

interface Person {
  given: string;
  family: string;
  woman: boolean;
  birth: { day: number; month: number; year: number };
}
const STREETS_DE = [
  'Lärchenweg',
  'Am Mühlbach',
  'Schöllkopfstraße',
  'Brückenäcker',
  'Größlinger Weg',
  'Hasenbühl',
  'Fährgasse',
  'Rübenkamp',
];
const TOWNS_DE = [
  ['10247', 'Berlin'],
  ['80997', 'München'],
  ['50739', 'Köln'],
  ['01277', 'Dresden'],
  ['A-5020', 'Salzburg'],
  ['CH-8957', 'Spreitenbach'],
  ['A-6020', 'Innsbruck'],
  ['97074', 'Würzburg'],
];
const STREETS_EN = [
  'Kōwhai Crescent',
  'Protea Close',
  'Wharf Lane',
  'Jacaranda Avenue',
  'Tūī Street',
  'Mill Brow',
  'Acacia Drive',
  'Harbour View Road',
];
const TOWNS_EN = [
  'Hamilton 3216',
  'Durban 4001',
  'Cape Town 7708',
  'Leeds LS6 2QT',
  'Dunedin 9016',
  'Bristol BS3 4LN',
  'Pretoria 0181',
  'Portland, OR 97214',
];

function person(d: Draw): Person {
  const c = d.pick(Object.values(cultures13()));
  return {
    given: d.pick(c.given),
    family: d.pick(c.family),
    woman: d.chance(0.5),
    birth: { day: d.int(1, 28), month: d.int(1, 12), year: d.int(1948, 2004) },
  };
}
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();
const mail = (d: Draw, p: Person) =>
  `${ascii(p.given)}${d.pick(['.', '_', ''])}${ascii(p.family)}${d.chance(0.3) ? d.int(1, 99) : ''}@${d.pick(['gmx.de', 'web.de', 'xtra.co.nz', 'mweb.co.za', 'outlook.com', 'bluewin.ch', 'icloud.com', 'aon.at'])}`;
const phone = (d: Draw, lang: Lang) =>
  lang === 'de'
    ? d.pick([
        `+49 ${d.int(151, 179)} ${d.digits(7)}`,
        `0${d.int(30, 89)} ${d.digits(6)}`,
        `+43 664 ${d.digits(7)}`,
        `+41 79 ${d.digits(3)} ${d.digits(2)} ${d.digits(2)}`,
      ])
    : d.pick([
        `+64 21 ${d.digits(3)} ${d.digits(4)}`,
        `+27 82 ${d.digits(3)} ${d.digits(4)}`,
        `07${d.digits(3)} ${d.digits(6)}`,
        `(503) ${d.digits(3)}-${d.digits(4)}`,
      ]);
const address = (d: Draw, lang: Lang, sep = ', ') => {
  if (lang === 'de') {
    const [plz, town] = d.pick(TOWNS_DE);
    return `${d.pick(STREETS_DE)} ${d.int(1, 88)}${sep}${plz} ${town}`;
  }
  return `${d.int(2, 240)} ${d.pick(STREETS_EN)}${sep}${d.pick(TOWNS_EN)}`;
};
const dob = (p: Person, lang: Lang, d: Draw) => {
  const { day, month, year } = p.birth;
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.pick(
    lang === 'de'
      ? [
          `${pad(day)}.${pad(month)}.${year}`,
          `${day}. ${MONTHS_DE[month - 1]} ${year}`,
          `${year}-${pad(month)}-${pad(day)}`,
        ]
      : [
          `${pad(day)}/${pad(month)}/${year}`,
          `${day} ${MONTHS_EN[month - 1]} ${year}`,
          `${year}-${pad(month)}-${pad(day)}`,
        ],
  );
};
const full = (p: Person, d: Draw): Piece[] =>
  d.chance(0.25) ? [L('PERSON', `${p.family}, ${p.given}`)] : [L('PERSON', `${p.given} ${p.family}`)];
const order = (d: Draw) => `${d.pick(['ORD', 'BST', 'WEB'])}-13${d.digits(6)}`;
const tracking = (d: Draw) => `1Z13${d.digits(4)}${d.pick(['A', 'X', 'K'])}${d.digits(8)}`;
const ean = (d: Draw) => `40${d.digits(11)}`;

interface Made {
  kind: string;
  enc: Encoding;
  pieces: Piece[];
  qpBreaks?: boolean;
}

/** Each kind writes pieces in one language; the encoding is the kind's export format. */
const KINDS: ((d: Draw, lang: Lang) => Made)[] = [
  // 1 returns e-mail, quoted-printable body with MIME headers (subject as an encoded-word)
  (d, lang) => {
    const p = person(d);
    const m = mail(d, p);
    const subject = lang === 'de' ? `Rücksendung zu Bestellung ${order(d)}` : `Return request – order ${order(d)}`;
    return {
      kind: 'qp-return-mail',
      enc: 'qp',
      qpBreaks: true,
      pieces: [
        raw('From: '),
        L('PERSON', `${p.given} ${p.family}`),
        raw(' <'),
        L('EMAIL_ADDRESS', m),
        raw('>\nTo: '),
        // the shop's role mailbox: not personal data, written as a value but unlabelled (round 32)
        L(UNLABELLED, lang === 'de' ? 'service@moebel-wohnwelt.example' : 'help@kiwi-homeware.example'),
        raw(`\nSubject: ${encodedWord(subject)}\nContent-Transfer-Encoding: quoted-printable\n\n`),
        lang === 'de'
          ? `Guten Tag, ich möchte den Artikel (EAN ${ean(d)}) zurückschicken, das Sofa „Malmö“ passt nicht. Bitte holen Sie es bei mir ab: `
          : `Hello, I'd like to return the item (EAN ${ean(d)}) – the “Kōwhai” armchair doesn't fit our lounge. Please collect it from `,
        L('POSTAL_ADDRESS', address(d, lang)),
        lang === 'de' ? `. Erreichbar bin ich unter ` : `. You can reach me on `,
        L('PHONE_NUMBER', phone(d, lang)),
        lang === 'de' ? `.\n\nViele Grüße\n` : `.\n\nKind regards\n`,
        L('PERSON', p.given),
        '\n',
      ],
    };
  },
  // 2 contact form, URL-encoded POST body
  (d, lang) => {
    const p = person(d);
    return {
      kind: 'urlenc-contact-form',
      enc: 'url',
      pieces: [
        raw('POST /kontakt HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n'),
        raw('first_name='),
        L('PERSON', p.given),
        raw('&last_name='),
        L('PERSON', p.family),
        raw('&email='),
        L('EMAIL_ADDRESS', mail(d, p)),
        raw('&phone='),
        L('PHONE_NUMBER', phone(d, lang).replace(/\D/g, '')),
        raw('&order='),
        order(d),
        raw('&message='),
        lang === 'de'
          ? `Die Lieferung kam beschädigt an, bitte um Rückruf. Lieferadresse: `
          : `Parcel arrived damaged, please call me back. Delivery address: `,
        L('POSTAL_ADDRESS', address(d, lang)),
        raw('&consent=1'),
      ],
    };
  },
  // 3 helpdesk ticket as HTML-to-text with entities
  (d, lang) => {
    const p = person(d);
    const c = card(d);
    return {
      kind: 'html-chargeback-ticket',
      enc: 'html',
      pieces: [
        lang === 'de'
          ? `Ticket #13${d.digits(5)} – Rückbuchung (Chargeback)\nKunde:\u00a0`
          : `Ticket #13${d.digits(5)} – Chargeback dispute\nCustomer:\u00a0`,
        ...full(p, d),
        lang === 'de' ? `\nKarte: ` : `\nCard: `,
        L('CREDIT_CARD', c),
        raw('&nbsp;'),
        lang === 'de'
          ? `(Issuer meldet „nicht erhalten“)\nRechnungsadresse: `
          : `(issuer says "item not received")\nBilling address: `,
        L('POSTAL_ADDRESS', address(d, lang, '\n')),
        lang === 'de'
          ? `\nSendungsnummer ${tracking(d)} – zugestellt laut DHL & Hermes.\n`
          : `\nTracking ${tracking(d)} – delivered per courier & photo.\n`,
      ],
    };
  },
  // 4 order service JSON log line with escapes
  (d, lang) => {
    const p = person(d);
    return {
      kind: 'json-checkout-log',
      enc: 'json',
      pieces: [
        raw(
          `{"ts":"2026-11-${String(d.int(1, 30)).padStart(2, '0')}T${d.int(10, 23)}:${d.int(10, 59)}:07Z","level":"info","event":"checkout","order":"`,
        ),
        order(d),
        raw('","customer":{"name":"'),
        L('PERSON', `${p.given} ${p.family}`),
        raw('","email":"'),
        L('EMAIL_ADDRESS', mail(d, p)),
        raw('","ship_to":"'),
        L('POSTAL_ADDRESS', address(d, lang, lang === 'en' && d.chance(0.5) ? '\n' : ', ')),
        raw('"},"client_ip":"'),
        L('IP_ADDRESS', ip(d)),
        raw('","note":"'),
        lang === 'de'
          ? `Bitte beim Nachbarn abgeben, "Klingel defekt"\nDanke`
          : `Leave with neighbour, "bell broken"\nThanks`,
        raw('","sku":"'),
        `SKU-13-${d.digits(5)}`,
        raw('"}\n'),
      ],
    };
  },
  // 5 loyalty programme CSV export with quoted fields
  (d, lang) => {
    const rows: Piece[] = [
      raw(
        lang === 'de'
          ? 'kartennr;name;geburtsdatum;email;punkte;bemerkung\n'
          : 'card_no,name,date_of_birth,email,points,remark\n',
      ),
    ];
    const sep = lang === 'de' ? ';' : ',';
    for (let i = 0, n = d.int(3, 5); i < n; i++) {
      const p = person(d);
      rows.push(
        raw(`LC13${d.digits(8)}${sep}"`),
        L('PERSON', `${p.family}, ${p.given}`),
        raw(`"${sep}`),
        L('DATE_OF_BIRTH', dob(p, lang, d)),
        raw(sep),
        L('EMAIL_ADDRESS', mail(d, p)),
        raw(`${sep}${d.int(0, 9000)}${sep}"`),
        d.pick(
          lang === 'de'
            ? ['Gutschein "HERBST13" eingelöst', 'Kartenverlust, neu ausgestellt', 'Doppelkonto; zusammengeführt']
            : ['redeemed "SPRING13" voucher', 'card lost, reissued', 'duplicate account, merged'],
        ),
        raw('"\n'),
      );
    }
    return { kind: 'csv-loyalty-export', enc: 'csv', pieces: rows };
  },
  // 6 mobile shop SIM swap form, URL-encoded, with an ID card or passport
  (d, lang) => {
    const p = person(d);
    const doc = d.chance(0.5) ? { type: 'DE_ID_CARD', value: idCard(d) } : { type: 'DE_PASSPORT', value: passport(d) };
    return {
      kind: 'urlenc-sim-swap',
      enc: 'url',
      pieces: [
        raw('action=sim_swap&msisdn='),
        L('PHONE_NUMBER', phone(d, lang).replace(/\D/g, '')),
        raw('&holder_given='),
        L('PERSON', p.given),
        raw('&holder_family='),
        L('PERSON', p.family),
        raw('&dob='),
        L('DATE_OF_BIRTH', dob(p, lang, d)),
        raw(`&id_type=${doc.type === 'DE_ID_CARD' ? 'personalausweis' : 'reisepass'}&id_no=`),
        doc,
        raw('&reason='),
        lang === 'de' ? 'Handy gestohlen, neue eSIM gewünscht' : 'phone stolen, new eSIM please',
        raw(`&imei=35${d.digits(13)}\n`),
      ],
    };
  },
  // 7 pharmacy click-and-collect order, JSON
  (d, lang) => {
    const p = person(d);
    return {
      kind: 'json-pharmacy-order',
      enc: 'json',
      pieces: [
        raw('{"type":"rx_reservation","patient":{"name":"'),
        L('PERSON', `${p.given} ${p.family}`),
        raw('","dob":"'),
        L('DATE_OF_BIRTH', dob(p, lang, d)),
        raw('","phone":"'),
        L('PHONE_NUMBER', phone(d, lang)),
        raw('","address":"'),
        L('POSTAL_ADDRESS', address(d, lang)),
        ...(lang === 'de'
          ? [
              raw('","seniorenrabatt_rv_nr":"'),
              L('DE_SOCIAL_SECURITY', pensionNumber(d, p.birth, p.family.normalize('NFD')[0], p.woman)),
            ]
          : []),
        raw('"},"items":["'),
        lang === 'de' ? 'Ibuprofen 400 – 20 Stück' : 'Paracetamol 500 mg – 16 tabs',
        raw(`"],"pzn":"13${d.digits(6)}","comment":"`),
        lang === 'de' ? 'Abholung durch Ehemann, "Rezept liegt vor"' : 'Husband collects, "script on file"',
        raw('"}\n'),
      ],
    };
  },
  // 8 furniture delivery slots CSV with a multi-line quoted address
  (d, lang) => {
    const rows: Piece[] = [
      raw(lang === 'de' ? 'tour,stopp,kunde,adresse,telefon,hinweis\n' : 'route,stop,customer,address,phone,note\n'),
    ];
    for (let i = 1, n = d.int(2, 4); i <= n; i++) {
      const p = person(d);
      rows.push(
        raw(`T13-${d.digits(3)},${i},"`),
        L('PERSON', `${p.given} ${p.family}`),
        raw('","'),
        L('POSTAL_ADDRESS', address(d, lang, '\n')),
        raw('",'),
        L('PHONE_NUMBER', phone(d, lang)),
        raw(',"'),
        d.pick(
          lang === 'de'
            ? ['Aufbau "PAX" Schrank, 3. OG ohne Aufzug', 'Altmöbel mitnehmen', 'Kunde wünscht Anruf 30 min vorher']
            : ['assemble "Hemnes" wardrobe, 3rd floor', 'take old sofa away', 'ring 30 min ahead'],
        ),
        raw('"\n'),
      );
    }
    return { kind: 'csv-delivery-route', enc: 'csv', pieces: rows };
  },
  // 9 salon booking confirmation, HTML-to-text
  (d, lang) => {
    const p = person(d);
    return {
      kind: 'html-salon-booking',
      enc: 'html',
      pieces: [
        lang === 'de'
          ? `Buchungsbestätigung – Salon Schöngeist & Co.\nTermin: Färben & Schnitt, Sa 10:30\nName: `
          : `Booking confirmed – Shear Bliss & Co.\nAppointment: colour & cut, Sat 10:30\nName: `,
        L('PERSON', `${p.given} ${p.family}`),
        lang === 'de' ? `\nE-Mail: ` : `\nEmail: `,
        L('EMAIL_ADDRESS', mail(d, p)),
        lang === 'de' ? `\nMobil: ` : `\nMobile: `,
        L('PHONE_NUMBER', phone(d, lang)),
        lang === 'de'
          ? `\nHinweis: Allergie gegen PPD – „bitte Patch-Test“\n`
          : `\nNote: allergic to PPD – "patch test please"\n`,
      ],
    };
  },
  // 10 debt-collection letter, quoted-printable, with IBAN and income details
  (d, lang) => {
    const p = person(d);
    const pieces: Piece[] = [
      raw(
        `Subject: ${encodedWord(lang === 'de' ? 'Zahlungserinnerung – Forderung Nr. 13-' : 'Final reminder – claim no. 13-')}${d.digits(5)}\nContent-Transfer-Encoding: quoted-printable\n\n`,
      ),
      lang === 'de' ? (p.woman ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ') : p.woman ? 'Dear Ms ' : 'Dear Mr ',
      L('PERSON', p.family),
      lang === 'de'
        ? `,\n\nfür die offene Forderung aus dem Online-Kauf bei „Gerätewelt Größmann GmbH“ bieten wir Ihnen eine Ratenzahlung an. Ihre Anschrift laut Auskunft: `
        : `,\n\nregarding the unpaid balance from your purchase at Harbourside Electronics Ltd, we can offer an instalment plan. Our records show your address as `,
      L('POSTAL_ADDRESS', address(d, lang)),
      lang === 'de' ? `. Lastschrift von IBAN ` : `. Direct debit from IBAN `,
      L(
        'IBAN_CODE',
        grouped(iban(d, lang === 'de' ? d.pick(['DE', 'AT', 'CH'] as const) : d.pick(['GB', 'NL'] as const))),
      ),
      '.\n',
    ];
    if (lang === 'de') {
      const rv = pensionNumber(d, p.birth, p.family[0].normalize('NFD')[0], p.woman);
      pieces.push(
        'Für die Pfändungsschutzprüfung haben Sie angegeben: Steuer-ID ',
        L('DE_TAX_ID', taxId(d)),
        ', Rentenversicherungsnummer ',
        L('DE_SOCIAL_SECURITY', rv),
        '.\n',
      );
    } else
      pieces.push(
        'Our creditor reference is DC13-',
        d.digits(6),
        "; the original retailer's address is 1 Quay Street, Auckland 1010.\n",
      );
    pieces.push(
      lang === 'de'
        ? 'Mit freundlichen Grüßen\nInkasso Nordlicht GmbH, Kaiserstraße 12, 60311 Frankfurt\n'
        : 'Yours sincerely\nKōwhai Collections Ltd, 50 Albert Street, Auckland 1010\n',
    );
    return { kind: 'qp-collection-letter', enc: 'qp', qpBreaks: true, pieces };
  },
  // 11 travel agency booking, plain text beside the encoded ones
  (d, lang) => {
    const a = person(d);
    const b = person(d);
    return {
      kind: 'plain-travel-booking',
      enc: 'plain',
      pieces: [
        lang === 'de'
          ? `Reisebüro Fernweh – Buchung ${order(d)}\nReisende 1: `
          : `Wanderlust Travel – booking ${order(d)}\nTraveller 1: `,
        L('PERSON', `${a.given} ${a.family}`),
        ', ',
        L('DATE_OF_BIRTH', dob(a, lang, d)),
        lang === 'de' ? `, Reisepass ` : `, passport `,
        L('DE_PASSPORT', passport(d)),
        lang === 'de' ? `\nReisende 2: ` : `\nTraveller 2: `,
        L('PERSON', `${b.given} ${b.family}`),
        ', ',
        L('DATE_OF_BIRTH', dob(b, lang, d)),
        lang === 'de' ? `\nZahlung: Kreditkarte ` : `\nPaid by card `,
        L('CREDIT_CARD', cardGrouped(card(d))),
        lang === 'de'
          ? `\nFlug LH 13${d.int(10, 99)}, Hotel „Casa Lúcia“\n`
          : `\nFlight NZ 13${d.int(10, 99)}, Hotel "Casa Lucia"\n`,
      ],
    };
  },
  // 12 pawnshop intake, plain/JSON mix with tax id
  (d, lang) => {
    const p = person(d);
    return {
      kind: 'json-pawn-intake',
      enc: 'json',
      pieces: [
        raw('{"ticket":"PF13-'),
        d.digits(5),
        raw('","seller":"'),
        L('PERSON', `${p.family}, ${p.given}`),
        raw('","id":"'),
        L('DE_ID_CARD', idCard(d)),
        raw('","payout_iban":"'),
        L('IBAN_CODE', iban(d, lang === 'de' ? 'DE' : 'GB')),
        ...(lang === 'de' ? [raw('","steuer_id":"'), L('DE_TAX_ID', taxId(d))] : []),
        raw('","item":"'),
        lang === 'de' ? 'Goldring 585, Gravur "Für immer"' : 'gold ring 9ct, engraved "Forever"',
        raw('","home":"'),
        L('POSTAL_ADDRESS', address(d, lang, lang === 'en' && d.chance(0.5) ? '\n' : ', ')),
        raw('"}\n'),
      ],
    };
  },
];

/** Circulars without personal data but look-alikes, in any encoding. */
function lookAlike(d: Draw, lang: Lang): Made {
  const enc = d.pick(['qp', 'url', 'html', 'json', 'csv'] as const);
  const text =
    lang === 'de'
      ? `Sehr geehrte Damen und Herren,\nIhre Bestellung ${order(d)} (EAN ${ean(d)}, SKU-13-${d.digits(5)}) ist unterwegs, Sendung ${tracking(d)}. Gutscheincode HERBST13-${d.digits(4)} gilt bis Monatsende für das Regal „Ingrid“ und den Sessel „Karl Johan“. Abholung: Möbelhaus Größmann GmbH, Industriestraße 7, 74076 Heilbronn. Rückfragen bitte nur über das Kundenportal.\n`
      : `Dear Sir or Madam,\nyour order ${order(d)} (EAN ${ean(d)}, SKU-13-${d.digits(5)}) has shipped, tracking ${tracking(d)}. Coupon SPRING13-${d.digits(4)} is valid on the "Florence Nightingale" lamp and the "Nelson Mandela" print. Returns go to Harbourside Electronics Ltd, Unit 4, 22 Quay Street, Auckland 1010.\n`;
  const body =
    enc === 'json'
      ? [raw('{"template":"shipping","body":"'), text, raw('"}\n')]
      : enc === 'url'
        ? [raw('template=shipping&body='), text]
        : enc === 'csv'
          ? [raw('template,body\nshipping,"'), text, raw('"\n')]
          : [text];
  return { kind: 'lookalike-shipping-notice', enc, pieces: body, qpBreaks: enc === 'qp' };
}

export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: { type: string; start: number; end: number }[] }[] {
  const d = new Draw(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const slot = Math.floor(i / 2) % (KINDS.length + 1);
    const made = slot === KINDS.length || i % 23 === 5 ? lookAlike(d, lang) : KINDS[slot](d, lang);
    let pieces = encodePieces(made.pieces, made.enc);
    if (made.qpBreaks) pieces = softBreaks(pieces);
    out.push({ lang, kind: made.kind, ...assemble(pieces) });
  }
  return out;
}
