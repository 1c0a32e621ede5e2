/** One labelled document of set 12 as the scorer reads it (the shape of every earlier set). */
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

/** Set 12's inline marks: ⁅code|value⁆, stripped at load; the value (line breaks allowed) is what gets labelled. */
export const MARK = /⁅([A-Z]+)\|([^⁆]*)⁆/g;

export const CODES: Record<string, string> = {
  N: 'PERSON',
  M: 'EMAIL_ADDRESS',
  F: 'PHONE_NUMBER',
  IB: 'IBAN_CODE',
  CC: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  ST: 'DE_TAX_ID',
  RV: 'DE_SOCIAL_SECURITY',
  PI: 'DE_ID_CARD',
  PP: 'DE_PASSPORT',
  GD: 'DATE_OF_BIRTH',
  AD: 'POSTAL_ADDRESS',
};

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    const before = source.slice(last, m.index);
    parts.push(before, m[2]);
    length += before.length;
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 12: unknown mark code ${m[1]}`);
    entities.push({ type, start: length, end: length + m[2].length });
    length += m[2].length;
    last = m.index + m[0].length;
  }
  parts.push(source.slice(last));
  return { text: parts.join(''), entities };
}
