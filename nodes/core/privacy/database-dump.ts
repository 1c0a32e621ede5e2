import { PERSONAL_DATA_TYPES } from './entities.js';
import {
  decodeJson,
  insideRanges,
  mergedRanges,
  type Emit,
  type MarkupReading,
  type TextPiece,
} from './markup-text-view.js';

/**
 * A DATABASE DUMP as an ingest meets it: pg_dump's plain format (`COPY t (a, b) FROM stdin;`, tab-separated rows,
 * `\N` for NULL, `\.` at the end), mysqldump (`INSERT INTO \`t\` VALUES (…),(…);` on one line, columns from the
 * table's `CREATE TABLE`), SQLite's `.dump` (`INSERT INTO t VALUES(…);`, `replace('…\n…','\n',char(10))`) and
 * mongoexport's Extended JSON (one document a line). A row writes a person's values without a word beside them:
 * the reading is each value on a line of its own with its column's name before it as a label ("family name:
 * Berg"), the dialect's escapes decoded inside the piece. A value whose column the reader cannot place is no piece
 * and is read as written (fail closed).
 *
 * The dump's OWN values: a settings table's key-value rows whose key names the organisation (`org_iban`,
 * `smtp_host`, `praxis_telefon`), the dump header's host and server version (`-- Host: 10.…`), and Extended JSON's
 * ids (`$oid`, `$numberLong`, `$numberInt`, a `$date` written as epoch milliseconds).
 */

type Kind = 'pg' | 'mysql' | 'sqlite' | 'sqliteLines' | 'json' | 'none';

/** At most this many characters of one CREATE TABLE's column list are read (a hostile text's are read as written). */
const MAX_DDL = 20000;
/** An identifier as SQL writes it: bare, `backquoted` or "quoted", with up to two qualifiers (schema.table). */
const IDENT = String.raw`(?:[\w$]{1,64}|\x60[^\x60\n]{1,64}\x60|"[^"\n]{1,64}")`;
const QUALIFIED = `${IDENT}(?:\\.${IDENT}){0,2}`;
const CREATE_TABLE = new RegExp(String.raw`CREATE TABLE (?:IF NOT EXISTS )?(${QUALIFIED})\s*\(`, 'gi');
const COPY = new RegExp(String.raw`^COPY (${QUALIFIED}) \(([^()\n]{1,5000})\) FROM stdin;\n`, 'gm');
const INSERT = new RegExp(String.raw`INSERT INTO (${QUALIFIED})(?:\s*\(([^()\n]{1,5000})\))?\s*VALUES\s*`, 'gi');
/** A column list's items that are constraints, not columns. */
// A column may be called "key" (a settings table's): KEY and INDEX are constraints only before a name's "(".
const CONSTRAINT =
  /^(?:PRIMARY\s+KEY|UNIQUE\b|CONSTRAINT\b|FOREIGN\s+KEY|CHECK\s*\(|EXCLUDE\b|(?:KEY|INDEX|FULLTEXT|SPATIAL)\s+[^\s(]{0,64}\s*\()/i;
/** A dump header's lines naming the dump's server (mysqldump `-- Host:`, `-- Server version`, pg_dump's versions). */
const HEADER_VALUE =
  /^-- (?:Host:|Server version|Dumped from database version|Dumped by pg_dump version|MySQL dump)[ \t]*([^\n]{1,300})$/gm;
/**
 * What a dump tool writes there: a host or a version ("10.2.0.7    Database: vet", "8.0.36-0ubuntu0.22.04.1", "10.13
 * Distrib 8.0.36, for Linux (x86_64)", "16.2 (Debian 16.2-1.pgdg120+2)"). Anything else on such a line (a chat's
 * "-- Host: Anna Berg +49 …") is read as written: only the tool's own shape is the dump's.
 */
const HEADER_SHAPE =
  /^[\w.:/-]{1,100}(?:[ \t]+(?:Database:[ \t]*[\w$.-]{0,64}|Distrib[ \t]+[\w.-]{1,40},[ \t]+for[ \t]+[\w./-]{1,40}[ \t]+\([\w.-]{1,20}\)|\([\w .+:~-]{1,60}\)))?[ \t]*$/;
/** A settings table's key naming the organisation's own value (its IBAN, phone, mail server, sender). */
const ORG_KEY =
  /^(?:org|organi[sz]ation|company|firma|praxis|practice|clinic|klinik|smtp|imap|pop3|mail|sender|site)(?:[_.-]|$)/i;
/**
 * A word of the same key naming a person of the organisation (`org_owner_phone`, `praxis_inhaber_mobil`,
 * `org_contact`, `practice_contact_person`): the value may be that person's, so it is read, privacy first.
 */
const PERSON_KEY_WORD =
  /(?:^|[_.\- ])(?:owner|inhaber(?:in)?|contact|kontakt|person|ansprech\w*|privat\w*|private|personal|mobile?|mobil|handy|cell|home|user|vet|tierarzt|doctor|doktor|arzt|ärztin|manager|leiter(?:in)?|chef|admin|dsb|dpo|datenschutz\w*|notfall|emergency)(?=[_.\- ]|$)/i;
/** Whether a settings key names the organisation's own value and no person's. */
function organisationKey(key: string): boolean {
  const k = key.trim();
  return ORG_KEY.test(k) && !PERSON_KEY_WORD.test(k);
}
/**
 * A column named only "name" (or "title", "label") says nothing of whose: a person's or a thing's. It is no labelled
 * piece; the value is read as written, where the scanner's reader of SQL column lists weighs the table around it.
 */
const GENERIC_COLUMN = /^[`"]?(?:name|names|title|titel|label|bezeichnung)[`"]?$/i;
/** Column names of a settings table's key and value. */
const SETTING_KEY = /^(?:key|name|setting|option|option_name|param|parameter|schluessel|schlüssel)$/i;
const SETTING_VALUE = /^(?:value|val|option_value|setting_value|wert)$/i;
/** Extended JSON's own wrappers: their string is an id or a number the format writes, not a value of the key. */
const OWN_WRAPPER = /^\{\s*"\$(?:oid|numberLong|numberInt|numberDouble|numberDecimal|timestamp)"\s*:\s*"?/;
const DATE_ISO = /^\{\s*"\$date"\s*:\s*"/;
/** The document's own id (`_id`, `id`): its number is the record's. Any other key's may be a person's (`tax_id`). */
const ID_KEY = /^_?id$/i;
const DATE_MS = /^\{\s*"\$date"\s*:\s*\{\s*"\$numberLong"\s*:\s*"/;
const JSON_KEY = /"((?:[^"\\\n]|\\.){1,200})"\s*:\s*/g;

/** A column's name as the words a label says: snake_case and camelCase split, quotes dropped ("owner family"). */
export function columnLabel(name: string): string {
  return name
    .replace(/^[`"]|[`"]$/g, '')
    .replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(ABBREVIATED_NAME, '$1 name');
}

/** A column named for a name's part without the word "name" ("owner_family", "given"): the label says it whole. */
const ABBREVIATED_NAME = /\b(family|given|first|last|middle|maiden)$/;

/** The bare name of a (qualified, quoted) table: its last part, lower-cased. */
function tableKey(name: string): string {
  const parts = name.split('.');
  return columnLabel(parts[parts.length - 1]).replace(/ /g, '_');
}

/** A column list ("a, b" or DDL "a text, b int, PRIMARY KEY (a)") split at its top-level commas into names. */
function columnNames(list: string, ddl: boolean): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  const take = (item: string) => {
    const t = item.trim();
    if (!t || (ddl && CONSTRAINT.test(t))) return;
    const m = /^(?:`([^`]{1,64})`|"([^"]{1,64})"|([\w$]{1,64}))/.exec(t);
    if (m) names.push(m[1] ?? m[2] ?? m[3]);
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      take(list.slice(from, i));
      from = i + 1;
    }
  }
  take(list.slice(from));
  return names;
}

/** Each table's columns from its CREATE TABLE. */
function tableColumns(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(CREATE_TABLE)) {
    const open = m.index + m[0].length;
    let depth = 1;
    let i = open;
    const limit = Math.min(text.length, open + MAX_DDL);
    for (; i < limit && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      else if (text[i] === "'") {
        const close = text.indexOf("'", i + 1);
        if (close === -1 || close > limit) break;
        i = close;
      }
    }
    if (depth === 0) out.set(tableKey(m[1]), columnNames(text.slice(open, i - 1), true));
  }
  return out;
}

/** One value of a row: its text as written (offsets) and how it is escaped. */
interface Cell {
  start: number;
  end: number;
  kind: Kind;
}

export function databaseDumpPieces(text: string): MarkupReading | undefined {
  const copy = text.includes('COPY ') && text.includes('FROM stdin;');
  const insert = text.includes('INSERT INTO');
  const mongo = text.includes('{"_id":{"$oid"');
  const header = text.includes('-- MySQL dump') || text.includes('PRAGMA foreign_keys');
  if (!copy && !insert && !mongo && !header) return undefined;
  const pieces: TextPiece[] = [];
  const kinds = new Map<number, Kind>();
  const own: { start: number; end: number }[] = [];
  let key = 0;
  const piece = (cell: Cell, label: string) => {
    if (cell.end <= cell.start || !label) return;
    kinds.set(cell.start, cell.kind);
    pieces.push({ start: cell.start, end: cell.end, line: `v${key++}`, before: `${label}: ` });
  };
  /** A row's cells under its columns; a settings row's value under its key (and the organisation's own by it). */
  const row = (columns: readonly string[], cells: (Cell | undefined)[]) => {
    const k = columns.findIndex((c) => SETTING_KEY.test(c));
    const v = columns.findIndex((c) => SETTING_VALUE.test(c));
    const setting = k !== -1 && v !== -1 && cells[k] && cells[v] ? decoded(text, cells[k]) : undefined;
    cells.forEach((cell, i) => {
      if (!cell || i >= columns.length) return;
      if (setting !== undefined && i === v) {
        // The organisation's own value is no piece (the view never reads it) and its findings as written are dropped.
        if (organisationKey(setting)) own.push({ start: cell.start, end: cell.end });
        else piece(cell, columnLabel(setting));
      } else if (!GENERIC_COLUMN.test(columns[i])) piece(cell, columnLabel(columns[i]));
    });
  };
  const ddl = insert ? tableColumns(text) : new Map<string, string[]>();
  // A COPY's rows run to its end-of-data line: a COPY line among them is a row's text, not read again.
  let copiedTo = 0;
  if (copy)
    for (const m of text.matchAll(COPY))
      if (m.index >= copiedTo) copiedTo = readCopy(text, m.index + m[0].length, columnNames(m[2], false), row);
  // Where the last statement's values were read to: an INSERT written inside them (in a string) is no statement, and
  // an unterminated string reads to the text's end once (a hostile text's thousands of INSERTs are not re-read).
  let readTo = 0;
  if (insert)
    for (const m of text.matchAll(INSERT)) {
      if (m.index < readTo) continue;
      const columns = m[2] !== undefined ? columnNames(m[2], false) : ddl.get(tableKey(m[1]));
      const backslash = text.includes('-- MySQL dump') || m[1].startsWith('`');
      readTo = readValues(text, m.index + m[0].length, backslash, (cells) => {
        if (columns) row(columns, cells);
      });
    }
  if (mongo) readMongo(text, piece, own);
  for (const m of text.matchAll(HEADER_VALUE))
    if (HEADER_SHAPE.test(m[1])) own.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  if (pieces.length === 0 && own.length === 0) return undefined;
  pieces.sort((a, b) => a.start - b.start);
  return {
    pieces,
    escapes: (t: string, start: number, end: number, emit: Emit) => decode(t, start, end, kinds.get(start), emit),
    joiner: ' ',
    ownValuesAt: insideRanges(mergedRanges(own)),
    // The scanner's own reader of SQL dumps (record-fields' column lists) reads the text as written: what it finds
    // over a value stays flagged beside what the labelled view finds, privacy first.
    keepWritten: PERSONAL_DATA_TYPES,
  };
}

/** pg_dump's COPY rows from `at` to the `\.` line: tab-separated fields, `\N` no value. */
function readCopy(
  text: string,
  at: number,
  columns: string[],
  row: (columns: string[], cells: (Cell | undefined)[]) => void,
): number {
  for (let from = at; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (text.startsWith('\\.', from) && (to === from + 2 || text[from + 2] === '\r')) return to;
    const cells: (Cell | undefined)[] = [];
    for (let s = from; s <= to;) {
      let e = text.indexOf('\t', s);
      if (e === -1 || e > to) e = to;
      const field = text.slice(s, Math.min(e, s + 3));
      cells.push(field === '\\N' && e - s === 2 ? undefined : { start: s, end: e, kind: 'pg' });
      s = e + 1;
    }
    row(columns, cells);
    from = to + 1;
  }
  return text.length;
}

/** SQL string literal from the quote at `at`: the index after its closing quote, or -1. */
function stringEnd(text: string, at: number, backslash: boolean): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (backslash && c === '\\') i++;
    else if (c === "'") {
      if (text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

const REPLACE_TAIL = /,\s*'\\[nr]'\s*,\s*char\(1[03]\)\s*\)/y;

/**
 * The tuples of an INSERT's VALUES from `at`: each row's cells (NULL none), until the statement's end. Returns where
 * the reading stopped (the text's end after an unterminated string).
 */
function readValues(text: string, at: number, backslash: boolean, row: (cells: (Cell | undefined)[]) => void): number {
  let i = at;
  const skipBlank = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  for (;;) {
    skipBlank();
    if (text[i] !== '(') return i;
    i++;
    const cells: (Cell | undefined)[] = [];
    for (;;) {
      skipBlank();
      let wraps = 0;
      while (text.startsWith('replace(', i)) {
        wraps++;
        i += 8;
      }
      if (text[i] === "'") {
        const end = stringEnd(text, i, backslash);
        if (end === -1) return text.length;
        const kind: Kind = backslash ? 'mysql' : wraps > 0 ? 'sqliteLines' : 'sqlite';
        cells.push({ start: i + 1, end: end - 1, kind });
        i = end;
        for (; wraps > 0; wraps--) {
          REPLACE_TAIL.lastIndex = i;
          const tail = REPLACE_TAIL.exec(text);
          if (!tail) return i;
          i = REPLACE_TAIL.lastIndex;
        }
      } else {
        if (wraps > 0) return i;
        const s = i;
        let depth = 0;
        while (i < text.length && (depth > 0 || (text[i] !== ',' && text[i] !== ')')) && text[i] !== '\n') {
          if (text[i] === '(') depth++;
          else if (text[i] === ')') depth--;
          i++;
        }
        const word = text.slice(s, i).trim();
        cells.push(/^null$/i.test(word) || !word ? undefined : { start: s, end: s + word.length, kind: 'none' });
      }
      skipBlank();
      if (text[i] === ',') i++;
      else if (text[i] === ')') {
        i++;
        break;
      } else return i;
    }
    row(cells);
    skipBlank();
    if (text[i] !== ',') return i;
    i++;
  }
}

/** Extended JSON documents: a key's string (or `$date` ISO string) is its value; the format's own wrappers are own. */
function readMongo(
  text: string,
  piece: (cell: Cell, label: string) => void,
  own: { start: number; end: number }[],
): void {
  let settingKey: string | undefined;
  let lineEnd = -1;
  JSON_KEY.lastIndex = 0;
  for (let m = JSON_KEY.exec(text); m; m = JSON_KEY.exec(text)) {
    if (m.index > lineEnd) {
      settingKey = undefined;
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) lineEnd = text.length;
    }
    const name = m[1];
    let at = m.index + m[0].length;
    const rest = text.slice(at, at + 40);
    const wrapper = OWN_WRAPPER.exec(rest) ?? DATE_MS.exec(rest);
    if (wrapper) {
      const end = text.slice(at, Math.min(lineEnd, at + 200)).search(/[}\]]/);
      const digits = end === -1 ? undefined : /\d{7,}/.exec(text.slice(at + wrapper[0].length, at + end));
      // A long number a key holds ("phone": {"$numberLong": "4917…"}, a tax id as an integer) is that key's value,
      // read under its name; only an id's, a date's and a short count's wrapper is the format's own.
      if (digits && !ID_KEY.test(name) && !DATE_MS.test(rest)) {
        const s = at + wrapper[0].length + digits.index;
        piece({ start: s, end: s + digits[0].length, kind: 'none' }, columnLabel(name));
      } else if (end !== -1) own.push({ start: at, end: at + end + 1 });
      JSON_KEY.lastIndex = end === -1 ? at : at + end + 1;
      continue;
    }
    const iso = DATE_ISO.exec(rest);
    if (iso) at += iso[0].length - 1;
    if (text[at] !== '"' || name.startsWith('$')) continue;
    const close = jsonStringEnd(text, at);
    if (close === -1) return;
    JSON_KEY.lastIndex = close + 1;
    const cell: Cell = { start: at + 1, end: close, kind: 'json' };
    if (SETTING_KEY.test(name)) settingKey = decoded(text, cell);
    if (settingKey !== undefined && SETTING_VALUE.test(name)) {
      if (organisationKey(settingKey)) own.push({ start: cell.start, end: cell.end });
      else piece(cell, columnLabel(settingKey));
    } else piece(cell, columnLabel(name));
  }
}

/** The index of a JSON string's closing quote from its opening one at `at`, or -1. */
function jsonStringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/** A cell's decoded text. */
function decoded(text: string, cell: Cell): string {
  let out = '';
  decode(text, cell.start, cell.end, cell.kind, (ch) => (out += ch));
  return out;
}

const PG_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', b: '', f: '', v: '' };
const MYSQL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', '0': '', b: '', Z: '' };

/** A value's escapes decoded, each character with the offsets of what writes it. */
function decode(text: string, start: number, end: number, kind: Kind | undefined, emit: Emit): void {
  if (kind === 'json') return decodeJson(text, start, end, emit);
  for (let i = start; i < end; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '\\' && i + 1 < end && (kind === 'pg' || kind === 'mysql')) {
      const table = kind === 'pg' ? PG_ESCAPES : MYSQL_ESCAPES;
      const ch = table[next] ?? next;
      if (ch) emit(ch, i, i + 2);
      i++;
    } else if (c === '\\' && next === 'n' && kind === 'sqliteLines') {
      emit('\n', i, i + 2);
      i++;
    } else if (c === "'" && next === "'" && kind !== 'pg') {
      emit("'", i, i + 2);
      i++;
    } else emit(c, i, i + 1);
  }
}
