import { grouped, iban, icaoCheck, luhn, taxCheck } from './values.js';

/** Checksum values for the hand-written documents, computed from hand-picked bodies. */
export const ib = (country: string, bban: string, spaced = true): string =>
  spaced ? grouped(iban(country, bban)) : iban(country, bban);
/** A Steuer-ID from ten hand-picked digits (one digit twice). */
export const tax = (ten: string): string => ten + String(taxCheck(ten));
/** An ICAO 9303 document number from nine hand-picked characters. */
export const doc = (nine: string): string => nine + String(icaoCheck(nine));
export const card = (body: string): string =>
  luhn(body)
    .replace(/(.{4})/g, '$1 ')
    .trim();
