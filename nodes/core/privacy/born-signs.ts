import { birthDateAt, partialBirthDate } from './birth-dates.js';
import { isLetterChar } from './code-units.js';
import type { Entity } from './entities.js';

/**
 * Birth dates after the short signs for "born": the asterisk of German records and letters
 * ("Volkan Erdem, * 02.12.58") and English "b." ("Patient: Khanh Hoang, b. 03/11/60"). Only after a
 * name or a comma on the same line, never at a line's start, where "*" is a list bullet and "b." an
 * item letter ("* 02.12.2025 Teammeeting", "b. 12/03/2026 deadline"), unless the line goes on with a death's "†"
 * (an obituary's "* 12. April 1937   † 27. November 2026").
 */

/** Whether the sign at `at` follows a name ("Erdem *") or a comma, semicolon or bracket on its line. */
function afterNameOrComma(text: string, at: number): boolean {
  let before = at;
  if (text[before - 1] === ' ' || text[before - 1] === '\t') before--;
  const ch = text[before - 1];
  // A middle dot ("Friedelind · *12.04.1939") reads as "." in the normalised view.
  return (
    ch === ',' ||
    ch === ';' ||
    ch === '(' ||
    (ch === '.' && before < at) ||
    ch === '|' ||
    (before < at && isLetterChar(ch))
  );
}

/** Whether a death's sign "†" follows on the line, after blanks only (an obituary's dates: born, then died). */
function deathSignAfter(text: string, from: number): boolean {
  let i = from;
  while (
    i < text.length &&
    i < from + 12 &&
    (text[i] === ' ' || text[i] === '\t' || text[i] === ',' || text[i] === '-')
  )
    i++;
  return text[i] === '†';
}

/** The date right after the sign at `at` (one blank allowed between). */
function dateAfter(text: string, at: number, sign: number): Entity | undefined {
  let start = at + sign;
  if (text[start] === ' ' || text[start] === '\t') start++;
  const end = birthDateAt(text, start);
  if (end !== undefined) return { type: 'DATE_OF_BIRTH', start, end, score: 0.9 };
  // "(* ca. 1846)", "Jory Pascoe, b. about 1798": a year only, when an "about" says it is a birth's estimate.
  return partialBirthDate(text, at + sign, true);
}

/**
 * A birth year alone after the sign, as family trees give it ("Sipke Hettema, * 1889 Harlingen, † 1961",
 * "Generation 2: Ana Rua, b. 1931, emigrated"): after a name or a comma only (see afterNameOrComma), the year
 * not followed by a month or day ("1931-05"), and not a month's. An asterisk's year only with a death's "†" later
 * on the line (a family tree's life dates): "Umsatz * 2024, Kosten * 2019" multiplies.
 */
function yearAfter(text: string, at: number, sign: number): Entity | undefined {
  const found = partialBirthDate(text, at + sign);
  if (!found || found.end - found.start !== 4) return undefined;
  return sign === 2 || deathSignOnLine(text, found.end) ? found : undefined;
}

/** Whether a death's "†" follows on the line within 80 characters (a bounded look). */
function deathSignOnLine(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 80 && text[i] !== '\n'; i++) if (text[i] === '†') return true;
  return false;
}

/** Signs found with indexOf: they are rare, and a pattern over the whole text cost more than the rest of this detector. */
export function bornSigns(text: string): Entity[] {
  const out: Entity[] = [];
  for (const [sign, length] of [
    ['*', 1],
    ['b.', 2],
  ] as const)
    for (let at = text.indexOf(sign); at !== -1; at = text.indexOf(sign, at + length)) {
      if (sign === 'b.' && isLetterChar(text[at - 1])) continue;
      const afterName = afterNameOrComma(text, at);
      if (!afterName && sign === 'b.') continue;
      const found = dateAfter(text, at, length) ?? (afterName ? yearAfter(text, at, length) : undefined);
      // At a line's start "*" is a bullet, unless a death's "†" follows on the line: an obituary's "* 12. April 1937   † 27. November 2026".
      if (found && (afterName || deathSignAfter(text, found.end))) out.push(found);
    }
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const found = bracketedAfterKin(text, at) ?? bracketedLifespan(text, at);
    if (found) out.push(found);
  }
  inscriptionLifespans(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** A dash between two dates of a life span ("1945-11-03 – 2025-08-30", "11.4.1947 - 20.9.2025"). */
const SPAN_DASH = /[ \t]*[–—-][ \t]*/y;
/** The years a span must cover at least to be a life's, not a lease's or a contract's ("01.01.2025 – 31.12.2025"). */
const LIFE_YEARS = 15;
const yearOf = (date: string) => Number(/(?:1[6-9]|20)\d\d(?!.*(?:1[6-9]|20)\d\d)/.exec(date)?.[0] ?? NaN);

/**
 * The end of a life span's first date at `start`: two full dates joined by a dash, the second at least LIFE_YEARS
 * later. The first of them is the birth date (the second is the death's, which is never a value).
 */
function lifespanAt(text: string, start: number): number | undefined {
  const end = birthDateAt(text, start);
  if (end === undefined) return undefined;
  SPAN_DASH.lastIndex = end;
  if (!SPAN_DASH.test(text)) return undefined;
  const second = SPAN_DASH.lastIndex;
  const secondEnd = birthDateAt(text, second);
  if (secondEnd === undefined) return undefined;
  const years = yearOf(text.slice(second, secondEnd)) - yearOf(text.slice(start, end));
  return years >= LIFE_YEARS ? end : undefined;
}

/**
 * A person's life span in brackets after their name: "Nachlassverzeichnis Runa Vester (1945-11-03 – 2025-08-30)".
 * A capitalised word must stand right before the bracket (a firm's "Laufzeit (01.01.1990 – 31.12.2025)" has none
 * and, being a name's, reads as a person's anyway: fail closed).
 */
function bracketedLifespan(text: string, at: number): Entity | undefined {
  if (!/\p{Lu}[\p{Ll}\p{M}'-]+[ \t]$/u.test(text.slice(Math.max(0, at - 40), at))) return undefined;
  const start = text[at + 1] === ' ' ? at + 2 : at + 1;
  const end = lifespanAt(text, start);
  return end === undefined ? undefined : { type: 'DATE_OF_BIRTH', start, end, score: 0.85 };
}

/**
 * A life span alone on its line, as a headstone's inscription or an obituary's heading gives it under the name
 * ("HELGA RAUTER\n  11.4.1947 – 20.9.2025", "MARCH 3, 1946 – SEPTEMBER 9, 2025"): the first date is the birth's.
 * One look at each line's start (linear).
 */
function inscriptionLifespans(text: string, out: Entity[]): void {
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    while (start < lineEnd && (text[start] === ' ' || text[start] === '\t')) start++;
    const first = text.charCodeAt(start);
    // A date opens with a digit or a month's capital.
    if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90)) {
      const end = lifespanAt(text, start);
      if (end !== undefined && /^[^\n]*?\d[ \t\r]*$/.test(text.slice(end, lineEnd)))
        out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.85 });
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * A child or relative, or the writer, named with a date in brackets: "für meine Tochter Rojîn Zêbarî
 * (03.06.2014)", "my son Tom (12/04/2015)", "ich (Yonatan Gebremariam, 1994-09-21) bräuchte": what
 * the brackets give for a person is the birth date. Not for any other bracketed date ("Termin
 * (03.06.2026)", "invoice (12/04/2025)"): the kin word or "ich"/"I" must stand before, on the line.
 */
function bracketedAfterKin(text: string, at: number): Entity | undefined {
  let start = at + 1;
  const inside = NAME_IN_BRACKETS.exec(text.slice(start, start + 60));
  if (inside) start += inside[0].length;
  else while (text[start] === ' ') start++;
  const end = birthDateAt(text, start);
  if (end === undefined || !/^ ?\)/.test(text.slice(end, end + 2))) return undefined;
  // At most 50 characters back, and not past the line's start (a bounded look: brackets on a long line stay linear).
  const window = text.slice(Math.max(0, at - 50), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return (inside ? SELF_BEFORE : KIN_BEFORE).test(before)
    ? { type: 'DATE_OF_BIRTH', start, end, score: 0.85 }
    : undefined;
}
/** A name and a comma opening the brackets ("( Yonatan Gebremariam, "); no g or y flag, so no state between calls. */
const NAME_IN_BRACKETS = /^ ?(?:\p{Lu}[\p{L}'-]*[ \t]+){0,3}\p{Lu}[\p{L}'-]*, ?/u;
/** Kin words, then at most four words (the name) before the bracket. */
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:tochter|sohn|kind|kinder|enkel|enkelin|neffe|nichte|daughter|son|child|grandson|granddaughter|nephew|niece|baby|verstorbene[rn]?|erblasser(?:in)?|deceased|the late|testat(?:or|rix))(?:[ \t]+[\p{L}'.-]+){1,4}[ \t]*$/iu;
/** The writer introducing themselves: "ich (Name, date)", "I (Name, date)". */
const SELF_BEFORE = /(?:^|[^\p{L}])(?:ich|I)[ \t]*$/u;
