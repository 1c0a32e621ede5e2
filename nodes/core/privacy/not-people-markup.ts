import type { Entity } from './entities.js';
import { isKnownName } from './name-list.js';

/**
 * Capitalised words that machine formats write and no person is called: a font in a style sheet
 * ("font-family:Arial,sans-serif"), a browser engine in a user agent ("(KHTML, like Gecko)"), a placeholder's
 * part in an identifier ("TEST_NAME"), a date header's weekday and month ("Sun Mar 23 15:39:34 2025"), an
 * abbreviation in capitals ("durch MSP"), a Jupyter notebook's kernel ("display_name": "Python 3 (ipykernel)" under
 * "kernelspec"), code's identifiers in lower case (a printed dict's key `'iban':`, a plot's `xlabel='loan_date'`, a
 * call `len(third)`), a lower-case label of a URL's host (`postgresql://analyse@db.city-lib.example/`).
 * Each test reads a few characters around the finding.
 */
export function markupNoPerson(text: string, e: Entity, value: string): boolean {
  if (WEEKDAY_MONTH.test(value)) return true;
  const oneWord = !/[ \t\n]/.test(value);
  if (oneWord && ALL_CAPS.test(value)) {
    // "TEST_NAME", "DEMO_CITY": joined by "_" to another word in capitals, an identifier.
    if (text[e.end] === '_' || text[e.start - 1] === '_') return true;
    // An abbreviation in capitals, no known name written in capitals ("durch MSP", "by SMS"; not "ANNA").
    // Only in running text, after a word in lower case: a form's or a table's value in capitals ("Vornamen: HOTARU",
    // "| AUDUN |"), initials ("- CP: …") and a name beside another in capitals ("[VUYO MJOLI]") are left alone.
    if (
      value.length >= 3 &&
      value.length <= 6 &&
      LOWER_WORD_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
      !CAPITAL_WORD_AFTER.test(text.slice(e.end, e.end + 3)) &&
      !isKnownName(value[0] + value.slice(1).toLowerCase())
    )
      return true;
  }
  const before = text.slice(Math.max(0, e.start - 60), e.start);
  if (FONT_BEFORE.test(before)) return true;
  if (oneWord && codeIdentifier(text, e, value)) return true;
  if (DISPLAY_NAME_BEFORE.test(before) && insideKernelSpec(text, e.start)) return true;
  if (oneWord && LOWER_WORD.test(value) && inUrlHost(text, e.start, e.end)) return true;
  if (text.startsWith(', like Gecko', e.end) && before.endsWith('(')) return true;
  return false;
}

const WEEKDAY_MONTH = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
const ALL_CAPS = /^[A-Z]{2,}$/;
const CAPITAL_WORD_AFTER = /^[ \t]+[A-Z]{2}/;
const LOWER_WORD_BEFORE = /[a-zäöüß]{2}[ \t]$/;
/** A style's font list up to the finding: "font-family:", "font-family: 'Segoe UI', " (quoted-printable "=3D" allowed). */
const FONT_BEFORE = /font(?:-family)?[ \t]*:[ \t]*(?:[^;:<>"\n]*,[ \t]*)?['"]?$/i;

/** A lower-case identifier, a quote before it allowed: "'iban", "len", "loan". */
const LOWER_IDENTIFIER = /^['"]?\p{Ll}[\p{Ll}\d_]*$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\d-]*$/u;
/**
 * Code's identifiers in lower case: a quoted key or column before its closing quote and ":" or its identifier's
 * "_" (`{'iban': …}`, `xlabel='loan_date'`), a function called with no blank before "(" and no number inside
 * (`len(third)`; "anna (32)", "anna(32)" stay). A dict keyed by names written capitalised ({'Ana Ruiz': 3}) stays.
 */
function codeIdentifier(text: string, e: Entity, value: string): boolean {
  if (!LOWER_IDENTIFIER.test(value)) return false;
  const after = text[e.end];
  const quote = value[0];
  if (quote === "'" || quote === '"') {
    if (after === '_') return true;
    return after === quote && text[e.end + 1] === ':';
  }
  return after === '(' && /[\p{L}_)'"[]/u.test(text[e.end + 1] ?? '');
}

/** A kernel's name right after its key: `"display_name": "`. */
const DISPLAY_NAME_BEFORE = /"display_name"[ \t]*:[ \t]*"$/;
/** The key of a notebook's kernel object (nbformat 4 metadata). */
const KERNEL_SPEC = /"kernelspec"[ \t]*:[ \t]*\{[^{}]*$/;
/** Whether `at` lies in a notebook's "kernelspec" object: the key and its "{" shortly before, not closed. */
const insideKernelSpec = (text: string, at: number) => KERNEL_SPEC.test(text.slice(Math.max(0, at - 200), at));

/**
 * Whether start..end lies in a URL's host (`scheme://[user@]host…`): the characters back to "://" are a user and
 * a host's, and the host goes on with "." or "-" after it. Bounded: the host is read back 100 characters.
 */
const HOST_BEFORE = /:\/\/(?:[\w.%+-]*@)?[\w.-]*$/;
function inUrlHost(text: string, start: number, end: number): boolean {
  const next = text[end];
  if (next !== '.' && next !== '-') return false;
  return HOST_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}
