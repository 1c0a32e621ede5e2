import type { TestDocument, TestLabel } from '../privacy-testset/markup.js';

// The document shape of the earlier sets, so the scoring reads every set alike.
export type { TestDocument, TestLabel };

/** A hand-written document: its marked-up source. */
export interface HandDocument {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

/** The short codes of the markup `«P|Jana Okafor»`, and the entity type each stands for. */
export const CODES = {
  P: 'PERSON',
  E: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  A: 'POSTAL_ADDRESS',
  D: 'DATE_OF_BIRTH',
  I: 'IBAN_CODE',
  C: 'CREDIT_CARD',
  N: 'IP_ADDRESS',
  X: 'DE_TAX_ID',
  S: 'DE_SOCIAL_SECURITY',
  K: 'DE_ID_CARD',
  R: 'DE_PASSPORT',
} as const;

/** `«P|value»`: guillemets never occur in the documents themselves. */
export const MARK = /«([A-Z])\|([^«»]*)»/g;

/** The text without markup and a label on each marked value, in order. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const type = CODES[m[1] as keyof typeof CODES];
    if (!type) throw new Error(`unknown mark ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  if (/[«»]/.test(text)) throw new Error(`markup left: ${text.slice(0, 80)}`);
  return { text, entities };
}
