import { FAMILY_WORDS } from './family-words.js';
import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { wordLike } from './names.js';

/**
 * Given names in the possessive before a life event: "Meilan's 7th birthday", "Annas Geburtstag", "Jonas'
 * Taufe", "Benedicta & Tristram's wedding" (names joined by "&", "and", "und" are all found). Such a name
 * stands alone, with no cue word or surname for the other rules; the event says it is someone's. Only a
 * listed given name that is no ordinary word counts, and not a family word ("Mum's", "Omas"), a holiday's
 * person ("Buddha's Birthday", "Queen's Birthday", "St Patrick's …") or a brand ("Macy's", "Ben & Jerry's").
 *
 * Cost: one native pass for the event words; a few words read back from each.
 */

/** The events (German ones also as the start of a compound: "Geburtstagsfeier", "Hochzeitstag"). */
const EVENT =
  /(?<![\p{L}])(?:birthdays?|weddings?|funerals?|christenings?|anniversar(?:y|ies)|(?:geburtstag|hochzeit|taufe|tauffeier|beerdigung|jubiläum)\p{L}*)(?![\p{L}])/giu;
/** Words between the name and the event: a number or ordinal, a few adjectives ("7th", "70.", "surprise", "runder"). */
const BETWEEN =
  /^(?:\d{1,3}(?:st|nd|rd|th|\.)?|first|second|third|big|little|surprise|golden|silver|diamond|ruby|upcoming|belated|special|wedding|runde[nrms]?|große[nrms]?|goldene[nrms]?|silberne[nrms]?|diamantene[nrms]?)$/i;
/** A possessive word: "Meilan's", "Meilan’s", "Jonas'", "Annas". */
const POSSESSIVE = /^(\p{Lu}[\p{Ll}\p{M}-]+?)(?:['’]s|['’]|s)$/u;
/** A name joined to the possessive one: "Benedicta &", "Bartholomew and", "Jonas und". */
const JOINED = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}-]+?)(?:['’]s|['’])?[ \t]+(?:&|and|und)[ \t]+$/u;
/** The capitalised word right before the possessive one: a given name before a surname ("Meilan Chen's"). */
const PREVIOUS_WORD = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}-]+)[ \t]+$/u;
/** Words that make a brand of the possessive name after them ("Trader Joe's", "Papa John's", "Uncle Ben's"). */
const BRAND_BEFORE = /(?<![\p{L}])(?:Trader|Papa|Uncle|Aunt|Auntie|Chuck|Dr\.?)[ \t]+$/u;
/** Family words (family-words.ts) and persons of holidays, which the given-name lists also hold. */
const NOT_A_NAME = new Set([
  ...FAMILY_WORDS,
  // "Nan's birthday": a grandmother; elsewhere a given name (family-words.ts).
  'Nan',
  ...'Buddha Jesus Christ Christus Prophet Queen King Prince Princess Lincoln Washington Patrick'.split(' '),
]);
/** Saints before a name: "St Patrick's", "St. Mary's", "Saint Anne's", "Sankt Martins". */
const SAINT_BEFORE = /(?<![\p{L}])(?:St\.?|Saint|Sankt|San|Santa)[ \t]+$/u;
/** Names whose possessive is a brand or a shop, and rarely a person's given name. */
const BRANDS = new Set('Macy McDonald Kellogg Sainsbury Harrod Dillard Arby Hardee Kohl'.split(' '));
/** Two names that are a brand together ("Ben & Jerry's"). */
const BRAND_PAIRS = new Set(['Ben Jerry']);
/** A firm's or a shop's word after the event: "Sarah's Wedding Shop", "Macy's anniversary sale", "Annas Hochzeitsladen GmbH". */
const FIRM_AFTER =
  /^[ \t]+(?:shop|store|boutique|studio|salon|cakes?|bakery|planners?|planning|services?|sale|deals?|offers?|flavou?r|menu|collection|club|rewards?|coupons?|vouchers?|freebies?|gmbh|ltd|inc|llc|ag|ug|kg|co)(?![\p{L}])/iu;
/** How far back from the event the words are read. */
const REACH = 80;

/** A listed given name that is no family word, holiday's person or brand (`word` without its possessive ending). */
const givenHere = (word: string) => !NOT_A_NAME.has(word) && !BRANDS.has(word) && isGivenName(word);

export function lifeEventNames(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(EVENT)) {
    const head = text.slice(Math.max(0, m.index - REACH), m.index);
    const base = m.index - head.length;
    // The word before the event, back over at most two words between ("7th", "runder").
    let end = head.length;
    let word = '';
    let start = end;
    for (let k = 0; k < 3; k++) {
      let e = end;
      while (e > 0 && (head[e - 1] === ' ' || head[e - 1] === '\t')) e--;
      if (e === end) break;
      let s0 = e;
      while (s0 > 0 && head[s0 - 1] !== ' ' && head[s0 - 1] !== '\t' && head[s0 - 1] !== '\n') s0--;
      word = head.slice(s0, e);
      start = s0;
      end = s0;
      if (k === 2 || !BETWEEN.test(word)) break;
    }
    if (!word) continue;
    if (FIRM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const possessive = POSSESSIVE.exec(word);
    if (!possessive) continue;
    // "Thomas Geburtstag" is the name itself, said without its genitive; "Annas" is Anna's.
    const name = /s$/.test(word) && givenHere(word) ? word : givenHere(possessive[1]) ? possessive[1] : undefined;
    let before = head.slice(0, start);
    if (BRAND_BEFORE.test(before)) continue;
    // A listed given name before the possessive word makes one name with it ("Meilan Chen's", "Lena Brandauers"):
    // the surname need not be listed.
    const previous = PREVIOUS_WORD.exec(before);
    const fullName =
      previous &&
      givenHere(previous[1]) &&
      !wordLike(previous[1]) &&
      (name || (!wordLike(possessive[1]) && !NOT_A_NAME.has(possessive[1]) && !BRANDS.has(possessive[1])));
    if (!name && !fullName) continue;
    if (fullName && previous) {
      const end = base + start + (name ?? possessive[1]).length;
      out.push({ type: 'PERSON', start: base + previous.index, end, score: 0.8 });
      continue;
    }
    if (!name) continue;
    before = head.slice(0, start);
    if (SAINT_BEFORE.test(before)) continue;
    const joined = JOINED.exec(before);
    if (joined && BRAND_PAIRS.has(`${joined[1]} ${name}`)) continue;
    if (joined && givenHere(joined[1]))
      out.push({ type: 'PERSON', start: base + joined.index, end: base + joined.index + joined[1].length, score: 0.8 });
    out.push({ type: 'PERSON', start: base + start, end: base + start + name.length, score: 0.8 });
  }
  return out;
}
