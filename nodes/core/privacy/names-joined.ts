/**
 * Names joined by "_", as file names, log keys, user ids and export columns write them: "ANNA_SCHMIDT",
 * "Anna_Schmidt", "Bewerbung_Anna_Schmidt_final", "export;IVANA_NOVAK;2024". The other detectors read words
 * between blanks and never see them. Identifiers look the same ("MAX_RETRIES", "FIRST_NAME", "TEST_USER",
 * "DB_HOST", "README_FIRST"), so the words decide: a given name from the lists and one or two surnames after
 * it (or a surname, then the given name: "SCHMIDT_ANNA"). A surname is a listed name that is no ordinary
 * word; written capitalised as names are (not in capitals, as constants are), also a word no list holds.
 * Words in lower case ("anna_schmidt") are snake_case code as often: they are read only after a name key
 * (names-log-keys.ts). Logins and exports join by "." as well ("Anna.Schmidt", "ANNA.SCHMIDT") and write
 * the surname alone in capitals ("Anna_SCHMIDT", "SCHMIDT_Anna"). A name right before a firm's or a thing's
 * word is that firm's or thing's ("PAUL_SCHERRER_INSTITUT", "JACK_DANIELS_BOTTLE", "JOHN_DEERE_X300": in
 * capitals, constants and SKUs go on with words and codes), and "San", "Los", "New" … start places
 * ("SAN_FRANCISCO"). One pass for the joints, each joined run read and split once: linear in the text.
 */
import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { CAPITALS_WORD, LOWER, UPPER } from './letters.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName, nameNoWord } from './name-list.js';

/** A run of words and numbers joined by "_", whole (not starting inside another run). */
const JOINED = new RegExp(`(?<![${UPPER}${LOWER}\\d_.])[${UPPER}${LOWER}\\d]+(?:[_.][${UPPER}${LOWER}\\d]+)+`, 'g');
/** A joint: "_" or "." before a letter. Found first: the pattern above, tried at every position, cost 130 ms on 8 MB. */
const JOINT = new RegExp(`[_.][${UPPER}${LOWER}]`, 'g');
/** A character of a run: a letter, a digit, "_" or ".". */
const isRunCode = codeUnitTest(new RegExp(`[${UPPER}${LOWER}\\d_.]`));
/** Words that make the name before them a firm's, an institute's, a product's or a street's. */
const THING_AFTER = new Set(
  'institut institute stiftung foundation klinik klinikum clinic hospital gmbh ag kg inc ltd llc corp co parts products product group gruppe hotel schule school gymnasium university universität uni college museum strasse straße str street road avenue platz weg allee award prize preis brand marke bottle edition collection'.split(
    ' ',
  ),
);
/** Words after a name in capitals that a document's file or export name goes on with (no constant's words). */
const DOCUMENT_AFTER = new Set(
  'cv lebenslauf bewerbung zeugnis final neu new alt old kopie copy entwurf draft signed unterschrieben scan v1 v2 v3'.split(
    ' ',
  ),
);
/** First words of places, not given names ("SAN_FRANCISCO", "Los_Angeles", "New_York", "St_Moritz"). */
const PLACE_START = new Set(
  'San Santa Santo Sao São Los Las El La Le New Saint St Sankt Port Fort Mount Bad'.split(' '),
);
const CODE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d]+$/;
const CAPITALS = new RegExp(`^${CAPITALS_WORD}$`);
const CAPITALISED = new RegExp(`^[${UPPER}][${LOWER}]+$`);

/** How a part is written: in capitals, capitalised, or neither (lower case, digits, mixed: no name word). */
function style(part: string): 'capitals' | 'capitalised' | undefined {
  if (CAPITALS.test(part)) return 'capitals';
  if (CAPITALISED.test(part)) return 'capitalised';
  return undefined;
}

/** "ANNA" and "Anna" are both asked as "Anna": the lists hold names capitalised. */
const asName = (part: string) => part[0] + part.slice(1).toLowerCase();

const noWord = (name: string) => !isDictionaryWord(name) && !isEnglishWord(name) && !isCommonWord(name);

/** A surname after a given name: a listed name that is no word; capitalised, also a word no list holds. */
function surname(part: string, written: 'capitals' | 'capitalised'): boolean {
  const name = asName(part);
  if (isKnownName(name) && noWord(name)) return true;
  return written === 'capitalised' && part.length >= 3 && noWord(name);
}

/** Whether the part after a name makes it no person's: a firm's or thing's word, or a constant's word or code. */
function thingAfter(next: string | undefined, written: 'capitals' | 'capitalised'): boolean {
  if (next === undefined) return false;
  const lower = next.toLowerCase();
  if (THING_AFTER.has(lower)) return true;
  if (written !== 'capitals' || DOCUMENT_AFTER.has(lower)) return false;
  return CODE.test(next) || (style(next) === 'capitals' && !noWord(asName(next)));
}

/** Whether a part is written as a given name's part `given` allows: alike, or the surname alone in capitals. */
const sameOrCapitals = (part: string, given: 'capitals' | 'capitalised') => {
  const written = style(part);
  return written === given || (given === 'capitalised' && written === 'capitals');
};

const givenAt = (part: string) => isGivenName(asName(part));

export function joinedNames(text: string): Entity[] {
  // Cheap first look: most texts have no "_" (nearly all have a ".": the pattern decides then).
  if (!text.includes('_') && !text.includes('.')) return [];
  const out: Entity[] = [];
  JOINT.lastIndex = 0;
  for (let joint = JOINT.exec(text); joint; joint = JOINT.exec(text)) {
    // The whole run of letters, digits, "_" and "." around the joint: the characters beside it are none of
    // them, so the pattern finds in the run what it finds there in the text. Each run is read once.
    let from = joint.index;
    while (from > 0 && isRunCode(text.charCodeAt(from - 1))) from--;
    let to = joint.index + 1;
    while (to < text.length && isRunCode(text.charCodeAt(to))) to++;
    JOINT.lastIndex = to;
    const run = text.slice(from, to);
    JOINED.lastIndex = 0;
    for (let m = JOINED.exec(run); m; m = JOINED.exec(run)) joinedName(m[0], from + m.index, out);
  }
  return out;
}

/** The names in one joined run `joined` that starts at `index` of the text. */
function joinedName(joined: string, index: number, out: Entity[]): void {
  const parts = joined.split(/[_.]/);
  const starts: number[] = [];
  let at = index;
  for (const p of parts) {
    starts.push(at);
    at += p.length + 1;
  }
  for (let i = 0; i + 1 < parts.length; i++) {
    const written = style(parts[i]);
    if (!written || !style(parts[i + 1]) || PLACE_START.has(asName(parts[i]))) continue;
    let last = -1;
    if (givenAt(parts[i])) {
      // Up to two surnames (or a second given name and a surname), written as the given name is or in capitals.
      for (let j = i + 1; j < parts.length && j <= i + 2 && sameOrCapitals(parts[j], written); j++) {
        if (!surname(parts[j], style(parts[j])!)) break;
        last = j;
      }
    } else if (
      nameNoWord(asName(parts[i])) &&
      (style(parts[i + 1]) === written || written === 'capitals') &&
      givenAt(parts[i + 1])
    )
      last = i + 1;
    if (last >= 0 && thingAfter(parts[last + 1], style(parts[last])!)) {
      i = last;
      continue;
    }
    if (last < 0) continue;
    out.push({ type: 'PERSON', start: starts[i], end: starts[last] + parts[last].length, score: 0.92 });
    i = last;
  }
}
