/**
 * An item line of a receipt, a bill or an order: a quantity with its "x" first, the article, and its price at
 * the line's end ("2x Scholle Finkenwerder   49,80", "1 × Club Sandwich  £8.50"). What stands between the
 * quantity and the price is an article sold so many times, a dish or a product named after a place or a
 * person ("Eggs Benedict", "Pizza Margherita"), not someone the receipt is about.
 *
 * Cost: the line around a finding is read only when a digit and an "x" stand right before the finding.
 */

import { isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/** The quantity before the article, at the line's start: "2x ", "2 x ", "10× ". */
const QUANTITY_BEFORE = /(?:^|\n)[ \t]*\d{1,3}[ \t]?[x×][ \t]+$/;
/** The price at the line's end, after blanks: "49,80", "€ 8.50", "12,00 EUR", "8.50 A" (a VAT band's letter). */
const PRICE_AT_END =
  /^[^\n\d]{0,60}?[ \t]+(?:[€$£][ \t]?|EUR[ \t])?-?\d{1,6}[.,]\d{2}(?:[ \t]?(?:€|EUR|[A-D]))?[ \t]*(?:\r?\n|$)/;

/** Whether the finding is the article of such an item line. */
export function orderLineItem(text: string, start: number, end: number): boolean {
  const x = text.charCodeAt(start - 1) === 32 ? text[start - 2] : text[start - 1];
  if (x !== 'x' && x !== '×') return false;
  // "2x Anna Kowalski  49,80": a given name and a surname are a person even on an item line (tickets or seats
  // booked for someone); fail closed. Dishes named after a person are one name ("Pizza Margherita", "Eggs Benedict").
  if (givenNameFirst(text.slice(start, end))) return false;
  return (
    QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && PRICE_AT_END.test(text.slice(end, end + 90))
  );
}

/** Two words or more, the first a given name that is no common word. */
function givenNameFirst(value: string): boolean {
  const words = value.split(/[ \t]+/);
  const first = words[0];
  return words.length > 1 && isGivenName(first) && !isDictionaryWord(first) && !isEnglishWord(first);
}
