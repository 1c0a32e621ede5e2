import type { Entity } from './entities.js';
import { person } from './names.js';
import { lastWordSpelling } from './names-spelled.js';

/**
 * Names spelled with a spelling alphabet, as callers spell them: "A wie Anton, N wie Nordpol, …" (each letter and
 * a word that starts with it) or the ICAO words ("november oscar victor alpha kilo"). Three letters or more spell
 * a name; the run is one, and so is a word shortly before it that the letters spell. ICAO words count only when
 * they spell such a word or follow "spelled"/"buchstabiert" (a radio code, "alpha bravo charlie", is none).
 *
 * Cost: one pass of two regular expressions with bounded repetition; per run, the 160 characters before it.
 */
const EXPLAINED =
  /(?<![\p{L}\p{N}])\p{L}[ \t]+(?:wie|für|for|as[ \t]+in|like)[ \t]+\p{L}+(?:[ \t]*,?[ \t]+\p{L}[ \t]+(?:wie|für|for|as[ \t]+in|like)[ \t]+\p{L}+){2,40}/giu;
const ICAO =
  'alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu';
const ICAO_RUN = new RegExp(`(?<![\\p{L}])(?:${ICAO})(?:[ \\t]*,?[ \\t]+(?:${ICAO})){2,40}(?![\\p{L}])`, 'giu');
const SPELL_CUE = /(?:spell|buchstabier)\p{L}*[ \t:,]*$/iu;

export function alphabetSpelledNames(text: string): Entity[] {
  const out: Entity[] = [];
  EXPLAINED.lastIndex = 0;
  for (let m = EXPLAINED.exec(text); m; m = EXPLAINED.exec(text)) {
    const units = [...m[0].matchAll(/(\p{L})[ \t]+(?:wie|für|for|as[ \t]+in|like)[ \t]+(\p{L}+)/giu)];
    // Each explaining word starts with its letter ("N wie Nordpol"), or it is no spelling.
    if (!units.every((u) => u[2][0].toLowerCase() === u[1].toLowerCase())) continue;
    spelledRun(text, m.index, m[0], units.map((u) => u[1]).join(''), true, out);
  }
  ICAO_RUN.lastIndex = 0;
  for (let m = ICAO_RUN.exec(text); m; m = ICAO_RUN.exec(text)) {
    const letters = m[0]
      .split(/[ \t,]+/)
      .filter((w) => w !== '')
      .map((w) => w[0])
      .join('');
    const cued = SPELL_CUE.test(text.slice(Math.max(0, m.index - 30), m.index));
    spelledRun(text, m.index, m[0], letters, cued, out);
  }
  return out;
}

function spelledRun(text: string, at: number, run: string, letters: string, alone: boolean, out: Entity[]): void {
  const from = Math.max(0, at - 160);
  const word = lastWordSpelling(text.slice(from, at), letters.toLowerCase());
  if (word !== undefined) out.push(person(from + word.index, from + word.index + word.length, 0.85));
  if (word !== undefined || alone) out.push(person(at, at + run.length, 0.85));
}
