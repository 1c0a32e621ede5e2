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

/**
 * Elected bodies and their party groups (round 52, set 49): a nomination's proposer field holds "Gemeinderat Fraktion
 * Grüne Liste" (a council's party group) or "Ortschaftsrat Haslach" (a district council by its place), a notice
 * names "the Easton Ward" or "Wahlkreis Freiburg II". German council words are also a councillor's title ("Stadtrat
 * Müller", "Ortschaftsrat Jana Okafor" is a person), so a council word alone before a name is not enough — not even
 * before a word built like a place ("Ortschaftsrat Haslach"): an unlisted surname is built so as often ("Stadtrat
 * Hollenbach"), and a councillor's name lost is worse than a council kept:
 * - a council word, then a party group's word ("… Fraktion Grüne Liste"), or the party group's word first;
 * - an electoral area's word first ("Wahlkreis …", "Stimmbezirk …");
 * - "the" before a name ending in an electoral area's word ("the Easton Ward": nobody is "the Jane Ward").
 */
const COUNCIL_WORD =
  /^(?:Gemeinderat|Gemeinderats|Ortschaftsrat|Ortschaftsrats|Ortsbeirat|Ortsrat|Stadtrat|Stadtrats|Bezirksrat|Bezirksbeirat|Stadtbezirksrat|Kreistag|Kreistags|Landtag|Landtags|Bundestag|Bundestags|Stadtverordnetenversammlung|Gemeindevertretung|Bürgerschaft|Council|Parliament|Parlament)$/u;
const PARTY_GROUP_WORD = /^(?:Fraktion|Ratsfraktion|Landtagsfraktion|Kreistagsfraktion|Fraktionsgemeinschaft|Caucus)$/u;
const AREA_FIRST = /^(?:Wahlkreis|Wahlbezirk|Stimmbezirk|Briefwahlbezirk|Constituency)$/u;
const AREA_LAST = /^(?:Ward|Wards|Constituency|Division|Wahlkreis|Wahlbezirk)$/u;
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+$/iu;
const AREA_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:for|in|within|across|covering)[ \t]+the[ \t]+$/iu;

function electedBodyNoPerson(text: string, e: Entity, words: string[]): boolean {
  if (words.length >= 2 && AREA_FIRST.test(words[0])) return true;
  // Privacy first: a given name before the area's word ("we met the Jane Ward yesterday": "Ward" is a surname too)
  // is an area only after an area's preposition ("Councillor for the Easton Ward", "polling in the … Ward"; round 52
  // review: most places' names are given names of some list, so the preposition decides).
  if (
    words.length <= 3 &&
    AREA_LAST.test(words[words.length - 1]) &&
    THE_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start)) &&
    (!words.slice(0, -1).some((w) => isGivenName(w)) ||
      AREA_PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)))
  )
    return true;
  if (words.some((w) => isGivenName(w))) return false;
  // The group's own name after its word takes two words or an acronym ("Fraktion Grüne Liste", "Fraktion SPD"): one
  // capitalised word alone may be a councillor's surname ("Fraktion Kowalewsky (Grüne) beantragt", round 52 review).
  const group = PARTY_GROUP_WORD.test(words[0])
    ? 1
    : COUNCIL_WORD.test(words[0]) && PARTY_GROUP_WORD.test(words[1])
      ? 2
      : 0;
  const named = words.slice(group);
  return group > 0 && (named.length >= 2 || (named.length === 1 && /^\p{Lu}{2,}$/u.test(named[0])));
}

/** Whether a PERSON finding is an embassy's, a consulate's or a council's name, or a consular rank alone. */
export function missionNoPerson(text: string, e: Entity, value: string): boolean {
  if (titleBefore(text, e.start)) return false;
  if (RANK.test(value)) return true;
  const words = value.split(/[ \t]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  if (electedBodyNoPerson(text, e, words)) return true;
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
