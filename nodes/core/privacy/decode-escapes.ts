/**
 * Transport encodings read as the text they stand for: percent-encoding ("max%40example.de"),
 * HTML character references ("M&uuml;ller", "&#64;"), quoted-printable ("Hauptstra=C3=9Fe",
 * soft line breaks "=\n"), RFC 2047 encoded-words ("=?UTF-8?Q?J=C3=BCrgen?=") and JSON escapes
 * ("\u00fc", "\n"), with what browsers, mail clients and runtimes also read: "&#64" and "&uuml" without
 * ";", Latin-1 bytes ("M%FCller", "M=FCller"), "%u00fc", "\x40", "\u{40}", lower-case QP hex, "= \n".
 * Whoever (an attacker, or an export) writes personal data this way must not get it
 * past the detectors. Each decoded character is a piece that maps back to the WHOLE escape it came
 * from, so a placeholder covers all of "%C3%BC", never half of it.
 *
 * One left-to-right pass; every escape is parsed over a bounded number of characters, so the pass is
 * linear on hostile input. Look-alikes stay as they are: "100%", "a=b", "AT&T", "\n" in prose.
 */

/** A rewritten piece: decoded [view, view + viewLength) came from original [orig, origEnd). */
export interface DecodePiece {
  view: number;
  viewLength: number;
  orig: number;
  origEnd: number;
}

export interface DecodedText {
  readonly text: string;
  /** Pieces in order; text between them is copied unchanged. */
  readonly pieces: DecodePiece[];
}

/** Any escape shape at all: texts without one skip the decoder (after the cheaper character searches of mayHoldEscape). */
export const ESCAPE_SIGN =
  /%[0-9A-Fa-f]{2}|%u[0-9A-Fa-f]{4}|&#?[0-9A-Za-z]{1,32};|&#[0-9]|&#[xX][0-9A-Fa-f]|&[A-Za-z]{2,6}|=[0-9A-Fa-f]{2}|=[ \t]*\r?\n|\\u[0-9A-Fa-f]{4}|\\u\{|\\x[0-9A-Fa-f]{2}|\\\/|=\?|[?&=][^\s&?=+]*\+|[A-Za-z\u00c0-\u024f]''[A-Za-z\u00c0-\u024f]|\\3[0-7]{2}\\2[0-7]{2}|\\[!-.:-@[\]^_`{-~]/;

/** Characters an escape starts with ('+' is a space in form bodies, "''" a quote in an SQL string). */
const SIGNS = /[%&=\\+']/g;

/**
 * Signs that a text is quoted-printable: a UTF-8 lead byte and continuation byte written as =XX,
 * the transfer-encoding header, or an encoded-word. Without them "=C3" and "=\n" are left alone
 * (code, formulas), except a soft break ending a line of QP length (see softBreakAt).
 */
const QP_SIGN =
  /=[C-F][0-9A-F]=[89AB][0-9A-F]|content-transfer-encoding:[ \t]*quoted-printable|=\?[A-Za-z0-9_-]{1,40}\?[QqBb]\?/i;

/** Quoted-printable in Latin-1: a German letter written =XX inside a word ("M=FCller", "Stra=DFe"). */
const QP_LATIN1_SIGN = /[A-Za-z]=(?:E4|F6|FC|C4|D6|DC|DF)[a-z]/;

/** Escapes that are one only in a JSON text (JSON_SIGN). */
const JSON_ONLY_SIGN = /\\[nrtbf]/;

/** Signs of a JSON string: there "\n", "\t", "\"", "\\" are escapes; in prose they are just written. */
const JSON_SIGN = /\\u[0-9A-Fa-f]{4}|\\"|"[ \t]*:[ \t]*"/;

/**
 * Signs of a style sheet that writes text: a rule's braces and a quoted "content:" value. There "\\40 "
 * and "\\0000FC" are CSS escapes; elsewhere a backslash before hex is a path ("C:\\Users\\Bea").
 */
const CSS_SIGN = /content[ \t]*:[ \t]*["']/i;
const isStyleSheet = (s: string) => s.includes('{') && s.includes('}') && CSS_SIGN.test(s);

const HEX = /^[0-9A-Fa-f]$/;
const UPPER_HEX = /^[0-9A-F]$/;

/** Named HTML references: the syntax ones, spaces, and accented Latin letters built from base letter + accent. */
const NAMED = buildNamed();

function buildNamed(): Map<string, string> {
  const named = new Map<string, string>([
    ['amp', '&'],
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"],
    ['nbsp', '\u00a0'],
    ['shy', '\u00ad'],
    ['szlig', 'ß'],
    ['aelig', 'æ'],
    ['AElig', 'Æ'],
    ['oslash', 'ø'],
    ['Oslash', 'Ø'],
    ['eth', 'ð'],
    ['ETH', 'Ð'],
    ['thorn', 'þ'],
    ['THORN', 'Þ'],
    ['oelig', 'œ'],
    ['OElig', 'Œ'],
    ['ndash', '\u2013'],
    ['mdash', '\u2014'],
    ['commat', '@'],
    ['period', '.'],
    ['plus', '+'],
    ['num', '#'],
    ['sol', '/'],
    ['colon', ':'],
    ['lpar', '('],
    ['rpar', ')'],
    // Spaces, dashes and punctuation a value can be written with ("DE89&thinsp;3704", "0171&hyphen;2345678").
    ['ensp', '\u2002'],
    ['emsp', '\u2003'],
    ['emsp13', '\u2004'],
    ['emsp14', '\u2005'],
    ['numsp', '\u2007'],
    ['puncsp', '\u2008'],
    ['thinsp', '\u2009'],
    ['hairsp', '\u200a'],
    ['ThinSpace', '\u2009'],
    ['NonBreakingSpace', '\u00a0'],
    ['ZeroWidthSpace', '\u200b'],
    ['zwj', '\u200d'],
    ['zwnj', '\u200c'],
    ['lrm', '\u200e'],
    ['rlm', '\u200f'],
    ['Tab', '\t'],
    ['NewLine', '\n'],
    ['hyphen', '\u2010'],
    ['dash', '\u2010'],
    ['minus', '\u2212'],
    ['comma', ','],
    ['semi', ';'],
    ['equals', '='],
    ['lowbar', '_'],
    ['bsol', '\\'],
    ['ast', '*'],
    ['excl', '!'],
    ['quest', '?'],
    ['percnt', '%'],
    ['dollar', '$'],
    ['lsqb', '['],
    ['rsqb', ']'],
    ['lcub', '{'],
    ['rcub', '}'],
    ['verbar', '|'],
    ['middot', '\u00b7'],
    ['bull', '\u2022'],
    ['hellip', '\u2026'],
    ['sect', '\u00a7'],
    ['deg', '\u00b0'],
    ['euro', '\u20ac'],
  ]);
  const accents: Record<string, string> = {
    acute: '\u0301',
    grave: '\u0300',
    circ: '\u0302',
    uml: '\u0308',
    tilde: '\u0303',
    ring: '\u030a',
    cedil: '\u0327',
    caron: '\u030c',
  };
  for (const base of 'aeiouycnszrAEIOUYCNSZR')
    for (const [name, mark] of Object.entries(accents)) {
      const letter = (base + mark).normalize('NFC');
      if (letter.length === 1) named.set(base + name, letter);
    }
  return named;
}

/**
 * The names HTML reads even without their ";" ("M&uumlller" shows "Müller" in a browser): the
 * Latin-1 ones (and amp, lt, gt, quot). Longest first, so "&not" never cuts "&notin".
 */
const LEGACY = [...NAMED.entries()]
  .filter(
    ([name, value]) =>
      value.length === 1 &&
      value.charCodeAt(0) <= 0xff &&
      !/^(commat|period|plus|num|sol|colon|lpar|rpar|apos|comma|semi|equals|lowbar|bsol|ast|excl|quest|percnt|dollar|lsqb|rsqb|lcub|rcub|verbar|Tab|NewLine|NonBreakingSpace)$/.test(
        name,
      ),
  )
  .map(([name]) => name)
  .sort((a, b) => b.length - a.length);
const LEGACY_NAMES = new Set(LEGACY);
const LEGACY_LONGEST = LEGACY.length === 0 ? 0 : LEGACY[0].length;

/** Builds the decoded text: copied runs between pieces, one piece per decoded character (or encoded-word). */
class Builder {
  readonly parts: string[] = [];
  readonly pieces: DecodePiece[] = [];
  length = 0;
  copied = 0;
  /** Where the last encoded-word ended (-1: none yet). */
  lastWordEnd = -1;
  /** An escaped underscore before this index is in a run that reaches an "@" (joinsWords). */
  runToAt = -1;
  /** An escaped underscore before this index is in a run that ends without one (joinsWords). */
  runWithoutAt = -1;

  constructor(private readonly original: string) {}

  /** `out` stands for original [start, end); the text before it is copied. */
  piece(out: string, start: number, end: number): void {
    if (start > this.copied) this.copy(start);
    this.pieces.push({ view: this.length, viewLength: out.length, orig: start, origEnd: end });
    this.parts.push(out);
    this.length += out.length;
    this.copied = end;
  }

  copy(upTo: number): void {
    const part = this.original.slice(this.copied, upTo);
    this.parts.push(part);
    this.length += part.length;
    this.copied = upTo;
  }
}

/**
 * Every escape holds one of these characters; a form body's "+" needs its "=". Four native character
 * searches are ten times faster than the alternation of ESCAPE_SIGN (measured on the bench texts).
 */
function mayHoldEscape(s: string): boolean {
  return s.includes('%') || s.includes('&') || s.includes('=') || s.includes('\\') || s.includes("''");
}

/** The decoded text, or undefined when nothing in it is an escape. */
export function decodeEscapes(original: string): DecodedText | undefined {
  if (!mayHoldEscape(original)) return undefined;
  const css = original.includes('\\') && isStyleSheet(original);
  const json = JSON_SIGN.test(original);
  // "\\n" alone is an escape only in JSON ("ship_to":"168 Harbour View Road\\nLeeds"); in prose or a path it is written.
  if (!css && !ESCAPE_SIGN.test(original) && !(json && JSON_ONLY_SIGN.test(original))) return undefined;
  const qp = QP_SIGN.test(original) || QP_LATIN1_SIGN.test(original);
  const out = new Builder(original);
  const form = new FormTokens(original);
  SIGNS.lastIndex = 0;
  for (let m = SIGNS.exec(original); m !== null; m = SIGNS.exec(original)) {
    const at = m.index;
    const ch = original[at];
    let next = at + 1;
    if (ch === '%') next = percentRun(original, at, out);
    else if (ch === '&') next = htmlReference(original, at, out);
    else if (ch === '\\')
      next =
        css && HEX.test(original[at + 1] ?? '') ? cssEscape(original, at, out) : jsonEscape(original, at, out, json);
    else if (ch === '+') {
      // A value opening with "+" is a phone's country code written as is ("rueckruf=+90 552 …"), not a leading space.
      if (original[at - 1] !== '=' && form.isSpace(at)) out.piece(' ', at, at + 1);
    } else if (ch === '=') next = equalsEscape(original, at, out, qp);
    else if (ch === "'") next = doubledQuote(original, at, out);
    SIGNS.lastIndex = Math.max(next, at + 1);
  }
  SIGNS.lastIndex = 0;
  if (out.pieces.length === 0) return undefined;
  out.copy(original.length);
  return { text: out.parts.join(''), pieces: out.pieces };
}

interface ByteRun {
  bytes: number[];
  starts: number[];
  /** Characters per escape: "%XX" 3, "\\xXX" 4. */
  width: number;
}

/** Bytes written as `sign`XX one after another from `at`, with where each starts. */
function byteRun(s: string, at: number, sign: string, upperOnly: boolean): ByteRun {
  const bytes: number[] = [];
  const starts: number[] = [];
  const hex = upperOnly ? UPPER_HEX : HEX;
  const w = sign.length;
  for (
    let i = at;
    i + w + 1 < s.length && s.startsWith(sign, i) && hex.test(s[i + w]) && hex.test(s[i + w + 1]);
    i += w + 2
  ) {
    bytes.push(parseInt(s.slice(i + w, i + w + 2), 16));
    starts.push(i);
  }
  return { bytes, starts, width: w + 2 };
}

/**
 * Decodes a run of escaped bytes as UTF-8: each valid character becomes a piece covering its
 * escapes. A byte that is not UTF-8 but a Latin-1 letter next to an ASCII letter is read as Latin-1
 * ("M%FCller", "Stra=DFe" from a Latin-1 form or mail); other invalid bytes are left as written.
 * Returns where the run ends.
 */
function utf8Pieces(s: string, run: ByteRun, out: Builder): number {
  const { bytes, starts } = run;
  const endOf = (k: number) => (k < starts.length ? starts[k] : starts[starts.length - 1] + run.width);
  for (let k = 0; k < bytes.length;) {
    const n = utf8Length(bytes, k);
    if (n === 0) {
      if (isLatin1Letter(bytes[k]) && asciiLetterNextTo(s, run, k))
        out.piece(String.fromCharCode(bytes[k]), starts[k], endOf(k + 1));
      k++;
      continue;
    }
    const cp = codePoint(bytes, k, n);
    out.piece(String.fromCodePoint(cp), starts[k], endOf(k + n));
    k += n;
  }
  return endOf(bytes.length);
}

/** Length of the valid UTF-8 sequence starting at k (0 when it is not one). */
const isLatin1Letter = (b: number) => b >= 0xc0 && b <= 0xff && b !== 0xd7 && b !== 0xf7;
const isAsciiLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);

/** Whether an ASCII letter (written plainly, or as an escaped byte of the run) is right before or after byte `k` of the run. */
function asciiLetterNextTo(s: string, run: ByteRun, k: number): boolean {
  const last = run.bytes.length - 1;
  const before = k === 0 ? s[run.starts[0] - 1] : String.fromCharCode(run.bytes[k - 1]);
  const after = k === last ? s[run.starts[last] + run.width] : String.fromCharCode(run.bytes[k + 1]);
  return isAsciiLetter(before) || isAsciiLetter(after);
}

function utf8Length(b: number[], k: number): number {
  const lead = b[k];
  const n =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
  if (n === 0 || k + n > b.length) return 0;
  for (let j = 1; j < n; j++) if ((b[k + j] & 0xc0) !== 0x80) return 0;
  const cp = codePoint(b, k, n);
  // Overlong forms, surrogates and values past U+10FFFF are not characters.
  if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
    return 0;
  return n;
}

function codePoint(b: number[], k: number, n: number): number {
  if (n === 1) return b[k];
  let cp = b[k] & (0xff >> (n + 1));
  for (let j = 1; j < n; j++) cp = (cp << 6) | (b[k + j] & 0x3f);
  return cp;
}

function percentRun(s: string, at: number, out: Builder): number {
  // "%u00fc": the old IIS/JavaScript escape() form of a UTF-16 code unit.
  if (s[at + 1] === 'u' || s[at + 1] === 'U') return unitEscape(s, at, 2, out, '%u');
  const run = byteRun(s, at, '%', false);
  return run.bytes.length === 0 ? at + 1 : utf8Pieces(s, run, out);
}

/**
 * &#NN; &#xHH; and the named references of NAMED; unknown names are left as written. As in a
 * browser, a numeric reference needs no ";" ("max&#64example.de") and neither does a Latin-1 name
 * ("M&uumlller"), except before "=" (a query parameter "&uml=1").
 */
function htmlReference(s: string, at: number, out: Builder): number {
  let i = at + 1;
  const numeric = s[i] === '#';
  if (numeric) i++;
  const hex = numeric && (s[i] === 'x' || s[i] === 'X');
  if (hex) i++;
  const from = i;
  const word = numeric ? (hex ? HEX : /^[0-9]$/) : /^[0-9A-Za-z]$/;
  while (i < s.length && i - from < 32 && word.test(s[i])) i++;
  if (i === from) return at + 1;
  const closed = s[i] === ';';
  if (!closed && !numeric) return legacyReference(s, at, out);
  let body = s.slice(from, i);
  // An unterminated hex reference runs on over hex letters that a reader takes for text ("anna&#x40example.de",
  // "&#x0040example" read "anna@example.de"; a browser reads U+040E): when the whole run is beyond Latin-1, the
  // longest prefix that writes a Latin-1 character is the reference.
  if (hex && !closed && body.length > 2 && parseInt(body, 16) > 0xff) {
    let n = body.length - 1;
    while (n >= 2 && !isLatin1Printable(parseInt(body.slice(0, n), 16))) n--;
    if (n >= 2) {
      i = from + n;
      body = body.slice(0, n);
    }
  }
  let value: string | undefined;
  if (numeric) {
    const cp = parseInt(body, hex ? 16 : 10);
    if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) value = String.fromCodePoint(cp);
  } else value = NAMED.get(body);
  if (value === undefined) return at + 1;
  const end = closed ? i + 1 : i;
  out.piece(value, at, end);
  return end;
}

/** A printable character of Latin-1 (ASCII or the upper half): what a two-digit hex reference writes. */
const isLatin1Printable = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);

/** A Latin-1 name without its ";": the longest one the text starts with. */
function legacyReference(s: string, at: number, out: Builder): number {
  for (let n = Math.min(LEGACY_LONGEST, s.length - at - 1); n >= 2; n--) {
    const name = s.slice(at + 1, at + 1 + n);
    if (!LEGACY_NAMES.has(name) || s[at + 1 + n] === '=') continue;
    out.piece(NAMED.get(name)!, at, at + 1 + n);
    return at + 1 + n;
  }
  return at + 1;
}

/**
 * ASCII punctuation a backslash escapes in Markdown (CommonMark 2.4), as office converters, chat exports
 * and Pandoc write it: "O\\'Brien", "Hauptstr\\. 5", "Müller\\-Lüdenscheidt", "Jana\\_Novak@…". Read as the
 * punctuation alone. A backslash before a letter or digit (a Windows path "C:\\Users\\jana", a regex's
 * "\\d") means something else and stays; "\\\\" is passed over whole (a UNC path, an escaped backslash),
 * and "\\/" and the JSON escapes are read above.
 */
const MARKDOWN_ESCAPABLE = new Set('!"#$%&\'()*+,-.:;<=>?@[]^_`{|}~');
/**
 * An escaped quote is read as the typographic one: inside a quoted value (a MySQL dump's
 * "'O\\'Brien'", a shell's "\"Jana\"") a plain quote would end the value early for the readers that
 * count a row's quotes (birth-dates.ts), losing the rows after it; names take "’" as an apostrophe.
 * (In JSON, "\\\"" is read as '"' above.)
 */
const ESCAPED_QUOTE: Record<string, string> = { "'": '\u2019', '"': '\u201d' };

/** Characters of an e-mail address's local part beyond ASCII. */
const LOCAL_PART_WIDE = /^[\p{L}\p{N}]$/u;
const isLocalPartChar = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (c >= 0x80) return LOCAL_PART_WIDE.test(s[i]);
  // Letters, digits, "._%+-" and the backslash of an escape a converter writes into one.
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? true : (c >= 0x30 && c <= 0x39) || '._%+-\\'.includes(s[i]);
};
/** How far an escaped underscore looks ahead for the "@" of an e-mail address (RFC 5321: 64, escapes doubled). */
const LOCAL_PART_LIMIT = 128;

/**
 * Whether the "\\_" at `at` joins two words rather than the parts of an e-mail address: Markdown
 * writes "Jana\\_Novak" for a user name or a name joined as one token, and the detectors read a name
 * between blanks ("Autorin: Jana_Novak" gave "Jana" alone, so "Novak" went to the cloud). Read as a
 * blank then; before an "@" ("Jana\\_Novak@example.de") it stays "_" so the address is read whole.
 * The run read ahead is remembered in `out`, so "a\\_" repeated is read once (linear).
 */
function joinsWords(s: string, at: number, out: Builder): boolean {
  if (!isLetter(s[at - 1]) || !isLetter(s[at + 2])) return false;
  if (at < out.runToAt) return false;
  if (at < out.runWithoutAt) return true;
  for (let i = at + 2; i < s.length; i++) {
    if (s[i] === '@') {
      out.runToAt = i;
      return false;
    }
    if (i - at >= LOCAL_PART_LIMIT || !isLocalPartChar(s, i)) {
      out.runWithoutAt = i;
      return true;
    }
  }
  out.runWithoutAt = s.length;
  return true;
}

/** JSON escapes written with a letter ("\\n", "\\b" …), which a path or an address may hold as its own letter. */
const LETTER_ESCAPES = 'nrtbf';
/**
 * A lower-case ASCII letter: a path's or an address's own letters after a backslash ("\\bernd",
 * "\\nadia"); a JSON line break before a capital ("\\nTom Okafor") starts a new line and keeps its exact span.
 */
const isLowerLetter = (c: number) => c >= 0x61 && c <= 0x7a;

const JSON_SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', b: '', f: '' };

/**
 * \uXXXX (surrogate pairs joined), \u{X…} and \xXX (JavaScript, Python, C: UTF-8 bytes, or a
 * Latin-1 letter) and \/ everywhere; the other JSON escapes only in a text that looks like JSON.
 */
function jsonEscape(s: string, at: number, out: Builder, json: boolean): number {
  const c = s[at + 1];
  if (c === 'u' && s[at + 2] === '{') return bracedEscape(s, at, out);
  if (c === 'u') {
    const colour = ansiColourEnd(s, at);
    if (colour > 0) {
      out.piece('', at, colour);
      return colour;
    }
    return unitEscape(s, at, 2, out, '\\u');
  }
  if (c === '3') return octalRun(s, at, out);
  if (c === 'x') {
    const run = byteRun(s, at, '\\x', false);
    return run.bytes.length === 0 ? at + 1 : utf8Pieces(s, run, out);
  }
  if (c === '/' || (json && c !== undefined && JSON_SIMPLE[c] !== undefined)) {
    // "C:\\bernd.weber@firma.de" in a text with JSON elsewhere: the letter may be the value's own first
    // letter. The escape and the character after it are one piece, so a finding starting there covers both.
    if (LETTER_ESCAPES.includes(c) && isLowerLetter(s.charCodeAt(at + 2))) {
      out.piece(JSON_SIMPLE[c] + s[at + 2], at, at + 3);
      return at + 3;
    }
    out.piece(JSON_SIMPLE[c], at, at + 2);
    return at + 2;
  }
  // "\\u0040" is a backslash and "u0040": the escaped backslash is passed over as a whole.
  if (c === '\\') return at + 2;
  if (c !== undefined && MARKDOWN_ESCAPABLE.has(c)) {
    out.piece(c === '_' && joinsWords(s, at, out) ? ' ' : (ESCAPED_QUOTE[c] ?? c), at, at + 2);
    return at + 2;
  }
  return at + 1;
}

/**
 * A terminal's colour code written into JSON ("\\u001b[0;36m", "\\u001b[0m"): a Jupyter notebook's traceback and a CI
 * log's captured output colour every token. It is read as nothing, so the code between reads as written
 * (`client \\u001b[1;31m==\\u001b[0m \\u001b[0;36m\\"Given Family\\"` as `client == "Given Family"`) and a name's
 * span is not cut by it. Bounded: at most 16 parameter characters. Returns the end after "m", or 0.
 */
const ANSI_COLOUR = /\\u001[bB]\[[0-9;]{0,16}m/y;
function ansiColourEnd(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== 0x31 || s.charCodeAt(at + 2) !== 0x30) return 0;
  ANSI_COLOUR.lastIndex = at;
  return ANSI_COLOUR.test(s) ? ANSI_COLOUR.lastIndex : 0;
}

/**
 * A UTF-16 code unit written as `sign`XXXX from `at` (`skip` is the sign's length), a high surrogate
 * joined with a low one written the same way right after it.
 */
function unitEscape(s: string, at: number, skip: number, out: Builder, sign: string): number {
  const unit = hex4(s, at + skip);
  if (unit < 0) return at + 1;
  const width = skip + 4;
  if (unit >= 0xd800 && unit <= 0xdbff && s.startsWith(sign, at + width)) {
    const low = hex4(s, at + width + skip);
    if (low >= 0xdc00 && low <= 0xdfff) {
      out.piece(String.fromCharCode(unit, low), at, at + 2 * width);
      return at + 2 * width;
    }
  }
  if (unit >= 0xd800 && unit <= 0xdfff) return at + width;
  out.piece(String.fromCharCode(unit), at, at + width);
  return at + width;
}

/**
 * SQL (and Pascal, CSV, YAML) write a quote inside a quoted value twice: "'Sean O''Brien'" holds
 * "O'Brien". Only between two letters: wiki markup ("''kursiv''") and prose keep theirs. The view
 * reads it as the typographic apostrophe "’", which names take as one, while the readers of SQL
 * rows (birth-dates.ts) still count the value's quotes right: a plain "'" there would end the value
 * early and lose the rows after it.
 */
const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z\u00c0-\u024f]$/.test(ch);
function doubledQuote(s: string, at: number, out: Builder): number {
  if (s[at + 1] !== "'" || !isLetter(s[at - 1]) || !isLetter(s[at + 2])) return at + 1;
  out.piece('\u2019', at, at + 2);
  return at + 2;
}

const OCTAL = /^[0-7]$/;

/**
 * Bytes above ASCII written as octal escapes ("J\\303\\274rgen"): git quotes file names so, as do C
 * and bytea dumps. Only whole UTF-8 characters of two bytes or more are read: "\\017" or "\\100" in
 * a path stay as written, so "Ablage\\0171 2345678" keeps its phone number.
 */
function octalRun(s: string, at: number, out: Builder): number {
  const bytes: number[] = [];
  const starts: number[] = [];
  for (
    let i = at;
    s[i] === '\\' && (s[i + 1] === '2' || s[i + 1] === '3') && OCTAL.test(s[i + 2] ?? '') && OCTAL.test(s[i + 3] ?? '');
    i += 4
  ) {
    bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
    starts.push(i);
  }
  if (bytes.length < 2) return at + 1;
  for (let k = 0; k < bytes.length;) {
    const n = utf8Length(bytes, k);
    if (n < 2) {
      k++;
      continue;
    }
    out.piece(String.fromCodePoint(codePoint(bytes, k, n)), starts[k], starts[k + n - 1] + 4);
    k += n;
  }
  return starts[starts.length - 1] + 4;
}

/** A CSS escape: one to six hex digits, and one white space after them that ends the escape ("max\\40 example.de"). */
function cssEscape(s: string, at: number, out: Builder): number {
  let i = at + 1;
  while (i < s.length && i - at - 1 < 6 && HEX.test(s[i])) i++;
  const cp = parseInt(s.slice(at + 1, i), 16);
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return at + 1;
  const end = s[i] === '\r' && s[i + 1] === '\n' ? i + 2 : s[i] === ' ' || s[i] === '\t' || s[i] === '\n' ? i + 1 : i;
  out.piece(String.fromCodePoint(cp), at, end);
  return end;
}

/** \u{40}: one to six hex digits in braces (JavaScript, Ruby …). */
function bracedEscape(s: string, at: number, out: Builder): number {
  let i = at + 3;
  while (i < s.length && i - at - 3 < 6 && HEX.test(s[i])) i++;
  if (i === at + 3 || s[i] !== '}') return at + 1;
  const cp = parseInt(s.slice(at + 3, i), 16);
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return at + 1;
  out.piece(String.fromCodePoint(cp), at, i + 1);
  return i + 1;
}

function hex4(s: string, i: number): number {
  if (i + 4 > s.length) return -1;
  for (let j = i; j < i + 4; j++) if (!HEX.test(s[j])) return -1;
  return parseInt(s.slice(i, i + 4), 16);
}

/** Encoded-words, and in quoted-printable text =XX runs and soft line breaks. */
function equalsEscape(s: string, at: number, out: Builder, qp: boolean): number {
  if (s[at + 1] === '?') return encodedWord(s, at, out);
  const soft = softBreakAt(s, at, qp);
  if (soft > 0) {
    out.piece('', at, soft);
    return soft;
  }
  if (!qp) return at + 1;
  // Decoders (mail clients, Python's quopri) read lower-case hex too: "max=40example=2ede".
  const run = byteRun(s, at, '=', false);
  return run.bytes.length === 0 ? at + 1 : utf8Pieces(s, run, out);
}

/** QP lines are wrapped at 76 characters: a line that long ending in "=" is a soft break even without other QP signs. */
const QP_WRAP_MIN = 60;
const LDIF_BASE64_LINE = /^[A-Za-z][\w;-]*::[ ]*[A-Za-z0-9+/]+=$/;

/**
 * Where a soft line break "=\n" / "=\r\n" at `at` ends, or 0 when there is none. In quoted-printable
 * text, spaces a mail transport added after the "=" belong to it ("= \n", RFC 2045 6.7).
 */
function softBreakAt(s: string, at: number, qp: boolean): number {
  let i = at + 1;
  if (qp) while (i < s.length && i - at <= 76 && (s[i] === ' ' || s[i] === '\t')) i++;
  const end = s[i] === '\n' ? i + 1 : s[i] === '\r' && s[i + 1] === '\n' ? i + 2 : 0;
  if (end === 0 || qp) return end;
  // QP writes a literal "=" as "=3D": a line ending "==" is a wiki or AsciiDoc heading ("== Site ==", "====== Register ======").
  if (s[at - 1] === '=') return 0;
  // Scans back at most one line; each line ends in at most one "=": linear overall.
  let lineStart = at;
  while (lineStart > 0 && s[lineStart - 1] !== '\n' && at - lineStart <= 76) lineStart--;
  const length = at + 1 - lineStart;
  if (length < QP_WRAP_MIN || length > 77) return 0;
  // LDIF's "attr:: base64=" (RFC 2849): the "=" is the base64 string's padding at its line end, no soft break.
  return LDIF_BASE64_LINE.test(s.slice(lineStart, at + 1)) ? 0 : end;
}

/** =?charset?Q?...?= or =?charset?B?...?= in UTF-8, ISO-8859-1/Windows-1252 or ASCII: one piece for the whole word. */
function encodedWord(s: string, at: number, out: Builder): number {
  let i = at + 2;
  const from = i;
  while (i < s.length && i - from < 40 && /^[A-Za-z0-9_-]$/.test(s[i])) i++;
  const charset = s.slice(from, i).toLowerCase();
  if (i === from || s[i] !== '?') return at + 1;
  const encoding = s[i + 1];
  if (!(encoding === 'Q' || encoding === 'q' || encoding === 'B' || encoding === 'b') || s[i + 2] !== '?')
    return at + 1;
  const textStart = i + 3;
  let j = textStart;
  while (j < s.length && j - textStart < 400 && s[j] !== '?' && s[j] !== ' ' && s[j] !== '\n') j++;
  if (s[j] !== '?' || s[j + 1] !== '=') return at + 1;
  const body = s.slice(textStart, j);
  const bytes = encoding === 'Q' || encoding === 'q' ? qBytes(body) : base64Bytes(body);
  const text = bytes === undefined ? undefined : decodeCharset(bytes, charset);
  if (text === undefined) return at + 1;
  // Between two encoded-words, white space is not shown (RFC 2047 6.2): "=?…?max=40exam?= =?…?ple.de?=" reads one address.
  const gap = out.lastWordEnd;
  if (gap >= 0 && gap < at && gap >= out.copied && /^[ \t\r\n]+$/.test(s.slice(gap, at))) out.piece('', gap, at);
  out.piece(text, at, j + 2);
  out.lastWordEnd = j + 2;
  return j + 2;
}

function qBytes(body: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=') {
      if (!(HEX.test(body[i + 1] ?? '') && HEX.test(body[i + 2] ?? ''))) return undefined;
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function base64Bytes(body: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) return undefined;
  return Uint8Array.from(Buffer.from(body, 'base64'));
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('windows-1252');

function decodeCharset(bytes: Uint8Array, charset: string): string | undefined {
  try {
    if (charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return UTF8.decode(bytes);
    if (/^(iso-8859-(1|15)|latin1|windows-1252|cp1252)$/.test(charset)) return LATIN1.decode(bytes);
  } catch {
    // Not valid in its charset: left as written.
  }
  return undefined;
}

/**
 * Whether a "+" is a space: inside a URL query or form body, a run without spaces that holds
 * "=" and one of "&", "?" or a %XX escape. Each run is examined once (the pass goes left to right).
 */
class FormTokens {
  private end = -1;
  private form = false;

  constructor(private readonly s: string) {}

  isForm(at: number): boolean {
    if (at < this.end) return this.form;
    const s = this.s;
    let start = at;
    while (start > 0 && !isBoundary(s[start - 1])) start--;
    let end = at;
    while (end < s.length && !isBoundary(s[end])) end++;
    const token = s.slice(start, end);
    this.end = end;
    this.form = token.includes('=') && (token.includes('&') || token.includes('?') || /%[0-9A-Fa-f]{2}/.test(token));
    return this.form;
  }

  private valueEnd = -1;
  private valueEncoded = false;

  /**
   * Whether the "+" at `at` is a space: in a form body, and its value (between "=" or "&" and the
   * next "&") was form-encoded. A raw "@" shows it was not: "email=max+shop@example.de" keeps the
   * "+" of the address, so the whole address is found. Each value is examined once.
   */
  isSpace(at: number): boolean {
    if (!this.isForm(at)) return false;
    if (at < this.valueEnd) return this.valueEncoded;
    const s = this.s;
    let start = at;
    while (start > 0 && s[start - 1] !== '=' && s[start - 1] !== '&' && !isBoundary(s[start - 1])) start--;
    let end = at;
    while (end < s.length && s[end] !== '&' && !isBoundary(s[end])) end++;
    this.valueEnd = end;
    this.valueEncoded = !s.slice(start, end).includes('@');
    return this.valueEncoded;
  }
}

const isBoundary = (ch: string) =>
  ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '"' || ch === "'" || ch === '<' || ch === '>';
