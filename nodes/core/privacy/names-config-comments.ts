import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { markupName } from './names-markup-values.js';

/**
 * People named in a configuration file's comments, which the key-value readers skip: a comment is prose about the
 * line beside it, and an operator writes there whom a host, an allow-list entry or a rota belongs to:
 * - after a cue that a person follows ("# on call: A / B", "; remote maintenance only from home of Ada",
 *   "; Fernwartung nur von zu Hause aus Ada", "# laptop, belongs to Ada Lind", "# Ansprechpartnerin bei Störungen:
 *   Ada Lind, 0172 …"): every name of the list after the cue, one word enough (the cue says a person follows);
 * - as the whole trailing comment of a statement with an address ("allow 203.0.113.7;  # Ada Lind (timing)"): an
 *   allow-list's entry labelled by its owner; two words at least, the shape of a full name;
 * - a value or comment with a home line's mark after it (`"comment": "Ada Lind (home router)"`): a private line's
 *   owner. "(home)" alone is a fixture's venue ("Mixed v Salcombe (home)") and "(privat)" a private sale: a device
 *   or line word must follow.
 * Cost: one pass over the lines; every pattern is anchored or bounded per line.
 */
/** A cue that the words after it name a person. */
const CUE =
  /(?<![\p{L}])(?:on[ -]call|rufbereitschaft|bereitschaft|belongs[ \t]+to|owned[ \t]+by|gehört(?:[ \t]+zu)?|home[ \t]+of|von[ \t]+zu[ \t]+[Hh]ause[ \t]+aus|zu[ \t]+[Hh]ause[ \t]+bei|(?:contact|[Aa]nsprechpartner(?:in)?|[Kk]ontakt)(?:[ \t]+(?:bei|for|für)[ \t]+\p{L}+)?[ \t]*:)[ \t]*:?[ \t]*/giu;
/** One name: one to four capitalised words (hyphen- and apostrophe-joined parts). */
const NAME =
  /\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \t]+\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*){0,3}/uy;
/** Between two names of a list: "/", ",", "&", "und", "and". */
const LIST_JOIN = /[ \t]*(?:\/|,|&|\+|und|and)[ \t]*(?=\p{Lu})/uy;
/** A statement with an address before a trailing comment: an allow-list's or an inventory's entry. */
const ADDRESS_STATEMENT = /(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f:]{1,40})/i;
/** A trailing comment that is a name alone, a bracketed note allowed ("Ada Lind (timing)"). */
const NAME_ALONE =
  /^(\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \t]+\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*){1,3})[ \t]*(?:\([^()]{0,40}\))?[ \t]*$/u;
/** A name with a home mark after it, in a comment or a quoted value. */
const HOME_MARKED =
  /(?<![\p{L}])(\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:[ \t]+\p{Lu}['’]?[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*){0,3})[ \t]*\((?:(?:home|private|privat)[ \t]+(?:router|line|ip|address|network|connection|pc|laptop|dsl|fibre|fiber|anschluss|internet)|zu[ \t]?[Hh]ause|daheim)(?![\p{L}])[^()\n]{0,30}\)/gu;

/** A word of a name after a cue: no ordinary word, or a known name. */
const nameWord = (word: string) =>
  isGivenName(word) ||
  isKnownName(word) ||
  (!isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()) && !isCommonWord(word));

export function namesInConfigComments(text: string): Entity[] {
  const out: Entity[] = [];
  if (!/[#;]|\/\/|\((?:home|privat|zu|daheim)/i.test(text)) return out;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const commentAt = commentStart(text, lineStart, lineEnd);
    if (commentAt !== -1) readComment(text, lineStart, commentAt, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  homeMarked(text, out);
  return out;
}

/** Where a line's comment text begins (after its mark), or -1. A "#" inside a word or a URL is no comment. */
function commentStart(text: string, from: number, to: number): number {
  for (let at = from; at < to && at - from < 400; at++) {
    const c = text[at];
    const slashes = c === '/' && text[at + 1] === '/';
    if (c !== '#' && c !== ';' && !slashes) continue;
    const leading = text.slice(from, at).trim() === '';
    // A statement's own ";" ("allow 1.2.3.4;  # …") and a mark glued to a word or a URL ("page#top", "https://")
    // open no comment.
    if (!leading && (c === ';' || !/[ \t]/.test(text[at - 1]))) continue;
    let start = at + (slashes ? 2 : 1);
    while (start < to && (text[start] === ' ' || text[start] === '\t')) start++;
    return start;
  }
  return -1;
}

function readComment(text: string, lineStart: number, at: number, lineEnd: number, out: Entity[]): void {
  const comment = text.slice(at, lineEnd).replace(/\r$/, '');
  const before = text.slice(lineStart, at);
  CUE.lastIndex = 0;
  let cued = false;
  for (let m = CUE.exec(comment); m; m = CUE.exec(comment)) {
    cued = true;
    let pos = m.index + m[0].length;
    for (let n = 0; n < 6; n++) {
      NAME.lastIndex = pos;
      const name = NAME.exec(comment);
      if (!name) break;
      const words = name[0].split(/[ \t]+/);
      let count = 0;
      while (count < words.length && (count > 0 ? /^\p{Lu}/u.test(words[count]) : nameWord(words[count]))) count++;
      if (count === 0 || !markupName(words.slice(0, count).join(' '))) break;
      const value = words.slice(0, count).join(' ');
      out.push({ type: 'PERSON', start: at + pos, end: at + pos + value.length, score: 0.9 });
      LIST_JOIN.lastIndex = pos + value.length;
      const join = LIST_JOIN.exec(comment);
      if (!join) break;
      pos = join.index + join[0].length;
    }
  }
  if (cued || !ADDRESS_STATEMENT.test(before) || before.trim() === '') return;
  const alone = NAME_ALONE.exec(comment);
  if (!alone || !markupName(alone[1], true)) return;
  const words = alone[1].split(/[ \t]+/);
  if (!words.some((w) => isGivenName(w) || isKnownName(w) || nameWord(w))) return;
  out.push({ type: 'PERSON', start: at, end: at + alone[1].length, score: 0.9 });
}

function homeMarked(text: string, out: Entity[]): void {
  HOME_MARKED.lastIndex = 0;
  for (let m = HOME_MARKED.exec(text); m; m = HOME_MARKED.exec(text)) {
    const words = m[1].split(/[ \t]+/);
    // The name is the run's end: words before it may be the note's own ("Backup Ada Lind (home)").
    let first = words.length;
    while (first > 0 && (isGivenName(words[first - 1]) || isKnownName(words[first - 1]) || nameWord(words[first - 1])))
      first--;
    if (first === words.length) continue;
    const value = words.slice(first).join(' ');
    if (!markupName(value)) continue;
    const start = m.index + m[1].length - value.length;
    out.push({ type: 'PERSON', start, end: start + value.length, score: 0.9 });
  }
}
