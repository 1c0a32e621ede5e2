import type { Entity } from './entities.js';
import { birthDateAt, latestBirthYear } from './birth-dates.js';

/**
 * A person's record written as one comma-separated row, "Name, date, address" ("Applicant: Lotte Brandt,
 * 3.7.1989, Lindenweg 4, 24105 Kiel"; "Customer: Ada Moss, July 9, 1961, 12 Elm Road, Leeds"): the date between
 * the person's name and their home address is their date of birth, though no cue word says so. A register's
 * row, an applicant's or a screened customer's summary is written so; a payment's date after a payee
 * ("Zahlung an Anna Berg, 12.03.2025, 49,90 EUR") is followed by an amount, not an address, and is recent.
 * Privacy first the row is read by its shape alone, but only when the date lies far enough back (a person
 * of at least MIN_AGE years), so that a letter's or a transfer's date before an address is not taken.
 */
const MIN_AGE = 14;
/** The separator between the row's fields: a comma (or semicolon) and blanks. */
const FIELD_GAP = /[ \t]*[,;][ \t]*/y;
const YEAR = /(?:1[89]|20)\d{2}/;

export function birthDatesInPersonRows(text: string, found: Entity[]): Entity[] {
  const addressStarts = new Set<number>();
  for (const e of found) if (e.type === 'POSTAL_ADDRESS') addressStarts.add(e.start);
  if (addressStarts.size === 0) return [];
  const out: Entity[] = [];
  for (const person of found) {
    if (person.type !== 'PERSON') continue;
    const dateStart = gapEnd(text, person.end);
    if (dateStart === undefined) continue;
    const dateEnd = birthDateAt(text, dateStart);
    if (dateEnd === undefined) continue;
    const fieldStart = gapEnd(text, dateEnd);
    if (fieldStart === undefined || !addressFieldAt(text, fieldStart, addressStarts)) continue;
    const year = YEAR.exec(text.slice(dateStart, dateEnd));
    if (!year || Number(year[0]) > latestBirthYear() - MIN_AGE) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: dateStart, end: dateEnd, score: 0.85 });
  }
  return out;
}

/**
 * Whether the address starts the field at `at`, or right after a short word of its own the address finding leaves
 * out (Singapore's "Blk 133 Bedok North Road", "Apt 4B …").
 */
const LEAD_WORD = /[\p{L}.]{1,6}[ \t]+/uy;
function addressFieldAt(text: string, at: number, addressStarts: Set<number>): boolean {
  if (addressStarts.has(at)) return true;
  LEAD_WORD.lastIndex = at;
  return LEAD_WORD.test(text) && addressStarts.has(LEAD_WORD.lastIndex);
}

/** Where the next field starts after a field ending at `at`, if a field separator follows it. */
function gapEnd(text: string, at: number): number | undefined {
  FIELD_GAP.lastIndex = at;
  return FIELD_GAP.test(text) ? FIELD_GAP.lastIndex : undefined;
}
