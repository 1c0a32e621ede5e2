import { LEGAL_FORM } from './addresses.js';
import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { LOWER, NAME_WORD, UPPER } from './letters.js';
import {
  asciiWordHash,
  isCommonWord,
  isDictionaryWord,
  isEnglishWord,
  isGivenName,
  isKnownName,
  mayBeGivenName,
} from './name-list.js';
import { initialAt } from './names-initials.js';
import { known, labelStrength, parseName, person, plausibleName, TITLES, wordLike, type ParsedName } from './names.js';

/**
 * Shapes of documents that carry names without a cue word before them: the display name before an
 * e-mail address ("Jiho Cho <jiho.cho@…>", reply headers, calendar invitations), people introducing
 * themselves ("hier ist Raúl", "it's Bowen"), greetings inside a line („Ja, hallo Rodel,"), @mentions,
 * the recipient block of a letter (a name above a street and a postal code, or under "Herrn"), the
 * nicks of an IRC log, and a name found once appearing again alone ("Attendees: Obinna Nwosu" …
 * "- Obinna to chase").
 */

const isUpperCode = codeUnitTest(new RegExp(`^[${UPPER}]`));
const accept = (name: ParsedName | undefined): name is ParsedName =>
  !!name && (known(name) || plausibleName(name)) && !name.tokens.some(wordLike);

/** An address in angle brackets; the display name is right before it. */
const ANGLE_EMAIL = /<[^\s<>@]{1,64}@[^\s<>]{1,255}>/y;
/** The name words before an address: "Jiho Cho", "Okafor, Jana", "\"Okafor, Jana\"". */
const NAME_BEFORE = new RegExp(
  `(?:^|[^${UPPER}${LOWER}'’.-])((?:${NAME_WORD}|[${UPPER}]\\.)(?:,?[ \\t]+(?:${NAME_WORD}|[${UPPER}]\\.)){0,3})"?[ \\t]*$`,
);
/** Before a self-introduction's name: "hier ist", "it's", "this is", "my name is", "ich bin", "I'm". */
const INTRODUCTION_BEFORE =
  /(?:hier ist|hier spricht|(?:^|[,.!]|hallo|hi|moin|ja)[ \t]*hier|it's|it’s|it is|this is|name is|name ist|ich bin|ich heiße|i'm|i’m|i am)[ \t]+$/i;
/** Greetings inside a line, the name before a comma: „Ja, hallo Rodel," "Liebe/r Payam,". */
const GREETING_BEFORE = /(?:hallo|hello|hi|hey|dear|liebe\/r|liebe[rs]?)[ \t]+$/i;

/**
 * A name after a cue the role scan stopped at (`before`: the text up to the name): a person
 * introducing themselves, or greeted inside a line.
 */
export function introducedName(text: string, at: number, before: string): ParsedName | undefined {
  const intro = INTRODUCTION_BEFORE.test(before);
  if (!intro && !GREETING_BEFORE.test(before)) return undefined;
  TITLES.lastIndex = at;
  const from = TITLES.test(text) ? TITLES.lastIndex : at;
  const name = parseName(text, from, false);
  if (!name || name.tokens.some(wordLike)) return undefined;
  // "His name is Kelechi": a name-shaped word after "name is" is a name, whatever the lists say.
  if (intro) return accept(name) || /name (?:is|ist)[ \t]+$/i.test(before) ? name : undefined;
  // A greeting inside a line puts the name before a comma or "!": any name-shaped word there ("hallo Tamsin,").
  return /^[ \t]*[,!]/.test(text.slice(name.end, name.end + 3)) ? name : undefined;
}

/** A street line: "Friedrich-Ebert-Straße 118", "2914 Maple Avenue", "Flat 3, 21 Coronation Terrace", "Postfach 10 22 33". */
const STREET_LINE =
  /^[ \t]*(?:\d+[a-zA-Z]?[ \t]+\S.*|\S.{1,60}?[ \t]\d+[ \t]?[a-zA-Z]?(?:[ \t]*[,/-].*)?|Postfach.*|P\.?O\.? Box.*)$/;
/** A postal code line: "70176 Stuttgart", "Leeds LS6 2QD", "Austin, TX 78704", "A-1010 Wien". */
const POSTAL_LINE =
  /(?:^|[ \t,])(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]|$)|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b|\b[A-Z]{2}[ \t]+\d{5}\b/;
/** A title alone on a line above the recipient's name: "Herrn", "Frau", "Mr", "Ms". */
const TITLE_LINE = /^[ \t]*(?:Herrn?|Frau|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss|An)[ \t]*$/;
/** An IRC line: "<nick> text", or "*** nick hat …"/"* nick is away" (lower-case nicks as IRC writes them). */
const IRC_SPEAKER = /^<([\p{L}][\p{L}\d._-]{1,30})>[ \t]/u;
const IRC_EVENT = /^\*{1,3}[ \t]+([\p{L}][\p{L}\d._-]{1,30})[ \t]/u;

/** Nicks of programs, not people: "ci-bot", "jenkins", "github-actions". */
const BOT =
  /bot\b|^bot|^ci\b|jenkins|github|gitlab|server|daemon|system|admin|^root$|monitor|alert|^(?:div|span|p|br|li|ul|ol|td|tr|th|table|html|body|head|a|b|i|em|strong|code|pre)$/i;

export function documentShapes(text: string, out: Entity[]): void {
  displayNames(text, out);
  for (let sign = text.indexOf('@'); sign !== -1; sign = text.indexOf('@', sign + 1)) {
    if (!isUpperCode(text.charCodeAt(sign + 1)) || (sign > 0 && /[\w@.]/.test(text[sign - 1]))) continue;
    const at = sign + 1;
    const name = parseName(text, at, false);
    if (accept(name) && name.tokens.some((t) => isGivenName(t) || isKnownName(t))) out.push(person(at, name.end, 0.8));
  }
}

function displayNames(text: string, out: Entity[]): void {
  for (let angle = text.indexOf('<'); angle !== -1; angle = text.indexOf('<', angle + 1)) {
    ANGLE_EMAIL.lastIndex = angle;
    const m = ANGLE_EMAIL.exec(text);
    if (!m) continue;
    // 80 characters back at most, cut at the line's start (not a search back through a long line per address).
    const window = text.slice(Math.max(0, m.index - 80), m.index);
    const before = window.slice(window.lastIndexOf('\n') + 1);
    const words = NAME_BEFORE.exec(before);
    if (!words) continue;
    const start = m.index - before.length + words.index + words[0].indexOf(words[1]);
    const name = parseName(text, start, true);
    if (accept(name) && !LEGAL_FORM.test(text.slice(start, m.index))) out.push(person(start, name.end, 0.85));
  }
}

/** What the line pass gathers for the shapes read per line: the nicks of an IRC log. */
export interface LineShapes {
  nicks: { start: number; end: number; nick: string }[];
  speakers: number;
}

export const lineShapes = (): LineShapes => ({ nicks: [], speakers: 0 });

/**
 * One line of the line pass (names.ts): an IRC line, or the name of a recipient block.
 * `previous`: the start of the line before.
 */
export function shapeLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  previous: number,
  shapes: LineShapes,
  out: Entity[],
): void {
  const first = text.charCodeAt(lineStart);
  if (first === 60 || first === 42) {
    const line = text.slice(lineStart, lineEnd);
    const m = (first === 60 ? IRC_SPEAKER : IRC_EVENT).exec(line);
    if (m) {
      const start = lineStart + line.indexOf(m[1]);
      shapes.nicks.push({ start, end: start + m[1].length, nick: m[1] });
      if (first === 60) shapes.speakers++;
    }
  } else if (
    lineEnd - lineStart < 60 &&
    isUpperCode(text.charCodeAt(lineStart)) &&
    maybeRecipient(text, lineStart, lineEnd, previous)
  ) {
    recipient(text, lineStart, lineEnd, text.slice(previous, Math.max(previous, lineStart - 1)), out);
  }
}

/** After the line pass: two speakers' lines make a chat log, and every nick in it is a person's. */
export function finishLineShapes(shapes: LineShapes, out: Entity[]): void {
  if (shapes.speakers < 2) return;
  for (const n of shapes.nicks) if (!wordLike(n.nick) && !BOT.test(n.nick)) out.push(person(n.start, n.end, 0.8));
}

const TITLE_AT = /(?:Herrn?|Frau|Mr|Mrs|Ms|Mx|Miss|An)\b/y;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Cheap signs of a recipient block, read without cutting lines out: a label or title above, a digit on the street line below. */
function maybeRecipient(text: string, lineStart: number, lineEnd: number, previous: number): boolean {
  if (text[lineStart - 2] === ':' || (text[lineStart - 2] === '\r' && text[lineStart - 3] === ':')) return true;
  TITLE_AT.lastIndex = previous;
  if (previous < lineStart && TITLE_AT.test(text)) return true;
  const streetStart = lineEnd + 1;
  for (let i = streetStart; i < streetStart + 4 && i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  const next = text.indexOf('\n', streetStart);
  let end = next === -1 ? text.length : next;
  while (end > streetStart && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  return end > streetStart && (isDigit(text.charCodeAt(end - 1)) || isDigit(text.charCodeAt(end - 2)));
}

function recipient(text: string, lineStart: number, lineEnd: number, previous: string, out: Entity[]): void {
  let at = lineStart;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const name = parseName(text, at, true);
  if (!name) return;
  const rest = text.slice(name.end, lineEnd);
  // A list's row under its label may go on in columns ("Erben:\nOkonjo, Chidiebere      1/2   12.03.1970").
  const columns = /^(?: {2,}|\t)[ \t]*\S/.test(rest);
  if (!columns && !/^[ \t]*\r?$/.test(rest)) return;
  if (LEGAL_FORM.test(text.slice(lineStart, lineEnd))) return;
  // Under "Herrn" or "Deliver to:", alone on their lines.
  const label = /^[ \t]*([^:\n]{2,40}):[ \t]*\r?$/.exec(previous);
  if (columns && !(label && labelStrength(label[1]))) return;
  if (TITLE_LINE.test(previous) || (label && labelStrength(label[1]))) {
    if (accept(name) || known(name)) out.push(person(at, name.end, 0.85));
    return;
  }
  if (name.tokens.length < 2 || name.tokens.some(wordLike)) return;
  // Above a street line and a postal code line.
  const next = text.indexOf('\n', lineEnd + 1);
  const street = text.slice(lineEnd + 1, next === -1 ? text.length : next);
  if (!STREET_LINE.test(street)) return;
  const after =
    next === -1
      ? ''
      : text.slice(next + 1, text.indexOf('\n', next + 1) === -1 ? text.length : text.indexOf('\n', next + 1));
  if (POSTAL_LINE.test(street) || POSTAL_LINE.test(after)) out.push(person(at, name.end, 0.8));
}

/** Where a lone name may stand: a line's start after bullets or quote marks, after ": " or a sentence's end. */
const LINE_LEAD = /[ \t]*(?:[-*•>#]+[ \t]*|\d{1,2}[.)][ \t]*)*/y;
/** A sentence's end (a question's too: "Could you take it? Oona will be there") or a field's colon. */
const SENTENCE_MARKS = ['. ', ': ', '? '];
const LONE_WORD = new RegExp(`${NAME_WORD}(?![${UPPER}${LOWER}\\d@])`, 'y');
/** After a name found before, alone: punctuation or a line's end (or the text's end, which the caller tests). */
const isNextPunctuationCode = codeUnitTest(/^[,.;:!?)\r\n]$/);
const isLowerLetterCode = codeUnitTest(new RegExp(`[${LOWER}]`));

/** Whether the character at `at` is a lower-case letter: a code comparison for ASCII, the letter class otherwise. */
function isLowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122) return true;
  return c >= 0xdf && isLowerLetterCode(c);
}

/**
 * The end of the capitalised word at `at` ("Obinna"), or -1: plain ASCII words read by their codes,
 * the rest ("Radosław", "O'Brien") by the name-word pattern.
 */
function loneWordEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first >= 65 && first <= 90) {
    let end = at + 1;
    for (let c = text.charCodeAt(end); c >= 97 && c <= 122; c = text.charCodeAt(++end));
    const c = text.charCodeAt(end);
    // The word ends at a blank, punctuation, a line's or the text's end: done without the pattern.
    if (
      end > at + 1 &&
      (c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 46 || c === 58 || c === 59 || Number.isNaN(c))
    )
      return end;
    if (end === at + 1 && !(c >= 0xc0 || c === 39 || c === 0x2019)) return -1;
  } else if (first < 0xc0 || !isUpperCode(text.charCodeAt(at))) return -1;
  LONE_WORD.lastIndex = at;
  return LONE_WORD.test(text) ? LONE_WORD.lastIndex : -1;
}

/**
 * A name found once (a pair, a field, a list) appears again alone where sentences and lines start:
 * "Attendees: …, Obinna Nwosu" then "- Obinna to chase the PO"; a given name from the lists there,
 * followed by a lower-case word ("Gennaro ist ab Montag wieder da"), is a person too.
 */
/** The words of the names found so far, as written ("Obinna", "Nwosu"), for finding them again alone. */
export function foundWords(text: string, out: Entity[], seen = new Set<string>(), from = 0): Set<string> {
  for (let i = from; i < out.length; i++) {
    const e = out[i];
    if (e.end - e.start > 60) continue;
    let at = e.start;
    while (at < e.end) {
      LONE_WORD.lastIndex = at;
      if (isUpperCode(text.charCodeAt(at)) && LONE_WORD.test(text) && LONE_WORD.lastIndex <= e.end) {
        const end = LONE_WORD.lastIndex;
        if (end - at > 2) {
          const w = text.slice(at, end);
          if (!seen.has(w) && !isCommonWord(w) && !isDictionaryWord(w)) seen.add(w);
        }
        at = end;
      }
      // On to the next word.
      while (at < e.end && text[at] !== ' ' && text[at] !== ',' && text[at] !== '\t') at++;
      while (at < e.end && (text[at] === ' ' || text[at] === ',' || text[at] === '\t')) at++;
    }
  }
  return seen;
}

export function repeatedNames(text: string, out: Entity[], seen: Set<string>, lineStarts: number[]): void {
  // A document where no name was found: a capitalised word at a line's start is as often a word.
  if (seen.size === 0) return;
  const seenHashes = new Set<number>();
  for (const w of seen) seenHashes.add(asciiWordHash(w, 0, w.length));
  const check = (at: number) => {
    const end = loneWordEnd(text, at);
    if (end === -1) return;
    const next = text.charCodeAt(end);
    // After the word: a lower-case word (both kinds), or punctuation, a line's end, the text's end (names found before).
    const verb = (next === 32 || next === 9) && isLowerAt(text, end + 1) && isLowerAt(text, end + 2);
    if (
      !verb &&
      !((next === 32 || next === 9) && isLowerAt(text, end + 1)) &&
      // The text's end counts as punctuation.
      !(end >= text.length || isNextPunctuationCode(next))
    )
      return;
    // Most words starting sentences are neither: ruled out by their number, without cutting them out.
    const hash = asciiWordHash(text, at, end);
    if (hash !== -1 && !seenHashes.has(hash) && !(verb && mayBeGivenName(hash))) return;
    const word = text.slice(at, end);
    if (seen.has(word)) out.push(person(at, end, 0.7));
    else if (verb && isGivenName(word) && !isEnglishWord(word)) out.push(person(at, end, 0.6));
  };

  for (const lineStart of lineStarts) {
    const c = text.charCodeAt(lineStart);
    // Bullets, quote marks and numbers before a name: "- Obinna to chase", "> Seoyeon", "2. Mahsa ist …".
    if (c === 45 || c === 42 || c === 0x2022 || c === 62 || c === 35 || (c >= 48 && c <= 57) || c === 32 || c === 9) {
      LINE_LEAD.lastIndex = lineStart;
      LINE_LEAD.test(text);
      check(LINE_LEAD.lastIndex);
    } else check(lineStart);
  }
  // Sentence starts and field values (". ", "? ", ": ") found by search, the name right after.
  for (const mark of SENTENCE_MARKS)
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 2)) {
      if (mark === '. ') initialAt(text, at, out);
      let word = at + 2;
      while (text[word] === ' ') word++;
      check(word);
    }
}
