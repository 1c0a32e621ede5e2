import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/**
 * "Surname, Given" as a whole cell of a pipe-separated list (a crew list, a roster: "| Dalsgaard, Henrike | Bosun |"):
 * a register writes its people family name first. The given part must be a listed given name and no ordinary word,
 * the family part no ordinary word ("| Hamburg, Altona |", "| Dry, dock |" stay places and words). Cells are read
 * between pipes on rows with three pipes at least; one pass per line; linear.
 */
export function surnameFirstCells(text: string): Entity[] {
  if (!text.includes('|')) return [];
  const out: Entity[] = [];
  // The line of the last cell read and whether it is a row: each line is measured once.
  let lineEnd = -1;
  let row = false;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(text); m; m = CELL.exec(text)) {
    // The pipe closing the cell is the next cell's opening pipe.
    CELL.lastIndex = m.index + m[0].length - 1;
    const family = m[1];
    if (!m[2].split(/[ \t]+/).some((g) => isGivenName(g) && !ordinary(g)) || family.split(' ').some(ordinary)) continue;
    if (m.index >= lineEnd) {
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) lineEnd = text.length;
      row = pipesAtLeast(text, text.lastIndexOf('\n', m.index) + 1, lineEnd, 3);
    }
    if (!row) continue;
    const start = m.index + m[0].indexOf(family);
    let end = m.index + m[0].length - 1;
    while (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
    out.push({ type: 'PERSON', start, end, score: 0.85 });
  }
  return out;
}
const ordinary = (w: string) => isDictionaryWord(w) || isEnglishWord(w.toLowerCase()) || isCommonWord(w);
/** A cell "| Family, Given [Given] |": each word bounded, no backtracking between the parts. */
const CELL =
  /\|[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?),[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)[ \t]*\|/gu;
/** Whether the line from `from` to `to` holds `least` pipes (a table's row, not a lone bar in prose). */
function pipesAtLeast(text: string, from: number, to: number, least: number): boolean {
  let pipes = 0;
  for (let i = from; i < to && pipes < least; i++) if (text.charCodeAt(i) === 124) pipes++;
  return pipes >= least;
}
