/**
 * A phone column's heading and its cells, for tables read by their headings (CSV, Markdown, SpreadsheetML): under
 * "Phone", "Mobil", "MSISDN" a number is a phone number however it is written, without "+" or trunk "0" (Excel
 * drops the "+" of a Number cell: "491578174105"; Singapore writes "9334 9021"), which the free-text detector
 * cannot take for one.
 */
export const PHONE_COLUMN =
  /^(?:(?:mobile?|cell|home|work|private?|business|contact|direct)?[ _-]?(?:phone|tel\.?)(?:[ _-]?(?:no\.?|number|nr\.?))?|mobile?(?:[ _-]?(?:no\.?|number|nr\.?))?|cell(?:ular)?|telefon(?:nummer)?|mobil(?:nummer|telefon)?|handy(?:nummer)?|msisdn|rufnummer|festnetz|fax)$/i;

/** Digits, blanks, "+", "/", "-", dots and parentheses only, 7 to 15 digits, and no date ("12.03.1990"). */
export function phoneCell(value: string): boolean {
  if (!PHONE_VALUE.test(value) || DATE_LIKE.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7 && digits <= 15;
}
const PHONE_VALUE = /^\+?[\d ()/.-]+$/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
