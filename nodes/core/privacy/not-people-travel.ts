import type { Entity } from './entities.js';
import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Hospitality's places and businesses taken for a person, by how travel texts write them:
 * - a lodging, venue or operator named by its kind first ("Hotel Seeblick", "Pension Alpenruh", "Riad Dar Zitoun",
 *   "Rifugio Nuvolau", "Tauchbasis Roca Azul", "Beach House "Driftwood""): the kind word starts the finding or
 *   stands right before it;
 * - an operator or camp named by its kind last ("Reef Point Divers", "Kestrel Ridge Camp", "Gozo Limo"): the kind
 *   word ends the finding or follows it;
 * - a beach, bay or falls named by its geographic word ("Playa Dorada", "Coral Bay");
 * - a month range in a price list ("Nov–Dez", "Sep–Okt"), a plural greeting ("Liebe Gäste,"), a Māori greeting
 *   ("Kia ora"), a travel label ("Reise:", "Reisebus 2").
 * - a town after a trip's or meeting point's noun ("Rundreise Kerala", "Parkplatz Mittersill", Tour „Anden …").
 * Privacy first: a person's full name among the words keeps the finding (a given name with a word after it that is
 * no ordinary word: "Pension Jana Novak", "Hotel Krone, Karim Alaoui"), and a role word between the kind and the name
 * ("Hotel guest Anna Berg", "Riad owner Karim Alaoui", "Camp manager: Jana Novak") leaves the kind out of reach,
 * since the kind word must touch the finding. A lone given name in a lodging's name is the lodging's ("Apartamentos
 * Luz", "Riad Dar Amina"): guests are written by their full names.
 */
const KIND_FIRST = new Set([
  'Hotel',
  'Hotels',
  'Pension',
  'Gasthof',
  'Gasthaus',
  'Gästehaus',
  'Berghotel',
  'Landhotel',
  'Resort',
  'Lodge',
  'Camp',
  'Riad',
  'Ryokan',
  'Rifugio',
  'Refugio',
  'Hütte',
  'Apartamentos',
  'Apartments',
  'Aparthotel',
  'Hostal',
  'Hostel',
  'Posada',
  'Pousada',
  'Albergo',
  'Auberge',
  'Tauchbasis',
  'Tauchschule',
  'Reisebüro',
  'Sprachschule',
  'Skischule',
  'Hyatt',
  'Marriott',
  'Kempinski',
  'Steigenberger',
  'Iberostar',
  'Novotel',
]);
/** A kind of two words before a quoted or plain name ("Beach House", "Dive Centre"). */
const TWO_WORD_KIND_BEFORE =
  /(?:Beach|Guest|Holiday|Boat|Tree)[ \t]+House[ \t]+["„“«]?$|Dive[ \t]+(?:Centre|Center|Shop)[ \t]+$/;
const KIND_LAST = new Set([
  'Camp',
  'Lodge',
  'Resort',
  'Divers',
  'Diving',
  'Tours',
  'Travel',
  'Travels',
  'Transfers',
  'Limo',
  'Limos',
  'Taxis',
  'Safaris',
  'Expeditions',
  'Adventures',
  'Hotel',
  'Inn',
  'Hostel',
  'Bonvoy',
]);
const KIND_AFTER =
  /^[ \t]+(?:Camp|Lodge|Resort|Divers|Diving|Tours|Travel|Transfers|Limo|Safaris|Expeditions|Inn|(?:Snow|Ski|Surf|Dive)[ \t]+School)\b/;
const GEO_FIRST = new Set(['Playa', 'Praia', 'Plage', 'Cala', 'Costa', 'Lago', 'Isla', 'Ilha']);
const GEO_LAST = new Set(['Bay', 'Beach', 'Falls', 'Lagoon', 'Reef']);
/** A trip's, tour's or meeting point's noun right before a place ("Rundreise Kerala", "Parkplatz Mittersill"). */
const PLACE_NOUN_BEFORE = /(?:Rundreise|Rundfahrt|Parkplatz|Flughafen|Bahnhof|Tour[ \t]+["„“])[ \t]*$/;
const MONTH = '(?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)';
const MONTH_RANGE = new RegExp(`^${MONTH}\\.?[ \\t]*[–—-][ \\t]*${MONTH}\\.?$`);
/** Greeting and label words that are no one's name: a plural addressee, Māori "Kia ora", a trip's labels, "Hotel … Garni". */
const TRAVEL_WORDS = new Set(['Gäste', 'Reisende', 'Reise', 'Reisebus', 'Kia', 'Garni']);

export function travelNoPerson(text: string, e: Entity, value: string): boolean {
  if (MONTH_RANGE.test(value)) return true;
  if (TRAVEL_WORDS.has(value)) return travelWordAlone(text, e, value);
  // "Pension Alpenruh, Kleinort": the business before a comma, its town after.
  const name = value.split(',')[0].trim();
  const words = name.split(/[ \t]+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  // The whole value is read for a person's full name, the town after a comma too ("Pension Alpenruh, Jana Novak" stays).
  // The kind words themselves are left out ("Riad", "Hyatt" are given names too).
  const all = value
    .split(/[ \t,]+/)
    .map((w) => w.replace(/["„“”«»]/g, ''))
    .filter((w) => !KIND_FIRST.has(w) && !KIND_LAST.has(w));
  if (hasFullName(all)) return false;
  const before = text.slice(Math.max(0, e.start - 24), e.start);
  // The kind one or two words back ("Riad Dar ⟦Amina⟧"); the word between is read with the value for a full name.
  const kindBefore = /(\p{Lu}\p{L}+)(?:[ \t]+(\p{Lu}\p{L}+))?[ \t]+["„“«]?$/u.exec(before);
  const wordBefore = kindBefore && !(kindBefore[2] && hasFullName([kindBefore[2], ...all])) ? kindBefore[1] : undefined;
  // A lodging or operator named after a person reads the person's name more widely ("Hotel Anna Berg": a surname
  // that is also a German noun); a place after a trip's noun or an operator's comma does not ("Sri Lanka").
  const lodging =
    (words.length >= 2 && KIND_FIRST.has(words[0])) ||
    (wordBefore !== undefined && KIND_FIRST.has(wordBefore)) ||
    TWO_WORD_KIND_BEFORE.test(before) ||
    (words.length >= 2 && KIND_LAST.has(words[words.length - 1])) ||
    KIND_AFTER.test(text.slice(e.end, e.end + 24));
  if (lodging) return !hasFullName(all, true);
  if (words.length >= 2 && GEO_FIRST.has(words[0])) return true;
  if (words.length >= 2 && GEO_LAST.has(words[words.length - 1])) return true;
  if (PLACE_NOUN_BEFORE.test(before)) return true;
  // "Reef Point Divers, Nusa Penida": an operator's name, then its town after the comma.
  const operatorBefore = /(\p{Lu}\p{L}+),[ \t]+$/u.exec(before);
  if (operatorBefore && KIND_LAST.has(operatorBefore[1])) return true;
  return false;
}

/** A surname's shape: a capital and small letters, a double name's hyphen. */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * A given name before a family name that is no ordinary word: a person's full name ("Jana Novak", not "Sri Lanka");
 * with `nounSurnames`, also before a surname that is a German noun ("Anna Berg").
 */
function hasFullName(words: string[], nounSurnames = false): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1];
    if (isGivenName(words[i]) && isKnownName(next) && !isDictionaryWord(next) && !isEnglishWord(next)) return true;
    if (!nounSurnames) continue;
    // Privacy first: a given name and a capitalised word after it is a full name even where the surname is also an
    // ordinary German word ("Anna Berg", "Jonas Vogel"); an English landscape word after a given name stays a place's
    // ("Kestrel Ridge"), and so does a travel kind or a place word.
    if (
      isGivenName(words[i]) &&
      SURNAME_SHAPE.test(next) &&
      !isEnglishWord(next) &&
      !KIND_LAST.has(next) &&
      !GEO_LAST.has(next)
    )
      return true;
  }
  return false;
}

/** "Liebe Gäste,", "Kia ora,", "Reise: …", "Reisebus 2": the word as greeting, label or vehicle. */
function travelWordAlone(text: string, e: Entity, value: string): boolean {
  const after = text.slice(e.end, e.end + 8);
  if (value === 'Kia') return /^[ \t]+ora\b/i.test(after);
  if (value === 'Reise') return after[0] === ':';
  if (value === 'Reisebus') return /^[ \t]*\d/.test(after);
  return true;
}
