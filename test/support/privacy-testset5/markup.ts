import type { TestDocument, TestLabel } from '../privacy-testset/markup.js';
import type { Xoshiro } from './random.js';
import * as v from './values.js';

export type { TestDocument, TestLabel };

/**
 * Test set 5's markup: `«N:Aurelia Cîrstea»` labels the written value as a PERSON; a code alone
 * (`«I»`, `«K»`, …) fills a valid generated checksum value and labels it. Labels are computed
 * from the marks when the markup is stripped, so nobody counts characters by hand.
 */
export const CODES = {
  N: 'PERSON',
  M: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  B: 'DATE_OF_BIRTH',
  A: 'POSTAL_ADDRESS',
  I: 'IBAN_CODE',
  K: 'CREDIT_CARD',
  S: 'DE_TAX_ID',
  R: 'DE_SOCIAL_SECURITY',
  X: 'DE_ID_CARD',
  Q: 'DE_PASSPORT',
  V: 'IP_ADDRESS',
} as const;
export type Code = keyof typeof CODES;

export const MARK = /«([A-Z])(?::([^»]+))?»/g;

const FILL: Partial<Record<Code, (g: Xoshiro) => string>> = {
  I: (g) => v.ibanWritten(g, v.iban(g)),
  K: (g) => v.card(g),
  S: (g) => v.taxIdWritten(g, v.taxId(g)),
  R: (g) => v.socialSecurity(g),
  X: (g) => v.idCard(g),
  Q: (g) => v.passport(g),
  V: (g) => v.ip(g),
};

/** Strips the marks of a hand-written source, returning the text and its labels. */
export function readMarks(source: string, g: Xoshiro): { text: string; entities: TestLabel[] } {
  const entities: TestLabel[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    const code = m[1] as Code;
    if (!(code in CODES)) throw new Error(`unknown mark ${m[0]}`);
    const fill = FILL[code];
    const value = m[2] ?? (fill ? fill(g) : undefined);
    if (value === undefined) throw new Error(`mark ${m[0]} needs a value`);
    text += source.slice(last, m.index);
    entities.push({ type: CODES[code], start: text.length, end: text.length + value.length });
    text += value;
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, entities };
}

/** A piece of a generated document: plain text or a labelled value. */
export type Piece = string | { code: Code; value: string };

/** Joins pieces into text with labels at computed offsets. */
export function join(pieces: readonly Piece[]): { text: string; entities: TestLabel[] } {
  let text = '';
  const entities: TestLabel[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      entities.push({ type: CODES[p.code], start: text.length, end: text.length + p.value.length });
      text += p.value;
    }
  }
  return { text, entities };
}
