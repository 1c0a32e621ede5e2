import type { RomuTrio32 } from './random.js';

/**
 * What a PDF or OCR extraction does to a page before a RAG ingest sees it, on pieces of text that
 * keep their labels: a labelled value is one piece whatever happens to it (a line-end hyphen splits
 * it, but the label covers both halves and the break), so offsets stay exact.
 */
export interface Val {
  type: string;
  v: string;
}
export type Piece = string | Val;
export type Line = Piece[];
export type Block = Line[];

export const val = (type: string, v: string): Val => ({ type, v });

/** Breaks the longest word (6+ letters) of a value at a line end with a hyphen, as a typeset PDF does. */
export function hyphenate(rng: RomuTrio32, v: string): string {
  const words = [...v.matchAll(/\p{L}{6,}/gu)];
  if (words.length === 0) return v;
  const w = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const k = rng.range(3, w[0].length - 3);
  const at = w.index + k;
  return `${v.slice(0, at)}-\n${v.slice(at)}`;
}

/** A heading as a letter-spaced title extracts: "A N M E L D U N G". */
export const spaced = (s: string): string => [...s.toUpperCase()].join(' ').replace(/ {3}/g, '   ');

/** Ligatures an extraction keeps as single code points. */
export const ligatures = (s: string): string =>
  s.replace(/ffi/g, 'ﬃ').replace(/fi/g, 'ﬁ').replace(/fl/g, 'ﬂ').replace(/ff/g, 'ﬀ');

/** Soft hyphens (U+00AD) left inside long words where the typesetter may break them. */
export function softHyphens(rng: RomuTrio32, s: string): string {
  return s.replace(/\p{L}{11,}/gu, (w) => (rng.chance(0.5) ? `${w.slice(0, 5)}\u00AD${w.slice(5)}` : w));
}

/** A form field: label, a leader of dots or underscores, the filled-in value. */
export function field(rng: RomuTrio32, label: string, value: Piece): Line {
  const style = rng.int(4);
  if (style === 0) return [`${label} ${'.'.repeat(rng.range(5, 18))} `, value];
  if (style === 1) return [`${label}: ${'_'.repeat(rng.range(3, 12))} `, value];
  if (style === 2) return [`${label}:\t`, value];
  return [`${label}: `, value, ` ${'_'.repeat(rng.range(6, 20))}`];
}

/** A checkbox line as extracted: ☒ for the ticked option, ☐ for the others. */
export function boxes(options: string[], ticked: number): Line {
  return [options.map((o, i) => `${i === ticked ? '☒' : '☐'} ${o}`).join('  ')];
}

/** A table flattened to one cell per line (header cells first, then row by row). */
export function flatTable(header: string[], rows: Piece[][]): Block {
  return [...header.map((h): Line => [h]), ...rows.flatMap((r) => r.map((c): Line => [c]))];
}

/** Two columns read in the wrong order: the whole right column after the whole left one, or row by row. */
export function twoColumns(rng: RomuTrio32, left: Block, right: Block): Block {
  if (rng.chance(0.5)) return [...left, ...right];
  const out: Block = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    out.push([...(left[i] ?? []), '      ', ...(right[i] ?? [])]);
  return out;
}

/** Pages with running headers, footers and page numbers; the text with labels on the values. */
export function render(
  rng: RomuTrio32,
  lang: 'de' | 'en',
  doc: { header: string; blocks: Block[] },
): { text: string; entities: { type: string; start: number; end: number }[] } {
  // Blocks spread over one to three pages, none left empty.
  const per = Math.ceil(doc.blocks.length / Math.min(doc.blocks.length, rng.range(1, 3)));
  const pageCount = Math.ceil(doc.blocks.length / per);
  const lig = rng.chance(0.5);
  const soft = rng.chance(0.4);
  const footerStyle = rng.int(3);
  const footer = (k: number) =>
    footerStyle === 0
      ? lang === 'de'
        ? `Seite ${k} von ${pageCount}`
        : `Page ${k} of ${pageCount}`
      : footerStyle === 1
        ? `– ${k} –`
        : `${k}/${pageCount}`;
  const lines: Line[] = [];
  for (let p = 0; p < pageCount; p++) {
    if (p > 0 || rng.chance(0.6)) lines.push([doc.header], ['']);
    for (const block of doc.blocks.slice(p * per, (p + 1) * per)) lines.push(...block, ['']);
    lines.push([footer(p + 1)], ['\f']);
  }
  let text = '';
  const entities: { type: string; start: number; end: number }[] = [];
  for (const line of lines) {
    for (const piece of line) {
      if (typeof piece === 'string') {
        let s = lig ? ligatures(piece) : piece;
        if (soft) s = softHyphens(rng, s);
        text += s;
      } else {
        entities.push({ type: piece.type, start: text.length, end: text.length + piece.v.length });
        text += piece.v;
      }
    }
    text += '\n';
  }
  return { text: text.replace(/\n\f\n$/, '\n'), entities };
}
