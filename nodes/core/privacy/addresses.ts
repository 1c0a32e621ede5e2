import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { LOWER, NAME_WORD, UPPER } from './letters.js';
import {
  businessPlaceLabelBefore,
  HOME_CUE,
  lastClause,
  namesTradeBusiness,
  personalAfterFirm,
  NO_HOME,
  postalShapeAt,
  proseAfterFirm,
  WORKS_FOR,
  CONTINUES_BELOW,
} from './postal-shapes.js';
import { cellAbove, firmColumnAbove, ownCellBefore } from './firm-columns.js';
import { withoutFirmSignatures } from './firm-signatures.js';
import { endsWithSchool } from './school-addresses.js';
import { isGivenName } from './name-list.js';
import { wordLike } from './names.js';
import { DISTRICT_LETTER } from './postal-districts.js';
import { legalForms } from './legal-forms.js';

/**
 * Postal addresses: a street with its house number, and the postcode and town after it when they
 * follow on the same or the next line. German layout "Lindenstraße 12a, 10115 Berlin", "Am
 * Hang 3", English "12 Baker Street, London NW1 6XE", "Flat 2, 221 Elm Road", US "55 Oak Avenue,
 * Springfield, IL 62704". A postcode and town alone name a place, not a person, and are not flagged.
 *
 * A company's address is not personal data: an address right under a line with a legal form
 * (GmbH, AG, Ltd, Inc …) is the letterhead or imprint of a firm and is left alone. Every other
 * street address is treated as a person's: documents rarely say whose it is, and keeping one
 * company address local costs less than sending a person's home address to a cloud model.
 */

/**
 * Where a house number or a postcode may begin: one to six digits (not part of a longer run) after a
 * blank, a line break, "(", or the quote, "=" or ">" that opens a value in JSON, a form or markup
 * ("ship_to":"12 Kauri Street", address=12 Kauri Street once decoded, <td>12 Kauri Street), or a
 * country's prefix ("CH-8957 Spreitenbach", "A-6020 Innsbruck", "D-10115 Berlin") — six for the postcodes of India or Nigeria that postal-shapes reads
 * backwards; HOUSE_NUMBER itself takes at most five. Searched with the character before it, which
 * makes the pass over the text skip quickly; a number at the very start of the text is tested on its own.
 */
const NUMBER_AFTER_BLANK = /[ \t\n("=>-]\d{1,6}(?!\d)/g;
const NUMBER_AT_START = /^\d{1,6}(?!\d)/;
/** A Ghana Post GPS digital address up to its last four digits: region and district letters, three or four digits. */
const GHANA_DIGITAL_HEAD = /(?<![A-Za-z\d])[A-Z]{2}-\d{3,4}-$/;
/** A house number: "12", "12a", "12 a", "12-14", "3/1", not a part of a longer number, amount or measure. */
const HOUSE_NUMBER = new RegExp(
  `\\d{1,5}(?:[ \\t]?[a-hA-H](?![${UPPER}${LOWER}]))?(?:[ \\t]?[-/][ \\t]?\\d{1,4}[a-hA-H]?)?(?![\\d.,:]?\\d|[ \\t]*(?:%|€|\\$|Uhr|h\\b|km|kg|mm|cm|m\\b|Jahre|years|Stück|pcs|EUR|USD|min\\b|Min\\.|Minuten|minutes))`,
  'y',
);

/** Endings of German street names also as a word of their own ("Berliner Straße", "Karl-Marx-Str."). */
const DE_STREET_SUFFIX = `(?:${'straße strasse str. weg allee platz gasse ring damm ufer chaussee steig pfad markt graben kamp wall stieg twiete deich zeile promenade anger hof berg tor park garten feld höhe winkel wiese grund brücke redder weiden kai quai'
  .split(' ')
  // "Hauptstr\." as Markdown converters escape a full stop after a word: the backslash may stand before it.
  .map((s) => `[${s[0].toUpperCase()}${s[0]}]${s.slice(1).replace('.', '\\\\?\\.')}`)
  .join('|')})`;
/**
 * A German street right before the house number: "Lindenstraße", "Berliner Straße", "Karl-Marx-Str.", "Am Alten Markt".
 * "Tor" alone is a works gate ("05:51 Tor 1 Ein"), not a street; "Am Tor 3", "Brandenburger Tor" are read as before.
 */
const DE_STREET_BEFORE = new RegExp(
  `(?:(?<![${UPPER}${LOWER}])(?![Tt]or[ \\t]+$)(?:[${UPPER}][${LOWER}]+(?:-[${UPPER}]?[${LOWER}]+)*-?[ \\t]?)?[${UPPER}]?[${LOWER}]*${DE_STREET_SUFFIX}|(?<![${UPPER}${LOWER}])(?:Am|An[ \\t]+der|An[ \\t]+den|Auf[ \\t]+der|Auf[ \\t]+dem|Im|In[ \\t]+der|In[ \\t]+den|Zum|Zur|Unter[ \\t]+den|Hinter[ \\t]+der|Vor[ \\t]+dem)[ \\t]+${NAME_WORD}(?:[ \\t]${NAME_WORD})?)[ \\t]+$`,
  'u',
);
/** A numbered pitch or parking bay, whose "-platz" is no square of a town. */
const PITCH_WORD = /(?:stell|park|zelt|liege|camping)platz[ \t]+$/iu;
/**
 * "Platz" alone, or after a prize's or a table's word, is a rank or a seat ("Platz 1  Kirsan Burulov" in a
 * tournament's seat list, "Preisgeld Platz 1: …"), no square of a town; a square has a name before its word.
 */
const RANK_PLACE = /^(?:(?:Preisgeld|Prämie|Gewinn|Tisch|Sitz|Start)[ \t]+)?Platz[ \t]+$/u;
/**
 * "Grund" alone, or a report's reason word, with its number in brackets or after a social-insurance report's word
 * ("DEÜV-Meldung Anmeldung (Grund 10)", "Abgabegrund 30"): a reason code (DEÜV § 5, "Abgabegrund"), no street.
 */
const REASON_CODE = /^(?:Grund|Abgabegrund|Meldegrund)[ \t]+$/u;
const REASON_CONTEXT = /(?:\(|(?:Meldung|DEÜV|Anmeldung|Abmeldung|Unterbrechungsmeldung)[^\n]{0,30})$/u;
/** Words saying someone lives at the place before its number: a permanent camper's pitch is then their home. Fixed words: linear. */
const RESIDENCE_BEFORE =
  /(?<![\p{L}])(?:wohn\p{L}*|lebt|leben|gemeldet|anschrift|adresse|dauercamper\p{L}*|zuhause|daheim|lives|address)(?![\p{L}])/iu;
/** Whether the code unit is a capital (`[UPPER]`). */
const isCapitalCode = codeUnitTest(new RegExp(`^[${UPPER}]$`));
/** A word that ends like a German street. */
const STREET_WORD_END = new RegExp(`${DE_STREET_SUFFIX}$`);
/** Rings that are things, not streets: jewellery and seals ("Goldring 585", "Ehering 18", "Dichtring 40"). */
const RING_THING =
  /(?:gold|silber|platin|ehe|verlobungs|trau|freundschafts|diamant|finger|ohr|nasen|siegel|dicht|kolben|o-)ring$/i;
/** A preposition that starts a German street, one or two words before the number ("Am Hang", "An der Alten Mühle"). */
const STREET_PREPOSITION = /(?:^|[ \t"=>])(?:Am|Im|Zum|Zur|der|den|dem)[ \t]+(?:[^ \t]+[ \t]+)?$/;

/**
 * Cheap tests before the street patterns, on the word before the number: "street" when it ends like
 * a street or a preposition comes before it ("Am Hang 3"), "town" when it is merely capitalised
 * (perhaps a street after a town, "Kinderhausen 4"), undefined otherwise (most numbers in prose, "um 4,2").
 */
function germanStreetHint(text: string, numberStart: number): 'street' | 'town' | undefined {
  const space = numberStart - 1;
  // The line's start is not looked for here (most numbers fail before): a line break ends the word instead.
  if (space <= 0 || !isBlankCode(text.charCodeAt(space)) || text.charCodeAt(space - 1) === 10) return undefined;
  let wordStart = space;
  while (wordStart > 0 && space - wordStart < 40 && !endsWordBefore(text.charCodeAt(wordStart - 1))) wordStart--;
  if (!isCapitalCode(text.charCodeAt(wordStart))) return undefined;
  const word = text.slice(wordStart, space);
  // The word lies on the number's line: its line starts where the word's does.
  const preposition = () => STREET_PREPOSITION.test(text.slice(lineStartNear(text, wordStart, 30), wordStart));
  // A piece of jewellery or a seal with its hallmark or size ("Goldring 585", "Dichtring 40") ends like
  // a street but is none, unless a preposition makes it one ("Am Goldring 5").
  if (STREET_WORD_END.test(word)) return !RING_THING.test(word) || preposition() ? 'street' : undefined;
  return preposition() ? 'street' : 'town';
}
/**
 * Space, tab, ",", ";", ":", "(", a line break, and a value's opening quote, "=" or ">" (JSON, forms,
 * markup): where the word before a house number begins.
 */
const endsWordBefore = (code: number) =>
  code === 32 ||
  code === 9 ||
  code === 44 ||
  code === 59 ||
  code === 58 ||
  code === 40 ||
  code === 10 ||
  code === 34 ||
  code === 61 ||
  code === 62;
/** Before a house number: a postcode and town, then a comma. */
const MAY_FOLLOW_TOWN = /\d{5}[^,]*,[^,]*$/;
const isBlankCode = (code: number) => code === 32 || code === 9;
const isAsciiCapitalCode = (code: number) => code >= 65 && code <= 90;
const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * Where the line holding `at` starts, looked for at most `reach` characters back (an address is
 * short): a text of one long line with many numbers must not be searched back far from each of
 * them. Asked only for the few numbers that may be house numbers.
 */
function lineStartNear(text: string, at: number, reach = 120): number {
  const floor = Math.max(0, at - reach);
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}
const STREET_END_CHAR = new RegExp(`[${LOWER}.]`);
/** Whether the character at `i` may end a German street name: a lower-case letter or ".". */
function endsStreet(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  // ASCII answered from the code (this runs for every number after a blank), other letters by the class.
  if (code < 128) return (code >= 97 && code <= 122) || code === 46;
  return STREET_END_CHAR.test(text[i]);
}
/** A street without a street word after the postcode and town: "41490 Langenfeld (Rheinland), Kinderhausen 4". */
const DE_STREET_AFTER_TOWN = new RegExp(
  `(?<!\\d)\\d{5}[ \\t]+[^\\n,\\d]{2,40},[ \\t]*((?:${NAME_WORD}[ \\t-]?){1,3}?)[ \\t]+$`,
  'u',
);
/**
 * Street types of English addresses, with the common abbreviations (Royal Mail and USPS suffixes, and Australia
 * Post's and NZ Post's: "8 Grevillea Pde", "Banksia Cres", "Lakeview Cct", "Beach Tce", "Marine Esp", "Kings Bvd").
 */
const EN_STREET_TYPE = `(?:${'Street St Road Rd Avenue Ave Av Lane Ln Drive Dr Close Cl Court Ct Way Wy Place Pl Boulevard Blvd Bvd Bvde Crescent Cres Crst Terrace Tce Gardens Gdns Grove Gr Square Sq Row Parkway Pkwy Mews Walk Hill Hills Rise Green Park Circle Cir Circuit Cct Highway Hwy Plaza Creek Falls Knoll Knolls Valley Pines Burg Village Villages Ridge Heights Meadow Meadows Springs Trail Trl Point Harbor Harbour Shores Junction Crossing Loop Pass Path Pike Estates Glen Haven Island Isle Lake Lakes Landing Manor Mill Mills Orchard Oval Summit Vista View Views Cove Dale Bend Brook Brooks Field Fields Flats Gateway Hollow Lodge Ramp Route Spur Stream Trace Track Turnpike Wells Mall Alley Arcade Bypass Causeway Centre Center Common Commons Corner Corners Expressway Freeway Fork Ford Garden Gate Grange Wharf Yard Fall Rapids Shoal Lock Throughway Port Mount Via Brow Quay Qy Parade Pde Esplanade Esp Approach Vale'
  .split(' ')
  .map((t) =>
    t.length <= 4 &&
    !/^(?:Way|Row|Hill|Rise|Park|Walk|Loop|Pass|Path|Pike|Glen|Isle|Lake|Mill|Oval|View|Cove|Dale|Bend|Spur|Mall|Fork|Ford|Gate|Wharf|Yard|Burg|Brow|Quay|Vale)$/.test(
      t,
    )
      ? `${t}\\.?`
      : t,
  )
  .join('|')})`;
/**
 * A word of a street's name: NAME_WORD, where the apostrophe may carry the backslash a Markdown
 * converter writes before it ("Bishop\'s Walk", "St Anne\'s Road"): the backslash is no letter,
 * so the pattern stays linear.
 */
const STREET_NAME_WORD = `[${UPPER}](?:\\\\?['’][${UPPER}])?[${LOWER}]+(?:[${UPPER}][${LOWER}]+)?(?:(?:\\\\?['’]|-)[${UPPER}]?[${LOWER}]+){0,4}`;
/**
 * An English street after the house number: "Baker Street", "Old Kent Road", "Elm St.", "North Oak
 * Avenue", with a compass point after it as Canadian streets have ("Sherbrooke St W").
 */
const EN_STREET_AFTER = new RegExp(
  `[ \\t]+(?:[NSEW]\\.?[ \\t]+)?${STREET_NAME_WORD}(?:[ \\t]+${STREET_NAME_WORD}){0,2}[ \\t]+${EN_STREET_TYPE}s?(?![${LOWER}])(?:[ \\t]+(?:[NSEW]|NE|NW|SE|SW)\\.?(?![\\w]))?`,
  'y',
);
/** A flat or unit before the number: "Flat 2, ", "Apt. 4B, ". */
const UNIT_BEFORE = /(?:Flat|Apt\.?|Apartment|Unit|Suite|Wohnung|Whg\.)[ \t]*\w{1,5},?[ \t]*$/;

/**
 * After a German street and number: the postcode and town, on the same line after a comma or on the next. The
 * postcode may carry its label ("Postleitzahl 80331 München", "PLZ: 80331"), the town a Danish district letter
 * ("8000 Aarhus C", "2100 København Ø": part of the address, as DISTRICT_LETTER says).
 */
const DE_TOWN_AFTER = new RegExp(
  `(?:[ \\t]*,[ \\t]*|[ \\t]*\\\\?\\r?\\n[ \\t]*)(?:(?:Postleitzahl|PLZ|Postcode|Postal[ \\t]code|ZIP(?:[ \\t]code)?)[ \\t]*:?[ \\t]*)?(?:(?:D|DE)-\\d{5}|(?:CH-|A-)?\\d{4,5})[ \\t]+${NAME_WORD}(?:[ \\t-](?:an[ \\t]der[ \\t]|am[ \\t]|im[ \\t]|ob[ \\t]der[ \\t])?${NAME_WORD})*(?:${DISTRICT_LETTER.source})?`,
  'yu',
);
/**
 * After an English street: a flat, then town and postcode (UK "London NW1 6XE", US "Springfield, IL 62704",
 * the four digits of South Africa, New Zealand and Australia: "Pretoria 0181", "Auckland 1011"), an Irish Eircode
 * after the town and a Dublin district ("Dublin 2, D02 X285", "Cork T12 X2DF"; its letters leave out B, G, I, J, L, M,
 * O, Q, S, U and Z).
 */
const EN_TOWN_AFTER = new RegExp(
  `(?:,?[ \\t]*(?:Apt\\.?|Apartment|Unit|Suite|Flat)[ \\t]*\\w{1,5})?(?:[ \\t]*,[ \\t]*|[ \\t]*\\\\?\\r?\\n[ \\t]*)${NAME_WORD}(?:[ \\t]${NAME_WORD})?(?:(?<=Dublin)[ \\t]+(?:\\d{1,2}|6W)(?![\\w]))?(?:,?[ \\t]+(?:[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?|(?:NSW|VIC|QLD|TAS|ACT|NT|SA|WA)[ \\t]+\\d{4}(?!\\d)|[A-Z]{2}[ \\t]+[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d(?![A-Z\\d])|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[AC-FHKNPRTV-Y](?:\\d{2}|6W)[ \\t]?[AC-FHKNPRTV-Y\\d]{4}(?![A-Z\\d])|\\d{6}(?!\\d)|\\d{4}(?!\\d|[.,:/-]\\d)))?`,
  'y',
);
/**
 * A legal form: a firm's name (legal-forms.ts). Not the Nordic "AB" and "Oy", which stand before a British
 * postcode's digits ("AB10 1XG", Aberdeen) and for initials, nor forms this detector has not been measured with
 * (S.p.A., SARL, A/S, ApS): reading them would change which addresses count as a firm's.
 */
export const LEGAL_FORM = new RegExp(
  `(?<![\\p{L}])(?:${legalForms(['S.A.R.L.', 'SARL', 'S.p.A.', 'A/S', 'ApS', 'AB', 'Oy'])})(?![\\p{L}])`,
  'u',
);

/**
 * A line break still escaped in the scanner's view: a JSON string inside a JSON string keeps one level of
 * escapes after the view decodes the outer one ("adr": "Argwings Kodhek Road, House 38\\nMombasa 80100"),
 * and prose "\n" is left as written by the decoder. Before a capital or a digit it starts an address's next
 * line: blanks then a line break of the same length, so every offset stays where it was.
 */
const ESCAPED_LINE_BREAK = /\\+n(?=[\p{Lu}\d])/gu;
const withEscapedLineBreaks = (text: string): string =>
  text.includes('\\n') ? text.replace(ESCAPED_LINE_BREAK, (m) => ' '.repeat(m.length - 1) + '\n') : text;

export const postalAddresses = (original: string): Entity[] => {
  const out: Entity[] = [];
  const text = withEscapedLineBreaks(original);
  const first = NUMBER_AT_START.exec(text);
  if (first) addressAt(text, 0, first[0].length, out);
  NUMBER_AFTER_BLANK.lastIndex = 0;
  // `test`, not `exec`: no match array for each of the many numbers. The digits end where the match
  // does and begin right after the blank (a longer run of digits does not match), found going back.
  while (NUMBER_AFTER_BLANK.test(text)) {
    const digitsEnd = NUMBER_AFTER_BLANK.lastIndex;
    let numberStart = digitsEnd - 1;
    while (isDigitCode(text.charCodeAt(numberStart - 1))) numberStart--;
    // After a dash only a country's prefix ("CH-8957") or a Ghanaian digital address's last part ("GA-123-4567"):
    // dates, ranges and codes end here, by two codes.
    if (
      text.charCodeAt(numberStart - 1) === 45 &&
      !isAsciiCapitalCode(text.charCodeAt(numberStart - 2)) &&
      !(digitsEnd - numberStart === 4 && GHANA_DIGITAL_HEAD.test(text.slice(Math.max(0, numberStart - 8), numberStart)))
    )
      continue;
    postalShapeAt(text, numberStart, digitsEnd, out);
    addressAt(text, numberStart, digitsEnd, out);
  }
  return withoutFirmSignatures(
    text,
    out.filter((e) => !officeFloorBefore(text, e.start)),
  );
};

/**
 * An office building's floor right before the address ("Level 3, 120 Collins St, Melbourne VIC 3000 (tenancy)"):
 * Australian offices give the floor so; a flat is a unit ("Unit 4/12 …", "Apartment 1203"). Privacy first: a word
 * of living there on the line keeps it ("lives at Level 3, …").
 */
function officeFloorBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!OFFICE_FLOOR_BEFORE.test(before)) return false;
  return !HOME_CUE.test(before.slice(before.lastIndexOf('\n') + 1));
}

/**
 * Whether an English street may follow a house number whose digits end at `digitsEnd`: the number
 * (its digits, perhaps a letter a to h or a range after them) must be followed by a blank.
 */
function mayPrecedeEnglishStreet(text: string, digitsEnd: number): boolean {
  const code = text.charCodeAt(digitsEnd);
  // The house number's optional parts start with a blank, a letter a to h, "-" or "/"; anything else ends it there.
  const lower = code | 32;
  return isBlankCode(code) || code === 45 || code === 47 || (lower >= 97 && lower <= 104);
}

/** After the blank behind a house number's digits: a capital (a street's first word), a letter a to h, "-" or "/". */
function mayGoOnAfterBlank(code: number): boolean {
  const lower = code | 32;
  return (lower >= 97 && lower <= 104) || code === 45 || code === 47 || isCapitalCode(code);
}

/**
 * What EN_STREET_AFTER needs at `from`, tested cheaply first: blanks, a word, blanks, and a capital
 * (a name word or street type after the first name word, or a name word after "N."). Most numbers
 * followed by a capitalised word are prose ("18 Prozent stabil"), not a street.
 */
function secondWordCapitalised(text: string, from: number): boolean {
  let i = from;
  while (isBlankCode(text.charCodeAt(i))) i++;
  while (i < text.length && !isBlankCode(text.charCodeAt(i)) && !isLineBreakCode(text.charCodeAt(i))) i++;
  if (!isBlankCode(text.charCodeAt(i))) return false;
  while (isBlankCode(text.charCodeAt(i))) i++;
  return isCapitalCode(text.charCodeAt(i));
}
const isLineBreakCode = (code: number) => code === 10 || code === 13;

/** A floor of an office building right before the house number: "Level 3, ", "Lvl 12, ". */
const OFFICE_FLOOR_BEFORE = /(?<![\p{L}])(?:Level|Lvl)[ \t]+\d{1,2}[ \t]*,[ \t]*$/u;
/** A copyright sign or word right before a year, perhaps a range's first year between ("© 2019–"). */
const COPYRIGHT_BEFORE = /(?:©|\([cC]\)|[Cc]opyright)[ \t]*(?:(?:19|20)\d\d[ \t]*[-–][ \t]*)?$/;

/** The address around the house number at `numberStart` (its digits end at `digitsEnd`), if any, into `out`. */
function addressAt(text: string, numberStart: number, digitsEnd: number, out: Entity[]): void {
  // Cheap tests first: most numbers in a text are not house numbers.
  // A German street ends in a letter or "." before it; an English one begins with a blank and a capital after it.
  const germanShape = isBlankCode(text.charCodeAt(numberStart - 1)) && endsStreet(text, numberStart - 2);
  const german = germanShape ? germanStreetHint(text, numberStart) : undefined;
  if (!german && !mayPrecedeEnglishStreet(text, digitsEnd)) return;
  // A blank after the digits: an English street needs a capital next, or the house number goes on
  // (a letter a to h, a range); a word in lower case after the number ("14 proposals") is no street.
  if (!german && isBlankCode(text.charCodeAt(digitsEnd)) && !mayGoOnAfterBlank(text.charCodeAt(digitsEnd + 1))) return;
  // Sticky patterns asked with `test`: where a match ends is all this reads, and no match array is made.
  HOUSE_NUMBER.lastIndex = numberStart;
  if (!HOUSE_NUMBER.test(text)) return;
  const numberEnd = HOUSE_NUMBER.lastIndex;
  const englishShape = isBlankCode(text.charCodeAt(numberEnd)) && isCapitalCode(text.charCodeAt(numberEnd + 1));
  if (!german && !englishShape) return;
  let start: number;
  let end = numberEnd;
  // The line before the number, at most 60 characters of it (looked at only where a German street
  // may end there), and whether it holds a comma: a street after a town needs one, and most numbers
  // after a capitalised word have none.
  let beforeStart = numberStart;
  let comma = false;
  if (german) {
    const floor = Math.max(0, numberStart - 60);
    let i = numberStart - 1;
    for (; i >= floor; i--) {
      const code = text.charCodeAt(i);
      if (code === 10) break;
      if (code === 44) comma = true;
    }
    beforeStart = i + 1;
  }
  const before = german === 'street' || comma ? text.slice(beforeStart, numberStart) : '';
  const de = german === 'street' ? DE_STREET_BEFORE.exec(before) : null;
  const afterTown =
    !german || de || !before.includes(',') || !MAY_FOLLOW_TOWN.test(before) ? null : DE_STREET_AFTER_TOWN.exec(before);
  if (de || afterTown) {
    start = de ? numberStart - de[0].length : numberStart - afterTown![0].length + afterTown![0].indexOf(afterTown![1]);
    DE_TOWN_AFTER.lastIndex = end;
    const townFollows = DE_TOWN_AFTER.test(text);
    if (townFollows) end = DE_TOWN_AFTER.lastIndex;
    // A campsite's or a car park's numbered pitch ("Stellplatz 44", "Parkplatz 3") is a place on the grounds, no street;
    // privacy first, a postcode and town after it or a word of living there before it make it someone's address.
    if (de && (PITCH_WORD.test(de[0]) || RANK_PLACE.test(de[0])) && !townFollows && !RESIDENCE_BEFORE.test(before))
      return;
    if (
      de &&
      REASON_CODE.test(de[0]) &&
      REASON_CONTEXT.test(before.slice(0, before.length - de[0].length)) &&
      !townFollows &&
      !RESIDENCE_BEFORE.test(before)
    )
      return;
  } else {
    if (!englishShape || !secondWordCapitalised(text, numberEnd)) return;
    // "© 2026 Great Lakes Auto Group": the copyright's year, no house number.
    if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart))) return;
    EN_STREET_AFTER.lastIndex = numberEnd;
    if (!EN_STREET_AFTER.test(text)) return;
    start = numberStart;
    end = EN_STREET_AFTER.lastIndex;
    const unit = UNIT_BEFORE.exec(text.slice(lineStartNear(text, numberStart), numberStart));
    if (unit) start = numberStart - unit[0].length;
    EN_TOWN_AFTER.lastIndex = end;
    if (EN_TOWN_AFTER.test(text)) end = EN_TOWN_AFTER.lastIndex;
  }
  // Only a company's own address right before it counts against a street address: wider rules (an
  // office or bank mentioned on the line) dropped people's homes ("wohnen ohne Büro in der …").
  if (!isCompanyAddress(text, start)) out.push({ type: 'POSTAL_ADDRESS', start, end, score: 0.85 });
}

/**
 * An organisation's name before the address on its line, no field label after it: "Klinik Sonnenhang,
 * Brunnenstr. 34", "Riverside Medical Practice, 2 Mill Lane", "Oberwinkel Stadtwerke, Lerchenfeld 31", a care
 * home's ("Elmfield Care Home, 8 Bridge Street", "Pflegeheim Lindenhof, Am Anger 3").
 */
const ORGANISATION_WORD =
  '(?<![\\p{L}])(?:eG|Klinik|Klinikum|Praxis|Practice|Surgery|Dental|Hospital|Krankenhaus|Stadtwerke|Apotheke|Pharmacy|Gemeinde|Stadtverwaltung|Deutschland|Sparkasse|Bank|Versicherung|Hotel|Restaurant|Wasserversorgung|Energieversorgung|Genossenschaft|Raiffeisenbank|Volksbank|Care Home|Nursing Home|Residential Home|Retirement Home|Pflegeheim|Altenheim|Seniorenheim|Seniorenresidenz|Hospiz|Hospice)(?![\\p{L}])';
const ORGANISATION_BEFORE = new RegExp(`${ORGANISATION_WORD}[^:\\n]*$`, 'u');
/** Every organisation's word, for proseAfterFirm (matchAll copies it: no state kept). */
const ORGANISATION_ALL = new RegExp(ORGANISATION_WORD, 'gu');

/** A care home's word: people live there. */
const CARE_HOME =
  /(?<![\p{L}])(?:Care Home|Nursing Home|Residential Home|Retirement Home|Pflegeheim|Altenheim|Seniorenheim|Seniorenresidenz|Seniorenstift|Hospiz|Hospice)(?![\p{L}])/u;
/** A title and a capitalised word ("Frau Strupp", "Herrn Dr. Wendt", "Mrs Polglase"). */
const TITLED_NAME =
  /(?<![\p{L}])(?:Frau|Herrn?|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?)[ \t]+(?:(?:Dr|Prof)\.[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+/u;
/** A capitalised word with another after it (read ahead: "Bewohnerin Hildegard Strupp" holds two pairs). */
const WORD_PAIR = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]+)(?=[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+))/gu;

/**
 * Whether a person is named before a care home's word in the clause ("Frau Hildegard Strupp, Pflegeheim
 * Lindenhof, Am Anger 3"): a titled name, or a listed given name before a word that is no ordinary one. The
 * home's address is then the resident's, where letters to them go, not the home's own letterhead.
 */
function residentBefore(clause: string): boolean {
  const home = CARE_HOME.exec(clause);
  if (!home) return false;
  const head = clause.slice(0, home.index);
  if (TITLED_NAME.test(head)) return true;
  for (const m of head.matchAll(WORD_PAIR)) if (isGivenName(m[1]) && !wordLike(m[2])) return true;
  return false;
}

/**
 * A firm's letterhead or imprint: a legal form on the address's own line before it, or on the line
 * right above that is not a form field ("Vermieter: Wohnbau Nord GmbH" is one, and says nothing of the next line).
 */
function isCompanyAddress(text: string, start: number): boolean {
  const lineStart = lineStartNear(text, start);
  // Only the address's own column: a firm in the column beside it is another cell's.
  const line = ownCellBefore(text.slice(lineStart, start));
  // Only the clause the address stands in names its firm: an earlier sentence on the line speaks of
  // something else ("… from your purchase at Harbourside Ltd, we offer a plan. Your address is 236
  // Jacaranda Avenue": a decoded quoted-printable paragraph is one line). A sentence end right before
  // the address ("Acme Ltd. 12 Main Street") cuts nothing: the letterhead is the clause.
  const clause = lastClause(line);
  const before = clause.trim() === '' ? line : clause;
  // "wohne", "lives at", "privat" before the address make it a home, whatever the line names besides.
  if (HOME_CUE.test(clause)) return false;
  // A resident named before a care home on the line: the home's address is theirs, its legal form notwithstanding
  // ("Frau Hildegard Strupp, Pflegeheim Lindenhof gGmbH, Am Anger 3").
  if (residentBefore(before)) return false;
  // "Kundencenter: Bahnhofstraße 40": a firm's place of business labels it.
  if (businessPlaceLabelBefore(line)) return true;
  // A parcel shop, locker or post box right before it is no one's home (as postal-shapes.ts reads it).
  if (NO_HOME.test(clause.slice(-30))) return true;
  // A school, university office or nursery right before it, with no person between (school-addresses.ts).
  if (endsWithSchool(before, text.slice(start, start + 12))) return true;
  // A sentence that goes on after the firm's legal form speaks of the firm, not from its letterhead.
  if (LEGAL_FORM.test(before) && !proseAfterFirm(before)) return true;
  if (
    ORGANISATION_BEFORE.test(before) &&
    !proseAfterFirm(before, ORGANISATION_ALL) &&
    !residentBefore(before) &&
    // (with the address's first word: a detector's span may begin with "Anschrift")
    !personalAfterFirm(before + text.slice(start, start + 12), ORGANISATION_ALL)
  )
    return true;
  // A trade word counts only with nothing but its firm's name after it (see namesTradeBusiness).
  if (namesTradeBusiness(before) && !before.includes(':')) return true;
  if (lineStart === 0) return false;
  if (firmColumnAbove(text, lineStart, start)) return true;
  // The cell right above the address's column; a sentence about someone's work there names no letterhead.
  const previous = cellAbove(text, lineStartNear(text, lineStart - 1), lineStart - 1, start - lineStart);
  return (
    !previous.includes(':') && LEGAL_FORM.test(previous) && !WORKS_FOR.test(previous) && !CONTINUES_BELOW.test(previous)
  );
}
