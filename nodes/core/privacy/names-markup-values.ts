import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Whether a value that a markup place marks as a person's (a user link's label, an :author: attribute, a
 * "| injured =" field, a cell under a "Holder" heading) is written as a name: one to five words, each
 * capitalised ("Anna", "Lühr-Ohlsen", "O'Neill") or a lowercase particle ("van", "de") or a particle glued
 * to a capitalised part ("deBrum", "McArthur"); no digit, no firm's word ("GmbH", "Ltd", "&"). A single word
 * must be a known name or no ordinary word ("Zutrittssystem", "Nordflügel" are left); of several words, one
 * must be a known given name or no ordinary word ("Winona Looking Horse" stays, "Site Rules" not).
 * `several` asks for two words at least (a "name" field also names buildings with one word).
 */
export function markupName(value: string, several = false): boolean {
  const words = value.split(/[ \t]+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || (several && words.length < 2)) return false;
  let capitalised = 0;
  let nameLike = false;
  for (const w of words) {
    if (PARTICLE.test(w)) continue;
    if (!WORD.test(w) || FIRM_WORD.test(w) || /^\p{Lu}{2,}$/u.test(w)) return false;
    capitalised++;
    if (isGivenName(w) || isKnownName(w) || !(isDictionaryWord(w) || isEnglishWord(w.toLowerCase()))) nameLike = true;
  }
  if (capitalised === 0 || !nameLike) return false;
  if (words.length > 1 && BUILDING_LAST.test(words[words.length - 1])) return false;
  return !(words.length === 1 && isEnglishWord(words[0].toLowerCase()) && !isGivenName(words[0]));
}

/** A capitalised word (hyphen- and apostrophe-joined parts), or a particle glued to one ("deBrum", "McKay", "MacAoidh"). */
const WORD = /^(?:\p{Lu}['’]?|\p{Ll}{1,3}\p{Lu}|(?:Ma?c|Fitz)\p{Lu})[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*\.?$/u;
const PARTICLE = /^(?:de|da|di|du|del|della|der|den|des|la|le|van|von|vom|zu|zum|ter|ten|bin|ibn|al|el|y|e)$/;
/**
 * A firm's word. "AG" is left to the capitals rule above: written "Ag" it is the Tuareg particle of a name ("Ma'li'sit
 * Ag Mohamedoun"), no firm's form.
 */
const FIRM_WORD =
  /^(?:gmbh|mbh|kg|ohg|ug|gbr|eg|ev|e\.v\.|se|ltd|llc|inc|plc|co|corp|bv|nv|sa|srl|spa|team|gruppe|group|stadtwerke|bau|werk|werke|verwaltung|amt|gemeinde|stadt|abteilung|department|office|büro)\.?$/i;
/** Last words of a building's or a place's name ("Westgate House", "Lindenhof Halle", "Harbour Court"). */
const BUILDING_LAST =
  /^(?:house|hall|court|tower|towers|centre|center|building|haus|halle|hof|turm|park|quarter|quartier|plaza|platz|gardens|place|wharf|yard|works|mill|lodge|manor|villa|residenz|passage|galerie|arkaden|campus|school|schule|kirche|church|clinic|klinik|klinikum|hospital)$/i;
