import { wholeBirthDate } from './birth-dates.js';
import type { Entity } from './entities.js';
import { byFirstLetter } from './letters.js';

/**
 * Columns of CSV, TSV and Markdown tables that hold personal data, known by their heading: every
 * cell under a name heading is a person, every date under a birth-date heading a date of birth
 * (exports from HR, CRM and patient systems carry no other cue). A table runs until an empty line.
 */

/** Column headings of a name column. */
const NAME_COLUMN =
  /^(?:(?:full|first|last|given|family|sur|display|vor|nach|ruf|employee|customer|contact|patient|client|kunden|mitarbeiter)?[ _-]?name|namen?|vorname|nachname|mitarbeiter(?:in)?|employee|kunde|kundin|customer|ansprechpartner(?:in)?|kontakt(?:person)?|contact|patient(?:in)?|owner|inhaber(?:in)?|author|autor(?:in)?|assignee|bearbeiter(?:in)?|teilnehmer(?:in)?|participant|attendee|member|mitglied|recipient|empfänger(?:in)?|reviewer|person|guest|gast|applicant|bewerber(?:in)?|student|schüler(?:in)?|tenant|mieter(?:in)?)$/i;
/** Column headings of a date-of-birth column ("Geburtsdatum", "Geb.-Datum", "DOB", "Date of birth", "birthday"). */
const BIRTH_DATE_COLUMN =
  /^(?:geburts-?datum|geburtstag|geb\.?(?:[ -]*datum)?|geboren(?:[ -]?am)?|dob|d\.o\.b\.?|(?:date[ -]?of[ -]?)?birth(?:[ -]?(?:date|day))?|born(?:[ -]?on)?)$/i;
/** Where a table's line may be: a tab, semicolon or bar, or a comma without a space or digit after it (prose and amounts have one). */
const DELIMITER_HINT = /[\t;|]|,(?![ \d])/g;
/** A heading line worth splitting: it names one of the columns above. */
const HEADING_HINT = new RegExp(
  byFirstLetter(
    'name|mitarbeiter|employee|kunde|customer|ansprechpartner|kontakt|contact|patient|owner|inhaber|autor|author|assignee|bearbeiter|teilnehmer|participant|attendee|member|mitglied|recipient|empfänger|reviewer|person|guest|gast|applicant|bewerber|student|schüler|tenant|mieter|geb|birth|dob|d\\.o\\.b|born'.split(
      '|',
    ),
  ),
  'i',
);

/** The cells of a line split at `delimiter`, with their offsets, quotes removed. */
function cells(text: string, start: number, end: number, delimiter: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cellStart = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : delimiter;
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) {
      let s = cellStart;
      let e = i;
      while (s < e && /[\s"]/.test(text[s])) s++;
      while (e > s && /[\s"]/.test(text[e - 1])) e--;
      out.push({ start: s, end: e });
      cellStart = i + 1;
    }
  }
  return out;
}

/** What a column holds, from its heading. */
function columnKind(heading: string): 'PERSON' | 'DATE_OF_BIRTH' | undefined {
  const plain = heading.replace(/[*_]+/g, '');
  if (NAME_COLUMN.test(plain)) return 'PERSON';
  if (BIRTH_DATE_COLUMN.test(plain)) return 'DATE_OF_BIRTH';
  return undefined;
}

export const tableColumns = (text: string): Entity[] => {
  const out: Entity[] = [];
  DELIMITER_HINT.lastIndex = 0;
  for (let hint = DELIMITER_HINT.exec(text); hint; hint = DELIMITER_HINT.exec(text)) {
    const lineStart = text.lastIndexOf('\n', hint.index) + 1;
    let lineEnd = text.indexOf('\n', hint.index);
    if (lineEnd === -1) lineEnd = text.length;
    DELIMITER_HINT.lastIndex = lineEnd;
    const header = text.slice(lineStart, lineEnd);
    if (!HEADING_HINT.test(header)) continue;
    const delimiter = ['\t', ';', '|', ','].find((d) => header.includes(d));
    if (!delimiter) continue;
    const heads = cells(text, lineStart, lineEnd, delimiter);
    const columns = heads.flatMap((h, i) => {
      const kind = columnKind(text.slice(h.start, h.end));
      return kind ? [{ index: i, kind }] : [];
    });
    if (columns.length === 0 || heads.length < 2) continue;
    let rowStart = lineEnd + 1;
    while (rowStart < text.length) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd === -1) rowEnd = text.length;
      const row = text.slice(rowStart, rowEnd);
      if (!row.trim() || !row.includes(delimiter)) break;
      if (!/^[\s|:-]+$/.test(row)) {
        const rowCells = cells(text, rowStart, rowEnd, delimiter);
        for (const { index, kind } of columns) {
          const cell = rowCells[index];
          if (!cell || cell.end - cell.start > 60) continue;
          const value = text.slice(cell.start, cell.end);
          if (kind === 'PERSON' ? /\p{L}/u.test(value) : wholeBirthDate(value))
            out.push({ type: kind, start: cell.start, end: cell.end, score: 0.9 });
        }
      }
      rowStart = rowEnd + 1;
    }
    DELIMITER_HINT.lastIndex = Math.max(DELIMITER_HINT.lastIndex, rowStart);
  }
  return out;
};
