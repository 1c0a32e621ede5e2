/**
 * Names joined by "_", as file names, log keys, user ids and export columns write them: "ANNA_SCHMIDT",
 * "Anna_Schmidt", "Bewerbung_Anna_Schmidt_final", "export;IVANA_NOVAK;2024". The other detectors read words
 * between blanks and never see them. Identifiers look the same ("MAX_RETRIES", "FIRST_NAME", "TEST_USER",
 * "DB_HOST", "README_FIRST"), so the words decide: a given name from the lists and one or two surnames after
 * it (or a surname, then the given name: "SCHMIDT_ANNA"). A surname is a listed name that is no ordinary
 * word; written capitalised as names are (not in capitals, as constants are), also a word no list holds.
 * Words in lower case ("anna_schmidt") are snake_case code as often: they are read only after a name key
 * (names-log-keys.ts). One pass of one pattern, each joined run split once: linear in the text.
 */
import type { Entity } from './entities.js';
import { LOWER, UPPER } from './letters.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName, nameNoWord } from './name-list.js';

/** A run of words and numbers joined by "_", whole (not starting inside another run). */
const JOINED = new RegExp(`(?<![${UPPER}${LOWER}\\d_])[${UPPER}${LOWER}\\d]+(?:_[${UPPER}${LOWER}\\d]+)+`, 'g');
const CAPITALS = new RegExp(`^[${UPPER}]{2,}$`);
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

export function joinedNames(text: string): Entity[] {
  // Cheap first look: most texts have no "_".
  if (!text.includes('_')) return [];
  const out: Entity[] = [];
  JOINED.lastIndex = 0;
  for (let m = JOINED.exec(text); m; m = JOINED.exec(text)) {
    const parts = m[0].split('_');
    const starts: number[] = [];
    let at = m.index;
    for (const p of parts) {
      starts.push(at);
      at += p.length + 1;
    }
    for (let i = 0; i + 1 < parts.length; i++) {
      const written = style(parts[i]);
      if (!written || style(parts[i + 1]) !== written) continue;
      let last = -1;
      if (isGivenName(asName(parts[i]))) {
        // Up to two surnames (or a second given name and a surname), written as the given name is.
        for (let j = i + 1; j < parts.length && j <= i + 2 && style(parts[j]) === written; j++) {
          if (!surname(parts[j], written)) break;
          last = j;
        }
      } else if (nameNoWord(asName(parts[i])) && isGivenName(asName(parts[i + 1]))) last = i + 1;
      if (last < 0) continue;
      out.push({ type: 'PERSON', start: starts[i], end: starts[last] + parts[last].length, score: 0.92 });
      i = last;
    }
  }
  return out;
}
