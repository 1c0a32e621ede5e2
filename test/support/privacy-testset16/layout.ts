import type { Kiss99 } from './random.js';

/**
 * How a scanned page comes out of OCR or PDF-to-text: pieces (plain text or a labelled value) wrapped
 * into lines with words hyphenated at line ends, running headers between lines, two columns
 * interleaved or one after the other, and OCR character errors in running text.
 */
export interface Piece {
  t: string;
  type?: string;
  /** Plain text that must stay as written (case numbers, register numbers: the look-alikes). */
  keep?: boolean;
}
/** One output line; it may hold a labelled name hyphenated over a break, so nothing goes inside it. */
export type Line = Piece[];

export const plain = (t: string, keep = false): Piece => ({ t, keep });
export const lab = (type: string, t: string): Piece => ({ t, type });

/** OCR misreadings that keep letters letters (safe inside names and street names). */
const LETTER_SWAPS: [RegExp, string][] = [
  [/rn/, 'm'],
  [/m(?=[aeiou])/, 'rn'],
  [/l(?=[aeiou])/, 'I'],
  [/ü/, 'ii'],
  [/fi/, 'ﬁ'],
  [/é/, 'e'],
  [/ö/, 'o'],
];
/** Misreadings for running text only: digits for letters and lost commas. */
const TEXT_SWAPS: [RegExp, string][] = [
  ...LETTER_SWAPS,
  [/l/, '1'],
  [/O/, '0'],
  [/I/, 'l'],
  [/,$/, '.'],
  [/e(?=[rn])/, 'c'],
];

function swap(rng: Kiss99, word: string, swaps: [RegExp, string][]): string {
  const options = swaps.filter(([re]) => re.test(word));
  if (options.length === 0) return word;
  const [re, to] = rng.pick(options);
  return word.replace(re, to);
}

/** A name or street as OCR may read it: letters only change into letters. */
export function ocrName(rng: Kiss99, s: string, p: number): string {
  return rng.chance(p) ? swap(rng, s, LETTER_SWAPS) : s;
}

/** An address whose street (before its first digit) may carry an OCR letter error. */
export function ocrStreet(rng: Kiss99, s: string, p: number): string {
  const at = s.search(/\d/);
  if (at <= 0 || !rng.chance(p)) return s;
  return swap(rng, s.slice(0, at), LETTER_SWAPS) + s.slice(at);
}

interface Token {
  t: string;
  type?: string;
  keep?: boolean;
}

function tokens(pieces: Piece[]): Token[] {
  const out: Token[] = [];
  for (const p of pieces) {
    if (p.type || p.keep) out.push({ ...p });
    else for (const w of p.t.split(/\s+/).filter(Boolean)) out.push({ t: w });
  }
  return out;
}

/** A split point inside a word of `s` of seven letters or more, three letters either side, at most `most`. */
function splitAt(rng: Kiss99, s: string, most: number): number {
  let best = -1;
  for (const m of s.matchAll(/\p{L}{7,}/gu)) {
    const top = Math.min(m.index + m[0].length - 3, most);
    if (top >= m.index + 3) best = m.index + 3 + rng.below(top - m.index - 2);
  }
  return best;
}

/**
 * Wraps pieces into lines of about `width`; with `hyphenate`, long words and sometimes a labelled
 * name or street are split at the line end ("Rechts-" / "anwältin"); a labelled one stays ONE piece
 * whose text holds "-\n", so its span covers both parts and the break.
 */
export function wrap(rng: Kiss99, pieces: Piece[], width: number, hyphenate: boolean, noise: number): Line[] {
  const lines: Line[] = [];
  let cur: Line = [];
  let len = 0;
  const add = (tok: Token, gap: string) => {
    if (cur.length > 0) cur.push(plain(gap));
    cur.push(tok.type ? lab(tok.type, tok.t) : plain(tok.t, tok.keep));
  };
  for (const raw of tokens(pieces)) {
    const tok = { ...raw };
    if (!tok.type && !tok.keep && rng.chance(noise)) tok.t = swap(rng, tok.t, TEXT_SWAPS);
    const gap = /^[,.;:)]/.test(tok.t)
      ? ''
      : !tok.type && cur.length > 0 && !cur[cur.length - 1].type && rng.chance(noise / 3)
        ? rng.pick(['', '  '])
        : ' ';
    const need = (cur.length > 0 ? gap.length : 0) + tok.t.length;
    if (len + need <= width || cur.length === 0) {
      add(tok, gap);
      len += need;
      continue;
    }
    const room = width - len - 2;
    const canSplit =
      hyphenate && !tok.keep && room >= 3 && (!tok.type || tok.type === 'PERSON' || tok.type === 'POSTAL_ADDRESS');
    const at =
      canSplit && rng.chance(tok.type ? 0.7 : 0.8)
        ? splitAt(rng, tok.type === 'POSTAL_ADDRESS' ? tok.t.split(/\s\d/)[0] : tok.t, room + 1)
        : -1;
    if (at > 0) {
      if (tok.type) {
        // The labelled value keeps both halves and the break: one span.
        add({ ...tok, t: `${tok.t.slice(0, at)}-\n${tok.t.slice(at)}` }, ' ');
        len = tok.t.length - at;
      } else {
        add({ t: `${tok.t.slice(0, at)}-` }, ' ');
        lines.push(cur);
        cur = [plain(tok.t.slice(at))];
        len = tok.t.length - at;
      }
      continue;
    }
    lines.push(cur);
    cur = [];
    add(tok, ' ');
    len = tok.t.length;
  }
  if (cur.length > 0) lines.push(cur);
  return lines;
}

const textOf = (line: Line) => line.map((p) => p.t).join('');

/** Two columns side by side as a text layer interleaves them, line by line. */
export function interleave(left: Line[], right: Line[], gutter: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [];
    const r = right[i] ?? [];
    const pad = Math.max(2, gutter - textOf(l).length);
    out.push([...l, plain(' '.repeat(pad)), ...r]);
  }
  return out.map((line) => (textOf(line).trimEnd() === textOf(line) ? line : trimLine(line)));
}

function trimLine(line: Line): Line {
  const out = [...line];
  while (out.length > 0 && !out[out.length - 1].type && out[out.length - 1].t.trim() === '') out.pop();
  return out;
}

/** Running headers, footers and page numbers dropped between lines (never inside a line); "{n}" is the page count. */
export function withRunning(rng: Kiss99, lines: Line[], running: string[], every: number): Line[] {
  // Breaks first, so a footer can name the page count ("Seite 3 von 3", never "Page 3 of 2").
  const breaks = lines.map((_, i) => i > 0 && i < lines.length - 1 && (i % every === 0 || rng.chance(0.04)));
  const pages = 1 + breaks.filter(Boolean).length;
  const out: Line[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    out.push(line);
    if (breaks[i]) {
      page++;
      for (const r of running) out.push([plain(r.replace('{p}', String(page)).replace('{n}', String(pages)), true)]);
    }
  });
  return out;
}

export const spaced = (s: string): string => [...s].join(' ').replace(/ {3}/g, '   ');

/** The lines as text and labels. */
export function render(lines: Line[]): { text: string; entities: { type: string; start: number; end: number }[] } {
  let text = '';
  const entities: { type: string; start: number; end: number }[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    for (const p of line) {
      if (p.type) entities.push({ type: p.type, start: text.length, end: text.length + p.t.length });
      text += p.t;
    }
  });
  return { text, entities };
}
