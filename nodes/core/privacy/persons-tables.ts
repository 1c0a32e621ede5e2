import { wholeBirthDate } from './birth-dates.js';
import { icaoCheckDigit } from './checksums.js';
import type { Entity } from './entities.js';
import { BIRTH_DATE_COLUMN } from './tables.js';

/**
 * Persons' tables of travel and event offices: rooming lists and accreditation lists, tab- or
 * |-separated, a row per person ("DZ | KOWALCZYK/AGATA | 14.05.1979 | C4N7XPWRT6", "Okonkwo, Chidi |
 * Lights | 4 April 1988 | …"). In a row with a person's name written as a passport writes it
 * (SURNAME/GIVEN) or as a list sorts it (Surname, Given), a date under a birth-date heading is a date
 * of birth, and a document number (its ICAO check digit right) under a passport or ID heading is
 * that document's number. A heading reaches over page furniture (footer, form feed, the repeated
 * running header) to the rows on the next page. Without a heading, a date at least 14 years before
 * the document's latest year is a birth date, and a document number beside it the person's passport.
 * Travel dates, booking and seat codes under other headings, and rows without a person, stay.
 */

/** A passport's name field: SURNAME/GIVEN in capitals. */
const SLASHED_NAME = /^\p{Lu}[\p{Lu}\p{M}'’ -]*\p{Lu}\/\p{Lu}[\p{Lu}\p{M}'’ -]*\p{Lu}$/u;
/** A sorted list's name: "Surname, Given" (particles and double names inside). */
const SORTED_NAME =
  /^\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}?[\p{Ll}\p{M}'’]+)*, \p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+)*$/u;
/** A passport or ID card column's heading. */
const DOCUMENT_COLUMN =
  /^(?:reisepass(?:[ -]?(?:nr\.?|nummer))?|pass(?:[ -]?(?:nr\.?|nummer))|passport(?:[ -]?(?:no\.?|nr\.?|number|#))?|ausweis(?:[ -]?(?:nr\.?|nummer))?|personalausweis|id(?:[ -]?card)?(?:[ -]?(?:no\.?|nr\.?|number))?|(?:id|ausweis)\s*\/\s*(?:passport|pass|reisepass)|(?:passport|pass|reisepass)\s*\/\s*(?:id|ausweis)|dokument(?:en)?(?:[ -]?(?:nr\.?|nummer))?|document(?:[ -]?(?:no\.?|number))?|travel document|passeport|pasaporte|passaporto|paspoort|pas(?:[ -]?(?:nr\.?|nummer))?)$/i;
/** A German passport or ID card number: nine of the document alphabet and a check digit. */
const DOCUMENT_NUMBER = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d$/;
/** A line that is only a markdown table's rule ("|---|:--|"). */
const RULE_ROW = /^[\s|:-]+$/;
/** Page furniture between a table's pages: a footer line. */
const FOOTER_LINE =
  /^[ \t]*(?:(?:seite|page|pagina|página|side|sida|blatt)[ \t]+\d{1,4}(?:[ \t]*(?:von|of|di|de|af|av|van|\/)[ \t]*\d{1,4})?|[-–][ \t]*\d{1,4}[ \t]*[-–])[ \t]*$/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** Years between a birth date and the document's dates, at least (a child on a rooming list has none). */
const MIN_AGE = 14;
/** Longest line read as a table's row: longer ones are prose. */
const MAX_ROW = 2000;

type Kind = 'birth' | 'document' | 'other';
interface Cell {
  start: number;
  end: number;
  value: string;
}

/** The trimmed cells of a line split at tabs or bars (a markdown row's outer bars dropped); undefined for prose. */
function cellsOf(text: string, start: number, end: number): Cell[] | undefined {
  const line = text.slice(start, end);
  const delimiter = line.includes('\t') ? '\t' : line.includes('|') ? '|' : undefined;
  if (delimiter === undefined) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (;;) {
    const at = line.indexOf(delimiter, from);
    const to = at === -1 ? line.length : at;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(line[s])) s++;
    while (e > s && /\s/.test(line[e - 1])) e--;
    cells.push({ start: start + s, end: start + e, value: line.slice(s, e) });
    if (at === -1) break;
    from = at + 1;
  }
  if (delimiter === '|') {
    if (cells.length > 0 && cells[0].value === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1].value === '') cells.pop();
  }
  return cells.length >= 3 ? cells : undefined;
}

/** The four-digit year of a birth-date cell ("17.04.71" read as 1971 or 20xx before `latest`). */
function yearOf(value: string, latest: number): number | undefined {
  const four = /(?:19|20)\d{2}/.exec(value);
  if (four) return Number(four[0]);
  const two = /\D(\d{2})$/.exec(value);
  if (!two) return undefined;
  const y = Number(two[1]);
  return 2000 + y <= latest ? 2000 + y : 1900 + y;
}

const isPersonCell = (value: string) => SLASHED_NAME.test(value) || SORTED_NAME.test(value);

function documentNumber(value: string): boolean {
  return DOCUMENT_NUMBER.test(value) && icaoCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

export function personsTables(text: string): Entity[] {
  if (!text.includes('\t') && !text.includes('|')) return [];
  // The document's latest year: a birth date lies well before it.
  let latest = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) latest = Math.max(latest, Number(m[0]));
  // Lines seen more than once: running headers repeated on each page.
  const seen = new Map<string, number>();
  for (let s = 0; s <= text.length;) {
    const e = text.indexOf('\n', s);
    const end = e === -1 ? text.length : e;
    if (end - s <= 200) {
      const line = text.slice(s, end).replace(/^\f+/, '');
      if (line.trim() !== '') seen.set(line, (seen.get(line) ?? 0) + 1);
    }
    s = end + 1;
  }
  const out: Entity[] = [];
  let heading: { kinds: Kind[] } | undefined;
  for (let s = 0; s <= text.length;) {
    const e = text.indexOf('\n', s);
    const end = e === -1 ? text.length : e;
    const next = end + 1;
    const raw = text.slice(s, Math.min(end, s + 201)).replace(/^\f+/, '');
    const cells = end - s <= MAX_ROW ? cellsOf(text, s, end) : undefined;
    s = next;
    if (raw.trim() === '' || FOOTER_LINE.test(raw) || RULE_ROW.test(raw)) continue;
    if (cells === undefined) {
      // Prose ends a table; the repeated running header on the next page does not.
      if ((seen.get(raw) ?? 0) < 2) heading = undefined;
      continue;
    }
    const kinds = cells.map((c): Kind =>
      BIRTH_DATE_COLUMN.test(c.value) ? 'birth' : DOCUMENT_COLUMN.test(c.value) ? 'document' : 'other',
    );
    const person = cells.some((c) => isPersonCell(c.value));
    if (!person) {
      // A heading row, or a row of another table (its columns no person's): the rows below read by it.
      // The repeated running header on a page's top keeps the heading of the table it interrupts.
      if ((seen.get(raw) ?? 0) < 2 || kinds.some((k) => k !== 'other')) heading = { kinds };
      continue;
    }
    const headed = heading !== undefined && heading.kinds.length === cells.length ? heading.kinds : undefined;
    if (heading !== undefined && headed === undefined) heading = undefined;
    let birthInRow = false;
    const found: Entity[] = [];
    cells.forEach((c, i) => {
      if (!wholeBirthDate(c.value)) return;
      if (headed !== undefined) {
        if (headed[i] !== 'birth') return;
      } else {
        const year = yearOf(c.value, latest);
        if (year === undefined || latest === 0 || latest - year < MIN_AGE) return;
      }
      birthInRow = true;
      found.push({ type: 'DATE_OF_BIRTH', start: c.start, end: c.end, score: 0.9 });
    });
    cells.forEach((c, i) => {
      if (!documentNumber(c.value)) return;
      if (headed !== undefined ? headed[i] !== 'document' : !birthInRow) return;
      const type = /^[CFGHJK]/.test(c.value) ? ('DE_PASSPORT' as const) : ('DE_ID_CARD' as const);
      found.push({ type, start: c.start, end: c.end, score: 0.9 });
    });
    out.push(...found);
  }
  return out;
}
