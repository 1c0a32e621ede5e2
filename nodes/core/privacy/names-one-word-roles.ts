import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';
import { germanNounEnding } from './names-work-roles.js';

/**
 * People named by one word (or a rare full name) where the place, not the word, says "person". A rare given name
 * or surname alone gives the name scorer nothing to go on; these shapes do:
 * - a staff role or service label and one word after its colon ("Checker: Wanphai", "Gast: Kurkchi (Stammgast, …)",
 *   "Caller: X · Checker: Y"), the word closing the field (line end, "·", "|", ",", ";", "(");
 * - a name followed by its role in brackets ("Joney Quayle (manager), Orree (cashier)", "from Gonario Pintore
 *   (solicitor, Malta)"): the bracket says what the person does;
 * - a chat's speaker column whose other speakers are found names ("Likan: 3-fold tonight" beside "Nelli Shamba:
 *   …", "Rohmingthanga  10:05  yes" beside "Aalin Kewley  10:02  …"): a one-word speaker there is a person, and so
 *   is the same word again in the chat ("Likan did you get paid");
 * - a numbered list whose other items are found names ("1. Litokwa\n2. Mattlan Capelle\n3. Inukpuk – called
 *   twice", "1. Makhtar Ngom  2. Daba").
 * Each word must be no ordinary word of either dictionary, nor a German noun's ending ("Counter", "Deposit",
 * "passed", "Casino", "Tronc", "Jackpot", "Wettschein" stay unflagged), and have lower-case letters (no "CCTV").
 * Cost: a few global searches, each bounded.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]{1,30}`;

/**
 * Staff roles and service labels a one-word name may follow ("Served by:", "Bedient von:", "Checker:", "Aufsicht:");
 * the scanner's normalised text writes a bullet ("·") as a full stop, so " . " parts fields too.
 */
const ROLE_LABEL = new RegExp(
  String.raw`(?:^|[·|;][ \t]*|[ \t]\.[ \t]+)(?:served[ \t]+by|bedient[ \t]+von|checker|caller|dealer|croupier|cashier|kassierer(?:in)?|host(?:ess)?|gast|guest|aufsicht|supervisor|attendant|floor(?:[ \t]?person)?|pit[ \t]?boss|steward(?:ess)?|kellner(?:in)?|bedienung|runner|spieler(?:in)?|stammgast|mitglied|member)[ \t]*:[ \t]*(${WORD})(?=[ \t]*(?:$|[·|,;(]|\.(?:[ \t]|$)))`,
  'gimu',
);

/** Roles a bracket gives right after a name ("(manager)", "(cashier)", "(solicitor, Malta)", "(Stammgast, …)"). */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.@-])(${WORD}(?:[ \t]${WORD}){0,2})[ \t]*\((?:manager(?:in)?|cashier|dealer|croupier|host(?:ess)?|supervisor|attendant|steward(?:ess)?|solicitor|lawyer|attorney|barrister|notary|accountant|executor|kassierer(?:in)?|aufsicht|stammgast|rechtsanw[aä]lt(?:in)?|anw[aä]lt(?:in)?|notar(?:in)?|steuerberater(?:in)?|schichtleiter(?:in)?|filialleiter(?:in)?)(?=[ \t]*[,)])`,
  'giu',
);

/** A chat line's speaker: after an optional "[time]", one to three capitalised words, then ":" or two spaces and a time. */
const SPEAKER_LINE = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(${WORD}(?:[ \t]${WORD}){0,2})(?::[ \t]|[ \t]{2,}\d{1,2}:\d{2}(?![\d:]))`,
  'gmu',
);

/** A numbered list's item: "3. Inukpuk – …", "1. Makhtar Ngom  2. Daba"; the item ends at two spaces, a dash, a bracket or the line's end. */
const LIST_ITEM = new RegExp(
  String.raw`(?:^|[ \t]{2,}|:[ \t]+)[ \t]*\d{1,2}[.)][ \t]+(${WORD}(?:[ \t]${WORD}){0,2})(?=[ \t]{2,}|[ \t]*[–—(-]|[ \t]*$)`,
  'gmu',
);

/** Programs, the role itself or the exporting user where a speaker stands ("System:", "Agent:", "Me:"). */
const NOT_A_SPEAKER =
  /^(?:system|bot|server|admin|info|warn|warning|error|debug|note|hinweis|notiz|status|me|ich|you|du|moi|agent(?:in)?|customer|kunde|kundin|support|caller|operator|outcome|subject|decision|funds|klient(?:in)?|client|mandant(?:in)?|patient(?:in)?|assistant|assistent(?:in)?)$/i;

/** A word read as a person's: no ordinary word of either dictionary, and a listed name or no German noun's ending. */
export function nameWord(word: string): boolean {
  if (!/\p{Ll}/u.test(word)) return false;
  // A listed name may also be a trade's word ("Casino" is a surname too): ordinary words are none either way.
  if (isDictionaryWord(word) || isEnglishWord(word.toLowerCase()) || isCommonWord(word)) return false;
  if (isGivenName(word) || isKnownName(word)) return true;
  return !germanNounEnding(word) && !TRADE_COMPOUND.test(word);
}

/** A German compound's head of the gaming and cash trade ("Wettschein", "Spielerkarte", "Tippzettel"): a thing, no name. */
const TRADE_COMPOUND = /(?:schein|karte|zettel|automat|geld|einsatz|gewinn|spiel|konto|quittung)$/i;

const words = (run: string) => run.split(/[ \t]+/);

export function namesByOneWordRoles(text: string, found: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  ROLE_LABEL.lastIndex = 0;
  for (let m = ROLE_LABEL.exec(text); m; m = ROLE_LABEL.exec(text)) {
    if (!nameWord(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(person(start, start + m[1].length, 0.75));
  }
  if (text.includes('(')) {
    NAME_THEN_ROLE.lastIndex = 0;
    for (let m = NAME_THEN_ROLE.exec(text); m; m = NAME_THEN_ROLE.exec(text)) {
      // Only the run's last words that all read as a name's ("from Gonario Pintore": "from" is lower-case already).
      const parts = words(m[1]);
      let first = parts.length;
      while (first > 0 && nameWord(parts[first - 1])) first--;
      if (first === parts.length) continue;
      const lead = parts.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
      const start = m.index + m[0].indexOf(m[1]) + lead;
      out.push(person(start, m.index + m[0].indexOf(m[1]) + m[1].length, 0.75));
    }
  }
  const people = found.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return out;
  const overlapsPerson = (start: number, end: number) => people.some((e) => e.start < end && start < e.end);
  speakerColumn(text, overlapsPerson, out);
  numberedList(text, overlapsPerson, out);
  return out;
}

/** One-word speakers of a chat whose other speakers are found names; the same word again in the chat too. */
function speakerColumn(text: string, overlapsPerson: (s: number, e: number) => boolean, out: Entity[]): void {
  const speakers = new Map<string, { starts: number[]; named: boolean }>();
  SPEAKER_LINE.lastIndex = 0;
  for (let m = SPEAKER_LINE.exec(text); m; m = SPEAKER_LINE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const entry = speakers.get(m[1]) ?? { starts: [], named: false };
    entry.starts.push(start);
    entry.named ||= overlapsPerson(start, start + m[1].length);
    speakers.set(m[1], entry);
  }
  if (speakers.size < 2) return;
  let namedSpeakers = 0;
  for (const entry of speakers.values()) if (entry.named) namedSpeakers++;
  // One-word speakers that read as names, beside another speaker who is a found name.
  const candidates = new Map<string, number[]>();
  for (const [speaker, entry] of speakers) {
    if (namedSpeakers - (entry.named ? 1 : 0) === 0) continue;
    if (speaker.includes(' ') || NOT_A_SPEAKER.test(speaker) || !nameWord(speaker)) continue;
    candidates.set(speaker, []);
  }
  if (candidates.size === 0) return;
  // Every place a candidate is written as a word, found in one pass over the text (a chat of thousands of speakers
  // must not cost a pass per speaker).
  wordsAmong(text, candidates);
  for (const [speaker, again] of candidates) {
    // The speaker speaks twice or is written again in the text.
    if (speakers.get(speaker)!.starts.length < 2 && again.length < 2) continue;
    for (const at of again)
      if (!overlapsPerson(at, at + speaker.length)) out.push(person(at, at + speaker.length, 0.75));
  }
}

const WORD_START = /\p{Lu}/gu;
const WORD_BEFORE = /[\p{L}\p{N}_@.-]/u;
const WORD_AFTER = /[\p{L}\p{N}_@-]/u;
const WORD_PART = /[\p{Ll}\p{M}'’-]/u;

/**
 * Records, for each word of `words`, where it is written as a word: not right after a letter, digit, "_", "@", "."
 * or "-", nor right before a letter, digit, "_", "@" or "-" (an apostrophe may follow: "Likan's"). Linear: a word is
 * a capital and at most 30 lower-case letters, marks, apostrophes or hyphens, so each capital is tried at most 30 ways.
 */
function wordsAmong(text: string, words: Map<string, number[]>): void {
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
    const at = m.index;
    if (at > 0 && WORD_BEFORE.test(text[at - 1])) continue;
    let end = at + m[0].length;
    while (end < text.length && end - at <= 30 && WORD_PART.test(text[end])) end++;
    for (let cut = end; cut > at + 1; cut--) {
      const places = words.get(text.slice(at, cut));
      if (places !== undefined && (cut === text.length || !WORD_AFTER.test(text[cut]))) {
        places.push(at);
        break;
      }
    }
  }
}

/** One-word items of a numbered list whose other items are mostly found names (two at least). */
function numberedList(text: string, overlapsPerson: (s: number, e: number) => boolean, out: Entity[]): void {
  const items: { start: number; run: string; named: boolean }[] = [];
  LIST_ITEM.lastIndex = 0;
  for (let m = LIST_ITEM.exec(text); m; m = LIST_ITEM.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    items.push({ start, run: m[1], named: overlapsPerson(start, start + m[1].length) });
  }
  const named = items.filter((i) => i.named).length;
  if (named < 2 || named * 2 < items.length) return;
  for (const i of items)
    if (!i.named && !i.run.includes(' ') && nameWord(i.run)) out.push(person(i.start, i.start + i.run.length, 0.75));
}
