/** One labelled document of set 14 as the scorer reads it (the shape of every earlier set). */
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
 * Set 14's inline marks: ⦃code:value⦄, stripped at load. Markdown uses every ASCII bracket, so the
 * marks use white curly brackets no converter writes; the value (line breaks allowed) is labelled.
 */
export const MARK = /⦃([a-z]+):([^⦄]*)⦄/g;

export const CODES: Record<string, string> = {
  n: 'PERSON',
  m: 'EMAIL_ADDRESS',
  f: 'PHONE_NUMBER',
  ib: 'IBAN_CODE',
  kk: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  st: 'DE_TAX_ID',
  rv: 'DE_SOCIAL_SECURITY',
  pa: 'DE_ID_CARD',
  rp: 'DE_PASSPORT',
  gb: 'DATE_OF_BIRTH',
  adr: 'POSTAL_ADDRESS',
};

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  let text = '';
  let from = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(from, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 14: unknown mark code ${m[1]}`);
    entities.push({ type, start: text.length, end: text.length + m[2].length });
    text += m[2];
    from = m.index + m[0].length;
  }
  return { text: text + source.slice(from), entities };
}
