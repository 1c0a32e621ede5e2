import type { Entity } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';
import { isNameHeading } from './tables.js';
import { isNameParticle } from './name-particles.js';

/**
 * Lists of candidates and nominated persons: an election's statement of persons nominated, a ballot paper's list, a
 * German "Wahlvorschlag" or list of "Bewerber" — one person a line, often in capitals, then a dash and the party or a
 * description ("OKONKWO ADAEZE – Green Party", "1. KOWALCZYK, Agnieszka – Lehrerin, Hauptstr. 4"). The names are
 * anyone's (no name list holds them) and capitals hide how words read, so the structure is the evidence: a heading
 * of candidates or nominations, then lines of one name and a description. Lines whose words are words of the
 * language ("GREEN PARTY – 12 seats", "Mancroft Ward – 3"), acronyms ("SPD", "ÖVP") or a heading are no one.
 * One pass over the headings; each line after them is read once.
 */
const HEADING_WORDS = ['nominat', 'candidat', 'kandidat', 'wahlvorschl', 'bewerber', 'stimmzettel', 'ballot'];
const HEADING_HINT = new KeywordPattern(new RegExp(HEADING_WORDS.join('|'), 'gi'), HEADING_WORDS);
/** A heading line is short; a sentence that mentions candidates in passing heads no list. */
const HEADING_MAX = 120;
/** The lines a list may run to. */
const MAX_LINES = 200;
/** A list's number before the name ("1.", "2)", "03"). */
const NUMBER = /^[ \t]*(?:[-*•][ \t]+|\d{1,3}[.)]?[ \t]+)?/;
/** Where the name ends and its description begins: a dash between blanks, a tab, a bracket, a semicolon, a bar. */
/** Each blank run is tried from its first blank only (the lookbehinds): a long run of blanks costs its length once. */
const SEPARATOR = /(?<![ \t])[ \t]+[–—-][ \t]+|\t|(?<![ \t])[ \t]*\(|(?<![ \t])[ \t]*;|(?<![ \t])[ \t]+\|/;
/** A comma and the blanks around it, tried from a blank run's first blank only (linear, as SEPARATOR). */
const COMMA = /(?<![ \t])[ \t]*,[ \t]*/;
const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?:[-'’]\p{Lu}[\p{Ll}\p{M}'’-]*)*$/u;
/** A word that may be part of a person's name: a listed name, or no word of the language (capitals read as a name). */
function nameWord(word: string): boolean {
  const asName = CAPITALS.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
  if (isKnownName(asName)) return true;
  // An acronym ("SPD", "ÖVP", "UKIP"): capitals of three letters or fewer, or with no vowel.
  if (CAPITALS.test(word) && word.length <= 3) return false;
  return asName.split(/[-'’]/).every((p) => {
    if (p.length < 2) return false;
    const lower = p.toLowerCase();
    return !isCommonWord(p) && !isDictionaryWord(p) && !isEnglishWord(lower) && !isDictionaryWord(lower);
  });
}

/** The words of a part of a name, all in capitals or all capitalised (particles allowed between), or undefined. */
function nameWords(part: string, capitals: boolean, min: number, max: number): string[] | undefined {
  const words = part.split(/[ \t]+/).filter((w) => w !== '');
  const core = words.filter((w, i) => !(i > 0 && i < words.length - 1 && isNameParticle(w.toLowerCase())));
  if (core.length < min || core.length > max) return undefined;
  const shape = capitals ? CAPITALS : CAPITALISED;
  return core.every((w) => shape.test(w) && nameWord(w)) ? core : undefined;
}

/**
 * The name at the start of a list's line (after its number), as [start, end) offsets in the line, or undefined:
 * "SURNAME GIVEN", "SURNAME, Given", "SURNAME Given", "Surname, Given" or "Given Surname" before a separator; the
 * forms with capitals or a comma also before a comma and an address ("…, 12 High Street") or at the line's end.
 */
function nameInLine(line: string): [number, number] | undefined {
  const start = NUMBER.exec(line)![0].length;
  const rest = line.slice(start);
  const sep = SEPARATOR.exec(rest);
  const head = (sep ? rest.slice(0, sep.index) : rest).trimEnd();
  const described = !!sep && rest.slice(sep.index + sep[0].length).trim() !== '';
  // "Familienname, Vorname | Geburtsdatum | …": a signature list's heading row under the form's title is nobody.
  // Headings are short; a long head is no heading (and the heading patterns are not run over a run of blanks).
  if (head.length <= 60 && isNameHeading(head)) return undefined;
  const parts = head.split(COMMA);
  // "NAME, 12 High Street": the part after the comma is an address, not a given name.
  const name = parts.length > 1 && /^\d/.test(parts[1]) ? parts[0] : parts.slice(0, 2).join(', ');
  const [surname, given] = name.split(', ');
  let ok: boolean;
  if (given !== undefined) {
    // "SURNAME, Given" or "Surname, Given": one or two surname words, one to three given names.
    ok = (!!nameWords(surname, true, 1, 2) || !!nameWords(surname, false, 1, 2)) && !!nameWords(given, false, 1, 3);
    if (!ok) ok = !!nameWords(surname, true, 1, 2) && !!nameWords(given, true, 1, 3);
  } else {
    const words = surname.split(/[ \t]+/);
    const caps = words.findIndex((w) => !CAPITALS.test(w));
    if (caps === -1)
      // Capitals only: two words or more (one alone is a surname the other forms read, or an acronym).
      ok = !!nameWords(surname, true, 2, 4) && (described || parts.length > 1);
    else if (caps > 0)
      // "ROTHENBERGER Malte": the surname in capitals, then the given names.
      ok =
        !!nameWords(words.slice(0, caps).join(' '), true, 1, 2) &&
        !!nameWords(words.slice(caps).join(' '), false, 1, 3);
    // "Given Surname – description": mixed case only with a description after its dash.
    else ok = described && !!nameWords(surname, false, 2, 4);
  }
  if (!ok) return undefined;
  if (given === undefined) return [start, start + surname.length];
  const comma = head.search(COMMA);
  return [start, start + comma + /^[ \t]*,[ \t]*/.exec(head.slice(comma))![0].length + given.length];
}

export function namesInCandidateLists(text: string): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  // Lines already read after an earlier heading: each is read once.
  let readUntil = 0;
  for (let hint = HEADING_HINT.matchFrom(text, from); hint; hint = HEADING_HINT.matchFrom(text, from)) {
    const lineStart = text.lastIndexOf('\n', hint.index) + 1;
    let lineEnd = text.indexOf('\n', hint.index);
    if (lineEnd === -1) lineEnd = text.length;
    from = lineEnd + 1;
    if (lineEnd - lineStart > HEADING_MAX || lineEnd < readUntil) continue;
    let at = lineEnd + 1;
    // One blank line may stand between the heading and its list.
    if (text[at] === '\n') at++;
    else if (text[at] === '\r' && text[at + 1] === '\n') at += 2;
    for (let n = 0; n < MAX_LINES && at < text.length; n++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const line = text.slice(at, end).replace(/\r$/, '');
      if (line.trim() === '') break;
      const span = nameInLine(line);
      if (span) out.push({ type: 'PERSON', start: at + span[0], end: at + span[1], score: 0.85 });
      // A line with neither a name nor a list's separator ends the list ("The persons above stand validly nominated.").
      else if (!SEPARATOR.test(line)) break;
      at = end + 1;
    }
    readUntil = Math.max(readUntil, at);
    from = Math.max(from, at);
  }
  return out;
}
