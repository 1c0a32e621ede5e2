import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { readPrintControlBytes } from './print-control-bytes.js';

/**
 * Print jobs captured on their way to a printer: each printer language's reader turns its own commands into what
 * they do (nothing inside a line, a line break where they move to another line) and leaves every other character as
 * it is, so the readers chain, one after another, on the text the one before left. A reader returns undefined when
 * its language is absent (cheap checks: ordinary text pays nothing).
 *
 * Readers: ESC/POS and PCL (print-control-bytes.ts).
 */
export type PrintStreamReader = (text: string) => DecodedText | undefined;

const READERS: PrintStreamReader[] = [readPrintControlBytes];

/** The view of a print stream and the pieces of each reader that changed it, in order (map a span back last to first). */
export interface PrintStreamView {
  readonly text: string;
  readonly layers: DecodePiece[][];
}

export function readPrintStreams(text: string): PrintStreamView | undefined {
  const layers: DecodePiece[][] = [];
  let current = text;
  for (const read of READERS) {
    const out = read(current);
    if (out === undefined) continue;
    layers.push(out.pieces);
    current = out.text;
  }
  return layers.length === 0 ? undefined : { text: current, layers };
}
