/**
 * Attachment and document file names read as the words they are made of: "Lebenslauf_Max_Mueller.pdf",
 * "Kuendigung-Jana.Novak-2026.docx", "CV_Okafor_Tom_final(2).pdf" name a person, and a name in a file
 * name is personal data. The detectors read words between blanks, so in the view the "_", "." and "-"
 * joining two letters in a file name's stem are blanks (one character for one: the offsets stay
 * exact). Only a token ending in a document or image extension is read so: snake_case code
 * ("user_name = get_user_id()", "config_local.yaml"), e-mail addresses ("max_m@example.de") and URL
 * hosts are left as written (the stem starts after the last "/", "\\", "@" or blank).
 *
 * RFC 2231 parameter continuations ("filename*0*=UTF-8''Lebenslauf%20J; filename*1*=ana%20Novak.pdf")
 * are joined in the view: a mail client shows the one name "Lebenslauf Jana Novak.pdf".
 *
 * Both run as a level of the view's transport decoding (normalize.ts), after escapes are decoded.
 * One left-to-right pass each, every look bounded: linear on hostile input.
 */
import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { isLetterChar } from './code-units.js';

/** Document, image, archive and mail extensions (lower case). */
const FILE_EXTENSIONS = new Set(
  'pdf doc docx docm dotx odt rtf txt xls xlsx xlsm ods csv ppt pptx odp pages jpg jpeg png heic gif tif tiff bmp webp zip 7z rar msg eml vcf p7m'.split(
    ' ',
  ),
);
const LONGEST_EXTENSION = 5;

const isWordCode = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0xc0;

/**
 * The length of the file extension right after the dot at `dot` (0: none): one of FILE_EXTENSIONS in
 * any case, not followed by more of a word. A character loop from each dot costs half of one pattern pass over the
 * text (measured on the bench texts), and every text has dots.
 */
function extensionAfter(s: string, dot: number): number {
  let end = dot + 1;
  while (end < s.length && end - dot - 1 <= LONGEST_EXTENSION && isWordCode(s.charCodeAt(end))) end++;
  const letters = end - dot - 1;
  if (letters === 0 || letters > LONGEST_EXTENSION) return 0;
  // "jana.novak.pdf@web.de" is an e-mail address whose local part ends like a file name: read as written.
  if (s[end] === '@') return 0;
  return FILE_EXTENSIONS.has(s.slice(dot + 1, end).toLowerCase()) ? end - dot : 0;
}

/** A stem is read back at most this far from its extension (file systems allow 255). */
const STEM_LIMIT = 255;

/** Characters that end a stem when read backwards: blanks, path and address separators, quotes, brackets of markup. */
const STEM_END = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '/',
  '\\',
  '@',
  '"',
  "'",
  '`',
  '<',
  '>',
  '|',
  '=',
  ':',
  ';',
  ',',
  '[',
  ']',
  '{',
  '}',
]);

/** The view with the joints of file-name stems as blanks, or undefined when no file name has one. */
export function fileNameWords(original: string): DecodedText | undefined {
  // Cheap first look: the extension needs a dot.
  if (!original.includes('.')) return undefined;
  const pieces: DecodePiece[] = [];
  // What each piece reads as in the view: a blank for a joint, lower case for a word in capitals.
  const replacements: string[] = [];
  let stemFloor = 0;
  for (let dot = original.indexOf('.'); dot !== -1; dot = original.indexOf('.', dot + 1)) {
    const extension = extensionAfter(original, dot);
    if (extension === 0) continue;
    let start = dot;
    while (start > stemFloor && dot - start < STEM_LIMIT && !STEM_END.has(original[start - 1])) start--;
    // After an "@" the stem is an e-mail domain ("scan_jana.novak@web.de.pdf", "max@firma.de_Bewerbung.pdf"):
    // a blank for its dot would cut the address short and the rest of it would go to the cloud.
    if (start > 0 && original[start - 1] === '@') {
      stemFloor = dot + extension;
      continue;
    }
    const stemPieces = pieces.length;
    for (let i = start; i < dot; i++) {
      const ch = original[i];
      // Only between letters: the words of a name; "IMG_20240312_143055.jpg" keeps its digits joined as the number detectors read them.
      const joint =
        (ch === '_' || ch === '.' || ch === '-') && isLetterChar(original[i - 1]) && isLetterChar(original[i + 1]);
      if (joint && i > start) {
        pieces.push({ view: i, viewLength: 1, orig: i, origEnd: i + 1 });
        replacements.push(' ');
      }
    }
    if (pieces.length > stemPieces) foldCapitalWords(original, start, dot, stemPieces, pieces, replacements);
    stemFloor = dot + extension;
  }
  if (pieces.length === 0) return undefined;
  const parts: string[] = [];
  let copied = 0;
  pieces.forEach((p, k) => {
    parts.push(original.slice(copied, p.orig), replacements[k]);
    copied = p.origEnd;
  });
  parts.push(original.slice(copied));
  return { text: parts.join(''), pieces };
}

/**
 * The words in capitals of a file name's stem with joints, written in the view as a name is
 * ("CV_JENS_OKAFOR_2024.docx" reads "CV Jens Okafor 2024.docx"): the name detectors read a word in capitals
 * only after a label, and a file name has none, so "Lebenslauf_SCHMIDT_Anna.pdf" gave "Anna" alone and the
 * surname went to the cloud. Words of three letters or more only ("CV", "HR" stay); a letter whose lower
 * case is longer than one character stops the word (the view keeps one character for one).
 */
function foldCapitalWords(
  original: string,
  start: number,
  end: number,
  from: number,
  pieces: DecodePiece[],
  replacements: string[],
): void {
  const folded: { piece: DecodePiece; text: string }[] = [];
  for (let i = start; i < end;) {
    if (!isLetterChar(original[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && isLetterChar(original[j])) j++;
    const word = original.slice(i, j);
    const lower = word.slice(1).toLowerCase();
    if (
      word.length >= 3 &&
      word === word.toUpperCase() &&
      word !== word.toLowerCase() &&
      lower.length === word.length - 1
    )
      folded.push({ piece: { view: i + 1, viewLength: lower.length, orig: i + 1, origEnd: j }, text: lower });
    i = j;
  }
  if (folded.length === 0) return;
  // Merged in order of position with the stem's joints, which start at `from` (pieces must stay sorted).
  const stem = pieces.splice(from).map((piece, k) => ({ piece, text: replacements[from + k] }));
  replacements.splice(from);
  for (const { piece, text } of [...stem, ...folded].sort((a, b) => a.piece.orig - b.piece.orig)) {
    pieces.push(piece);
    replacements.push(text);
  }
}

/** The first piece of a continued parameter: "filename*0*=" or "name*0=" (RFC 2231 3). */
const FIRST_SECTION = /([A-Za-z][A-Za-z0-9-]{0,39})\*0(\*?)=/g;
/** The charset and language an extended value starts with: "UTF-8''", "iso-8859-1'de'". */
const CHARSET_PREFIX = /^[A-Za-z0-9_-]{1,40}'[A-Za-z-]{0,20}'/;
/** A value's characters: up to ";", a quote or a line break (blanks are in it once its "%20" are decoded). */
const VALUE_END = /[;"\r\n]/;

/**
 * The view with continued parameters joined: the charset prefix and each "; filename*N*=" between
 * sections are removed, so the value reads as one word. Undefined when the text has none.
 */
export function joinedParameterSections(original: string): DecodedText | undefined {
  if (!original.includes('*0')) return undefined;
  const removed: { from: number; to: number }[] = [];
  let after = 0;
  for (const m of original.matchAll(FIRST_SECTION)) {
    if (m.index < after) continue;
    const name = m[1];
    let i = m.index + m[0].length;
    if (original[i] === '"') i++;
    const prefix = m[2] === '*' ? CHARSET_PREFIX.exec(original.slice(i, i + 64)) : null;
    const sections: { from: number; to: number }[] = [];
    if (prefix) sections.push({ from: i, to: i + prefix[0].length });
    i = valueEnd(original, i);
    for (let n = 1; n < 100; n++) {
      const next = nextSection(original, i, name, n);
      if (next === undefined) break;
      sections.push({ from: i, to: next });
      i = valueEnd(original, next);
    }
    after = i;
    // Without a prefix every section is a seam between two parts ('filename*0="Lebenslauf_Ja"; filename*1="na_Novak.pdf"').
    if (sections.length > 0) removed.push(...sections);
  }
  if (removed.length === 0) return undefined;
  const parts: string[] = [];
  const pieces: DecodePiece[] = [];
  let copied = 0;
  let length = 0;
  for (const r of removed) {
    parts.push(original.slice(copied, r.from));
    length += r.from - copied;
    pieces.push({ view: length, viewLength: 0, orig: r.from, origEnd: r.to });
    copied = r.to;
  }
  parts.push(original.slice(copied));
  return { text: parts.join(''), pieces };
}

/** Where the value starting at `i` ends (bounded: a file name is short). */
function valueEnd(s: string, i: number): number {
  const from = i;
  while (i < s.length && i - from < 1000 && !VALUE_END.test(s[i])) i++;
  return i;
}

/**
 * Where the value of section `n` of parameter `name` starts, when it follows right at `i`: a closing
 * quote, ";", blanks or a folded line, then `name*n*=` or `name*n=` and an opening quote.
 */
function nextSection(s: string, i: number, name: string, n: number): number | undefined {
  if (s[i] === '"') i++;
  if (s[i] !== ';') return undefined;
  i++;
  const from = i;
  while (i < s.length && i - from < 20 && (s[i] === ' ' || s[i] === '\t' || s[i] === '\r' || s[i] === '\n')) i++;
  const head = `${name}*${n}`;
  if (s.slice(i, i + head.length).toLowerCase() !== head.toLowerCase()) return undefined;
  i += head.length;
  if (s[i] === '*') i++;
  if (s[i] !== '=') return undefined;
  i++;
  if (s[i] === '"') i++;
  return i;
}
