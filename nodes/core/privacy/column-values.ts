import { deTaxIdValid, icaoCheckDigit } from './checksums.js';
import { wholeBirthDate } from './birth-dates.js';
import { phoneCell } from './phone-columns.js';

/**
 * Values of a spreadsheet column known by its heading, as an export writes them: a date of birth whose number
 * format was lost stands as a serial number (days since 1899-12-30: 32874 is 1990-01-01), a German tax id or a
 * passport number stands alone in its cell, far from any word that names it. Shared by delimited tables
 * (tables.ts) and cell dumps (cell-dumps.ts); the heading decides, the value's own shape and checksum confirm.
 */

/** Headings of a German tax id column ("Steuer-ID", "IdNr", "Tax ID", "TIN"); the value's checksum decides. */
export const TAX_ID_COLUMN =
  /^(?:steuer[ _-]?(?:id|idnr\.?|identifikationsnummer|nummer|nr\.?)|(?:steuerliche[ _-]?)?identifikationsnummer|id[ _-]?nr\.?|tax[ _-]?(?:id|identification)(?:[ _-]?(?:no\.?|number|nr\.?))?|tin)$/i;
/** Headings of a passport or ID card column ("Passport", "Reisepass-Nr.", "Personalausweis", "ID card no."). */
export const ID_DOCUMENT_COLUMN =
  /^(?:passport(?:[ _-]?(?:no\.?|number|nr\.?|id))?|(?:reise)?pass[ _-]?(?:nr\.?|nummer)|reisepass|(?:personal)?ausweis(?:[ _-]?(?:nr\.?|nummer))?|id[ _-]?card(?:[ _-]?(?:no\.?|number))?)$/i;

export type ColumnValueKind = 'DATE_OF_BIRTH' | 'PHONE_NUMBER' | 'DE_TAX_ID' | 'ID_DOCUMENT';

/** A country mark after a heading ("Tax ID (DE)", "Passport (UK)"): the heading names the same column. */
export const withoutCountryMark = (heading: string) => heading.replace(/[ \t]*\([A-Z]{2,3}\)$/, '');

/** Days from the spreadsheet epoch (1899-12-30) to 1970-01-01. */
const EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;
/**
 * Whether `value` is a spreadsheet serial number of a date a person aged 14 to 100 in `latestYear` was born on.
 * Whole numbers only: an amount with decimals or a longer id is none.
 */
export function serialBirthDate(value: string, latestYear: number): boolean {
  if (!/^\d{4,5}$/.test(value)) return false;
  const year = new Date((Number(value) - EPOCH_OFFSET) * DAY_MS).getUTCFullYear();
  const age = latestYear - year;
  return age >= 14 && age <= 100;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/**
 * The latest year a text names (its date, as near as it tells), and at least this year: a sheet of birth dates
 * only names no later year than its youngest person's birth, and its serial numbers are read as of today.
 */
export function latestYearOf(text: string): number {
  let latest = new Date().getUTCFullYear();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) latest = Math.max(latest, Number(m[0]));
  return latest;
}

const ID_DOCUMENT_VALUE = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d$/;
/** The type of a German passport or ID card number standing alone in a cell, its check digit right; or undefined. */
export function idDocumentCell(value: string): 'DE_PASSPORT' | 'DE_ID_CARD' | undefined {
  if (!ID_DOCUMENT_VALUE.test(value) || icaoCheckDigit(value.slice(0, 9)) !== Number(value[9])) return undefined;
  return /^[CFGHJK]/.test(value) ? 'DE_PASSPORT' : 'DE_ID_CARD';
}

/** A German tax id alone in a cell, written in one block or in groups ("12 345 908 551"), its checksum right. */
export function taxIdCell(value: string): boolean {
  if (!/^\d[\d ./]{9,14}\d$/.test(value)) return false;
  const digits = value.replace(/[ ./]/g, '');
  return digits.length === 11 && deTaxIdValid(digits);
}

/** The type a cell's value is found as under a column of `kind`, or undefined when the value does not fit. */
export function columnValueType(
  kind: ColumnValueKind,
  value: string,
  latestYear: () => number,
): 'DATE_OF_BIRTH' | 'PHONE_NUMBER' | 'DE_TAX_ID' | 'DE_PASSPORT' | 'DE_ID_CARD' | undefined {
  switch (kind) {
    case 'DATE_OF_BIRTH':
      return wholeBirthDate(value) || serialBirthDate(value, latestYear()) ? kind : undefined;
    case 'PHONE_NUMBER':
      return phoneCell(value) ? kind : undefined;
    case 'DE_TAX_ID':
      return taxIdCell(value) ? kind : undefined;
    case 'ID_DOCUMENT':
      return idDocumentCell(value);
  }
}
