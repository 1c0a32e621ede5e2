import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * Terminal output captured raw (`script(1)` typescripts, `tmux capture-pane -e`, the logs of a coloured program, a
 * recorded session once its JSON escapes are decoded) read as the screen shows it. ECMA-48 control sequences stand
 * inside values: `grep --color` wraps the match in SGR and erase-line codes ("Mwa\x1b[01;31m\x1b[Kkilu\x1b[m\x1b[K;
 * 07.03.1982" cuts the name and glues the date to it), a bold label value reads "\x1b[1mJohanna\x1b[0m Kowalczyk",
 * prompts and window titles carry codes ("\x1b]0;user@host: ~\x07\x1b[01;32muser@host\x1b[00m:~$"). Typed input is
 * echoed key by key, a mistake rubbed out with backspace-space-backspace ("Kowl\b \balczyk" is "Kowalczyk").
 *
 * The view: a CSI sequence (ESC "[" parameters, intermediates, final byte) reads as nothing, except a cursor move to
 * another line (a line break) or along the line (a space); an OSC (ESC "]" number ";" text, ended by BEL or ST) keeps
 * its text (a window title may name a file or a person) between spaces; charset and keypad selections (ESC "(" B,
 * ESC "=", ESC "7" …) read as nothing; "\b \b" (and a DEL byte typed) removes the character before it; a run of bare
 * backspaces followed by at least as many printable characters is the typist going back and typing over (the
 * characters gone over are removed). The written forms "\e[", "\033[" and "^[[" are read as ESC "[" (the
 * escape decoder already reads "\x1b" and "\u001b"). A finding maps back over the whole original run, codes
 * included.
 *
 * FAIL CLOSED (as print-control-bytes.ts): only sequence syntax is removed, every other character stays for the
 * detectors. A sequence that does not complete within its bound leaves all but its ESC as text; a two-byte sequence
 * whose final letter starts a word ("\x1bMax") leaves the letter; backspaces that nothing types over remove nothing.
 * Each sequence reads a bounded number of characters, an OSC stops at the next ESC or line break: linear on any input.
 *
 * Cheap recognition: a text without a CSI or OSC opener and without a backspace or DEL byte is not read (undefined).
 * ESC/POS and PCL print streams (print-control-bytes.ts) have no ESC "[" or ESC "]": they are left to that reader;
 * two-byte ESC sequences are only read in a text that holds a CSI or OSC.
 */

const ESC = '\x1b';
/** Any sign of terminal control: an ESC "[" / ESC "]" (as a byte or written), a backspace or DEL byte. */
// eslint-disable-next-line no-control-regex -- ESC, BS and DEL are the terminal's control bytes
const SIGN = /\x1b[[\]]|\\e\[|\\033\[|\^\[[[\]]|[\x08\x7f]/;
/** An opener written instead of the ESC byte ("\e", "\033", "^["), followed by "[" or "]". */
const WRITTEN_ESC = /\\e|\\033|\^\[/y;

/** Erase to the line's end right after a backspace: the rubout some line editors echo. */
// eslint-disable-next-line no-control-regex -- ESC is the terminal's control byte
const ERASE_LINE = /\x1b\[0?K/y;

/** Bounds: CSI parameter and intermediate characters, OSC text. */
const MAX_CSI = 64;
const MAX_OSC = 2048;
const MAX_PARAMETER_DIGITS = 5;

/** A character that continues a word: a two-byte sequence's final byte before it is left as text. */
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** A printable character (not a C0/C1 control, not DEL). */
const isPrintable = (code: number) => code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f);

/** An edit of the original: [start, end) reads as `out`. */
interface Edit {
  start: number;
  end: number;
  out: string;
  /** Deletes the visible character before it ("\b \b", DEL). */
  rubout?: boolean;
}

/** What a CSI with final byte `f` reads as: a line break for a move to another line, a space along it. */
function csiEffect(final: string): string {
  if ('ABEFHfd'.includes(final)) return '\n';
  if ('CGa`I'.includes(final)) return ' ';
  return '';
}

/** The length of the ESC opener at `at` (1 for the byte, 2-4 for a written form), or 0. */
function escLength(text: string, at: number): number {
  if (text[at] === ESC) return 1;
  const c = text[at];
  if (c !== '\\' && c !== '^') return 0;
  WRITTEN_ESC.lastIndex = at;
  const m = WRITTEN_ESC.exec(text);
  return m === null ? 0 : m[0].length;
}

/** A CSI at `at` whose "[" is at `open`: its end, or -1 when it does not complete within the bound. */
function csiEnd(text: string, open: number): number {
  let j = open + 1;
  const limit = Math.min(text.length, j + MAX_CSI);
  // A terminal's parameter is a number of at most five digits (16 bits): a longer digit run ("\x1b[01701234567m")
  // is no parameter but a value written after an ESC, and stays text (fail closed).
  let digits = 0;
  while (j < limit && text[j] >= '0' && text[j] <= '?') {
    digits = text[j] <= '9' ? digits + 1 : 0;
    if (digits > MAX_PARAMETER_DIGITS) return -1;
    j++;
  }
  while (j < limit && text[j] >= ' ' && text[j] <= '/') j++;
  const f = text[j];
  return f !== undefined && f >= '@' && f <= '~' ? j + 1 : -1;
}

/**
 * An OSC whose "]" is at `open`: number, ";" and text up to BEL or ST (ESC "\"). Returns the opener's end, the
 * terminator's [start, end), or undefined when it is not an OSC. Stops at the next ESC or line break (unterminated:
 * the text stays, no terminator).
 */
function readOsc(text: string, open: number): { bodyStart: number; termStart: number; termEnd: number } | undefined {
  let j = open + 1;
  const digits = j;
  while (j < text.length && j - digits < 4 && text[j] >= '0' && text[j] <= '9') j++;
  if (j === digits || text[j] !== ';') return undefined;
  const bodyStart = j + 1;
  const limit = Math.min(text.length, bodyStart + MAX_OSC);
  for (let k = bodyStart; k < limit; k++) {
    const c = text[k];
    if (c === '\x07' || c === '\x9c') return { bodyStart, termStart: k, termEnd: k + 1 };
    if (c === ESC) return text[k + 1] === '\\' ? { bodyStart, termStart: k, termEnd: k + 2 } : undefined;
    if (c === '\n' || c === '\r') break;
  }
  return { bodyStart, termStart: -1, termEnd: -1 };
}

/** The control sequences, rubouts and backspaces of `text`, in order. */
function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Two-byte sequences only in a text that is terminal output (not an ESC/POS or PCL print stream).
  // eslint-disable-next-line no-control-regex -- ESC is the terminal's control byte
  const terminal = /\x1b[[\]]/.test(text);
  // In a print stream a backspace or DEL byte is a command's argument ("ESC ! 8"): only "\b \b" is read there.
  // eslint-disable-next-line no-control-regex -- ESC and GS are the print languages' command bytes
  const printStream = !terminal && /[\x1b\x1d]/.test(text);
  // eslint-disable-next-line no-control-regex -- ESC, BS and DEL are the terminal's control bytes
  const starts = /[\x1b\\^\x08\x7f]/g;
  let i = 0;
  while (i < text.length) {
    starts.lastIndex = i;
    const m = starts.exec(text);
    if (m === null) break;
    const at = m.index;
    const c = text[at];
    if (c === '\x08') {
      i = readBackspaces(text, at, edits, printStream);
      continue;
    }
    if (c === '\x7f' && !printStream) {
      edits.push({ start: at, end: at + 1, out: '', rubout: true });
      i = at + 1;
      continue;
    }
    const len = escLength(text, at);
    if (len === 0) {
      i = at + 1;
      continue;
    }
    const open = at + len;
    const next = text[open];
    if (next === '[') {
      const end = csiEnd(text, open);
      if (end > 0) {
        edits.push({ start: at, end, out: csiEffect(text[end - 1]) });
        i = end;
        continue;
      }
    } else if (next === ']') {
      const osc = readOsc(text, open);
      if (osc !== undefined) {
        edits.push({ start: at, end: osc.bodyStart, out: ' ' });
        if (osc.termStart >= 0) {
          edits.push({ start: osc.termStart, end: osc.termEnd, out: ' ' });
          i = osc.termEnd;
        } else i = osc.bodyStart;
        continue;
      }
    } else if (len === 1 && terminal && next !== undefined) {
      const end = twoByteEnd(text, at);
      if (end > 0) {
        edits.push({ start: at, end, out: '' });
        i = end;
        continue;
      }
    }
    // Not a sequence: a lone ESC byte is syntax (nothing on the screen), a written opener is text.
    if (len === 1 && terminal) edits.push({ start: at, end: at + 1, out: '' });
    i = at + len;
  }
  return edits;
}

/**
 * A two-byte sequence (or a charset designation, ESC "(" B) at `at`: its end, or -1. The final byte is taken only
 * when no letter or digit follows it ("\x1bMax" and "\x1b(Berta" leave the word).
 */
function twoByteEnd(text: string, at: number): number {
  const c = text[at + 1];
  if ('()*+-./'.includes(c)) {
    const f = text[at + 2];
    if (f !== undefined && f >= '0' && f <= '~' && !isWordChar(text[at + 3])) return at + 3;
    return at + 2;
  }
  if (c >= '0' && c <= '~' && c !== '[' && c !== ']') return isWordChar(text[at + 2]) ? at + 1 : at + 2;
  return -1;
}

/**
 * Backspaces at `at`: "\b \b" (the echo of a rubbed-out key, also "\b\x1b[K") rubs out the character before it;
 * a run of k bare backspaces followed by at least k printable characters goes back over k characters that the
 * typist types over. Other backspaces are removed and remove nothing. Returns where reading goes on.
 */
function readBackspaces(text: string, at: number, edits: Edit[], printStream: boolean): number {
  if (text[at + 1] === ' ' && text[at + 2] === '\x08') {
    edits.push({ start: at, end: at + 3, out: '', rubout: true });
    return at + 3;
  }
  ERASE_LINE.lastIndex = at + 1;
  if (ERASE_LINE.test(text)) {
    edits.push({ start: at, end: ERASE_LINE.lastIndex, out: '', rubout: true });
    return ERASE_LINE.lastIndex;
  }
  if (printStream) return at + 1;
  let k = at;
  while (k < text.length && k - at < MAX_CSI && text[k] === '\x08') k++;
  const count = k - at;
  let typed = 0;
  while (typed < count && isPrintable(text.charCodeAt(k + typed))) typed++;
  const rubout = typed === count;
  for (let b = at; b < k; b++) edits.push({ start: b, end: b + 1, out: '', rubout });
  return k;
}

/**
 * The characters rubouts remove: the visible character before each (a stack of the line's visible characters;
 * sequences that read as nothing are passed over, a line break or cursor move empties it). Linear.
 */
function rubbedOut(text: string, edits: Edit[]): Edit[] {
  if (!edits.some((e) => e.rubout === true)) return edits;
  const out: Edit[] = [];
  const visible: number[] = [];
  let pos = 0;
  for (const e of edits) {
    for (let p = pos; p < e.start; p++) {
      const c = text[p];
      if (c === '\n' || c === '\r') visible.length = 0;
      else visible.push(p);
    }
    pos = e.end;
    if (e.rubout === true) {
      const gone = visible.pop();
      if (gone !== undefined) out.push({ start: gone, end: gone + 1, out: '' });
      out.push({ start: e.start, end: e.end, out: '' });
      continue;
    }
    if (e.out !== '') visible.length = 0;
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The view of terminal output as the screen shows it; undefined when the text holds no terminal control. */
export function readTerminalControls(text: string): DecodedText | undefined {
  if (!SIGN.test(text)) return undefined;
  const edits = rubbedOut(text, findEdits(text));
  if (edits.length === 0) return undefined;
  const parts: string[] = [];
  const pieces: DecodePiece[] = [];
  let length = 0;
  let copied = 0;
  for (const e of edits) {
    if (e.start > copied) {
      parts.push(text.slice(copied, e.start));
      length += e.start - copied;
    }
    const last = pieces[pieces.length - 1];
    // Edits right after one another are one piece: a run of a million codes is one piece, not a million.
    if (last !== undefined && last.origEnd === e.start && last.view + last.viewLength === length) {
      last.origEnd = e.end;
      last.viewLength += e.out.length;
    } else pieces.push({ view: length, viewLength: e.out.length, orig: e.start, origEnd: e.end });
    parts.push(e.out);
    length += e.out.length;
    copied = e.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };
}

/**
 * A CSI opener (the ESC byte or a written form: "\e", "\033", "^[", "\x1b", "\u001b"), its parameters and
 * intermediates, then a letter as its final byte with a letter right after it ("\x1b[Jorinde", "\x1b[1;Anna"). Read
 * as a sequence the letter is gone from the screen's view ("orinde"); read as written, it starts a word.
 */
// eslint-disable-next-line no-control-regex -- ESC is the terminal's control byte
const CSI_BEFORE_WORD = /(?:\x1b|\\e|\\033|\\x1b|\\u001b|\^\[)\[[0-?]{0,64}[ -/]{0,8}(?=[A-Za-z]\p{Ll})/gu;
// eslint-disable-next-line no-control-regex -- BS and DEL are the terminal's control bytes
const RUBOUT_BYTES = /[\x08\x7f]/g;
/**
 * Backspaces and DELs written as escapes in a string (a JSON log's "\b\b\b", "\u0008"), two or more in a run: the
 * escape decoder turns them into the bytes the screen's view deletes with the characters before them.
 */
const WRITTEN_RUBOUTS = /(?:\\(?:b|u0008|x08|u007[fF]|x7[fF]) ?){2,}/g;

/**
 * The text as written beside the screen's view (FAIL CLOSED): what the view deletes is still in the text a cloud
 * model would read. A CSI's letter that starts a word ("\x1b[Jorinde Hansen": the view reads "orinde Hansen") and
 * characters rubbed out or typed over by backspaces ("Anna Schmidt" then twelve backspaces and "x"s: the view reads
 * the x's; also when the backspaces are written as a string's escapes) are kept: the opener and parameters before
 * such a letter, and every backspace and DEL byte (and a run of their escapes), read as blanks, one for one (spans map onto the text as they are). The scanner reads this text too and keeps the findings
 * of both. Undefined when the view deletes no such character. One pass, no nested quantifier.
 */
export function terminalTextAsWritten(text: string): string | undefined {
  CSI_BEFORE_WORD.lastIndex = 0;
  RUBOUT_BYTES.lastIndex = 0;
  WRITTEN_RUBOUTS.lastIndex = 0;
  const csi = CSI_BEFORE_WORD.test(text);
  if (!csi && !RUBOUT_BYTES.test(text) && !WRITTEN_RUBOUTS.test(text)) return undefined;
  const blank = (m: string) => ' '.repeat(m.length);
  return text.replace(CSI_BEFORE_WORD, blank).replace(RUBOUT_BYTES, ' ').replace(WRITTEN_RUBOUTS, blank);
}
