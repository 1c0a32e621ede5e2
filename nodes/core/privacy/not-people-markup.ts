import type { Entity } from './entities.js';
import { isKnownName } from './name-list.js';

/**
 * Capitalised words that machine formats write and no person is called: a font in a style sheet
 * ("font-family:Arial,sans-serif"), a browser engine in a user agent ("(KHTML, like Gecko)"), a placeholder's
 * part in an identifier ("TEST_NAME"), a date header's weekday and month ("Sun Mar 23 15:39:34 2025"), an
 * abbreviation in capitals ("durch MSP"). Each test reads a few characters around the finding.
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
  if (text.startsWith(', like Gecko', e.end) && before.endsWith('(')) return true;
  return false;
}

const WEEKDAY_MONTH = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
const ALL_CAPS = /^[A-Z]{2,}$/;
const CAPITAL_WORD_AFTER = /^[ \t]+[A-Z]{2}/;
const LOWER_WORD_BEFORE = /[a-zäöüß]{2}[ \t]$/;
/** A style's font list up to the finding: "font-family:", "font-family: 'Segoe UI', " (quoted-printable "=3D" allowed). */
const FONT_BEFORE = /font(?:-family)?[ \t]*:[ \t]*(?:[^;:<>"\n]*,[ \t]*)?['"]?$/i;
