import { PHONE_COLUMN, phoneCell } from './phone-columns.js';

/**
 * The phone column of a fixed-width export of people ("KDNR  NAME  GEBDAT  TELEFON  ADRESSE" over
 * "13001   KAYA, DENIZ   19880312  0171/2345678   AM MARKT 3 12345 STADT"). A legacy export writes
 * a number the way the system held it, with its blanks squeezed out: a slash after the area code
 * ("076/4519375"), a "00" or "+44(0)" prefix run into it ("004915112345678"), which the free-text
 * phone detector does not take for a number on its own. Under a phone heading, in a header that also
 * names a birth date or an address (a person's record, record-fields.ts), such a cell is the person's
 * number. The other columns' digits (a customer number, "19910408", a postcode, an amount) stand under
 * headings of their own and are never read here.
 */

/** A heading of a fixed-width header naming a phone column ("TELEFON", "TEL.NR", "PHONE", "MOBIL"). */
export const fixedPhoneHeading = (heading: string) => PHONE_COLUMN.test(heading.replace(/[.]+$/, ''));

/**
 * A phone number as such a column writes it: a trunk "0" or an international "00"/"+" prefix, or a
 * North American "(802)555-0136" / "802.555.0175", 7 to 15 digits (phone-columns.ts). A bare number
 * with no prefix (a customer number, a date "19910408") is no phone written by a system that holds
 * numbers dialable.
 */
const DIALLED_PREFIX = /^(?:\+\d|00?[1-9]|\(0?\d)/;
const NORTH_AMERICAN = /^\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}$/;
export const fixedPhoneValue = (value: string) =>
  value.length <= 24 && phoneCell(value) && (DIALLED_PREFIX.test(value) || NORTH_AMERICAN.test(value));
