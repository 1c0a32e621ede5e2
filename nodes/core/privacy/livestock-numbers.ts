/**
 * Livestock identifiers that phone parsers read as numbers to dial: an animal keeper's holding (register)
 * number, an animal's ear tag and a microchip's code. None is a person's phone number; a number written
 * right after a phone cue ("Tel.", "Handy:", "call") stays one, privacy first.
 *
 * - Holding number, Germany's ViehVerkV § 26 "Registriernummer": twelve digits, the Land (2), the Kreis (3),
 *   the Gemeinde (3-4) and the holding (3-4), written in those groups ("09 275 1180 114"). No phone
 *   number is grouped "0d ddd dddd ddd" (an area code is never just "0d" then a space and three digits
 *   more of twelve). After a holding cue ("Betrieb", "Betriebsnummer", "holding no", "CPH", "herd") any
 *   grouping of ten to fifteen digits is the holding's.
 * - Ear tag, Regulation (EU) 2019/2035 Annex II: the country's ISO letters, then up to twelve digits
 *   ("DE 09 731 44210", "DE 0912345678"): after two country letters and a blank, ten to twelve digits.
 * - Microchip, ISO 11784: fifteen digits in one run, the first three an ISO 3166 numeric country code
 *   ("276…", "826…", "040…") or a maker's code (900-999); UELN horse numbers are written the same.
 *   No national phone number has fifteen digits.
 */

/** Whether text[start, end), found as a phone number, is a livestock identifier instead. */
export function livestockNumberAt(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (raw.startsWith('+') || raw.startsWith('(')) return false;
  // The 40 characters before the number on its line, searched only that far (this runs for every number found: a
  // search back to the line's start is quadratic on one long line of numbers).
  const window = text.slice(Math.max(0, start - 40), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (PHONE_CUE_BEFORE.test(before)) return false;
  const digits = raw.replace(/\D/g, '').length;
  if (HOLDING_SHAPE.test(raw) && digits === 12) return true;
  // A trunk "0" and an area code of three to five digits as the first group ("030 12345678", "0911/4455667") is a
  // phone's written form: no holding number, ear tag or chip is grouped so (their first group is two digits).
  if (AREA_CODE_FIRST.test(raw)) return false;
  // "00" is the international call prefix ("004915112345678"): a chip's country code is never read so, privacy first.
  if (raw.startsWith('00') && !CHIP_CUE_BEFORE.test(before)) return false;
  if (MICROCHIP.test(raw) && !/\d/.test(text.charAt(end)) && !/\d/.test(text.charAt(start - 1))) return true;
  if (digits >= 10 && digits <= 12 && COUNTRY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
  return digits >= 10 && digits <= 15 && HOLDING_CUE_BEFORE.test(before);
}

/** A phone cue right before the number, on its line: the number stays a phone. */
const PHONE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:tel|telefon|phone|fon|fax|mobil|mobile|mob|handy|ruf|anruf|rückruf|call|ring|whatsapp|sms)\w*\.?[ \t]*(?:\([^)\n]{0,20}\)[ \t]*)?[:.]?[ \t]*(?:unter|on|at)?[ \t]*$/iu;
/** "09 275 1180 114", "03 459 2271 009": Land, Kreis, Gemeinde, holding. */
const HOLDING_SHAPE = /^\d{2} \d{3} \d{3,4} \d{3,4}$/;
/** Fifteen digits, a country's ISO 3166 numeric code (below 900) or a maker's code (900-999) first. */
const MICROCHIP = /^\d{15}$/;
/** An ear tag's country letters and a blank ("DE 09 731 44210"). */
const COUNTRY_BEFORE =
  /(?:^|[^A-Za-z])(?:DE|AT|CH|LI|LU|BE|NL|FR|IT|ES|PT|IE|UK|GB|DK|SE|FI|NO|PL|CZ|SK|HU|SI|HR|RO|BG|GR|EE|LV|LT|MT|CY) $/;
/** A holding's or an animal's register word just before the number ("Betrieb 09 114 0029 338", "CPH", "holding no"). */
const HOLDING_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:betrieb|betriebs-?(?:nummer|nr\.?)|registrier-?(?:nummer|nr\.?)|holding|herd|cph|ueln|transponder|chip|mikrochip|microchip|ohrmarke|ear[ -]?tag|lebensnummer)(?:[ \t]*(?:no\.?|nr\.?|number|nummer|#|id))?[ \t]*:?[ \t]*$/iu;
/** A trunk "0" and a three- to five-digit area code, then a separator ("030 1234567", "0911/445566", "04321-8877"). */
const AREA_CODE_FIRST = /^0\d{2,4}[ \t/-]/;
/** A chip's word just before the number ("Chip: 040…", "Transponder-Nr. 00…"). */
const CHIP_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:chip|mikrochip|microchip|transponder)(?:[ \t-]*(?:no\.?|nr\.?|number|nummer|#|id|code))?[ \t]*:?[ \t]*$/iu;
