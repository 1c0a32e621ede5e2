import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { readMarks, type TestLabel } from './markup.js';
import {
  COUNTRIES_DE,
  COUNTRIES_EN,
  addressOf,
  ascii,
  directoryName,
  full,
  mailOf,
  mark,
  name,
  person,
  phoneOf,
  type Person,
} from './people.js';
import { WichmannHill } from './random.js';
import { SCRIPTS_DE, SCRIPTS_EN, type Scene, type Turn } from './scripts.js';

/**
 * Set 15's generated documents: conversations as a RAG ingest sees them when it exports messaging and
 * mail systems (WhatsApp in both layouts, a Signal backup, Teams copied as text and as Graph JSON, a
 * Slack JSON export, mail threads with nested quoting, Outlook reply headers, list digests, speech-to-text
 * call transcripts, plain case notes) and service bulletins without personal data.
 */
interface Made {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: TestLabel[];
}

interface Company {
  name: string;
  domain: string;
}
/** Script i's company: energy, energy, telecom, telecom, insurer, bank, farm, vet, bank, insurer. */
const COMPANIES_DE: Company[] = [
  { name: 'Stadtwerke Weserbergland', domain: 'stadtwerke-weserbergland.de' },
  { name: 'Energie Mühlviertel', domain: 'energie-muehlviertel.at' },
  { name: 'Netzwerk Ostwestfalen', domain: 'nowl-net.de' },
  { name: 'Glasfaser Eifel-Ardennen', domain: 'glasfaser-ea.be' },
  { name: 'Alpenland Versicherung', domain: 'alpenland-vers.at' },
  { name: 'Raiffeisenbank Hunsrück', domain: 'rb-hunsrueck.de' },
  { name: 'Agrargenossenschaft Uckermark', domain: 'ag-uckermark.de' },
  { name: 'Tierarztpraxis am Deich', domain: 'tierarzt-am-deich.de' },
  { name: 'Spuerkeess Agence Clervaux', domain: 'clervaux-conseil.lu' },
  { name: 'Hagelkasse Mittelland', domain: 'hagelkasse-mittelland.ch' },
];
const COMPANIES_EN: Company[] = [
  { name: 'Northdale Energy', domain: 'northdale-energy.co.uk' },
  { name: 'Prairie Rural Electric', domain: 'prairierec.coop' },
  { name: 'Southern Cross Mobile', domain: 'southerncross-mobile.co.nz' },
  { name: 'Dales Broadband', domain: 'dalesbroadband.co.uk' },
  { name: 'Kiwi Rural Insurance', domain: 'kiwirural.co.nz' },
  { name: 'Fieldbank', domain: 'fieldbank.co.uk' },
  { name: 'Hollow Beck Fruit Farm', domain: 'hollowbeckfruit.co.uk' },
  { name: 'Boyle Veterinary Clinic', domain: 'boylevets.ie' },
  { name: 'Prairie Credit Union', domain: 'prairiecu.org' },
  { name: 'Midwest Crop-Hail Mutual', domain: 'mwcrophail.com' },
];

const two = (n: number) => String(n).padStart(2, '0');
/** A moment of the conversation: minutes since 1 January 2026, 00:00 UTC, read through Date. */
interface When {
  minute: number;
}
const at = (w: When) => new Date(Date.UTC(2026, 0, 1) + w.minute * 60_000);
const dayOf = (w: When) => at(w).getUTCDate();
const monthOf = (w: When) => at(w).getUTCMonth() + 1;
const hourOf = (w: When) => at(w).getUTCHours();
const hhmm = (w: When) => `${two(hourOf(w))}:${two(at(w).getUTCMinutes())}`;
const WEEKDAY_DE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (w: When) => at(w).getUTCDay();
const startOf = (r: WichmannHill): When => {
  const month = r.pick([10, 11]); // November or December, zero-based
  const day = r.int(1, 28);
  return { minute: (Date.UTC(2026, month, day) - Date.UTC(2026, 0, 1)) / 60_000 + r.int(7 * 60, 19 * 60) };
};

interface Cast {
  r: WichmannHill;
  lang: 'de' | 'en';
  company: Company;
  people: Record<Turn['who'], Person>;
  turns: Turn[];
  when: When;
  /** Each person's address in this conversation: one person writes from one address. */
  mails: Partial<Record<Turn['who'], string>>;
}

/** The work address of an agent or colleague: their own name at the company, labelled. */
function workMail(cast: Cast, p: Person): string {
  const g = ascii(p.given).replace(/-/g, '');
  const f = ascii(p.family).replace(/-/g, '');
  return `${cast.r.pick([`${g}.${f}`, `${g[0]}.${f}`, f])}@${cast.company.domain}`;
}
const mailFor = (cast: Cast, who: Turn['who']) =>
  (cast.mails[who] ??= who === 'c' ? mailOf(cast.r, cast.people.c) : workMail(cast, cast.people[who]));

/** Advance the clock by a few minutes per turn. */
function tick(cast: Cast, lo = 1, hi = 9): When {
  cast.when = { minute: cast.when.minute + cast.r.int(lo, hi) };
  return cast.when;
}

function whatsappIos(cast: Cast): string {
  const { r, lang } = cast;
  const date = (w: When) =>
    lang === 'de' ? `${two(dayOf(w))}.${two(monthOf(w))}.26` : `${two(dayOf(w))}/${two(monthOf(w))}/2026`;
  const stamp = (w: When) => `[${date(w)}, ${hhmm(w)}:${two(r.int(0, 59))}]`;
  const shownByNumber = r.chance(0.35);
  const customerShown = shownByNumber ? mark('tel', phoneOf(r, cast.people.c.country)) : name(cast.people.c);
  const label = (who: Turn['who']) =>
    who === 'c' ? customerShown : who === 'a' ? name(cast.people.a) : name(cast.people.x);
  const lines = [
    `${stamp(cast.when)} ${cast.company.name}: \u200e${lang === 'de' ? 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.' : 'Messages and calls are end-to-end encrypted.'}`,
  ];
  for (const t of cast.turns) lines.push(`${stamp(tick(cast))} ${label(t.who)}: ${t.text}`);
  if (r.chance(0.5))
    lines.push(`${stamp(tick(cast))} ${label('c')}: \u200e${lang === 'de' ? 'Bild weggelassen' : 'image omitted'}`);
  return lines.join('\n');
}

function whatsappAndroid(cast: Cast): string {
  const { lang } = cast;
  const date = (w: When) =>
    lang === 'de' ? `${two(dayOf(w))}.${two(monthOf(w))}.26` : `${two(dayOf(w))}/${two(monthOf(w))}/2026`;
  const label = (who: Turn['who']) => name(cast.people[who]);
  const lines = [
    `${date(cast.when)}, ${hhmm(cast.when)} - ${lang === 'de' ? 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.' : 'Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.'}`,
  ];
  for (const t of cast.turns) {
    const w = tick(cast);
    lines.push(`${date(w)}, ${hhmm(w)} - ${label(t.who)}: ${t.text}`);
    if (cast.r.chance(0.15))
      lines.push(
        `${date(w)}, ${hhmm(w)} - ${label(t.who)}: ${lang === 'de' ? '<Medien ausgeschlossen>' : '<Media omitted>'}`,
      );
  }
  return lines.join('\n');
}

function signalExport(cast: Cast): string {
  const stamp = (w: When) => `[2026-${two(monthOf(w))}-${two(dayOf(w))} ${hhmm(w)}]`;
  const me = cast.people.a;
  const lines = [
    cast.lang === 'de'
      ? `Signal-Chat mit ${name(cast.people.c)} (exportiert mit signal-export)`
      : `Signal chat with ${name(cast.people.c)} (exported with signal-export)`,
    '',
  ];
  for (const t of cast.turns) {
    const who = t.who === 'a' ? (cast.lang === 'de' ? 'Ich' : 'Me') : name(cast.people[t.who]);
    lines.push(`${stamp(tick(cast))} ${who}: ${t.text}`);
  }
  lines.push('', cast.lang === 'de' ? `Export von ${name(me)}` : `Exported by ${name(me)}`);
  return lines.join('\n');
}

function teamsText(cast: Cast): string {
  const lines: string[] = [];
  for (const t of cast.turns) {
    const w = tick(cast);
    const time =
      cast.lang === 'de'
        ? hhmm(w)
        : `${((hourOf(w) + 11) % 12) + 1}:${two(at(w).getUTCMinutes())} ${hourOf(w) < 12 ? 'AM' : 'PM'}`;
    lines.push(`[${time}] ${directoryName(cast.people[t.who])}`, t.text, '');
  }
  return lines.join('\n').trimEnd();
}

const json = (s: string) => JSON.stringify(s);

function slackJson(cast: Cast): string {
  const { r } = cast;
  const ids: Record<string, string> = {
    c: `U0${r.digits(2)}K${r.digits(5)}`,
    a: `U0${r.digits(2)}A${r.digits(5)}`,
    x: `U0${r.digits(2)}X${r.digits(5)}`,
  };
  let ts = 1796000000 + r.int(0, 900000);
  const msgs = cast.turns.map((t) => {
    ts += r.int(30, 600);
    const p = cast.people[t.who];
    return [
      '  {',
      '    "type": "message",',
      `    "user": "${ids[t.who]}",`,
      `    "text": ${json(t.text)},`,
      '    "user_profile": {',
      `      "real_name": "${name(p)}",`,
      `      "display_name": "${mark('p', r.chance(0.5) ? p.given : full(p))}"`,
      '    },',
      `    "ts": "${ts}.${r.digits(6)}"`,
      '  }',
    ].join('\n');
  });
  return `[\n${msgs.join(',\n')}\n]`;
}

function teamsJson(cast: Cast): string {
  const { r } = cast;
  const msgs = cast.turns.map((t) => {
    const w = tick(cast);
    const p = cast.people[t.who];
    return [
      '    {',
      `      "id": "17${r.digits(11)}",`,
      `      "createdDateTime": "2026-${two(monthOf(w))}-${two(dayOf(w))}T${hhmm(w)}:${two(r.int(0, 59))}.${r.digits(3)}Z",`,
      `      "from": { "user": { "id": "${r.digits(8)}-${r.digits(4)}-${r.digits(4)}", "displayName": "${directoryName(p)}", "userIdentityType": "aadUser" } },`,
      `      "body": { "contentType": "html", "content": ${json(`<p>${t.text}</p>`)} }`,
      '    }',
    ].join('\n');
  });
  return `{\n  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting')/messages",\n  "value": [\n${msgs.join(',\n')}\n  ]\n}`;
}

function mailDate(cast: Cast, w: When): string {
  return cast.lang === 'de'
    ? `${two(dayOf(w))}.${two(monthOf(w))}.2026 um ${hhmm(w)}`
    : `${WEEKDAY_EN[weekday(w)].slice(0, 3)}, ${dayOf(w)} ${MONTHS_EN[monthOf(w) - 1].slice(0, 3)} 2026 at ${hhmm(w)}`;
}

/** One mail per turn, newest on top, each earlier mail quoted one level deeper. */
function mailThread(cast: Cast): string {
  const mails = cast.turns.map((t) => ({ t, w: tick(cast, 20, 300), mail: mailFor(cast, t.who) }));
  const sign = (who: Turn['who']) => (cast.r.chance(0.5) ? name(cast.people[who]) : mark('p', cast.people[who].given));
  const parts: string[] = [];
  mails.reverse().forEach((m, depth) => {
    const q = '> '.repeat(depth);
    const quote = (line: string) => (depth === 0 ? line : line === '' ? q.trimEnd() : `${q}${line}`);
    if (depth > 0) {
      const header =
        cast.lang === 'de'
          ? `Am ${mailDate(cast, m.w)} schrieb ${name(cast.people[m.t.who])} <${mark('mail', m.mail)}>:`
          : `On ${mailDate(cast, m.w)}, ${name(cast.people[m.t.who])} <${mark('mail', m.mail)}> wrote:`;
      parts.push(depth === 1 ? header : `${'> '.repeat(depth - 1)}${header}`);
    }
    const body = [m.t.text, '', sign(m.t.who)];
    parts.push(...body.map(quote), depth === 0 ? '' : quote(''));
  });
  const subject = cast.lang === 'de' ? 'Betreff: Re: Ihr Anliegen' : 'Subject: Re: your enquiry';
  return `${subject}\n\n${parts.join('\n').trimEnd()}`;
}

function outlookHeaders(cast: Cast): string {
  const mails = cast.turns.map((t) => ({ t, w: tick(cast, 30, 400), mail: mailFor(cast, t.who) }));
  const other = (who: Turn['who']): Turn['who'] => (who === 'c' ? 'a' : 'c');
  const out: string[] = [];
  mails.reverse().forEach((m, i) => {
    if (i > 0) {
      const to = other(m.t.who);
      // the firm's role mailbox: not personal data, unlabelled (round 32)
      const cc = `${cast.r.pick(cast.lang === 'de' ? ['kundenservice', 'schaden', 'info'] : ['service', 'claims', 'info'])}@${cast.company.domain}`;
      if (cast.lang === 'de') {
        out.push(
          '________________________________',
          `Von: ${name(cast.people[m.t.who])} <${mark('mail', m.mail)}>`,
          `Gesendet: ${WEEKDAY_DE[weekday(m.w)]}, ${dayOf(m.w)}. ${MONTHS_DE[monthOf(m.w) - 1]} 2026 ${hhmm(m.w)}`,
          `An: ${name(cast.people[to])} <${mark('mail', mailFor(cast, to))}>`,
          `Cc: ${cc}`,
          `Betreff: AW: Vorgang ${cast.r.digits(7)}`,
          '',
        );
      } else {
        out.push(
          '-----Original Message-----',
          `From: ${name(cast.people[m.t.who])} <${mark('mail', m.mail)}>`,
          `Sent: ${WEEKDAY_EN[weekday(m.w)]}, ${MONTHS_EN[monthOf(m.w) - 1]} ${dayOf(m.w)}, 2026 ${hhmm(m.w)}`,
          `To: ${directoryName(cast.people[to])} <${mark('mail', mailFor(cast, to))}>`,
          `Cc: ${cc}`,
          `Subject: RE: Case ${cast.r.digits(7)}`,
          '',
        );
      }
    }
    out.push(m.t.text, '', cast.lang === 'de' ? 'Viele Grüße' : 'Kind regards', name(cast.people[m.t.who]), '');
  });
  return out.join('\n').trimEnd();
}

function listDigest(cast: Cast): string {
  const { r, lang } = cast;
  // the list's own address is the organisation's, not personal data: unlabelled (round 32)
  const list = lang === 'de' ? 'mitglieder-info' : 'members-chat';
  const topics = cast.turns.map(
    (t, i) =>
      `   ${i + 1}. ${lang === 'de' ? 'AW: Frage an die Runde' : 'Re: question for the group'} (${name(cast.people[t.who])})`,
  );
  const head =
    lang === 'de'
      ? [
          `Senden Sie Beiträge für ${list} an`,
          `\t${`${list}@lists.${cast.company.domain}`}`,
          '',
          'Meldungen des Tages:',
          '',
        ]
      : [
          `Send ${list} mailing list submissions to`,
          `\t${`${list}@lists.${cast.company.domain}`}`,
          '',
          "Today's Topics:",
          '',
        ];
  const body = cast.turns.map((t, i) => {
    const w = tick(cast, 10, 120);
    return [
      '----------------------------------------------------------------------',
      '',
      `Message: ${i + 1}`,
      `Date: ${WEEKDAY_EN[weekday(w)].slice(0, 3)}, ${dayOf(w)} ${MONTHS_EN[monthOf(w) - 1].slice(0, 3)} 2026 ${hhmm(w)}:${two(r.int(0, 59))} +0100`,
      `From: ${name(cast.people[t.who])} <${mark('mail', mailFor(cast, t.who))}>`,
      `To: ${`${list}@lists.${cast.company.domain}`}`,
      `Subject: ${lang === 'de' ? 'AW: Frage an die Runde' : 'Re: question for the group'}`,
      '',
      t.text,
      '',
    ].join('\n');
  });
  return [
    `${list} Digest, Vol ${r.int(3, 40)}, Issue ${r.int(1, 30)}`,
    '',
    ...head,
    ...topics,
    '',
    ...body,
    `End of ${list} Digest`,
  ].join('\n');
}

function callTranscript(cast: Cast): string {
  const { r, lang } = cast;
  const style = r.int(0, 1);
  const label = (who: Turn['who']) =>
    style === 0
      ? who === 'a'
        ? 'Agent'
        : lang === 'de'
          ? who === 'c'
            ? 'Kunde'
            : 'Dritte Person'
          : who === 'c'
            ? 'Caller'
            : 'Third party'
      : `Speaker ${who === 'a' ? 1 : who === 'c' ? 2 : 3}`;
  let sec = r.int(2, 20);
  const stamp = () => `[${two(Math.floor(sec / 3600))}:${two(Math.floor(sec / 60) % 60)}:${two(sec % 60)}]`;
  const lines = [
    lang === 'de'
      ? `Transkript (automatisch erstellt) – Anruf-ID C15-${r.digits(9)}, Dauer unbekannt, Sprache: de-DE`
      : `Transcript (auto-generated) – call id C15-${r.digits(9)}, language: en`,
  ];
  const greet =
    lang === 'de'
      ? `${cast.company.name}, mein Name ist ${name(cast.people.a)}, was kann ich für Sie tun`
      : `thank you for calling ${cast.company.name} my name is ${name(cast.people.a)} how can I help`;
  lines.push(`${stamp()} ${label('a')}: ${greet}`);
  for (const t of cast.turns) {
    sec += r.int(4, 40);
    // Speech-to-text drops most punctuation and writes everything lower case but names and numbers.
    const text = t.text.replace(/[.!?]+(?=\s|$)/g, '').replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
    lines.push(`${stamp()} ${label(t.who)}: ${text}`);
  }
  return lines.join('\n');
}

function plainNote(cast: Cast): string {
  const { r, lang } = cast;
  const c = cast.people.c;
  const adr = addressOf(r, c.country, 2);
  const head =
    lang === 'de'
      ? [
          `Gesprächsnotiz ${cast.company.name} (Export als Text)`,
          `Kontakt: ${name(c)}`,
          ...(adr ? [`Anschrift: ${mark('addr', adr)}`] : []),
          `Bearbeitet von: ${name(cast.people.a)}`,
          '',
        ]
      : [
          `Case note, ${cast.company.name} (plain-text export)`,
          `Contact: ${name(c)}`,
          ...(adr ? [`Address: ${mark('addr', adr)}`] : []),
          `Handled by: ${name(cast.people.a)}`,
          '',
        ];
  const said = cast.turns.map(
    (t) =>
      `- ${t.who === 'a' ? (lang === 'de' ? 'wir' : 'us') : t.who === 'c' ? (lang === 'de' ? 'Kunde' : 'customer') : lang === 'de' ? 'Dritter' : 'other'}: ${t.text}`,
  );
  return [...head, ...said].join('\n');
}

/** A service bulletin: meter, policy and customer numbers, tariffs, company addresses; no person. */
function bulletin(r: WichmannHill, lang: 'de' | 'en'): string {
  const meters = Array.from({ length: r.int(2, 4) }, () => `ZN15-${r.digits(6)}`);
  if (lang === 'de')
    return [
      `Betriebsinfo ${r.pick(['Strom', 'Wasser', 'Glasfaser', 'Schadenservice'])} – Ausgabe ${r.int(1, 52)}/2026`,
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      `Zählerwechsel diese Woche: ${meters.join(', ')} (Messstellen Ortsteil Nord).`,
      `Policen ${`POL-15-${r.digits(6)}`} und ${`POL-15-${r.digits(6)}`}: Beitragsanpassung zum 01.01.2027.`,
      `Neuer Tarif „Ökostrom ${r.pick(['Wilhelmine', 'Heinrich', 'Gretel', 'Anton'])} Plus“ ab Januar; Kundennummern beginnen künftig mit 41.`,
      `Betriebsnummer der Genossenschaft 05 ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}, Ohrmarken-Nachbestellung DE 09 ${r.digits(3)} ${r.digits(5)}.`,
      `Bankverbindung unverändert, BIC ${r.pick(['GENODEF1HLM', 'RZOOAT2L', 'BCEELULL'])}. Kundencenter: Bahnhofstraße ${r.int(1, 40)}, 3${r.digits(4)} ${r.pick(['Höxter', 'Brakel', 'Warburg'])}.`,
    ].join('\n');
  return [
    `Service bulletin – ${r.pick(['electricity', 'water', 'fibre', 'claims'])} – issue ${r.int(1, 52)}`,
    '',
    'Dear Sir or Madam,',
    '',
    `Meter exchanges this week: ${meters.join(', ')} (north district).`,
    `Policies POL-15-${r.digits(6)} and POL-15-${r.digits(6)} renew on 1 January with new terms.`,
    `New tariff "${r.pick(['Ada', 'Florence', 'Edmund', 'Grace'])} Green Fix 24" from January; holding 44/${r.digits(3)}/${r.digits(4)} herd tests due.`,
    `Payments: sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, BIC ${r.pick(['NWBKGB2L', 'AIBKIE2D', 'BOFIIE2D'])}. Office: Unit ${r.int(1, 9)}, Station Road, Ludlow SY8 ${r.int(1, 9)}AA.`,
  ].join('\n');
}

const FORMATS: Record<string, (cast: Cast) => string> = {
  'WhatsApp export (iOS, bracketed)': whatsappIos,
  'WhatsApp export (Android)': whatsappAndroid,
  'Signal chat export': signalExport,
  'Teams chat copied as text': teamsText,
  'Slack JSON export': slackJson,
  'Teams Graph JSON export': teamsJson,
  'mail thread with nested quoting': mailThread,
  'Outlook reply and forward headers': outlookHeaders,
  'mailing-list digest': listDigest,
  'speech-to-text call transcript': callTranscript,
  'plain-text case note': plainNote,
};
const KINDS = Object.keys(FORMATS);
const BULLETIN = 'service bulletin (no personal data)';

export function generated(count: number, seed: number): Made[] {
  const r = new WichmannHill(seed);
  const seen: Record<string, number> = {};
  const out: Made[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const kind = i % 10 === 9 ? BULLETIN : KINDS[k++ % KINDS.length];
    const lang: 'de' | 'en' = (seen[kind] = (seen[kind] ?? 0) + 1) % 2 === 1 ? 'de' : 'en';
    let source: string;
    if (kind === BULLETIN) source = bulletin(r, lang);
    else {
      const countries = lang === 'de' ? COUNTRIES_DE : COUNTRIES_EN;
      const scripts = lang === 'de' ? SCRIPTS_DE : SCRIPTS_EN;
      const which = r.int(0, scripts.length - 1);
      const country = r.pick(countries);
      const scene: Scene = {
        r,
        c: person(r, country),
        a: person(r, r.pick(countries)),
        x: person(r, country),
        spoken: kind === 'speech-to-text call transcript',
      };
      const turns = scripts[which](scene);
      const cast: Cast = {
        r,
        lang,
        company: (lang === 'de' ? COMPANIES_DE : COMPANIES_EN)[which],
        people: { c: scene.c, a: scene.a, x: scene.x },
        turns,
        when: startOf(r),
        mails: {},
      };
      source = FORMATS[kind](cast);
    }
    out.push({ lang, kind, ...readMarks(source) });
  }
  return out;
}
