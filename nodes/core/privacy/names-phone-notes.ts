import { COURTESY_TITLES } from './person-titles.js';
import type { Entity } from './entities.js';
import { labelStrength } from './names.js';
import { rareNameAt } from './names-rare-words.js';

/**
 * Names a phone note or a diary gives by what the person DID: "Es rief Oumou Ag Mohamed an", "Anruf
 * von …", "Rückruf (bitte) an …", "call from …", "called by …", "met … from the deer group", "(evidence) seen by …",
 * "visited by …", "gegengezeichnet …" (a cash book's countersignature),
 * an officer by rank ("Officer: Det. Sgt. …"); and the SECOND
 * person after "and"/"und"/"&" in a labelled person field ("Landowner: … and Wicapi Walking Elk"). The
 * phrase says a person stands there, so a rare name of several ordinary English words is read whole
 * (names-rare-words.ts); an ordinary word first ("Es rief Das Amt an", "Anruf von Zentrale") names no one.
 */

/** A police officer's ranks, written before the name after "Officer:" ("Det. Sgt.", "Insp."). */
const RANKS = 'Det|Detective|Sgt|Sergeant|Insp|Inspector|Const|Constable|Cst|Cpl|Supt|PC|DC|DS';
/** A phrase whose next words are a caller or a person met. */
const BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:[Ee]s[ \t]+(?:rief|hat)|[Aa]nruf[ \t]+von|[Rr]ückruf[ \t]+(?:bitte[ \t]+)?(?:an|von)|(?:[Ee]vidence[ \t]+)?[Ss]een[ \t]+by|[Vv]isited[ \t]+by:?|[Gg]egengezeichnet(?:[ \t]+von)?:?|[Cc]ountersigned[ \t]+by:?|[Oo]fficer:[ \t]+(?:(?:${RANKS})\.?[ \t]+){0,2}(?:${RANKS})\.?|[Cc]all[ \t]+from|[Cc]alled[ \t]+by|[Mm]essage[ \t]+from|[Mm]et(?:[ \t]+with)?|[Ss]poke[ \t]+(?:to|with)|[Tt]reffen[ \t]+mit|[Gg]espräch[ \t]+mit)[ \t]+(?:(?:${COURTESY_TITLES})\.?[ \t]+)?(?=\p{Lu})`,
  'gu',
);
/** What must follow the name after "Es rief"/"Es hat": the verb's particle ("an", "angerufen"). */
const ES_RIEF_END = /^[ \t]+(?:an|angerufen)(?![\p{L}])/u;
/** A labelled line's label, then a first person and "and"/"und"/"&" before a second. */
const LABELLED_AND = /^([^\n:]{2,40}):[ \t]+([^\n]{2,80}?)[ \t]+(?:and|und|&)[ \t]+(?=\p{Lu})/gmu;
/** What every LABELLED_AND match holds: a cheap test before it. */
const AND_THEN_CAPITAL = /[ \t](?:and|und|&)[ \t]+\p{Lu}/u;

const FIRST_VALUE =
  /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*(?: (?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*|ag|bin|van|von|de))*$/u;

export function phoneNoteNames(text: string): Entity[] {
  const out: Entity[] = [];
  BEFORE_NAME.lastIndex = 0;
  for (let m = BEFORE_NAME.exec(text); m; m = BEFORE_NAME.exec(text)) {
    const at = m.index + m[0].length;
    const name = rareNameAt(text, at);
    if (!name) continue;
    // "Es rief X an": the particle closes the name; without it "Es hat" is any sentence.
    if (/^[Ee]s/.test(m[0]) && !ES_RIEF_END.test(text.slice(name.end, name.end + 14))) continue;
    out.push({ type: 'PERSON', start: name.start, end: name.end, score: 0.85 });
    BEFORE_NAME.lastIndex = name.end;
  }
  LABELLED_AND.lastIndex = 0;
  // Every match holds a blank, "and"/"und"/"&", blanks and a capital: a text without one is not searched line by line.
  const mayHoldAnd = AND_THEN_CAPITAL.test(text);
  for (let m = mayHoldAnd ? LABELLED_AND.exec(text) : null; m; m = LABELLED_AND.exec(text)) {
    // The first value must read as a name: capitalised words, no word cut at a hyphen ("Auskunfts- und Beratungsstelle").
    if (!FIRST_VALUE.test(m[2])) continue;
    if (!labelStrength(m[1].trim()) && !/(?:owner|holder|inhaber|eigentümer)(?:in)?$/iu.test(m[1].trim())) continue;
    // The first person too, when a rare name fills the value up to "and" ("Mato Stands Long and …").
    const valueStart = m.index + m[0].indexOf(m[2], m[1].length + 1);
    const first = rareNameAt(text, valueStart);
    if (first && first.end === valueStart + m[2].length)
      out.push({ type: 'PERSON', start: first.start, end: first.end, score: 0.8 });
    const at = m.index + m[0].length;
    const name = rareNameAt(text, at);
    // The second person's name must end its line or stand before punctuation: "and Co" is a firm.
    if (name && /^[ \t]*(?:[,;.]|\r?\n|$)/.test(text.slice(name.end, name.end + 3)))
      out.push({ type: 'PERSON', start: name.start, end: name.end, score: 0.8 });
  }
  return out;
}
