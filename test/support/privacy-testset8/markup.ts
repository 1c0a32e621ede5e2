/** A labelled document of test set 8, in the shape of the earlier sets. */
export interface TestLabel {
  type: string;
  start: number;
  end: number;
}

export interface TestDocument {
  id: string;
  lang: 'de' | 'en';
  origin: 'hand' | 'generated';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** Set 8's own markup: ⟦code|value⟧, the code naming the type. */
export const MARK = /⟦([A-Z]{1,3})\|([^⟧]*)⟧/g;

export const CODES: Record<string, string> = {
  P: 'PERSON',
  M: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  I: 'IBAN_CODE',
  C: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  TX: 'DE_TAX_ID',
  SV: 'DE_SOCIAL_SECURITY',
  ID: 'DE_ID_CARD',
  PA: 'DE_PASSPORT',
  D: 'DATE_OF_BIRTH',
  A: 'POSTAL_ADDRESS',
};

/** Strips the marks and returns the text with a label on every marked value. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  const entities: TestLabel[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`unknown mark ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + source.slice(last), entities };
}
