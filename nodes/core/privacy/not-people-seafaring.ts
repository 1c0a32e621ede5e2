import type { Entity } from './entities.js';
import { isDictionaryWord, isGivenName } from './name-list.js';
import { isEnglishNationality } from './nationality-words.js';

/**
 * Words of shipping and ports read as a person's name (read only around a PERSON finding, see not-people.ts):
 * - a port, harbour or marina named with its place ("Hafen Kiel", "Port of Leith", "Grand Harbour", "Fischerei-
 *   Marina", "Harbour Master's Office"), a terminal or quay named before its noun ("Nordkai terminal");
 * - a sea, strait or bight ("Irish Sea", "Celtic Sea", "Deutsche Bucht", "Dublin Bay"), and a parliament by its
 *   word ("Deutscher Bundestag", "Dáil Éireann"), where the boroughs' and ports' names stand beside;
 * - an authority or service of the sea by its short form ("VTS Humber", "MRCC Bremen", "BG Verkehr", "RYA")
 *   or a police or authority compound ("Wasserschutzpolizei Emden", "Hafenbehörde Split");
 * - a rank or a job on board ("Chief Officer", "Bosun", "Köchin", "Matrose"), and a nationality word before
 *   "national" or between a row's commas ("German national", "Holder: …, Dutch, born …").
 * Privacy first: a finding that opens with a given name stays ("Marina Westphal"), unless a port's own word
 * makes the rest a place ("Marina Heiligenhafen": a town's name of a port ending in -hafen or -haven).
 */

/**
 * Nouns of a port or a berth, in a finding: the finding names the place. Not "Marina", "Kai" or "Pier": given
 * names too ("Berger Marina" written surname first); "Marina" counts only joined to a place ("Duisburg-Marina").
 */
const PORT_WORDS = new Set(
  'Hafen Seehafen Yachthafen Sportboothafen Fischereihafen Hafenamt Hafenmeisterei Harbour Harbor Port Terminal Quay Wharf Anchorage Reede Schleuse'.split(
    ' ',
  ),
);
/** A port's noun right after the finding ("Ikonio terminal", "Nordkai Marina"). */
const PORT_NOUN_AFTER = /^[ \t]+(?:terminal|Terminal|marina|harbour|Harbour|harbor|quay|Quay|pier|wharf|Wharf)\b/u;
/** A marina joined to its place's name ("Duisburg-Marina"). */
const JOINED_MARINA = /\p{L}-Marina$/u;
/** A town's name that names a port by its ending ("Heiligenhafen", "Bremerhaven", "Travemünde", "Newport"). */
const PORT_TOWN = /(?:hafen|haven|münde|siel|port|mouth)$/u;
/** Waters: a finding ending in one of these words names a sea, a strait or a bay. */
const WATER_WORDS = new Set('Sea Ocean Strait Straits Bight Bucht Förde Fjord Lagoon'.split(' '));
/**
 * Waters whose word is also a family name ("Michael Bay", "Oliver Firth"): only with no given name in the finding
 * ("Dublin Bay", "Moray Firth" stays: privacy first).
 */
const WATER_WORDS_NAMED = new Set('Bay Meer See Sound Firth'.split(' '));
/** The capitalised word right before a finding, one blank between. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \t]$/u;
/** Forms of address before a family name. */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Lady|Lord|Herr|Herrn|Frau|Dr|Prof|Kapitän|Captain|Capt)$/u;
/** Parliaments and councils by their own word ("Deutscher Bundestag", "Dáil Éireann", "Landtag Brandenburg"). */
const PARLIAMENT_WORDS = new Set(
  'Bundestag Landtag Kreistag Bundesrat Abgeordnetenhaus Bürgerschaft Dáil Seanad Oireachtas Storting Folketing Riksdag Eduskunta Sejm Parliament Parlament'.split(
    ' ',
  ),
);
/** Short forms of authorities and services of the sea and its trade, opening a finding. */
const SEA_AUTHORITIES = new Set(
  'VTS MRCC MRSC RCC JRCC BG RYA MCA MCGA USCG BSH WSA WSV WSP ITF IMO ILO PSC EMSA DGzRS'.split(' '),
);
/** German compounds naming an authority or a police ("Wasserschutzpolizei", "Hafenbehörde", "Seemannsamt"). */
const AUTHORITY_COMPOUND = /^\p{Lu}\p{Ll}*(?:polizei|behörde|amt|verwaltung|zentrale|mission)$/u;
/** Ranks and jobs on board, alone or as a whole finding ("Chief Officer", "2nd Engineer", "Köchin"). */
const RANK_WORDS = new Set(
  'Chief Second Third Fourth Junior Senior First Officer Engineer Mate Bosun Boatswain Oiler Wiper Messman Cadet Able Ordinary Seaman Seamen Motorman Fitter Electrician Skipper Manning Crewing Köchin Koch Matrose Matrosin Maschinist Maschinistin Decksmann Steuermann Steuerfrau Bootsmann Schiffsmechaniker Schiffsmechanikerin Leichtmatrose Offizier Offizierin'.split(
    ' ',
  ),
);
/** Words that name a rank only with another rank word ("Chief Officer"): alone they are surnames too ("Mate", "Koch"). */
const RANK_ONLY_WITH_ANOTHER = new Set(
  'Chief Second Third Fourth Junior Senior First Able Ordinary Koch Mate Fitter Manning'.split(' '),
);
/** After a nationality word: it describes a person ("German national", "Dutch, born …", "Greek citizen"). */
const NATIONALITY_AFTER =
  /^(?:[ \t]+(?:national|citizen|nationality|flag(?:ged)?|seafarer|crew)\b|,[ \t]+(?:born|geb\.|geboren|resident)\b)/u;

/** Whether the PERSON finding `e` with the words of `value` names a place, an authority or a rank of the sea. */
export function seafaringNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t]+/);
  const parts = value.split(/[ \t-]+/);
  const first = words[0];
  const last = parts[parts.length - 1];
  // "Marina Heiligenhafen": the given name "Marina" before a port town's name is the port's marina.
  if (first === 'Marina' && words.length === 2 && PORT_TOWN.test(words[1])) return true;
  // "Irish Sea": no one's family name is a sea's word, whatever the word before.
  if (words.length > 1 && WATER_WORDS.has(last)) return true;
  // "Dutch, born 1975", "German national": the nationality of the person named before.
  if (words.length === 1 && isEnglishNationality(value) && NATIONALITY_AFTER.test(text.slice(e.end, e.end + 16)))
    return true;
  // "Dublin Bay" ("Bay" is a given name too): no given name before the water's word.
  if (words.length > 1 && WATER_WORDS_NAMED.has(last) && !words.slice(0, -1).some((word) => isGivenName(word)))
    return true;
  // The water's word found alone after its name ("the Cromarty ⟨Firth⟩"): the same, read from the text; a title or
  // a given name or an ordinary word ("Kollege Firth") before it keeps the person ("Mrs Firth", "Oliver Firth").
  if (words.length === 1 && WATER_WORDS_NAMED.has(value)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1];
    if (before !== undefined && !isGivenName(before) && !isDictionaryWord(before) && !TITLE_WORD.test(before))
      return true;
  }
  if (words.some((word) => PARLIAMENT_WORDS.has(word))) return true;
  // "RYA", "VTS Humber": an authority's short form in capitals (some are given names in other case: "Rya").
  if (SEA_AUTHORITIES.has(first)) return true;
  if (isGivenName(first)) return false;
  // "Hafen Kiel", "Port of Leith": the port's noun first, a place after (also a town named like a person).
  if (PORT_WORDS.has(first) || JOINED_MARINA.test(value)) return true;
  // "Grand Harbour", "Harbour Master's": a port's noun further on, and no given name that may make it a person's.
  if (words.some((word) => isGivenName(word))) return false;
  if (parts.some((part) => PORT_WORDS.has(part.replace(/['’]s$/u, '')))) return true;
  if (PORT_NOUN_AFTER.test(text.slice(e.end, e.end + 12))) return true;
  if (AUTHORITY_COMPOUND.test(first)) return true;
  // A rank word after a title is a family name ("Herr Steuermann", "Frau Bootsmann", "Mr Seaman"): privacy first.
  if (parts.length === 1 && TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) return false;
  return parts.every((part) => RANK_WORDS.has(part)) && (parts.length > 1 || !RANK_ONLY_WITH_ANOTHER.has(first));
}

/** A title right before a finding ("Herrn ", "Frau ", "Mr. ", "Mrs "): what follows is a family name. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Herrn?|Frau|Fr\.|Hr\.|Mr|Mrs|Ms|Miss|Mister|Dr|Prof)\.?[ \t]+$/u;
