/**
 * Test set 10's markup: a personal value is written inline as ⟦CODE:value⟧ and the marks are stripped at
 * load, each label placed on its value's exact offsets in the stripped text.
 */
export interface TestLabel {
  type: string;
  start: number;
  end: number;
}

export interface TestDocument {
  id: string;
  lang: 'de' | 'en';
  /** hand: written by hand (hand-de.ts, hand-en.ts); generated: a reply chain from generated.ts. */
  origin: 'hand' | 'generated';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** A hand-written document in markup. */
export interface HandDocument {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

export const CODES: Record<string, string> = {
  N: 'PERSON',
  E: 'EMAIL_ADDRESS',
  TEL: 'PHONE_NUMBER',
  IBAN: 'IBAN_CODE',
  CARD: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  STID: 'DE_TAX_ID',
  RVNR: 'DE_SOCIAL_SECURITY',
  PA: 'DE_ID_CARD',
  REISE: 'DE_PASSPORT',
  GEB: 'DATE_OF_BIRTH',
  ANS: 'POSTAL_ADDRESS',
};

/** A mark: code in group 1, value in group 2 (values may span lines, never a bracket). */
export const MARK = /⟦([A-Z]+):([^⟦⟧]*)⟧/g;

/** The text without marks and a label on every marked value. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    const type = CODES[m[1]];
    if (!type) throw new Error(`unknown mark ${m[1]}`);
    text += source.slice(last, m.index);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, entities };
}
