import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * A LaTeX source read as the text it typesets, for the detectors: "LU71~5411~0586~2520~3192" (a tie
 * between the groups), "geb. 22.~September~1984", "G{\"o}ntje", "Hafnerstra\ss{}e 52b", an address whose
 * lines are joined by "\\" ("3961 Cedar Truss Lane\\Portland, OR 97214"), a name broken in a cell
 * ("\makecell[l]{Gulshan\\Shozimov}"). The view reads a tie as a blank, "\\", \newline and \par as a
 * line break (a blank inside a \makecell, \shortstack or \thead: one cell's lines), accent commands as
 * their letters, escaped specials (\& \% \_ \# \$) as the characters, "--"/"---" as dashes, German
 * quotes as quotes, a tabular's "&" as a cell break ("|"), and unwraps text-style commands (\textbf{X}
 * reads "X"). Every rewritten run is a piece, so a finding maps back over the WHOLE original value.
 *
 * Only a text that shows itself to be LaTeX (\documentclass, \begin{…}, or a few "\command{" or
 * "\command[") is read so: plain text with "~20 m", a path "C:\\temp" or a stray "\\" is left alone.
 */

/** How many "\command{" / "\command[" make a text LaTeX without \documentclass or \begin{. */
const MIN_COMMANDS = 3;
const COMMAND_OPENING = /\\[A-Za-z]{2,}\*?[{[]/g;

/** Whether the text is a LaTeX source (see the top of this file). */
export function isLatexSource(text: string): boolean {
  if (!text.includes('\\')) return false;
  if (text.includes('\\documentclass') || text.includes('\\begin{')) return true;
  COMMAND_OPENING.lastIndex = 0;
  let n = 0;
  while (COMMAND_OPENING.exec(text) !== null) if (++n >= MIN_COMMANDS) break;
  COMMAND_OPENING.lastIndex = 0;
  return n >= MIN_COMMANDS;
}

/** Combining marks of the accent commands. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  H: '\u030b',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};
/** Letters written as a command (Knuth's "special letters") and symbols prose uses. */
const LETTERS: Record<string, string> = {
  ss: 'ß',
  SS: 'SS',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  S: '§',
  P: '¶',
  euro: '€',
  texteuro: '€',
  pounds: '£',
  textsterling: '£',
  glqq: '„',
  grqq: '“',
  glq: '‚',
  grq: '‘',
  flqq: '«',
  frqq: '»',
  flq: '‹',
  frq: '›',
  textquotedblleft: '“',
  textquotedblright: '”',
  textendash: '–',
  textemdash: '—',
  newline: '\n',
  par: '\n',
  linebreak: '\n',
  hline: '',
  toprule: '',
  midrule: '',
  bottomrule: '',
  noindent: '',
  medskip: '',
  bigskip: '',
  smallskip: '',
};
/** Commands whose argument is plain text: the command and its braces are left out of the view. */
const UNWRAPPED = new Set([
  'textbf',
  'textit',
  'textsl',
  'textsc',
  'textrm',
  'textsf',
  'textup',
  'textmd',
  'textnormal',
  'emph',
  'underline',
  'mbox',
  'hbox',
  'text',
]);
/** Commands whose argument is one table cell in lines: a "\\" inside reads as a blank. */
const CELLS = new Set(['makecell', 'shortstack', 'thead', 'parbox', 'Centerstack']);
/** Escaped characters read as themselves. */
const ESCAPED = new Set(['&', '%', '_', '#', '$', '{', '}']);
/** The spacing commands: "\," "\ " "\;" "\:" "\!" read as a blank (\! as nothing). */
const SPACES: Record<string, string> = { ',': ' ', ' ': ' ', ';': ' ', ':': ' ', '!': '', '@': '', '/': '' };
/** Environments whose "&" separates table cells. */
const TABLE_ENVIRONMENT = /^(?:tabular[x*]?|longtable|tabulary|tblr|longtblr|array|supertabular|xtabular)\}/;

/** A table's rule after a row's "\\\\". */
const RULE = /^\\(?:hline|toprule|midrule|bottomrule|cline\{[\d-]{1,7}\})(?![A-Za-z])/;

/** A letter, digit or a character of an address's local part: what a group inside a word stands beside. */
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}._@+-]/u.test(c);

const isAsciiLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The longest optional argument ("[l]", "[2mm]") read past; longer brackets are text. */
const MAX_OPTION = 40;

/** What a closing brace does: left in the view, left out (an unwrapped command's), or closes a cell group. */
const enum Brace {
  Keep,
  Drop,
  Cell,
}

/** The view of a LaTeX source, or undefined for other texts (and LaTeX with nothing to rewrite). */
export function readLatex(text: string): DecodedText | undefined {
  if (!isLatexSource(text)) return undefined;
  const pieces: DecodePiece[] = [];
  const parts: string[] = [];
  let copied = 0;
  let viewLength = 0;
  let changed = false;
  const put = (out: string, from: number, to: number) => {
    if (from > copied) {
      parts.push(text.slice(copied, from));
      viewLength += from - copied;
    }
    // A one-for-one substitution (a tie read as a blank) needs no piece: offsets stay.
    if (out.length !== to - from) pieces.push({ view: viewLength, viewLength: out.length, orig: from, origEnd: to });
    changed = true;
    parts.push(out);
    viewLength += out.length;
    copied = to;
  };
  const braces: Brace[] = [];
  /** Where the last command's name ended: a brace there opens its argument, not a group inside a word. */
  let commandEnd = -1;
  let cellDepth = 0;
  let tableDepth = 0;
  for (let i = 0; i < text.length;) {
    const ch = text[i];
    if (ch === '~') {
      put(' ', i, i + 1);
      i++;
    } else if (ch === '-' && text[i + 1] === '-' && text[i - 1] !== '-') {
      const n = text[i + 2] === '-' ? 3 : 2;
      if (text[i + n] === '-') {
        // A rule of dashes ("-----") is no dash.
        while (text[i] === '-') i++;
        continue;
      }
      put(n === 3 ? '—' : '–', i, i + n);
      i += n;
    } else if (ch === '"' && (text[i + 1] === '`' || text[i + 1] === "'") && i > 0 && text[i - 1] !== '\\') {
      put(text[i + 1] === '`' ? '„' : '“', i, i + 2);
      i += 2;
    } else if (ch === '&' && tableDepth > 0) {
      put('|', i, i + 1);
      i++;
    } else if (ch === '{') {
      const accent = braced(text, i);
      if (accent !== undefined) {
        put(accent.letter, i, accent.end);
        i = accent.end;
      } else if (isWordChar(text[i - 1]) && i !== commandEnd) {
        // A group inside a word ("anna{\\_}schmidt@…", "Sch{mid}t") typesets as its letters: its braces read as nothing,
        // so the value is one word of the view and its finding covers the whole original.
        put('', i, i + 1);
        braces.push(Brace.Drop);
        i++;
      } else {
        braces.push(Brace.Keep);
        i++;
      }
    } else if (ch === '}') {
      const kind = braces.pop();
      if (kind === Brace.Cell) cellDepth--;
      if (kind === Brace.Drop || kind === Brace.Cell) put('', i, i + 1);
      i++;
    } else if (ch === '\\') {
      i = command(i);
    } else i++;
  }
  if (!changed) return undefined;
  if (copied < text.length) parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };

  /** Reads the command at `at` (a backslash); returns where reading goes on. */
  function command(at: number): number {
    const next = text[at + 1];
    if (next === undefined) return at + 1;
    if (next === '\\') {
      // "\\[2mm]" and "\\*" are one line break.
      let end = at + 2;
      if (text[end] === '*') end++;
      if (text[end] === '[') end = optionEnd(end) ?? end;
      // At a line's end (past blanks and table rules) the source's own line break is the break.
      const lineEnd = restOfLineBlank(end);
      if (lineEnd !== undefined && cellDepth === 0) {
        put('', at, lineEnd);
        return lineEnd;
      }
      put(cellDepth > 0 ? ' ' : '\n', at, end);
      return end;
    }
    if (ESCAPED.has(next)) {
      put(next, at, at + 2);
      return at + 2;
    }
    if (SPACES[next] !== undefined) {
      put(SPACES[next], at, at + 2);
      return at + 2;
    }
    const accent = accented(text, at);
    if (accent !== undefined) {
      put(accent.letter, at, accent.end);
      return accent.end;
    }
    if (!isAsciiLetter(next)) return at + 2;
    let end = at + 1;
    while (isAsciiLetter(text[end])) end++;
    commandEnd = end;
    const name = text.slice(at + 1, end);
    if (name === 'begin' || name === 'end') {
      if (text[end] === '{' && TABLE_ENVIRONMENT.test(text.slice(end + 1, end + 14)))
        tableDepth += name === 'begin' ? 1 : -1;
      if (tableDepth < 0) tableDepth = 0;
      return end;
    }
    const letter = LETTERS[name];
    if (letter !== undefined) {
      // A control word takes the blanks after it, or an empty group ("\ss{}e", "\ss e").
      let stop = end;
      if (text[stop] === '{' && text[stop + 1] === '}') stop += 2;
      else if (letter !== '\n' && letter !== '') while (text[stop] === ' ' && stop < end + 4) stop++;
      put(letter, at, stop);
      return stop;
    }
    const cell = CELLS.has(name);
    if (UNWRAPPED.has(name) || cell) {
      let open = end;
      if (text[open] === '[') open = optionEnd(open) ?? open;
      if (text[open] !== '{') {
        // "\\textbf a": an unbraced argument is the next letter; the command reads as nothing.
        if (cell || open !== end) return end;
        let stop = end;
        while (text[stop] === ' ' && stop < end + 4) stop++;
        if (!isAsciiLetter(text[stop]) || stop === end) return end;
        put('', at, stop);
        return stop;
      }
      put('', at, open + 1);
      braces.push(cell ? Brace.Cell : Brace.Drop);
      if (cell) cellDepth++;
      return open + 1;
    }
    return end;
  }

  /** Where the line break is when only blanks and table rules (\hline …) follow `at` on its line. */
  function restOfLineBlank(at: number): number | undefined {
    let j = at;
    for (let before = -1; before !== j;) {
      before = j;
      while (text[j] === ' ' || text[j] === '\t') j++;
      const rule = RULE.exec(text.slice(j, j + 12));
      if (rule !== null) j += rule[0].length;
    }
    return j >= text.length || text[j] === '\n' || text[j] === '\r' ? j : undefined;
  }

  /** The end of an optional argument "[…]" starting at `at`, if it is short and on one line. */
  function optionEnd(at: number): number | undefined {
    for (let j = at + 1; j < text.length && j <= at + MAX_OPTION; j++) {
      if (text[j] === ']') return j + 1;
      if (text[j] === '\n' || text[j] === '[' || text[j] === '{') return undefined;
    }
    return undefined;
  }
}

/** The letter an accent command at `at` ("\"a", "\"{a}", "\c{c}", "\v s", "\'\i") writes, and its end. */
function accented(text: string, at: number): { letter: string; end: number } | undefined {
  const name = text[at + 1];
  const mark = ACCENTS[name];
  if (mark === undefined) return undefined;
  let i = at + 2;
  const letterName = isAsciiLetter(name);
  // "\c c" and "\v{s}": a letter-named accent needs a blank or a brace before its letter ("\cc" is a command).
  if (letterName) {
    if (text[i] === ' ') i++;
    else if (text[i] !== '{') return undefined;
  }
  let closing = false;
  if (text[i] === '{') {
    closing = true;
    i++;
  }
  let base = text[i];
  let end = i + 1;
  if (base === '\\' && (text[i + 1] === 'i' || text[i + 1] === 'j') && !isAsciiLetter(text[i + 2])) {
    base = text[i + 1];
    end = i + 2;
  }
  if (!isAsciiLetter(base)) return undefined;
  if (closing) {
    if (text[end] !== '}') return undefined;
    end++;
  } else if (letterName && isAsciiLetter(text[end])) return undefined;
  return { letter: (base + mark).normalize('NFC'), end };
}

/** A braced accent or special letter ("{\"o}", "{\ss}", "{\o}") at `at` (an opening brace), and its end. */
function braced(text: string, at: number): { letter: string; end: number } | undefined {
  if (text[at + 1] !== '\\') return undefined;
  const accent = accented(text, at + 1);
  if (accent !== undefined)
    return text[accent.end] === '}' ? { letter: accent.letter, end: accent.end + 1 } : undefined;
  let end = at + 2;
  while (end < at + 6 && isAsciiLetter(text[end])) end++;
  const letter = LETTERS[text.slice(at + 2, end)];
  if (letter === undefined || letter.length !== 1 || text[end] !== '}') return undefined;
  return { letter, end: end + 1 };
}
