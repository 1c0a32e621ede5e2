import { TextBuilder } from '../held-out-builder.js';
import type { TestLabel } from '../held-out-markup.js';
import type { Random256Glibc2 } from './random.js';

/**
 * How set 50 writes terminal sessions with labels at exact offsets. A session is first written as the terminal
 * received it (a `TextBuilder` of raw output: `\r\n`, ESC sequences, echoed keys, backspaces); `asCast` then records
 * it as an asciinema v2 file, cutting the output into events and JSON-escaping every chunk, and moves each label with
 * its characters. A label keeps running from its value's first character to its last, so a cut that falls inside a
 * value (an event boundary `"]⏎[0.204117, "o", "`) stays inside its label.
 */

export const ESC = '\u001b';
/** An SGR escape: `sgr('1;31')` is ESC [ 1 ; 3 1 m. */
export const sgr = (code: string): string => `${ESC}[${code}m`;
/** What a terminal echoes for one backspace: back, blank, back. */
export const RUBOUT = '\b \b';

/** A table cell: plain text or a labelled value. */
export type Cell = string | { type: string; v: string };
export const lab = (type: string, v: string): Cell => ({ type, v });
const cellText = (c: Cell) => (typeof c === 'string' ? c : c.v);
const width = (s: string) => [...s].length;
const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

function cell(b: TextBuilder, c: Cell, w: number, right: boolean): void {
  const t = cellText(c);
  if (right) b.add(' '.repeat(Math.max(0, w - width(t))));
  if (typeof c === 'string') b.add(c);
  else b.val(c.type, c.v);
  if (!right) b.add(' '.repeat(Math.max(0, w - width(t))));
}

const isNumber = (c: Cell) => typeof c === 'string' && /^-?\d+(\.\d+)?$/.test(c);

/** psql's aligned format: centred headers, `-+-` rule, numbers right-aligned, `(n rows)`. */
export function psqlTable(b: TextBuilder, head: string[], rows: Cell[][], nl: string, de: boolean): void {
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(cellText(r[i])))));
  b.add(
    head
      .map((h, i) => {
        const left = Math.floor((w[i] - width(h)) / 2);
        return ' ' + padEnd(' '.repeat(left) + h, w[i]) + ' ';
      })
      .join('|')
      .replace(/\s+$/, '') + nl,
  );
  b.add(w.map((x) => '-'.repeat(x + 2)).join('+') + nl);
  for (const r of rows) {
    r.forEach((c, i) => {
      b.add(i === 0 ? ' ' : ' | ');
      cell(b, c, i === r.length - 1 && !isNumber(c) ? 0 : w[i], isNumber(c));
    });
    b.add(nl);
  }
  const word = de ? (rows.length === 1 ? 'Zeile' : 'Zeilen') : rows.length === 1 ? 'row' : 'rows';
  b.add(`(${rows.length} ${word})${nl}`);
}

/** psql's expanded display (`\x`): one `-[ RECORD n ]` block per row. */
export function psqlExpanded(b: TextBuilder, head: string[], rows: Cell[][], nl: string): void {
  const kw = Math.max(...head.map(width));
  const vw = Math.max(...rows.flatMap((r) => r.map((c) => width(cellText(c)))));
  rows.forEach((r, n) => {
    const title = `-[ RECORD ${n + 1} ]`;
    b.add(title + '-'.repeat(Math.max(0, kw + 1 - title.length)) + '+' + '-'.repeat(Math.max(1, vw + 1)) + nl);
    r.forEach((c, i) => {
      b.add(padEnd(head[i], kw) + ' | ');
      cell(b, c, 0, false);
      b.add(nl);
    });
  });
}

/** The mysql client's boxed table with `+----+` borders and `n rows in set (0.01 sec)`. */
export function mysqlTable(b: TextBuilder, head: string[], rows: Cell[][], nl: string, secs: string): void {
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(cellText(r[i])))));
  const rule = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+' + nl;
  b.add(rule + '| ' + head.map((h, i) => padEnd(h, w[i])).join(' | ') + ' |' + nl + rule);
  for (const r of rows) {
    b.add('| ');
    r.forEach((c, i) => {
      if (i > 0) b.add(' | ');
      cell(b, c, w[i], isNumber(c));
    });
    b.add(' |' + nl);
  }
  b.add(rule + `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} in set (${secs} sec)${nl}`);
}

/** sqlite3's `.mode column` with `.headers on`: columns two spaces apart, a dashed rule under the headers. */
export function sqliteColumns(b: TextBuilder, head: string[], rows: Cell[][], nl: string): void {
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(cellText(r[i])))));
  b.add(
    head
      .map((h, i) => padEnd(h, w[i]))
      .join('  ')
      .replace(/\s+$/, '') + nl,
  );
  b.add(w.map((x) => '-'.repeat(x)).join('  ') + nl);
  for (const r of rows) {
    r.forEach((c, i) => {
      if (i > 0) b.add('  ');
      cell(b, c, i === r.length - 1 ? 0 : w[i], false);
    });
    b.add(nl);
  }
}

export { padEnd, padStart };

/** The JSON string body of `s` as asciinema writes it (JSON.stringify without the quotes). */
const esc = (s: string) => JSON.stringify(s).slice(1, -1);

/**
 * Records a raw session as an asciinema v2 file: the header line, then events of at most `chunk` characters (a
 * `typed` range is echoed one key per event). Labels move with their characters; a boundary inside a value stays
 * inside its label.
 */
export function asCast(
  raw: TextBuilder,
  rng: Random256Glibc2,
  header: Record<string, unknown>,
  typed: readonly [number, number][] = [],
): TextBuilder {
  const s = raw.text;
  const cuts = new Set<number>();
  let at = 0;
  while (at < s.length) {
    at += 3 + rng.below(26);
    if (at < s.length) cuts.add(at);
  }
  for (const [from, to] of typed) {
    for (let k = from; k <= to; k++) cuts.add(k);
    for (let k = from; k < to; k++)
      if (s.slice(k, k + 3) === RUBOUT) {
        cuts.delete(k + 1);
        cuts.delete(k + 2);
      }
  }
  // Never cut a character's JSON escape or a \r\n pair.
  for (const k of [...cuts]) if (s[k - 1] === '\r' && s[k] === '\n') cuts.delete(k);
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const e of raw.entities) {
    starts.set(e.start, -1);
    ends.set(e.end, -1);
  }
  let out = JSON.stringify(header).replace(/":/g, '": ').replace(/,"/g, ', "') + '\n';
  let t = 0.1 + rng.below(900) / 1000;
  const open = () => `[${t.toFixed(6)}, "o", "`;
  out += open();
  for (let k = 0; k <= s.length; k++) {
    if (ends.has(k)) ends.set(k, out.length);
    if (k === s.length) break;
    if (cuts.has(k)) {
      t += 0.004 + rng.below(typed.some(([f, e]) => k >= f && k <= e) ? 380_000 : 120_000) / 1_000_000;
      out += `"]\n` + open();
    }
    if (starts.has(k)) starts.set(k, out.length);
    out += esc(s[k]);
  }
  out += '"]\n';
  const b = new TextBuilder();
  b.text = out;
  b.entities = raw.entities.map((e): TestLabel => ({
    type: e.type,
    start: starts.get(e.start) ?? 0,
    end: ends.get(e.end) ?? 0,
  }));
  return b;
}

/**
 * The text a label stands for when the document is read as stored: event boundaries of a cast, SGR and erase-line
 * escapes (raw or JSON-escaped) taken out, and each rubbed-out character removed with its rubout.
 */
const SGR_ANY = new RegExp(`(?:\\\\u001b|${ESC})\\[[0-9;]*[mK]`, 'g');
const RUBBED = new RegExp(`[^\\\\](?:\\\\b \\\\b|${RUBOUT})`, 'g');
/** An escape, raw or JSON-escaped, at the start or end of a label (never allowed: escapes that wrap a value stay outside). */
export const EDGE_ESCAPE = new RegExp(`^(?:"|\\\\u001b|${ESC}|\\[)|(?:"|(?:\\\\u001b|${ESC})\\[[0-9;]*[mK])$`);
export function asRead(s: string): string {
  return s
    .replace(/"\]\n\[\d+\.\d{6}, "o", "/g, '')
    .replace(SGR_ANY, '')
    .replace(RUBBED, '');
}
