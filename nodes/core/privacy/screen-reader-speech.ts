import type { MarkupReading, TextPiece } from './markup-text-view.js';
import { isGivenName } from './name-list.js';
import { CLASS_WORDS } from './not-people-personal-care.js';

/**
 * Whether a cell or a field's words hold a given name that is no class's word ("Jana Okafor", "Name meiner Tochter
 * Lina"): a person may be there, so nothing is dropped (review 47).
 */
const holdsGivenName = (words: string) =>
  words.split(/[^\p{L}'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && !CLASS_WORDS.has(w.toLowerCase()) && isGivenName(w));

/**
 * A screen reader's SPEECH LOG (NVDA's Speech Viewer, JAWS's speech history) as it is pasted into a ticket or a
 * test report: one utterance a line, what the reader says as focus moves. A form field is spoken as its role, its
 * label and its value ("edit, First name, Catalineta", "Eingabefeld, Nachname, Hoskiee"), or (JAWS) label first
 * ("Name, Bearbeiten, Enoragan Lozac’hwenn"); a control as role and label alone ("Schalter, Speichern", "link,
 * Edit member"); a table announces itself ("table with 6 rows and 4 columns", "Tabelle mit 5 Zeilen und 4
 * Spalten") and then reads its rows cell by cell, comma-separated ("Yin Yoga, 07:00, Raum 1, 6 Plätze frei").
 *
 * Read as a markup adapter (markup-text-view.ts), not as a line rule: the label and the value are read as a person
 * would write them on a form, "Nachname: Hoskiee", so every ordinary detector (label cues, names, identifiers)
 * works on the view; the role words are the log's own markup; a control's label is read as a line of UI text of
 * its own. The core keeps every finding of the log as written outside the pieces (fail closed: the window title,
 * a booking line, prose around the log).
 *
 * A timetable's row (only under a table's announcement, and only when every other cell is a time, a room or a
 * count of places) is read as a row whose first cell names a class: a person's name found there as written is
 * dropped (`ownValuesAt`, only over a cell of letters and blanks: nothing with a digit or a mark is dropped).
 *
 * Cost: one unanchored test of the text for an edit role between commas (or a table's announcement and a
 * control's utterance); then one pass over its lines.
 * Bounds: a log of more than MAX_LINES lines, or longer than MAX_CHARS, is read as written only.
 */

const MAX_CHARS = 2_000_000;
const MAX_LINES = 50_000;
/** A field's role as NVDA and JAWS speak it, in English and German. */
const EDIT_ROLE = String.raw`(?:edit|Edit|Eingabefeld|Bearbeiten|bearbeiten|Bearbeitungsfeld|combo box|Kombinationsfeld|Kombinationsfeld bearbeiten|edit combo|spin button|Drehfeld|password edit|Kennwort-Eingabefeld|multi line edit|mehrzeiliges Eingabefeld|text area)`;
/** A control's role spoken before its label. */
const CONTROL_ROLE = String.raw`(?:button|Button|Schalter|link|Link|besuchter Link|visited link|check box|Kontrollkästchen|Kontrollfeld|radio button|Auswahlschalter|Optionsfeld|tab|Registerkarte|menu item|Menüeintrag|list item|Listeneintrag|toggle button|Umschalter)`;
/** Spoken states of a control: no value. */
const STATE = String.raw`(?:not checked|checked|nicht aktiviert|aktiviert|pressed|not pressed|gedrückt|nicht gedrückt|read only|schreibgeschützt|required|erforderlich|invalid entry|ungültige Eingabe|collapsed|expanded|reduziert|erweitert|selected|nicht ausgewählt|ausgewählt|unavailable|nicht verfügbar)`;
/** An empty field. */
const BLANK = /^(?:blank|leer|empty)$/i;
/** The test that a text is a speech log at all: an edit role between commas, at a line's start or second. */
const SPEECH_ANY = new RegExp(String.raw`(?:^|\n)(?:${EDIT_ROLE}, [^,\n]{1,60}, |[^,\n]{1,60}, ${EDIT_ROLE}, )`);
/** A table's announcement on a line of its own, and a control's utterance (a log of a table and its links). */
const TABLE_ANY =
  /(?:^|\n)(?:table with \d{1,4} rows? and \d{1,3} columns?|Tabelle mit \d{1,4} Zeilen? und \d{1,3} Spalten?)\r?\n/i;
const CONTROL_ANY = new RegExp(String.raw`(?:^|\n)${CONTROL_ROLE}, [^,\n]{1,80}\r?(?:\n|$)`);
/** Role, label, value: "edit, First name, Catalineta". */
const ROLE_LABEL_VALUE = new RegExp(String.raw`^(${EDIT_ROLE}), ([^,\n]{1,60}?), (.+)$`);
/** Label, role, value (JAWS): "Name, Bearbeiten, Enoragan Lozac’hwenn". */
const LABEL_ROLE_VALUE = new RegExp(String.raw`^([^,\n]{1,60}?), (${EDIT_ROLE}), (.+)$`);
/** Role and label of a control or an empty field: "Schalter, Speichern", "check box, not checked, I am not pregnant". */
const ROLE_LABEL = new RegExp(String.raw`^(?:${CONTROL_ROLE}|${EDIT_ROLE}), (?:${STATE}, )*([^\n]{1,80})$`);
/** A table's announcement and its end. */
const TABLE = /^(?:table with \d{1,4} rows? and \d{1,3} columns?|Tabelle mit \d{1,4} Zeilen? und \d{1,3} Spalten?)$/i;
const TABLE_END = /^(?:out of table|Ende der Tabelle|Tabelle verlassen)$/i;
/** A timetable row's first cell: words of letters only ("Yin Yoga", "Salsa Anfänger", "Kids' Ballet"). */
const CLASS_CELL = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’&-]+){0,3}$/u;
/** A timetable row's other cells: a time, a room or studio, a count of places or spaces, a level, a duration. */
const ROW_CELL =
  /^(?:\d{1,2}[:.]\d{2}(?: ?(?:Uhr|am|pm))?(?: ?[–-] ?\d{1,2}[:.]\d{2})?|(?:Raum|Saal|Studio|Room|Kursraum|Halle|Hall|Pool|Becken) \d{1,3}|\d{1,3} (?:Plätze frei|Plätze|freie Plätze|spaces left|spaces|places left|places|spots left|Plätzen)|(?:ausgebucht|fully booked|full|voll|Warteliste|waitlist)|\d{1,3} ?(?:Min\.?|min|minutes|Minuten))$/i;
/**
 * A field whose label names a thing, not a person (a tattoo's motif, a treatment, a class): its value of words
 * and a size ("Schwalbe Unterarm links, 9 cm") is no one; a value with a digit run or a mark is read as any other.
 */
const THING_LABEL =
  /^(?:Motiv|Design|Behandlung|Treatment|Kurs|Class|Leistung|Service|Körperstelle|Placement|Farbe|Colou?r)$/i;
const THING_VALUE = /^[\p{L}\p{M}'’ ,.-]{1,80}(?:, ?\d{1,2}(?:[.,]\d)? ?(?:cm|mm))?$/u;
/** A trailing state after a value ("…, read only"). */
const TRAILING_STATE = new RegExp(String.raw`(?:, ${STATE})+$`);

/** The reading of a screen reader's speech log, or undefined for any other text. */
export function speechLogPieces(text: string): MarkupReading | undefined {
  if (text.length > MAX_CHARS) return undefined;
  if (!SPEECH_ANY.test(text) && !(TABLE_ANY.test(text) && CONTROL_ANY.test(text))) return undefined;
  const pieces: TextPiece[] = [];
  const own: { start: number; end: number }[] = [];
  let utterances = 0;
  let inTable = false;
  let lineNo = 0;
  for (let at = 0; at <= text.length;) {
    if (++lineNo > MAX_LINES) return undefined;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let stop = end;
    if (stop > at && text[stop - 1] === '\r') stop--;
    const line = text.slice(at, stop);
    const key = `l${lineNo}`;
    const fieldPieces = (labelAt: number, label: string, valueAt: number, value: string) => {
      pieces.push({ start: labelAt, end: labelAt + label.length, line: key });
      utterances++;
      if (THING_LABEL.test(label) && THING_VALUE.test(value) && !holdsGivenName(value)) {
        own.push({ start: valueAt, end: valueAt + value.length });
        return;
      }
      const trimmed = value.replace(TRAILING_STATE, '');
      if (trimmed.length > 0 && !BLANK.test(trimmed.trim()))
        pieces.push({ start: valueAt, end: valueAt + trimmed.length, line: key, before: ': ' });
    };
    let m: RegExpExecArray | null;
    if (TABLE.test(line)) {
      inTable = true;
      utterances++;
    } else if (TABLE_END.test(line)) inTable = false;
    else if ((m = ROLE_LABEL_VALUE.exec(line))) {
      const labelAt = at + m[1].length + 2;
      fieldPieces(labelAt, m[2], labelAt + m[2].length + 2, m[3]);
    } else if ((m = LABEL_ROLE_VALUE.exec(line))) {
      fieldPieces(at, m[1], at + m[1].length + 2 + m[2].length + 2, m[3]);
    } else if ((m = ROLE_LABEL.exec(line))) {
      const labelAt = stop - m[1].length;
      pieces.push({ start: labelAt, end: stop, line: key });
      utterances++;
    } else if (inTable) {
      const cells = line.split(', ');
      if (
        cells.length >= 3 &&
        CLASS_CELL.test(cells[0]) &&
        !holdsGivenName(cells[0]) &&
        cells.slice(1).every((c) => ROW_CELL.test(c.trim()))
      )
        own.push({ start: at, end: at + cells[0].length });
    }
    at = end + 1;
  }
  if (utterances < 2) return undefined;
  return {
    pieces,
    escapes: 'none',
    joiner: '',
    ownValuesAt: (s, e) => own.some((o) => s >= o.start && e <= o.end),
  };
}
