/** One labelled document of set 15 as the scorer reads it (the shape of every earlier set). */
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
 * Set 15's inline marks: ⟦code|value⟧, stripped at load. Mail and chat exports use every ASCII
 * bracket and the pipe only inside a mark's head, so the marks open and close with mathematical
 * white square brackets no export writes; the value (line breaks allowed) is the labelled span.
 */
export const MARK = /⟦([a-z]+)\|([^⟧]*)⟧/g;

export const CODES: Record<string, string> = {
  p: 'PERSON',
  mail: 'EMAIL_ADDRESS',
  tel: 'PHONE_NUMBER',
  iban: 'IBAN_CODE',
  card: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  stid: 'DE_TAX_ID',
  rvnr: 'DE_SOCIAL_SECURITY',
  ausw: 'DE_ID_CARD',
  pass: 'DE_PASSPORT',
  dob: 'DATE_OF_BIRTH',
  addr: 'POSTAL_ADDRESS',
};

/** The text without marks and a label on every marked value, with exact offsets. */
export function readMarks(source: string): { text: string; entities: TestLabel[] } {
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    const before = source.slice(from, m.index);
    parts.push(before, m[2]);
    length += before.length;
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 15: unknown mark code ${m[1]}`);
    entities.push({ type, start: length, end: length + m[2].length });
    length += m[2].length;
    from = m.index + m[0].length;
  }
  parts.push(source.slice(from));
  return { text: parts.join(''), entities };
}
