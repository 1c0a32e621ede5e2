/**
 * Findings that are the value of a key naming a THING in a query string or a code literal, and mailboxes that
 * answer nobody:
 * - "&water=River+Tay", "?site=Lake+Bala", "'club' => 'Loch Awe Anglers'": the key says what the value is, and
 *   "water" or "club" is no person's field. A key counts as a person's where the labels of "Name:" fields say
 *   so (labelStrength, weak labels such as "owner", "by", "user" included) or form-pairs.ts reads it as a name
 *   key; "subject" (an audit log's data subject) and "who" are kept too. Privacy first: a finding whose words
 *   also stand elsewhere in the text stays (a victim's name dressed as a thing), and so does a value with a
 *   digit or "@" (a personal value beside it), a value that is no thing's name (prose, a titled person), and a
 *   value opening with a listed given name (a person under a role key no label list holds: "instructor").
 * - "Cron <svc@host>": the sender cron's mail is written by, no person.
 * - "noreply@…", "no-reply@…", "donotreply@…" as a git author's mailbox ("Author: ci-runner <noreply@…>"): a
 *   bot's, no person's; "123+jana@users.noreply.github.com" names its user in the local part and stays. So is the
 *   mailbox of an author or patch sender whose display name is a bot's or a job's ("Renovate Bot <bot@…>",
 *   "From: sync-job <sync@…>", "dependabot[bot] <…>").
 *
 * Cost: per PERSON finding a bounded read back to its key; the text's words counted once when a thing value is met.
 */
import { COURTESY_TITLES } from './person-titles.js';
import type { Entity } from './entities.js';
import { isKeyCode, isNameKey, keyAsLabel } from './form-pairs.js';
import { isDictionaryWord, isEnglishWord, isGivenName, nameNoWord } from './name-list.js';
import { labelStrength } from './names.js';
import { isPlaceOrBodyWord } from './names-rare-words.js';
import { isWorkRole } from './names-work-roles.js';
import { isCompanionKey, keyNamingValue } from './names-code-literals.js';
import { namePropertyAt } from './schema-examples.js';
import { lineBefore } from './line-index.js';

const MAX_KEY = 40;
const MAX_VALUE = 100;
/** Keys kept although no field label: an audit log's subject, the who of an event, a name object's parts. */
const KEPT_KEYS = new Set(
  'subject who actor target person people first last given family middle surname forename'.split(' '),
);
/** JSON Schema keywords holding a property's sample value (schema-examples.ts). */
const SCHEMA_KEYWORDS = new Set(['example', 'examples', 'default']);
const NOREPLY = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)@/i;
/** A word, as the counts read them. */
const WORD = /[\p{L}'’-]{3,}/gu;
/** A git author's line up to its mailbox: "Author: ci-runner <", "Co-authored-by: dependabot <". */
const GIT_AUTHOR_BEFORE = /^[ \t]*(?:Author|Commit(?:ter)?|Co-authored-by|Signed-off-by):[^<\n]{0,80}<$/i;
const CRON_SENDER = /^(?:Cron|Anacron)$/;
/** A commit's author or a patch mail's sender up to its mailbox, with the display name: "From: sync-job <". */
const AUTHOR_NAME_BEFORE =
  /^[ \t]*(?:Author|Commit(?:ter)?|Co-authored-by|Signed-off-by|From):[ \t]*"?([^<"\n]{1,60}?)"?[ \t]*<$/i;
/**
 * A bot's or a job's display name: "Renovate Bot", "ci-bot", "dependabot[bot]", "sync-job", "nightly-cron",
 * "ci-runner". The README's convention: bot and service accounts are never labelled (git authors are persons).
 */
const BOT_NAME =
  /^(?:[\p{L}\d][\p{L}\d .-]{0,40}?[ ._-](?:bot|job|runner|cron)|[\w.-]{1,40}\[bot\]|(?:dependabot|renovate|renovatebot|github-actions|ci|ci-runner))$/iu;
/** Whether the mailbox at e is a bot's in an author or sender line: noreply, or a bot's display name (not a person's given name first). */
function isBotAuthorMailbox(text: string, e: Entity): boolean {
  const before = lineBefore(text, e.start, 120);
  if (NOREPLY.test(text.slice(e.start, e.end)) && GIT_AUTHOR_BEFORE.test(before)) return true;
  const name = AUTHOR_NAME_BEFORE.exec(before)?.[1];
  if (name === undefined || !BOT_NAME.test(name)) return false;
  // Privacy first: "Anne Bot" (a Dutch family name) opens with a given name and stays.
  const first = name.split(/[ ._-]/)[0];
  if (isGivenName(first)) return false;
  // Review 44: a lone "ci" is a job's only as written by machines ("ci", "CI"); "Ci" is a given name ("From: Ci
  // <ci.nguyen@…>"). A person's shape, "Okafor Bot", "M. Runner", "Dr. Bot", "Le Job": a capitalised word, an
  // initial or a title, a blank, then the capitalised bot word, keeps the mailbox when the mailbox holds that first
  // word or the display name opens with an initial or a title ("Renovate Bot <bot@renovateapp.com>" still goes).
  // A mailbox naming a person by a given name in its local part ("ci <jana.okafor@…>") is the person's.
  const local = text.slice(e.start, e.end).split('@')[0];
  if (local.split(/[._+-]/).some((part) => part.length >= 3 && isGivenName(part[0].toUpperCase() + part.slice(1))))
    return false;
  if (/^ci$/i.test(name)) return name === 'ci' || name === 'CI';
  const personShape = /^(\p{Lu}[\p{L}'’-]*\.?) (?:Bot|Job|Runner|Cron)$/u.exec(name);
  if (personShape) {
    const word = personShape[1].replace(/\.$/, '');
    if (word.length <= 2 || TITLE.test(personShape[1])) return false;
    if (
      local
        .toLowerCase()
        .split(/[._+-]/)
        .includes(word.toLowerCase())
    )
      return false;
  }
  return true;
}

/** The value around a finding and its key: [key, valueStart, valueEnd] or undefined when no pair holds it. */
function pairAround(text: string, e: Entity): [string, number, number] | undefined {
  // Back from the finding to the value's start: "=" of a query pair, or the opening quote of a literal.
  let at = e.start;
  while (at > 0 && e.start - at < MAX_VALUE) {
    const c = text.charCodeAt(at - 1);
    if (c === 61 || c === 39 || c === 34 || c === 10 || c === 38 || c === 63) break;
    at--;
  }
  const opener = text.charCodeAt(at - 1);
  let end = e.end;
  if (opener === 61) {
    // A query pair: the value ends at "&", a blank or the line's end; it must open with "&" or "?" before the key.
    // The view has decoded "+" into blanks: the value runs to "&", a quote, the line's end or a request's " HTTP/".
    while (end < text.length && end - at < MAX_VALUE && !/[&"\n\r]/.test(text[end]) && !text.startsWith(' HTTP/', end))
      end++;
    if (end - at >= MAX_VALUE) return undefined;
    let k = at - 1;
    while (k > 0 && at - 1 - k < MAX_KEY && isKeyCode(text.charCodeAt(k - 1))) k--;
    if (k === at - 1 || (text[k - 1] !== '&' && text[k - 1] !== '?')) return undefined;
    return [text.slice(k, at - 1), at, end];
  }
  if (opener !== 39 && opener !== 34) return undefined;
  // A literal: the same quote closes it on the line; "key' => '" or "key: '" before it.
  while (end < text.length && end - at < MAX_VALUE && text.charCodeAt(end) !== opener && text[end] !== '\n') end++;
  if (text.charCodeAt(end) !== opener) return undefined;
  const before = /(['"]?)([A-Za-z][\w.-]{0,39})\1[ \t]*(?:=>|:)[ \t]*$/.exec(
    text.slice(Math.max(0, at - 1 - 50), at - 1),
  );
  // Code's keys only: quoted, before "=>", or written as an identifier ("club", "waterBody"); "Note: \"…\"" is prose.
  if (!before || !(before[1] || /=>[ \t]*$/.test(before[0]) || /^[a-z]/.test(before[2]))) return undefined;
  // An Avro union's wrapper (`"companion":{"string":"…"}`): the key outside it names the value.
  if (AVRO_BRANCH.test(before[2])) {
    const sep = Math.max(0, at - 1 - 50) + before.index + before[0].lastIndexOf(':');
    return [keyNamingValue(text, sep), at, end];
  }
  return [before[2], at, end];
}

/**
 * A value written as a thing's name: up to five capitalised words, short joining words between them ("River Tay",
 * "ASV Petri Heil", "Isle of Skye"), no title. Prose ("Sehr geehrter Herr Müller", a JSON "text") and a titled
 * person ("Herr Okafor") are no thing's name: their findings stay.
 */
function thingNamePhrase(value: string): boolean {
  const words = value.split(/[ \t+]+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => (/^\p{Lu}/u.test(w) ? !TITLE.test(w) : /^\p{Ll}{1,3}$/u.test(w)));
}
const TITLE = new RegExp(`^(?:${COURTESY_TITLES}|sir|dame|lady|lord)\\.?$`, 'i');

/** A word that makes a value a thing's name (see withoutThingValues). */
const thingWord = (w: string) =>
  isDictionaryWord(w) || isEnglishWord(w) || isPlaceOrBodyWord(w) || /^\p{Lu}{2,5}$/u.test(w);

/** A listed surname that is no given name and no ordinary word ("Kowalczyk"; not "Tay", "Tweed"). */
const surnameOnly = (word: string) => nameNoWord(word) && !isGivenName(word);

const AVRO_BRANCH = /^(?:string|bytes)$/;
const personKey = (key: string) =>
  isCompanionKey(keyAsLabel(key)) ||
  isNameKey(key) ||
  KEPT_KEYS.has(key.toLowerCase()) ||
  labelStrength(keyAsLabel(key)) !== undefined ||
  isWorkRole(keyAsLabel(key));

export function withoutThingValues(text: string, found: Entity[]): Entity[] {
  // How often each word stands in the text: counted once, on the first finding that asks (linear in the text).
  let counts: Map<string, number> | undefined;
  const countWords = (from: string) => {
    const map = new Map<string, number>();
    for (const w of from.match(WORD) ?? []) map.set(w, (map.get(w) ?? 0) + 1);
    return map;
  };
  /** Whether `word` stands in the text outside the value [start, end) too. */
  const elsewhere = (word: string, start: number, end: number) => {
    counts ??= countWords(text);
    return (counts.get(word) ?? 0) > (countWords(text.slice(start, end)).get(word) ?? 0);
  };
  const kept = found.filter((e) => {
    if (e.type === 'EMAIL_ADDRESS') return !isBotAuthorMailbox(text, e);
    if (e.type !== 'PERSON') return true;
    const value = text.slice(e.start, e.end);
    if (CRON_SENDER.test(value) && text.startsWith(' <', e.end)) return false;
    const pair = pairAround(text, e);
    if (!pair || personKey(pair[0])) return true;
    // A JSON Schema's example: its property's key says whose value it is ("holderName": {"example": "…"}).
    if (SCHEMA_KEYWORDS.has(pair[0]) && namePropertyAt(text, pair[1])) return true;
    const whole = text.slice(pair[1], pair[2]);
    if (/[\d@]/.test(whole) || !thingNamePhrase(whole)) return true;
    // A listed given name opening the value ("instructor": "Oskari Heikkilä"): a person, whatever the key.
    const parts = whole.split(/[ \t+]+/).filter(Boolean);
    if (isGivenName(parts[0])) return true;
    // Privacy first: a value is a thing's name only when one of its words says so — an ordinary word ("River",
    // "Anglers"), a place or water word ("Loch", "Lough"), or a club's letters ("ASV"); a name in any order stays.
    if (!parts.some(thingWord)) return true;
    // A place or water word before a listed surname ("River Kowalczyk": "River" is a given name too) says no
    // thing: only an ordinary word or a club's letters beside the surname would. Fail closed.
    const last = parts[parts.length - 1];
    if (surnameOnly(last) && parts.slice(0, -1).every((w) => isPlaceOrBodyWord(w) || !thingWord(w))) return true;
    const words = value.match(WORD) ?? [];
    return words.some((w) => elsewhere(w, pair[1], pair[2]));
  });
  return kept.length === found.length ? found : kept;
}
