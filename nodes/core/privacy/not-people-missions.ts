import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { titleBefore } from './not-people-addressing.js';

/**
 * Embassies, consulates and councils taken for people where a person would sign or speak (round 50, set 47): a
 * chat's duty phone as its speaker ("[14.03.26, 23:11] Bereitschaft Botschaft:"), an e-mail's sign-off "Consular
 * Section", a letterhead's "Bristol City Council", a consul's office in a field ("Approved by: Consul (signature on
 * file)"), a funeral agency's Portuguese name ("Agência Funerária Lusa").
 * - A body: every word is a mission's or council's word, or a capitalised word (a town) before the body's last word
 *   ("Bristol City Council", "Botschaft Lissabon" is not: the town is after) — the last word names the body.
 * - An office alone: the value is one consular rank ("Consul", "Vice-Consul", "Honorarkonsulin").
 * Privacy first: a listed given name among the words keeps the finding ("Consul Jana Okafor" is hers: more than the
 * rank), and so does a form of address before it ("Mr Consul").
 */
const BODY_WORDS = new Set(
  'botschaft konsulat generalkonsulat honorarkonsulat konsularabteilung konsularreferat konsularteam visastelle passstelle bereitschaft bereitschaftsdienst embassy consulate consular section high commission mission council city county borough district agência agencia funerária funeraria'.split(
    ' ',
  ),
);
/** The words that end a body's name: "… City Council", "… Embassy", "Consular Section", "Bereitschaft Botschaft". */
const BODY_LAST = new Set(
  'botschaft konsulat generalkonsulat honorarkonsulat konsularabteilung konsularreferat visastelle embassy consulate section commission council'.split(
    ' ',
  ),
);
const RANK = /^(?:Vice-|Vize-|Honorar|Honorary[ \t]+|General)?(?:Consul|Konsul(?:in)?|konsul(?:in)?)(?:-General)?$/u;

/** Whether a PERSON finding is an embassy's, a consulate's or a council's name, or a consular rank alone. */
export function missionNoPerson(text: string, e: Entity, value: string): boolean {
  if (titleBefore(text, e.start)) return false;
  if (RANK.test(value)) return true;
  const words = value.split(/[ \t]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  if (words.some((w) => isGivenName(w) && !BODY_WORDS.has(w.toLowerCase()))) return false;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.every((w) => BODY_WORDS.has(w))) return true;
  // A town before the body's words: "Bristol City Council".
  return (
    words.length >= 2 &&
    BODY_LAST.has(lower[lower.length - 1]) &&
    lower.slice(1).every((w) => BODY_WORDS.has(w)) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0])
  );
}
