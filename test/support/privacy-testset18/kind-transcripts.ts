import { firm, type KindContext } from './common.js';
import { ADDR, BIRTH, MAIL, ORG_PHONE, PERSON, PHONE, plain, type Frag } from './fragments.js';
import { birthText } from './people.js';
import { imei } from './values.js';

/**
 * Call and broadcast transcripts as an ingest receives them: WebVTT captions of recorded hotline
 * calls with voice tags (<v Name>), and SubRip (SRT) subtitles of radio phone-ins and podcast
 * episodes with speaker tags in capitals ("[NAME]") or a name and a colon. Cue times are
 * generated; spoken numbers are written as the captioning service writes them.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Cue times from `start` seconds on, in WebVTT (".") or SRT (",") notation. */
function cueTimes(start: number, length: number, sep: '.' | ','): string {
  const t = (s: number) => {
    const ms = Math.round(s * 1000);
    return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sep}${pad(ms % 1000, 3)}`;
  };
  return `${t(start)} --> ${t(start + length)}`;
}

export function webvtt(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const f = firm(ctx, 'telecom');
  const agent = people.next();
  const caller = people.next({ address: true });
  const A = PERSON(agent.name);
  const C = PERSON(caller.name);
  const born = BIRTH(birthText(rng, caller.birth, lang));
  const lines: [typeof A, Frag][] =
    lang === 'de'
      ? [
          [A, plain`${f.name}, Kundenservice, mein Name ist ${PERSON(agent.given)}. Was kann ich für Sie tun?`],
          [
            C,
            plain`Ja, hallo, ${PERSON(caller.name)} hier. Mein Handy ist kaputt und ich brauche eine neue SIM für das Ersatzgerät.`,
          ],
          [A, plain`Das bekommen wir hin. Zur Sicherheit: Wie lautet Ihr Geburtsdatum?`],
          [C, plain`Der ${born}.`],
          [A, plain`Danke. Und die Anschrift, die bei uns hinterlegt ist?`],
          [C, plain`${ADDR(caller.address!)}.`],
          [A, plain`Passt. Die IMEI des neuen Geräts haben Sie? Die brauche ich für die eSIM.`],
          [C, plain`Moment … ${imei(rng)}.`],
          [
            A,
            plain`Perfekt. Den QR-Code schicken wir an ${MAIL(caller.email)}, und für Rückfragen rufe ich Sie unter ${PHONE(caller.phone)} an.`,
          ],
          [C, plain`Super, danke schön.`],
        ]
      : [
          [A, plain`Thanks for calling ${f.name}, you're speaking with ${PERSON(agent.given)}. How can I help?`],
          [C, plain`Hi, it's ${PERSON(caller.name)}. My phone died and I need a new SIM for the replacement handset.`],
          [A, plain`No problem. For security, can you confirm your date of birth?`],
          [C, plain`It's ${born}.`],
          [A, plain`Thank you. And the address on the account?`],
          [C, plain`${ADDR(caller.address!)}.`],
          [A, plain`Lovely. Do you have the IMEI of the new phone? I need it for the eSIM.`],
          [C, plain`Hang on... ${imei(rng)}.`],
          [
            A,
            plain`Great. I'll email the QR code to ${MAIL(caller.email)} and if anything goes wrong I'll ring you on ${PHONE(caller.phone)}.`,
          ],
          [C, plain`Brilliant, thanks.`],
        ];
  let at = rng.int(0, 3) + 0.24;
  const cues = lines.map(([who, text], i) => {
    const len = 2.5 + rng.below(40) / 10;
    const cue = plain`${i + 1}\n${cueTimes(at, len, '.')}\n<v ${who}>${text}\n\n`;
    at += len + 0.4;
    return cue;
  });
  return plain`WEBVTT
Kind: captions
Language: ${lang === 'de' ? 'de-DE' : 'en-GB'}

NOTE ${lang === 'de' ? 'Aufzeichnung Hotline, Anruf-ID' : 'Hotline recording, call id'} ${rng.digits(10)}

${cues}`;
}

export function srt(ctx: KindContext): Frag {
  const { rng, people, lang } = ctx;
  const host = people.next();
  const guest = people.next();
  const caller = people.next();
  const caps = rng.chance(0.5);
  const tag = (name: string) => (caps ? plain`[${PERSON(name.toUpperCase())}] ` : plain`${PERSON(name)}: `);
  const town =
    lang === 'de'
      ? rng.pick(['Bautzen', 'Chur', 'Graz', 'Kassel', 'Kempten'])
      : rng.pick(['Galway', 'Saskatoon', 'Durban', 'Cebu', 'Enugu']);
  const hotline =
    lang === 'de' ? `0800 ${rng.int(100, 999)} ${rng.digits(4)}` : `+44 800 ${rng.int(100, 999)} ${rng.digits(4)}`;
  const lines: Frag[] =
    lang === 'de'
      ? [
          plain`${tag(host.name)}Willkommen zurück bei „Netzgeflüster“, der Sendung über Technik im Alltag.`,
          plain`${tag(host.name)}Heute bei mir im Studio: ${PERSON(guest.name)}, Netzwerkprofi bei einem Glasfaseranbieter.`,
          plain`${tag(guest.name)}Hallo, schön, dass ich da sein darf.`,
          plain`${tag(host.name)}Und wir haben schon den ersten Anrufer: ${PERSON(caller.given)} aus ${town}.`,
          plain`${tag(caller.given)}Hallo! Mein WLAN bricht abends immer ab, woran kann das liegen?`,
          plain`${tag(guest.name)}Oft sind es die Nachbarnetze auf demselben Kanal. Stellen Sie den Router auf 5 GHz um.`,
          plain`${tag(host.name)}Sie haben auch eine Frage? Die Hörerleitung ist offen: ${ORG_PHONE(hotline)}.`,
        ]
      : [
          plain`${tag(host.name)}Welcome back to "Signal and Noise", the show about the tech in your life.`,
          plain`${tag(host.name)}With me in the studio today is ${PERSON(guest.name)}, who runs the network at a fibre start-up.`,
          plain`${tag(guest.name)}Thanks for having me.`,
          plain`${tag(host.name)}And our first caller is ${PERSON(caller.given)} from ${town}.`,
          plain`${tag(caller.given)}Hi! My wifi drops every evening, what could it be?`,
          plain`${tag(guest.name)}Usually it's the neighbours' networks on the same channel. Try switching to 5 GHz.`,
          plain`${tag(host.name)}Got a question too? The lines are open on ${ORG_PHONE(hotline)}.`,
        ];
  let at = 12 + rng.below(30);
  const cues = lines.map((text, i) => {
    const len = 2 + rng.below(35) / 10;
    const cue = plain`${i + 1}\n${cueTimes(at, len, ',')}\n${text}\n\n`;
    at += len + 0.3;
    return cue;
  });
  return plain`${cues}`;
}
