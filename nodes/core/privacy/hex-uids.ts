/**
 * A hex uid whose first characters are digits ("04363462601C79" in a transponder register, "Tracker: 0455366162D7A4",
 * "uid = 0431222807BFB6"): the digit run that opens the token continues into hex letters and digits with no separator,
 * so it is no number of its own. A phone number's digits end the token or are followed by a separator; a phone run
 * into a word ("01711234567x", "0171 1234567ext") keeps its reading, as does one with blanks or dots between its
 * groups ("+49 171 1234567a": only an unbroken run is a token's head).
 * Review 44: a uid is whole bytes (an even count of hex characters) and its hex tail holds a digit ("C79", "D7A4",
 * "BFB6", "E8"); a phone with a letter suffix ("01712345678AB", "015112345678ABC", "0171234567ABCD") has neither
 * for certain and keeps its number.
 */
const HEX_TAIL = /[0-9A-Fa-f]+(?![0-9A-Za-z_])/y;
const LETTER_OR_DIGIT = /[0-9A-Za-z]/;

/** Whether the unbroken digit run `start`–`end` (`digits` of them) opens a hex token that goes on after it. */
export function opensHexToken(text: string, start: number, end: number, digits: number): boolean {
  if (end - start !== digits || !/[A-Fa-f]/.test(text[end] ?? '')) return false;
  // The token starts with the run: letters before it make it a word's tail ("Tel0171…") or another token.
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return false;
  HEX_TAIL.lastIndex = end;
  if (!HEX_TAIL.test(text)) return false;
  // One case throughout, as uids are printed ("…C79", "…bfb6"), not a word ("…Ab").
  const tail = text.slice(end, HEX_TAIL.lastIndex);
  if ((HEX_TAIL.lastIndex - start) % 2 !== 0 || !/\d/.test(tail)) return false;
  return tail === tail.toUpperCase() || tail === tail.toLowerCase();
}
