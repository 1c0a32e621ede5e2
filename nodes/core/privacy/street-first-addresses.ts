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

/**
 * The street's name first, its kind AFTER the name, then the house number: Hungarian "Petőfi Sándor utca 41,
 * 4400 Nyíregyháza" (four-digit postcode), Croatian "Vinogradska ulica 8, 43000 Bjelovar" (five), Czech and
 * Slovak "Husova třída 12, 370 01 České Budějovice" (three and two).
 */
const KIND_AFTER_NAME = new RegExp(
  `(?<![\\p{L}\\d])\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}[ \\t]+` +
    `(?:utca|u\\.|út|útja|tér|köz|körút|sor|sétány|ulica|ul\\.|cesta|trg|put|obala|ulice|náměstí|nám\\.|třída|nábřeží|námestie)` +
    `[ \\t]+\\d{1,4}(?:[/-]\\d{1,4})?[A-Za-z]?,[ \\t]*$`,
  'u',
);
/**
 * A Czech or Slovak street written without a kind ("Návesní 1187, 588 56 Telč", the word is an adjective): one
 * word and a number are also a product and a count, so only after an address cue on the line ("Hof:", "reached
 * at", "bytem") or a person's name and a comma.
 */
const CZECH_BARE_STREET =
  /(?:(?:^|[^\p{L}])(?:[Hh]of|[Aa]dresse|[Aa]nschrift|[Aa]ddress|[Ww]ohnhaft|[Bb]ytem|[Bb]ydliště|[Aa]dresa|(?:reached|lives|living|resides|wohnt)[ \t]+(?:at|in))[ \t]*:?|\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+,)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+\d{1,4}(?:\/\d{1,4})?[a-z]?,[ \t]*)$/u;
/**
 * A Korean road name address, the road ("-gil", "-ro", "-daero") and building number first, then the county and
 * province, the five-digit postcode last ("Hanu-gil 110, Pyeongchang-gun, Gangwon 25352").
 */
const KOREAN_ROAD =
  /(?<![\p{L}\d])\p{Lu}[\p{L}]*(?:-\p{L}+)*-(?:gil|ro|daero)[ \t]+\d{1,4}(?:-\d{1,4})?(?:,[ \t]*\p{Lu}[\p{L} -]{1,30}){1,3}[ \t]+$/u;

/**
 * A Ghanaian address: the house, the street, the town, then the Ghana Post GPS digital address (two letters of
 * region and district, three or four digits, four digits: "House 82, Ring Road Central, Accra GA-123-4567",
 * "House No. 14, Liberation Road, Tamale, GPS NT-0037-4629"). Read from its last four digits, the code's region
 * and area before them; the house word and the street are the evidence (a digital address alone is also a
 * parcel's or a firm's).
 */
const GHANA_ADDRESS =
  /(?<![\p{L}\d])(?:House|Hse\.?|Plot|Flat)(?:[ \t]+No\.?)?[ \t]+\d{1,4}[A-Za-z]?,[ \t]*\p{Lu}[^\n\\,;:()"]{1,40}(?:,[ \t]*|[ \t]*(?:\\n|\n)[ \t]*)\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?,?[ \t]+(?:GPS:?[ \t]+)?[A-Z]{2}-\d{3,4}-$/u;

function ghanaianAt(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
): { start: number; end: number } | undefined {
  // Cheap pre-check: the last part of a digital address follows a dash and is four digits.
  if (text.charCodeAt(postcodeStart - 1) !== 45 || postcodeEnd - postcodeStart !== 4) return undefined;
  if (/[\p{L}\d]/u.test(text.charAt(postcodeEnd))) return undefined;
  const windowStart = Math.max(0, postcodeStart - 110);
  const m = GHANA_ADDRESS.exec(text.slice(windowStart, postcodeStart));
  return m ? { start: windowStart + m.index, end: postcodeEnd } : undefined;
}

/** The address ending in the postcode text[postcodeStart, postcodeEnd) read by one of the shapes, if any. */
export function streetFirstAt(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
): { start: number; end: number } | undefined {
  const kindAfter = kindAfterNameAt(text, postcodeStart, postcodeEnd);
  if (kindAfter) return kindAfter;
  const ghanaian = ghanaianAt(text, postcodeStart, postcodeEnd);
  if (ghanaian) return ghanaian;
  const layout = countryLayoutAt(text, postcodeStart, postcodeEnd);
  if (layout) return layout;
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

/** The kind-after-name, Czech bare-street and Korean shapes ending in the postcode, if any. */
function kindAfterNameAt(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
): { start: number; end: number } | undefined {
  const postcode = text.slice(postcodeStart, postcodeEnd);
  if (/\d/.test(text.charAt(postcodeEnd)) || /\d/.test(text.charAt(postcodeStart - 1))) return undefined;
  const windowStart = Math.max(0, postcodeStart - 110);
  const before = text.slice(windowStart, postcodeStart);
  if (/^\d{5}$/.test(postcode)) {
    const korean = KOREAN_ROAD.exec(before);
    if (korean && !/[\p{L}\d]/u.test(text.charAt(postcodeEnd)))
      return { start: windowStart + korean.index, end: postcodeEnd };
  }
  if (!/^(?:\d{4}|\d{5}|\d{3} \d{2})$/.test(postcode)) return undefined;
  const town = TOWN_AFTER.exec(text.slice(postcodeEnd, postcodeEnd + 60));
  if (!town) return undefined;
  const street = KIND_AFTER_NAME.exec(before);
  if (street) return { start: windowStart + street.index, end: postcodeEnd + town[0].length };
  const bare = postcode.length === 6 ? CZECH_BARE_STREET.exec(before) : null;
  if (bare) return { start: postcodeStart - bare[1].length, end: postcodeEnd + town[0].length };
  return undefined;
}

/**
 * A postcode with its country's prefix, as Luxembourg, Lithuania and Latvia write it ("L-2714", "LT-01103",
 * "LV-1050"), after the street: Luxembourg's house number first with a comma ("8, Rue du Fort Wallis"),
 * Lithuania's and Latvia's street name, its kind after it and the number ("Gedimino pr. 93", "Brīvības iela
 * 51"). The prefix alone is a product's code too ("L-2714"): the street and number before it are the evidence.
 */
const PREFIXED_POSTCODE_BEFORE = /(?<![\p{L}\d-])(L|LT|LV)-$/u;
const PREFIX_DIGITS: Record<string, number> = { L: 4, LT: 5, LV: 4 };
/** A word of a Luxembourg street's name: a capital's word ("Grand-Rue"), a particle, or "l’Alzette". */
const LU_WORD = `(?:(?:[ld]['’])?\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLE})`;
const LUXEMBOURG_STREET = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,4}[A-Za-z]?,[ \\t]*${LU_WORD}(?:[ \\t]+${LU_WORD}){0,5},[ \\t]*$`,
  'u',
);
const BALTIC_STREET =
  /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:pr\.|prospektas|al\.|alėja|g\.|gatvė|pl\.|aikštė|iela|gatve|bulvāris|bulv\.|prospekts|laukums|dambis)[ \t]+\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?,[ \t]*$/u;
/** Malaysian streets: "Jalan", "Lebuh", "Lorong", "Persiaran" before the name, the number first ("135, Jalan Ampang, 50450 …"). */
const MALAY_STREET =
  /(?<![\p{L}\d])(?:No\.?[ \t]*)?\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t]+(?:Jalan|Jln\.?|Lebuh|Lorong|Lrg\.?|Persiaran|Lebuhraya|Tingkat)[ \t]+[\p{Lu}\d][\p{L}\d'’/.-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d'’/.-]*){0,3},[ \t]*$/u;
/**
 * Colombian nomenclature: the way's kind and number or name, "#", the crossing way's number and the distance
 * ("Carrera 43A # 18-44", "Avenida Roosevelt # 94-24"), the town, the six-digit postcode after it.
 */
const COLOMBIAN_STREET =
  /(?<![\p{L}\d])(?:Calle|Carrera|Cra\.|Kra\.|Cl\.|Avenida|Av\.|Diagonal|Dg\.|Transversal|Tv\.)[ \t]+[\p{Lu}\d][\p{L}\d]*(?:[ \t]+(?:Bis|Sur|[\p{Lu}][\p{L}]*)){0,3}[ \t]*(?:#|No\.?|N[º°])[ \t]*\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3}(?:,[ \t]*\p{Lu}[^\n,;:()#]{1,30}){1,2}[ \t]$/u;
/** A Thai street: the house number, the road's name, "Soi" and the lane ("88 Sukhumvit Soi 31"), or "Thanon" and the road, the town before the postcode. */
const THAI_STREET =
  /(?<![\p{L}\d])\d{1,4}(?:\/\d{1,4})?[ \t]+(?:\p{Lu}\p{L}*[ \t]+){0,2}(?:Soi|Thanon|Th\.|Moo)[ \t]+[\p{Lu}\d][\p{L}\d]*(?:[ \t]+[\p{Lu}\d][\p{L}\d]*){0,2}(?:,[ \t]*\p{Lu}[^\n,;:()]{1,30}){1,2}[ \t]$/u;
/**
 * East African plots and houses: "Plot 12, Uhuru Street, Dar es Salaam 11101", "House 418, Africa Avenue,
 * Addis Ababa 1000": the plot's or house's number, a named street, the town, the postcode after it.
 */
const PLOT_STREET =
  /(?<![\p{L}\d])(?:Plot|House|Flat|Stand)(?:[ \t]+No\.?)?[ \t]+\d{1,5}[A-Za-z]?,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+(?:Street|Avenue|Road|Lane|Drive|Highway|Way|St\.|Ave\.|Rd\.)(?:,[ \t]*\p{Lu}[^\n,;:()]{1,30}){1,2}[ \t]$/u;

/**
 * Maltese addresses: "Triq" (street), "Pjazza", "Sqaq" (alley) or "Vjal" (avenue) and the name, often with an
 * article joined by a hyphen ("Triq il-Kbira 64"), the house number, the locality ("San Pawl il-Baħar") and
 * MaltaPost's postcode of three letters and four digits ("MST 1010"); `before` ends at its digits.
 */
const MALTESE_STREET =
  /(?<![\p{L}\d])(?:Triq|Pjazza|Sqaq|Vjal)[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+(?:[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+){0,3}[ \t]+\d{1,4}[A-Za-z]?,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+){0,3}[ \t]+[A-Z]{3}[ \t]$/u;
/**
 * The same written with the house number first, as English-language Maltese forms do ("15 Triq il-Kbira,
 * Birkirkara BKR 1402"): the number, the street's word and name, a comma, the locality, the postcode's letters.
 */
const MALTESE_NUMBER_FIRST =
  /(?<![\p{L}\d])\d{1,4}[A-Za-z]?,?[ \t]+(?:Triq|Pjazza|Sqaq|Vjal)[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+(?:[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+){0,3},[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:[\p{Ll}]{1,4}-)?[\p{L}'’-]+){0,3}[ \t]+[A-Z]{3}[ \t]$/u;
/**
 * Gulf addresses, which have no street postcode: the villa, flat or building and its number, the street, the
 * emirate's or city's name and the post office box ("Villa 97, Jumeirah Beach Road, Dubai P.O. Box 213842");
 * `before` ends at the box's digits. The villa's or flat's number is the evidence that it is a home.
 */
const GULF_STREET =
  /(?<![\p{L}\d])(?:Villa|Flat|Apartment|Apt\.?|House|Building|Bldg\.?)[ \t]+\d{1,5}[A-Za-z]?(?:,[ \t]*\p{Lu}[^\n,;:()"]{1,40}){1,2},?[ \t]+\p{Lu}[\p{L} -]{1,25}[ \t]+P\.?[ \t]?O\.?[ \t]+Box[ \t]+$/u;
/**
 * Indian addresses: the flat's, house's or plot's number, the block or layout and the locality, the city and the
 * six-digit PIN ("Flat 111, Koramangala 5th Block, Bengaluru 560095").
 */
const INDIAN_STREET =
  /(?<![\p{L}\d])(?:Flat|House|Plot|Door)(?:[ \t]+No\.?)?[ \t]+\d{1,5}[A-Za-z]?(?:,[ \t]*[\p{Lu}\d][^\n,;:()"]{1,40}){2,3}[ \t]$/u;

/** Malta, the Gulf states and India: shapes whose postcode (or post office box) is no plain digit run. */
function lettersOrBoxLayoutAt(before: string, postcodeStart: number, digits: number): number | undefined {
  const windowStart = postcodeStart - before.length;
  const street =
    digits === 4
      ? (MALTESE_STREET.exec(before) ?? MALTESE_NUMBER_FIRST.exec(before))
      : digits === 6
        ? INDIAN_STREET.exec(before)
        : null;
  if (street) return windowStart + street.index;
  const gulf = GULF_STREET.exec(before);
  return gulf ? windowStart + gulf.index : undefined;
}

/** The shapes of Luxembourg, Lithuania, Latvia, Belgium, Colombia, Malaysia, Thailand and East Africa ending in the postcode. */
function countryLayoutAt(
  text: string,
  postcodeStart: number,
  postcodeEnd: number,
): { start: number; end: number } | undefined {
  if (/[\p{L}\d]/u.test(text.charAt(postcodeEnd))) return undefined;
  const digits = postcodeEnd - postcodeStart;
  if (!/^\d+$/.test(text.slice(postcodeStart, postcodeEnd))) return undefined;
  const windowStart = Math.max(0, postcodeStart - 110);
  const before = text.slice(windowStart, postcodeStart);
  const town = TOWN_AFTER.exec(text.slice(postcodeEnd, postcodeEnd + 60));
  const lettersOrBox = lettersOrBoxLayoutAt(before, postcodeStart, digits);
  if (lettersOrBox !== undefined) return { start: lettersOrBox, end: postcodeEnd };
  const prefix = PREFIXED_POSTCODE_BEFORE.exec(before);
  if (prefix) {
    if (PREFIX_DIGITS[prefix[1]] !== digits || !town) return undefined;
    const streetPart = before.slice(0, prefix.index);
    const street = LUXEMBOURG_STREET.exec(streetPart) ?? BALTIC_STREET.exec(streetPart);
    return street ? { start: windowStart + street.index, end: postcodeEnd + town[0].length } : undefined;
  }
  // Belgium's and Luxembourg's kind-first street with its number after the name and a four-digit postcode ("Rue de la Station 4, 4700 Eupen").
  if (digits === 4 && town) {
    const street = STREET_FIRST.exec(before);
    if (street && street[2] && !street[1])
      return { start: windowStart + street.index, end: postcodeEnd + town[0].length };
  }
  if (digits === 5 && town) {
    const street = MALAY_STREET.exec(before);
    if (street) return { start: windowStart + street.index, end: postcodeEnd + town[0].length };
  }
  // The postcode after the town (Colombia six digits, Thailand and Tanzania five, Ethiopia four): the value's
  // or the line's end follows it, checked above.
  const street =
    digits === 6
      ? COLOMBIAN_STREET.exec(before)
      : digits === 5
        ? (THAI_STREET.exec(before) ?? PLOT_STREET.exec(before))
        : digits === 4
          ? PLOT_STREET.exec(before)
          : null;
  return street ? { start: windowStart + street.index, end: postcodeEnd } : undefined;
}
