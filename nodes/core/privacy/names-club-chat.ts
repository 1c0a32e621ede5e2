import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';
import { germanNounEnding } from './names-work-roles.js';

/**
 * Lone given names in a group's chat (a club's, a team's, a class's), where people are called by first name only:
 * - a possessive before a family word or an own thing ("Ada's mum called", "(Ada's own phone until …)",
 *   "Ada's parents"): the word after it says a person owns it;
 * - the person an update is about ("Kurzes Update zu Ada:", "quick update on Ada:");
 * - the people taken along ("Wir nehmen Ada und Lio mit", "we'll take Ada and Lio"): a list of names between
 *   the verb and its particle (see pushList for what a list's word must be).
 * The word must be a listed given name or no ordinary word: "Monday's mum" is no one, "Update zu Training" names
 * none. Cost: one global search per cue, each bounded.
 */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'-]{1,30}`;
const POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}])(${NAME})['’]s[ \t]+(?:(own)[ \t]+\p{L}+|mum|mom|mummy|mommy|dad|daddy|mother|father|parents?|nan|nana|gran|granny|grandma|grandpa|grandparents|sister|brother|stepmum|stepdad|guardian|carer)(?![\p{L}])`,
  'gu',
);
const UPDATE_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:[Uu]pdate|[Nn]euigkeiten|[Nn]eues)[ \t]+(?:zu|von|on|about|re)[ \t]+(${NAME})(?=[ \t]*[:,.!\n])`,
  'gu',
);
/** "nehmen A und B mit", "nehme A mit": the names between the verb and "mit". */
const TAKE_ALONG = new RegExp(
  String.raw`(?<![\p{L}])(?:nehmen|nehme|nimmt|nimm|holen|hole|bringen|bringe)[ \t]+(${NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+und[ \t]+)${NAME}){0,4})[ \t]+(?:mit|ab)(?![\p{L}])`,
  'gu',
);
const TAKE_ENGLISH = new RegExp(
  String.raw`(?<![\p{L}])(?:take|taking|bring|bringing|pick[ \t]+up|picking[ \t]+up|collect|collecting)[ \t]+(${NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)${NAME}){0,4})(?![\p{L}])`,
  'gu',
);

/** A lone word read as a given name: a listed one, or no ordinary word of either dictionary. */
const lonePersonWord = (word: string) =>
  isGivenName(word) ||
  isKnownName(word) ||
  (!isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()) && !isCommonWord(word));

export function namesInClubChat(text: string): Entity[] {
  const out: Entity[] = [];
  if (text.includes("'s") || text.includes('’s')) pushEach(POSSESSIVE, text, out, true);
  if (/[Uu]pdate|[Nn]eu/.test(text)) pushEach(UPDATE_ON, text, out);
  // The verbs TAKE_ALONG opens with: "mit" and "ab" are in nearly every text, the verbs are not.
  if (/nehm|nimm|hol|bring/.test(text)) pushList(TAKE_ALONG, text, out);
  if (/take|taking|bring|pick|collect/.test(text)) pushList(TAKE_ENGLISH, text, out, true);
  return out;
}

/**
 * Each capture that reads as a given name. An own thing ("Seafarer's own phone") is also a role's or a crew's: with
 * `ownNeedsListed`, a word before "own" must be a listed name; a family word after it says a person either way.
 */
function pushEach(pattern: RegExp, text: string, out: Entity[], ownNeedsListed = false): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!lonePersonWord(m[1])) continue;
    if (ownNeedsListed && m[2] && !isGivenName(m[1]) && !isKnownName(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push(person(start, start + m[1].length, 0.7));
  }
}

/**
 * Every name of a list. A single word must be a listed name ("Wir nehmen Bälle mit" takes things); a list of two or
 * more reads words no dictionary holds and with no German noun's ending too ("nehmen Ada und Lio mit"). An English
 * list needs listed given names throughout (a verb's object is mostly a thing).
 */
function pushList(pattern: RegExp, text: string, out: Entity[], listedOnly = false): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const listStart = m.index + m[0].indexOf(m[1]);
    const words = [...m[1].matchAll(/\p{Lu}[\p{Ll}\p{M}'-]+/gu)];
    const listed = (w: string) => isGivenName(w) || isKnownName(w);
    const fits =
      listedOnly || words.length === 1
        ? words.every((w) => listed(w[0]))
        : words.every((w) => listed(w[0]) || (lonePersonWord(w[0]) && !germanNounEnding(w[0])));
    if (!fits) continue;
    for (const w of words) out.push(person(listStart + w.index, listStart + w.index + w[0].length, 0.7));
  }
}
