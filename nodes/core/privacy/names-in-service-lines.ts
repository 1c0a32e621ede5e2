import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';

/**
 * Names in lines the other readers have no cue for, each told by its line's shape:
 * - legal service: the person a summons or a notice was served upon ("I served the summons and complaint upon\n
 *   Keixwnei Hotch by personal delivery", "served on Tamsin Oakhurst at her home"): who is served is a party;
 * - a door-access log line ending in a transponder's uid and its holder ("2026-03-09 07:02:40 Lager 2
 *   04D21A77C0E3B5 Kawennahere Diabo"): a card's uid (8, 14 or 20 hex digits) then capitalised words to the line's end;
 * - a text message's dash sign-off ('"On my way - Entingi"', "Running late – Wairimu"): one capitalised word after a
 *   dash, right before the message's closing quote, after a sentence in lower case.
 * The words must be no ordinary words ("served upon the Defendant", "04D21A77C0E3B5 Lager Nord", '"Berlin - Hamburg"',
 * '"see you at the gate - Thanks"'), or known names.
 */

/** Serving, then up to 80 characters of the same sentence, then "upon" or "on" and the name (perhaps on the next line). */
const SERVED_UPON =
  /(?<![\p{L}])(?:served|serve|serving|service)(?![\p{L}])[^.\n]{0,80}?[ \t](?:upon|on)[ \t]*(?:\r?\n[ \t]*)?(?=\p{Lu})/gu;
/** One to three capitalised words, each bounded. */
const NAME_WORDS = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}/uy;
/** What may follow a served person: "by", "at", "who", "personally", a comma, a full stop, a bracket or the line's end. */
const AFTER_SERVED = /^(?:[ \t]+(?:by|at|who|personally|in|on|via)(?![\p{L}])|[ \t]*[,.;(]|[ \t]*\r?$)/u;

/** A log line's timestamp near its start (bounded reads: linear time), then a little, a card's uid (hex with a digit and a letter), then the holder to the line's end. */
const UID_THEN_NAME =
  /^[^\n]{0,30}?\d{2}:\d{2}(?::\d{2})?[^\n]{0,80}?[ \t](?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])(?:[0-9A-F]{20}|[0-9A-F]{14}|[0-9A-F]{8})[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})[ \t]*\r?$/gmu;

/** A quoted message's dash sign-off: lower-case prose, a dash, one capitalised word, the closing quote. */
const DASH_SIGN_OFF =
  /["“„](?=[^"“”„\n]{0,160}?\p{Ll}{2})[^"“”„\n]{0,160}?[ \t][-–—][ \t]*(\p{Lu}[\p{Ll}\p{M}'’]+)[.!]?["”]/gu;

/** A word of a name: a known name, or no word of the dictionaries. */
const nameWord = (word: string) =>
  isGivenName(word) ||
  isKnownName(word) ||
  (!isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()) && !isCommonWord(word));

export function namesInServiceLines(text: string): Entity[] {
  const out: Entity[] = [];
  if (/serv/i.test(text))
    for (const m of text.matchAll(SERVED_UPON)) {
      const start = m.index + m[0].length;
      NAME_WORDS.lastIndex = start;
      const run = NAME_WORDS.exec(text)?.[0];
      if (run === undefined || !run.split(/[ \t]/).every(nameWord)) continue;
      if (!AFTER_SERVED.test(text.slice(start + run.length, start + run.length + 14))) continue;
      out.push(person(start, start + run.length, 0.7));
    }
  if (/[0-9A-F]{8}/.test(text))
    for (const m of text.matchAll(UID_THEN_NAME)) {
      if (!m[1].split(/[ \t]/).every(nameWord)) continue;
      const start = m.index + m[0].lastIndexOf(m[1]);
      out.push(person(start, start + m[1].length, 0.7));
    }
  for (const m of text.matchAll(DASH_SIGN_OFF)) {
    if (!nameWord(m[1])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push(person(start, start + m[1].length, 0.7));
  }
  return out;
}
