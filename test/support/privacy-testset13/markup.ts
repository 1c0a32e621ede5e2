/** One labelled document of set 13 as the scorer reads it (the shape of every earlier set). */
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

/** Set 13's inline marks: ⟪code¦value⟫, stripped at load; the value (line breaks allowed) is what gets labelled. */
export const MARK = /⟪([a-z]+)¦([^⟫]*)⟫/g;

export const CODES: Record<string, string> = {
  p: 'PERSON',
  e: 'EMAIL_ADDRESS',
  t: 'PHONE_NUMBER',
  iban: 'IBAN_CODE',
  cc: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  tax: 'DE_TAX_ID',
  rv: 'DE_SOCIAL_SECURITY',
  id: 'DE_ID_CARD',
  pass: 'DE_PASSPORT',
  dob: 'DATE_OF_BIRTH',
  a: 'POSTAL_ADDRESS',
};

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 13: unknown mark code ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + source.slice(last), entities };
}
