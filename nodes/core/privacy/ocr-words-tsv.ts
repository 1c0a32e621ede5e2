import type { LineCopy, MarkupReading, TextPiece } from './markup-text-view.js';

/**
 * Tesseract's TSV output (`tesseract page.tif out tsv`): a header row, then one row per layout element with
 * the columns `level page_num block_num par_num line_num word_num left top width height conf text`. Level 5
 * rows are words, their text in the last cell; page, block, paragraph and line number together name the
 * line a word belongs to (Tesseract numbers lines per paragraph). Boxes and confidences are no words.
 */
const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

/** A word row: level 5 and the five numbers that place it, then the box, the confidence and the text cell. */
const WORD_ROW = /^5\t(\d{1,6})\t(\d{1,6})\t(\d{1,6})\t(\d{1,6})\t\d{1,6}\t(?:-?[\d.]{1,12}\t){5}/;

/** The words of every TSV table in the text; undefined (cheaply) for a text with none. */
export function tesseractTsvWords(text: string): MarkupReading | undefined {
  let at = text.indexOf(HEADER);
  if (at < 0) return undefined;
  const words: TextPiece[] = [];
  // Text beside the tables (a mail carrying the output) is read as lines of its own, in the page's view beside its
  // words (detect.ts also scans the whole text as written, fail closed).
  const copies: LineCopy[] = [];
  let outside = 0;
  const textUpTo = (end: number) => {
    if (/[\p{L}\p{N}]/u.test(text.slice(outside, end)))
      copies.push({ start: outside, end, line: `tsv text ${outside}` });
  };
  for (; at >= 0; at = text.indexOf(HEADER, at)) {
    const table = at;
    textUpTo(table);
    at += HEADER.length;
    // Row by row until a line that is no row of the table (prose after a pasted table).
    while (at < text.length && (text[at] === '\n' || text[at] === '\r')) {
      const from = text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const end = text[to - 1] === '\r' ? to - 1 : to;
      const row = text.slice(from, end);
      if (!/^\d\t/.test(row)) break;
      const m = WORD_ROW.exec(row);
      if (m) {
        let start = from + m[0].length;
        let stop = end;
        while (start < stop && /\s/.test(text[start])) start++;
        while (stop > start && /\s/.test(text[stop - 1])) stop--;
        if (stop > start) words.push({ start, end: stop, line: `tsv ${table} ${m.slice(1, 5).join('/')}` });
      }
      at = to;
    }
    outside = at;
  }
  textUpTo(text.length);
  return words.length > 0 ? { pieces: words, lines: copies, escapes: 'none' } : undefined;
}
