import type { Entity } from './entities.js';
import { delimitedBlocks } from './birth-dates-headerless-rows.js';
import { endsName, isCommonWord, isDictionaryWord, isEnglishWord } from './name-list.js';
import { legalFormWords } from './legal-forms.js';
import { isInstitutionWord } from './institution-words.js';
import { PREMISES_WORDS } from './not-people-facility-services.js';
import { isDeskName, isPublicBodyName } from './not-people-desks.js';
import { wordLike } from './names.js';

/**
 * Names in a column or under a key that the readers do not take for a name's, while the column's or key's other
 * values ARE found as names. A register's rows shown without their header (a diff's hunk, a register without one:
 * "P20;Lazare-Horn;+43 664 513 9890;02:30-21:57", "Gate 23;Shaadaax Hotch;07481 127044;…") and records that repeat a
 * key whose word is no name label ("kraft = Barieng" in INI sections, `"kraft": "Jacquot"` in a JSON array,
 * "kraft: Kadashan" in a YAML list) give a rare name no context: the name scorer misses some of them, and finds
 * their neighbours. The column (or key) is the evidence:
 * - a delimited block (the same count of one delimiter over at least MIN_ROWS lines, birth-dates-headerless-rows.ts
 *   reads them) gives columns; a key repeated over at least MIN_ROWS records (`key = v`, `key: v`, `"key": "v"`)
 *   gives its values;
 * - when at least MIN_FOUND of the values hold a PERSON finding, and they are at least half of the name-shaped
 *   values, every other name-shaped value there is a PERSON.
 * Name-shaped: one to four words of letters, hyphens and apostrophes, the first upper-case, no digits, each word
 * with a lower-case letter (no code, no acronym), not made of ordinary words only ("Front Desk", "Technician", shift
 * and department words of the dictionaries), no legal form, institution or team word (an organisation's column).
 * A row of a block without a digit nor a name found is a header or a label row, and so is a first row without any
 * finding: its cells are no values.
 * Look-alikes stay unflagged: a column of towns or doors ("Door 29", "Gate A") beside the names, a column or key
 * with a single name found, a value something else already holds (an address).
 */
const MIN_ROWS = 3;
const MIN_FOUND = 2;
const SCORE = 0.8;
const MAX_VALUE = 60;
const DIGIT = /\d/;

const NAME_WORD = /^[\p{Lu}\p{Ll}][\p{L}\p{M}'’-]*$/u;
const PARTICLES = new Set(
  'van von der den de del della di da dos das du la le al el bin ben ibn ter ten zu y'.split(' '),
);
const LINE_KEY = /^[ \t]*(?:-[ \t]+)?([\p{L}_][\p{L}\p{N}_.-]*)[ \t]*(?:=|:)[ \t]*(.*)$/dgmu;
const JSON_KEY = /"([\p{L}_][\p{L}\p{N}_.-]*)"[ \t]*:[ \t]*"([^"\n]*)"/dgu;

let forms: Set<string> | undefined;

interface Span {
  start: number;
  end: number;
}

export function namesByColumnConsensus(text: string, found: Entity[]): Entity[] {
  const people = found
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.start)
    .sort((a, b) => a - b);
  if (people.length < MIN_FOUND) return [];
  const all = [...found].sort((a, b) => a.start - b.start);
  const starts = all.map((e) => e.start);
  // The furthest end among the findings up to each index: whether a value overlaps any finding, by binary search.
  const reach: number[] = [];
  for (let i = 0, max = -1; i < all.length; i++) reach.push((max = Math.max(max, all[i].end)));
  const out: Entity[] = [];
  const taken = new Set<number>();
  const read = (values: Span[]) => {
    let named = 0;
    let shaped = 0;
    const open: Span[] = [];
    for (const v of values) {
      const holds = startsWithin(people, v);
      if (holds) named++;
      if (!nameShaped(text.slice(v.start, v.end))) continue;
      shaped++;
      if (!holds && !overlapsFinding(starts, reach, v)) open.push(v);
    }
    if (named < MIN_FOUND || named * 2 < shaped) return;
    for (const v of open) {
      if (taken.has(v.start)) continue;
      taken.add(v.start);
      out.push({ type: 'PERSON', start: v.start, end: v.end, score: SCORE });
    }
  };
  for (const block of delimitedBlocks(text, MIN_ROWS)) {
    const columns = Math.max(...block.map((row) => row.cells.length));
    for (let column = 0; column < columns; column++) {
      const values: Span[] = [];
      for (const row of block) {
        // A row without a digit nor a name found is a header or a label row ("Nr;Nachname;Vorname;Geburtsdatum"):
        // its words name the columns, they are no values of them.
        if (!DIGIT.test(text.slice(row.start, row.end)) && !startsWithin(people, row)) continue;
        // A block's first row holding no finding at all is its header ("| Nr. | Nachname | Vorname | Unnamed: 5 |").
        if (row === block[0] && !overlapsFinding(starts, reach, row)) continue;
        const cell = row.cells[column];
        if (cell !== undefined && cell.end > cell.start) values.push(cell);
      }
      read(values);
    }
  }
  for (const values of keyedValues(text).values()) if (values.length >= MIN_ROWS) read(values);
  return out;
}

/** The values of each key (`key = v`, `key: v` at a line's start, `"key": "v"` anywhere), trimmed of quotes. */
function keyedValues(text: string): Map<string, Span[]> {
  const byKey = new Map<string, Span[]>();
  const add = (key: string, start: number, end: number) => {
    while (start < end && /["' \t]/.test(text[start])) start++;
    while (end > start && /["' \t,;\r]/.test(text[end - 1])) end--;
    if (end === start || end - start > MAX_VALUE) return;
    const k = key.toLowerCase();
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push({ start, end });
  };
  LINE_KEY.lastIndex = 0;
  for (let m = LINE_KEY.exec(text); m; m = LINE_KEY.exec(text)) {
    if (m[0].length === 0) LINE_KEY.lastIndex++;
    const [start, end] = m.indices?.[2] ?? [0, 0];
    if (end > start) add(m[1], start, end);
  }
  JSON_KEY.lastIndex = 0;
  for (let m = JSON_KEY.exec(text); m; m = JSON_KEY.exec(text)) {
    const [start, end] = m.indices?.[2] ?? [0, 0];
    if (end > start) add(m[1], start, end);
  }
  return byKey;
}

/** One to four words of a person's name: letters, hyphens, apostrophes; no ordinary words only, no firm's word. */
export function nameShaped(value: string): boolean {
  if (value.length > MAX_VALUE || !/^\p{Lu}/u.test(value)) return false;
  // A pool's or a clinic's desk in the name column ("Pool-Hotline", not-people-desks.ts).
  if (isDeskName(value) || isPublicBodyName(value)) return false;
  const words = value.split(' ');
  if (words.length > 4) return false;
  forms ??= new Set(legalFormWords().map((w) => w.toLowerCase()));
  let ordinary = 0;
  for (const word of words) {
    if (!NAME_WORD.test(word)) return false;
    if (PARTICLES.has(word)) {
      ordinary++;
      continue;
    }
    if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word) || word.replace(/['’-]/g, '').length < 2) return false;
    // A business customer's premises in a round's customer column ("Headingley Dental Practice", round 48).
    if (forms.has(word.toLowerCase()) || isInstitutionWord(word) || PREMISES_WORDS.has(word) || endsName(word))
      return false;
    if (word.split(/[-'’]/).every((part) => part === '' || isOrdinary(part))) ordinary++;
  }
  return ordinary < words.length;
}

/** An ordinary word, also one that ends as nouns and teams end or is the plural of one ("Bereitschaft", "Zivilstandsamt"). */
function isOrdinary(word: string): boolean {
  return isDictionaryWord(word) || isEnglishWord(word) || isCommonWord(word) || wordLike(word);
}

/** Whether one of the sorted `starts` lies in the span. */
function startsWithin(starts: number[], span: Span): boolean {
  const i = firstAtOrAfter(starts, span.start);
  return i < starts.length && starts[i] < span.end;
}

function overlapsFinding(starts: number[], reach: number[], v: Span): boolean {
  const i = firstAtOrAfter(starts, v.end) - 1;
  return i >= 0 && reach[i] > v.start;
}

/** The index of the first of the sorted `starts` at or after `at`. */
function firstAtOrAfter(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
