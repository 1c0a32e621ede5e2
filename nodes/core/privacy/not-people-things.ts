import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName, isListedSurname } from './name-list.js';

/**
 * Two-word findings that name a thing by what it is, the last word saying so (read only around a
 * PERSON finding, see not-people.ts):
 * - a dish or a cake ("Apple Crumble", "Bakewell Tart", "Apfel Strudel"): the last word a dish, no
 *   given name before it ("Victoria Sponge" is left to the eponym list, "Cherry Pie" kept if a list
 *   calls Cherry a given name);
 * - a practice, office or clinic named by its street ("Zahnarztpraxis Lindenplatz", "Kinderarztpraxis
 *   Sierichstraße"): an institution's compound first, a street's compound last — a practice named
 *   after its doctor ("Zahnarztpraxis Okonkwo") is kept.
 * And a name that names a place, a prize, a club, a business or a car, by the word beside it on its line:
 * a street, a trophy, a team or a trade right after it ("Florence Nightingale Way", "Mary Peters Trophy",
 * "Oliver Cromwell Athletic", "Kelvin Grove Pharmacy", "Kilnworth Plumbing", "Clearview Eyecare"), a
 * sports club's letters before it with a word of sport on the line ("Training des SV Ludwig Jahn", "TSV
 * Gustav Adolf 1890 e.V."), a car maker first ("VW Caddy"), an estate's or home's kind first ("Schloss Elmenhorst",
 * "Pflegeheim Lindenhof"), "Nr." and a number after it ("Schrank Nr. 4"), a range of days ("Thu–Fri"). A prize's or trade's word ends a finding only
 * of three words or more ("Mary Kingsley Trophy"): "Sarah Cup" is a surname.
 * A firm named after its founder is no one's private name (as "Pemberton Lowe LLP" is dropped beside its
 * legal form); the word must be written capitalised right after the name, on the same line: a name at a
 * line's end with "Pharmacy" under it (a signature) is kept.
 * And a finding in quotation marks with a product's or a hotel's noun right before or after the quotes
 * (the "Florence Nightingale" lamp, den Sessel „Karl Johan“, Hotel „Casa Lúcia“, Kollektion „Gustav
 * Klimt“, "Jamie Oliver" style): shops name products and furniture after people, and quote the name.
 */

/** Dishes and cakes no surname is: the last word of a dish's name. */
const DISH_WORDS = new Set([
  'Crumble',
  'Tart',
  'Sponge',
  'Pudding',
  'Soup',
  'Salad',
  'Strudel',
  'Torte',
  'Kuchen',
  'Suppe',
  'Salat',
  'Auflauf',
]);

/** An institution's compound's end: the first word of a practice, office or clinic named by its street. */
const INSTITUTION_ENDS = ['praxis', 'kanzlei', 'klinik', 'apotheke', 'büro', 'amt', 'zentrum'];
/** A street's compound's end: the last word of a street's name. */
const STREET_ENDS = ['straße', 'strasse', 'platz', 'weg', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'markt'];
/** Checked with endsWith, not a pattern: asked for every two-word finding. */
const endsWithOne = (word: string, ends: string[]) => ends.some((end) => word.endsWith(end));

/**
 * Methods, theorems and objects of study named after their discoverer, the noun joined by a hyphen
 * ("Euler-Verfahren", "Fourier-Analysis", "Noether-Ringe", "Bessel-Funktion"): course and module tables
 * list them. No double-barrelled surname ends in one of these nouns; short ones that are surnames too
 * ("Ring", "Raum", "Satz") are left out.
 */
const EPONYM_NOUNS = new Set(
  'Verfahren Methode Algorithmus Theorem Lemma Gleichung Gleichungen Transformation Integral Prinzip Effekt Syndrom Krankheit Modell Zahlen Reihe Reihen Ringe Räume Analysis Verteilung Konstante Kurve Diagramm Kriterium Operator Funktion Funktionen Vermutung Algorithm Method Equation Equations Transform Principle Effect Syndrome Distribution Constant Curve Diagram Criterion Spaces Series Numbers Conjecture Function Functions'.split(
    ' ',
  ),
);

/** Nouns of buildings and institutions named after a person's whole name, hyphenated ("Clara-Zetkin-Haus"). */
const BUILDING_NOUNS = new Set(
  'Haus Heim Schule Gymnasium Realschule Grundschule Gesamtschule Zentrum Klinik Klinikum Krankenhaus Stift Stiftung Halle Bibliothek Museum Institut Kaserne Saal Bau Hof Kolleg Kindergarten Kita Campus Arena Stadion'.split(
    ' ',
  ),
);

/** Whether a finding names a dish, a practice by its street, a method after its discoverer or a building after a person (see above). */
export function thingNoPerson(value: string): boolean {
  const space = value.indexOf(' ');
  // One word: a method or theorem after its discoverer ("Euler-Verfahren"), a building after a person's
  // whole name ("Clara-Zetkin-Haus", "Geschwister-Scholl-Schule": two hyphens, a building's noun last).
  if (space < 0) {
    const dash = value.lastIndexOf('-');
    if (dash < 0) return false;
    const end = value.slice(dash + 1);
    return EPONYM_NOUNS.has(end) || (BUILDING_NOUNS.has(end) && value.indexOf('-') < dash);
  }
  if (value.indexOf(' ', space + 1) >= 0) return false;
  const first = value.slice(0, space);
  const last = value.slice(space + 1);
  if (DISH_WORDS.has(last)) return !isGivenName(first);
  return endsWithOne(first, INSTITUTION_ENDS) && endsWithOne(last, STREET_ENDS);
}

/** Opening and closing quotation marks around a product's name (the view is decoded: "&quot;" is '"'). */
const QUOTE_MARKS = new Set(['"', '„', '“', '”', "'", '‚', '‘', '’', '«', '»']);
/**
 * Nouns of things sold or booked that stand before or after a quoted name. English ones as words, German
 * ones also as a compound's end ("Ohrensessel", "Stehlampe", "Bücherregal").
 */
const THING_WORDS = new Set(
  'lamp light print poster globe chair armchair sofa couch table desk bed wardrobe shelf shelves cabinet dresser collection range series edition style set mug vase rug hotel restaurant café cafe bar tariff'.split(
    ' ',
  ),
);
/**
 * English thing nouns that are verbs too: after the closing quote they are what the quoted person did
 * ('Customer "Jane Walker" set up a direct debit', '"Jane Walker" print the form'), so they count only
 * before the opening quote. "model" is not among the nouns at all: a model is a person ('our model "Anna Schmidt"').
 */
const THING_VERBS = new Set(['set', 'print', 'light', 'range']);
const THING_ENDS = [
  'sessel',
  'regal',
  'lampe',
  'leuchte',
  'tisch',
  'stuhl',
  'sofa',
  'couch',
  'bett',
  'schrank',
  'kommode',
  'kollektion',
  'serie',
  'modell',
  'edition',
  'hotel',
  'restaurant',
  'poster',
  'druck',
  'globus',
  'teppich',
  'vase',
  // An energy supplier's products: "Der Tarif „Hildegard Natur“", "Preisblatt Wärmestrom „Hildegard Natur“".
  'tarif',
  'strom',
  'preisblatt',
];
const isThingWord = (word: string) => {
  const lower = word.toLowerCase();
  return THING_WORDS.has(lower) || endsWithOne(lower, THING_ENDS);
};

/** The word of letters ending right before `end` (blanks skipped), or the one starting at `start` (blanks skipped). */
function wordBefore(text: string, end: number): string {
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}
function wordAfter(text: string, start: number): string {
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++;
  let end = start;
  while (end < text.length && end - start < 30 && /\p{L}/u.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * Whether the finding text[start, end) stands alone in quotation marks with a thing's noun right before
 * the opening or after the closing mark (see above). A person in quotes ("Kundin „Anna Weber“", 'the
 * customer "Florence Smith"') has no such noun beside the quotes and is kept.
 */
export function quotedThingNoPerson(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && text[before - 1] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  // A CSV cell doubles the marks (""Florence Nightingale""), a JSON string escapes them (\"…\"): up to
  // three marks and backslashes each side, a quotation mark among them.
  let quoted = 0;
  for (let n = 0; n < 3 && before > 0 && isQuoteOrEscape(text[before - 1]); n++)
    if (QUOTE_MARKS.has(text[--before])) quoted |= 1;
  for (let n = 0; n < 3 && after < text.length && isQuoteOrEscape(text[after]); n++)
    if (QUOTE_MARKS.has(text[after++])) quoted |= 2;
  if (quoted !== 3) return false;
  const previous = wordBefore(text, before);
  if (isThingWord(previous)) return true;
  const next = wordAfter(text, after);
  if (!isThingWord(next)) return false;
  // A noun that is a verb too is the thing's only after an article ('the "Nelson Mandela" print') or
  // before a punctuation mark or the line's end ('… "Nelson Mandela" print.').
  return !THING_VERBS.has(next.toLowerCase()) || ARTICLES.has(previous.toLowerCase()) || endsPhrase(text, after);
}
/** Articles and determiners before a thing's quoted name. */
const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'your',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
]);
/** Whether the word starting at or after `from` is followed by a punctuation mark or the line's end. */
function endsPhrase(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  while (i < text.length && /\p{L}/u.test(text[i])) i++;
  return i >= text.length || '.,;:!?\n\r'.includes(text[i]);
}
const isQuoteOrEscape = (ch: string) => ch === '\\' || QUOTE_MARKS.has(ch);

/** Street words after a name that make it a street's name ("Florence Nightingale Way"); not as its own last word ("c/o Sarah Road" is a person). */
const STREET_AFTER = new Set(
  'Way Street Road Avenue Lane Drive Close Crescent Terrace Square Gardens Boulevard Quay Wharf Parade Mews Esplanade Place'.split(
    ' ',
  ),
);
/** Capitalised words after or ending a name that make it a prize's, a team's or a business's name. */
const NAMED_AFTER = new Set(
  // A bank, an insurer or a firm's services by what it does ("Harbourline Neobank", "Meridian Fleet Services"),
  // a trade's firm by its tradesmen ("Northstar Locksmiths & Access", "Brightwater Glaziers").
  'Trophy Cup Shield Award Prize Memorial Athletic Rovers Wanderers Albion Academy College Hospice Pharmacy Chemist Chemists Eyecare Optometrists Opticians Plumbing Heating Electrical Roofing Joinery Removals Anglers Bakery Salon Stores Interiors Furnishings Apotheke Optik Stiftung Gymnasium Grundschule Realschule Stadion Bank Neobank Insurance Services Deliveries Distribution Logistics Locksmiths Glaziers Plumbers Electricians Roofers Alarms'.split(
    ' ',
  ),
);
/** Trades a sole trader puts after a whole name of their own ("Anna Schmidt Roofing"). */
const SOLE_TRADES = new Set(
  'Plumbing Heating Electrical Roofing Joinery Removals Interiors Furnishings Services Deliveries Distribution Logistics Locksmiths Glaziers Plumbers Electricians Roofers Alarms'.split(
    ' ',
  ),
);
/**
 * A sole trader's whole name before the trade: a given name, then a surname no ordinary English word
 * ("Anna Schmidt Roofing", not "Kelvin Grove Pharmacy"). Privacy first: the owner is a person, and a
 * one-person firm's name is theirs.
 */
function soleTrader(value: string, space: number, after: string): boolean {
  if (!SOLE_TRADES.has(after)) return false;
  const words = value.split(/[ \t]+/);
  return words.length === 2 && isGivenName(value.slice(0, space)) && !isEnglishWord(words[1]);
}
/** A sports club's letters before its name ("SV Ludwig Jahn", "TSV Gustav Adolf", "FC St. Pauli"). */
// ASV: an anglers' club (Angelsportverein), read like the others with a club's word on the line.
const CLUB_BEFORE = new Set([
  'ASV',
  'SV',
  'TSV',
  'FC',
  'VfB',
  'VfL',
  'TuS',
  'SC',
  'SpVgg',
  'TSG',
  'SG',
  'FSV',
  'MTV',
  'TV',
]);
/** Car makers that are nobody's given name or surname, first in a finding ("VW Caddy", "Škoda Octavia"). */
const CAR_MAKERS = new Set([
  'VW',
  'BMW',
  'Audi',
  'Opel',
  'Toyota',
  'Skoda',
  'Škoda',
  'Renault',
  'Peugeot',
  'Citroën',
  'Fiat',
  'Kia',
  'Hyundai',
  'Nissan',
  'Mazda',
  'Volvo',
  'Tesla',
  'Dacia',
  'Vauxhall',
]);

/**
 * A maker's own models named like people, the maker before ("Renault Zoe", "Opel Adam", "Škoda Octavia"): the
 * car, as nobody is called by a maker's name and then its model's.
 */
const MAKERS_MODELS = new Map<string, Set<string>>([
  ['Renault', new Set(['Zoe', 'ZOE', 'Clio', 'Megane', 'Mégane', 'Laguna'])],
  ['Opel', new Set(['Adam', 'Karl', 'Astra', 'Vectra', 'Meriva'])],
  ['Skoda', new Set(['Fabia', 'Octavia', 'Karoq', 'Kamiq'])],
  ['Škoda', new Set(['Fabia', 'Octavia', 'Karoq', 'Kamiq'])],
  ['Dacia', new Set(['Logan', 'Sandero', 'Duster'])],
  ['Kia', new Set(['Rio', 'Ceed', 'Carens'])],
  ['Nissan', new Set(['Micra', 'Leaf', 'Juke'])],
  ['Toyota', new Set(['Corolla', 'Yaris', 'Camry'])],
  ['Hyundai', new Set(['Kona', 'Tucson'])],
]);

/**
 * A maker's name that is a given name too, before a name from the lists: a person ("Kia Thompson", "Tesla
 * Nguyen", "Dacia Popescu"), whatever car shares the name ("Renault Clio" is kept with them: a false
 * alarm is cheaper than a leak).
 */
function makerAsGivenName(value: string, space: number): boolean {
  if (MAKERS_MODELS.get(value.slice(0, space))?.has(value.slice(space + 1).trim())) return false;
  const rest = value
    .slice(space + 1)
    .trim()
    .split(/[ \t]+/);
  return isGivenName(value.slice(0, space)) && rest.some((word) => isKnownName(word));
}

/** The first letters of the words after a name that make it a thing's (a cheap test before the word is read). */
const AFTER_FIRST_LETTERS = new Set([...NAMED_AFTER, ...STREET_AFTER].map((word) => word[0]));
/** The last letters of the clubs' letters (a cheap test before they are read). */
const CLUB_LAST_LETTERS = new Set([...CLUB_BEFORE].map((letters) => letters[letters.length - 1]));

/**
 * Kinds of estate, house or home written before their own name ("Schloss Elmenhorst", "Kloster Andechs",
 * "Pflegeheim Lindenhof", "Gasthof Krone"): first in a finding they name the place, as no one's given name
 * is one of them.
 */
const PLACE_KINDS = new Set(
  'Landkreis Kreis Schloss Burg Kloster Stift Hofgut Rittergut Gasthof Gasthaus Landgasthof Hotel Pflegeheim Altenheim Seniorenheim Seniorenresidenz Seniorenstift Wohnstift Hospiz Kurhaus'.split(
    ' ',
  ),
);
/**
 * A firm's office named by its district or town ("Büro Winterhude", "Filiale Ottensen", "Niederlassung Pasing"): one
 * word right after the office's word, that no list holds as a name ("Büro Schneider" is the owner's office and stays).
 */
const OFFICE_BEFORE = /(?:^|[^\p{L}])(?:Büro|Filiale|Niederlassung|Geschäftsstelle|Standort|Zweigstelle)[ \t]+$/u;
function officeByDistrict(text: string, start: number, value: string): boolean {
  return !isKnownName(value) && !isGivenName(value) && OFFICE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/** A range of days of a rota's or timetable's heading ("Thu–Fri", "Mo/Di", "Montag – Mittwoch"). */
const DAY = String.raw`(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?`;
// A range only: one day's abbreviation alone is a name too ("Dear Mr Sun", "Hi Mo").
const DAY_RANGE = new RegExp(`^${DAY}[ \t]*[-–/][ \t]*${DAY}$`);
/** "Nr." or "No." and a number after the finding's last word: a numbered thing ("Schrank Nr. 4", "Spind No 12"). */
const NUMBERED_END = /[ \t](?:Nr|No|Nº)$/;
const NUMBER_AFTER = /^\.?[ \t]*\d/;

/** Whether the finding text[start, end) names a street, prize, club, business, car, estate or numbered thing (see above). */
export function namedThingNoPerson(text: string, start: number, end: number, value: string): boolean {
  const space = value.search(/[ \t]/);
  if (space > 0 && CAR_MAKERS.has(value.slice(0, space)) && !makerAsGivenName(value, space)) return true;
  if (space > 0 && PLACE_KINDS.has(value.slice(0, space))) return true;
  if (space < 0 && officeByDistrict(text, start, value)) return true;
  if (DAY_RANGE.test(value)) return true;
  if (NUMBERED_END.test(value) && NUMBER_AFTER.test(text.slice(end, end + 4))) return true;
  // The word ends a finding of three words or more ("Mary Kingsley Trophy"), or of two without a given
  // name first ("Clearview Eyecare", "Kilnworth Plumbing"); after a given name it is a surname ("Sarah
  // Cup", "Jane Shield", "Lisa Stadion").
  const lastSpace = Math.max(value.lastIndexOf(' '), value.lastIndexOf('\t'));
  // A sole trader's whole name before the trade stays ("Anna Schmidt Services": her firm is her name).
  if (
    lastSpace > 0 &&
    NAMED_AFTER.has(value.slice(lastSpace + 1)) &&
    (lastSpace > space || !isGivenName(value.slice(0, space))) &&
    !soleTrader(value.slice(0, lastSpace), space, value.slice(lastSpace + 1))
  )
    return true;
  // Exactly one blank between the name and the word after it: a tab or a run of blanks is a column's
  // gap ("Anna Smith<TAB>Stores", "Tom Baker     Pharmacy": a staff list's department column).
  // A name of two words at least ("Florence Nightingale Way"): after a lone given name the word is its
  // surname ("my name is Sarah Cup").
  // The word after is read only when its first letter begins one of the words (not a blank: most findings fail here).
  if (space > 0 && text[end] === ' ' && AFTER_FIRST_LETTERS.has(text[end + 1])) {
    const after = wordAfter(text, end + 1);
    if (STREET_AFTER.has(after)) return true;
    if (NAMED_AFTER.has(after) && !soleTrader(value, space, after)) return true;
  }
  // Club letters, and a word of sport on the line: "SV" is also the expert ("Gutachten durch SV Peter Müller").
  // The letters end right before the blank: read only when that letter ends one of the clubs' letters.
  return (
    text[start - 1] === ' ' &&
    CLUB_LAST_LETTERS.has(text[start - 2]) &&
    CLUB_BEFORE.has(clubLettersBefore(text, start - 1)) &&
    SPORT_WORD.test(lineAround(text, start, end))
  );
}
/** Words of a sports club's life: what makes "SV", "TSV", "FC" before a name a club's letters. */
const SPORT_WORD =
  /(?<![\p{L}])(?:training|trainings\p{L}*|spiel\p{L}*|heimspiel\p{L}*|auswärtsspiel\p{L}*|verein\p{L}*|vorstand|mitglied\p{L}*|mannschaft\p{L}*|liga|saison|turnier\p{L}*|sportplatz\p{L}*|stadion|jugend\p{L}*|abteilung|e\.[ \t]?V\.|\d{4}|gegen|match|league|season|club|fixture|kick-off|tor|tore)(?![\p{L}])/iu;
/**
 * The finding's sentence on its line, at most 80 characters each side: a club word in the sentence before
 * says nothing of this one ("Der Verein hat getagt. SV Peter Müller war als Gutachter da").
 */
function lineAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 80 && text[a - 1] !== '\n' && !sentenceEndAt(text, a - 2)) a--;
  let b = end;
  while (b < text.length && b - end < 80 && text[b] !== '\n' && !sentenceEndAt(text, b - 1)) b++;
  return text.slice(a, b);
}
/** A full stop, "!" or "?" at `at` after a word of two letters or more and before a blank. */
function sentenceEndAt(text: string, at: number): boolean {
  return (
    at > 1 &&
    '.!?'.includes(text[at]) &&
    (text[at + 1] === ' ' || text[at + 1] === '\t') &&
    /\p{Ll}/u.test(text[at - 1]) &&
    /\p{L}/u.test(text[at - 2])
  );
}
/** The letters right before `end` (no blanks skipped beyond one): "SV" of "SV Ludwig Jahn". */
function clubLettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 6 && /[A-Za-z]/.test(text[start - 1])) start--;
  if (start > 0 && /[\p{L}\d]/u.test(text[start - 1])) return '';
  return text.slice(start, end);
}

/** "A, B" read as "Surname, Given": two words around one comma. */
const COMMA_PAIR = /^(\p{Lu}\p{Ll}+),[ \t]+\p{Lu}\p{Ll}+$/u;
/** A list's item right before ("Dielen, ", "Bad mit ", "with "), and a further item right after that is no name. */
const ITEM_BEFORE = /(?:,|\b(?:mit|und|ohne|with|and))[ \t]+$/u;
const ITEM_AFTER = /^,[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])/u;
/**
 * A list of things read as "Surname, Given" ("Wannenbad mit Fenster, Keller, Fahrradraum"):
 * an ordinary noun first that no list holds as a given name or a surname, inside a comma list: an item before it and an
 * item after it that is no name. A roster "Fischer, Anna, Koch, Peter" keeps its names ("Fischer" is a listed surname,
 * "Koch" a name after), and so does "Patient: Colombo, Vincenzo, DOB …" (no item before, capitals after).
 */
export function thingListNoPerson(text: string, start: number, end: number, value: string): boolean {
  const m = COMMA_PAIR.exec(value);
  if (!m) return false;
  const first = m[1];
  if (!isDictionaryWord(first) || isGivenName(first) || isListedSurname(first)) return false;
  if (!ITEM_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  const after = ITEM_AFTER.exec(text.slice(end, end + 40));
  return !!after && !isKnownName(after[1]) && !isGivenName(after[1]);
}
