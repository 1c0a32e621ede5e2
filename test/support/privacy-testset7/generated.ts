import type { TestDocument } from './markup.js';
import { readMarks } from './markup.js';
import { CULTURES } from './names.js';
import { Lehmer, card, document, iban, pensionNumber, taxId } from './values.js';
import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';

/**
 * The generated part of test set 7: a conversation simulator. Two or three simulated people exchange
 * messages on one channel (WhatsApp, mail thread, forum, SMS, support chat, voicemail notes); their
 * personal data comes out gradually, move by move, and replies quote earlier messages, so a value
 * appears again inside quoted text. Every message is built as markup (`«P|…»`) and read once at the end.
 */

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  culture: string;
  email: string;
  phone: string;
  address: string;
  dob: string;
  birth: [number, number, number];
  handle: string;
}

const p2 = (n: number) => String(n).padStart(2, '0');

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/gi, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function dobText(r: Lehmer, lang: Lang, [d, m, y]: [number, number, number]): string {
  const shapes: (() => string)[] = [
    () => `${p2(d)}.${p2(m)}.${y}`,
    () => `${d}.${m}.${String(y).slice(2)}`,
    () => `${y}-${p2(m)}-${p2(d)}`,
    () => `${p2(d)}/${p2(m)}/${y}`,
    () => (lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`),
    () =>
      lang === 'de'
        ? `${d}. ${MONTHS_DE[m - 1].slice(0, 3)}. ${y}`
        : `${d}${ordinalSuffix(d)} of ${MONTHS_EN[m - 1]} '${String(y).slice(2)}`,
    () => (lang === 'de' ? `${p2(d)}.${p2(m)}.${String(y).slice(2)}` : `${m}/${d}/${y}`),
  ];
  return r.pick(shapes)();
}

const STREETS_DE = [
  'Hagebuttenweg',
  'Am Krähenhorst',
  'Tilsiter Str.',
  'Kiebitzstieg',
  'Obere Mühlgasse',
  'Ginsterpfad',
  'Weidenkamp',
  'Zum Steinbruch',
];
const TOWNS_DE = [
  '34127 Kassel',
  '06110 Halle (Saale)',
  '88045 Friedrichshafen',
  '26721 Emden',
  '91522 Ansbach',
  '54290 Trier',
  '17489 Greifswald',
];
const STREETS_UK = ['Quarry Bank Road', 'Lapwing Close', 'Tannery Lane', 'Foxglove Crescent', 'Mill Race Walk'];
const TOWNS_UK = ['Sheffield S6 4RT', 'Norwich NR3 1HQ', 'Carlisle CA2 5EL', 'Exeter EX4 6PZ', 'Dundee DD2 3JW'];
const STREETS_US = ['Sycamore Hollow Dr', 'W Juniper St', 'Old Ferry Rd', 'Cottonwood Ln'];
const TOWNS_US = ['Boise, ID 83702', 'Toledo, OH 43609', 'Tucson, AZ 85716', 'Albany, NY 12203'];

function phoneText(r: Lehmer, lang: Lang): string {
  const de = [
    () => `0${r.pick(['151', '160', '172', '176', '157'])} ${r.digits(7 + r.int(2))}`,
    () => `+49 (0)${r.pick(['152', '170', '179'])} ${r.digits(4)} ${r.digits(4)}`,
    () => `0049 ${r.pick(['30', '40', '221', '511'])} ${r.digits(6)}`,
    () => `0${r.pick(['561', '345', '7541', '651'])}/${r.digits(5)}-${r.digits(2)}`,
    () => `+49 ${r.pick(['171', '163'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ];
  const en = [
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `07${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    () => `(${r.pick(['208', '419', '520', '518'])}) 555-0${r.digits(3)}`,
    () => `+1 ${r.pick(['208', '419'])} 555 0${r.digits(3)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+48 ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    () => `+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`,
  ];
  return r.pick(lang === 'de' ? (r.chance(0.8) ? de : en) : r.chance(0.75) ? en : de)();
}

function person(r: Lehmer, lang: Lang, cultureIndex: number): Person {
  const keys = Object.keys(CULTURES);
  const culture = keys[cultureIndex % keys.length];
  const c = CULTURES[culture];
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const birth: [number, number, number] = [1 + r.int(28), 1 + r.int(12), 1948 + r.int(58)];
  const g = ascii(given);
  const f = ascii(family);
  const domain =
    lang === 'de'
      ? r.pick(['web.de', 'posteo.de', 'gmx.net', 't-online.de', 'mailbox.org'])
      : r.pick(['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'proton.me']);
  const local = r.pick([
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${f}.${g}${r.int(90) + 10}`,
    `${g}_${f[0]}`,
    `${g}.${f}+${r.pick(['verein', 'shop', 'kita', 'club'])}`,
  ]);
  const address =
    lang === 'de' || r.chance(0.2)
      ? `${r.pick(STREETS_DE)} ${1 + r.int(80)}${r.pick(['', 'a', ''])}, ${r.pick(TOWNS_DE)}`
      : r.chance(0.6)
        ? `${1 + r.int(120)} ${r.pick(STREETS_UK)}, ${r.pick(TOWNS_UK)}`
        : `${100 + r.int(8000)} ${r.pick(STREETS_US)}, ${r.pick(TOWNS_US)}`;
  return {
    given,
    family,
    culture,
    email: `${local}@${domain}`,
    phone: phoneText(r, lang),
    address,
    dob: dobText(r, lang, birth),
    birth,
    handle:
      r.pick([
        'gartenzwerg',
        'nachteule',
        'rennrad',
        'kaffeetante',
        'tidepool',
        'moonlight',
        'hobbyhopper',
        'blauwal',
      ]) +
      (10 + r.int(89)),
  };
}

/** How a person is named in running text: full, given only, family with title, initial, CAPS family. */
function nameOf(r: Lehmer, p: Person, lang: Lang): string {
  const title = lang === 'de' ? r.pick(['Frau ', 'Herr ', 'Dr. ', '']) : r.pick(['Mrs ', 'Mr ', 'Dr ', 'Ms ', '']);
  const shapes = [
    () => `«P|${p.given} ${p.family}»`,
    () => `«P|${p.given}»`,
    () => `${title}«P|${p.family}»`,
    () => `«P|${p.given[0]}. ${p.family}»`,
    () => `«P|${p.family}, ${p.given}»`,
    () => `«P|${p.family.toUpperCase()} ${p.given}»`,
  ];
  return r.pick(shapes)();
}

/** Capitalised look-alikes that are not people: products, brands, places named after people, dishes, storms. */
const LOOKALIKE: Record<Lang, string[]> = {
  de: [
    'Der Thermomix TM6 ist endlich repariert, Kundendienst war da.',
    'Treffpunkt ist am Konrad-Adenauer-Platz vor der Sparkasse.',
    'Wir haben uns bei Dr. Oetker die Tiefkühlpizza Ristorante geholt.',
    'Im Hotel Zur Goldenen Henne gibt es freitags Spaghetti Carbonara.',
    'Sturmtief Ottilie soll am Wochenende kommen, also Gartenstühle rein!',
    'Die Kinder wollen unbedingt zu Coldplay ins Stadion, viel zu teuer.',
    'Die Geschwister-Scholl-Gesamtschule hat Tag der offenen Tür.',
    'Mein Tesla Model Y steht seit Dienstag in der Werkstatt.',
    'Nimm lieber Ibuprofen 400 als Aspirin Complex.',
    'Das Spiel Eintracht Frankfurt gegen Hertha BSC lief bei Oma im Fernsehen.',
    'Projekt Kranich (unser Gartenhaus) macht Fortschritte.',
    'Am Elisabeth-Selbert-Ufer war Flohmarkt, sehr voll.',
    'Beim Frühlingsfest am Marktplatz spielen Die Ärzte als Coverband.',
    'Die MS Europa 2 lag gestern im Hafen, riesig.',
    'Sankt Martin zieht um 17 Uhr ab Kirche St. Ansgar los.',
  ],
  en: [
    'The Dyson V15 finally died, so we ordered a Henry Hoover instead.',
    "We'll meet outside the Florence Nightingale Museum at ten.",
    'Storm Ciarán knocked the fence panels over again.',
    'Dinner at the Duke of Wellington pub, they do a decent Beef Wellington.',
    'The kids are obsessed with the Frozen soundtrack at the moment.',
    'Parking near Queen Elizabeth Hospital is a nightmare on Mondays.',
    'Ford Fiesta for sale, one careful owner, see the Marketplace listing.',
    'Project Bluebell (the allotment shed) is nearly done.',
    'Take Lemsip Max, not Beechams, it works better for me.',
    'Watching Aston Villa against Nottingham Forest at the Red Lion tonight.',
    'The Queen Mary 2 is docking in Southampton on Saturday.',
    'Apple Crumble and Victoria Sponge for the bake sale, please.',
    'Lord Street car park closes at eight.',
    'Band practice is cancelled, the Arctic Monkeys tribute gig moved to June.',
    'St Thomas More Primary has an inset day on Friday.',
  ],
};

interface Move {
  de: (_p: Person, _other: Person, _r: Lehmer) => string;
  en: (_p: Person, _other: Person, _r: Lehmer) => string;
}

const MOVES: Move[] = [
  {
    de: (p) => `Meine neue Handynummer: «T|${p.phone}», die alte ist weg.`,
    en: (p) => `New number btw: «T|${p.phone}» - the old one is dead.`,
  },
  {
    de: (p) => `Schreib mir lieber an «E|${p.email}», da lese ich öfter.`,
    en: (p) => `Best to email me at «E|${p.email}», I check it more often.`,
  },
  {
    de: (p) => `Das Paket bitte an «A|${p.address}» schicken, ich bin umgezogen.`,
    en: (p) => `Please send the parcel to «A|${p.address}», I've moved.`,
  },
  {
    de: (_p, o, r) => `Für die Anmeldung brauchen sie dein Geburtsdatum, ist das der «D|${dobText(r, 'de', o.birth)}»?`,
    en: (_p, o, r) => `The booking form wants your date of birth - is it «D|${dobText(r, 'en', o.birth)}»?`,
  },
  {
    de: (p) => `Ja genau, geb. «D|${p.dob}». Die Versichertennummer hab ich nicht im Kopf.`,
    en: (p) => `Yes, DOB «D|${p.dob}». Don't know my NHS number offhand.`,
  },
  {
    de: (p, _o, r) =>
      `Überweis mir die 23,50 € einfach, IBAN «I|${iban(r, 'DE', r.chance(0.7))}», Kontoinhaber «P|${p.given} ${p.family}».`,
    en: (p, _o, r) =>
      `Just transfer the £18, IBAN «I|${iban(r, 'GB', r.chance(0.5))}», name on the account «P|${p.given} ${p.family}».`,
  },
  {
    de: (_p, o, _r) => `Hab mit «P|${o.given}» telefoniert, sie/er ruft dich unter «T|${o.phone}» zurück.`,
    en: (_p, o, _r) => `Spoke to «P|${o.given}», they'll ring you back on «T|${o.phone}».`,
  },
  {
    de: (_p, _o, r) =>
      `Steuer-ID für den Minijob: «X|${taxId(r, r.pick(['plain', 'threes', 'pairs'] as const))}» (stand auf dem Brief vom Finanzamt).`,
    en: (_p, _o, r) =>
      `For the German payroll they need my Steuer-ID «X|${taxId(r, r.pick(['plain', 'threes'] as const))}», weird system.`,
  },
  {
    de: (p, _o, r) =>
      `Rentenversicherungsnummer «S|${pensionNumber(r, p.birth, ascii(p.family)[0] || 'A', r.chance(0.4))}», falls die Kasse fragt.`,
    en: (p, _o, r) =>
      `My German pension number is «S|${pensionNumber(r, p.birth, ascii(p.family)[0] || 'A')}» if the agency asks.`,
  },
  {
    de: (_p, _o, r) => `Für das Hotel brauchte ich die Ausweisnummer: «K|${document(r, 'id')}». Ausweis läuft 2029 ab.`,
    en: (_p, _o, r) => `The travel agent has my German passport no. «R|${document(r, 'passport')}» on file now.`,
  },
  {
    de: (_p, _o, r) => `Ich hab mit Karte bezahlt, «C|${card(r, r.pick(['4', '51', '37']))}», Rückbuchung läuft.`,
    en: (_p, _o, r) => `Paid with my card «C|${card(r, r.pick(['4', '55']))}», refund is pending.`,
  },
  {
    de: (_p, _o, r) =>
      `Der Router meldet Login von «N|${r.chance(0.7) ? `93.${r.int(200)}.${r.int(250)}.${r.int(250)}` : `2a02:8106:${r.int(9000).toString(16)}::${r.int(65000).toString(16)}`}», warst du das?`,
    en: (_p, _o, r) =>
      `Someone logged into the shared Netflix from «N|${`81.${r.int(200)}.${r.int(250)}.${r.int(250)}`}» - was that you?`,
  },
  {
    de: (_p, o, r) => `Grüße von ${nameOf(r, o, 'de')}, die/der kommt am Samstag auch.`,
    en: (_p, o, r) => `${nameOf(r, o, 'en')} says hi, coming on Saturday too.`,
  },
];

const CHANNELS = ['whatsapp', 'mail-thread', 'forum', 'sms', 'support-chat', 'voicemail'] as const;
type Channel = (typeof CHANNELS)[number];

function body(r: Lehmer, lang: Lang, p: Person, other: Person, personal: boolean): string {
  const lines: string[] = [];
  const n = 1 + r.int(3);
  for (let tries = 0; lines.length < n && tries < 12; tries++) {
    const line = personal && r.chance(0.6) ? r.pick(MOVES)[lang](p, other, r) : r.pick(LOOKALIKE[lang]);
    // One sentence once per message: a move drawn twice is drawn again.
    if (!lines.some((l) => l.slice(0, 20) === line.slice(0, 20))) lines.push(line);
  }
  return lines.join(r.chance(0.5) ? ' ' : '\n');
}

/** The conversation's day and a time that grows with each turn. */
function stamp(day: string, i: number, r: Lehmer): string {
  return `${day}, ${p2(7 + i * 2)}:${p2(r.int(60))}`;
}

function conversation(r: Lehmer, lang: Lang, channel: Channel, personal: boolean, idx: number): string {
  const people = [person(r, lang, idx * 7 + r.int(5)), person(r, lang, idx * 7 + 3 + r.int(5))];
  if (r.chance(0.4)) people.push(person(r, lang, idx * 11 + 1));
  const turns = 3 + r.int(4);
  const day = `${p2(1 + r.int(28))}.${p2(1 + r.int(12))}.26`;
  const out: string[] = [];
  const earlier: string[] = [];
  const speaker = (p: Person) => (personal ? `«P|${p.given} ${p.family}»` : p.handle);
  if (channel === 'forum')
    out.push(
      lang === 'de'
        ? `Thema: ${r.pick(['Wer kennt eine gute Werkstatt?', 'Flohmarkt im Viertel', 'Tausche Kinderfahrrad'])}`
        : `Thread: ${r.pick(['Recommend a plumber?', 'Lost cat near the park', 'Car boot sale this Sunday'])}`,
    );
  if (channel === 'voicemail')
    out.push(lang === 'de' ? 'Mailbox-Abschrift (automatisch)' : 'Voicemail transcript (automatic)');
  for (let i = 0; i < turns; i++) {
    const p = people[i % people.length];
    const o = people[(i + 1) % people.length];
    const text = body(r, lang, p, o, personal);
    const quote = earlier.length > 0 && r.chance(0.45);
    const quoted = quote ? earlier[earlier.length - 1] : '';
    switch (channel) {
      case 'whatsapp':
        out.push(`[${stamp(day, i, r)}] ${personal ? `«P|${p.given}»` : p.handle}: ${text.replace(/\n/g, ' ')}`);
        break;
      case 'sms':
        out.push(
          `${personal && r.chance(0.5) ? `«P|${p.given}»` : lang === 'de' ? 'Ich' : 'Me'} (${p2(8 + i)}:${p2(r.int(60))}): ${text}`,
        );
        break;
      case 'support-chat':
        out.push(
          `${i % 2 === 0 ? (personal ? speaker(p) : lang === 'de' ? 'Kunde' : 'Customer') : lang === 'de' ? 'Support (Bot)' : 'Agent'}: ${text}`,
        );
        break;
      case 'voicemail':
        out.push(
          `${lang === 'de' ? 'Nachricht' : 'Message'} ${i + 1}, ${stamp(day, i, r)}: ${lang === 'de' ? 'Hallo, hier ist' : "Hi, it's"} ${personal ? nameOf(r, p, lang) : lang === 'de' ? 'der Hausmeisterservice' : 'the garage'}. ${text}`,
        );
        break;
      case 'forum':
        out.push(
          `${p.handle} ${lang === 'de' ? 'schrieb' : 'wrote'}:\n${
            quote
              ? quoted
                  .split('\n')
                  .map((l) => `> ${l}`)
                  .join('\n') + '\n'
              : ''
          }${text}${personal && r.chance(0.4) ? `\n-- ${nameOf(r, p, lang)}` : ''}`,
        );
        break;
      case 'mail-thread': {
        const from = personal
          ? `«P|${p.given} ${p.family}» <«E|${p.email}»>`
          : lang === 'de'
            ? 'Elternbeirat'
            : 'Residents Committee';
        const head =
          lang === 'de'
            ? `Von: ${from}\nBetreff: ${i ? 'AW: ' : ''}Samstag`
            : `From: ${from}\nSubject: ${i ? 'RE: ' : ''}Saturday`;
        const greet = personal
          ? lang === 'de'
            ? `Hallo «P|${o.given}»,`
            : `Hi «P|${o.given}»,`
          : lang === 'de'
            ? 'Hallo zusammen,'
            : 'Hi all,';
        const sign = personal
          ? `${lang === 'de' ? 'LG' : 'Cheers'}\n«P|${p.given}»`
          : lang === 'de'
            ? 'Viele Grüße'
            : 'Best wishes';
        const intro = personal
          ? lang === 'de'
            ? `Am ${stamp(day, i, r)} schrieb «P|${o.given} ${o.family}»:`
            : `On ${stamp(day, i, r)}, «P|${o.given} ${o.family}» wrote:`
          : lang === 'de'
            ? 'Am Vortag schrieb der Vorstand:'
            : 'On the day before, the committee wrote:';
        out.push(
          `${head}\n\n${greet}\n${text}\n${sign}${
            quote
              ? `\n\n${intro}\n${quoted
                  .split('\n')
                  .map((l) => `> ${l}`)
                  .join('\n')}`
              : ''
          }`,
        );
        break;
      }
    }
    earlier.push(text);
  }
  return out.join(channel === 'mail-thread' ? '\n\n-----\n\n' : '\n');
}

/** `count` simulated conversations, half German, half English; about one in eight without personal data. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const r = new Lehmer(seed);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const channel = CHANNELS[Math.floor(i / 2) % CHANNELS.length];
    const personal = i % 8 !== 5;
    const { text, entities } = readMarks(conversation(r, lang, channel, personal, i));
    let shown = text;
    const casing = r.next();
    if (casing < 0.07 && text.toLowerCase().length === text.length) shown = text.toLowerCase();
    if (!personal && entities.length > 0) throw new Error(`personal data in look-alike conversation ${i}`);
    docs.push({ lang, kind: `conversation-${channel}`, text: shown, entities });
  }
  return docs;
}
