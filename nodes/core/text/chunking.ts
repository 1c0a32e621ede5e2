import { InputError } from '../errors.js';
export type ChunkUnit = 'characters' | 'tokens';

export interface ChunkOptions {
  /** Largest chunk, in `unit`s. */
  size: number;
  /** How much of the end of a chunk is repeated at the start of the next (whole sentences). */
  overlap: number;
  unit: ChunkUnit;
}

export interface Chunk {
  index: number;
  text: string;
  /** Offsets into the original text (JavaScript string indexes). */
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
  /** The span ends a paragraph. */
  paragraphEnd: boolean;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * cl100k's tables are tens of megabytes in memory: loaded on the first token-sized chunking, not
 * whenever Node-RED loads the ingest node.
 */
function tokenCounter(): (s: string) => number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose (memory)
  const { countTokens } = require('gpt-tokenizer/encoding/cl100k_base') as { countTokens: (s: string) => number };
  return countTokens;
}

export function validateChunkOptions(o: ChunkOptions): void {
  if (!Number.isInteger(o.size) || o.size < 16)
    throw new InputError(`chunk size must be a whole number of at least 16 ${o.unit}, got ${o.size}`);
  if (!Number.isInteger(o.overlap) || o.overlap < 0 || o.overlap >= o.size / 2) {
    throw new InputError(
      `chunk overlap must be a whole number from 0 to less than half the chunk size (${o.size / 2}), got ${o.overlap}`,
    );
  }
  if (o.unit !== 'characters' && o.unit !== 'tokens')
    throw new InputError(`chunk unit must be "characters" or "tokens", got ${JSON.stringify(o.unit)}`);
}

/**
 * Splits text into chunks of at most `size` characters or tokens (cl100k), breaking between
 * paragraphs where it can, else between sentences (ICU sentence rules, via Intl.Segmenter), and
 * only inside a sentence that alone exceeds the size (then between words). Overlap repeats whole
 * trailing sentences of the previous chunk.
 */
export function chunkText(text: string, options: ChunkOptions): Chunk[] {
  validateChunkOptions(options);
  const measure = options.unit === 'tokens' ? tokenCounter() : (s: string) => s.length;
  const spans = splitSpans(text, options.size, measure);
  const sized = spans.map((s) => ({ ...s, size: measure(text.slice(s.start, s.end)) }));
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < sized.length) {
    let end = i;
    let total = 0;
    while (end < sized.length && total + sized[end].size <= options.size) {
      total += sized[end].size;
      // Keep a paragraph whole when the next one would not fit in what is left of this chunk.
      if (sized[end].paragraphEnd && end + 1 < sized.length && total >= options.size / 2) {
        const nextParagraph = paragraphSize(sized, end + 1);
        if (total + nextParagraph > options.size && nextParagraph <= options.size) {
          end++;
          break;
        }
      }
      end++;
    }
    if (end === i) end = i + 1; // cannot happen (spans are cut to size) but never loop forever
    const start = firstNonSpace(text, sized[i].start, sized[end - 1].end);
    const stop = lastNonSpace(text, start, sized[end - 1].end);
    if (stop > start) chunks.push({ index: chunks.length, text: text.slice(start, stop), start, end: stop });
    if (end >= sized.length) break;
    // Overlap: step back over whole trailing spans that fit in the overlap budget.
    let next = end;
    let carried = 0;
    while (next - 1 > i && carried + sized[next - 1].size <= options.overlap) carried += sized[--next].size;
    i = next;
  }
  return chunks;
}

function paragraphSize(spans: { size: number; paragraphEnd: boolean }[], from: number): number {
  let total = 0;
  for (let k = from; k < spans.length; k++) {
    total += spans[k].size;
    if (spans[k].paragraphEnd) break;
  }
  return total;
}

/** Sentences of each paragraph, with sentences longer than `size` cut between words. */
function splitSpans(text: string, size: number, measure: (s: string) => number): Span[] {
  const spans: Span[] = [];
  const paragraphBreak = /\n[ \t]*\n\s*/g;
  let paragraphStart = 0;
  const paragraphs: [number, number][] = [];
  for (let m = paragraphBreak.exec(text); m; m = paragraphBreak.exec(text)) {
    paragraphs.push([paragraphStart, m.index + m[0].length]);
    paragraphStart = m.index + m[0].length;
  }
  if (paragraphStart < text.length) paragraphs.push([paragraphStart, text.length]);
  for (const [pStart, pEnd] of paragraphs) {
    const paragraph = text.slice(pStart, pEnd);
    const pieces = mergeAbbreviations(
      [...sentences.segment(paragraph)].map((s) => ({
        start: pStart + s.index,
        end: pStart + s.index + s.segment.length,
      })),
      text,
    );
    pieces.forEach((piece, k) => {
      const last = k === pieces.length - 1;
      if (measure(text.slice(piece.start, piece.end)) <= size) spans.push({ ...piece, paragraphEnd: last });
      else
        splitLongSentence(text, piece.start, piece.end, size, measure).forEach((w, j, all) =>
          spans.push({ ...w, paragraphEnd: last && j === all.length - 1 }),
        );
    });
  }
  return spans;
}

/** ICU ends a sentence after "Dr." or "Nr."; a lone short word with a period is joined to what follows. */
function mergeAbbreviations(pieces: { start: number; end: number }[], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^\s*\S{1,4}\.\s*$/.test(text.slice(prev.start, prev.end)) &&
      !/^\s*\d/.test(text.slice(prev.start, prev.end))
    )
      prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

function splitLongSentence(
  text: string,
  start: number,
  end: number,
  size: number,
  measure: (s: string) => number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pieceStart = start;
  let pieceEnd = start;
  for (const w of words.segment(text.slice(start, end))) {
    const wEnd = start + w.index + w.segment.length;
    if (pieceEnd > pieceStart && measure(text.slice(pieceStart, wEnd)) > size) {
      out.push({ start: pieceStart, end: pieceEnd });
      pieceStart = pieceEnd;
    }
    // A single word longer than the size (a URL, a hash) is cut hard.
    while (measure(text.slice(pieceStart, wEnd)) > size && wEnd - pieceStart > 1) {
      let cut = pieceStart + Math.max(1, Math.floor((wEnd - pieceStart) / 2));
      while (cut > pieceStart + 1 && measure(text.slice(pieceStart, cut)) > size)
        cut = pieceStart + Math.floor((cut - pieceStart) / 2);
      out.push({ start: pieceStart, end: cut });
      pieceStart = cut;
    }
    pieceEnd = wEnd;
  }
  if (pieceEnd > pieceStart) out.push({ start: pieceStart, end: pieceEnd });
  return out;
}

function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}

function lastNonSpace(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}
