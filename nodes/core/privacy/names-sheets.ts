import type { Entity } from './entities.js';
import { isGivenName, isEnglishWord } from './name-list.js';
import { ROLE_COLUMN } from './names-table-columns.js';
import { columnKind } from './tables.js';

/**
 * Look-alikes of names in workbooks and slide decks extracted to plain text:
 * - a formula under a name column ("=CONCATENATE(B2," ",C2)", "=VERKETTEN(B2;" ";C2)", "=B2&" "&C2"):
 *   the text of a formula is never a name, whatever its column;
 * - a role's word in a label cell ("Dispatcher" in a "Worker" column's last row);
 * - a gendered label in a label cell or after a word ("Disponent/in", "Ehepartner/in"): a role's noun;
 * - a word of a heading row ("Name | Geburtsdatum | Pass-Nr.", "Participant;Email;Mobile;Level");
 * - the value of a status label ("Stage: Pre-approval", "Stufe: Unterlagen");
 * - a closing slide's next line, which goes on as a sentence ("Danke\nFragen an das People-Team"), and a
 *   note's first word of the language going on in lower case ("Notes: Figures only, no names").
 * Each test reads the finding's own line only: linear in the text's length.
 */

/** How far a line is read around a finding: a row or a slide line, not a whole text on one line (linear time). */
const REACH = 300;
/** The start of the line holding `at`, or REACH characters back on a longer line. */
function lineStartOf(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  const newline = text.slice(from, at).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
}
/** The end of the line holding `at`, or REACH characters on. */
function lineEndOf(text: string, at: number): number {
  const end = text.slice(at, at + REACH).indexOf('\n');
  return end === -1 ? Math.min(text.length, at + REACH) : at + end;
}

/** A spreadsheet function's name and bracket, or a cell reference: "VERKETTEN(", "B2&", "$C$4". */
const FORMULA_START = /^(?:[A-ZÄÖÜ][A-ZÄÖÜ0-9.]*\(|\$?[A-Z]{1,3}\$?\d)/;

/** Whether the finding stands in a cell that holds a formula ("=…" after the cell's start). */
function inFormula(text: string, start: number): boolean {
  const from = lineStartOf(text, start);
  // Back to the cell's start: a tab or a semicolon, or a quote or comma right before "=".
  for (let at = start; at >= from && start - at < 300; at--) {
    const c = text[at];
    if (c === '=') {
      // "=" opening a cell and a function or a cell reference after it; "Kontaktperson = Anna" is a field.
      const before = at > from ? text[at - 1] : '\n';
      const opens = before === '\t' || before === ';' || before === ',' || before === '"' || at === from;
      if (opens && FORMULA_START.test(text.slice(at + 1, at + 24))) return true;
    }
    if (c === '\t' || c === ';') return false;
  }
  return false;
}

/** A gendered ending right at the finding's end or inside it ("Disponent/in", "Ehepartner/in", "Kandidat*in"). */
const GENDERED = /^(?:\/-?(?:in|innen)|\*(?:in|innen)|:(?:in|innen)\b|\((?:in|innen)\))/;

/** Heading words of a sheet's heading row. */
const HEADING_WORD =
  /^(?:name|namen?|vorname|nachname|first name|last name|display name|anzeigename|e-?mail|mobil|mobile|telefon|phone|tel\.?|dob|geburtsdatum|date of birth|level|stufe|niveau|min|max|status|nr\.?|no\.?|id|iban|login ip|ip|adresse|address|meldeadresse|pass-nr\.?(?: \(de\))?|passport(?: \(de\))?|staff no\.?|tax id(?: \(de\))?|steuer-id(?: \(de\))?)$/i;

/** Whether the line is a heading row: cells split by tabs or semicolons or commas, two or more heading words, no digit. */
function headingRow(line: string): boolean {
  const delimiter = ['\t', ';', ','].find((d) => line.includes(d));
  if (!delimiter || /\d{2}|@/.test(line)) return false;
  const cells = line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  return cells.filter((c) => HEADING_WORD.test(c)).length >= 2;
}

/** Labels whose value is a state of a process, never a person. */
const STATUS_LABEL = /(?:^|[\t;,]|\s)(?:Stage|Stufe|Status|Phase|Step|Schritt)[ \t]*:[ \t]*$/;
/** A closing line of a slide deck ("Danke", "Thank you", "Vielen Dank!"). */
const CLOSING_LINE = /^[ \t#]*(?:danke(?: schön)?|vielen dank|thank you|thanks|merci)[ \t!.]*\r?$/i;
/** A note's label before its first word. */
const NOTE_LABEL = /(?:^|\n)[ \t#]*(?:Notes?|Notizen?|Speaker notes|Sprechernotizen)[ \t]*:[ \t]*$/;

/**
 * A given name and one to three more capitalised words ("Jana Petersen"): a person's full name. No formula's
 * function, heading word, status, role or closing slide's sentence reads so, so the look-alike rules below
 * never drop it: a hostile caller's "=B2 " or "/in" or a heading row's words around a victim's name must not hide it.
 */
function fullPersonName(value: string): boolean {
  const words = value.split(/[ \t]+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    isGivenName(words[0]) &&
    words.every((w) => /^\p{Lu}/u.test(w) && !HEADING_WORD.test(w) && columnKind(w) === undefined)
  );
}

/**
 * A finding inside a dumped cell ("B1: Geburtsdatum", "B1: Geb.-Datum", "B1: Fecha de nacimiento") whose whole
 * value names a column: a heading cell, which a "Name" cell on the line above must not make an answer.
 */
const DUMP_CELL_PREFIX = /^[ \t]*(?:[^\s!'=:][^!\n:=]{0,40}!)?\$?[A-Z]{1,3}\$?[1-9]\d{0,6}[ \t]*[:=][ \t]*/;
function dumpedHeadingCell(text: string, e: Entity): boolean {
  const from = lineStartOf(text, e.start);
  const to = lineEndOf(text, e.end);
  const line = text.slice(from, to);
  const prefix = DUMP_CELL_PREFIX.exec(line);
  if (!prefix || from + prefix[0].length > e.start) return false;
  const value = line.slice(prefix[0].length).trim().replace(/^"|"$/g, '');
  return columnKind(value) !== undefined;
}

/** `found` without the look-alikes above (the same array when none is). */
export function withoutSheetLookAlikes(text: string, found: Entity[]): Entity[] {
  const kept = found.filter((e) => {
    if (e.type !== 'PERSON') return true;
    const value = text.slice(e.start, e.end);
    if (fullPersonName(value)) return true;
    if (dumpedHeadingCell(text, e)) return false;
    if ((value.startsWith('=') && FORMULA_START.test(value.slice(1))) || inFormula(text, e.start)) return false;
    // A role's word in a row's label cell ("Dispatcher,Chalbak,0719 …" under a "Worker" column).
    if (ROLE_COLUMN.test(value)) return false;
    if (/\/-?in(?:nen)?$|\*in$/.test(value) || GENDERED.test(text.slice(e.end, e.end + 8))) return false;
    const from = lineStartOf(text, e.start);
    const to = lineEndOf(text, e.end);
    const before = text.slice(from, e.start);
    const after = text.slice(e.end, to);
    if (STATUS_LABEL.test(before)) return false;
    if (headingRow(text.slice(from, to)) && !isGivenName(value)) return false;
    // A sentence that goes on in lower case after its first word, on the line after a closing or a note's label.
    const goesOn = /^[ \t]+\p{Ll}+[ \t,]/u.test(after);
    if (goesOn && /^[ \t#]*$/.test(before) && from > 0) {
      const previous = text.slice(lineStartOf(text, from - 1), from - 1);
      if (CLOSING_LINE.test(previous)) return false;
    }
    if (
      goesOn &&
      !/[ \t]/.test(value) &&
      NOTE_LABEL.test(text.slice(Math.max(0, from - 2), e.start)) &&
      isEnglishWord(value.toLowerCase()) &&
      !isGivenName(value)
    )
      return false;
    return true;
  });
  return kept.length === found.length ? found : kept;
}
