import type { DecodedText } from './decode-escapes.js';
import { readPrintControlBytes } from './print-control-bytes.js';
import { readPrintLabelLanguages } from './print-label-languages.js';
import { readPrintPageDescriptions } from './print-page-descriptions.js';

/**
 * Print jobs captured on their way to a printer (as data-loss-prevention tools see them): each printer language's
 * reader shows what its commands print and leaves every character it does not recognise as command syntax as it is
 * (fail closed). A reader returns undefined when its language is absent (cheap checks: ordinary text pays nothing).
 * One language is read per level of transport decoding (normalize.ts): a PCL job behind IPP attributes, or a
 * PostScript job inside base64, is read at the next level, on the text the level before left.
 *
 * Readers: PostScript and PDF content streams (print-page-descriptions.ts), ZPL, EPL and TSPL labels
 * (print-label-languages.ts), ESC/POS and PCL control sequences (print-control-bytes.ts).
 */
const READERS: readonly ((text: string) => DecodedText | undefined)[] = [
  readPrintPageDescriptions,
  readPrintLabelLanguages,
  readPrintControlBytes,
];

export function readPrintStream(text: string): DecodedText | undefined {
  for (const read of READERS) {
    const printed = read(text);
    if (printed !== undefined) return printed;
  }
  return undefined;
}
