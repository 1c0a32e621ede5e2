/** One labelled document of set 16 as the scorer reads it (the shape of every earlier set). */
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

/**
 * Set 16's inline marks: ⁅code:value⁆ (square brackets with quill, U+2045/U+2046, which no scan, form
 * or court paper uses), stripped at load; the value (line breaks allowed) is the labelled span.
 */
export const MARK = /⁅([a-z]+):([^⁆]*)⁆/g;

export const CODES: Record<string, string> = {
  n: 'PERSON',
  em: 'EMAIL_ADDRESS',
  ph: 'PHONE_NUMBER',
  ib: 'IBAN_CODE',
  cc: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  tx: 'DE_TAX_ID',
  sv: 'DE_SOCIAL_SECURITY',
  id: 'DE_ID_CARD',
  pp: 'DE_PASSPORT',
  bd: 'DATE_OF_BIRTH',
  ad: 'POSTAL_ADDRESS',
};

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let from = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(from, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 16: unknown mark code ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    from = m.index + m[0].length;
  }
  text += source.slice(from);
  return { text, entities };
}
