import { isCommonWord, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';

/**
 * Lower-case particles inside names ("Ludwig van Beethoven", "Ana dos Santos", "Mariam bin Haddad", "Juan Pérez y
 * Gómez"). One list for every reader of names: readers that kept their own copies drifted apart ("della", "binti",
 * "y" known to some and not to others).
 */
export const NAME_PARTICLES: readonly string[] =
  'von van de der den da di del della dos das du le la bin binti bint ibn al el ter ten zu y'.split(' ');

const PARTICLE_SET = new Set(NAME_PARTICLES);

/** Whether the word, as written, is a particle of a name. */
export const isNameParticle = (word: string): boolean => PARTICLE_SET.has(word);

/** The particles as a regular-expression alternation ("von|van|…"), for patterns that read names. */
export const PARTICLE_ALTERNATION = NAME_PARTICLES.join('|');

/**
 * Particles written capitalised inside a name, of many cultures: Tuareg and Berber "Ag", "Ult", "Welet" (son and
 * daughter of), Hassaniya "Ould", Arabic "Bin", "Ibn", "Bint", "Abu", "Al", Irish and Scottish "Mac", "Nic", "Ní",
 * Welsh "Ap", and the European ones as a register capitalises them ("Anna Van Dijk", "Joana Dos Reis"). The name
 * finders read a capitalised word as a name's word only when it looks like one, and stop at these ("Tadellaght| Ag
 * Intallakan"); joined here between two words of a name already found.
 */
const CAPITALISED_PARTICLES = new Set(
  'Ag Ult Welet Oult Ould Wuld Bin Ben Bint Ibn Abu Al El Nic Ní Ni Mac Mhic Ap Van Von Der Den De Da Dos Das Di Del Della Du Ter Ten Zu'.split(
    ' ',
  ),
);

/** A particle, lower-case or capitalised, and the name's word after it, right after a finding's end. */
const PARTICLE_THEN_WORD =
  /[ \t]([\p{L}]{1,5})[ \t](\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)(?![\p{L}\p{M}])/uy;
/** A finding's last word and the blank after it: a particle there ("Mohamed Ould| Brahim") takes the word after. */
const LAST_WORD = /[ \t]([\p{L}]{1,5})$/u;
const WORD_AFTER = /[ \t](\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)(?![\p{L}\p{M}])/uy;

const isAnyParticle = (word: string) => PARTICLE_SET.has(word) || CAPITALISED_PARTICLES.has(word);

/**
 * PERSON findings cut at a particle inside the name ("Tadellaght" of "Tadellaght Ag Intallakan", "Mohamed Ould" of
 * "Mohamed Ould Brahim"): the span goes on over the particle and the one capitalised word after it, when that word
 * is a listed name or no ordinary word ("Ag Research", "Al Dente" take nothing). Only findings grow; a particle
 * alone finds no one. The word after, found on its own ("Saifuddin" of "Rosmawati binti Saifuddin"), joins the grown
 * finding and gives it its score when higher: left beside it, the overlap would keep the likelier part alone and
 * drop the name's first word. Constant work per finding (the findings by start are indexed once).
 */
export function withNamesOverParticles<E extends { type: string; start: number; end: number; score: number }>(
  text: string,
  found: E[],
): E[] {
  const personAt = new Map<number, number>();
  for (let i = 0; i < found.length; i++) if (found[i].type === 'PERSON') personAt.set(found[i].start, i);
  const joined = new Set<number>();
  const grown = found.slice();
  for (let i = 0; i < grown.length; i++) {
    const e = grown[i];
    if (e.type !== 'PERSON' || joined.has(i) || e.end - e.start > 80) continue;
    const last = LAST_WORD.exec(text.slice(Math.max(e.start, e.end - 6), e.end));
    let sticky: RegExp;
    let wordGroup: number;
    if (last && isAnyParticle(last[1])) {
      sticky = WORD_AFTER;
      wordGroup = 1;
    } else {
      sticky = PARTICLE_THEN_WORD;
      wordGroup = 2;
    }
    sticky.lastIndex = e.end;
    const m = sticky.exec(text);
    if (!m || (wordGroup === 2 && !isAnyParticle(m[1])) || !nameLike(m[wordGroup])) continue;
    const end = e.end + m[0].length;
    const after = personAt.get(end - m[wordGroup].length);
    const next = after === undefined || after === i ? undefined : grown[after];
    if (after !== undefined && next && next.end <= end) joined.add(after);
    grown[i] = { ...e, end, score: next && next.end <= end ? Math.max(e.score, next.score) : e.score };
  }
  return joined.size === 0 ? grown : grown.filter((_, i) => !joined.has(i));
}

/** A listed name, or a word no list of the language holds. */
const nameLike = (word: string) =>
  isKnownName(word) || (!isCommonWord(word) && !isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()));
