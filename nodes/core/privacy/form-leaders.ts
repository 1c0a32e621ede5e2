import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { isLetterChar } from './code-units.js';

/**
 * A printed form's field as a PDF or a scan gives it: the label, a row of dots or underscores to
 * write on, then what was written ("Name ............. Ulfert Hinzpeter", "Donor: _______ Tammo
 * Vierkötter", "Beneficiary . . . . . Odalric Fennimore"). The label readers know "Name: …"; the row
 * between hides the value from them. The view reads the row as ": " (or as " " after the label's own
 * colon); a finding never covers the row, so spans map back unchanged around it (normalize.ts).
 *
 * Only a row after a label near the line's start, with a blank or colon before it or a blank after
 * it (an identifier's "foo___bar" is no form), and a value after it on the same line: an empty
 * field ("Unterschrift: ________") and an ellipsis at a line's end stay as they are.
 */

/** Four leader characters or more, single blanks between them allowed (". . . ."); three are an ellipsis. */
const LEADER = /[._](?:[ \t]?[._]){3,}/g;
/** A row this long touching its label is a printed report's leader (a spool file's "Anschrift........"), no ellipsis. */
const PRINTED_LEADER = 8;
/** A label after the row, not a value: a few words and a colon ("Name in Druckbuchstaben:", "Witness:"). */
const NEXT_LABEL = /^[^\s:,]+(?:[ \t][^\s:,]+){0,3}:/;
/** How far from its line's start a leader may begin: a label is short. */
const MAX_LABEL = 60;

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** The view with form leaders read as a colon, or undefined when there is none. */
export function readFormLeaders(text: string): DecodedText | undefined {
  if (!text.includes('..') && !text.includes('__') && !text.includes('. .') && !text.includes('_ _')) return undefined;
  const pieces: DecodePiece[] = [];
  const parts: string[] = [];
  let copied = 0;
  let viewLength = 0;
  LEADER.lastIndex = 0;
  for (let m = LEADER.exec(text); m; m = LEADER.exec(text)) {
    const leaderEnd = m.index + m[0].length;
    let labelEnd = m.index;
    while (labelEnd > copied && isBlank(text[labelEnd - 1])) labelEnd--;
    let valueStart = leaderEnd;
    while (isBlank(text[valueStart])) valueStart++;
    let gap = valueStart - leaderEnd;
    // A terminal screen's field ends its row with the label's colon ("Name . . . . . . : Lindqvist",
    // "Vorname . . . .:  Torbjørn", IBM's CUA layout): the colon is part of the row, the value follows it.
    if (text[valueStart] === ':' && gap <= 1) {
      valueStart++;
      while (isBlank(text[valueStart])) valueStart++;
      gap = 0;
    }
    const before = text[labelEnd - 1];
    if (valueStart >= text.length || text[valueStart] === '\n' || text[valueStart] === '\r') continue;
    // A prose ellipsis ("seventy-two... sorry") touches its word; a row is set off by a blank or follows a colon.
    // A line printer's leader fills the label's column to its last character ("E-Mail..........x@host"):
    // a long row touching its label is that, never an ellipsis.
    if (labelEnd === m.index && before !== ':' && m[0].length < PRINTED_LEADER) continue;
    // Two blanks or more after the row: the field was left empty and the next column's label follows
    // ("Unterschrift: ________   Datum: …", "Signed ..........   Dated 30/11").
    if (gap > 1 || NEXT_LABEL.test(text.slice(valueStart, valueStart + 40))) continue;
    if (!(isLetterChar(before) || before === ':' || before === ')')) continue;
    if (!nearLineStart(text, labelEnd, copied)) continue;
    const joiner = before === ':' ? ' ' : ': ';
    parts.push(text.slice(copied, labelEnd), joiner);
    viewLength += labelEnd - copied;
    pieces.push({ view: viewLength, viewLength: joiner.length, orig: labelEnd, origEnd: valueStart });
    viewLength += joiner.length;
    copied = valueStart;
  }
  if (pieces.length === 0) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };
}

/** Whether a line starts within MAX_LABEL characters before `at`, not before `floor` (looked for there only). */
function nearLineStart(text: string, at: number, floor: number): boolean {
  for (let i = at - 1; i >= at - MAX_LABEL; i--) {
    if (i < 0 || text[i] === '\n') return i + 1 >= floor;
    if (i < floor) return false;
  }
  return false;
}
