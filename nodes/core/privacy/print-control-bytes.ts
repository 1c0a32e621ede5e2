import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * Print jobs captured on their way to a printer (a DLP tool's spool capture) in the control-byte languages:
 * ESC/POS (thermal receipt printers: `ESC @` init, `ESC E n` bold, `ESC a n` align, `ESC d n` feed, `GS V m` cut,
 * `GS k` barcodes, `GS ( k` QR codes …), written as real bytes or in a console's `<ESC>E<1>` notation, and PCL 5
 * (laser printers: `ESC E` reset, parameterised `ESC &a180h780V` cursor moves, `ESC (s0p12h10v0s0b3T` fonts,
 * the universal exit `ESC %-12345X`). Read as written, a bold toggle splits a name ("Beinta\x1bE\x00 Kallsberg"),
 * a cursor move is glued to the next word ("780VGeb. 17.01.59" hides the date of birth's label) and argument
 * bytes stand around values. The view (print-streams.ts, normalize.ts) reads the commands as what they do: nothing
 * inside a line (the bold word reads whole), a line break where they feed, cut or move to another line, a space
 * where they move the cursor along the line.
 *
 * FAIL CLOSED: only command syntax is removed; every other character stays for the detectors. An argument byte
 * that is a printable character (ESC/POS allows `ESC a '1'`) is taken as the argument only when no letter or digit
 * follows it: a hostile "\x1ba0171 2345678" reads "0171 2345678" (the command letter is syntax, the digits are
 * not), and "\x1bMax" reads "Max" (a command letter followed by a word is left as the word). Data a command
 * announces (barcode and QR contents, PCL transparent data, raster rows) is never consumed: it reaches the
 * detectors as text. Each command reads a bounded number of characters: linear on any input.
 *
 * Cheap recognition: a text without an ESC or GS byte and without `<ESC>`/`<GS>` notation is not read (undefined).
 */

const ESC = '\x1b';
const GS = '\x1d';

/** What a command becomes in the view. */
type Effect = '' | ' ' | '\n';

/** ESC/POS commands after ESC: number of argument bytes, and whether they end the line (feed, cut). */
const ESC_POS_ESC: Record<string, { args: number; effect: Effect }> = {
  '@': { args: 0, effect: '' },
  a: { args: 1, effect: '' },
  E: { args: 1, effect: '' },
  '-': { args: 1, effect: '' },
  '!': { args: 1, effect: '' },
  G: { args: 1, effect: '' },
  M: { args: 1, effect: '' },
  t: { args: 1, effect: '' },
  R: { args: 1, effect: '' },
  r: { args: 1, effect: '' },
  V: { args: 1, effect: '' },
  '{': { args: 1, effect: '' },
  U: { args: 1, effect: '' },
  T: { args: 1, effect: '' },
  '2': { args: 0, effect: '' },
  '3': { args: 1, effect: '' },
  $: { args: 2, effect: ' ' },
  '\\': { args: 2, effect: ' ' },
  p: { args: 3, effect: '' },
  d: { args: 1, effect: '\n' },
  J: { args: 1, effect: '\n' },
  e: { args: 1, effect: '\n' },
  i: { args: 0, effect: '\n' },
  m: { args: 0, effect: '\n' },
};

/** ESC/POS commands after GS (GS V, GS k and GS ( are read apart). */
const ESC_POS_GS: Record<string, { args: number; effect: Effect }> = {
  '!': { args: 1, effect: '' },
  B: { args: 1, effect: '' },
  b: { args: 1, effect: '' },
  h: { args: 1, effect: '' },
  w: { args: 1, effect: '' },
  H: { args: 1, effect: '' },
  f: { args: 1, effect: '' },
  a: { args: 1, effect: '' },
  r: { args: 1, effect: '' },
  I: { args: 1, effect: '' },
  L: { args: 2, effect: '' },
  W: { args: 2, effect: '' },
  P: { args: 2, effect: '' },
  $: { args: 2, effect: ' ' },
  '\\': { args: 2, effect: ' ' },
};

/** Control characters in a console's notation, and what they are in the view. */
const MNEMONICS: Record<string, string> = {
  NUL: '',
  SOH: '',
  STX: '',
  ETX: '',
  EOT: '',
  ENQ: '',
  ACK: '',
  BEL: '',
  BS: '',
  HT: '\t',
  LF: '\n',
  VT: '\n',
  FF: '\n',
  CR: '\n',
  SO: '',
  SI: '',
  DLE: '',
  DC1: '',
  DC2: '',
  DC3: '',
  DC4: '',
  NAK: '',
  SYN: '',
  ETB: '',
  CAN: '',
  EM: '',
  SUB: '',
  FS: '',
  RS: '',
  US: '',
  DEL: '',
};

/** A notation token "<ESC>", "<GS>", "<LF>" …, or a decimal byte "<66>". */
const TOKEN = /<([A-Z]{2,3}|\d{1,3})>/y;
/** A command in notation: "<ESC>" or "<GS>" and a command character (not a space: "<ESC> to quit" is prose). */
const NOTATION_COMMAND = /<(?:ESC|GS)>[!-~]/g;
/** A command in notation with its argument in notation: one is enough to tell a stream ("<GS>V<0>"). */
const NOTATION_WITH_ARGUMENT = /<(?:ESC|GS)>[!-~]<\d{1,3}>/;

/** PCL: a parameterised command ("ESC &a", "ESC (s", "ESC *p", "ESC (10U") or the universal exit. */
// eslint-disable-next-line no-control-regex -- ESC and GS are the languages' command bytes
const PCL_SIGN = /\x1b(?:[&*()][a-z][+-]?\d|[()]\d+[A-Z]|%-12345X)/;

/** A PCL value no command takes: a leading zero before a digit, or six digits or more (a phone's, an account's). */
const DATA_VALUE = /^0\d|\d{6}/;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** A byte that is not a printable character: C0 and C1 controls, DEL. */
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

class Builder {
  readonly parts: string[] = [];
  readonly pieces: DecodePiece[] = [];
  length = 0;
  copied = 0;
  constructor(readonly original: string) {}
  /** The command at [start, end) reads as `out`. */
  replace(start: number, end: number, out: string): void {
    if (start > this.copied) this.push(this.original.slice(this.copied, start));
    const last = this.pieces[this.pieces.length - 1];
    // Commands right after one another are one piece: a run of a million ESC bytes is one piece, not a million.
    if (last !== undefined && last.origEnd === start && last.view + last.viewLength === this.length) {
      last.origEnd = end;
      last.viewLength += out.length;
    } else this.pieces.push({ view: this.length, viewLength: out.length, orig: start, origEnd: end });
    this.push(out);
    this.copied = end;
  }
  private push(part: string): void {
    if (part === '') return;
    this.parts.push(part);
    this.length += part.length;
  }
  done(): DecodedText | undefined {
    if (this.pieces.length === 0) return undefined;
    this.push(this.original.slice(this.copied));
    return { text: this.parts.join(''), pieces: this.pieces };
  }
}

/**
 * Argument bytes at `at`: how many of the `count` arguments are taken, and where they end. A control byte is
 * always an argument; a printable character only when no letter or digit follows it; "<n>" in notation always.
 */
function readArguments(text: string, at: number, count: number, notation: boolean): { taken: number; end: number } {
  let j = at;
  let taken = 0;
  for (; taken < count && j < text.length; taken++) {
    if (notation && text[j] === '<') {
      TOKEN.lastIndex = j;
      const m = TOKEN.exec(text);
      if (m !== null && /^\d/.test(m[1]) && Number(m[1]) <= 255) {
        j += m[0].length;
        continue;
      }
    }
    const code = text.charCodeAt(j);
    if (code > 0xff) break;
    if (isControl(code)) {
      // A line break is text's own, not an argument, in notation (where arguments are written "<n>").
      if (notation) break;
      j++;
      continue;
    }
    if (isWordChar(text[j + 1])) break;
    // In notation the next token may be "<LF>": a printable argument before it is still only text.
    if (notation) break;
    j++;
  }
  return { taken, end: j };
}

/** An ESC/POS command at `at` (ESC or GS already seen at [at, cmd)). Returns where it ends, after writing it to `out`. */
function readEscPos(text: string, at: number, cmd: number, gs: boolean, notation: boolean, out: Builder): number {
  const c = text[cmd];
  if (c === undefined) {
    out.replace(at, cmd, '');
    return cmd;
  }
  let spec = gs ? ESC_POS_GS[c] : ESC_POS_ESC[c];
  if (gs && c === 'V') {
    // Cut: "GS V m", or "GS V m n" with m 65, 66, 97, 98, 103 or 104 (feed and cut).
    const first = readArguments(text, cmd + 1, 1, notation);
    const m = first.taken === 1 ? argumentValue(text, cmd + 1, first.end) : -1;
    spec = { args: [65, 66, 97, 98, 103, 104].includes(m) ? 2 : 1, effect: '\n' };
  } else if (gs && c === 'k') {
    // Barcode: "GS k m" (m 0-6, data up to NUL) or "GS k m n" (m 65-73, n bytes of data). The data is left as text.
    const first = readArguments(text, cmd + 1, 1, notation);
    const m = first.taken === 1 ? argumentValue(text, cmd + 1, first.end) : -1;
    spec = { args: m >= 65 && m <= 73 ? 2 : 1, effect: ' ' };
  } else if (gs && c === '(') return readGsParenthesis(text, at, cmd, notation, out);
  if (spec === undefined) {
    // Not a command we know: only the ESC or GS itself is syntax.
    out.replace(at, cmd, '');
    return cmd;
  }
  const args = readArguments(text, cmd + 1, spec.args, notation);
  if (args.taken < spec.args && /\p{L}/u.test(c) && /\p{L}/u.test(text[args.end] ?? '')) {
    // "\x1bMax": a command letter followed by a word is read as the word.
    out.replace(at, cmd, '');
    return cmd;
  }
  out.replace(at, args.end, spec.effect);
  return args.end;
}

/** The value of the argument written at [start, end): a byte, or "<n>". */
function argumentValue(text: string, start: number, end: number): number {
  return end - start === 1 ? text.charCodeAt(start) : Number(text.slice(start + 1, end - 1));
}

/** Two letters or three digits in a row: a word or a number, no parameter codes. */
const WORDLIKE_PARAMETERS = /\p{L}{2}|\d{3}/u;

/**
 * "GS ( fn pL pH …" (QR codes, graphics, …): pL + 256 pH parameter bytes follow. QR "store data" (cn fn m = "1P0")
 * takes cn fn m and leaves the data as text; other functions take their parameters when they are few (16 at most).
 */
function readGsParenthesis(text: string, at: number, cmd: number, notation: boolean, out: Builder): number {
  const fn = text[cmd + 1];
  if (fn === undefined || !/[A-Za-z]/.test(fn)) {
    out.replace(at, cmd, '');
    return cmd;
  }
  const size = readArguments(text, cmd + 2, 2, notation);
  if (size.taken < 2) {
    out.replace(at, cmd, '');
    return cmd;
  }
  let end = size.end;
  const n = notation ? 0 : text.charCodeAt(cmd + 2) + 256 * text.charCodeAt(cmd + 3);
  let params = end;
  if (!notation && fn === 'k' && text[end + 1] === 'P') params = Math.min(text.length, end + 3);
  else if (!notation && n <= 16) params = Math.min(text.length, end + n);
  // Parameter bytes are codes ("1A2", "1C\x08", "1P0"), never two letters or three digits in a row: bytes that read as
  // a word or a number ("\x1d(A\x10\x00Anna Berg 0171 2": a hostile size over a name) stay as text (round 45 review).
  if (!WORDLIKE_PARAMETERS.test(text.slice(end, params))) end = params;
  out.replace(at, end, ' ');
  return end;
}

/**
 * A PCL command at `at` (the ESC). Parameterised: ESC, a parameter character (! to /), a group character (` to ~;
 * none after "(", ")" and "%"), then values each ending in a parameter letter, lower case going on, upper case
 * ending the command. Only complete values are taken ("ESC &a0171 2345678" leaves the digits). Two-character
 * commands: ESC E (reset), ESC 9, ESC =, ESC Y, ESC Z, ESC z.
 */
function readPcl(text: string, at: number, out: Builder): number {
  const pc = text[at + 1];
  if (pc === undefined) {
    out.replace(at, at + 1, '');
    return at + 1;
  }
  if (pc >= '!' && pc <= '/') {
    let j = at + 2;
    const gc = text[j];
    let group = '';
    if (gc !== undefined && gc >= '`' && gc <= '~') {
      group = gc;
      j++;
    } else if (!'()%'.includes(pc)) {
      out.replace(at, at + 1, '');
      return at + 1;
    }
    const groupEnd = j;
    let end = j;
    let letters = '';
    let data = false;
    const letterAt: number[] = [];
    for (let params = 0; params < 64; params++) {
      let k = j;
      if (text[k] === '+' || text[k] === '-') k++;
      const digitsStart = k;
      while (k < text.length && k - digitsStart < 16 && text[k] >= '0' && text[k] <= '9') k++;
      if (text[k] === '.') {
        k++;
        while (k < text.length && k - digitsStart < 24 && text[k] >= '0' && text[k] <= '9') k++;
      }
      if (!/\d/.test(text.slice(digitsStart, k))) break;
      const p = text[k];
      if (p !== undefined && p >= '@' && p <= '~') {
        letterAt.push(k);
        // A value no printer is sent (a leading zero, six digits or more) is data: "ESC &a0171h2345678V" (round 45
        // review). An incomplete value is not taken anyway.
        if (DATA_VALUE.test(text.slice(digitsStart, k))) data = true;
      }
      if (p === undefined) break;
      if (p >= '`' && p <= '~') {
        letters += p;
        j = end = k + 1;
        continue;
      }
      if (p >= '@' && p <= '^') {
        letters += p;
        end = k + 1;
        break;
      }
      break;
    }
    if (end === j && group === '' && letters === '') {
      out.replace(at, at + 1, '');
      return at + 1;
    }
    if (data) {
      // Fail closed: the command's characters read as spaces, its values stay ("0171 2345678").
      out.replace(at, groupEnd, ' ');
      for (const l of letterAt) if (l < end) out.replace(l, l + 1, ' ');
      return end;
    }
    out.replace(at, end, pclEffect(pc, group, letters));
    return end;
  }
  if ('E9=YZz'.includes(pc)) {
    out.replace(at, at + 2, pc === 'E' || pc === '=' ? '\n' : '');
    return at + 2;
  }
  out.replace(at, at + 1, '');
  return at + 1;
}

/** Cursor moves: to another line ("&a…V", "&a…R", "*p…Y"), a line break; along the line, a space. */
function pclEffect(pc: string, group: string, letters: string): Effect {
  if (pc === '%') return '\n';
  const move = (pc === '&' && group === 'a') || (pc === '*' && group === 'p');
  if (!move) return '';
  const lower = letters.toLowerCase();
  if (pc === '&' ? /[rv]/.test(lower) : lower.includes('y')) return '\n';
  return /[hcx]/.test(lower) ? ' ' : '';
}

/** The view of a print stream in ESC/POS or PCL; undefined when the text holds neither. */
export function readPrintControlBytes(text: string): DecodedText | undefined {
  const bytes = text.includes(ESC) || text.includes(GS);
  const notation = (text.includes('<ESC>') || text.includes('<GS>')) && isNotationStream(text);
  if (!bytes && !notation) return undefined;
  const pcl = bytes && PCL_SIGN.test(text);
  const out = new Builder(text);
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ESC) {
      i = pcl ? readPcl(text, i, out) : readEscPos(text, i, i + 1, false, false, out);
      continue;
    }
    if (ch === GS) {
      i = readEscPos(text, i, i + 1, true, false, out);
      continue;
    }
    if (ch === '<' && notation) {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      if (m !== null && (m[1] === 'ESC' || m[1] === 'GS')) {
        const cmd = i + m[0].length;
        if (text[cmd] !== undefined && text[cmd] > ' ' && text[cmd] <= '~') {
          i = readEscPos(text, i, cmd, m[1] === 'GS', true, out);
          continue;
        }
      } else if (m !== null && MNEMONICS[m[1]] !== undefined) {
        const end = i + m[0].length;
        // "<CR><LF>" is one line break.
        const value = m[1] === 'CR' && (text.startsWith('<LF>', end) || text[end] === '\n') ? '' : MNEMONICS[m[1]];
        out.replace(i, end, value);
        i = end;
        continue;
      }
    }
    const next = nextSign(text, i + 1, notation);
    i = next;
  }
  return out.done();
}

/** Where a command may start: the text between is copied as it is (one linear scan). */
// eslint-disable-next-line no-control-regex -- ESC and GS are the languages' command bytes
const SIGN_BYTES = /[\x1b\x1d]/g;
// eslint-disable-next-line no-control-regex -- ESC and GS are the languages' command bytes
const SIGN_BYTES_OR_NOTATION = /[\x1b\x1d<]/g;

/** The next ESC, GS or (in notation) "<" from `from`. */
function nextSign(text: string, from: number, notation: boolean): number {
  const sign = notation ? SIGN_BYTES_OR_NOTATION : SIGN_BYTES;
  sign.lastIndex = from;
  return sign.exec(text)?.index ?? text.length;
}

/**
 * Whether "<ESC>" notation is a stream, not prose that names a key ("press <ESC> to cancel"): a command written
 * with an argument in notation ("<GS>V<0>"), or two commands.
 */
function isNotationStream(text: string): boolean {
  if (NOTATION_WITH_ARGUMENT.test(text)) return true;
  NOTATION_COMMAND.lastIndex = 0;
  let count = 0;
  while (NOTATION_COMMAND.exec(text) !== null) if (++count >= 2) return true;
  return false;
}
