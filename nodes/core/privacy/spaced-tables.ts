import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import type { Entity } from './entities.js';
import { fixedColumnCell } from './fixed-columns.js';
import { TAX_ID_COLUMN, taxIdCell } from './column-values.js';

/**
 * Tables whose columns are aligned by runs of blanks, as a scanned page's text comes out of OCR or
 * PDF-to-text ("Surname, forename      Share      Date of birth      Address" over
 * "Qwabe, Yonela      1/4        16/10/1992     6828 Old Mill Pike, Boise"): a schedule of heirs,
 * a list of beneficiaries. No tab, semicolon or bar marks a cell, so the delimited reader
 * (tables.ts) never sees them. Every cell under a name heading is a person, every whole date
 * under a birth-date heading a date of birth. A table runs until an empty line or a line of
 * another shape (fewer cells than its heading).
 */

/** A name column's heading in such lists: "Name", "Name, Vorname", "Surname, forename", "Heir", "Erbe". */
const SPACED_NAME_COLUMN =
  /^(?:(?:full |sur|family |last |nach|familien)?names?(?:,? ?(?:fore|first|given|vor|christian )names?)?|vorname,? ?(?:nach)?name|heirs?|erben?|erbin(?:nen)?|beneficiar(?:y|ies)|begünstigte[r]?|vermächtnisnehmer(?:in)?|legatees?|gesellschafter(?:in)?|shareholders?|partei|party)$/i;
/**
 * A birth-date column's heading ("Geburtsdatum", "Date of birth", "DOB", "geb. am"); a start list's "Jahrgang/geb."
 * (year of birth, or the whole date when one is written: only whole dates are taken).
 */
const SPACED_BIRTH_COLUMN =
  /^(?:jahrgang(?:[ ]?\/[ ]?geb\.?(?:[ -]?dat(?:um|\.)?)?)?|geb\.?[ ]?\/[ ]?jahrgang|year[ -]of[ -]birth|birth[ -]?year|geburts-?datum|geb\.?(?:[ -]*(?:dat(?:um|\.)?|am))?|geboren(?:[ -]?am)?|dob|d\.o\.b\.?|date[ -]?of[ -]?birth|birth[ -]?date|born(?:[ -]?on)?)$/i;
/** A heading line worth splitting: it names a person's or a birth date's column (cheap test first). */
const HEADING_HINT =
  /name|heir|erbe|erbin|benefici|begünstig|vermächtnis|legatee|gesellschaft|sharehold|geb|birth|dob|born|jahrgang|steuer|tax/i;
/** A cell holding a person: letters, blanks, hyphens, commas, apostrophes and dots only; no digits. */
const NAME_CELL = /^\p{Lu}[\p{L}\p{M}' .,’-]*\p{L}$/u;
/** Cells a name column holds and no one is called ("N/A", "unbekannt", "—"). */
const NO_ONE = /^(?:n\/a|n\.a\.|unknown|unbekannt|none|keine?|nobody|total|summe|gesamt)$/i;

/** The cells of start..end split at runs of two or more blanks, leading and trailing blanks left out. */
function spacedCells(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = start;
  while (i < end) {
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i >= end) break;
    const cellStart = i;
    // A cell runs until two blanks in a row (one blank is inside the cell: "Date of birth").
    while (i < end && !(text.charCodeAt(i) === 32 && (i + 1 >= end || text.charCodeAt(i + 1) === 32))) i++;
    let cellEnd = i;
    while (cellEnd > cellStart && text.charCodeAt(cellEnd - 1) === 32) cellEnd--;
    out.push({ start: cellStart, end: cellEnd });
  }
  return out;
}

/** A heading cell as a heading line holds it: short, no digits, no colon first, no comma outside a name column's heading. */
function shortHeading(heading: string, columns: { index: number }[], index: number): boolean {
  if (heading.length > 30 || /\d/.test(heading) || heading.startsWith(':')) return false;
  return !heading.includes(',') || columns.some((c) => c.index === index);
}

/** What a spaced column holds, from its heading. */
function spacedColumnKind(heading: string): 'PERSON' | 'DATE_OF_BIRTH' | 'DE_TAX_ID' | undefined {
  const plain = heading.replace(/[*_:]+/g, '').trim();
  if (SPACED_NAME_COLUMN.test(plain)) return 'PERSON';
  if (SPACED_BIRTH_COLUMN.test(plain)) return 'DATE_OF_BIRTH';
  // A tax id column (a payroll's DataFrame printed by pandas): only an 11-digit value with a valid check digit.
  if (TAX_ID_COLUMN.test(plain)) return 'DE_TAX_ID';
  return undefined;
}

/**
 * The persons and birth dates of blank-aligned tables. `wholeDate` says whether a cell is a whole
 * date of birth (birth-dates.ts). Cheap first: only lines holding two blanks in a row are read.
 */
export function spacedTableColumns(text: string, wholeDate: (value: string) => boolean): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  for (let gap = text.indexOf('  ', from); gap !== -1; gap = text.indexOf('  ', from)) {
    const lineStart = text.lastIndexOf('\n', gap) + 1;
    let lineEnd = text.indexOf('\n', gap);
    if (lineEnd === -1) lineEnd = text.length;
    from = lineEnd;
    if (lineEnd - lineStart > 300) continue;
    // Three headings have two gaps between words, a line's indentation none (cheap, before the pattern).
    let first = lineStart;
    while (text.charCodeAt(first) === 32) first++;
    const gap1 = text.indexOf('  ', first);
    if (gap1 === -1 || gap1 >= lineEnd) continue;
    let runEnd = gap1 + 2;
    while (text.charCodeAt(runEnd) === 32) runEnd++;
    const gap2 = text.indexOf('  ', runEnd);
    if (gap2 === -1 || gap2 >= lineEnd || !HEADING_HINT.test(text.slice(lineStart, lineEnd))) continue;
    const heads = spacedCells(text, lineStart, lineEnd);
    // Three headings or more: two are a label and its value ("Name  Dasom Kwon", "Geburtsdatum  25.08.1969").
    if (heads.length < 3) continue;
    const columns = heads.flatMap((h, index) => {
      const kind = spacedColumnKind(text.slice(h.start, h.end));
      return kind ? [{ index, kind }] : [];
    });
    // Every heading a short label (a heading line, not prose with a wide gap).
    // Every heading a short label (a heading line, not prose with a wide gap); none a value after a colon
    // ("Name      : Alemayehu") or a person beside a label ("Name, Vorname    Hadžić, Edin    Hadžić-Delić, Amra":
    // a form with a column per person, whose other lines are labels).
    if (columns.length === 0 || heads.some((h, i) => !shortHeading(text.slice(h.start, h.end), columns, i))) continue;
    const heading = text.slice(lineStart, lineEnd).trim();
    // The heading line indented past its index column (pandas right-justifies the headings over the rows).
    const indexed = text.charCodeAt(lineStart) === 32;
    let rowStart = lineEnd + 1;
    while (rowStart < text.length) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd === -1) rowEnd = text.length;
      let row = spacedCells(text, rowStart, rowEnd);
      // A DataFrame printed by pandas: an index first ("0", "1" …) under the heading line's leading blanks.
      if (row.length === heads.length + 1 && indexed && /^\d{1,7}$/.test(text.slice(row[0].start, row[0].end)))
        row = row.slice(1);
      // A row of the table has as many cells as its heading; anything else ends it.
      if (row.length !== heads.length || rowEnd - rowStart > 400) break;
      // The heading again (a printed report repeats it on every page): no row, and the table goes on.
      if (text.slice(rowStart, rowEnd).trim() === heading) {
        rowStart = rowEnd + 1;
        continue;
      }
      for (const { index, kind } of columns) {
        const cell = row[index];
        if (cell.end - cell.start > 60) continue;
        const value = text.slice(cell.start, cell.end);
        if (
          kind === 'PERSON'
            ? NAME_CELL.test(value) && !NO_ONE.test(value)
            : kind === 'DE_TAX_ID'
              ? taxIdCell(value)
              : wholeDate(value)
        )
          out.push({ type: kind, start: cell.start, end: cell.end, score: 0.9 });
      }
      rowStart = rowEnd + 1;
    }
    from = Math.max(from, rowStart - 1);
  }
  return out;
}

/**
 * A page set in two columns side by side, as a deed or contract comes out of PDF-to-text: each line
 * holds the left column's line, a wide gap, then the right column's ("Verkäufer:      Der Verkäufer
 * verkauft das im" over "Tsering, Lhakpa      Grundbuch von …"). A party's label alone in the left
 * column names the person in the left column of the next line: that cell, when it is shaped as a
 * name (two to four capitalised words, a comma between family and given name allowed, no digits).
 */
const PARTY_LABEL =
  /^[ \t]*(?:verkäufer(?:in)?|käufer(?:in)?|vendor|purchaser|seller|buyer|erblasser(?:in)?|mieter(?:in)?|vermieter(?:in)?|kläger(?:in)?|beklagte[rn]?|claimant|defendant|applicant|antragsteller(?:in)?|schuldner(?:in)?|gläubiger(?:in)?|debtor|creditor|testator|testatrix|deceased|verstorbene[rn]?)[ \t]*:$/i;
/** The left column's name: capitalised words, a comma allowed after the first; nothing else in the cell. */
const LEFT_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?:,?[ \t]\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;
/** The gap between two columns: four blanks or more. */
const COLUMN_GAP = '    ';

export function leftColumnParties(text: string): Entity[] {
  const out: Entity[] = [];
  // Cheap first: a colon right before a column's gap.
  for (let at = text.indexOf(':' + COLUMN_GAP); at !== -1; at = text.indexOf(':' + COLUMN_GAP, at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at - lineStart > 40 || !PARTY_LABEL.test(text.slice(lineStart, at + 1))) continue;
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    const nextEnd = text.indexOf('\n', next + 1);
    const line = text.slice(next + 1, nextEnd === -1 ? text.length : nextEnd);
    const gap = line.indexOf(COLUMN_GAP);
    if (gap <= 0) continue;
    let start = 0;
    while (line[start] === ' ' || line[start] === '\t') start++;
    const cell = line.slice(start, gap);
    if (cell.length <= 60 && LEFT_NAME.test(cell))
      out.push({ type: 'PERSON', start: next + 1 + start, end: next + 1 + gap, score: 0.85 });
  }
  return out;
}

/**
 * A line printer's report (a payroll journal, a deadline list, a spool file): a heading line in
 * capitals over rows whose values stand where their heading's word starts ("PERS-NR NAME  VORNAME  SK"
 * over "  7499   KOWALCZYK      Bożenna    3"). Values are cut at the column's width and touch the next
 * column with one blank ("Bożenna 3"), so the split at two blanks above misreads them; here a column
 * runs from its heading word's start to the next heading word's start, a value from a word starting
 * there (two positions either way: column 1 holds a carriage-control character) through single
 * blanks, up to the next column. A table runs until an empty line or a new page (a form feed); every
 * page repeats its heading, so each page is read as a table of its own.
 */
/** A heading word naming a person's column; "NAME, VORNAME" and "FIRST NAME" are joined before the test. */
const PRINTED_NAME_HEADING =
  /^(?:(?:sur|fore|nach|vor|familien|first |last |given |family )?names?|name, ?vorname|vorname, ?name|surname, ?forename)$/i;
/** A heading word naming a party that may be a firm: its cells are people when written "Family, Given". */
const PRINTED_PARTY_HEADING =
  /^(?:mandant(?:in)?|client|kunde|customer|schuldner(?:in)?|debtor|mitglied|member|employee|mitarbeiter(?:in)?)$/i;
/** Words before "NAME" that make it a thing's name ("ACCOUNT NAME", "FIRMENNAME" is one word anyway). */
const THING_BEFORE_NAME =
  /^(?:account|acct|konto|company|firm|firma|business|trading|product|produkt|artikel|item|file|datei|bank|project|projekt|job|host|server|device|geräte?|field|feld|table|tabelle|report|branch|filiale|cost|kosten(?:stelle)?)$/i;
/** A heading word as a line printer sets it: capitals, with dots, hyphens, slashes, commas, "&". */
const PRINTED_HEADING_WORD = /^\p{Lu}[\p{Lu}.\-/,&]*$/u;
/** "Family, Given" in one cell. */
const FAMILY_COMMA_GIVEN = /^[^,]+, [^,]+$/;
/** A wrapped remainder alone on its line, cut from the name above: any letters (fail closed). */
const NAME_REMAINDER = /^\p{L}[\p{L}\p{M}'’ .,-]*$/u;
/** A rule between heading and rows: dashes, equals signs, dots or underscores. */
const RULE_LINE = /^[ \t]*[-=._]{5,}[ \t]*$/;
/** A totals line is no row ("0 SUMME MANDANT   47.832,95", "TOTAL EMPLOYER"): its words are no one's. */
const TOTALS_ROW =
  /^[ 0-]*(?:summe|gesamt|zwischensumme|total|subtotal|übertrag|carried forward|brought forward)(?![\p{L}])/iu;
/** Lower-case words a family name holds ("van der Berg", "de la Cruz", "bin Yusuf"). */
const NAME_PARTICLE = /^(?:van|von|der|den|de|da|del|della|di|du|dos|das|la|le|ter|ten|zu|bin|binti|al|el|y|e)$/;

/**
 * A cell naming a thing, not a person, under a plain "NAME" (a ledger's "Office equipment", "Rent",
 * "Employer NI"): a word in lower case that no family name holds, or a first word the dictionary has
 * that is no known name ("Rein" and "Gross" are names as well as words, and stay).
 */
function thingCell(value: string): boolean {
  const words = value.split(/[ ,]+/).filter((w) => w !== '');
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w))) return true;
  const first = words[0];
  return (isEnglishWord(first.toLowerCase()) || isDictionaryWord(first)) && !isKnownName(first) && !isGivenName(first);
}

/** A field label with its colon inside a line: no row of a printed table. */
const LABEL_IN_ROW = /\p{L}[ \t]*:(?:[ \t]|$)/u;
interface PrintedColumn {
  start: number;
  end: number;
  kind: 'PERSON' | 'PARTY';
}

/** The heading words of a line (offsets in the line), a carriage-control character in column 1 left out. */
function printedHeadingWords(line: string): { start: number; end: number; word: string }[] {
  const words: { start: number; end: number; word: string }[] = [];
  let i = /^[01+-]\p{Lu}/u.test(line) ? 1 : 0;
  while (i < line.length) {
    while (line[i] === ' ') i++;
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && line[i] !== ' ') i++;
    words.push({ start, end: i, word: line.slice(start, i) });
  }
  // Join what one heading spells in two words: "NAME, VORNAME", "FIRST NAME".
  const joined: typeof words = [];
  for (const w of words) {
    const last = joined[joined.length - 1];
    const both = last && w.start - last.end === 1 ? `${last.word} ${w.word}` : undefined;
    const thingName = last && THING_BEFORE_NAME.test(last.word) && /^names?$/i.test(w.word);
    if (last && both && (last.word.endsWith(',') || thingName || PRINTED_NAME_HEADING.test(both)))
      joined[joined.length - 1] = { start: last.start, end: w.end, word: both };
    else joined.push(w);
  }
  return joined;
}

/** The person columns of a printed heading line, or undefined when the line is no such heading. */
function printedColumns(line: string): PrintedColumn[] | undefined {
  const words = printedHeadingWords(line);
  if (words.length < 3 || words.some((w) => w.word.length > 24 || !PRINTED_HEADING_WORD.test(w.word.replace(/ /g, ''))))
    return undefined;
  const columns: PrintedColumn[] = [];
  words.forEach((w, i) => {
    const kind = PRINTED_NAME_HEADING.test(w.word)
      ? 'PERSON'
      : PRINTED_PARTY_HEADING.test(w.word)
        ? 'PARTY'
        : undefined;
    if (kind) columns.push({ start: w.start, end: words[i + 1]?.start ?? Number.MAX_SAFE_INTEGER, kind });
  });
  return columns.length > 0 ? columns : undefined;
}

/** Persons in the name columns of line-printer reports. Cheap first: only lines in capitals naming such a column. */
export function printedTableColumns(text: string): Entity[] {
  const out: Entity[] = [];
  const hint = /NAME|MANDANT|CLIENT|KUNDE|CUSTOMER|SCHULDNER|DEBTOR|MITGLIED|MEMBER|EMPLOYEE|MITARBEITER/g;
  let from = 0;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    if (m.index < from) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    from = lineEnd;
    hint.lastIndex = lineEnd;
    if (lineEnd - lineStart > 300) continue;
    const columns = printedColumns(text.slice(lineStart, lineEnd).replace(/^\f/, ' '));
    if (!columns) continue;
    let rowStart = lineEnd + 1;
    while (rowStart < text.length) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd === -1) rowEnd = text.length;
      const row = text.slice(rowStart, rowEnd);
      if (row.trim() === '' || row.includes('\f') || rowEnd - rowStart > 400) break;
      // A totals line is no row, but a subtotal or carried-forward line stands between rows too ("ZWISCHENSUMME
      // ABT. 4", "Übertrag"): the table goes on after it, and its own words are never read (fail closed).
      if (TOTALS_ROW.test(row)) {
        rowStart = rowEnd + 1;
        continue;
      }
      // "WARD: Tamar 2", "Clinical details: …": a label line, so the line above was a form's labels and values
      // in capitals ("SURNAME ILAGAN   FORENAME …"), no table's heading.
      if (LABEL_IN_ROW.test(row)) break;
      if (!RULE_LINE.test(row)) {
        const alone = row.trim().split(/ {2,}/).length === 1;
        for (const column of columns) {
          const cell = fixedColumnCell(text, rowStart, rowEnd, { offset: column.start, next: column.end });
          if (!cell || cell.end - cell.start > 60) continue;
          const value = text.slice(cell.start, cell.end);
          const person =
            column.kind === 'PERSON'
              ? (NAME_CELL.test(value) && !NO_ONE.test(value) && !thingCell(value)) ||
                (alone && NAME_REMAINDER.test(value))
              : NAME_CELL.test(value) && FAMILY_COMMA_GIVEN.test(value);
          if (person) out.push({ type: 'PERSON', start: cell.start, end: cell.end, score: 0.9 });
        }
      }
      rowStart = rowEnd + 1;
    }
    from = Math.max(from, rowStart - 1);
    hint.lastIndex = from;
  }
  return out;
}
