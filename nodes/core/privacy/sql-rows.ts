import { forgetAfterEachScan } from './per-scan-caches.js';
import { KeywordPattern } from './keyword-pass.js';

/**
 * The one reader of SQL statements that carry values: it finds a statement's column list and yields each
 * value with its column's name and its exact original span. A knowledge base gets dumps of any dialect:
 * PostgreSQL COPY … FROM stdin (text format: tabs, "\N" nulls, the "\." end line; or CSV), pg_dump and
 * mysqldump INSERTs with or without a column list (then the columns of the text's CREATE TABLE of that
 * table), multi-row VALUES (…),(…), UPDATE … SET col = 'v' WHERE …, DELETE … WHERE col = 'v'. Identifiers
 * may be quoted ("first_name", `first_name`, [first_name]) and schema-qualified.
 *
 * A quoted value's span is what stands between its quotes, SQL's own escapes inside it ('O''Brien',
 * mysqldump's 'O\'Brien', COPY's "Maj\tBritt"): the detectors label a value as it stands. NULL and \N are
 * no value; nor is an empty cell. What the columns mean is decided elsewhere (sql-values.ts).
 *
 * Every character is read a bounded number of times: statements are found in the shared keyword pass,
 * each value is read once, and nothing looks back.
 */

export interface SqlCell {
  /** The column's name as written, without quotes or a table prefix ("first_name", "geburtsdatum"). */
  column: string;
  /** All column names of the statement (for what the record as a whole is), in order. */
  columns: readonly string[];
  start: number;
  end: number;
}

/** Statement heads; the rest of each is read by hand. "copy" and "update" are common words: the regex asks for their SQL shape. */
const NAME = String.raw`(?:[\w$]+|"[^"\n]{1,64}"|\x60[^\x60\n]{1,64}\x60|\[[^\]\n]{1,64}\])`;
const TABLE = String.raw`(${NAME}(?:\.${NAME}){0,2})`;
const HEAD = new KeywordPattern(
  new RegExp(
    String.raw`(?:(?:insert|replace)(?:[ \t]+(?:ignore|low_priority|delayed))?[ \t]+into[ \t]+${TABLE}\s{0,200}(?:(?:\(([^()]{1,2000})\)\s{0,200})?values|(set)(?=\s))\s{0,200}` +
      String.raw`|copy[ \t]+${TABLE}[ \t]*(?:\(([^()\n]{1,2000})\)[ \t]*)?from[ \t]+stdin\b([^;\n]{0,200});[ \t\r]*\n` +
      String.raw`|update[ \t]+${TABLE}\s{1,200}set\s{1,200}` +
      String.raw`|delete[ \t]+from[ \t]+${TABLE}\s{1,200}where\s{1,200}` +
      // A query typed at a database shell's prompt: what it looks for is compared in its WHERE clause.
      String.raw`|select[ \t]+([^;\n]{1,500}?)[ \t]+from[ \t]+${TABLE}(?:[ \t]+(?:as[ \t]+)?[a-z_]\w{0,30})??[ \t]+where\s{1,200}` +
      String.raw`|create[ \t]+(?:temporary[ \t]+|temp[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?${TABLE}\s{0,200}\()`,
    'i',
  ),
  ['insert', 'replace', 'copy', 'update', 'delete', 'select', 'create'],
);

/** How many rows of a COPY block are read, and how long a value or a CREATE TABLE body may be. */
const MAX_ROWS = 20000;
const MAX_VALUE = 4000;
const MAX_BODY = 20000;

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/** An identifier without its quotes and table prefix: `public`."Vorname" → Vorname. */
export function bareName(name: string): string {
  const parts = name.trim().split('.');
  return parts[parts.length - 1].replace(/^["`[]|["`\]]$/g, '').trim();
}

/** SQL's "--" line comments and slash-star block comments (an unclosed one runs to the end), read as a blank. */
const COMMENT = /--[^\n]*|\/\*[^]*?(?:\*\/|$)/g;
const withoutComments = (sql: string) => sql.replace(COMMENT, ' ');

/** Column names of a list "(id, `first_name`, "dob")"; a comment's commas ("-- given, not family") split nothing. */
const columnList = (list: string) => withoutComments(list).split(',').map(bareName);

export function sqlCells(text: string): SqlCell[] {
  const out: SqlCell[] = [];
  /** Columns of the tables the text creates, by lower-case bare table name. */
  const tables = new Map<string, string[]>();
  let from = 0;
  for (let m = HEAD.matchFrom(text, from); m; m = HEAD.matchFrom(text, from)) {
    const end = m.index + m[0].length;
    const keyword = m[0].charCodeAt(0) | 32;
    if (keyword === 105 /* insert */ || (keyword === 114 && (m[0].charCodeAt(1) | 32) === 101) /* replace */) {
      // MySQL's "INSERT INTO t SET col = 'v', …" names each value as an UPDATE does.
      const columns = m[2] !== undefined ? columnList(m[2]) : tables.get(bareName(m[1]).toLowerCase());
      if (m[3] !== undefined) from = readAssignments(text, end, out, true);
      else from = columns ? readValueRows(text, end, columns, out) : end;
    } else if (keyword === 99 && (m[0].charCodeAt(1) | 32) === 111 /* copy */) {
      const columns = m[5] !== undefined ? columnList(m[5]) : tables.get(bareName(m[4]).toLowerCase());
      from = columns ? readCopyRows(text, end, columns, m[6] ?? '', out) : end;
    } else if (keyword === 117 /* update */) from = readAssignments(text, end, out, true);
    else if (keyword === 100 /* delete */) from = readAssignments(text, end, out, false);
    else if (keyword === 115 /* select */)
      // The selected columns say whose record the query reads ("SELECT id, name, iban …": a person's); "*" says nothing.
      from = readAssignments(text, end, out, false, withoutComments(m[9]).split(',').map(bareName));
    else {
      const body = createTableColumns(text, end);
      if (body.columns) tables.set(bareName(m[11]).toLowerCase(), body.columns);
      from = body.end;
    }
    from = Math.max(from, end);
  }
  return out;
}

/** Words that open a CREATE TABLE item which is no column. */
const CONSTRAINT = /^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial|exclude|like|period)$/i;

/** The column names of a CREATE TABLE body starting after its "(", and where it ends. */
function createTableColumns(text: string, at: number): { columns?: string[]; end: number } {
  const columns: string[] = [];
  const limit = Math.min(text.length, at + MAX_BODY);
  let depth = 0;
  let itemStart = at;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    // Comments are skipped: their apostrophes ("the customer's name") open no string, their commas part nothing.
    if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl >= limit ? limit : nl;
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 || close >= limit ? limit : close + 1;
    } else if (c === 39 /* ' */) {
      const close = nextQuote(text, i + 1);
      // An unclosed quote: no body, and the reader moves on past the "(" (the statements after it are read).
      if (close >= limit) return { end: at };
      i = close;
    } else if (c === 40) depth++;
    else if (c === 41 || (c === 44 && depth === 0)) {
      if (c === 41 && depth > 0) {
        depth--;
        continue;
      }
      const first = /^\s*((?:[\w$]+|"[^"]+"|`[^`]+`|\[[^\]]+\]))/.exec(
        withoutComments(text.slice(itemStart, Math.min(i, itemStart + 200))),
      );
      if (first && !CONSTRAINT.test(first[1])) columns.push(bareName(first[1]));
      itemStart = i + 1;
      if (c === 41) return { columns, end: i + 1 };
    }
  }
  return { end: limit };
}

/**
 * The first "'" at or after `from` (text.length if none). The last answer is kept: bodies and rows that start
 * before one unclosed quote each ask for it, and the text after it is searched once.
 */
let quoteText: string | undefined;
let quoteFrom = 0;
let quoteAt = 0;
forgetAfterEachScan(() => (quoteText = undefined));
function nextQuote(text: string, from: number): number {
  if (text !== quoteText || from < quoteFrom || from > quoteAt) {
    quoteText = text;
    quoteFrom = from;
    const q = text.indexOf("'", from);
    quoteAt = q === -1 ? text.length : q;
  }
  return quoteAt;
}

/** Whether only blanks stand between `at` and what ends a value: ",", ")", ";", or an assignment's WHERE, AND, OR. */
function closesAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 200 && isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c === 44 || c === 41 || c === 59 || i >= text.length) return true;
  WHERE.lastIndex = i;
  JOINER.lastIndex = i;
  return i > at && (WHERE.test(text) || JOINER.test(text));
}

/**
 * One SQL value at `at` (blanks before it skipped): a quoted string (its inside as the span), or an unquoted
 * token to the next "," or ")" outside parentheses (a number, NULL, NOW()). Undefined span for NULL and ''.
 */
function readValue(
  text: string,
  at: number,
  stopAtBlank: boolean,
  backslashes = true,
): { start: number; end: number; next: number; isValue: boolean } {
  let i = at;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  // A string's prefix: E'…' (PostgreSQL escapes), N'…', _utf8mb4'…'.
  let p = i;
  while (p < text.length && p - i < 10 && isWordChar(text.charCodeAt(p))) p++;
  let escaped = backslashes;
  if (p > i && text.charCodeAt(p) === 39 && /^(?:e|n|_\w+)$/i.test(text.slice(i, p))) {
    // E'…' is PostgreSQL's string with backslash escapes, whatever the reading.
    if ((text.charCodeAt(i) | 32) === 101 && p === i + 1) escaped = true;
    i = p;
  }
  if (text.charCodeAt(i) === 39) {
    const start = ++i;
    const limit = Math.min(text.length, start + MAX_VALUE);
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */ && escaped) i += 2;
      // The detectors' view writes an escaped quote as "’" (decode-escapes.ts): read without escapes, "C:\'"
      // stands there as "C:’", its "’" the closing quote when a "," or ")" follows.
      else if (c === 0x2019 && !escaped && closesAfter(text, i + 1)) break;
      else if (c === 39) {
        if (text.charCodeAt(i + 1) !== 39) break;
        i += 2;
      } else i++;
    }
    if (i >= limit) return { start, end: start, next: i, isValue: false };
    return { start, end: i, next: i + 1, isValue: i > start };
  }
  const start = i;
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_VALUE);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === 44 || c === 59 || c === 10 || (stopAtBlank && (c === 32 || c === 9 || c === 13))))
      break;
    else if (c === 39) break;
  }
  let end = i;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const token = text.slice(start, Math.min(end, start + 5));
  return { start, end, next: i, isValue: end > start && !/^null$/i.test(token) };
}

/**
 * One row "(v, 'v', NULL)" from after its "(": its cells and where its ")" is (-1 if it ends otherwise), read
 * with or without backslash escapes. Reading stops after one cell more than the columns.
 */
function readRow(
  text: string,
  at: number,
  columns: string[],
  backslashes: boolean,
): { cells: SqlCell[]; count: number; close: number } {
  const cells: SqlCell[] = [];
  let i = at;
  let count = 0;
  for (; count <= columns.length;) {
    const v = readValue(text, i, false, backslashes);
    if (v.isValue && count < columns.length)
      cells.push({ column: columns[count], columns, start: v.start, end: v.end });
    count++;
    i = v.next;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 44) break;
    i++;
  }
  return { cells, count, close: text.charCodeAt(i) === 41 ? i : -1 };
}

/**
 * Reads "(v, 'v', NULL), (…)" from `at`; returns where it stopped. A backslash escapes in mysqldump's strings
 * ('Jo\'el') but not in standard SQL's ('C:\' is whole): a row is read with escapes and, when that does not
 * close on ")" with a cell per column, again without. A row that closes neither way ends the statement just
 * after its "(".
 */
function readValueRows(text: string, at: number, columns: string[], out: SqlCell[]): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 40) {
    const escaped = readRow(text, i + 1, columns, true);
    let row = escaped;
    if (escaped.close === -1 || escaped.count !== columns.length) {
      const plain = readRow(text, i + 1, columns, false);
      if (plain.close !== -1 && (plain.count === columns.length || escaped.close === -1)) row = plain;
    }
    if (row.close === -1) return i + 1;
    out.push(...row.cells);
    i = row.close + 1;
    while (i < text.length && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  }
  return i;
}

/**
 * COPY's rows after its "FROM stdin;" line, to the "\." line: text format splits by tabs (or the DELIMITER
 * given) and writes NULL as \N; CSV format quotes with '"' and writes NULL as an empty cell.
 */
function readCopyRows(text: string, at: number, columns: string[], options: string, out: SqlCell[]): number {
  const csv = /\bcsv\b/i.test(options);
  const given = /\bdelimiter\s+(?:as\s+)?'([^'])'/i.exec(options);
  const delimiter = given ? given[1].charCodeAt(0) : csv ? 44 : 9;
  let i = at;
  if (csv && /\bheader\b/i.test(options)) {
    const nl = text.indexOf('\n', i);
    i = nl === -1 ? text.length : nl + 1;
  }
  for (let row = 0; row < MAX_ROWS && i < text.length; row++) {
    // A blank line ends rows whose "\." line is missing (a dump cut short, then prose).
    const first = text.charCodeAt(i);
    if (first === 10 || (first === 13 && text.charCodeAt(i + 1) === 10)) return i;
    // The end line "\." (the normalised view may have read its backslash as an escape and left ".").
    const dot = text.charCodeAt(i) === 92 ? i + 1 : i;
    const after = text.charCodeAt(dot + 1);
    if (text.charCodeAt(dot) === 46 && (dot > i || dot + 1 >= text.length || after === 10 || after === 13)) {
      const nl = text.indexOf('\n', i);
      return nl === -1 ? text.length : nl + 1;
    }
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1) lineEnd = text.length;
    // A row has a cell per column; a line of another count ends a dump cut short (its cells are no row's).
    const cells: SqlCell[] = [];
    const read = csv
      ? csvRow(text, i, delimiter, columns, cells)
      : textRow(text, i, lineEnd, delimiter, columns, cells);
    if (read.count !== columns.length) return i;
    out.push(...cells);
    i = read.next;
  }
  return i;
}

/** One row of COPY's text format: cells split by the delimiter, "\N" no value, escapes kept inside a cell. */
function textRow(
  text: string,
  at: number,
  lineEnd: number,
  delimiter: number,
  columns: string[],
  out: SqlCell[],
): { next: number; count: number } {
  let end = lineEnd;
  if (end > at && text.charCodeAt(end - 1) === 13) end--;
  let cellStart = at;
  let index = 0;
  for (let i = at; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== delimiter) {
      // A backslash escapes the next character (a delimiter written "\t" stays inside the cell).
      if (text.charCodeAt(i) === 92 && i + 1 < end) i++;
      continue;
    }
    const cellEnd = Math.min(i, end);
    const isNull =
      cellEnd - cellStart === 2 && text.charCodeAt(cellStart) === 92 && text.charCodeAt(cellStart + 1) === 78;
    if (cellEnd > cellStart && !isNull && index < columns.length)
      out.push({ column: columns[index], columns, start: cellStart, end: cellEnd });
    index++;
    cellStart = i + 1;
  }
  return { next: lineEnd + 1, count: index };
}

/** One row of COPY's CSV format (RFC 4180 quoting, a quoted cell may span lines); the next row's start and its cell count. */
function csvRow(
  text: string,
  at: number,
  delimiter: number,
  columns: string[],
  out: SqlCell[],
): { next: number; count: number } {
  let i = at;
  const limit = Math.min(text.length, at + MAX_VALUE * 4);
  for (let index = 0; ; index++) {
    let start = i;
    let end: number;
    if (text.charCodeAt(i) === 34) {
      start = ++i;
      while (i < limit && !(text.charCodeAt(i) === 34 && text.charCodeAt(i + 1) !== 34))
        i += text.charCodeAt(i) === 34 ? 2 : 1;
      end = Math.min(i, limit);
      i = end + 1;
      while (i < text.length && text.charCodeAt(i) !== delimiter && text.charCodeAt(i) !== 10) i++;
    } else {
      while (i < text.length && text.charCodeAt(i) !== delimiter && text.charCodeAt(i) !== 10) i++;
      end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    if (end > start && index < columns.length) out.push({ column: columns[index], columns, start, end });
    if (i >= text.length) return { next: i, count: index + 1 };
    if (text.charCodeAt(i) === 10) return { next: i + 1, count: index + 1 };
    i++;
  }
}

/** The keyword a WHERE clause begins with, or that ends an assignment list. */
const WHERE = /where\b/iy;
const JOINER = /(?:and|or)\b/iy;
const OPERATOR = /(?:=|<>|!=|<=|>=|<|>|!?~~?\*?|(?:not[ \t]+)?(?:i?like|in|is|similar[ \t]+to)\b)/iy;
/** A pattern match (LIKE, ILIKE, PostgreSQL's "~*", "~~"): what it is compared with is a search for that value. */
const PATTERN_OPERATOR = /^(?:i?like|~~?\*?|similar[ \t]+to)$/i;
/** A pattern's wildcards and anchors at its ends ("%Okafor%", "^Okafor", "Okafor.*"): the value is what they enclose. */
const PATTERN_EDGES = /^(?:[%_^]|\.\*)+|(?:[%_$]|\.\*)+$/g;
const COLUMN = new RegExp(String.raw`${NAME}(?:\.${NAME}){0,2}`, 'y');

/**
 * "col = 'v', col2 = 3 WHERE col3 = 'w' AND …" (UPDATE, from SET) or "col = 'w' AND …" (DELETE, from WHERE):
 * each value compared or set with "=" is its column's. Stops at the first thing of another shape.
 */
function readAssignments(text: string, at: number, out: SqlCell[], set: boolean, selected: string[] = []): number {
  // Read as VALUES rows are (readValueRows): with backslash escapes first, and again without when that reading
  // does not end the statement (standard SQL's 'C:\' is whole; mysqldump's 'Jo\'el' is escaped).
  const escaped = assignments(text, at, set, true, selected);
  let read = escaped;
  if (!escaped.closed) {
    const plain = assignments(text, at, set, false, selected);
    if (plain.closed) read = plain;
  }
  out.push(...read.found);
  return read.end;
}

/** The statement's end: ";", a line break or the text's end after blanks. */
const STATEMENT_END = /[ \t]*(?:;|\r?\n|$)/y;

function assignments(
  text: string,
  at: number,
  set: boolean,
  backslashes: boolean,
  selected: string[],
): { found: SqlCell[]; end: number; closed: boolean } {
  let i = at;
  let inWhere = !set;
  const columns: string[] = [...selected];
  const found: SqlCell[] = [];
  for (let n = 0; n < 200; n++) {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 40) i++; // "WHERE (a = 1 AND …"
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    COLUMN.lastIndex = i;
    const col = COLUMN.exec(text);
    if (!col) break;
    i = COLUMN.lastIndex;
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
    OPERATOR.lastIndex = i;
    const op = OPERATOR.exec(text);
    if (!op) break;
    i = OPERATOR.lastIndex;
    const column = bareName(col[0]);
    if (!columns.includes(column)) columns.push(column);
    const v = readValue(text, i, true, backslashes);
    if (v.isValue && op[0] === '=') found.push({ column, columns, start: v.start, end: v.end });
    else if (v.isValue && PATTERN_OPERATOR.test(op[0])) {
      // "name ILIKE '%Okafor%'": the searched value without its wildcards (a fragment of it is still the person's).
      const raw = text.slice(v.start, v.end);
      const inner = raw.replace(PATTERN_EDGES, '');
      const lead = raw.indexOf(inner);
      if (inner.length > 0) found.push({ column, columns, start: v.start + lead, end: v.start + lead + inner.length });
    }
    i = v.next;
    while (i < text.length && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 41)) i++;
    if (!inWhere && text.charCodeAt(i) === 44) {
      i++;
      continue;
    }
    WHERE.lastIndex = i;
    if (!inWhere && WHERE.test(text)) {
      inWhere = true;
      i = WHERE.lastIndex;
      continue;
    }
    JOINER.lastIndex = i;
    if (inWhere && JOINER.test(text)) {
      i = JOINER.lastIndex;
      continue;
    }
    break;
  }
  STATEMENT_END.lastIndex = i;
  return { found, end: i, closed: STATEMENT_END.test(text) };
}

/** A SQL statement at a line's start: the text is a dump, a migration or a script. */
const SQL_STATEMENT_LINE =
  /^[ \t]*(?:create[ \t]+(?:temporary[ \t]+|temp[ \t]+|unique[ \t]+)?(?:table|index|view|schema|sequence)|alter[ \t]+table|drop[ \t]+(?:table|index|view)|insert[ \t]+into|update[ \t]+\S+[ \t]+set|delete[ \t]+from|select[ \t][^\n]*[ \t]from|copy[ \t]+\S+[^\n]*[ \t]from)[ \t\n(]/im;
let sqlText: string | undefined;
let sqlAnswer = false;
/**
 * Whether the text holds SQL statements, so that its "--" lines are comments ("-- Schema Lieferscheine"), not a
 * signature's dash. Asked only where a "--" line would sign; the last text's answer is kept.
 */
forgetAfterEachScan(() => (sqlText = undefined));
export function holdsSqlStatements(text: string): boolean {
  if (text !== sqlText) {
    sqlText = text;
    sqlAnswer = SQL_STATEMENT_LINE.test(text);
  }
  return sqlAnswer;
}
