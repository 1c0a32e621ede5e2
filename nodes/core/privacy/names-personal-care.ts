import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/**
 * One-word names in the hand-written notes of the PERSONAL CARE trades (salons, barbers, nail, tattoo and piercing
 * studios, spas, tanning, gyms): a stylist or therapist after a booked time and "bei" ("Samstag 10:30 bei
 * Magalineta"), a wished therapist ("möchte lieber Pemala als Therapeutin"), a voucher's "Für Killaricha – alles
 * Liebe", a consent form's "Artist: Catrìonag", "assisted out by attendant Ilisonia", "Nawangki was covering two
 * chairs", a sign-off "Lots of love, Mikławšk x", "Thanks for referring Ubahleh!", a chat reply "↳ Peigiag 10:44:",
 * a day sheet's "09:30  Chanthavy – BIAB infill", a rota's "Mo–Mi: Handrijka (Früh), Joanetou (Spät)" and a rota's
 * last column ("Mo  Keller und Flure      Wiebke", "KW 6: EG links – Houbiert Lambôtin"). The trade's cue says a person follows, so one word suffices, but
 * each word must be no ordinary word of the lists ("bei Migräne", "Für Sie", "Artist: unknown" name none).
 */

/** A capitalised word of a name, in any script's letters ("Mikławšk", "Catrìonag", "NicLeòidich"). */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}’'-]{1,24}(?:\p{Lu}[\p{Ll}\p{M}]{1,20})?`;
const WEEKDAY = String.raw`(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?`;
const SHIFT = String.raw`(?:Früh|Spät|Nacht|Mittel|Tag|early|late|night|day|AM|PM|morning|evening)`;

/** Cues before a one-word name; the name is group "n". */
const CUES: RegExp[] = [
  // "Samstag 10:30 bei Magalineta", "um 14 Uhr bei Pemala"
  new RegExp(String.raw`\d{1,2}[:.]\d{2}(?: Uhr)? bei (?<n>${WORD})(?![\p{L}\p{M}])`, 'dgu'),
  // "möchte lieber Pemala als Therapeutin"
  new RegExp(
    String.raw`\blieber (?<n>${WORD}) als (?:Therapeut|Masseu|Friseu|Stylist|Kosmetiker|Trainer|Behandler|Tätowierer|Artist)`,
    'dgu',
  ),
  // "Für Killaricha – alles Liebe", "Für Killaricha, alles Gute"
  new RegExp(String.raw`(?:^|\n)Für (?<n>${WORD})[ \t]*[–—,-][ \t]*alles (?:Liebe|Gute)`, 'dgu'),
  // "Artist: Catrìonag", "Therapist: …", "Stylist: …"
  new RegExp(
    String.raw`\b(?:Artist|Therapist|Stylist|Barber|Technician|Attendant|Therapeutin|Therapeut|Stylistin|Friseurin|Friseur|Kosmetikerin|Tätowiererin|Tätowierer|Trainerin|Trainer):[ \t]+(?<n>${WORD})(?![\p{L}\p{M}])`,
    'dgu',
  ),
  // "assisted out by attendant Ilisonia", "by therapist …"
  new RegExp(
    String.raw`\b(?:by|with|from) (?:attendant|therapist|stylist|barber|technician|artist|trainer|instructor) (?<n>${WORD})(?![\p{L}\p{M}])`,
    'dgu',
  ),
  // "Nawangki was covering two chairs"
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?<n>${WORD}) was covering\b`, 'dgu'),
  // "Lots of love, Mikławšk x"
  new RegExp(
    String.raw`\b(?:Lots of love|Love|All my love|Big hugs|Hugs|xo),?[ \t]*\n?[ \t]*(?<n>${WORD})(?= x\b| xx\b|[ \t]*\n|$)`,
    'dgu',
  ),
  // "Thanks for referring Ubahleh!"
  new RegExp(String.raw`\b(?:Thanks|Thank you) for referring (?<n>${WORD})(?![\p{L}\p{M}])`, 'dgu'),
  // a chat reply "↳ Peigiag 10:44: ok"
  new RegExp(String.raw`↳[ \t]*(?<n>${WORD})[ \t]+\d{1,2}:\d{2}:`, 'dgu'),
  // a day sheet "09:30  Chanthavy – BIAB infill – 07933 …"
  new RegExp(String.raw`(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]{2,}(?<n>${WORD})[ \t]+[–—-][ \t]`, 'dgu'),
  // a barber's card list "Rinatbek – nur Maschine"
  new RegExp(
    String.raw`(?:^|\n)(?<n>${WORD}(?: ${WORD})?)[ \t]+[–—-][ \t]+(?:nur|kein|keine|immer|mag|will|Fade|Nassrasur|Maschine|Schere)\b`,
    'dgu',
  ),
  // a rota "Mo–Mi: Handrijka (Früh), Joanetou (Spät)"
  new RegExp(String.raw`(?<![\p{L}\p{M}])(?<n>${WORD})[ \t]*\(${SHIFT}\)`, 'dgu'),
  // A worker reported absent or announced on a visit (round 48, set 45: cleaners, window cleaners, caretakers):
  // "Nagamanikya called in sick", "Tendaimoyo will be on your road on Thursday", "Wiebke hat sich krank gemeldet".
  new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?<n>${WORD}) (?:called in sick|called off sick|phoned in sick|is off sick|went home sick|hat sich krank gemeldet|meldet sich krank|ist krankgeschrieben|will be (?:on|in|round) your[ \t>\n]+(?:road|street|round|area))\b`,
    'dgu',
  ),
];

/** A rota's row: a weekday, a task, a gap of two blanks or a tab, then a name column of one or two words. */
const ROTA_ROW = new RegExp(
  String.raw`^${WEEKDAY}(?:[–-]${WEEKDAY})?:?[ \t]+(?<t>\S[^\n]*?)(?: {2,}|\t+)(?<n>${WORD}(?: ${WORD})?)[ \t]*$`,
  'u',
);

/**
 * A rota's row by calendar week, then a place or task, a dash and a name column of one or two words (round 48, set 45:
 * a stairwell cleaning rota "KW 6: EG links – Houbiert Lambôtin", "Week 7: 1st floor – …").
 */
const WEEK_ROW = new RegExp(
  String.raw`^(?:KW|Kw|Woche|Week|Wk)\.?[ \t]?\d{1,2}:?[ \t]+(?<t>\S[^\n]*?)[ \t]+[–—-][ \t]+(?<n>${WORD}(?: ${WORD})?)[ \t]*$`,
  'u',
);

/** A programme's time where a rota has its task ("Mi 19 Uhr     Generalprobe"): the column after it names events, not people. */
const TIME_ONLY =
  /^\d{1,2}(?:[.:]\d{2})?(?:[ \t]*(?:–|-|bis)[ \t]*\d{1,2}(?:[.:]\d{2})?)?(?:[ \t]*(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?$/i;

/** What follows "bei" as a condition ("bei Migräne", "bei Bedarf") and a rota's shift words, which the word lists may lack. */
const CONDITIONS = new Set(
  'Migräne Bedarf Fragen Rückfragen Problemen Schmerzen Regen Verspätung Fieber Erkältung Übelkeit Schwindel Allergie Allergien Unverträglichkeit Absage Ausfall Krankheit Schwangerschaft Sonnenbrand Hautreizung Rötung Rötungen Früh Spät Nacht Mittel Frühschicht Spätschicht Nachtschicht'.split(
    ' ',
  ),
);

/** Whether a word may be a name after a trade's cue: no ordinary word of the lists, unless a given name that is not more often a word. */
function nameWord(w: string): boolean {
  if (CONDITIONS.has(w)) return false;
  if (isGivenName(w)) return true;
  return !isCommonWord(w) && !isDictionaryWord(w) && !isEnglishWord(w.toLowerCase()) && !isEnglishWord(w);
}

/** One-word names after the personal care trades' cues, and the name column of a rota. */
export function personalCareNames(text: string): Entity[] {
  const out: Entity[] = [];
  if (text.length > 1_000_000) return out;
  for (const re of CUES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const n = m.groups!.n;
      const span = m.indices?.groups?.n;
      if (!span || !n.split(' ').every(nameWord)) continue;
      out.push({ type: 'PERSON', start: span[0], end: span[1], score: 0.8 });
    }
  }
  // A rota: two rows or more of weekday, task and name column.
  const rows: { start: number; n: string }[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length < 200) {
      const m = ROTA_ROW.exec(line) ?? WEEK_ROW.exec(line);
      if (m && !TIME_ONLY.test(m.groups!.t.trim()))
        rows.push({ start: at + line.trimEnd().length - m.groups!.n.length, n: m.groups!.n });
    }
    at += raw.length + 1;
  }
  if (rows.length >= 2)
    for (const r of rows)
      if (r.n.split(' ').every(nameWord))
        out.push({ type: 'PERSON', start: r.start, end: r.start + r.n.length, score: 0.8 });
  return out;
}
