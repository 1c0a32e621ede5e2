import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import { R250 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  full: string;
  email: string;
  mailLocal: string;
  mailDomain: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

/** A street with the town it lies in (a street never paired with another town's postcode). */
const street = (r: R250, pairs: [string, string][]) => {
  const [name, town] = r.pick(pairs);
  return `${name} ${r.int(2, 90)}, ${town}`;
};
const houseFirst = (r: R250, pairs: [string, string][]) => {
  const [name, town] = r.pick(pairs);
  return `${r.int(2, 180)} ${name}, ${town}`;
};

/** Homes of prisoners' families, probationers and victims: German-speaking for German documents, else English-speaking. */
const HOMES: Record<Lang, { addr: (r: R250) => string; phone: (r: R250) => string; mail: string[] }[]> = {
  de: [
    {
      addr: (r) =>
        street(r, [
          ['Lerchenfeldweg', '04315 Leipzig'],
          ['Am Mühlgraben', '99084 Erfurt'],
          ['Brauhausgasse', '93047 Regensburg'],
        ]),
      phone: (r) => `0${r.pick(['152', '171', '176'])} ${r.digits(7)}`,
      mail: ['web.de', 'posteo.de', 'gmx.net'],
    },
    {
      addr: (r) =>
        street(r, [
          ['Ottakringer Straße', '1160 Wien'],
          ['Lendkai', '8020 Graz'],
        ]),
      phone: (r) => `+43 ${r.pick(['664', '699'])} ${r.digits(7)}`,
      mail: ['aon.at', 'gmx.at'],
    },
    {
      addr: (r) =>
        street(r, [
          ['Hohlstrasse', '8004 Zürich'],
          ['Murbacherstrasse', '6003 Luzern'],
        ]),
      phone: (r) => `+41 ${r.pick(['76', '78'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['bluewin.ch', 'sunrise.ch'],
    },
  ],
  en: [
    {
      addr: (r) =>
        houseFirst(r, [
          ['Blackstock Road', 'London N4 2DW'],
          ['Ladypool Road', 'Birmingham B12 8JR'],
          ['Whitehall Road', 'Leeds LS12 1BE'],
        ]),
      phone: (r) => `07${r.pick(['723', '958', '411'])} ${r.digits(6)}`,
      mail: ['btinternet.com', 'outlook.com'],
    },
    {
      addr: (r) =>
        `${r.int(2, 180)} ${r.pick(['Cregagh Road', 'Ormeau Road'])}, Belfast BT6 ${r.int(8, 9)}${r.pick(['AB', 'HF', 'QL'])}`,
      phone: (r) => `+353 ${r.pick(['85', '87'])} ${r.digits(3)} ${r.digits(4)}`,
      mail: ['eircom.net', 'gmail.com'],
    },
    {
      addr: (r) => `${r.int(100, 9800)} ${r.pick(['W Van Buren St', 'S Halsted St'])}, Chicago, IL 606${r.int(10, 49)}`,
      phone: (r) => `(${r.pick(['312', '773'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      mail: ['yahoo.com', 'comcast.net'],
    },
    {
      addr: (r) =>
        houseFirst(r, [
          ['Smith St', 'Collingwood VIC 3066'],
          ['Sydney Rd', 'Brunswick VIC 3056'],
        ]),
      phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['bigpond.com', 'optusnet.com.au'],
    },
    {
      addr: (r) =>
        houseFirst(r, [
          ['Great South Rd', 'Papatoetoe 2025'],
          ['Cuba St', 'Wellington 6011'],
        ]),
      phone: (r) => `+64 21 ${r.digits(3)} ${r.digits(4)}`,
      mail: ['xtra.co.nz', 'gmail.com'],
    },
  ],
};

function person(r: R250, lang: Lang): Person {
  const c = r.pick(Object.values(cultures()));
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const mailLocal = r.chance(0.6) ? `${ascii(given)}.${ascii(family)}` : `${ascii(family)}${r.int(10, 99)}`;
  const mailDomain = r.pick(home.mail);
  return {
    given,
    family,
    full: `${given} ${family}`,
    email: `${mailLocal}@${mailDomain}`,
    mailLocal,
    mailDomain,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1958, 2009) },
    address: home.addr(r),
    female: r.chance(0.5),
  };
}

const DIGIT_WORDS: Record<Lang, string[]> = {
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};
/** A phone number as a recogniser writes it: its digit groups, or every digit in words. */
function spokenPhone(r: R250, p: Person, lang: Lang): string {
  if (r.chance(0.5)) return p.phone;
  return [...p.phone.replace(/[^\d+]/g, '')]
    .map((ch) => (ch === '+' ? 'plus' : DIGIT_WORDS[lang][Number(ch)]))
    .join(' ');
}
/** An e-mail address spoken: "at" and "dot" (German "punkt"), as the recogniser writes the words. */
const spokenMail = (p: Person, lang: Lang) =>
  `${p.mailLocal.replace(/\./g, L(lang, ' punkt ', ' dot '))} at ${p.mailDomain.replace(/\./g, L(lang, ' punkt ', ' dot '))}`;
function dobText(r: R250, p: Person, lang: Lang): string {
  const { d, m, y } = p.dob;
  if (r.chance(0.5)) return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return lang === 'de' ? `${pad(d)}.${pad(m)}.${y}` : `${pad(d)}/${pad(m)}/${y}`;
}

/** Look-alikes never labelled: prisoner (book) numbers, cells, court references, call ids, confidence scores. */
const bookNo = (r: R250) => `BUCH-${r.digits(6)}`;
const prisonNo = (r: R250) => `A${r.int(1000, 9999)}${r.pick([...'BCDEFGHJ'])}${r.pick([...'KLMNPQRS'])}`;
const cell = (r: R250) => `CELL-${r.pick([...'ABCDEFGH'])}${r.int(1, 4)}-${r.int(100, 399)}`;
const courtRef = (r: R250, lang: Lang) =>
  lang === 'de' ? `${r.int(1, 9)} KLs ${r.int(100, 999)} Js ${r.int(1000, 9999)}/25` : `T2025${r.digits(4)}`;
const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};

/** The services: switchboards, role mailboxes and accounts are never labelled. */
const SERVICES: Record<Lang, { name: string; phone: string; mail: string; iban: string }[]> = {
  de: [
    { name: 'JVA Tonna', phone: '036042 77-0', mail: 'besuch@jva-tonna.example', iban: 'DE54 8205 0000 3000 0015 00' },
    {
      name: 'Justizanstalt Wien-Josefstadt',
      phone: '+43 1 404 03-0',
      mail: 'poststelle@justiz-josefstadt.example',
      iban: 'AT09 0100 0000 0550 4374',
    },
    {
      name: 'Bewährungshilfe Leipzig',
      phone: '0341 3056-0',
      mail: 'bewaehrungshilfe@lg-leipzig.example',
      iban: 'DE50 8605 5592 1100 0022 01',
    },
  ],
  en: [
    {
      name: 'HMP Wandsworth',
      phone: '020 8588 4000',
      mail: 'socialvisits.wandsworth@justice.example',
      iban: 'GB33 BUKB 2020 1555 5555 55',
    },
    {
      name: 'Probation Service North East',
      phone: '0191 240 7000',
      mail: 'ne.reports@probation.example',
      iban: 'GB94 BARC 1020 1530 0934 59',
    },
    {
      name: 'Mountjoy Prison',
      phone: '+353 1 806 2800',
      mail: 'visits@mountjoy.example',
      iban: 'IE64 IRCE 9205 0112 3456 78',
    },
  ],
};

type Render = (r: R250, lang: Lang) => Builder;

/** One cue's timing, WebVTT (`.`) or SRT (`,`). */
const timing = (t: number, sep: string, settings = '') => {
  const f = (ms: number) => `${clock(ms)}${sep}${String(ms % 1000).padStart(3, '0')}`;
  return `${f(t)} --> ${f(t + 2800)}${settings}`;
};

/** A video visit recorded by the prison's visit platform, as WebVTT with voice tags; a name runs over two cues. */
const vttVisit: Render = (r, lang) => {
  const pr = person(r, lang);
  const vis = person(r, lang);
  const s = r.pick(SERVICES[lang].filter((x) => /^(JVA|Justizanstalt|HMP|Mountjoy)/.test(x.name)));
  const b = new Builder();
  let t = 1000 + r.int(0, 900);
  const cue = (settings = '') => {
    const line = `\n\n${timing(t, '.', settings)}\n`;
    t += 3100;
    return line;
  };
  b.add(
    `WEBVTT - ${s.name} ${L(lang, 'Videobesuch', 'video visit')} ${lang === 'de' ? bookNo(r) : prisonNo(r)}\n\nNOTE ${L(lang, 'Besucher-Client', 'visitor client')} `,
  )
    .val('IP_ADDRESS', `${r.pick([79, 84, 91, 109])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`)
    .add(`, ${L(lang, 'Anstaltsnetz', 'prison network')} 10.${r.int(20, 40)}.${r.int(0, 9)}.${r.int(2, 250)}`);
  b.add(cue(' line:85% align:start'))
    .add(`<v ${L(lang, 'Beamter', 'Officer')}>${L(lang, 'Besuch für', 'Visit for')} `)
    .add('');
  b.val('PERSON', `${pr.given}\n\n${timing(t, '.')}\n${pr.family}`);
  t += 3100;
  b.add(`, ${cell(r)}.`);
  b.add(cue())
    .add(`<v `)
    .val('PERSON', vis.full)
    .add(`>${L(lang, 'äh hallo, ich bin', 'um hi, it’s')} `)
    .val('PERSON', vis.given)
    .add('.');
  b.add(cue())
    .add(`<v ${pr.given}>`)
    .add(L(lang, 'Deine neue Nummer ist also ', 'So your new number is '))
    .val('PHONE_NUMBER', spokenPhone(r, vis, lang))
    .add('.');
  b.add(cue()).add(
    `<v ${L(lang, 'Beamter', 'Officer')}>${L(lang, 'Noch zwei Minuten. Fragen an', 'Two minutes left. Queries to')} ${s.mail}, ${s.phone}.\n`,
  );
  // The voice tag carries the prisoner's given name too: labelled where it stands.
  const tag = b.text.lastIndexOf(`<v ${pr.given}>`) + 3;
  b.entities.push({ type: 'PERSON', start: tag, end: tag + pr.given.length });
  b.entities.sort((a, c) => a.start - c.start);
  return b;
};

/** An adjudication or court hearing by video link, as SRT: cue numbers, comma milliseconds. */
const srtHearing: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  let n = 1;
  let t = r.int(0, 5000);
  const cue = () => {
    const s = `${n === 1 ? '' : '\n\n'}${n}\n${timing(t, ',')}\n`;
    n++;
    t += 3000;
    return s;
  };
  b.add(cue())
    .add(`[${L(lang, 'Richterin', 'JUDGE')}] ${courtRef(r, lang)}, ${L(lang, 'Angeklagter', 'defendant')} `)
    .val('PERSON', p.full)
    .add('.');
  b.add(cue())
    .add(L(lang, 'Geboren am ', 'Date of birth '))
    .val('DATE_OF_BIRTH', dobText(r, p, lang))
    .add('?');
  b.add(cue())
    .add(L(lang, '[ANGEKLAGTER] Ja. Wohnhaft ', '[DEFENDANT] Yes. Living at '))
    .val('POSTAL_ADDRESS', p.address)
    .add('.');
  if (lang === 'de') {
    b.add(cue())
      .add('[JUGENDGERICHTSHILFE] Steuer-ID laut Akte ')
      .val('DE_TAX_ID', taxId(r))
      .add(', Rentenversicherung ');
    b.val('DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female)).add('.');
  } else {
    b.add(cue()).add(
      `[PROBATION] Prison number ${prisonNo(r)}, released on licence ${r.int(1, 28)} ${MONTHS_EN[r.int(0, 11)]} 2026.`,
    );
    b.add(cue()).add('German tax id on the extradition file ').val('DE_TAX_ID', taxId(r)).add(', pension no. ');
    b.val('DE_SOCIAL_SECURITY', pensionNumber(r, p.dob, p.family, p.female)).add('.');
  }
  b.add(cue()).add(`(${L(lang, 'unverständlich', 'inaudible')}) ${cell(r)}\n`);
  return b;
};

/** One AWS Transcribe pronunciation item; the content is where a label may start or end. */
const awsItem = (t: number, word: string, conf: string) =>
  `{"start_time":"${(t / 1000).toFixed(2)}","end_time":"${((t + 380) / 1000).toFixed(2)}","alternatives":[{"confidence":"${conf}","content":"${word}"}],"type":"pronunciation"}`;
const awsPunct = (p: string) => `{"alternatives":[{"confidence":"0.0","content":"${p}"}],"type":"punctuation"}`;

/** A prisoner's monitored phone call as AWS Transcribe writes it: one word per item; a value is labelled over its items. */
const awsCall: Render = (r, lang) => {
  const caller = person(r, lang);
  const b = new Builder();
  const words: (string | { type: string; words: string[] })[] = [];
  const say = (s: string) => words.push(...s.split(' '));
  say(L(lang, 'hallo äh hier ist', 'hello uh it’s'));
  words.push({ type: 'PERSON', words: caller.full.split(' ') });
  say(L(lang, 'schreib mir an', 'email me at'));
  words.push({ type: 'EMAIL_ADDRESS', words: spokenMail(caller, lang).split(' ') });
  say(L(lang, 'oder ruf an', 'or call'));
  words.push({ type: 'PHONE_NUMBER', words: spokenPhone(r, caller, lang).split(' ') });
  say(L(lang, `Buchnummer ${bookNo(r)} Anruf endet`, `pin ${prisonNo(r)} call ends`));
  let t = r.int(500, 3000);
  const conf = () => `0.${r.int(41, 99)}`;
  b.add(
    `{"jobName":"call-${r.digits(10)}","accountId":"${r.digits(12)}","results":{"transcripts":[{"transcript":"…"}],"speaker_labels":{"speakers":2,"segments":[{"speaker_label":"spk_0","start_time":"0.5"}]},"items":[\n`,
  );
  words.forEach((w, i) => {
    if (i > 0) b.add(',\n');
    if (typeof w === 'string') {
      b.add(awsItem(t, w, conf()));
      t += 420;
      return;
    }
    const first = awsItem(t, '\u0000', conf());
    b.add(first.slice(0, first.indexOf('\u0000')));
    let run = '';
    w.words.forEach((word, k) => {
      if (k > 0) {
        t += 420;
        const next = awsItem(t, '\u0000', conf());
        run += `"}],"type":"pronunciation"},\n${next.slice(0, next.indexOf('\u0000'))}`;
      }
      run += word;
    });
    b.val(w.type, run).add('"}],"type":"pronunciation"}');
    t += 420;
  });
  b.add(`,\n${awsPunct('.')}\n]},"status":"COMPLETED"}\n`);
  return b;
};

/** A probation supervision interview as Whisper's verbose JSON: segments with their text and words. */
const whisperInterview: Render = (r, lang) => {
  const p = person(r, lang);
  const b = new Builder();
  const s = r.pick(SERVICES[lang]);
  const t0 = r.int(0, 40);
  b.add(
    `{"task":"transcribe","language":"${lang === 'de' ? 'german' : 'english'}","duration":${r.int(600, 2400)}.${r.int(0, 9)},"segments":[\n`,
  );
  b.add(`{"id":0,"start":${t0}.0,"end":${t0 + 6}.4,"text":" ${L(lang, 'Also Herr', 'So Mr')} `).val('PERSON', p.family);
  b.add(L(lang, ', Ihre Kontoverbindung für die Auflage: ', ', your account for the compensation order: ')).val(
    'IBAN_CODE',
    grouped(iban(r, lang === 'de' ? 'DE' : 'GB')),
  );
  b.add(
    `.","avg_logprob":-0.${r.int(10, 60)},"no_speech_prob":0.0${r.int(1, 9)},"words":[{"word":" ${L(lang, 'Also', 'So')}","start":${t0}.0,"end":${t0}.3,"probability":0.9${r.int(0, 9)}}]},\n`,
  );
  b.add(
    `{"id":1,"start":${t0 + 7}.0,"end":${t0 + 12}.0,"text":" ${L(lang, 'Die Karte endet auf, nein, die ganze Nummer ist', 'The card is, the whole number is')} `,
  ).val('CREDIT_CARD', cardPrinted(card(r), ' '));
  b.add(
    `.","avg_logprob":-0.${r.int(10, 60)},"words":[{"word":" ${L(lang, 'Karte', 'card')}","start":${t0 + 7}.2,"end":${t0 + 7}.6,"probability":0.${r.int(50, 99)}}]},\n`,
  );
  b.add(
    `{"id":2,"start":${t0 + 13}.0,"end":${t0 + 17}.5,"text":" ${L(lang, 'Ich erreiche Sie an Ihrer Adresse', 'I can reach you at')} `,
  ).val('POSTAL_ADDRESS', p.address);
  b.add(`? ${L(lang, 'Sonst', 'Otherwise')} ${s.phone}.","words":[]}\n],"text":"…"}\n`);
  return b;
};

/** Victim liaison call as Google Speech-to-Text writes it: alternatives with `words`, `startTime`, speakerTag. */
const googleVictim: Render = (r, lang) => {
  const v = person(r, lang);
  const b = new Builder();
  const w = (word: string, sec: number, tag = 1) =>
    `{"startTime":"${sec}.${r.int(0, 9)}s","endTime":"${sec + 1}s","word":"${word}","speakerTag":${tag},"confidence":0.${r.int(40, 99)}}`;
  b.add(
    `{"results":[{"alternatives":[{"transcript":"${L(lang, 'Opferschutz Rückruf', 'victim liaison callback')}","confidence":0.${r.int(70, 96)},"words":[\n`,
  );
  let sec = r.int(1, 9);
  b.add(w(L(lang, 'Name', 'name'), sec++)).add(',\n');
  const first = w('\u0000', sec++, 2);
  b.add(first.slice(0, first.indexOf('\u0000')));
  const next = w('\u0000', sec++, 2);
  b.val(
    'PERSON',
    `${v.given}","speakerTag":2,"confidence":0.${r.int(40, 99)}},\n${next.slice(0, next.indexOf('\u0000'))}${v.family}`,
  );
  b.add(`","speakerTag":2,"confidence":0.${r.int(40, 99)}},\n`);
  b.add(w(L(lang, 'Ausweis', 'ID'), sec++)).add(',\n');
  const id = w('\u0000', sec++, 2);
  b.add(id.slice(0, id.indexOf('\u0000')))
    .val('DE_ID_CARD', icaoNumber(r, 'id'))
    .add(id.slice(id.indexOf('\u0000') + 1))
    .add(',\n');
  b.add(w(L(lang, 'Reisepass', 'passport'), sec++)).add(',\n');
  const pp = w('\u0000', sec++, 2);
  b.add(pp.slice(0, pp.indexOf('\u0000')))
    .val('DE_PASSPORT', icaoNumber(r, 'passport'))
    .add(pp.slice(pp.indexOf('\u0000') + 1))
    .add(',\n');
  b.add(w(L(lang, 'geboren', 'born'), sec++)).add(',\n');
  // A date in words ("22. Dezember 1986") is one word item per word, as Google writes them; its label runs over them.
  const items = dobText(r, v, lang)
    .split(' ')
    .map((word) => {
      const item = w('\u0000', sec++, 2);
      const at = item.indexOf('\u0000');
      return { head: item.slice(0, at), word, tail: item.slice(at + 1) };
    });
  const dob = items.map((x, k) => `${k === 0 ? '' : x.head}${x.word}${k < items.length - 1 ? `${x.tail},\n` : ''}`);
  b.add(items[0].head)
    .val('DATE_OF_BIRTH', dob.join(''))
    .add(items[items.length - 1].tail);
  b.add(`\n]}],"languageCode":"${lang === 'de' ? 'de-DE' : 'en-GB'}","resultEndTime":"${sec + 2}s"}]}\n`);
  return b;
};

/** Diarized plain output (pyannote speaker labels over Whisper text) of a youth offending team meeting. */
const diarized: Render = (r, lang) => {
  const y = person(r, lang);
  const m = person(r, lang);
  const b = new Builder();
  let t = r.int(0, 20);
  const line = (spk: number) => `[${clock(t * 1000)} --> ${clock((t += r.int(3, 9)) * 1000)}] SPEAKER_0${spk}: `;
  b.add(line(0))
    .add(L(lang, 'Okay, äh, wir sind hier wegen ', 'Right, er, we’re here about '))
    .val('PERSON', y.given)
    .add('.\n');
  b.add(line(1))
    .add(L(lang, 'Ich bin die Mutter, ', 'I’m his mum, '))
    .val('PERSON', m.full)
    .add(L(lang, ', Nachname buchstabiert ', ', surname spelled '));
  b.val('PERSON', [...ascii(m.family).toUpperCase()].join('-')).add('.\n');
  b.add(line(0))
    .add(
      L(
        lang,
        'Für die Fußfessel-Zentrale habe ich Ihre Handynummer als ',
        'For the tag monitoring I’ve got your mobile as ',
      ),
    )
    .val('PHONE_NUMBER', spokenPhone(r, m, lang))
    .add(L(lang, ', stimmt das?\n', ', is that right?\n'));
  b.add(line(1))
    .add(L(lang, 'Ja. Sein Login war von ', 'Yes. He logged in to the course from '))
    .val('IP_ADDRESS', `${r.pick([81, 86, 94])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`)
    .add(`, ${L(lang, 'Aktenzeichen', 'ref')} ${courtRef(r, lang)}.\n`);
  return b;
};

/** Documents without a person: a chaplaincy service, an induction recording, a switchboard menu. */
const vttChapel: Render = (r, lang) => {
  const b = new Builder();
  b.add(
    `WEBVTT\n\n1\n${timing(r.int(0, 900), '.', ' position:10%')}\n<v ${L(lang, 'Seelsorge', 'Chaplaincy')}>${L(lang, 'Der Gottesdienst im Flügel', 'Service on wing')} ${r.pick([...'ABCD'])} ${L(lang, 'beginnt um', 'starts at')} ${pad(r.int(8, 11))}:30.\n\n2\n${timing(4000 + r.int(0, 900), '.')}\n${L(lang, 'Anmeldung bis Donnerstag, Liste', 'Put your name down by Thursday, list')} ${cell(r)}.\n`,
  );
  return b;
};
/** The prisons among the services (a probation office has no canteen, visits or visits menu). */
const prisons = (lang: Lang) => SERVICES[lang].filter((x) => /^(JVA|Justizanstalt|HMP|Mountjoy)/.test(x.name));
const srtInduction: Render = (r, lang) => {
  const b = new Builder();
  const s = r.pick(prisons(lang));
  b.add(
    `1\n${timing(r.int(0, 900), ',')}\n${L(lang, 'Willkommen in der', 'Welcome to')} ${s.name}. ${L(lang, 'Telefonkonten werden über die Kantine aufgeladen.', 'Phone credit is topped up through canteen.')}\n\n2\n${timing(3500, ',')}\n${L(lang, 'Besuche buchen unter', 'Book visits on')} ${s.phone} ${L(lang, 'oder', 'or')} ${s.mail}, ${L(lang, 'Überweisungen an', 'payments to')} ${s.iban}.\n\n3\n${timing(7000, ',')}\n${L(lang, 'Beispiel-Buchnummer', 'Example prison number')} ${lang === 'de' ? bookNo(r) : prisonNo(r)}\n`,
  );
  return b;
};
const awsMenu: Render = (r, lang) => {
  const b = new Builder();
  const s = r.pick(prisons(lang));
  const words =
    `${L(lang, 'Sie sind verbunden mit der', 'You are through to')} ${s.name} ${L(lang, 'für Besuche drücken Sie eins', 'for visits press one')}`.split(
      ' ',
    );
  let t = 200;
  b.add(`{"jobName":"ivr-${r.digits(8)}","results":{"items":[\n`);
  b.add(words.map((w) => awsItem((t += 400), w, `0.${r.int(80, 99)}`)).join(',\n'));
  b.add(`\n]},"status":"COMPLETED"}\n`);
  return b;
};

const KINDS: [string, Render, number][] = [
  ['WebVTT video visit', vttVisit, 3],
  ['SRT hearing by video link', srtHearing, 3],
  ['AWS Transcribe JSON monitored call', awsCall, 3],
  ['Whisper verbose JSON supervision interview', whisperInterview, 3],
  ['Google Speech-to-Text JSON victim liaison call', googleVictim, 3],
  ['diarized transcript (SPEAKER_0n) youth offending meeting', diarized, 2],
  ['WebVTT chaplaincy notice (no person)', vttChapel, 1],
  ['SRT induction video (no person)', srtInduction, 1],
  ['AWS Transcribe JSON switchboard menu (no person)', awsMenu, 1],
];

/** `count` recogniser outputs of prisons, probation and youth justice, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new R250(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
