/**
 * Animals in veterinary and pet records: a pet's name and its breed read as a person's ("Tier: „Pepper“,
 * Border Collie", "Patient: "Barney", Jack Russell"). Dropped only where the record says the field is an
 * animal: its label names one, or a vet's "Patient" line carries an animal's identifier (microchip,
 * transponder, UELN). Only the field right after the label: the owner's name in a later field of the same
 * line ("Tier: Mücke · Halterin: …") stays a person.
 */
// The label's own value and its breed only: nothing after a field separator (";", "·", "|", "/", a bracket),
// and no word for a keeper before the finding, so a person written after the pet's name without a label of
// their own ("Hund: Bello, Besitzerin Jana Weber") stays a person.
const ANIMAL_LABEL =
  /^[ \t]*(?:(?:haus|heim)?tier(?:name)?|name[ \t]+des[ \t]+tier(?:e?s)?|hund|katze|kater|pferd|pony|stute|wallach|animal(?:[ \t]+name)?|pet(?:[ \t]+name)?|dog|cat|horse|mare|gelding|foal|species|tierart)[ \t]*:([^:\n;·|/()]*)$/i;
/** A vet's patient: a field label that names an animal only with an animal's identifier on its line. */
const PATIENT_LABEL = /^[ \t]*(?:patient(?:in)?|patient name)[ \t]*:[^:\n;·|/()]*$/i;
/** A keeper named in the animal's field: what follows is a person. */
const KEEPER_WORD =
  /(?:^|[^\p{L}])(?:besitzer(?:in)?|halter(?:in)?|eigentümer(?:in)?|tierhalter(?:in)?|frauchen|herrchen|familie|owner|keeper|family|c\/o|bei|von|of)(?:[^\p{L}]|$)/iu;
/** Identifiers only animals carry: an implanted chip, the equine passport's UELN. */
const ANIMAL_SIGN = /(?:^|[^\p{L}])(?:micro)?chip(?:[^\p{L}]|$)|mikrochip|transponder|UELN/iu;
/**
 * After a "Patient:" line's quoted name, a species, a breed's last word or a sex word of an animal ("Patient:
 * "Pip", Labrador, 4 years", "Patientin: „Mira“, Europäisch Kurzhaar"): the patient is an animal. Only after a
 * QUOTED name: a person's name is not written in quotes on a patient line.
 */
const QUOTED_THEN_SPECIES =
  /^["“”„'‘’»«][ \t]*[,;–-]?[ \t]*(?:\p{L}+[ \t]+){0,2}?(?:labrador|retriever|spaniel|collie|terrier|shepherd|poodle|beagle|dachshund|husky|setter|pointer|hound|cocker|cockapoo|schäferhund|dackel|pudel|kurzhaar|langhaar|dog|cat|kitten|puppy|rabbit|horse|pony|mare|gelding|hund|hündin|rüde|katze|kater|kaninchen|pferd|stute|wallach|bitch|(?:fe)?male[ \t]+neutered|(?:m|f)n)(?![\p{L}])/iu;
/**
 * A quoted name right after an animal's kind ("chestnut mare "Fern Bay"", "Welsh Cob gelding „Mirko“", "the
 * Labrador 'Pip'"): the animal's name. Only the kinds of animals, never a person's word.
 */
const ANIMAL_KIND_BEFORE_QUOTE =
  /(?:^|[^\p{L}])(?:mare|gelding|stallion|filly|colt|foal|pony|stute|wallach|hengst|fohlen|labrador|retriever|spaniel|collie|terrier|poodle|beagle|dachshund|cat|dog|kitten|puppy|hund|katze|kater|hündin|rüde)[ \t]*["“„'‘»]$/iu;

/**
 * Findings without an animal's birth date ("Tier: „Pepper“, Border Collie, geb. 12.04.2021"): in a field
 * that names an animal, a birth date is the animal's, no person's.
 */
export function withoutAnimalBirthDates<T extends { type: string; start: number; end: number }>(
  text: string,
  found: T[],
): T[] {
  if (!found.some((e) => e.type === 'DATE_OF_BIRTH')) return found;
  const kept = found.filter((e) => e.type !== 'DATE_OF_BIRTH' || !animalNoPerson(text, e.start, e.end));
  return kept.length === found.length ? found : kept;
}

/** Whether the finding from `start` to `end` lies in a field that names an animal. */
export function animalNoPerson(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 80 && text[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  const before = text.slice(lineStart, start);
  if (ANIMAL_KIND_BEFORE_QUOTE.test(before)) return true;
  if (!before.includes(':')) return false;
  if (KEEPER_WORD.test(before.slice(before.lastIndexOf(':') + 1))) return false;
  if (ANIMAL_LABEL.test(before)) return true;
  if (!PATIENT_LABEL.test(before)) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  if (/["“„'‘»][ \t]*$/u.test(before) && QUOTED_THEN_SPECIES.test(text.slice(end, Math.min(lineEnd, end + 80))))
    return true;
  return ANIMAL_SIGN.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 400)));
}
