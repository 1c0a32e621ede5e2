import { forgetAfterEachScan } from './per-scan-caches.js';
import { animalsBirthColumns, wholeBirthDate } from './birth-dates.js';
import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { byFirstLetter } from './letters.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { leftColumnParties, printedTableColumns, spacedTableColumns } from './spaced-tables.js';
import { isOrganisationName, opensWithInstitution } from './postal-shapes.js';
import { addressShapedCell } from './labelled-addresses.js';
import { PHONE_COLUMN } from './phone-columns.js';
import { contactExportEnd } from './interchange-contact-csv.js';
import { isLoadFileHeader, isLoadFilePersonField, loadFilePersons } from './load-files.js';
import { ROLE_COLUMN, ROLE_COLUMN_HINTS, roleCell } from './names-table-columns.js';
// E-discovery and legal-hold headings (custodians, privilege logs' authors and recipients): their own block.
import { DISCOVERY_COLUMN, DISCOVERY_COLUMN_HINTS, nameBeforeRole } from './discovery-columns.js';
import {
  ID_DOCUMENT_COLUMN,
  TAX_ID_COLUMN,
  columnValueType,
  latestYearOf,
  withoutCountryMark,
  type ColumnValueKind,
} from './column-values.js';

/**
 * Columns of CSV, TSV and Markdown tables that hold personal data, known by their heading: every
 * cell under a name heading is a person, every date under a birth-date heading a date of birth
 * (exports from HR, CRM and patient systems carry no other cue; "Geb.-Dat." abbreviated). A table runs until an empty line.
 */

/**
 * Column headings of a name column, singular or plural ("given_names", "Rufnamen", "forenames"), also after the
 * person's role ("learner_surname", "learner_first", "student_given"), or naming the people a column lists by their
 * trade ("Dolmetscher/in", "Interpreter": an agency's roster of freelancers).
 */
const NAME_COLUMN =
  /^(?:(?:full|first|last|given|family|familien|geburts|middle|maiden|sur|display|vor|nach|ruf|employee|customer|contact|patient|client|kunden|mitarbeiter|fore)?[ _-]?(?:names?|namen)|(?:learner|student|pupil|trainee|candidate|participant|attendee|employee|customer|client|patient)[ _-]?(?:first|last|given|family|sur|fore|middle)(?:[ _-]?names?)?|learner|vorname|nachname|mitarbeiter(?:in)?|employee|kunde|kundin|customer|ansprechpartner(?:in)?|kontakt(?:person)?|contact|patient(?:in)?|owner|inhaber(?:in)?|author|autor(?:in)?|assignee|bearbeiter(?:in)?|teilnehmer(?:in)?|participant|attendee|member|mitglied|recipient|empfänger(?:in)?|reviewer|person|guest|gast|applicant|bewerber(?:in)?|student|schüler(?:in)?|tenant|mieter(?:in)?|staff|mentor(?:in)?|mentee|mitarbeitende|beschäftigte[rn]?|teilnehmende|fahrer(?:in)?|driver|lehrer(?:in)?|teacher|tutor|betreuer(?:in)?|pfleger(?:in)?|nurse|child|spieler(?:in)?|player|stellvertreter(?:in)?|referent(?:in)?|speaker|dolmetscher(?:in)?|interpreter|übersetzer(?:in)?|translator|borrower|entleiher(?:in)?|leser(?:in)?|benutzerin|nutzerin|antragsteller(?:in)?|patron|subscriber|abonnent(?:in)?)$/i;
/** Headings of a value column: beside them a "Name" column names settings or properties, not people. */
const VALUE_HEADING = /^(?:werte?|values?|default(?:wert)?|standardwert|einstellung(?:en)?|settings?|einheit|unit)$/i;
/**
 * Gender and plural marks of a heading, in every spelling German uses: slash, star, colon, underscore and capital I
 * ("Mitarbeiter/in", "Teilnehmer*innen", "Benutzer:in", "Nutzer_innen", "LeserInnen", "Name(n)").
 */
const HEADING_MARKS = /(?:\/-?(?:in|innen|r|e|n)|[*:_](?:in|innen)|(?<=[a-zäöü])In(?:nen)?|\((?:in|innen|s|n|r|e)\))$/;
/** Column headings of a date-of-birth column ("Geburtsdatum", "Geb.-Datum", "DOB", "Date of birth", "birthday"). */
export const BIRTH_DATE_COLUMN =
  /^(?:geburts-?datum|geburtstag|geb\.?(?:[ -]*dat(?:um|\.)?)?|geboren(?:[ -]?am)?|dob|d\.o\.b\.?|(?:date[ -]?of[ -]?)?birth(?:[ -]?(?:date|day))?|born(?:[ -]?on)?|date[ -]de[ -]naissance|n[ée]e?\(?e?\)?[ -]le|fecha[ -]de[ -]nacimiento|data[ -]di[ -]nascita|data[ -]de[ -]nascimento|geboortedatum|f[øo]dselsdato|f[öo]delsedatum|syntym[äa]aika|data[ -]urodzenia|datum[ -]narozen[íi]|do[ğg]um[ -]tarihi|data[ -]na[șs]terii|sz[üu]let[ée]si[ -](?:d[áa]tum|id[őo])|дата[ -]рождения)$/i;
/**
 * Where a table's line may be: a tab, semicolon or bar, or a comma without a space or digit after it
 * (prose and amounts have one); the first at or after `from`, or -1. Found with `indexOf` per
 * character (a fast search for one character) instead of a pattern over the whole text, each
 * character's next place remembered: the same places as `/[\t;|]|,(?![ \d])/g`, in a quarter of the time.
 */
export function delimiterHints(text: string): (from: number) => number {
  // The next place of each delimiter at or after the last `from` (-1: none up to the end), recomputed only when passed.
  const next = [-2, -2, -2, -2];
  const delimiters = ['\t', ';', '|', ','];
  return (from) => {
    let first = -1;
    for (let d = 0; d < 4; d++) {
      let at = next[d];
      if (at !== -1 && at < from) {
        at = text.indexOf(delimiters[d], from);
        // A comma followed by a blank or a digit is prose or an amount: the next comma, then.
        if (d === 3) while (at !== -1 && isProseCommaAt(text, at)) at = text.indexOf(',', at + 1);
        next[d] = at;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  };
}

/** A comma the delimiter hint passes over: a space or an ASCII digit right after it. */
function isProseCommaAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at + 1);
  return code === 32 || (code >= 48 && code <= 57);
}
/** A heading line worth splitting: it names one of the columns above. */
const HEADING_HINT = new RegExp(
  byFirstLetter(
    'steuer|tax|idnr|tin|pass|borrower|entleiher|leser|benutzer|nutzer|antragsteller|patron|subscriber|abonnent|ausweis|name|dolmetscher|interpreter|übersetzer|translator|staff|mentor|mentee|beschäftigt|fahrer|driver|lehrer|teacher|tutor|betreuer|pfleger|nurse|child|spieler|player|vertreter|referent|speaker|mitarbeiter|employee|kunde|customer|ansprechpartner|kontakt|contact|patient|owner|inhaber|autor|author|assignee|bearbeiter|teilnehmer|participant|attendee|member|mitglied|recipient|empfänger|reviewer|person|guest|gast|applicant|bewerber|student|learner|pupil|trainee|candidate|client|schüler|tenant|mieter|geb|birth|dob|d\\.o\\.b|born'
      .split('|')
      // A load file's Bates headings (load-files.ts) and the e-discovery person headings (discovery-columns.ts).
      .concat(ROLE_COLUMN_HINTS, DISCOVERY_COLUMN_HINTS, [
        'begdoc',
        'begbates',
        'prodbeg',
        'anschrift',
        'adresse',
        'address',
        'gläubiger',
        'creditor',
        'schuldner',
        'debtor',
      ]),
  ),
  'i',
);

/**
 * A calendar's or card's property with parameters ("ATTENDEE;CN=…;ROLE=…:mailto:…", "TEL;TYPE=cell:…"): its
 * semicolons separate parameters, no table's cells. Property lines one under another are no heading and rows.
 */
const CALENDAR_PROPERTY = /^[ \t]*[A-Z][A-Z-]*;[A-Za-z-]+=/;

const isBlankOrQuoteCode = codeUnitTest(/[\s"]/);

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
      while (s < e && isBlankOrQuoteCode(text.charCodeAt(s))) s++;
      while (e > s && isBlankOrQuoteCode(text.charCodeAt(e - 1))) e--;
      out.push({ start: s, end: e });
      cellStart = i + 1;
    }
  }
  return out;
}

/**
 * "Benutzer"/"Nutzer" alone heads the accounts of an audit log or a system's user list ("system", "root", mailboxes);
 * written with a gender mark or in the feminine ("Benutzer/in", "Nutzer:innen", "BenutzerInnen", "Benutzerin") it
 * heads people (a reading room's seat plan). Tested on the heading before its mark is taken off.
 */
const GENDERED_USER_HEADING = /^(?:be)?nutzer(?:\/-?(?:in|innen)|[*:_](?:in|innen)|\((?:in|innen)\)|in|innen)$/;
/**
 * Two name headings in one ("Familienname, Vorname", "Last name / first name", "Name, Vorname"): registers and
 * signature lists head one column "Surname, Given" and write each person so. A comma, or a slash between blanks (a
 * slash without them is a gender mark: "Mitarbeiter/in").
 */
const JOINED_HEADINGS = /[ \t]*,[ \t]*|[ \t]+\/[ \t]+/;
const joinedNameHeading = (plain: string) => {
  const parts = plain.split(JOINED_HEADINGS);
  return parts.length === 2 && parts.every((p) => NAME_COLUMN.test(p.replace(HEADING_MARKS, '')));
};
/** Whether a heading names a column of people's names ("Name", "Fahrer", "Benutzer/in", "Familienname, Vorname"). */
const nameHeading = (heading: string) =>
  NAME_COLUMN.test(plainHeading(heading)) ||
  joinedNameHeading(plainHeading(heading)) ||
  GENDERED_USER_HEADING.test(
    heading
      .replace(HEADING_NOTE, '')
      .replace(/^[*_]+|[*_]+$/g, '')
      .trim()
      .toLowerCase(),
  );

/** Whether a heading names a column of people's names: a table's or a list's heading line is nobody's name. */
export const isNameHeading = (heading: string) => nameHeading(heading);

/** Whether the heading names a person by a role only ("Operator"), not as a name column ("Name", "Fahrer"). */
export const isRoleHeading = (heading: string) => !nameHeading(heading) && ROLE_COLUMN.test(plainHeading(heading));

/** What a column holds, from its heading. */
export function columnKind(heading: string): 'PERSON' | ColumnValueKind | undefined {
  const plain = plainHeading(heading);
  if (nameHeading(heading) || ROLE_COLUMN.test(plain) || DISCOVERY_COLUMN.test(plain)) return 'PERSON';
  if (BIRTH_DATE_COLUMN.test(plain)) return 'DATE_OF_BIRTH';
  // A phone column is read only in a table the name and birth headings above let in (no hint of its own: no cost elsewhere).
  if (PHONE_COLUMN.test(plain)) return 'PHONE_NUMBER';
  // "Tax ID (DE)", "Passport (UK)": the country mark names no other column.
  const unmarked = withoutCountryMark(plain);
  if (TAX_ID_COLUMN.test(unmarked)) return 'DE_TAX_ID';
  if (ID_DOCUMENT_COLUMN.test(unmarked)) return 'ID_DOCUMENT';
  return undefined;
}

/**
 * Headings of a column of postal addresses ("Anschrift", "Address", "Wohnanschrift"): each cell shaped as an
 * address is one address, whatever its street is called (the heading is its label).
 */
const ADDRESS_COLUMN = /^(?:anschrift|wohnanschrift|privatanschrift|adresse|wohnadresse|address|home[ _-]?address)$/i;
/**
 * Headings of a column of parties to a claim ("Gläubiger", "Creditor", "Schuldner", "Debtor"): firms, offices
 * and funds stand there beside people, so only a cell written as a person's "Family, Given" is a name.
 */
const NUMBERED_NAME_FIELD = /^name[ _]?[1-4]$/i;
const PARTY_COLUMN = /^(?:gläubiger(?:in)?|creditor|schuldner(?:in)?|debtor)$/i;
/** "Raudsepp, Liis", "Hajî Omeran, Hêja", "Ellul Mercer, Rożanne": family name(s), a comma, given name(s). */
const FAMILY_COMMA_GIVEN =
  /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}, ?\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;
const partyCell = (value: string) => FAMILY_COMMA_GIVEN.test(value) && personCell(value) && !isOrganisationName(value);

/** Box-drawing characters (U+2500–U+257F) whose stroke runs across only: a frame's rule, no cell's edge. */
const ACROSS_ONLY = /[\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2550\u2574\u2576\u2578\u257a\u257c\u257e]/g;
const BOX_DRAWING = /[\u2500-\u257f]/g;
/**
 * The text with a box-drawn table's frame ("│Nr. │Gläubiger │", "├───┼───┤") written as a Markdown table's
 * ("|Nr. |Gläubiger |", "|---|---|"), one code unit for one, so the offsets stay: a frame's uprights are its
 * cells' edges, and a printed or screen-captured list is read as any delimited table.
 */
function boxFramesAsBars(text: string): string {
  if (!/[\u2500-\u257f]/.test(text)) return text;
  return text.replace(ACROSS_ONLY, '-').replace(BOX_DRAWING, '|');
}

/** A comment line of an export or a script: "#" or "//" and a blank first ("#12 | …" is a row's number). */
const COMMENT_LINE = /^[ \t]*(?:#+|\/\/)[ \t]/;
/** A printed list's rule line: dashes, equals signs or underscores only. */
const RULE_LINE = /^[ \t]*[-=_]{3,}[ \t]*$/;
/**
 * A row of a bar-drawn list with fewer cells than its heading by two or more: a total or a note across the columns
 * ("| Summe                                  |   5.022,08 |"), whose cells stand under no heading of their own.
 */
function spanningRow(text: string, start: number, end: number, headings: number): boolean {
  let bars = 0;
  for (let i = text.indexOf('|', start); i !== -1 && i < end; i = text.indexOf('|', i + 1)) bars++;
  return bars > 0 && bars + 1 < headings - 1;
}

/**
 * "Name | Eskici, Şule" over "Mobil | 0176 …": a form of labels and values, no table. The line's only
 * other cell holds a full name itself, so the cells below the label are the next fields' labels ("Mobil",
 * "Tax ID (DE)"), not names: the name is that cell. A table's heading line holds headings ("Name | Abteilung").
 */
function keyValueLine(text: string, heads: { start: number; end: number }[], columns: { index: number }[]): boolean {
  // Empty cells after the two ("Customer;Tuskul Nikiforov;;" of a workbook's quote sheet) do not count.
  const filled = heads.filter((h) => h.end > h.start);
  if (filled.length !== 2 || filled[1] !== heads[1] || columns.length !== 1 || columns[0].index !== 0) return false;
  return fullNameValue(text.slice(heads[1].start, heads[1].end));
}

/** Two to four words, one a name and none an ordinary word: a full name, no heading ("Alter Ort" is a heading). */
export function fullNameValue(value: string): boolean {
  const words = value.split(/[\s,]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // A known name, or words shaped as names of which none is a word of the language (a workbook's unlisted names).
    (words.some((word) => isKnownName(word) && !isCommonWord(word)) ||
      words.every((word) => NAME_SHAPED.test(word) && !isEnglishWord(word.toLowerCase()) && !isCommonWord(word))) &&
    !words.some((word) => isDictionaryWord(word))
  );
}

/**
 * A row of a table whose heading stands above, read as a heading because a cell holds a key
 * ("record;field;old;new" over "P-10140;name;;Ş. Bozkurtlar"): the line above is a heading of words
 * with as many cells, none empty, and this one holds an identifier (digits, not a numbered heading
 * such as "Telefon 1" or "Zi. 2"), as values do and headings do not. Its cells are values: the column
 * below is no name column (it held "phone", "mail", "dob"). Narrow on purpose, because it stops a
 * column being read: a group row above ("Kunden;;;") or a heading with a trailing ";" keeps its names.
 */
function rowOfTableAbove(text: string, lineStart: number, delimiter: string, heads: { start: number; end: number }[]) {
  if (lineStart < 2) return false;
  const above = text.lastIndexOf('\n', lineStart - 2) + 1;
  if (lineStart - 1 - above > 2000) return false;
  const aboveCells = cells(text, above, lineStart - 1, delimiter);
  if (aboveCells.length !== heads.length) return false;
  if (aboveCells.some((c) => c.end === c.start || /\d/.test(text.slice(c.start, c.end)))) return false;
  return heads.some((h) => {
    const cell = text.slice(h.start, h.end);
    return /\d/.test(cell) && !NUMBERED_HEADING.test(cell);
  });
}
/** psql's expanded display's row line ("-[ RECORD 2 ]+------"): the lines under it are one row's fields. */
const EXPANDED_RECORD_LINE = /^-\[ RECORD \d+ \]/;
/**
 * Whether the line at `lineStart` is a field of a psql expanded record ("surname | Okafor" under "-[ RECORD 1 ]"):
 * a key and its value, no table's heading; the keys below it are no column's cells (screen-fields.ts reads them).
 * At most 100 lines looked back, each of one bar.
 */
function insideExpandedRecord(text: string, lineStart: number): boolean {
  return ruleAbove(text, lineStart, 100, EXPANDED_RECORD_LINE, (line) => {
    const bar = line.indexOf('|');
    return bar >= 1 && line.indexOf('|', bar + 1) === -1;
  });
}

/**
 * Whether a line matching `rule` stands above the line at `lineStart`, every line between them (at most `max` looked
 * at, each read up to 200 characters) one that `continues` the block: a block is not read again from each of its lines.
 */
function ruleAbove(
  text: string,
  lineStart: number,
  max: number,
  rule: RegExp,
  continues: (line: string) => boolean,
): boolean {
  let end = lineStart - 1;
  for (let n = 0; n < max && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, Math.min(end, start + 200));
    if (rule.test(line)) return true;
    if (!continues(line)) return false;
    end = start - 1;
  }
  return false;
}
/** A Markdown table's rule under its heading: "|---|:--:|", "| --- | --- |". */
const MARKDOWN_TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/;

/**
 * Whether the line starting at `lineStart` is a body row of a Markdown table: the lines above it up to the
 * table's rule all start with "|" (at most 50 looked at, so a long table is not read again from every row).
 */
function insideMarkdownTable(text: string, lineStart: number): boolean {
  return ruleAbove(text, lineStart, 50, MARKDOWN_TABLE_RULE, (line) => /^[ \t]*\|/.test(line));
}

/**
 * The name in a Markdown key-value row ("| Name | Orla Brennickson |", "| Nachname | Brömmelkamp |"): its two
 * filled cells (the bars at the row's edges leave empty ones) a person's key and a full name, or a name part's
 * key and one word shaped as a name that is no word of the language, as "Nachname: …" is read.
 */
function markdownNameValue(
  text: string,
  heads: { start: number; end: number }[],
  columns: { index: number; kind: string }[],
): { start: number; end: number } | undefined {
  const filled = heads.filter((h) => h.end > h.start);
  if (filled.length !== 2 || columns.length !== 1 || columns[0].kind !== 'PERSON') return undefined;
  if (heads[columns[0].index] !== filled[0]) return undefined;
  const value = text.slice(filled[1].start, filled[1].end);
  if (fullNameValue(value)) return filled[1];
  if (!NAME_PART_COLUMN.test(plainHeading(text.slice(filled[0].start, filled[0].end)))) return undefined;
  return NAME_SHAPED.test(value) && !isCommonWord(value) && !isDictionaryWord(value) ? filled[1] : undefined;
}

/** A heading numbered as columns are ("Telefon 1", "Zi. 2", "Datum 12"): no identifier. */
const NUMBERED_HEADING = /^[\p{L}][\p{L} .-]*[ .]\d{1,2}$/u;

/** A heading of one part of a name: the other part most often stands in the column beside it. */
const NAME_PART_COLUMN =
  /^(?:family|familien|geburts|middle|maiden|last|sur|nach|given|first|vor|ruf|fore)[ _-]?(?:names?|namen)$/i;
/**
 * Headings of columns that hold single capitalised words and no person: places, units, products,
 * states, roles ("Ort", "city", "team", "product", "status"). Beside a surname they are no given name.
 */
const NOT_PERSON_COLUMN =
  /^(?:ort|wohnort|standort|geburtsort|stadt|city|town|place|site|location|region|land|country|state|bundesland|county|nationalit(?:y|ät)|staatsangehörigkeit|sprache|language|team|abteilung|department|dept|bereich|area|division|unit|gruppe|group|klasse|class|kurs|course|fach|subject|projekt|project|produkt|product|artikel|article|item|marke|brand|modell?|model|kategorie|category|typ|type|art|status|stand|zustand|phase|stage|rolle|role|position|funktion|function|job|beruf|title|titel|anrede|salutation|geschlecht|gender|firma|company|unternehmen|organi[sz]ation|account|bank|filiale|branch|farbe|colou?r|tag|tags|label|quelle|source|kanal|channel|system|tool|tarif|plan|level|stufe|note|grade|monat|month|day|wochentag|weekday|wohnsitz|sitz|heimatort|herkunft|origin|residence|station|ward|zimmer|room|raum|haus|building|gebäude|office|büro)$/i;
/** Endings of place names ("Rosenheim", "Wolfsburg", "Ludwigshafen"), which no given name carries. */
const PLACE_ENDING =
  /(?:heim|burg|dorf|hausen|stadt|stedt|berg|feld|furt|ingen|hafen|bach|brück|brücken|kirchen|rode|hagen|walde?|ford|chester|caster|bury|borough|field|ville|ham|mouth|grad|sk|polis)$/i;
/** A person's role before a column's heading ("learner_language", "student-level"). */
const ROLE_PREFIX =
  /^(?:learner|student|pupil|trainee|candidate|participant|attendee|employee|customer|client|patient)[_-]?/i;
/** Letters, with hyphens or apostrophes between them, starting with a capital and not all capitals. */
const NAME_SHAPED = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/**
 * Whether a column's cells are shaped like the other part of the names beside it: two rows or more,
 * every cell one or two capitalised words, none with a place's ending ("Wolfsburg"). Whether they are
 * names or products, languages, departments the name scorer decides by the words (partnerColumnsOf).
 */
function shapedLikeNameParts(values: string[]): boolean {
  const filled = values.filter((v) => v !== '');
  if (filled.length < 2 || filled.length < values.length / 2) return false;
  for (const value of filled) {
    const words = value.split(' ');
    if (words.length > 2 || !words.every((w) => NAME_SHAPED.test(w) && !PLACE_ENDING.test(w))) return false;
  }
  return true;
}

/**
 * The column beside a column of one name part ("family_name", "Nachname", "given") whose heading the
 * rules do not read ("holder", "Ruf", "Name 2") and whose cells are shaped like the other part: their indexes.
 */
function partnerColumns(
  text: string,
  heads: { start: number; end: number }[],
  columns: { index: number; kind: string }[],
  rows: { start: number; end: number }[][],
): number[] {
  const out: number[] = [];
  for (const { index, kind } of columns) {
    if (kind !== 'PERSON' || !NAME_PART_COLUMN.test(plainHeading(text.slice(heads[index].start, heads[index].end))))
      continue;
    for (const beside of [index - 1, index + 1]) {
      if (beside < 0 || beside >= heads.length || out.includes(beside)) continue;
      if (columns.some((c) => c.index === beside)) continue;
      // A role's prefix ("learner_language") leaves what the column holds.
      const heading = plainHeading(text.slice(heads[beside].start, heads[beside].end))
        .replace(/[\s.]+/g, '')
        .replace(ROLE_PREFIX, '');
      if (NOT_PERSON_COLUMN.test(heading) || /\d{3}/.test(heading)) continue;
      const values = rows.map((r) => (r[beside] ? text.slice(r[beside].start, r[beside].end) : ''));
      if (shapedLikeNameParts(values)) out.push(beside);
    }
  }
  return out;
}

/** A partner column's cells (start and end in the text), in row order. */
export type PartnerColumn = { start: number; end: number }[];

/** The cells of the partner columns tableColumns found in the text it read last, by column. */
let partnersOf: string | undefined;
let partners: PartnerColumn[] = [];

/**
 * The partner columns' cells of a text tableColumns has read (the scan reads the rules first): the
 * name scorer takes a column whose words score as names (name-model.ts).
 */
export function partnerColumnsOf(text: string): readonly PartnerColumn[] {
  return partnersOf === text ? partners : [];
}

/** Lets go of the last text and its partner columns (the scan calls it when done, so no text stays held). */
export function forgetPartnerColumns(): void {
  partnersOf = undefined;
  partners = [];
}
forgetAfterEachScan(forgetPartnerColumns);

/**
 * Cell values of a name column that nobody is called: a placeholder for no value ("NULL", "N/A", "TBD",
 * "unknown", "k. A.") or a server program named in a table of services ("NGINX", "PostgreSQL"). Whole
 * cells only: a name beside such a word ("Anna (TBD)") is still a name.
 */
export const NO_ONE =
  /^(?:null|none|n\/a|n\.[ \t]?a\.?|tbd|tba|tbc|unknown|unbekannt|k\.[ \t]?a\.?|nobody|undefined|nginx|apache|redis|postgres(?:ql)?|mysql|mariadb|mongodb|elasticsearch|rabbitmq|haproxy|traefik|kubernetes|localhost|system|root|admin|administrator|daemon|cron)$/i;

const CELL_EDGE = /[,;|\t\n"]/;
/** Whether start..end is a whole cell of a delimited line: only blanks between it and a delimiter or the line's ends. */
export function wholeCell(text: string, start: number, end: number): boolean {
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '"')) b--;
  let a = end;
  while (a < text.length && (text[a] === ' ' || text[a] === '"')) a++;
  return (b === 0 || CELL_EDGE.test(text[b - 1])) && (a === text.length || CELL_EDGE.test(text[a]));
}

/**
 * A name column's cell that may name a person: letters, no placeholder, and not an institution with its address
 * ("Pflegeheim Lindenhof, Am Anger 3" under "Kunde": a delivery to the home, no one's name; "Anna Bank" stays).
 */
export const personCell = (value: string) =>
  /\p{L}/u.test(value) &&
  !NO_ONE.test(value) &&
  !CODE_CELL.test(value) &&
  !(/\d/.test(value) && opensWithInstitution(value)) &&
  !FIRM_CELL_WORD.test(value) &&
  !groupCell(value);
/**
 * A record's code in a column whose heading may name people ("member": `M-44005`, "Leser": `LN-48000001`): capitals
 * and digits, no name in it (set 48's member numbers under a DataFrame's "member" heading).
 */
const CODE_CELL = /^\p{Lu}{1,4}[-/]?\d{3,}$/u;
/**
 * A group booked under a name column ("Gruppe Uni Kassel", "Schulklasse 9b", "(group booking)"): a reading room's or
 * a course's list holds parties of visitors beside single people. The group word comes first and a blank or the
 * cell's end after it, so "Klasse, Mira" (a surname, then a given name) stays a person.
 */
const GROUP_CELL =
  /^\(?(?:gruppe|besuchergruppe|reisegruppe|schulklasse|klasse|kurs|seminar|group|class|course|school party)(?:[ \t]+(\S.*)|\))?$/i;
/**
 * Whether a name column's cell is a group (above). The group word alone is a surname as well ("Klasse", "Kurs",
 * "Class" in a surname column; review 51), and so is it before a single given name ("Klasse Mira"): both stay people.
 */
function groupCell(value: string): boolean {
  const m = GROUP_CELL.exec(value);
  if (!m) return false;
  if (m[1] === undefined) return value.endsWith(')') && value.startsWith('(');
  return !(/^\p{Lu}\p{Ll}+$/u.test(m[1]) && isGivenName(m[1]));
}
/**
 * A business's word in the cell ("Northgate Dental", "Praxis am Markt", "Autohaus Brinkmeier", "Kingfisher Accountants"):
 * a "Customer" or "Kunde" column of a CRM export holds accounts as well as people; no one's name holds these words.
 */
const FIRM_CELL_WORD =
  /(?<![\p{L}])(?:dental|dentistry|clinic|klinik|praxis|zahnarztpraxis|arztpraxis|stadtwerke|accountants|autohaus|apotheke|pharmacy|surgery|hospital|krankenhaus|hotel|restaurant|bäckerei|bakery|salon|kanzlei|solicitors|veterinary|tierarztpraxis|steuerberatung)(?![\p{L}])/iu;

/** A column of addresses or of parties to a claim, which columnKind (shared with other readers) leaves out. */
function addressOrPartyColumn(heading: string): 'POSTAL_ADDRESS' | 'PARTY' | 'PERSON' | undefined {
  const plain = plainHeading(heading);
  if (ADDRESS_COLUMN.test(plain)) return 'POSTAL_ADDRESS';
  // An ERP's numbered name fields ("Name 1", "NAME2": a business partner's name on up to four lines).
  if (NUMBERED_NAME_FIELD.test(plain)) return 'PERSON';
  if (PARTY_COLUMN.test(plain)) return 'PARTY';
  return undefined;
}

/**
 * A bulk-upload template's note after a heading (Google Workspace's user CSV: "First Name [Required]", "Status
 * [READ ONLY]", "Recovery Phone [MUST BE IN THE E.164 FORMAT]"): the column is the heading before it.
 */
const HEADING_NOTE = /\s\[[A-Z][A-Za-z0-9 .]{0,40}\]$/;

/**
 * A heading without its note, its emphasis and its gender mark. The mark goes before the inner stars and underscores
 * (a Markdown table's emphasis): once they are gone, "Benutzer*in" reads as "Benutzerin", "Nutzer_in" as "Nutzerin".
 */
const plainHeading = (heading: string) =>
  heading
    .replace(HEADING_NOTE, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(HEADING_MARKS, '')
    .replace(/[*_]+/g, '');

export const tableColumns = (source: string): Entity[] => {
  const out: Entity[] = [];
  partnersOf = source;
  const text = boxFramesAsBars(source);
  if (partners.length > 0) partners = [];
  const nextHint = delimiterHints(text);
  // The latest year the text names, read once and only when a serial number stands under a birth-date heading.
  let year: number | undefined;
  const latestYear = () => (year ??= latestYearOf(text));
  // Where the search for the next hint goes on.
  let from = 0;
  for (let hint = nextHint(from); hint !== -1; hint = nextHint(from)) {
    const lineStart = text.lastIndexOf('\n', hint) + 1;
    let lineEnd = text.indexOf('\n', hint);
    if (lineEnd === -1) lineEnd = text.length;
    from = lineEnd;
    const header = text.slice(lineStart, lineEnd);
    if (!HEADING_HINT.test(header) || CALENDAR_PROPERTY.test(header)) continue;
    const delimiter = ['\t', ';', '|', ','].find((d) => header.includes(d));
    if (!delimiter) continue;
    const heads = cells(text, lineStart, lineEnd, delimiter);
    // A Google or Outlook contact export is read by its own reader (interchange-contact-csv.ts): its quoted cells
    // run over line breaks, which this line-by-line reading would take for new rows.
    const contactExport = delimiter === ',' ? contactExportEnd(text, lineStart) : undefined;
    if (contactExport !== undefined) {
      from = Math.max(from, contactExport);
      continue;
    }
    // A production's load file (load-files.ts): its CUSTODIAN, FROM, TO, CC … fields hold lists of persons and addresses.
    const loadFile = isLoadFileHeader(heads.map((h) => text.slice(h.start, h.end)));
    type Column = {
      index: number;
      kind: NonNullable<ReturnType<typeof columnKind>> | 'POSTAL_ADDRESS' | 'PARTY' | 'LOAD_FILE_PERSON';
      role: boolean;
    };
    const columns = heads.flatMap((h, i): Column[] => {
      if (loadFile && isLoadFilePersonField(text.slice(h.start, h.end)))
        return [{ index: i, kind: 'LOAD_FILE_PERSON', role: false }];
      const kind = columnKind(text.slice(h.start, h.end)) ?? addressOrPartyColumn(text.slice(h.start, h.end));
      // A role heading ("Operator", "Agent") lists machines and tools too: its cells are read more strictly.
      return kind ? [{ index: i, kind, role: kind === 'PERSON' && isRoleHeading(text.slice(h.start, h.end)) }] : [];
    });
    if (columns.length === 0 || heads.length < 2) continue;
    // An address column is read only beside a column of people: its cells are theirs.
    if (!columns.some((c) => c.kind === 'PERSON' || c.kind === 'PARTY' || c.kind === 'LOAD_FILE_PERSON')) {
      for (let c = columns.length - 1; c >= 0; c--) if (columns[c].kind === 'POSTAL_ADDRESS') columns.splice(c, 1);
      if (columns.length === 0) continue;
    }
    if (rowOfTableAbove(text, lineStart, delimiter, heads)) continue;
    if (delimiter === '|' && heads.length === 2 && insideExpandedRecord(text, lineStart)) continue;
    // A Markdown table's body row ("| Name | Orla Brennickson |" under "| Field | Value |" and its rule): the
    // heading stands above the rule, so the rows below are no column of this line's keys ("Address", "Card").
    // Only the row itself may be a key and its value. Read on the source: a box-drawn table's frame ("┌──┬──┐",
    // bars in `text`) is no Markdown rule, and the line under it is its heading.
    if (delimiter === '|' && insideMarkdownTable(source, lineStart)) {
      const value = markdownNameValue(text, heads, columns);
      if (value) out.push({ type: 'PERSON', start: value.start, end: value.end, score: 0.9 });
      continue;
    }
    // A herd register ("Ohrmarke | Geb.-Datum | Rasse", "Ear tag | Breed | Sex | DOB"): its birth dates are the animals'.
    // Its other columns are read as ever (a keeper's name column stays a name column).
    // A column naming its person ("Owner DOB", "Geburtsdatum Halter") keeps its dates: the keeper's.
    if (columns.some((c) => c.kind === 'DATE_OF_BIRTH')) {
      const animals = animalsBirthColumns(heads.map((h) => plainHeading(text.slice(h.start, h.end))));
      for (let c = columns.length - 1; c >= 0; c--)
        if (columns[c].kind === 'DATE_OF_BIRTH' && animals(columns[c].index)) columns.splice(c, 1);
      if (columns.length === 0) continue;
    }
    // A table of settings or properties ("| Name | Wert |", "Name;Value;Default"): its "Name" column names the keys.
    if (heads.some((h) => VALUE_HEADING.test(plainHeading(text.slice(h.start, h.end))))) {
      for (let c = columns.length - 1; c >= 0; c--)
        if (/^names?$/i.test(plainHeading(text.slice(heads[columns[c].index].start, heads[columns[c].index].end))))
          columns.splice(c, 1);
      if (columns.length === 0) continue;
    }
    // "Tax ID (DE) | 36 274 691 054": a form's label and its value on one line, no table's heading (the lines
    // below are the form's other fields, read on their own).
    const first = columns[0];
    if (
      first.kind !== 'PERSON' &&
      first.kind !== 'PARTY' &&
      first.kind !== 'POSTAL_ADDRESS' &&
      first.kind !== 'LOAD_FILE_PERSON' &&
      heads.length === 2 &&
      columns.length === 1 &&
      first.index === 0
    ) {
      const type = columnValueType(first.kind, text.slice(heads[1].start, heads[1].end), latestYear);
      if (type) {
        out.push({ type, start: heads[1].start, end: heads[1].end, score: 0.9 });
        continue;
      }
    }
    if (columns[0].kind === 'PERSON' && keyValueLine(text, heads, columns)) {
      out.push({ type: 'PERSON', start: heads[1].start, end: heads[1].end, score: 0.9 });
      continue;
    }
    let rowStart = lineEnd + 1;
    // The rows' cells, kept only where a column of one name part may have a partner beside it.
    const rows: { start: number; end: number }[][] = [];
    const keepRows = columns.some(
      (c) =>
        c.kind === 'PERSON' &&
        NAME_PART_COLUMN.test(plainHeading(text.slice(heads[c.index].start, heads[c.index].end))),
    );
    while (rowStart < text.length) {
      let rowEnd = text.indexOf('\n', rowStart);
      if (rowEnd === -1) rowEnd = text.length;
      const row = text.slice(rowStart, rowEnd);
      // A printed list's rule under its heading or before its total ("-----", "=====") goes on to the rows.
      const rule = delimiter === '|' && RULE_LINE.test(row);
      if (!row.trim() || (!row.includes(delimiter) && !rule)) break;
      // A comment line under the rows ("# Probe: Mo 19:30, Gemeindehaus …") ends them: its commas are prose's.
      if (COMMENT_LINE.test(row)) break;
      if (!rule && !/^[\s|:-]+$/.test(row) && !spanningRow(text, rowStart, rowEnd, heads.length)) {
        const rowCells = cells(text, rowStart, rowEnd, delimiter);
        if (keepRows) rows.push(rowCells);
        // Whether a person stands in the row: an address beside a firm or an office is theirs, no one's.
        let person = false;
        for (const { index, kind, role } of columns) {
          const cell = rowCells[index];
          if (cell && kind === 'LOAD_FILE_PERSON') {
            for (const span of loadFilePersons(text.slice(cell.start, cell.end), cell.start, personCell)) {
              out.push({ type: 'PERSON', start: span.start, end: span.end, score: 0.9 });
              person = true;
            }
            continue;
          }
          if (!cell || cell.end - cell.start > 60) continue;
          const value = text.slice(cell.start, cell.end);
          if (kind === 'POSTAL_ADDRESS' || kind === 'LOAD_FILE_PERSON') continue;
          if (kind === 'PARTY') {
            if (partyCell(value)) {
              out.push({ type: 'PERSON', start: cell.start, end: cell.end, score: 0.9 });
              person = true;
            }
            continue;
          }
          const type =
            kind === 'PERSON'
              ? personCell(value) && (!role || roleCell(value))
                ? kind
                : undefined
              : columnValueType(kind, value, latestYear);
          if (type === 'PERSON') person = true;
          // A privilege log's "Name (role)": the role in brackets is no part of the name.
          if (type === 'PERSON')
            out.push({ type, start: cell.start, end: cell.start + nameBeforeRole(value), score: 0.9 });
          else if (type) out.push({ type, start: cell.start, end: cell.end, score: 0.9 });
          // "March 8, 1993" unquoted in a CSV row: the date's comma split it into two cells.
          else if (kind === 'DATE_OF_BIRTH' && delimiter === ',' && rowCells[index + 1]) {
            const joined = rowCells[index + 1];
            if (wholeBirthDate(text.slice(cell.start, joined.end)))
              out.push({ type: kind, start: cell.start, end: joined.end, score: 0.9 });
          }
        }
        if (person)
          for (const { index, kind } of columns) {
            const cell = rowCells[index];
            if (kind !== 'POSTAL_ADDRESS' || !cell || cell.end - cell.start > 80) continue;
            if (addressShapedCell(text.slice(cell.start, cell.end)))
              out.push({ type: 'POSTAL_ADDRESS', start: cell.start, end: cell.end, score: 0.9 });
          }
      }
      rowStart = rowEnd + 1;
    }
    if (keepRows)
      for (const index of partnerColumns(text, heads, columns, rows))
        partners.push(rows.flatMap((row) => (row[index] && row[index].end > row[index].start ? [row[index]] : [])));
    from = Math.max(from, rowStart);
  }
  // Tables aligned by blanks (a scanned or PDF page's text) have no delimiter: read apart.
  if (source.includes('  '))
    out.push(
      ...spacedTableColumns(source, wholeBirthDate),
      ...leftColumnParties(source),
      ...printedTableColumns(source),
    );
  return out;
};
