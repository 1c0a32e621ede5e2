import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Findings that name a thing by where they stand or how they open (read only around a PERSON finding, see
 * not-people.ts):
 * - the value of a field that holds a thing, a place or a list, never a person: a damage note ("Schaden:
 *   Kratzer Stoßfänger", "Vorschäden (Skizze): Kratzer Tür"), a screening list ("Liste: Dow Jones PEP"), a
 *   policy's cover ("Cover: Roadside + Home Start"), a scope ("Anwendungsbereich: Lager Halle 3"), a trip's
 *   or a delivery's destination ("Ziel: Vertragswerkstatt Innsbruck", "Lieferort: Vejle"). Privacy first: a
 *   finding opening with a given name stays ("Ziel: Anna Berger abholen");
 * - a German negation opening the finding ("Kein Betrug festgestellt", "Keine Angaben"): no one is called
 *   "Kein …" unless a known name follows ("Kein Müller" stays);
 * - a Romance street's kind first ("Rue Erasme", "Chemin des Vignes", "Avenida Paulista"): the street named
 *   after someone is no person; no given name is one of these words.
 */

/** Destinations and places of delivery or pick-up: a person's too ("Ziel: Okonkwo Tobenna abholen"), see below. */
const DESTINATION_LABELS = 'ziel zielort lieferort auslieferungsort abholort destination';
const DESTINATIONS = new Set(DESTINATION_LABELS.split(' '));

/**
 * Labels of fields holding a thing, a place or a list, in lower case. The colon ends the label; a bracketed
 * remark may stand between ("Vorschäden (Skizze):").
 */
const THING_LABELS = new Set(
  [
    // damage and defects
    'schaden schäden vorschaden vorschäden mangel mängel damage damages defect defects',
    // screening lists and watch lists
    'liste list watchlist sanktionsliste screening-liste',
    // cover and scope
    'deckung leistungsumfang anwendungsbereich einsatzbereich geltungsbereich scope',
    // destinations and places of delivery
    DESTINATION_LABELS,
  ]
    .join(' ')
    .split(' '),
);

/** The label right before `start` (blanks, a colon and an optional bracketed remark skipped), in lower case. */
function labelBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (text[i - 1] !== ':') return undefined;
  i--;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  // "(Skizze)": at most 30 characters of remark, on the line.
  if (text[i - 1] === ')') {
    const open = text.lastIndexOf('(', i - 1);
    if (open < 0 || i - open > 32 || text.slice(open, i).includes('\n')) return undefined;
    i = open;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  }
  const end = i;
  while (i > 0 && end - i < 24 && /[\p{L}-]/u.test(text[i - 1])) i--;
  // The label opens its line, its cell or its column ("Alarm-ID: …   Liste: …", a numbered line "3 Ziel: …"):
  // a word right before it, one blank between, makes it part of a sentence ("der Schaden: …").
  let b = i;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  if (b > 0 && i - b === 1 && /\p{L}/u.test(text[b - 1])) return undefined;
  return text.slice(i, end).toLowerCase();
}

/**
 * "Beginn der Auszählung", "Ende des Verfahrens": a German noun, a genitive article and an abstract noun (by its
 * ending) is a noun phrase; no one is called so (a known name first stays: "Graf der Wissenschaft"? kept).
 */
const GENITIVE_ARTICLES = new Set(['der', 'des']);
const ABSTRACT_NOUN = /\p{Ll}(?:ung|heit|keit|schaft|tion|ität|nahme|gabe)$/u;
/** The same phrase after a one-word finding ("Beginn| der Auszählung"). */
const ABSTRACT_AFTER = /^[ \t]+(?:der|des)[ \t]+\p{Lu}\p{Ll}*(?:ung|heit|keit|schaft|tion|ität|nahme|gabe)(?![\p{L}])/u;
/** German negations opening a finding. */
const NEGATIONS = new Set(['Kein', 'Keine', 'Keinen', 'Keinem', 'Keiner', 'Keines']);
/**
 * Kinds of street written before the street's own name in French, Spanish, Portuguese, Italian and Catalan, in
 * Greek and Maltese transliteration ("Akti Miaouli 47", "21 Triq il-Marina"), and in Welsh, Irish and Scottish Gaelic
 * ("Clos Parc Morgannwg", "Heol y Deri", "Bóthar na Trá", "Rathad a' Chladaich").
 */
const ROMANCE_STREET_KINDS = new Set(
  'Rue Chemin Boulevard Avenue Allée Impasse Quai Avenida Calle Rua Travessa Via Viale Piazza Strada Vicolo Carrer Passeig Plaça Akti Odos Leoforos Triq Heol Ffordd Stryd Lôn Clos Rhodfa Cilgant Bóthar Sráid Ascaill Rathad Sràid'.split(
    ' ',
  ),
);
/**
 * The Welsh, Irish and Gaelic kinds, whose addresses carry a UK postcode or an Eircode rather than a house number
 * ("Clos Parc Morgannwg, Leckwith, Cardiff CF11 8AW").
 */
const CELTIC_STREET_KINDS = new Set(
  'Heol Ffordd Stryd Lôn Clos Rhodfa Cilgant Bóthar Sráid Ascaill Rathad Sràid'.split(' '),
);
/**
 * A UK postcode or an Irish Eircode later on such a street's line. Not any four or five digits (review 51): a year
 * or a phone's digits after "Via Carlos Mendoza, signed 12 March 2024" would clear a person's name.
 */
const POSTCODE_LATER_ON_LINE =
  /^[^\n]{0,60}?(?<![\p{L}\d])(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d{2} ?[A-Z\d]{4})(?![\p{L}\d])/u;

/** A house number right before a street's name ("12, ", "4bis "), or right after it (" 5", ", 12"). */
const HOUSE_NUMBER_BEFORE = /(?:^|[^\p{L}\d])\d{1,4}[a-z]{0,3},?[ \t]+$/u;
const HOUSE_NUMBER_AFTER = /^,?[ \t]+\d{1,4}(?!\d)/;

/** The word right before a finding, one blank between ("Akti ⟨Miaouli⟩"). */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u;
/**
 * A street's kind right before the finding, a house number beside the street ("Akti ⟨Miaouli⟩ 47", "21 Triq
 * ⟨il-Marina⟩"): the finding is the rest of the street's name.
 */
function streetKindBefore(text: string, start: number, value: string): boolean {
  const kind = WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!kind || !ROMANCE_STREET_KINDS.has(kind[1])) return false;
  const blanks = kind[0].length - kind[0].trimEnd().length;
  const kindStart = start - blanks - kind[1].length;
  return (
    HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, kindStart - 8), kindStart)) ||
    HOUSE_NUMBER_AFTER.test(text.slice(start + value.length, start + value.length + 8)) ||
    (CELTIC_STREET_KINDS.has(kind[1]) &&
      POSTCODE_LATER_ON_LINE.test(text.slice(start + value.length, start + value.length + 80)))
  );
}

/** Whether the finding text[start, …) with the words of `value` names a thing (see above). */
export function labelledThingNoPerson(text: string, start: number, value: string): boolean {
  const words = value.split(/[ \t]+/);
  const first = words[0];
  if (NEGATIONS.has(first)) return !words.slice(1).some((word) => isKnownName(word));
  if (words.length === 3 && GENITIVE_ARTICLES.has(words[1]) && ABSTRACT_NOUN.test(words[2]) && !isKnownName(first))
    return true;
  if (
    words.length === 1 &&
    !isKnownName(first) &&
    ABSTRACT_AFTER.test(text.slice(start + value.length, start + value.length + 40))
  )
    return true;
  // With a house number beside it the street is in an address line ("12, Rue Victor Hugo", "Via Anna Maria 5");
  // without one a given name after the kind stays: "Via Anna Berger …" may be a sentence's start.
  if (words.length > 1 && ROMANCE_STREET_KINDS.has(first))
    return (
      !isGivenName(words[1]) ||
      HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      HOUSE_NUMBER_AFTER.test(text.slice(start + value.length, start + value.length + 8))
    );
  if (streetKindBefore(text, start, value)) return true;
  if (isGivenName(first)) return false;
  // A name written surname first without a comma ("Liste: Berger Anna"): a listed surname before a given name is a
  // person's, privacy first, though it keeps "Dow Jones" and "Lager Halle" too (both words are in the name lists).
  if (words.length > 1 && isKnownName(first) && !isDictionaryWord(first) && isGivenName(words[1])) return false;
  // A name written surname first ("Liste: Okonkwo, Tobenna"): a given name after the comma is a person's.
  const comma = value.indexOf(',');
  if (
    comma > 0 &&
    isGivenName(
      value
        .slice(comma + 1)
        .trim()
        .split(/[ \t]+/)[0] ?? '',
    )
  )
    return false;
  const label = labelBefore(text, start);
  if (label === undefined) return false;
  // "Cover:" is also who covers a shift ("Cover: Eishō"): a policy's cover only in ordinary words ("Roadside").
  if (label === 'cover') return words.every((word) => isEnglishWord(word) && !isKnownName(word));
  // A destination may be a person picked up or delivered to ("Ziel: Okonkwo Tobenna abholen"): a surname from the name lists
  // that is no ordinary word keeps the finding (a workshop or a town is no listed name: "Ziel: Vertragswerkstatt …").
  if (DESTINATIONS.has(label) && isKnownName(first) && !isDictionaryWord(first)) return false;
  return THING_LABELS.has(label);
}
