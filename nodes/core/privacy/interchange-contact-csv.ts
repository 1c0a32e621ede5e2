import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, type FieldReading, type Span } from './interchange.js';
import { readsAsPersonName } from './person-named-value.js';

/**
 * Contact exports of Google Contacts ("Name,Given Name,Additional Name,Family Name,…,E-mail 1 - Type,E-mail 1 -
 * Value,…", and the newer "First Name,Middle Name,Last Name,…,E-mail 1 - Label,…") and of Outlook ("First
 * Name","Middle Name","Last Name",…,"Home Street",…,"Business Street",…): CSV as RFC 4180 writes it (a quoted
 * cell holds commas, doubled quotes and line breaks), dozens of columns, most empty. A cell's heading, not its
 * words, says what it holds, so values are typed by the published header row of each export.
 */

/** What a column of a contact export holds. */
type ColumnRole =
  | { kind: 'value'; type: EntityType }
  /** One part of a postal address split over cells; `group` joins the parts of one address ("Home", "Address 1"). */
  | { kind: 'address-part'; group: string }
  /** A whole address in one cell, lines broken ("Address 1 - Formatted", Outlook's "Home Address"). */
  | { kind: 'address-formatted'; group: string }
  /** The address's country cell: the formatted address's last line when it repeats it. */
  | { kind: 'country'; group: string }
  /**
   * Labels, group memberships, the firm and its own switchboard and address: no person's value; `firm` for the
   * organisation's name ("Company", "Organization 1 - Name").
   */
  | { kind: 'closed'; firm?: boolean }
  /**
   * A person's name: the row's own (given, family …) or another person's (spouse, assistant); `core` for the
   * given, middle, family and display name, whose presence makes the row a person's card.
   */
  | { kind: 'name'; core: boolean };

/** A cheap sign of a contact export's header row: the name headings both exports begin with. */
const HINT = /(?:Given|First) Name"?,/;

/**
 * Headings only the two exports use: a header row holding one beside a given/first and a family/last name
 * heading is a contact export, not any table with a "First Name" column (tables.ts reads those).
 */
const EXPORT_HEADING =
  /^(?:(?:E-mail|Phone|Address|Website|Relation|Event|IM) \d+ - (?:Type|Label|Value|Formatted|Street)|Organization \d+ - Name|Group Membership|Additional Name|(?:Home|Business|Other) (?:Street|Postal Code|Phone)|E-mail Address|Mobile Phone|Company Main Phone)$/;

/** Outlook's address groups: the Business group is the firm's address, Home and Other the person's. */
const OUTLOOK_ADDRESS =
  /^(Home|Business|Other) (Street(?: [23])?|Address PO Box|City|State|Postal Code|Country|Address)$/;
/** Google's numbered address groups ("Address 1 - Street", "Address 2 - Postal Code"). */
const GOOGLE_ADDRESS = /^(Address \d+) - (Formatted|Street|City|PO Box|Region|Postal Code|Country|Extended Address)$/;

/**
 * Phones Outlook writes for the person (home, mobile, their own direct line at work, "Primary Phone"); the firm's
 * own are "Company Main Phone" and the business fax.
 */
const PERSONAL_PHONE =
  /^(?:Primary Phone|Home Phone(?: 2)?|Mobile Phone|Pager|Home Fax|Other Phone|Other Fax|Car Phone|Radio Phone|Callback|ISDN|TTY\/TDD Phone|Telex|Business Phone(?: 2)?|Assistant's Phone|Phone \d+ - Value)$/;
const FIRM_PHONE = /^(?:Company Main Phone|Business Fax)$/;
/** The row's own name parts, Google's and Outlook's (also the phonetic "Yomi" spellings, the maiden name). */
const OWN_NAME =
  /^(?:Name|Given Name|Additional Name|Family Name|First Name|Middle Name|Last Name|Maiden Name|Nickname|Short Name|File As|(?:Given|Additional|Family) Name Yomi|Yomi Name|Phonetic (?:First|Middle|Last) Name)$/;
/** Other persons a contact names: spouse, children, manager, assistant, who referred them (fail closed). */
const OTHER_NAME = /^(?:Spouse|Children|Manager's Name|Assistant's Name|Referred By|Relation \d+ - Value)$/;
/** The organisation's name: Outlook's "Company", Google's "Organization 1 - Name" (newer: "Organization Name"). */
const FIRM_NAME = /^(?:Company|Organization(?: \d+ -)? Name)$/;
const CORE_NAME = /^(?:Name|Given Name|Additional Name|Family Name|First Name|Middle Name|Last Name)$/;
/**
 * Cells that hold labels, categories and the firm: "X n - Type"/"- Label" ("Home", "Mobile"), group
 * memberships ("* myContacts ::: Family"), gender, the organisation, its department and the job title.
 */
const CLOSED =
  /^(?:.+ \d+ - (?:Type|Label)|Group Membership|Labels|Categories|Gender|Sensitivity|Priority|Language|Location|Subject|Billing Information|Directory Server|Mileage|Occupation|Hobby|Initials|Name Prefix|Name Suffix|Title|Suffix|Web Page|Company|Job Title|Department|Office Location|Organizational ID Number|Profession|Account|Organization(?: \d+ -)? (?:Name|Title|Department|Type|Location|Job Description|Symbol|Yomi Name)|Organization \d+ - Name|Photo|Priority)$/;

/**
 * Cells no firm has of its own: a home address or phone, a mobile, a birthday, a spouse or child. On a row
 * without a person's name they are still a person's (a sole trader's, or a contact whose name was left out).
 */
/** A Google typed value ("Phone 1 - Value", "Address 2 - Street") whose "- Type" cell says what it is. */
const TYPED_VALUE = /^(.+ \d+) - (?!Type$|Label$)[^-]+$/;
/** A type label only a person's value has: a mobile, a home, a private line ("* Mobile", "Home"). */
const PERSONAL_TYPE = /^[\s*]*(?:mobile|cell|home|personal|private|privat|mobil|handy)\b/i;
const PERSON_ONLY =
  /^(?:Home .+|Other (?:Street|City|Postal Code|Address)|Mobile Phone|Car Phone|Pager|Birthday|Spouse|Children|Nickname|E-mail 2 Address|E-mail 3 Address)$/;

function roleOf(heading: string): ColumnRole | undefined {
  if (OWN_NAME.test(heading)) return { kind: 'name', core: CORE_NAME.test(heading) };
  if (OTHER_NAME.test(heading)) return { kind: 'name', core: false };
  if (heading === 'Birthday') return { kind: 'value', type: 'DATE_OF_BIRTH' };
  if (/^E-mail(?: [23])? Address$|^E-mail \d+ - Value$/.test(heading)) return { kind: 'value', type: 'EMAIL_ADDRESS' };
  if (PERSONAL_PHONE.test(heading)) return { kind: 'value', type: 'PHONE_NUMBER' };
  if (FIRM_PHONE.test(heading)) return { kind: 'closed' };
  if (FIRM_NAME.test(heading)) return { kind: 'closed', firm: true };
  const outlook = OUTLOOK_ADDRESS.exec(heading);
  if (outlook) {
    if (outlook[1] === 'Business') return { kind: 'closed' };
    if (outlook[2] === 'Country') return { kind: 'country', group: outlook[1] };
    if (outlook[2] === 'Address') return { kind: 'address-formatted', group: outlook[1] };
    return { kind: 'address-part', group: outlook[1] };
  }
  const google = GOOGLE_ADDRESS.exec(heading);
  if (google) {
    if (google[2] === 'Country') return { kind: 'country', group: google[1] };
    if (google[2] === 'Formatted') return { kind: 'address-formatted', group: google[1] };
    return { kind: 'address-part', group: google[1] };
  }
  if (CLOSED.test(heading)) return { kind: 'closed' };
  return undefined;
}

/** A record's cells, each the span of its content (inside the quotes, doubled quotes as written). */
type Cell = Span;

/**
 * The records of a CSV from `from` on, read as RFC 4180 does: a quoted cell runs to its closing quote over commas
 * and line breaks, `""` inside it is one quote. One pass, each character looked at once.
 */
function csvRecords(text: string, from: number, limit = Infinity): Cell[][] {
  const records: Cell[][] = [];
  let record: Cell[] = [];
  let i = from;
  for (;;) {
    let cell: Cell;
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = text.length;
          break;
        }
        if (text[q + 1] === '"') j = q + 2;
        else {
          j = q;
          break;
        }
      }
      cell = { start: i + 1, end: j };
      i = Math.min(j + 1, text.length);
      // Anything between the closing quote and the delimiter belongs to no cell a writer makes; skip it.
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = { start: i, end: j };
      i = j;
    }
    record.push(cell);
    if (i < text.length && text[i] === ',') {
      i++;
      continue;
    }
    records.push(record);
    if (records.length >= limit) break;
    record = [];
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    // A blank line ends the export (a table runs until an empty line, as tables.ts reads them).
    if (i >= text.length || text[i] === '\n' || text[i] === '\r') break;
  }
  return records;
}

/** A cell's span without blanks around its value; undefined when empty. */
function filled(text: string, cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  let { start, end } = cell;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * The headings of the header row on the line from `lineStart`, read within that line only (a header's cells hold
 * no line break), or undefined when the line names no given or first name: cheap for any line of any table.
 */
function headerHeadings(text: string, lineStart: number): string[] | undefined {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (!HINT.test(line)) return undefined;
  return csvRecords(line, 0, 1)[0].map((c) => line.slice(c.start, c.end).trim());
}

/** A header row of a contact export: where it starts, and its columns' roles. */
interface ContactExport {
  headerStart: number;
  headerEnd: number;
  roles: (ColumnRole | undefined)[];
  /** Per column: a cell only a person has (PERSON_ONLY). */
  personOnly: boolean[];
  /** Per column: the column of its Google type label ("Phone 1 - Value" → "Phone 1 - Type"), if any. */
  typeColumn: (number | undefined)[];
  records: Cell[][];
}

/** The contact exports of a text (each header row with the records under it). */
function contactExports(text: string): ContactExport[] {
  if (!HINT.test(text)) return [];
  const out: ContactExport[] = [];
  const hint = /(?:Given|First) Name"?,/g;
  for (let m = hint.exec(text); m; m = hint.exec(text)) {
    const headerStart = text.lastIndexOf('\n', m.index) + 1;
    const headings = headerHeadings(text, headerStart);
    if (!headings || !isContactExportHeader(headings)) {
      // One look per line: the line's other hints are the same line.
      const lineEnd = text.indexOf('\n', m.index);
      hint.lastIndex = lineEnd === -1 ? text.length : lineEnd;
      continue;
    }
    const records = csvRecords(text, headerStart);
    const header = records[0];
    const headerEnd = header[header.length - 1].end;
    hint.lastIndex = Math.max(hint.lastIndex, headerEnd);
    const rows = records.slice(1);
    out.push({
      headerStart,
      headerEnd,
      roles: headings.map(roleOf),
      personOnly: headings.map((h) => PERSON_ONLY.test(h)),
      typeColumn: headings.map((h) => {
        const m = TYPED_VALUE.exec(h);
        const at = m ? headings.indexOf(`${m[1]} - Type`) : -1;
        return at >= 0 ? at : undefined;
      }),
      records: rows,
    });
    const last = rows[rows.length - 1];
    if (last) hint.lastIndex = Math.max(hint.lastIndex, last[last.length - 1].end);
  }
  return out;
}

/**
 * Whether a header row's headings are a Google or Outlook contact export's: a given/first and a family/last name
 * heading and two or more headings only these exports write.
 */
function isContactExportHeader(headings: readonly string[]): boolean {
  const given = headings.some((h) => h === 'Given Name' || h === 'First Name');
  const family = headings.some((h) => h === 'Family Name' || h === 'Last Name');
  return given && family && headings.filter((h) => EXPORT_HEADING.test(h)).length >= 2;
}

/**
 * Where the contact export whose header row starts at `lineStart` ends (its last record's last cell), or undefined
 * when the line is no such header: tables.ts skips the export whole, as this reader reads it.
 */
export function contactExportEnd(text: string, lineStart: number): number | undefined {
  const headings = headerHeadings(text, lineStart);
  if (!headings || !isContactExportHeader(headings)) return undefined;
  const records = csvRecords(text, lineStart);
  const last = records[records.length - 1];
  return last[last.length - 1].end;
}

/** Dates Google ("1953-04-12", "--04-12" without a year) and Outlook ("4/12/1953") write; "0/0/00" is none. */
const BIRTHDAY = /^(?:\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}\/\d{1,2}\/\d{1,2})$/;
const NO_DATE = /^0+[/.-]0+[/.-]0+$/;

/** Whether the cell's value is of the type its heading gives (a phone has digits, a mailbox an @). */
function valueOfType(type: EntityType, value: string): boolean {
  if (type === 'DATE_OF_BIRTH') return BIRTHDAY.test(value) && !NO_DATE.test(value);
  if (type === 'EMAIL_ADDRESS') return /^[^\s@]+@[^\s@]+$/.test(value);
  if (type === 'PHONE_NUMBER') return (value.match(/\d/g)?.length ?? 0) >= 5;
  return true;
}

/** What one record says: its persons' values and the cells that hold none (labels, the firm's own). */
function readRecord(
  text: string,
  roles: (ColumnRole | undefined)[],
  personOnly: boolean[],
  record: Cell[],
  reading: Required<FieldReading>,
): void {
  // A row with the organisation's name and no given, middle or family name is the firm's own card (a funeral
  // home, a registry), also when its display name repeats the organisation's: its phones, addresses and
  // mailboxes are the organisation's. A row naming no firm, or a firm named like a person (a sole trader), is
  // a person's (fail closed); a firm row's home, mobile and birthday cells are still a person's.
  const firms = new Set<string>();
  record.forEach((c, i) => {
    const role = roles[i];
    const cell = filled(text, c);
    if (role?.kind === 'closed' && role.firm && cell) firms.add(text.slice(cell.start, cell.end));
  });
  const person =
    record.some((c, i) => {
      const role = roles[i];
      const cell = filled(text, c);
      return role?.kind === 'name' && role.core && cell !== undefined && !firms.has(text.slice(cell.start, cell.end));
    }) ||
    firms.size === 0 ||
    [...firms].some(readsAsPersonName);
  const groups = new Map<string, { parts: Cell[]; formatted?: Cell; country?: string }>();
  for (let i = 0; i < record.length; i++) {
    const role = roles[i];
    const cell = filled(text, record[i]);
    if (!role || !cell) continue;
    const value = text.slice(cell.start, cell.end);
    if ((!person && !personOnly[i]) || role.kind === 'closed') {
      reading.closed.push(cell);
      continue;
    }
    if (role.kind === 'name') {
      if (/\p{L}/u.test(value)) reading.personal.push(field('PERSON', cell));
    } else if (role.kind === 'value') {
      // A cell of no value of its type (Outlook's "0/0/00" for no birthday) holds no one's value either.
      if (valueOfType(role.type, value)) reading.personal.push(field(role.type, cell));
      else reading.closed.push(cell);
    } else {
      const group = groups.get(role.group) ?? { parts: [] };
      groups.set(role.group, group);
      if (role.kind === 'address-part') group.parts.push(cell);
      else if (role.kind === 'address-formatted') group.formatted = cell;
      else group.country = value;
    }
  }
  for (const { parts, formatted, country } of groups.values()) {
    // Street to postal code in separate cells: one address, the delimiters between inside (the country after it is outside).
    if (parts.length > 0 && parts.some((p) => /\p{L}/u.test(text.slice(p.start, p.end))))
      reading.personal.push(field('POSTAL_ADDRESS', { start: parts[0].start, end: parts[parts.length - 1].end }));
    if (formatted) {
      let end = formatted.end;
      // The country on its own last line, as the Country cell repeats it, is outside the address.
      const lastBreak = text.lastIndexOf('\n', end - 1);
      if (country && lastBreak > formatted.start && text.slice(lastBreak + 1, end).trim() === country) end = lastBreak;
      const span = filled(text, { start: formatted.start, end });
      if (span) reading.personal.push(field('POSTAL_ADDRESS', span));
    }
  }
}

const field = (type: EntityType, span: Span): Entity => ({
  type,
  start: span.start,
  end: span.end,
  score: FIELD_SCORE,
});

/**
 * The persons' values of every contact export in the text, typed by their column; the header row, label
 * columns and the firm's own cells are impersonal.
 */
export function contactCsvFields(text: string): FieldReading | undefined {
  const exports = contactExports(text);
  if (exports.length === 0) return undefined;
  const reading: Required<FieldReading> = { personal: [], impersonal: [], closed: [] };
  for (const x of exports) {
    reading.closed.push({ start: x.headerStart, end: x.headerEnd });
    for (const record of x.records) {
      // A firm's row keeps a mobile or home value the type cell beside it names (fail closed).
      const personOnly = x.personOnly.map((only, i) => {
        const t = x.typeColumn[i];
        const typeCell = t === undefined ? undefined : filled(text, record[t]);
        return only || (typeCell !== undefined && PERSONAL_TYPE.test(text.slice(typeCell.start, typeCell.end)));
      });
      readRecord(text, x.roles, personOnly, record, reading);
    }
  }
  return reading;
}
