import type { Entity } from './entities.js';
import { allFormsBut, legalForms } from './legal-forms.js';
import { LEGAL_FORM } from './addresses.js';
import { DISTRICT_LETTER } from './postal-districts.js';
import { cellAbove, ownCellBefore } from './firm-columns.js';
import { endsWithSchool } from './school-addresses.js';
import { lineStartWithin, turnLabel } from './turn-labels.js';
import { isCommonWord, isDictionaryWord } from './name-list.js';
import { streetFirstAt } from './street-first-addresses.js';

/**
 * Postal addresses found from their postcode backwards: the street detector (addresses.ts) starts
 * from a house number after a street it recognises in mixed case; this one starts from a postcode
 * and reads the parts before it, so it also finds addresses written in capitals or in lower case,
 * streets with no street word ("Neustadt 22, 02763 Zittau", "35 Kingsway\nLeeds LS6 2QD") and
 * international layouts:
 * - postcode before the town (German, Austrian, Swiss, French, Belgian, Dutch): "Gartenstr. 5a\n35390
 *   Gießen", "7 Rue des Tanneurs, 75004 Paris", "Rue de la Loi 155, 1040 Bruxelles";
 * - postcode after the town (US, Indian, Indonesian, Nigerian, Australian): "2219 NE Alberta St, Portland, OR
 *   97211", "No. 12, 4th Cross Street, Adyar, Chennai 600020", "Jl. Kemang Raya No. 18, Jakarta 12730",
 *   "14 Marine Terrace, Fremantle WA 6160";
 * - British postcodes: "7 Cotham Vale, Bristol BS6 6HR", "Flat 12, 9 Canal Street, Nottingham NG1 7EH".
 * A postcode and town alone name a place and are not flagged: a street with its house number must
 * come right before them (or, for the looser international layouts, a street word among the parts).
 * Company and office addresses (a legal form or an institution on the line or the line above) are
 * left alone, as the street detector does.
 *
 * Cost: no pass of its own; the street detector's pass over digit runs calls postalShapeAt, and
 * most runs fail on their length and the characters right around them.
 */

/** Words that end a street in many languages (whole words, in any case): "Rue", "Via", "Street", "Jl.", "ul.". */
const STREET_WORD =
  /(?<![\p{L}])(?:rue|avenue|av|ave|boulevard|blvd|bd|chemin|allée|allé|place|quai|impasse|route|via|viale|piazza|corso|calle|avenida|rua|travessa|carrer|paseo|plaza|camino|straat|laan|gracht|plein|kade|dijk|singel|steeg|vej|gade|gata|gatan|vägen|veien|ulica|ul|aleja|al|jl|jalan|lorong|cad|caddesi|sok|sokak|sokağı|bulvar|bulvarı|bulvari|mahallesi|mah|street|st|road|rd|lane|ln|drive|dr|close|court|ct|way|place|pl|crescent|cres|crst|terrace|tce|circuit|cct|parade|pde|esplanade|esp|bvd|bvde|gardens|grove|square|sq|row|parkway|pkwy|mews|walk|hill|rise|green|circle|cir|highway|hwy|approach|vale|wharf|brow|quay|marg|nagar|salai|vihar|colony|enclave|apartments|apts|cross|straße|strasse|str|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|kamp|gürtel|zeile|promenade|stieg|twiete|deich)(?![\p{L}])\.?/iu;
/** A German, Dutch or Scandinavian street word at the end of a compound: "Lindenhofweg", "Keizersgracht", "Vaartbaan", "Storgatan", "Åboulevarden". */
const STREET_SUFFIX =
  /\p{L}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|kamp|zeile|promenade|stieg|deich|kai|quai|straat|laan|gracht|plein|kade|dijk|baan|dreef|singel|plantsoen|gatan|gata|gade|vej|vägen|veien|boulevard|boulevarden|allé|alléen|stræde|strædet|torv|torvet|plads|pladsen|vænge|vænget)(?![\p{L}])/iu;

/** Nouns that number things other than houses: "Seite 3, 10115 …", "Artikel 5", "Raum 12", "Postfach 1234"; months before a year ("b. 24 Nov 1996"). */
const NUMBERED_NOUN =
  /^(?:seite|page|kapitel|chapter|artikel|article|art\.?|abs\.?|absatz|nr\.?|no\.?|nummer|number|pos\.?|position|zimmer|raum|room|saal|halle|hall|gleis|platform|tor|gate|terminal|etage|stock|og|ug|eg|kw|woche|week|tag|day|jahr|year|version|stufe|level|runde|round|schritt|step|teil|part|anlage|anhang|annex|appendix|punkt|point|top|item|los|lot|postfach|box|pf\.?|bp|order|invoice|rechnung|bestellung|ticket|auftrag|vertrag|contract|kunde|customer|account|konto|ref\.?|fall|case|akte|file|tabelle|table|abbildung|figure|fig\.?|zeile|line|spalte|column|folie|slide|band|vol\.?|heft|issue|paragraph|para|§|ziffer|klasse|class|gruppe|group|team|projekt|project|sprint|release|build|phase|block|sektor|sector|bereich|station|stellplatz|arbeitsplatz|platz|bus|linie|line|stand|werk|gebäude|building|standort|jahrgang|baujahr|wave|welle|flug|flight|zug|train|tram|route|produkt|product|modell|model|serie|series|fahrzeug|vehicle|kasse|schalter|counter|desk|tisch|table|sitz|seat|reihe|row|uhr|um|ab|bis|von|vom|am|im|seit|mit|über|unter|circa|ca\.?|rund|etwa|nur|noch|insgesamt|total|summe|sum|betrag|amount|preis|price|menge|quantity|anzahl|stück|stk\.?|dob|d\.o\.b\.|geb\.?|born|geboren|date|datum|jan\.?|januar|january|feb\.?|februar|february|mär\.?|märz|mar\.?|march|apr\.?|april|mai|may|jun\.?|juni|june|jul\.?|juli|july|aug\.?|august|sep\.?|sept\.?|september|okt\.?|oct\.?|oktober|october|nov\.?|november|dez\.?|dec\.?|dezember|december)$/i;
/** Words after four to six digits that count or measure, not towns: "12000 Stück", "10115 Nutzer". */
const UNIT_AFTER =
  /^(?:stück|stk|euro|eur|usd|chf|gbp|dollar|pfund|mitarbeiter|mitarbeitende|einwohner|kunden|nutzer|besucher|teilnehmer|exemplare|seiten|punkte|fälle|personen|menschen|jahre|km|meter|kg|tonnen|liter|zeilen|datensätze|einträge|mal|items|units|pieces|people|users|customers|visitors|copies|pages|records|rows|entries|cases|times|years|miles|km|employees|staff|members|votes|views|downloads|euros|dollars|pounds|tokens|bytes|mb|gb|kb|ms|hz|kilometer|kilometern|einheiten|stunden|minuten|sekunden|tage|wochen|monate|bewertungen|aufrufe|klicks|likes|follower|abonnenten|mitglieder|points|punkten|hours|minutes|seconds|days|weeks|months|reviews|clicks|followers|subscribers)$/i;
/** Lower-case words that may stand inside a street or town ("Rue de la Loi", "Frankfurt am Main", "Avenue of the Americas"). */
const PARTICLE =
  /^(?:der|die|das|den|dem|des|am|an|auf|im|in|zum|zur|zu|von|vom|bei|de|la|le|les|du|di|del|della|da|do|dos|van|ter|ten|aan|op|of|the|y|e|et|upon|sur|en|ob)$/;
/** Lower-case particles that begin prose, not a street, when they come first: "(in der) Alte Ziegelei 100", Dutch "(woont op) Vaartbaan 9". */
const LEADING_PROSE = /^(?:in|der|die|das|den|dem|des|the|of|at|to|bei|von|vom|und|and|op)$/;
/** A word that may be part of a street or town name; capitalised, a particle, an ordinal ("4th"), or any in lower-case text. */
function acceptableWord(word: string, lowerCase: boolean, upperCase = false): boolean {
  if (/^\d{1,3}(?:st|nd|rd|th|\.)$/i.test(word)) return true;
  // Turkish writes the house number's word with a colon ("İstiklal Caddesi No: 88").
  if (/^(?:no|nr):$/i.test(word)) return true;
  // An elided French or Italian particle before a name is part of it ("Route d’Arlon", "Via dell’Orso").
  if (/^(?:d|l|dell|dall|all|sull|nell)['’]\p{Lu}[\p{L}-]*$/u.test(word)) return true;
  if (!/^\p{L}[\p{L}.'’-]*$/u.test(word)) return false;
  // In mixed-case text a word in capitals or a lone capital is a code or a model ("Flug LH 2026",
  // "C 200"), not part of a street; compass points are ("2219 NE Alberta St").
  // Dotted initials are a person's the street is named after ("5 J.P. Rizal Street").
  if (
    !upperCase &&
    !/\p{Ll}/u.test(word) &&
    !/^(?:[NSEW]|NE|NW|SE|SW)\.?$/.test(word) &&
    !/^(?:\p{Lu}\.){2,3}$/u.test(word)
  )
    return false;
  if (/^\p{Lu}/u.test(word)) return true;
  // Street abbreviations written in lower case: Polish "ul.", "al.", Indonesian "jl.".
  if (/^(?:ul|al|jl|str|pl|os)\.$/.test(word)) return true;
  return lowerCase || PARTICLE.test(word);
}

/** A house number at a street's end: "12", "5A", "3 c", "14-16", "3/1", Austrian "45/3/12" (house, stair, flat). */
const NUMBER_AT_END = /(?:^|[ \t])(\d{1,4}(?:[ \t]?[a-hA-H])?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-hA-H]?)?(?:\/\d{1,3})?)$/;
const DATE_LIKE = /^(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-]\d{2,4}$/;
/** A month's name or abbreviation, English or German. */
const MONTH =
  /^(?:jan|januar|january|feb|februar|february|mär|märz|mar|march|apr|april|mai|may|jun|juni|june|jul|juli|july|aug|august|sep|sept|september|okt|oct|oktober|october|nov|november|dez|dec|dezember|december)\.?$/i;
/** Street words written in lower case before the street's name in Romance languages: "rue", "chemin", "via", "calle". */
const LOWER_STREET_WORD =
  /^(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|via|viale|piazza|corso|calle|avenida|rua|travessa|carrer|paseo|plaza|camino)$/;
/** A house number at a street's start (English, French order): "12 ", "221B ", "12-14 ". */
const NUMBER_AT_START = /^(\d{1,5}[a-hA-H]?(?:[-–/]\d{1,4}[a-hA-H]?)?)[ \t]+/;
/** A housing block's number before the street's name, as Singapore writes it: "Blk 318 ", "Block 52A ". */
const BLOCK_BEFORE = /(?:^|[ \t])((?:Blk|Block)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]+)$/;
/** A flat, unit or plot before the street: "Flat 12", "Apt. 4B", "Plot 17", "No. 12". */
const UNIT =
  /^(?:(?:flat|apt\.?|apartment|unit|suite|plot|no\.?|nr\.?|house|wohnung|whg\.?)[ \t]*\d{1,4}[a-hA-H]?|#\d{1,3}-\d{1,5}[A-Za-z]?)$/i;
/**
 * A house number alone in its part, before a street that has none, as Indian addresses have it ("14,
 * 2nd Cross Street, Anna Nagar"), with a flat or plot after a slash ("7/2, Nehru Nagar") or a block's
 * letter before a dash ("C-204, Lotus Apartments"). At most three digits: a year ends the text before an
 * address ("born October 14, 1964\n35 Kingsway").
 */
const BARE_HOUSE_NUMBER = /^(?:[A-Z]-)?\d{1,3}[a-hA-H]?(?:\/\d{1,3}[a-hA-H]?)?$/;
/** Prose, then such a number at the part's end ("The address is 7/2", "deliver to C-204"). */
const HOUSE_NUMBER_AFTER_PROSE = /[ \t]((?:[A-Z]-)?\d{1,3}[a-hA-H]?(?:\/\d{1,3}[a-hA-H]?)?)$/;

/** How a part of an address between separators reads. */
interface Part {
  /** Where the address may start in it (after prose before a street). */
  start: number;
  end: number;
  /** A house number with a street ("Lindenstraße 12", "12 Baker Street", "Neustadt 22"). */
  street: boolean;
  /** Which order: house number first (English, French) or last (German, Dutch …). */
  numberFirst: boolean;
  /** The street's words (without the house number). */
  words: string[];
  /** A flat, unit or plot ("Flat 12"). */
  unit: boolean;
  /** Only names and place words, no number ("Portland", "Little Shelford", "Church Lane"). */
  place: boolean;
  /** Whether the part holds a street word ("Rue", "Street", "…weg"). */
  streetWord: boolean;
  /** Whether prose stood before the street in this part: no earlier part belongs to the address. */
  prose: boolean;
  /** A house number alone (BARE_HOUSE_NUMBER). */
  houseNumber?: boolean;
}

/** Reads the text between `from` and `to` (trimmed) as a part of an address, or undefined when it is none. */
function readPart(text: string, from: number, to: number, lowerCase: boolean): Part | undefined {
  while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
  while (to > from && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
  // One character is a part only as a house number ("3, 4th Cross, Jayanagar").
  if (to - from > 80 || (to - from < 2 && !(to - from === 1 && isDigit(text.charCodeAt(from))))) return undefined;
  // A Turkish flat or floor after the house number ("No: 88 Daire 5", "No: 12 Kat: 3 D: 7") belongs to the
  // address: the street is read up to its number, the part ends after them.
  const flat = TURKISH_FLAT_AFTER_NUMBER.exec(text.slice(from, to));
  const s = text.slice(from, flat ? from + flat.index + flat[1].length : to);
  const streetWord = STREET_WORD.test(s) || STREET_SUFFIX.test(s);
  // A part written in capitals throughout ("HINTER DER MAUER 45"): words in capitals are words there.
  const upperCase = !/\p{Ll}/u.test(s);
  const base = { end: to, unit: false, place: false, streetWord, prose: false };
  if (UNIT.test(s)) return { ...base, start: from, street: false, numberFirst: false, words: [], unit: true };
  if (BARE_HOUSE_NUMBER.test(s))
    return { ...base, start: from, street: false, numberFirst: false, words: [], houseNumber: true };
  // German order: words, then the house number at the end.
  const last = NUMBER_AT_END.exec(s);
  // A date is no house number ("DOB 13/05/87").
  if (last && !DATE_LIKE.test(last[1])) {
    const words = s
      .slice(0, last.index)
      .split(/[ \t]+/)
      .filter(Boolean);
    const kept: string[] = [];
    for (let i = words.length - 1; i >= 0 && kept.length < 5 && acceptableWord(words[i], lowerCase, upperCase); i--)
      kept.unshift(words[i]);
    // A street with no street word has at most three words ("Hinter der Mauer", "Alte Ziegelei"): more is prose.
    if (kept.length > 3 && !STREET_WORD.test(kept.join(' ')) && !STREET_SUFFIX.test(kept.join(' ')))
      kept.splice(0, kept.length - 3);
    // Prose before the street: leading lower-case particles are not part of it ("in der Alte Ziegelei").
    while (kept.length > 1 && !lowerCase && LEADING_PROSE.test(kept[0])) kept.shift();
    if (kept.length === 0) return houseNumberAfterProse(s, from, base);
    // "Jl. Kemang Raya No. 18": the number's own word after the street.
    const named = kept.length > 1 && /^(?:no[.:]?|nr[.:]?|nº|n°)$/i.test(kept[kept.length - 1]);
    // "Lieferung Nr. 12" is no street: the words before "No." must hold a street word.
    if (named && !STREET_WORD.test(kept.join(' ')) && !STREET_SUFFIX.test(kept.join(' '))) return undefined;
    const keptStreetWord = STREET_WORD.test(kept.join(' ')) || STREET_SUFFIX.test(kept.join(' '));
    // Without a street word, a numbered thing anywhere in the words ("Team Nord 3", "Werk 2") or a
    // number above 999 ("Jahrgang 1990") makes it something else; German houses rarely reach 1000.
    const unlikely =
      !keptStreetWord &&
      (kept.some((w) => !PARTICLE.test(w.toLowerCase()) && NUMBERED_NOUN.test(w)) || /^\d{4}/.test(last[1]));
    if ((!named && NUMBERED_NOUN.test(kept[kept.length - 1])) || unlikely) {
      // Something else numbered ("Seite 3", "Lekki Phase 1"): a place part at most, never a street.
      return kept.length === words.length
        ? { ...base, start: from, street: false, numberFirst: false, words: kept, place: true }
        : undefined;
    }
    let startInPart = s.lastIndexOf(kept.join(' '), last.index);
    if (startInPart < 0) return undefined;
    // A Singapore housing block before its street ("Blk 318 Toa Payoh Lorong 4") is part of the address.
    const block = BLOCK_BEFORE.exec(s.slice(0, startInPart));
    if (block) startInPart -= block[1].length;
    const prose = block ? s.slice(0, startInPart).trim() !== '' : kept.length < words.length;
    return {
      ...base,
      streetWord: keptStreetWord,
      start: from + startInPart,
      street: true,
      numberFirst: false,
      words: kept,
      prose,
    };
  }
  // English order: the house number, then the street's words up to the part's end ("at 165 Station Approach").
  const numberFirst = /(?:^|[ \t])(\d{1,5}[a-hA-H]?(?:[-–/]\d{1,4}[a-hA-H]?)?)[ \t]+(?=[^\d])/g;
  for (let m = numberFirst.exec(s); m; m = numberFirst.exec(s)) {
    const numberAt = m.index + (m[0].length - m[0].trimStart().length);
    const rest = s.slice(numberAt);
    const n = NUMBER_AT_START.exec(rest);
    if (!n) continue;
    const words = rest
      .slice(n[0].length)
      .split(/[ \t]+/)
      .filter(Boolean);
    // French, Italian, Spanish and Portuguese write the street word in lower case ("54 impasse des Vignes"),
    // before a name that is capitalised ("3 rue for details" is none).
    const romanceStreet =
      words.length > 1 && LOWER_STREET_WORD.test(words[0]) && /\p{Lu}/u.test(words[words.length - 1]);
    const named = romanceStreet ? words.slice(1) : words;
    if (words.length === 0 || words.length > 6 || !named.every((w) => acceptableWord(w, lowerCase, upperCase)))
      continue;
    // A day and its month ("21 November", "3 Mar 2026") is a date, no house on a street.
    if (MONTH.test(words[0])) continue;
    if (!/^\p{Lu}/u.test(words[0]) && !lowerCase && !/^\d/.test(words[0]) && !romanceStreet) continue;
    return { ...base, start: from + numberAt, street: true, numberFirst: true, words, prose: numberAt > 0 };
  }
  // A place or a street without a number: only names ("Little Shelford", "Church Lane", "NE Portland").
  const words = s.split(/[ \t]+/);
  // Initials before a street word are a name's ("MG Road", "SV Road" in Indian addresses).
  const initials = (w: string, i: number) => streetWord && i < words.length - 1 && /^\p{Lu}{2,3}$/u.test(w);
  if (words.length <= 4 && words.every((w, i) => acceptableWord(w, lowerCase, upperCase) || initials(w, i)))
    return { ...base, start: from, street: false, numberFirst: false, words, place: true };
  return houseNumberAfterProse(s, from, base);
}

/**
 * A house or flat number alone at the end of a part after prose ("The address is 7/2, Nehru Nagar, …"): the
 * address starts at the number, nothing before the part belongs to it.
 */
function houseNumberAfterProse(
  s: string,
  from: number,
  base: Pick<Part, 'end' | 'unit' | 'place' | 'streetWord' | 'prose'>,
): Part | undefined {
  const m = HOUSE_NUMBER_AFTER_PROSE.exec(s);
  if (!m || DATE_LIKE.test(m[1])) return undefined;
  const start = from + m.index + 1;
  return { ...base, start, street: false, numberFirst: false, words: [], houseNumber: true, prose: true };
}

/** Separators between the parts of an address on one line, and line breaks between its lines. */
const isSeparatorCode = (c: number) => c === 44 || c === 183 || c === 124 || c === 59 || c === 10;
/** What ends the text before an address's first part: a label's colon, a quote, a bracket, a tag. */
const isOpeningCode = (c: number) => c === 58 || c === 34 || c === 39 || c === 40 || c === 91 || c === 62 || c === 123;
const isBlank = (c: number) => c === 32 || c === 9 || c === 13;

/**
 * The colon of Turkish "No: 88" ("İstiklal Caddesi No: 88"), the house number's word, or of the floor and flat
 * after it ("Kat: 3", "Daire: 5", "D: 7"): no label's colon.
 */
const numberWordColon = (text: string, at: number) =>
  text.charCodeAt(at) === 58 && /(?<![\p{L}])(?:No|Nr|Kat|Daire|D)$/iu.test(text.slice(Math.max(0, at - 6), at));
/** A Turkish floor and flat after "No: 88" ("Kat: 3", "Daire 5", "D: 7"): the house number's group is 1. */
const TURKISH_FLAT_AFTER_NUMBER =
  /(?<![\p{L}])((?:No|Nr)[.:]?[ \t]*\d{1,5}[A-Za-z]?)(?:[ \t]+(?:Kat|Daire|D)[.:]?[ \t]*\d{1,3}[A-Za-z]?){1,2}$/iu;

/**
 * The parts of the address before `at` (where the postcode or town begins), nearest first: up to
 * four, each between separators. Stops at a blank line, an opening (a label's colon, a quote, a
 * tag), or a part that is no address part.
 */
function partsBefore(text: string, at: number, lowerCase: boolean): Part[] {
  const parts: Part[] = [];
  let cursor = at;
  for (let k = 0; k < 4; k++) {
    let i = cursor - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    const sep = text.charCodeAt(i);
    // A dash or a spaced dot between parts ("Hauptstr. 5 – 10115 Berlin"; the normaliser writes "·" as ".").
    const dash =
      (sep === 45 || sep === 8211 || sep === 46) && isBlank(text.charCodeAt(i - 1)) && isBlank(text.charCodeAt(i + 1));
    if (!isSeparatorCode(sep) && !dash) break;
    if (sep === 10 && text.charCodeAt(i - 1) === 10) break;
    const end = i;
    let start = end - 1;
    const floor = Math.max(0, end - 80);
    while (start >= floor) {
      const c = text.charCodeAt(start);
      if (isSeparatorCode(c) || (isOpeningCode(c) && !numberWordColon(text, start))) break;
      start--;
    }
    if (start < floor && floor > 0) {
      // The nearest part runs back further than a part may be: a sentence with the street at its end
      // ("… fehlen 450 Punkte vom Einkauf am 3.11. Ich heiße … und wohne Brückenäcker 21, 01277
      // Dresden"). Its last words, from a blank, are read as a street after prose; nothing before it counts.
      if (k === 0) {
        let from = floor;
        while (from < end && !isBlank(text.charCodeAt(from))) from++;
        const part = readPart(text, from, end, lowerCase);
        if (part?.street && part.prose) parts.push(part);
      }
      break;
    }
    const part = readPart(text, start + 1, end, lowerCase);
    if (!part) break;
    parts.push(part);
    const opening = isOpeningCode(text.charCodeAt(start));
    if (part.prose || opening) break;
    cursor = start + 1;
  }
  return parts;
}

/** A British postcode's outward code right before its inward code: "BS6 ", "NG1 ", "CF24 ", "SW1A ". */
const OUTWARD_BEFORE = /(?<![A-Za-z\d])[A-Z]{1,2}\d[A-Z\d]?[ \t]?$/;
/** The same in lower case ("tr1 ", "bt9 "). */
const OUTWARD_BEFORE_LOWER = /(?<![A-Za-z\d])[a-z]{1,2}\d[a-z\d]?[ \t]?$/;
/** A British town's words before its postcode, capitalised; in lower case a single word. */
const TOWN_BEFORE = /(?:^|[ \t,·\n])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})$/u;
const LOWER_TOWN_BEFORE = /(?:^|[ \t,·\n])(\p{Ll}[\p{L}'’.-]*,?[ \t]+)$/u;
/** A Canadian postcode's first half right before its second: "M5V ", "H2X ". */
const CANADIAN_BEFORE = /(?<![A-Za-z\d])[A-Z]\d[A-Z][ \t]?$/;
/** A postcode's label right before it: "Postleitzahl ", "PLZ ", "Postcode: ", "ZIP code ". */
const POSTCODE_LABEL_BEFORE =
  /(?<![\p{L}])(?:Postleitzahl|PLZ|Post[ \t]?code|Postal[ \t]code|ZIP(?:[ \t]code)?)[ \t]*:?[ \t]+$/u;
/** Town words after a postcode ("Bruxelles", "Frankfurt am Main", Dutch "1015 CS Amsterdam"). */
const TOWN_AFTER = new RegExp(
  `[ \\t]+(?:[A-Z]{2}[ \\t]+)?(\\p{L}[\\p{L}'’.-]*)(?:[ \\t]+(?:am|an[ \\t]der|im|ob[ \\t]der|sur|upon)[ \\t]+\\p{L}[\\p{L}.-]*|[ \\t]*\\(\\p{L}[\\p{L}. ]*\\))?(?:${DISTRICT_LETTER.source})?(?:\\/\\p{Lu}[\\p{L}'’.-]*)?`,
  'uy',
);

/**
 * Institutions and firms whose address is no person's: on the address's line before it, or on the
 * line above (when that line is no form field). Legal forms come from the street detector's list.
 */
const INSTITUTION =
  /(?<![\p{L}])(?:amt|bürgeramt|finanzamt|landratsamt|standesamt|ordnungsamt|jugendamt|sozialamt|gesundheitsamt|jobcenter|arbeitsagentur|rathaus|gericht|amtsgericht|landgericht|centre|center|praxis|arztpraxis|fachärzte|kanzlei|rechtsanwalt|rechtsanwälte|rechtsanwältin|anwaltskanzlei|notar|notariat|steuerberater|steuerberatung|solicitors|attorneys|lawyers|law[ \t]+firm|dental|dentist|medical|clinic|health|deutschland|abteilung|personalabteilung|department|dept\.?|klinik|klinikum|krankenhaus|hospital|surgery|practice|universität|university|hochschule|schule|school|museum|hotel|restaurant|bank|sparkasse|versicherung|verwaltung|stadtwerke|apotheke|pharmacy|partner|partnerschaft|firmensitz|sitz|headquarters|hq|registered[ \t]+office|office|büro|niederlassung|filiale|branch|impressum|geschäftsanschrift|geschäftsadresse|firmenanschrift|firmenadresse|betriebsstätte|company|firma|verlag|agentur|agency|behörde|ministerium|ministry|embassy|botschaft|konsulat|consulate|station|zentrale|kundencenter|servicecenter|kundenzentrum|servicezentrum|wasserversorgung|energieversorgung|stromversorgung|wasserverband|zweckverband|genossenschaft|agrargenossenschaft|warengenossenschaft|raiffeisenbank|volksbank|care[ \t]+home|nursing[ \t]+home|residential[ \t]+home|retirement[ \t]+home|pflegeheim|altenheim|altenpflegeheim|seniorenheim|seniorenresidenz|seniorenstift|hospiz|hospice)(?![\p{L}])/iu;

/**
 * Trade and hospitality businesses named before their own address ("Kfz-Meisterbetrieb Zündfunke, Ringstraße 88",
 * "Obsthof Sonnenhalde, Hofweg 2", "Sparkplug Motors, 3 Forge Lane", "Genuss & Gabel Eventcatering · Am Kornspeicher 2",
 * "Vereinsheim SV Grün-Weiß, Sportplatzweg 1", "Schnittwerk Hair & Beauty, 4 Dock Road"): words no person's name or
 * home is called. Not "Hall", "Inn" or
 * "Pension": surnames and a pension's number stand before people's homes.
 */
const TRADE_BUSINESS =
  /(?<![\p{L}])(?:\p{L}*meisterbetrieb|kfz-werkstatt|autowerkstatt|autohaus|motors|obsthof|bauernhof|weingut|winery|fruit[ \t]+farm|dairy[ \t]+farm|vereinsheim|sportverein|fahrschule|driving[ \t]+school|\p{L}*catering|partyservice|gästehaus|gasthof|campingplatz|campsite|caravan[ \t]+park|holiday[ \t]+park|skischule|surfschule|sanitär|heizungsbau|plumbing|electrical[ \t]+contractors?|spedition|haulage|couriers|logistik|logistics|brauerei|brewery|bäckerei|bakery|metzgerei|tischlerei|schreinerei|zimmerei|malerbetrieb|gartenbau|landscaping|\p{L}*salon|friseur\p{L}*|hairdresser\p{L}*|barbers?|barbershop|beauty|nagelstudio|kosmetikstudio)(?![\p{L}])/iu;

/** Legal forms written in lower case, which a case-insensitive pattern would confuse ("eG", "e.K."). */
const SMALL_LEGAL_FORM = new RegExp(
  `(?<![\\p{L}])(?:${legalForms(allFormsBut(['GmbH']), ['eG', 'e.K.', 'e.Kfm.'])})(?![\\p{L}])`,
  'u',
);
/** Places where no one lives: lockers, parcel stations, post boxes, business parks and warehouses. */
export const NO_HOME =
  /(?<![\p{L}])(?:packstation|postfiliale|paketshop|paketstation|locker|parcel[ \t]+shop|postfach|p\.?[ \t]?o\.?[ \t]+box|industrial[ \t]+estate|trading[ \t]+estate|gewerbegebiet|industriegebiet|gewerbepark|warehouse|lagerhalle|depot)(?![\p{L}])/iu;
const TRADE_BUSINESS_ALL = new RegExp(TRADE_BUSINESS.source, 'giu');
/**
 * What may stand between a trade word and the firm's own address: the rest of the firm's name (capitalised
 * words, numbers, "&", "·" (read as "." after normalising), commas, "zum"/"am"/"of the"...). A word in lower case is prose about the trade,
 * and the address after it someone's ("beim Obsthof Sonnenhalde, bitte schick das Paket an Hofweg 2",
 * "the catering goes to 12 Elm Road"). Each word is taken whole (no letter may follow it): linear.
 */
const TRADE_NAME_TAIL =
  /^(?:[\s,;.·•|&/+–—()"'„“”-]|\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{M}'’.-])|\d+(?!\d)|(?:zum|zur|am|im|von|vom|und|and|of|the|de|la|le)(?![\p{L}]))*$/u;

/** Whether `s` names a trade business (TRADE_BUSINESS) and nothing but the rest of its name follows that word. */
export function namesTradeBusiness(s: string): boolean {
  let head = -1;
  let tail = -1;
  TRADE_BUSINESS_ALL.lastIndex = 0;
  for (let m = TRADE_BUSINESS_ALL.exec(s); m; m = TRADE_BUSINESS_ALL.exec(s)) {
    if (head < 0) head = m.index;
    tail = m.index + m[0].length;
  }
  TRADE_BUSINESS_ALL.lastIndex = 0;
  return tail >= 0 && TRADE_NAME_TAIL.test(s.slice(tail)) && !NEAR_SOMEONES_HOME.test(s.slice(0, head));
}
/**
 * Someone's home or the writer before the trade word: the address is where a person lives next to the trade
 * ("Unser Haus liegt direkt neben der Bäckerei Hansen, Hofweg 2", "Our house is opposite the bakery, 3 Forge Lane").
 */
const NEAR_SOMEONES_HOME =
  /(?<![\p{L}])(?:ich|mein\p{L}*|wir|unser\p{L}*|I|my|we|our|haus|house|wohnung|flat|apartment|nachbar\p{L}*|neighbou?r\p{L}*|next[ \t]+door)(?![\p{L}])/iu;
/**
 * A firm's place of business as the label right before the address ("Kundencenter: Bahnhofstraße 40, 32010 Warburg",
 * "Geschäftsstelle: …", "Customer centre: …"): the firm's counter, nobody's home. Read on the text before the address.
 */
export function businessPlaceLabelBefore(before: string): boolean {
  const clause = lastClause(before.slice(-200));
  return clause.length <= 60 && BUSINESS_PLACE_LABEL.test(clause);
}
/**
 * The label alone in its clause before the address (a bullet or quote may open it; "… unverändert. Kundencenter:" is
 * one): "Meine neue Adresse für das Kundencenter:" is no label, the writer's home follows.
 */
const BUSINESS_PLACE_LABEL =
  /^[ \t]*(?:[-–•*>][ \t]*)?(?:kundencenter|servicecenter|kundenzentrum|servicezentrum|kundenbüro|servicebüro|geschäftsstelle|filiale|niederlassung|geschäftssitz|hauptsitz|head[ \t]+office|registered[ \t]+office|customer[ \t]+(?:service[ \t]+)?cent(?:re|er))[ \t]*:[ \t]*$/iu;

/**
 * Whether words after the clause's last firm or institution word make the address someone's: the writer
 * ("Wasserversorgung für mein Haus Lindenweg 4"), an address of their own ("Raiffeisenbank, neue Anschrift …"), a
 * member or customer ("Genossenschaft Mitglied Hans Gruber, …"). `firmWords` (global) names the firm; by default
 * the institutions' words.
 */
export function personalAfterFirm(clause: string, firmWords?: RegExp): boolean {
  institutionAll ??= new RegExp(INSTITUTION.source, 'giu');
  let last = -1;
  for (const m of clause.matchAll(firmWords ?? institutionAll)) last = m.index + m[0].length;
  return last >= 0 && PERSONAL_AFTER_FIRM.test(clause.slice(last));
}
let institutionAll: RegExp | undefined;
// An address word alone is the firm's own ("Company address:"); a new, private or home one is someone's.
const PERSONAL_AFTER_FIRM =
  /(?<![\p{L}])(?:ich|mein\p{L}*|wir|unser\p{L}*|I|my|we|our|haus|house|wohnung|flat|(?:neue|new|private?|home)[ \t]+(?:anschrift|adresse|address)|privatanschrift|wohnanschrift|wohnadresse|mitglied|member|kontoinhaber\p{L}*|kunde|kundin|customer)(?![\p{L}])/iu;

const INSTITUTION_FIRST = new RegExp(`^[ \\t]*${INSTITUTION.source}`, 'iu');
/** Whether `s` opens with an institution's word ("Pflegeheim Lindenhof, …", "Klinik am See"). */
export const opensWithInstitution = (s: string) => INSTITUTION_FIRST.test(s);

export const isOrganisationName = (s: string) =>
  LEGAL_FORM.test(s) || SMALL_LEGAL_FORM.test(s) || INSTITUTION.test(s) || namesTradeBusiness(s);

/** A word of prose: two lower-case letters or more ("please", "send", "habe", "ich"). */
const PROSE_WORD = /(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu;
/** How many words of prose after a firm's legal form make the clause a sentence about the firm. */
const MIN_PROSE_AFTER_FIRM = 3;
/** LEGAL_FORM in every place (built on first use: addresses.ts imports this module too). */
let legalFormAll: RegExp | undefined;
/**
 * Whether words of prose follow the last legal form in `clause` ("Ich bin Kunde der Müller GmbH und meine
 * Lieferadresse ist …", "I bought from Acme Ltd, please send the refund to …"): the sentence speaks of
 * the firm and goes on to someone's own address; a letterhead has only names, a comma or "·" between
 * the firm and its address ("Müller GmbH, Lindenweg 4", "Acme Ltd · Registered office 12 Elm Road").
 * `firmWords` (global) names the firm instead of a legal form: "Hotel", "Praxis" (addresses.ts).
 */
export function proseAfterFirm(clause: string, firmWords?: RegExp): boolean {
  legalFormAll ??= new RegExp(LEGAL_FORM.source, 'gu');
  let last = -1;
  for (const m of clause.matchAll(firmWords ?? legalFormAll)) last = m.index + m[0].length;
  if (last < 0) return false;
  return (clause.slice(last).match(PROSE_WORD)?.length ?? 0) >= MIN_PROSE_AFTER_FIRM;
}

/**
 * Words that make the address after them someone's home, whatever organisation the line names too ("home", not a
 * care home). Portuguese and Turkish ones too ("mora na Rua …", "ev adresi", "ikamet"), as the Brazilian and
 * Turkish legal forms (Ltda, A.Ş.) are read: a person's line naming their firm keeps their home address.
 */
export const HOME_CUE =
  /(?<![\p{L}])(?:wohne|wohnt|wohnen|wohnhaft|wohnort|wohnanschrift|privat\p{L}*|zu[ \t]+hause|nach[ \t]+hause|daheim|umgezogen|ziehe|zieht|(?<!(?:care|nursing|residential|retirement)[ \t]{1,3})home|lives?|living|reside\p{L}*|moved|my[ \t]+address|meine[ \t]+adresse|meine[ \t]+anschrift|mora|moro|moram|morador\p{L}*|residência|residencia|domicílio|endereço[ \t]+residencial|meu[ \t]+endereço|ev[ \t]+adres\p{L}*|evim\p{L}*|ikamet\p{L}*|oturuyor\p{L}*|yaşıyor\p{L}*|adresim\p{L}*)(?![\p{L}])/iu;
/**
 * A person's work for a firm ("Mitarbeiter bei Meier GmbH", "works at Smith Ltd", "c/o", "Arbeitgeber"):
 * a line saying so names the firm in a sentence about someone, it is no letterhead of the address below.
 */
export const WORKS_FOR =
  /(?<![\p{L}])(?:bei|c\/o|at|Mitarbeiter\p{L}*|angestellt\p{L}*|beschäftigt\p{L}*|tätig|Arbeitgeber\p{L}*|works?|working|worked|employed|employee|employer)(?![\p{L}])/iu;
/**
 * A line ending with a conjunction ("Verlag Nord AG (Verlag) und", "between Acme Ltd and"): the line below
 * goes on with another party of the same sentence, so the firm above is no letterhead of its address.
 */
export const CONTINUES_BELOW = /(?<![\p{L}])(?:und|and|sowie|oder|or|zwischen|between|&)[ \t]*$/iu;
/**
 * A sentence end: a full stop, "!" or "?" right after a word of two characters or more and before a
 * blank (not a bullet read as "."). Not after one letter: that is an initial or an abbreviation's
 * last letter ("Förderverein Tafel Süd e.V. · Hafenstraße 2", "z.B. ", "A. Moldovan"), not an end; nor
 * after a saint's, a title's or a number's abbreviation ("Seniorenstift St. Ulrich, …", "Praxis Dr. Ohm, …").
 */
const SENTENCE_END = /[\p{L}\p{N}]{2}(?<!(?<![\p{L}])(?:St|Dr|Hr|Fr|Nr|Mr|Ms|Mrs|Mx|Str|Prof))[.!?][ \t]/gu;
/** A line ending as a sentence does (see SENTENCE_END), or with a colon: a form field or prose above an address. */
const ENDS_SENTENCE_OR_FIELD = /:[ \t]|:$|[\p{L}\p{N}]{2}[.!?][ \t]*$|[^\p{L}\p{N}][.!?][ \t]*$/u;

/**
 * The part of a line after its last sentence end: what an address right after it belongs to. A label
 * before a colon stays in it ("Company address: …" names a firm's address).
 */
export function lastClause(line: string): string {
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(line)) cut = SENTENCE_END.lastIndex;
  // A full stop after one letter ends no sentence only where the address follows right after it
  // ("Tafel Süd e.V. · Hafenstraße 2"); words after it start a new clause, whose address is read on its
  // own ("Spende an Tafel e.V. Quittung bitte an Schlehenweg 43": the donor's home).
  let short = cut;
  ONE_LETTER_END.lastIndex = cut;
  while (ONE_LETTER_END.test(line)) short = ONE_LETTER_END.lastIndex;
  if (short > cut && /[\p{L}\p{N}]/u.test(line.slice(short))) cut = short;
  return line.slice(cut);
}
/** A full stop, "!" or "?" after a word of one character and before a blank (see lastClause). */
const ONE_LETTER_END = /(?<![\p{L}\p{N}])[\p{L}\p{N}][.!?][ \t]/gu;
/** A writer speaking of themselves ("ich", "my", "Mitglied"): a line with one is prose, not a letterhead ("Ich bin im Sportverein e.V."). */
const WRITER_SPEAKS = /(?<![\p{L}])(?:ich|mein\p{L}*|wir|unser\p{L}*|I|my|we|our|Mitglied)(?![\p{L}])/iu;

/** A letterhead line: a few words naming the organisation, not a sentence. */
const MAX_LETTERHEAD_WORDS = 6;

/**
 * Whether the address at start..end is an organisation's: a locker or post box, or a firm's or
 * institution's name right before it — in the same clause on its line (after the last sentence end
 * or colon), or as a short letterhead line above. A home cue in that clause ("wohne", "lives at",
 * "privat") makes it a person's whatever else the line names: people mention offices and banks.
 */
/**
 * A villa's or flat's number before a post office box: in the Gulf states, which deliver to boxes only, the box
 * is the resident's own address ("Villa 97, Jumeirah Beach Road, Dubai P.O. Box 213842"), no firm's.
 */
const GULF_HOME = /^(?:Villa|Flat|Apartment|Apt\.?)[ \t]+\d[^\n]*P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d+$/;
function isOrganisationAddress(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 120 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // Only the address's own column: a firm in the column beside it is another cell's.
  const line = ownCellBefore(text.slice(lineStart, start));
  const clause = lastClause(line);
  if (HOME_CUE.test(clause)) return false;
  if (businessPlaceLabelBefore(line)) return true;
  if (
    NO_HOME.test(text.slice(Math.max(start - 30, start - clause.length), end)) &&
    !GULF_HOME.test(text.slice(start, end))
  )
    return true;
  if (endsWithSchool(clause, text.slice(start, end))) return true;
  if (
    isOrganisationName(clause) &&
    !proseAfterFirm(clause) &&
    !personalAfterFirm(clause + text.slice(start, start + 12))
  )
    return true;
  if (clause.length < line.length || lineStart === 0) return false;
  let previousStart = lineStart - 1;
  while (previousStart > 0 && lineStart - previousStart < 120 && text.charCodeAt(previousStart - 1) !== 10)
    previousStart--;
  const previous = cellAbove(text, previousStart, lineStart - 1, start - lineStart);
  // A form field above ("Vermieter: Wohnbau Nord GmbH") says nothing of this line, nor does a sentence
  // ("Am Montag bleibt das Büro geschlossen.", "Bitte die Post nicht mehr ins Büro schicken"). A time
  // ("10:00") is no field.
  if (
    ENDS_SENTENCE_OR_FIELD.test(previous) ||
    HOME_CUE.test(previous) ||
    WRITER_SPEAKS.test(previous) ||
    WORKS_FOR.test(previous) ||
    CONTINUES_BELOW.test(previous)
  )
    return false;
  if (previous.trim().split(/\s+/).length > MAX_LETTERHEAD_WORDS) return false;
  return isOrganisationName(previous);
}

const STREET_WORDS = new RegExp(STREET_WORD.source, 'giu');
/**
 * A lower-case address whose parts speech runs together, town and postcode after the street ("925 kingfisher drive
 * duluth minnesota 55802"): the street ends at the turn's last street word, one to four town words follow it.
 */
function runTogetherAddress(
  text: string,
  postcodeStart: number,
  end: number,
): { start: number; end: number } | undefined {
  const from = turnStart(text, postcodeStart, 80);
  const before = text.slice(from, postcodeStart);
  let streetEnd = -1;
  STREET_WORDS.lastIndex = 0;
  for (let m = STREET_WORDS.exec(before); m; m = STREET_WORDS.exec(before)) streetEnd = from + m.index + m[0].length;
  if (streetEnd < 0) return undefined;
  const town = text
    .slice(streetEnd, postcodeStart)
    .trim()
    .split(/[ \t]+/);
  if (town[0] === '' || town.length > 4 || town.some((w) => !/^\p{Ll}+$/u.test(w))) return undefined;
  const street = readPart(text, houseNumberStart(text, from, streetEnd), streetEnd, true);
  return street?.street && street.streetWord ? { start: street.start, end } : undefined;
}

/** A house number and up to five words to the street's end in lower-case speech ("so it's 878 church street"). */
const NUMBERED_STREET_END = /(?:^|[ \t])\d{1,5}[a-h]?(?:[ \t]+\p{Ll}[\p{Ll}.-]*){1,5}[ \t]*$/u;
/** Where the house number of a lower-case street ending at `to` begins, or `from` (prose before it is read as such). */
function houseNumberStart(text: string, from: number, to: number): number {
  const m = NUMBERED_STREET_END.exec(text.slice(from, to));
  return m ? from + m.index + (m[0][0] === ' ' || m[0][0] === '\t' ? 1 : 0) : from;
}
/** Where the words before `at` begin on its line, after a turn label, at most `reach` characters back. */
function turnStart(text: string, at: number, reach: number): number {
  const lineStart = lineStartWithin(text, at, 200);
  return Math.max(at - reach, lineStart + turnLabel(text.slice(lineStart, at)).length);
}
/**
 * Whether the letters around the postcode are all lower case (a document typed without capitals, a speech
 * transcript): read on the postcode's own line after its turn label, as the lines around may be headed in capitals.
 */
function lowerCaseAround(text: string, from: number, to: number): boolean {
  const s = text.slice(turnStart(text, from, 60), to);
  return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
}

/**
 * The address ending at the digits text[numberStart, digitsEnd), if any, into `out`. Called by the
 * street detector's pass for every run of digits after a blank, a line break or "(" (addresses.ts):
 * no pass of its own over the text. Most runs fail on their length and the characters after them:
 * a postcode has four to six digits, a British inward code ("6HR" of "BS6 6HR") one digit and two capitals.
 */
export function postalShapeAt(text: string, numberStart: number, digitsEnd: number, out: Entity[]): void {
  const length = digitsEnd - numberStart;
  // A street written in lower case or in capitals with no postcode after it ("lindenstraße 12").
  if (length <= 3 && text.charCodeAt(numberStart - 1) === 32 && endsStreetCompound(text, numberStart - 2)) {
    const street = uncasedStreetAt(text, numberStart, digitsEnd);
    if (street && !isOrganisationAddress(text, street.start, street.end))
      out.push({ type: 'POSTAL_ADDRESS', start: street.start, end: street.end, score: 0.85 });
    return;
  }
  // Most runs are two or three digits (house numbers, amounts, times) with no postcode after them:
  // a small function V8 inlines into the street detector's loop answers them.
  const after = text.charCodeAt(digitsEnd);
  if (
    length === 2
      ? after !== 45
      : length === 3
        ? after !== 32 || !isDigit(text.charCodeAt(digitsEnd + 1))
        : length === 1 && !isCapital(after) && !isLowerAscii(after)
  )
    return;
  postcodeAt(text, numberStart, digitsEnd, length, out);
}

function postcodeAt(text: string, numberStart: number, digitsEnd: number, length: number, out: Entity[]): void {
  let found: { start: number; end: number } | undefined;
  if (length >= 4) {
    if (length > 6) return;
    found = digitsAt(text, numberStart, digitsEnd);
    // Portuguese "1000-001 Lisboa".
    if (!found && length === 4 && threeDigitsAfterDash(text, digitsEnd))
      found = postcodeBeforeTown(text, numberStart, digitsEnd + 4, true);
    // Brazilian CEP "01305-100 São Paulo - SP".
    if (!found && length === 5 && threeDigitsAfterDash(text, digitsEnd))
      found = brazilianAt(text, numberStart, digitsEnd + 4);
  } else if (length === 1) {
    const next = text.charCodeAt(digitsEnd + 1);
    if (isLetterOrDigit(text, digitsEnd + 2)) return;
    // British "BS6 6HR", Canadian "M5V 2T6"; a British postcode in lower case ("tr1 2hx") in a text typed
    // without capitals (a speech transcript).
    if (isCapital(text.charCodeAt(digitsEnd))) {
      if (isCapital(next)) found = britishAt(text, numberStart, digitsEnd + 2, OUTWARD_BEFORE, false);
      else if (isDigit(next)) found = britishAt(text, numberStart, digitsEnd + 2, CANADIAN_BEFORE, false);
    } else if (
      !TIME_OF_DAY.test(text.slice(digitsEnd, digitsEnd + 2)) &&
      isLowerAscii(text.charCodeAt(digitsEnd)) &&
      isLowerAscii(next) &&
      lowerCaseAround(text, numberStart, digitsEnd + 2)
    )
      found = britishAt(text, numberStart, digitsEnd + 2, OUTWARD_BEFORE_LOWER, true);
  } else if (length === 2 && threeDigitsAfterDash(text, digitsEnd)) {
    // Polish "00-590 Warszawa".
    found = postcodeBeforeTown(text, numberStart, digitsEnd + 4, true);
  } else if (
    length === 3 &&
    text.charCodeAt(digitsEnd) === 32 &&
    isDigit(text.charCodeAt(digitsEnd + 1)) &&
    isDigit(text.charCodeAt(digitsEnd + 2)) &&
    isBlank(text.charCodeAt(digitsEnd + 3))
  ) {
    // Swedish, Czech and Slovak "114 55 Stockholm", "110 00 Praha".
    if (!isDigit(text.charCodeAt(numberStart - 2))) found = postcodeBeforeTown(text, numberStart, digitsEnd + 3, true);
    // A Czech street written without its kind ("Návesní 1187, 588 56 Telč"): street-first-addresses.ts.
    if (!found) found = streetFirstAt(text, numberStart, digitsEnd + 3);
  } else return;
  // Street kind first, house number after its name ("Via Maqueda, 88, 90134 Palermo"), or the postcode after
  // the town ("17 Sharia …, Cairo 11765"): street-first-addresses.ts.
  if (!found && length === 4 && threeDigitsAfterDash(text, digitsEnd))
    found = streetFirstAt(text, numberStart, digitsEnd + 4);
  // A Hungarian four-digit postcode after the street's kind and number ("Petőfi Sándor utca 41, 4400 Nyíregyháza").
  if (!found && length >= 4) found = streetFirstAt(text, numberStart, digitsEnd);
  if (found && !isOrganisationAddress(text, found.start, found.end))
    out.push({ type: 'POSTAL_ADDRESS', start: found.start, end: found.end, score: 0.92 });
}
const isCapital = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/** "4pm", "7am": a time, not a British postcode's inward code in lower case. */
const TIME_OF_DAY = /^[ap]m$/;
/**
 * Whether the word ending at `i` ends in "straße", "strasse", "str.", "weg", "allee", "gasse" or
 * "platz", in any case: read from the character codes, as this runs for many short numbers.
 */
function endsStreetCompound(text: string, i: number): boolean {
  const at = (k: number) => text.charCodeAt(i - k) | 32;
  const last = text.charCodeAt(i);
  if (last === 46) return at(1) === 114 && at(2) === 116 && at(3) === 115; // str.
  switch (last | 32) {
    case 101: // e: straße, strasse, allee, gasse
      return (
        ((text.charCodeAt(i - 1) === 223 || text.charCodeAt(i - 1) === 7838) && at(2) === 97 && at(3) === 114) ||
        (at(1) === 115 && at(2) === 115 && (at(3) === 97 || at(3) === 97)) ||
        (at(1) === 101 && at(2) === 108 && at(3) === 108 && at(4) === 97)
      );
    case 103: // g: weg
      return at(1) === 101 && at(2) === 119;
    case 122: // z: platz
      return at(1) === 116 && at(2) === 97 && at(3) === 108 && at(4) === 112;
    default:
      return false;
  }
}
/** A street compound in lower case or capitals before a house number: "lindenhofweg", "GARTENSTRASSE", "hauptstr.". */
const UNCASED_STREET =
  /(?<![\p{L}-])(?:\p{Ll}[\p{Ll}-]{2,}(?:straße|strasse|str\.|weg|allee|gasse|platz)|\p{Lu}[\p{Lu}-]{2,}(?:STRASSE|STRAßE|STR\.|WEG|ALLEE|GASSE|PLATZ))$/u;
/** After the house number: a house letter, then no amount, measure or count ("12 km", "5 %", "3 mal"). */
const AFTER_UNCASED_NUMBER =
  /^(?:[ \t]?[a-hA-H](?![\p{L}]))?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-hA-H]?)?(?![\d.,]\d|[ \t]*(?:%|€|\$|[\p{L}]+))/u;

/**
 * A street compound in lower case or in capitals with its house number ("lindenstraße 12",
 * "GARTENSTR. 5A"): the street detector reads capitalised streets only. The word must be a
 * compound (three letters or more before the street word: "weg 5" alone is prose), and no word may
 * follow the number on its line but a postcode's town, a comma or a preposition ("in köln").
 */
function uncasedStreetAt(
  text: string,
  numberStart: number,
  digitsEnd: number,
): { start: number; end: number } | undefined {
  const word = UNCASED_STREET.exec(text.slice(Math.max(0, numberStart - 41), numberStart - 1));
  if (!word) return undefined;
  const after = AFTER_UNCASED_NUMBER.exec(text.slice(digitsEnd, digitsEnd + 24));
  const next = text.slice(digitsEnd, digitsEnd + 24);
  // The number may be followed by a preposition or a town ("12 in köln", "12, köln"), not by a unit or count.
  let end = digitsEnd;
  if (after) end += after[0].length;
  else {
    const prep = /^(?:[ \t]?[a-hA-H])?[ \t]+(?:in|bei|im|am|zu|nahe|near)(?![\p{L}])/iu.exec(next);
    if (!prep) return undefined;
    end += prep[0].length - prep[0].replace(/^(?:[ \t]?[a-hA-H](?![\p{L}]))?/u, '').length;
  }
  return { start: numberStart - 1 - word[0].length, end };
}

/** Whether a house number ends at `i`: a digit, or a letter a to h right after one ("5a", "5 a"). */
function endsHouseNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigit(c)) return true;
  const lower = c | 32;
  if (lower < 97 || lower > 104) return false;
  return isDigit(text.charCodeAt(i - 1)) || (isBlank(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i - 2)));
}
/** "-" and three digits, no more ("00-590", "1000-001"). */
const threeDigitsAfterDash = (text: string, at: number) =>
  text.charCodeAt(at) === 45 && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5));

/**
 * A Brazilian street before its CEP (five digits, a dash, three: the Correios' format), the house number after
 * the street and a comma, perhaps a flat and a district after it ("Rua Augusta, 1120, apto 52, Consolação,
 * 01305-100 São Paulo - SP"). Brazilian streets start with their word (Rua, Avenida, Travessa …), which
 * the reader needs: "Pedido 4471, 01305-100" is no address. The window before the CEP is bounded. An envelope
 * writes the CEP and town on the line below the street ("Rua Augusta, 1120\n01305-100 São Paulo - SP"): one
 * line break may stand right before the CEP.
 */
const BRAZILIAN_STREET_BEFORE =
  /(?<![\p{L}])(?:Rua|R\.|Avenida|Av\.|Travessa|Tv\.|Alameda|Al\.|Estrada|Rodovia|Praça|Largo|Servidão)[ \t]+\p{Lu}[^\n,;|:]{1,50},[ \t]*(?:n[º°.][ \t]*)?\d{1,5}[A-Za-z]?(?:[ \t]*[,–-][ \t]*[^\n,;|:]{1,40}){0,2}[ \t]*[,–-]?[ \t]*(?:\r?\n[ \t]*)?$/iu;
/** The town after a CEP, perhaps its state's two letters after a dash or slash ("São Paulo - SP", "Recife/PE"). */
const BRAZILIAN_TOWN_AFTER =
  /^[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:d[aeo]s?[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]*[-–/][ \t]*[A-Z]{2}(?![\p{L}]))?/u;

function brazilianAt(text: string, cepStart: number, cepEnd: number): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, cepStart - 160), cepStart);
  const street = BRAZILIAN_STREET_BEFORE.exec(before);
  if (!street) return undefined;
  const town = BRAZILIAN_TOWN_AFTER.exec(text.slice(cepEnd, cepEnd + 60));
  return { start: cepStart - before.length + street.index, end: cepEnd + (town ? town[0].length : 0) };
}

/** The address ending in the British postcode whose inward code is text[s, e), if any. */
function britishAt(
  text: string,
  s: number,
  e: number,
  outwardBefore: RegExp,
  lowerCase: boolean,
): { start: number; end: number } | undefined {
  const outward = outwardBefore.exec(text.slice(Math.max(0, s - 6), s));
  if (!outward) return undefined;
  const postcodeStart = s - outward[0].length;
  // The town before the postcode on its part ("Bristol BS6 6HR"), or in the part before ("Bristol, BS6 6HR");
  // in lower case nothing tells a town's words from the street's, so the town is one word ("truro tr1 2hx").
  let at = postcodeStart;
  const town = (lowerCase ? LOWER_TOWN_BEFORE : TOWN_BEFORE).exec(text.slice(Math.max(0, at - 40), at));
  if (town) at -= town[1].length;
  const parts = partsBefore(text, at, lowerCase);
  // Speech runs the parts together without commas ("15 orchard way truro tr1 2hx"): the turn's words before the town.
  if (lowerCase && parts.length === 0) {
    const from = turnStart(text, at, 80);
    const part = readPart(text, houseNumberStart(text, from, at), at, true);
    if (part?.street && part.streetWord) parts.push(part);
  }
  // British houses are numbered before the street ("Wave 2, London …" is no street) or named with a street word;
  // a rural house's name stands for the street.
  return addressFrom(
    parts.map((p) => (p.place && ruralHouseName(p.words) ? { ...p, streetWord: true } : p)),
    at,
    e,
    (p) => (p.street && (p.numberFirst || p.streetWord)) || (p.place && p.streetWord),
    false,
  );
}

/**
 * A rural house's name, which stands for the street in British addresses ("Hollybush Farm, Ledbury …",
 * "Rose Cottage, Much Wenlock …"): one to three capitalised words ending in a dwelling's word.
 */
const RURAL_HOUSE_WORD = /^(?:Farm|Farmhouse|Cottage|Barn|Grange|Manor|Lodge|Croft|Bungalow|Steading|Farmstead)$/;
const ruralHouseName = (words: string[]) =>
  words.length >= 2 && words.length <= 3 && RURAL_HOUSE_WORD.test(words[words.length - 1]);

/** A Philippine city's word before its four-digit postcode ("Davao City 8000", "Quezon City 1100"). */
const PHILIPPINE_CITY_BEFORE = /(?<![\p{L}])City[ \t]$/u;
/** An Australian state's or territory's letters right before its postcode. */
const AUSTRALIAN_STATE_BEFORE = /(?<![A-Za-z])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]$/;
/** The address around the four to six digits text[s, e): a postcode before or after its town. */
function digitsAt(text: string, s: number, e: number): { start: number; end: number } | undefined {
  const before = text.charCodeAt(s - 1);
  const after = text.charCodeAt(e);
  // Part of a date, an amount, a phone number, a code: "12.05.2026", "1.500", "+49 …", "A-1234-B".
  if (before === 46 || before === 44 || before === 58 || before === 47 || before === 43 || before === 35)
    return undefined;
  if (after === 46 || after === 44 || after === 58 || after === 47) {
    if (isDigit(text.charCodeAt(e + 1))) return undefined;
  }
  let prefixed = s;
  if (before === 45) {
    // A country prefix ("D-10115", "CH-8001", "B-1040"); any other dash joins a code.
    const prefix = /(?<![\p{L}\d])(?:D|DE|A|AT|CH|B|BE|F|FR|L|NL|I|IT|DK|S|SE|N|NO)-$/u.exec(
      text.slice(Math.max(0, s - 4), s),
    );
    if (!prefix) return undefined;
    prefixed = s - prefix[0].length;
  }
  const length = e - s;
  // Postcode, then the town: "10115 Berlin", "75004 Paris"; four digits are years as often as
  // postcodes ("1040 Bruxelles", "8001 Zürich"): the street must say it is one, or a country prefix.
  if ((length === 4 || length === 5) && isBlank(after)) {
    // A country prefix says it is a postcode ("Hasenbühl 6, CH-8957 Spreitenbach", "A-6020 Innsbruck"),
    // as no year has one: the street then needs no street word either.
    const found = postcodeBeforeTown(text, prefixed, e, length === 4 && prefixed === s);
    if (found) return found;
  }
  // Town, then the postcode: "Chennai 600020", "Portland, OR 97211", "Jakarta Selatan 12730", and the
  // four digits of an Australian postcode after its state ("Fremantle WA 6160", "Glebe NSW 2037").
  if (
    (length === 5 ||
      length === 6 ||
      (length === 4 &&
        (AUSTRALIAN_STATE_BEFORE.test(text.slice(Math.max(0, s - 5), s)) ||
          PHILIPPINE_CITY_BEFORE.test(text.slice(Math.max(0, s - 6), s))))) &&
    before === 32 &&
    isLetterCode(text.charCodeAt(s - 2)) &&
    !isLetterOrDigit(text, e)
  ) {
    // The town on the address's last line ("House 38\nMombasa 80100") or after a comma.
    const town = /(?:^|[ \t,\n])((?:\p{L}[\p{L}'’.-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, s - 40), s));
    if (!town) return undefined;
    const words = town[1].trim().split(/[ \t]+/);
    if (NUMBERED_NOUN.test(words[words.length - 1])) return undefined;
    const lowerCase = lowerCaseAround(text, s, e);
    // Towns and US states may be in capitals ("Portland, OR 97211", "LAGOS 105102").
    if (!words.every((w) => acceptableWord(w, lowerCase, true))) return undefined;
    const at = s - town[1].length;
    const parts = partsBefore(text, at, lowerCase);
    // Looser than a postcode before the town: a street word must say that a part is a street, and a
    // house, flat or plot number stand in one ("Plot 17, Admiralty Way, Lekki Phase 1, Lagos 105102").
    if (!parts.some((p) => p.streetWord) || !parts.some((p) => p.street || p.unit || p.houseNumber))
      return lowerCase ? runTogetherAddress(text, s, e) : undefined;
    return addressFrom(parts, at, e, (p) => p.street || p.unit || p.streetWord, false);
  }
  return undefined;
}

/**
 * The address ending in the postcode text[postcodeStart, postcodeEnd) and the town after it, if a
 * street comes right before the postcode (after a separator, or after a blank when it has a street
 * word: "HAUPTSTRASSE 5 10115 BERLIN"). `strict`: the street needs a street word.
 */
function postcodeBeforeTown(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
  strict: boolean,
): { start: number; end: number } | undefined {
  // A postcode's label ("Postleitzahl 80331 München", "PLZ 80331") is read with it, the street before it.
  const label = POSTCODE_LABEL_BEFORE.exec(text.slice(Math.max(0, postcodeStart - 20), postcodeStart));
  if (label) postcodeStart -= label[0].length;
  const separated = separatorBefore(text, postcodeStart);
  // Without a separator a house number ends right before the blank ("… 5 10115", "… 5a 10115"):
  // most numbers after a word ("im Jahr 2026 …") stop here.
  if (!separated && !endsHouseNumber(text, postcodeStart - 2)) return undefined;
  TOWN_AFTER.lastIndex = postcodeEnd;
  const town = TOWN_AFTER.exec(text);
  if (!town || town[1].replace(/\.$/, '').length < 2 || UNIT_AFTER.test(town[1])) return undefined;
  // The sentence's full stop after the town is not part of it.
  const end = postcodeEnd + town[0].length - (town[0].endsWith('.') ? 1 : 0);
  // A town in lower case only in a text typed without capitals ("2026 haben wir …" is prose).
  const lowerCase = !/^\p{Lu}/u.test(town[1]);
  if (lowerCase && !lowerCaseAround(text, postcodeStart, end)) return undefined;
  let parts: Part[];
  if (separated) parts = partsBefore(text, postcodeStart, lowerCase);
  else {
    let from = postcodeStart - 1;
    const floor = Math.max(0, postcodeStart - 80);
    while (from > floor && !isSeparatorCode(text.charCodeAt(from - 1)) && !isOpeningCode(text.charCodeAt(from - 1)))
      from--;
    const part = readPart(text, from, postcodeStart, lowerCase);
    parts = part?.street && part.streetWord && !part.numberFirst ? [part] : [];
  }
  const street = parts[0];
  if (!street?.street) return undefined;
  if (
    strict &&
    !street.streetWord &&
    !(
      separated &&
      oneWordStreet(street.words) &&
      !YEAR_LIKE.test(text.slice(postcodeStart, postcodeEnd)) &&
      !wordLike(town[1].split(/[ \t]/)[0])
    )
  )
    return undefined;
  if (street.numberFirst && !street.streetWord && !lowerCase) return undefined;
  if (!street.streetWord && street.words.length > 3) return undefined;
  return addressFrom(parts, postcodeStart, end, (p) => p.street, true);
}

/**
 * A Swiss or Austrian street named by one word without a street word ("Bälliz 16, 3600 Thun", "Graben 3"):
 * before a four-digit postcode after a separator, one capitalised word that is no numbered thing (Saal,
 * Halle, Tor, Gate …) and no dictionary word, and a town after the postcode that is none either ("Bühne 2,
 * 2026 Premiere" is a stage and a year).
 */
/** Four digits that read as a recent year ("Bühne 2, 2026 Premiere"): no one-word street before them. */
const YEAR_LIKE = /^(?:19[5-9]|20[0-4])\d$/;
/** A dictionary or common word: a stage's or hall's premiere, not a town ("Bühne 2, 2026 Premiere"). */
const wordLike = (word: string) => isDictionaryWord(word) || isCommonWord(word) || isCommonWord(word.toLowerCase());

function oneWordStreet(words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const word = words[0];
  return /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !NUMBERED_NOUN.test(word.toLowerCase()) && !wordLike(word);
}

/**
 * The address from its first part to `end`: it starts at the earliest part that is a street or a
 * flat (a name or place before the street is not part of it) and needs some part that `isStreet`.
 */
function addressFrom(
  parts: Part[],
  at: number,
  end: number,
  isStreet: (p: Part) => boolean,
  nearestOnly: boolean,
): { start: number; end: number } | undefined {
  let start: number | undefined;
  let startPart = -1;
  let found = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (nearestOnly && i > 0 && !p.unit) break;
    if (isStreet(p)) found = true;
    // A flat right before the street ("Flat 12, 9 Canal Street"); a street without a number
    // ("Church Lane") only when no other street came nearer: "Sarah Green" before one is a name.
    // A house number alone before a street with none of its own ("14, 2nd Cross Street, Anna Nagar") is its start.
    const numberBeforeStreet = p.houseNumber && i > 0 && parts[i - 1].place && parts[i - 1].streetWord;
    if (
      p.street ||
      (p.unit && startPart === i - 1) ||
      numberBeforeStreet ||
      (p.place && p.streetWord && (start === undefined || streetBeforeHouse(parts, i, startPart)))
    ) {
      start = p.start;
      startPart = i;
    } else if (!p.place && !p.unit) break;
  }
  if (!found || start === undefined || start >= at) return undefined;
  // A firm's name or a department among the parts before ("Elbsand Software GmbH\nPersonalabteilung\n…").
  if (parts.some((p) => p.place && isOrganisationName(p.words.join(' ')))) return undefined;
  return { start, end };
}

/**
 * A street without a number right before a house or flat that has no street of its own ("Argwings Kodhek Road,
 * House 38\nMombasa 80100", as Kenyan and Nigerian addresses have it); a named street nearer the postcode has the
 * house ("Dr Sarah Lee\nFlat 3, 41 Oxley Street": "Dr" there is a title, no Drive).
 */
const streetBeforeHouse = (parts: Part[], i: number, startPart: number) =>
  startPart === i - 1 && parts[startPart].unit && !parts.slice(0, i).some((q) => q.street);

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A letter, told from the code (ASCII) or, above, anything but punctuation and blanks: a cheap test before the patterns. */
const isLetterCode = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 192 && !(c >= 0x2000 && c <= 0x206f));
/** Whether a separator of address parts stands before `at`, blanks between: what every postcode before its town needs. */
function separatorBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < 4 && isBlank(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return isSeparatorCode(c) || ((c === 45 || c === 8211 || c === 46) && i < at - 1);
}
/** A letter or digit at `i`: digits and ASCII letters by code, other characters from À up counted as letters. */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigit(c) || isLetterCode(c);
}
