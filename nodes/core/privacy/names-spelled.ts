import type { Entity } from './entities.js';
import { isEnglishWord, isGivenName } from './name-list.js';
import { person, wordLike } from './names.js';

/**
 * Names spelled out letter by letter, as callers spell them and recognisers write them ("gerd … g e r d",
 * "Suvarna uh that's s u v a r n a s for sugar", "Tatuava um T-A-T-U-A-V-A", "Meier mit e i"): letters that spell a
 * word written shortly before them make that word a name, and the letters a name too. Only a word of the text is
 * taken (letters that spell nothing near them, a registration "k l m", are no one); accents and hyphens of the word
 * do not count ("c o l o n g u i t y" spells "colón-guity"). A spelling alphabet's letter may follow the run ("… s for
 * sugar"): up to two last letters are tried off.
 *
 * Cost: one pass of a regular expression for runs of single letters; per run, the words of the 160 characters
 * before it are compared.
 */
const LETTER_RUN = /(?<![\p{L}\p{N}'’-])\p{L}(?:(?:[ \t]|-)\p{L}(?![\p{L}\p{N}])){2,40}/gu;
const WORDS = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\p{M}'’-]/gu, '')
    .toLowerCase();

export function spelledNames(text: string): Entity[] {
  const out: Entity[] = [];
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) {
    // A heading letter-spaced on its own line ("E I N W I L L I G U N G") spells its title, no name.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (
      text.slice(lineStart, m.index).trim() === '' &&
      text.slice(m.index + m[0].length, lineEnd === -1 ? text.length : lineEnd).trim() === ''
    )
      continue;
    const letters = fold(m[0].replace(/[ \t-]/g, ''));
    const from = Math.max(0, m.index - 160);
    const before = text.slice(from, m.index);
    for (let cut = 0; cut <= 2 && letters.length - cut >= 3; cut++) {
      const spelled = letters.slice(0, letters.length - cut);
      const word = lastWordSpelling(before, spelled);
      if (word === undefined) continue;
      out.push(person(from + word.index, from + word.index + word.length, 0.85));
      // The run without the letters cut off: each letter is two characters but the last.
      out.push(person(m.index, m.index + m[0].length - 2 * cut, 0.85));
      break;
    }
  }
  return out;
}

/** The last word (or two joined by a blank, "kargin sura") before the run that folds to `spelled`. */
export function lastWordSpelling(before: string, spelled: string): { index: number; length: number } | undefined {
  let found: { index: number; length: number } | undefined;
  let previous: RegExpExecArray | undefined;
  WORDS.lastIndex = 0;
  for (let w = WORDS.exec(before); w; w = WORDS.exec(before)) {
    // A part of an address ("senthil.mks@…") or an ordinary word spelled ("consent") is no name.
    const inAddress = /[.@]/.test(before[w.index - 1] ?? '') || /[.@]/.test(before[w.index + w[0].length] ?? '');
    if (inAddress) {
      previous = w;
      continue;
    }
    const capitalised = w[0][0].toUpperCase() + w[0].slice(1);
    if (fold(w[0]) === spelled && (isGivenName(capitalised) || !(wordLike(capitalised) || isEnglishWord(capitalised))))
      found = { index: w.index, length: w[0].length };
    else if (previous && fold(previous[0] + w[0]) === spelled)
      found = { index: previous.index, length: w.index + w[0].length - previous.index };
    previous = w;
  }
  return found;
}

/** A run of single letters, anchored where it is looked for (spelledRightAfter). */
const LETTER_RUN_AT = /\p{L}(?:(?:[ \t]|-)\p{L}(?![\p{L}\p{N}])){2,40}/uy;
/** Fillers and cues between a name and its spelling ("uh that's", "ich buchstabiere", "you know that's"). */
const SPELLING_GAP = 40;

/**
 * Whether the finding's letters are spelled out right after it ("suvarna uh that's s u v a r n a"): the
 * caller's own spelling makes it a name wherever it stands, so no look-alike filter drops it (a turn's
 * first word after "caller:" would otherwise read as an opening word).
 */
export function spelledRightAfter(text: string, start: number, end: number): boolean {
  // The length first: a long finding is answered without folding it (the same answer, false).
  if (end - start > 60) return false;
  const spelled = fold(text.slice(start, end).replace(/[ \t]/g, ''));
  if (spelled.length < 3) return false;
  const window = Math.min(text.length, end + SPELLING_GAP);
  for (let at = end + 1; at < window; at++) {
    // A run starts after a blank (not inside a word); compared by code, not a pattern per character.
    const before = text.charCodeAt(at - 1);
    if ((before !== 32 && before !== 9) || text[at] === ' ') continue;
    LETTER_RUN_AT.lastIndex = at;
    const m = LETTER_RUN_AT.exec(text);
    if (!m) continue;
    const letters = fold(m[0].replace(/[ \t-]/g, ''));
    if (letters.startsWith(spelled) && letters.length <= spelled.length + 2) return true;
  }
  return false;
}
