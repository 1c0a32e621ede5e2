import type { Entity } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/**
 * A signature's name broken at the line's end, as PDF extractors keep a hyphenated line break
 * ("Unterschrift: Pfeifen-\nberger", "Signed off by customer:\nHeiri Flück-\niger"): the name
 * after a signature label, its word continued in lower case on the next line, is a person's name.
 * Names on one line are the other detectors' (cue words); this reads only the broken ones.
 */
const SIGNATURE_WORDS = ['unterschrift', 'unterzeichnet', 'signed', 'signature'];
const SIGNATURE_HINT = new KeywordPattern(new RegExp(SIGNATURE_WORDS.join('|'), 'gi'), SIGNATURE_WORDS);
/** The label and its colon ("Signed off by customer:", "Unterschrift des Gastes:"), the name on its line or the next. */
const SIGNATURE_LABEL =
  /(?:unterschrift|unterzeichnet|signed|signature)(?:[ \t]+(?:off|by|of|des|der|vom|von|the|customer|guest|gastes|kunden|kundin|mieters|mieterin))*[ \t]*:[ \t]*(?:\r?\n[ \t]*)?/iy;
/** One to three capitalised words, one of them broken at a line's end by a hyphen and continued in lower case. */
const BROKEN_NAME =
  /\p{Lu}[\p{L}\p{M}'’]*(?:-\r?\n\p{Ll}[\p{L}\p{M}]*)?(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*(?:-\r?\n\p{Ll}[\p{L}\p{M}]*)?){0,2}/uy;

export function signatureNames(text: string): Entity[] {
  const out: Entity[] = [];
  // Only a text with a line broken after a hyphen has such a name (one indexOf, no pass of its own).
  if (text.indexOf('-\n') === -1 && text.indexOf('-\r\n') === -1) return out;
  let from = 0;
  for (let hint = SIGNATURE_HINT.matchFrom(text, from); hint; hint = SIGNATURE_HINT.matchFrom(text, from)) {
    from = hint.index + hint[0].length;
    if (hint.index > 0 && /\p{L}/u.test(text[hint.index - 1])) continue;
    SIGNATURE_LABEL.lastIndex = hint.index;
    if (!SIGNATURE_LABEL.test(text)) continue;
    const at = SIGNATURE_LABEL.lastIndex;
    BROKEN_NAME.lastIndex = at;
    const m = BROKEN_NAME.exec(text);
    if (!m || !m[0].includes('-\n')) continue;
    out.push({ type: 'PERSON', start: at, end: at + m[0].length, score: 0.8 });
    from = Math.max(from, at + m[0].length);
  }
  return out;
}

/** A word's end broken at a line's end: "-", the line break, the rest of the word in lower case. */
const WORD_CONTINUED = /-\r?\n[ \t]*\p{Ll}[\p{L}\p{M}]*/uy;

/** Whether a word goes on after the hyphen at `at` on the next line ("Pfeifen-\nberger"). */
export function brokenAtLineEnd(text: string, at: number): boolean {
  WORD_CONTINUED.lastIndex = at;
  return WORD_CONTINUED.test(text);
}

/**
 * PERSON findings whose last word a PDF's line break split after a hyphen ("Anna Pfeifen-\nberger"):
 * the span goes on over "-\n" and the word's rest, so the whole surname is masked, not half of it.
 * Other findings as they are; the array is changed in place only where a name goes on.
 */
export function withBrokenNamesJoined(text: string, found: Entity[]): Entity[] {
  if (text.indexOf('-\n') === -1 && text.indexOf('-\r\n') === -1) return found;
  for (let i = 0; i < found.length; i++) {
    const e = found[i];
    if (e.type !== 'PERSON' || text.charCodeAt(e.end) !== 45) continue;
    WORD_CONTINUED.lastIndex = e.end;
    const m = WORD_CONTINUED.exec(text);
    if (m) found[i] = { ...e, end: e.end + m[0].length };
  }
  return found;
}

/** A letter's salutation at a line's start: the text is a letter, whose last line may be its writer's name alone. */
const SALUTATION = /(?:^|\n)[ \t]*(?:Sehr geehrte[rs]?|Liebe[rs]?|Guten Tag|Hallo|Dear|Hello|Hi)[ \t]+\p{Lu}/u;
/** A blank line, then the text's last line of two or three capitalised words (a name's particles between them). */
const LAST_NAME_LINE =
  /\n[ \t]*\r?\n[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:[ \t]+(?:(?:von|van|de|der|den|da|di|du|le|la|al|el|bin|ibn)[ \t]+)?\p{Lu}[\p{Ll}\p{M}'’-]{1,30}){1,2})[ \t]*\s*$/u;
/** Particles inside a name, which the word lists hold. */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn']);

/**
 * A letter signed with a name alone as its last line, after a blank line and without a closing formula ("Für
 * Rückfragen: 0251 9127704.\n\nZuze Sprūģis"; round 48, set 45): the text holds a salutation, and each word of the
 * line is no ordinary word of the lists unless a given name ("Ihre Hausverwaltung", "Glanzwerk Gebäudereinigung",
 * "Krull Söhne"… name none: a firm's line has its trade's word).
 */
export function letterEndNames(text: string): Entity[] {
  if (!SALUTATION.test(text)) return [];
  const m = LAST_NAME_LINE.exec(text.slice(-200));
  if (!m) return [];
  const words = m[1].split(/[ \t]+/).filter((w) => !PARTICLES.has(w));
  if (
    !words.every((w) => isGivenName(w) || (!isCommonWord(w) && !isDictionaryWord(w) && !isEnglishWord(w.toLowerCase())))
  )
    return [];
  const start = Math.max(0, text.length - 200) + m.index + m[0].indexOf(m[1]);
  return [{ type: 'PERSON', start, end: start + m[1].length, score: 0.75 }];
}
