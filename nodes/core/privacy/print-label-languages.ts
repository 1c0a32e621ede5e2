import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * Label printer languages captured on their way to the printer: ZPL (`^XA … ^FO40,130^A0N,40,40^FH^FDMarjun
 * V_C3_A1gsheyg^FS … ^XZ`), EPL (`A20,80,0,3,1,1,N,"Pintore, Ignaziedda"`) and TSPL (`TEXT 20,80,"3",0,1,1,"Angom,
 * Ibemhal"`). Read as written, the printed text is glued to commands ("^FDgeb. 18.07.1979^FS") and a name written in
 * ZPL field hex ("V_C3_A1gsheyg") is no word at all: a player card with a name, a date of birth and a phone number
 * showed the detectors nothing.
 *
 * The view reads a label as what it prints: each field's text on its own line, the commands as nothing, ZPL field hex
 * (after `^FH`, indicator `_` or the one given: `^FH\`) as the UTF-8 characters it encodes, each mapping back to its
 * whole escape ("á" to "_C3_A1", so a name is reported over its whole encoded run), EPL/TSPL string escapes (`\"`,
 * TSPL's `\["]`) as the quote.
 *
 * FAIL CLOSED: only commands known here, with parameters of the shape they take, are blanked; an unknown command, a
 * known one with parameters of another shape, malformed hex ("_ZZ", bytes that are no UTF-8) and every other character
 * stay as written. Barcode data (`^BC…^FD…^FS`, EPL `B…`, TSPL `BARCODE …`) stays readable: it may encode a card number.
 * Recognised cheaply (a `^XA` starting a line and a `^FD`; an EPL or TSPL text line and one of the language's own
 * command lines): other texts are not read (undefined). One left-to-right pass, each command parsed over a bounded
 * number of characters: linear on any input.
 */

class ViewBuilder {
  out = '';
  readonly pieces: DecodePiece[] = [];
  private copied = 0;
  constructor(private readonly text: string) {}
  /** Copies the original up to `i` unchanged. */
  copyTo(i: number): void {
    if (i > this.copied) {
      this.out += this.text.slice(this.copied, i);
      this.copied = i;
    }
  }
  /** Reads original [from, to) as `s`. */
  replace(from: number, to: number, s: string): void {
    this.copyTo(from);
    this.pieces.push({ view: this.out.length, viewLength: s.length, orig: from, origEnd: to });
    this.out += s;
    this.copied = to;
  }
  finish(): DecodedText {
    this.copyTo(this.text.length);
    return { text: this.out, pieces: this.pieces };
  }
  endsLine(): boolean {
    return this.out === '' || this.out.endsWith('\n');
  }
}

// ----------------------------------------------------------------------------------------------- ZPL

const ZPL_SIGN = /(?:^|\n)[ \t]*\^XA/;

/** A parameter item of most ZPL commands: a number (up to five digits, a decimal) or one capital letter, or empty. */
const ITEM = String.raw`(?:\d{1,5}(?:\.\d{1,3})?|[A-Z]|)`;
const items = (n: number) => `${ITEM}(?:,${ITEM}){0,${n - 1}}`;

/**
 * Known ZPL commands (after the prefix) and the parameters they take; the command is blanked only when its parameters
 * run in this shape up to the next command, a line break or the end (else it stays as written).
 */
const ZPL_COMMAND_SHAPES: [RegExp, string][] = [
  [/XA|XZ|FS|FR|JUS|JUF|JUN|JUR|PON|POI|FWN|FWR|FWI|FWB/y, ''],
  [/F[OT]/y, String.raw`(?:\d{1,5}(?:,\d{1,5}(?:,[012])?)?)?`],
  [/A[0-9A-Z]/y, String.raw`[NRIB]?(?:,\d{1,5}){0,2}`],
  [/A@/y, String.raw`[NRIB]?(?:,\d{1,5}){0,2}(?:,[A-Z]:[\w.]{1,20})?`],
  [/CF/y, String.raw`[0-9A-Z]?(?:,\d{1,5}){0,2}`],
  [/CI/y, String.raw`\d{1,2}`],
  [/PW|LL|LS|LT|MD|PM|LR|PF|FN/y, String.raw`-?\d{0,5}|[YN]`],
  [/LH/y, String.raw`\d{1,5}(?:,\d{1,5})?`],
  [/PQ/y, items(4)],
  [/PR/y, items(3)],
  [/BY/y, items(3)],
  [/B[0-9A-Z]/y, String.raw`[NRIB]?(?:,${ITEM}){0,8}`],
  [/GB|GC|GD|GE/y, items(7)],
  [/FB/y, items(5)],
  [/M[MNT]/y, items(2)],
];

const ZPL_COMMANDS: [RegExp, RegExp][] = ZPL_COMMAND_SHAPES.map(([name, params]) => [
  name,
  new RegExp(`^(?:${params})$`),
]);

/** Known `~` commands: calibrate, print-darkness, tear-off and the like. */
const ZPL_TILDE = /~(?:J[A-Z]|SD\d{1,2}|TA-?\d{1,3}|PS|HS)(?=[\^~\s]|$)/y;

const HEX2 = /^[0-9A-Fa-f]{2}$/;

/** Where the parameters of a command starting at `at` end: the next "^", "~" or line break (bounded). */
function paramsEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + 200);
  let i = at;
  while (i < limit && text[i] !== '^' && text[i] !== '~' && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The length of a known command's syntax at `at` (after "^"), or 0 when it is unknown or its parameters do not fit. */
function knownCommandLength(text: string, at: number): number {
  for (const [name, params] of ZPL_COMMANDS) {
    name.lastIndex = at;
    const m = name.exec(text);
    if (!m) continue;
    const from = at + m[0].length;
    const to = paramsEnd(text, from);
    // Trailing blanks before a line break or the next command belong to the syntax.
    const body = text.slice(from, to).replace(/[ \t]+$/, '');
    return params.test(body) ? to - at : 0;
  }
  return 0;
}

/** UTF-8 bytes written as `<indicator>XX` from `at`: the character and the escape's end, or undefined. */
function hexChar(text: string, at: number, indicator: string): { ch: string; end: number } | undefined {
  const byte = (i: number) =>
    text[i] === indicator && HEX2.test(text.slice(i + 1, i + 3)) ? parseInt(text.slice(i + 1, i + 3), 16) : -1;
  const lead = byte(at);
  if (lead < 0) return undefined;
  const n =
    lead < 0x80
      ? 0
      : lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : -1;
  if (n < 0) return undefined;
  const bytes = [lead];
  for (let k = 1; k <= n; k++) {
    const b = byte(at + 3 * k);
    if (b < 0x80 || b > 0xbf) return undefined;
    bytes.push(b);
  }
  const ch = Buffer.from(bytes).toString('utf8');
  // Overlong forms and surrogates decode to U+FFFD: read as written.
  if (ch.includes('\ufffd') || (lead < 0x80 && lead < 0x20 && lead !== 0x09)) return undefined;
  return { ch, end: at + 3 * (n + 1) };
}

function readZpl(text: string): DecodedText {
  const v = new ViewBuilder(text);
  let indicator: string | undefined;
  // A barcode command's field comes next: its data is read after a "---" rule, so that its digits do not join the
  // field before ("QLD 4006" and a 12-digit card number read as one credit card number).
  let barcode = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '~') {
      ZPL_TILDE.lastIndex = i;
      const m = ZPL_TILDE.exec(text);
      if (m) v.replace(i, i + m[0].length, '');
      i += m ? m[0].length : 1;
      continue;
    }
    if (c !== '^') {
      // Plain text outside a field: copied as it is (found by searching, not character by character).
      let next = i + 1;
      while (next < text.length && text[next] !== '^' && text[next] !== '~') next++;
      i = next;
      continue;
    }
    const cmd = text.slice(i + 1, i + 3);
    if (cmd === 'FH') {
      // Field hex for the next field: "^FH" (indicator "_") or "^FH\" (the character given).
      const given = text[i + 3];
      const hasGiven = given !== undefined && given !== '^' && given !== '~' && !/\s/.test(given);
      indicator = hasGiven ? given : '_';
      v.replace(i, i + 3 + (hasGiven ? 1 : 0), '');
      i += 3 + (hasGiven ? 1 : 0);
      continue;
    }
    if (cmd === 'FD' || cmd === 'FV' || cmd === 'FX') {
      // A field's data (or a comment): its own line; it runs to the next command.
      v.copyTo(i);
      v.replace(i, i + 3, (v.endsLine() ? '' : '\n') + (barcode && cmd !== 'FX' ? '---\n' : ''));
      let j = i + 3;
      const hex = cmd !== 'FX' ? indicator : undefined;
      while (j < text.length && text[j] !== '^') {
        const h = hex !== undefined && text[j] === hex ? hexChar(text, j, hex) : undefined;
        if (h) {
          v.replace(j, h.end, h.ch);
          j = h.end;
        } else j++;
      }
      v.copyTo(j);
      // The field separator ends the line (a line break already there does).
      if (text.startsWith('^FS', j)) {
        const after = text[j + 3];
        v.replace(j, j + 3, after === undefined || after === '\n' || after === '\r' ? '' : '\n');
        j += 3;
        indicator = undefined;
        barcode = false;
      }
      i = j;
      continue;
    }
    const len = knownCommandLength(text, i + 1);
    if (len > 0) {
      if (cmd[0] === 'B' && cmd !== 'BY') barcode = true;
      v.replace(i, i + 1 + len, '');
      i += 1 + len;
    } else i++;
  }
  return v.finish();
}

// -------------------------------------------------------------------------------------------- EPL, TSPL

/** EPL's text and barcode lines: `A x,y,rotation,font,h,v,N|R,"data"`, `B x,y,rotation,type,narrow,wide,height,B|N,"data"`. */
const EPL_FIELD =
  /^(?:A\d{1,4},\d{1,4},[0-7],[1-5a-zA-Z],\d{1,2},\d{1,2},[NR],|B\d{1,4},\d{1,4},[0-7],\w{1,3},\d{1,2},\d{1,2},\d{1,4},[BN],)"/;
/** EPL's own command lines. */
const EPL_COMMAND =
  /^(?:N|P\d{1,4}(?:,\d{1,4})?|q\d{1,4}|Q\d{1,4},\d{1,4}(?:\+\d{1,4})?|S\d|D\d{1,2}|Z[TB]|R\d{1,4},\d{1,4}|I\d,[A-Z0-9],\d{3}|O[A-Z]?|J[FB]|LO\d{1,4},\d{1,4},\d{1,4},\d{1,4}|X\d{1,4},\d{1,4},\d{1,2},\d{1,4},\d{1,4})[ \t]*$/;
/** TSPL's text and barcode lines: `TEXT x,y,"font",rotation,xm,ym[,alignment],"data"`, `BARCODE …,"data"`, `QRCODE …,"data"`. */
const TSPL_FIELD =
  /^(?:TEXT \d{1,4},\d{1,4},"[\w.]{1,16}",\d{1,3},\d{1,2},\d{1,2},(?:\d,)?|BARCODE \d{1,4},\d{1,4},"\w{1,8}",\d{1,4},\d,\d{1,3},\d{1,2},\d{1,2},(?:\d,)?|QRCODE \d{1,4},\d{1,4},[LMQH],\d{1,2},[AM],\d{1,3},(?:[A-Z0-9]{1,3},){0,3})"/;
/** TSPL's own command lines (parameters numbers, units and switches only). */
const TSPL_COMMAND =
  /^(?:SIZE|GAP|BLINE|CLS|PRINT|DIRECTION|REFERENCE|DENSITY|SPEED|CODEPAGE|OFFSET|SHIFT|BOX|BAR|CUT|HOME|FEED|EOP|SET [A-Z]{2,10})(?:[ \t,]+(?:-?[\d.]{1,8}|mm|inch|dot|ON|OFF|BATCH|UTF-8|\d{3,4}))*[ \t]*$/;

/** A text field's data: from the opening quote to the line's last quote; escaped quotes read as quotes. */
function readQuotedLine(
  v: ViewBuilder,
  text: string,
  lineStart: number,
  prefixLength: number,
  lineEnd: number,
  head: string,
): void {
  const open = lineStart + prefixLength;
  v.replace(lineStart, open, head);
  let close = lineEnd;
  while (close > open && (text[close - 1] === ' ' || text[close - 1] === '\t')) close--;
  const closed = close > open && text[close - 1] === '"' && text[close - 2] !== '\\';
  const dataEnd = closed ? close - 1 : lineEnd;
  for (let j = open; j < dataEnd; j++) {
    if (text[j] !== '\\') continue;
    if (text.startsWith('\\["]', j)) {
      v.replace(j, j + 4, '"');
      j += 3;
    } else if (text[j + 1] === '"' || text[j + 1] === '\\') {
      v.replace(j, j + 2, text[j + 1]);
      j++;
    }
  }
  if (closed) v.replace(dataEnd, lineEnd, '');
}

function readLines(text: string, field: RegExp, command: RegExp): DecodedText {
  const v = new ViewBuilder(text);
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const line = text.slice(start, lineEnd);
    const m = field.exec(line);
    // A barcode's data after a "---" rule (see readZpl).
    if (m) readQuotedLine(v, text, start, m[0].length, lineEnd, /^(?:B|QR)/.test(line) ? '---\n' : '');
    else if (command.test(line)) v.replace(start, lineEnd, '');
    start = end + 1;
  }
  return v.finish();
}

const EPL_SIGN = /(?:^|\n)A\d{1,4},\d{1,4},[0-7],[1-5a-zA-Z],\d{1,2},\d{1,2},[NR],"/;
const EPL_COMMAND_SIGN = /(?:^|\n)(?:N|P\d{1,4}(?:,\d{1,4})?|q\d{1,4}|Q\d{1,4},\d{1,4})\r?(?:\n|$)/;
const TSPL_SIGN = /(?:^|\n)TEXT \d{1,4},\d{1,4},"/;
const TSPL_COMMAND_SIGN = /(?:^|\n)(?:SIZE [\d.]|CLS\r?(?:\n|$)|PRINT \d)/;

/** The view of a ZPL, EPL or TSPL label stream (see above), or undefined when the text holds none. */
export function readPrintLabelLanguages(text: string): DecodedText | undefined {
  let view: DecodedText | undefined;
  if (text.includes('^XA') && text.includes('^FD') && ZPL_SIGN.test(text)) view = readZpl(text);
  else if (text.includes('TEXT ') && TSPL_SIGN.test(text) && TSPL_COMMAND_SIGN.test(text))
    view = readLines(text, TSPL_FIELD, TSPL_COMMAND);
  else if (text.includes(',"') && EPL_SIGN.test(text) && EPL_COMMAND_SIGN.test(text))
    view = readLines(text, EPL_FIELD, EPL_COMMAND);
  return view === undefined || view.text === text ? undefined : view;
}
