import type { Entity } from './entities.js';
import { isEnglishWord, isKnownName } from './name-list.js';
import { wordLike } from './names.js';

/**
 * Names after the words of death, inheritance and mourning, where a name stands with no title or given name
 * for the other rules: "Kondolenzanschrift: Familie Okonkwo", "Einverständnis der Geschwister Halbherr",
 * "Familiengrab Pintus", "Erblasser: Zurbriggen Anselm", "heir of Ahyoka Wolfe",
 * "the will of Serra, Montse", "the family of Arnarson, Haukur", "death certificate of Mereana",
 * "BELOVED WIFE OF TALULAH", and the first line of names under a death notice's closing formula ("In stiller Trauer\n
 * Ilmari und Aune Korhonen"). The cue says a family or a person is meant; the words after it are read as a name
 * only when they are no ordinary word (a known name, or no word of the dictionaries): "Familie und Beruf",
 * "Familie Sonnenschein" (a word) and "heir of the estate" are none.
 *
 * Cost: one native pass for the cue words; a bounded look at the words after each.
 */

/** The cue words; the name follows after blanks (and a colon for labels). */
const CUE =
  /(?<![\p{L}])(?:(?:In stiller Trauer|In tiefer Trauer|In Liebe und Dankbarkeit|Wir trauern um|Deeply mourned by|Sadly missed by)[ \t]*[,:]?[ \t]*\r?\n|(?:Familie|Geschwister|Familiengrab|Erblasser(?:in)?|Erbantrittserklärung(?:en)?|Sterbeurkunde|heirs? of|family of|the will of|estate of the late|estate of|death certificate of|(?:beloved|loving|dear)[ \t]+(?:husband|wife|mother|father|son|daughter|brother|sister)[ \t]+of|survived by (?:his|her|their) (?:sons?|daughters?|children|brothers?|sisters?|wife|husband))(?![\p{L}]))[ \t]*:?[ \t]*/giu;
/** A name's word: a capital, then letters (also all in capitals: an inscription's), apostrophes or hyphens. */
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** "Family, Given", "Given Family" or one word, after the cue. */
const NAME_AFTER = new RegExp(
  `^(?:(${WORD}),[ \\t]+(${WORD})(?![\\p{L}\\p{M}'’-]|[ \\t]*\\d)|(${WORD})(?:[ \\t]+(${WORD}))?(?:[ \\t]+(?:and|und)[ \\t]+(${WORD}))?)`,
  'u',
);

/** Title case of a word written in capitals ("TALULAH" → "Talulah"), for the word lists. */
const titleCase = (word: string) => word[0] + word.slice(1).toLowerCase();
/** Whether the word may be a name: a known name, or no word of the dictionaries. */
function nameWord(word: string): boolean {
  const w = word === word.toUpperCase() ? titleCase(word) : word;
  if (isKnownName(w)) return true;
  return !wordLike(w) && !isEnglishWord(w.toLowerCase());
}

export function bereavementNames(text: string): Entity[] {
  const out: Entity[] = [];
  const push = (start: number, word: string) =>
    out.push({ type: 'PERSON', start, end: start + word.length, score: 0.8 });
  for (const m of text.matchAll(CUE)) {
    const from = m.index + m[0].length;
    const after = NAME_AFTER.exec(text.slice(from, from + 80));
    if (!after) continue;
    if (after[1] !== undefined) {
      // "Serra, Montse": one name over the comma, when both words may be names.
      if (nameWord(after[1]) && nameWord(after[2])) push(from, after[0]);
      continue;
    }
    const first = after[3];
    const second = after[4];
    // "Sterbeurkunde Nr. 2025/611": a short word before a dot is an abbreviation.
    if (!nameWord(first) || (first.length <= 3 && text[from + first.length] === '.')) continue;
    if (second !== undefined && nameWord(second)) {
      const end = from + after[0].indexOf(second, first.length) + second.length;
      out.push({ type: 'PERSON', start: from, end, score: 0.8 });
    } else push(from, first);
    // "her sons Tamaq and Ujarak": the second name joined by "and".
    const joined = after[5];
    if (joined !== undefined && nameWord(joined)) push(from + after[0].length - joined.length, joined);
  }
  return out;
}
