import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { HONORIFIC_BEFORE } from './honorific-before.js';

/**
 * The personal-care and fitness trade's own words read as a person's name (read only around a PERSON finding, see
 * not-people.ts; test set 44, salons, barbers, nail, tattoo and piercing studios, spas, gyms, yoga and dance studios):
 * - a finding made only of the trade's classes, treatments, dance styles and levels ("Yin Yoga", "Salsa Anfänger",
 *   "Pilates Reformer", "Shellac"), or of an ID card's or a guest card's label ("Personalausweis Nr", "Gastkarte");
 * - one word that is no given name right after or before a class's word on its line ("Tango Argentino", "Hot
 *   Vinyasa", "Vinyasa flow");
 * - a business's name: one word that is no given name right after the business's kind ("Sonnenstudio Goldbraun"),
 *   a finding holding the trade's business word ("Shear Bliss", "Hawthorne Spa Manager") or a brand written in one
 *   camel-cased word ("FitWerk Bern");
 * - a tattoo's motif before the body part it is placed on ("Schwalbe Unterarm").
 * Privacy first: a title of address before the finding keeps it ("Frau Argentino"); a given name in a finding with
 * a business word keeps it (a one-person business under its owner's name: "Salon Petra Huber"), unless the finding
 * ends in a role noun (a desk speaking in a chat: "Hawthorne Spa Manager").
 */

/** Classes, treatments, dance styles and levels (lower case). None is a given name in the name list. */
export const CLASS_WORDS = new Set(
  (
    'yoga yin vinyasa hatha ashtanga bikram kundalini pilates reformer mat spinning zumba aerobic aerobics hiit ' +
    'bodypump crossfit barre salsa tango argentino discofox bachata kizomba merengue walzer foxtrott rumba cha ' +
    'jive swing lindy hop ballet ballett hip-hop breakdance shellac balayage ombré ombre gel acryl acrylic ' +
    'maniküre pediküre manicure pedicure microblading microneedling waxing sugaring wimpernlifting lash lifting ' +
    'anfänger anfängerinnen mittelstufe fortgeschrittene fortgeschritten beginners beginner intermediate advanced ' +
    'improvers flow hot power restorative'
  ).split(' '),
);
/** Class words that make the class alone: an adjective or a level beside a style ("Hot", "flow", "Anfänger"). */
const QUALIFIERS = new Set(
  (
    'hot power restorative flow yin anfänger mittelstufe fortgeschrittene beginners beginner intermediate advanced ' +
    'improvers reformer mat tango argentino salsa lindy hop'
  ).split(' '),
);
/** Class words that are also ordinary words or surnames ("Power", "Flow"): never a finding's only word. */
const WEAK_ALONE = new Set('hot power restorative flow mat cha gel swing barre jive lash lifting hop'.split(' '));
/** Card, ID and UI labels of the trade's software (lower case). */
const LABEL_WORDS = new Set(
  (
    'personalausweis reisepass ausweis nr nr. no pass passport gastkarte mitgliedskarte kundenkarte kundenkartei ' +
    'kartei schalter speichern bearbeiten bezahlen gast gastname summe kasse rechnung rechnungsanschrift bademantel ' +
    'guest receipt billing total robe'
  ).split(' '),
);
/** The kind of a business right before its name ("Sonnenstudio Goldbraun", "Barbershop Kreuzberg"). */
const BUSINESS_BEFORE =
  /(?:^|[^\p{L}])(?:Sonnenstudio|Nagelstudio|Tattoostudio|Kosmetikstudio|Fitnessstudio|Yogastudio|Tanzstudio|Tanzschule|Friseursalon|Barbershop)[ \t]*[–—-]?[ \t]*$/u;
/** The trade's business words inside a finding (lower case). */
const BUSINESS_WORDS = new Set(
  (
    'salon spa studio barbers barbershop barber fitness gym yoga tattoo piercing nails nail beauty shear shears ' +
    'bliss lounge tanning sonnenstudio clinic'
  ).split(' '),
);
/** Role nouns ending a desk's name as a chat speaker ("Hawthorne Spa Manager", "Salon Reception"). */
const DESK_END = /(?:Manager|Reception|Front[ \t]+Desk|Team|Rezeption|Empfang)$/u;
/** A brand written in one camel-cased word of the trade ("FitWerk", "GymBox", "HairLounge"). */
const BRAND = /^(?:Fit|Gym|Body|Hair|Nail|Beauty|Yoga|Ink|Spa|Tan)\p{Lu}\p{Ll}+$/u;
/** Body parts a tattoo is placed on, ending its motif ("Schwalbe Unterarm", "Swallow forearm"). */
const BODY_END =
  /[ \t](?:Unterarm|Oberarm|Handgelenk|Schulterblatt|Knöchel|Nacken|Rippen|Schlüsselbein|Forearm|forearm|Wrist|wrist|Ankle|ankle|Ribs|ribs|Collarbone|collarbone)$/u;
const wordsOf = (value: string) =>
  value
    .toLowerCase()
    .split(/[ \t\n,]+/)
    .filter(Boolean);

export function personalCareNoPerson(text: string, e: Entity, value: string): boolean {
  const before = text.slice(Math.max(0, e.start - 24), e.start);
  if (HONORIFIC_BEFORE.test(before)) return false;
  const words = wordsOf(value);
  if (words.length === 0 || words.length > 4) return false;
  const plain = value.split(/[ \t\n,]+/).filter(Boolean);
  // "Yoga" is listed as a given name: a class word counts as the class here.
  const given = plain.some((w) => isGivenName(w) && !CLASS_WORDS.has(w.toLowerCase()));
  if (
    !given &&
    words.every((w) => CLASS_WORDS.has(w) || LABEL_WORDS.has(w)) &&
    !(words.length === 1 && WEAK_ALONE.has(words[0]))
  )
    return true;
  // A business's name holding the trade's word; a given name beside it stays (its owner), unless a desk's role ends it.
  // A class word listed as a given name first, then only words of no business ("Yoga Okafor"): a person, named so.
  const namedLikeClass =
    plain.length >= 2 &&
    isGivenName(plain[0]) &&
    words.slice(1).every((w) => !BUSINESS_WORDS.has(w) && !CLASS_WORDS.has(w));
  if (words.some((w) => BUSINESS_WORDS.has(w)) && (!given || DESK_END.test(value)) && !namedLikeClass) return true;
  if (plain.some((w) => BRAND.test(w)) && !given) return true;
  if (words.length === 2 && !given && BODY_END.test(value)) return true;
  if (words.length !== 1 || given) return false;
  // One word beside a class's word on its line: "Tango Argentino", "Hot Vinyasa", "Vinyasa flow".
  const prev = /(\p{L}+)[ \t]$/u.exec(before);
  if (prev && QUALIFIERS.has(prev[1].toLowerCase())) return true;
  const next = /^[ \t](\p{L}+)/u.exec(text.slice(e.end, e.end + 24));
  if (next && QUALIFIERS.has(next[1].toLowerCase())) return true;
  // A studio named after its owner ("Sonnenstudio Huber") stays: only a word that is no known name.
  return BUSINESS_BEFORE.test(before) && !isKnownName(value);
}
