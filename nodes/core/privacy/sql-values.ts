import { animalsBirthColumns } from './birth-dates.js';
import { icaoCheckDigit } from './checksums.js';
import { ID_DOCUMENT_COLUMN, TAX_ID_COLUMN } from './column-values.js';
import type { Entity, EntityType } from './entities.js';
import { PHONE_COLUMN } from './phone-columns.js';
import { accepts, GENERIC_NAME_KEY, kindOfKey, plainKey, STREET_KEY, type Kind } from './record-fields.js';
import { sqlCells, type SqlCell } from './sql-rows.js';

/**
 * Values in SQL statements typed by their column's name (sql-rows.ts reads the statements): a name column's
 * cell is a PERSON (each cell its own: "vorname", "nachname"), a birth column's a DATE_OF_BIRTH in any
 * writing, a passport or ID card column's a document number of that shape, a street column's a postal
 * address. The vocabularies are the ones the other record readers use (record-fields.ts, column-values.ts).
 * A generic "name" column is a person's only in a person's record (a birth, address, document, given or
 * family name, e-mail, phone, IBAN or tax id column beside it): "projects (id, name, kwp)" names parks, not people.
 */

type SqlKind = Kind | 'GENERIC_NAME' | 'STREET' | 'DE_PASSPORT' | 'DE_ID_CARD' | 'PERSONAL';

const PASSPORT_WORD = /pass/i;
/** A column that holds a person's own value of another kind: a sign the row is a person's record. */
const PERSONAL_COLUMN = /^(?:e-?mail|email_?address|mail|phone|telefon|mobil|mobile|handy|iban|tax_?id)$/i;

function kindOfColumn(column: string): SqlKind | undefined {
  const key = plainKey(column);
  if (GENERIC_NAME_KEY.test(key)) return 'GENERIC_NAME';
  const kind = kindOfKey(column);
  if (kind) return kind;
  if (STREET_KEY.test(key)) return 'STREET';
  // "ausweis_nr", "passport_no", "id_card_number": the document vocabulary's headings, "_" read as a blank.
  const heading = column.replace(/_/g, ' ');
  if (ID_DOCUMENT_COLUMN.test(heading)) return PASSPORT_WORD.test(heading) ? 'DE_PASSPORT' : 'DE_ID_CARD';
  if (TAX_ID_COLUMN.test(heading) || PHONE_COLUMN.test(heading) || PERSONAL_COLUMN.test(column)) return 'PERSONAL';
  return undefined;
}

/** A document number's shape: nine of the document alphabet, a digit among them, and maybe a check digit. */
const DOCUMENT_SHAPE = /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?$/;
/**
 * The type of a passport or ID card column's cell: the number's own first letter says which when its check
 * digit is right (a passport starts with C, F, G, H, J or K); otherwise the column does. Under its column a
 * number of letters only but its check digit is read too ("CZTKVNVRR9"): the heading is the document word.
 */
function documentType(value: string, column: 'DE_PASSPORT' | 'DE_ID_CARD'): EntityType | undefined {
  if (!DOCUMENT_SHAPE.test(value)) return undefined;
  if (value.length === 10 && icaoCheckDigit(value.slice(0, 9)) === Number(value[9]))
    return /^[CFGHJK]/.test(value) ? 'DE_PASSPORT' : 'DE_ID_CARD';
  return /\d/.test(value) ? column : undefined;
}

/** A cell's value as SQL means it: '' and \' unescaped (the span stays the original's). */
const unescaped = (raw: string) => raw.replace(/''/g, "'").replace(/\\(.)/g, '$1');

export function sqlValues(text: string): Entity[] {
  const out: Entity[] = [];
  let lastColumns: readonly string[] | undefined;
  let kinds: (SqlKind | undefined)[] = [];
  let person = false;
  let animals: (index: number) => boolean = () => false;
  const cells = sqlCells(text);
  for (const cell of cells) {
    if (cell.columns !== lastColumns) {
      lastColumns = cell.columns;
      kinds = cell.columns.map(kindOfColumn);
      person = kinds.some((k) => k !== undefined && k !== 'GENERIC_NAME');
      animals = animalsBirthColumns(cell.columns);
    }
    const index = cell.columns.indexOf(cell.column);
    const kind = kinds[index];
    if (!kind || kind === 'PERSONAL') continue;
    for (const part of lineParts(text, cell, kind)) {
      const found = typeOf(kind, part, text, person, animals(index));
      if (found) out.push({ type: found, start: part.start, end: part.end, score: 1 });
    }
  }
  return out;
}

/**
 * A name cell that runs over lines ('Hannelore\nSieglinde'): no name has a line break, so each line is read as
 * its own value; read whole, the cell would be refused and hide all of them. Other kinds stay whole (an
 * address may take two lines).
 */
function lineParts(text: string, cell: SqlCell, kind: SqlKind): SqlCell[] {
  if (kind !== 'PERSON' && kind !== 'GENERIC_NAME') return [cell];
  const nl = text.indexOf('\n', cell.start);
  if (nl === -1 || nl >= cell.end) return [cell];
  const parts: SqlCell[] = [];
  let start = cell.start;
  for (let i = cell.start; i <= cell.end; i++) {
    if (i < cell.end && text.charCodeAt(i) !== 10) continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) parts.push({ ...cell, start: s, end: e });
    start = i + 1;
  }
  return parts;
}

function typeOf(
  kind: SqlKind,
  cell: SqlCell,
  text: string,
  personRecord: boolean,
  animalsBirth: boolean,
): EntityType | undefined {
  const value = unescaped(text.slice(cell.start, cell.end));
  switch (kind) {
    case 'GENERIC_NAME':
      return personRecord && accepts('PERSON', value) ? 'PERSON' : undefined;
    case 'PERSON':
      return accepts('PERSON', value) ? 'PERSON' : undefined;
    case 'DATE_OF_BIRTH':
      return !animalsBirth && accepts('DATE_OF_BIRTH', value) ? 'DATE_OF_BIRTH' : undefined;
    case 'POSTAL_ADDRESS':
    case 'STREET':
      return accepts('POSTAL_ADDRESS', value) ? 'POSTAL_ADDRESS' : undefined;
    case 'DE_PASSPORT':
    case 'DE_ID_CARD':
      return documentType(value, kind);
    default:
      return undefined;
  }
}
