/** One labelled document of set 11 as the scorer reads it (the shape of every earlier set). */
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

/** Set 11's inline marks: ⟪code:value⟫, stripped at load; the value is what gets labelled. */
export const MARK = /⟪([A-Z0-9]+):([^⟫]*)⟫/g;

export const CODES: Record<string, string> = {
  P: 'PERSON',
  E: 'EMAIL_ADDRESS',
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

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`unknown mark code ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + source.slice(last), entities };
}
