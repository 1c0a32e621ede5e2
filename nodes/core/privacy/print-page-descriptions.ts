import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { literalString, type PdfString } from './pdf-form-fields.js';

/**
 * Page descriptions captured on their way to a printer: PostScript (`72 724 moveto (Gewinner: Chalse Quirk) show`,
 * `\(` `\)` `\\`, octal escapes `\343` for Latin-1 letters, a `\` line continuation) and uncompressed PDF content
 * streams (`0 -16 Td (Kunde: Galina-K\366se Mitioglo) Tj`, kerned arrays `[(Irantzu L)-8(oidi)] TJ`, the `'` and `"`
 * operators). Read as written, a name stands between operators and numbers, split by escapes and kerning numbers, and
 * the label readers see no "Kunde: value" line: the name is missed and the operators read as words.
 *
 * The view shows the text each string operator prints: every string's characters (its escapes as the character they
 * stand for, mapping back to the whole escape), the operators, numbers, names and delimiters around them as nothing.
 * A string starts a new line when a move comes before it (PDF `Td`, `TD`, `T*`, `Tm`, `'`, `"`, `BT`/`ET`;
 * PostScript `moveto`, `rmoveto`, `showpage`), else it continues the line it follows (`(Kunde: ) Tj` then
 * `[(Irantzu L)-8(oidi)] TJ` is "Kunde: Irantzu Loidi"). Inside a `TJ` array a number is a kerning adjustment in
 * thousandths of an em: a small one (positive, or above -200) joins the pieces into one word, so "Irantzu Loidi"
 * maps back over `Irantzu L)-8(oidi`; a negative one of -200 or below is a word gap and reads as a space. Why -200:
 * fonts' pair kerning stays well above it (the standard fonts' widest pairs, "AV", "Yo", are about -70 to -140),
 * while a space is 250 to 280 thousandths wide and a writer that positions words itself writes about that.
 *
 * Fail closed: a line is read so only when every token on it is page-description syntax (numbers, /names, strings,
 * brackets, the languages' operators) and it ends with an operator, as every PostScript or PDF statement does; any
 * other line (prose, a comment with a document title, an IPP header, a table of numbers, a hex string, an unbalanced
 * "(") is copied as written. Nothing is dropped but syntax. Every string is read over at most MAX_STRING characters
 * and every line once: linear. A text without a page description's marks is not read (undefined).
 */

/** Marks of a page description: a string shown by a PDF text operator, or a PostScript show after a moveto. */
const PDF_SIGN = /\)[ \t]*Tj\b|\][ \t]*TJ\b/;
const PDF_TEXT_OBJECT = /(?:^|\s)BT\s/;
const PS_SIGN = /\)[ \t]*(?:show|ashow|widthshow|awidthshow)\b/;
const PS_MARK = /^%!PS|\bmoveto\b/m;

/** A shown string is short: an unclosed "(" is not followed further than this. */
const MAX_STRING = 1000;

/** Operators that move to a new line before the next string (PDF text positioning; PostScript's moves). */
const MOVES = new Set(['Td', 'TD', 'Tm', 'T*', "'", '"', 'BT', 'ET', 'moveto', 'rmoveto', 'showpage']);

/** PDF content stream operators (ISO 32000 annex A) and the object wrapper's keywords. */
const PDF_OPERATORS = [
  ...['BT', 'ET', 'Tf', 'Td', 'TD', 'Tm', 'T*', 'Tj', 'TJ', "'", '"', 'Tc', 'Tw', 'Tz', 'TL', 'Tr', 'Ts'],
  ...['q', 'Q', 'cm', 're', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'n', 'W', 'W*', 'm', 'l', 'c', 'v', 'y'],
  ...['h', 'w', 'J', 'j', 'M', 'd', 'ri', 'i', 'gs', 'rg', 'RG', 'g', 'G', 'k', 'K', 'cs', 'CS', 'sc', 'SC', 'scn'],
  ...['SCN', 'Do', 'BDC', 'BMC', 'EMC', 'MP', 'DP', 'sh', 'd0', 'd1', 'BX', 'EX'],
  ...['obj', 'endobj', 'stream', 'endstream', 'R'],
];

/** PostScript operators a printer driver's page description uses. */
const PS_OPERATORS = [
  ...['moveto', 'rmoveto', 'lineto', 'rlineto', 'show', 'ashow', 'widthshow', 'awidthshow', 'kshow', 'xshow'],
  ...['xyshow', 'cshow', 'showpage', 'copypage', 'findfont', 'scalefont', 'setfont', 'selectfont', 'makefont'],
  ...['def', 'bind', 'load', 'begin', 'end', 'setgray', 'setrgbcolor', 'setcmykcolor', 'gsave', 'grestore'],
  ...['save', 'restore', 'newpath', 'closepath', 'stroke', 'fill', 'translate', 'rotate', 'scale', 'setlinewidth'],
  ...['pop', 'exch', 'dup', 'currentpoint', 'stringwidth', 'setpagedevice'],
];

const OPERATORS = new Set([...PDF_OPERATORS, ...PS_OPERATORS]);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
/**
 * A number no page description writes: a leading zero or five digits before the point (coordinates, sizes, kerning
 * and colours stay below), or a leading "+" (a country code: "+49 171 234 5678 moveto"; no driver writes one). Such a line is data ("0171 2345678 pop" hides a phone number among operators): as written.
 */
const DATA_NUMBER = /^(?:\+|[+-]?(?:0\d|\d{5}))/;
const WORD = /[^\s()<>[\]{}/%]+/y;
const NAME = /\/[^\s()<>[\]{}/%]*/y;

type Token =
  | { kind: 'string'; s: PdfString }
  | { kind: 'number'; value: number }
  | { kind: 'operator'; op: string }
  | { kind: 'open' | 'close' | 'other' };

/** The tokens of the statement at `from` up to its line's end (strings may run over lines), or undefined at a token no page description has. */
function statement(text: string, from: number): { tokens: Token[]; end: number } | undefined {
  const tokens: Token[] = [];
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') break;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '(') {
      const s = literalString(text, i, MAX_STRING);
      if (s === undefined) return undefined;
      tokens.push({ kind: 'string', s });
      i = s.end;
    } else if (c === '[') {
      tokens.push({ kind: 'open' });
      i++;
    } else if (c === ']') {
      tokens.push({ kind: 'close' });
      i++;
    } else if (c === '{' || c === '}') {
      tokens.push({ kind: 'other' });
      i++;
    } else if ((c === '<' && text[i + 1] === '<') || (c === '>' && text[i + 1] === '>')) {
      tokens.push({ kind: 'other' });
      i += 2;
    } else if (c === '/') {
      NAME.lastIndex = i;
      i += NAME.exec(text)![0].length;
      tokens.push({ kind: 'other' });
    } else {
      // A hex string, a comment, a stray ")" or ">", or a word: only numbers and the operators are syntax.
      WORD.lastIndex = i;
      const w = WORD.exec(text);
      if (!w) return undefined;
      if (NUMBER.test(w[0]) && !DATA_NUMBER.test(w[0])) tokens.push({ kind: 'number', value: Number(w[0]) });
      else if (OPERATORS.has(w[0])) tokens.push({ kind: 'operator', op: w[0] });
      else return undefined;
      i += w[0].length;
    }
  }
  // Every PostScript and PDF statement ends with its operator: a line of bare numbers is data, not syntax.
  if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'operator') return undefined;
  return { tokens, end: i };
}

/** Where the line holding `from` ends (its "\n", or the text's end). */
function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at === -1 ? text.length : at;
}

/** A kerning number at or below this, inside a TJ array, is a word gap (see the top of this file). */
const WORD_GAP = -200;

/** The view of a PostScript or PDF page description: the text its strings print, or undefined when the text is none. */
export function readPrintPageDescriptions(text: string): DecodedText | undefined {
  const pdf = PDF_SIGN.test(text) && PDF_TEXT_OBJECT.test(text);
  if (!pdf && !(PS_SIGN.test(text) && PS_MARK.test(text))) return undefined;
  const pieces: DecodePiece[] = [];
  let out = '';
  let pos = 0;
  let moved = false;
  let shown = 0;
  /** Syntax from `pos` to `to` read as `sep` ("" for nothing). */
  const gap = (to: number, sep: string) => {
    if (to === pos && sep === '') return;
    pieces.push({ view: out.length, viewLength: sep.length, orig: pos, origEnd: to });
    out += sep;
    pos = to;
  };
  const show = (s: PdfString, sep: string) => {
    gap(s.start, out === '' ? '' : sep);
    let from = s.start;
    for (const p of s.pieces) {
      out += text.slice(from, p.orig);
      pieces.push({ view: out.length, viewLength: p.viewLength, orig: p.orig, origEnd: p.origEnd });
      out += s.text.slice(p.view, p.view + p.viewLength);
      from = p.origEnd;
    }
    out += text.slice(from, s.valueEnd);
    pos = s.valueEnd;
    moved = false;
    shown++;
  };
  for (let at = 0; at < text.length;) {
    const st = statement(text, at);
    if (st === undefined) {
      // Not syntax: the line as written, on a line of its own.
      const end = lineEnd(text, at);
      if (pos < at) gap(at, text.slice(pos, at).includes('\n') ? '\n' : '');
      out += text.slice(at, end);
      pos = end;
      moved = true;
      at = end + 1;
      continue;
    }
    const { tokens } = st;
    // The operator each token is an operand of (the next one after it), found backwards once: linear.
    const nextOperator: (string | undefined)[] = new Array<string | undefined>(tokens.length);
    for (let k = tokens.length - 1, op: string | undefined; k >= 0; k--) {
      nextOperator[k] = op;
      const t = tokens[k];
      if (t.kind === 'operator') op = t.op;
    }
    let inArray = false;
    let kern: number | undefined;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'operator') {
        if (MOVES.has(t.op)) moved = true;
      } else if (t.kind === 'open') {
        inArray = true;
        kern = undefined;
      } else if (t.kind === 'close') inArray = false;
      else if (t.kind === 'number') {
        if (inArray) kern = (kern ?? 0) + t.value;
      } else if (t.kind === 'string') {
        if (!inArray) {
          // `'` and `"` move to the next line before they show their string.
          if (nextOperator[k] === "'" || nextOperator[k] === '"') moved = true;
        }
        show(t.s, moved ? '\n' : inArray && kern !== undefined && kern <= WORD_GAP ? ' ' : '');
        kern = undefined;
      }
    }
    at = st.end + 1;
  }
  if (shown === 0) return undefined;
  if (pos < text.length) gap(text.length, text.slice(pos).includes('\n') ? '\n' : '');
  return { text: out, pieces };
}
