/**
 * One-line postal addresses that put the street's kind FIRST and the house number after the name (or, in
 * Morocco, before it with a comma), then a postcode and town, as Romania, Portugal, Italy, Spain, Mexico and
 * Morocco write them: "Strada Lipscani 19, 030031 București", "Rua de Santa Catarina, 91, 4100-115 Porto",
 * "Via Maqueda, 88, 90134 Palermo", "Calle de Embajadores, 83, 41003 Sevilla", "Calle Durango 214, Col. Roma
 * Norte, 06700 Ciudad de México, CDMX", "9, Rue Ibn Batouta, 20000 Casablanca"; and the addresses whose
 * postcode FOLLOWS the town, the house number before the street's kind (Egypt's "17 Sharia Abbas El Akkad, Nasr
 * City, Cairo 11765", Vietnam's "89 Đường Lê Lợi, Quận 1, TP. Hồ Chí Minh 700000").
 * postal-shapes.ts reads a postcode's parts backwards and wants the house number inside the street's part;
 * here the street's kind, the number and the postcode together are the evidence (a postcode and town alone
 * name a place). Called by postal-shapes.ts for a postcode its own readers did not place; the firm and
 * authority checks there apply to what this returns.
 *
 * Cost: only for four- to six-digit runs, on a window of at most 110 characters before them.
 */

/** Street kinds written before the street's name (Romanian, Portuguese, Italian, Spanish, French). */
const KIND_FIRST =
  'Strada|Str\\.|Bulevardul|B-dul|Bd\\.|Calea|Șoseaua|Şoseaua|Soseaua|Splaiul|Aleea|Intrarea|Piața|Rua|Avenida|Av\\.|Travessa|Largo|Praça|Alameda|Estrada|Via|Viale|Piazza|Corso|Vicolo|Calle|Paseo|Plaza|Carrer|Camino|Ronda|Rue|Boulevard|Avenue';
/** Lower-case words inside a street's name ("Rua de Santa Catarina", "Via dei Coronari", "Rue Ibn Batouta"). */
const NAME_PARTICLE = '(?:de|del|de la|da|do|dos|das|dei|della|delle|degli|di|des|du|la|le|el|al|y|e)';
const NAME_WORD = `(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLE})`;
/**
 * Kind first, the name (one to six words), the house number after the name or (Moroccan) before the kind,
 * perhaps a Mexican colonia or a Romanian block, then the comma before the postcode.
 */
const STREET_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,4}[A-Za-z]?),[ \\t]*)?(?:${KIND_FIRST})[ \\t]+${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,5}` +
    `(?:,?[ \\t]+(?:(?:nr|no|n[º°])\\.?[ \\t]*)?(\\d{1,4}[A-Za-z]?))?` +
    `(?:,[ \\t]*(?:Col\\.|Colonia|Bl\\.|Sc\\.|Ap\\.|Et\\.)[ \\t]*[^\\n,;:()]{1,30})?,[ \\t]*$`,
  'u',
);
/** The house number, then the street's kind (Egyptian "Sharia", Vietnamese "Đường", "Phố"), the name, districts, the town before the postcode. */
const NUMBER_FIRST =
  /(?<![\p{L}\d])\d{1,4}[A-Za-z]?[ \t]+(?:Sharia|Shari['’]|Shareh|Đường|Phố|Duong|Pho)[ \t]+\p{Lu}[^\n,;:()]{1,40}(?:,[ \t]*\p{Lu}[^\n,;:()]{1,30}){1,3}[ \t]$/u;
/** The town after a postcode, up to four words, and a Mexican state's abbreviation after a comma ("Guadalajara, Jal.", "Ciudad de México, CDMX"). */
const TOWN_AFTER =
  /^[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de|del|da|do|di|la|sul|am)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,3}(?:,[ \t]*(?:[A-Z]{2,5}|\p{Lu}\p{Ll}{1,4}\.)(?![\p{L}]))?/u;
/** Postcodes the shapes above go with: Portuguese NNNN-NNN, five digits (IT, ES, MX, MA, EG) or six (RO, VN). */
const POSTCODE = /^(?:\d{4}-\d{3}|\d{5}|\d{6})$/;

/** The address ending in the postcode text[postcodeStart, postcodeEnd) read by one of the two shapes, if any. */
export function streetFirstAt(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
): { start: number; end: number } | undefined {
  if (!POSTCODE.test(text.slice(postcodeStart, postcodeEnd)) || /\d/.test(text.charAt(postcodeEnd))) return undefined;
  const windowStart = Math.max(0, postcodeStart - 110);
  const before = text.slice(windowStart, postcodeStart);
  const street = STREET_FIRST.exec(before);
  // A street's kind and a number with it: "Via Maqueda, 90134 Palermo" without one is a street and a town.
  if (street && (street[1] || street[2])) {
    const town = TOWN_AFTER.exec(text.slice(postcodeEnd, postcodeEnd + 60));
    if (!town) return undefined;
    return { start: windowStart + street.index, end: postcodeEnd + town[0].length };
  }
  const numberFirst = NUMBER_FIRST.exec(before);
  if (numberFirst && !/[\p{L}\d]/u.test(text.charAt(postcodeEnd)))
    return { start: windowStart + numberFirst.index, end: postcodeEnd };
  return undefined;
}
