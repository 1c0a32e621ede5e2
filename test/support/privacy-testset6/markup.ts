import type { TestDocument, TestLabel } from '../privacy-testset/markup.js';
import type { SplitMix } from './random.js';
import { card, iban, idCard, passport, socialSecurity, taxId } from './values.js';

// The document shape of the earlier sets, so the scoring reads every set alike.
export type { TestDocument, TestLabel };

/** A hand-written document: its marked-up source. */
export interface HandDocument {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

/** Mark codes: ⟨P|Name⟩ labels a value as written; the checksum codes hold a spec filled in at load. */
export const CODES = {
  P: 'PERSON',
  E: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  D: 'DATE_OF_BIRTH',
  O: 'POSTAL_ADDRESS',
  N: 'IP_ADDRESS',
  I: 'IBAN_CODE',
  C: 'CREDIT_CARD',
  X: 'DE_TAX_ID',
  S: 'DE_SOCIAL_SECURITY',
  A: 'DE_ID_CARD',
  Q: 'DE_PASSPORT',
} as const;

/** Codes whose mark holds a spec, not the value: I "DE g" (country, grouped), C/X "g", S "1984-05-12 Family". */
export const COMPUTED = new Set(['I', 'C', 'X', 'S', 'A', 'Q']);

export const MARK = /⟨([A-Z])\|([^⟩]*)⟩/g;

function computed(code: string, spec: string, g: SplitMix): string {
  const grouped = / g$|^g$/.test(spec);
  switch (code) {
    case 'I':
      return iban(g, spec.slice(0, 2), grouped);
    case 'C':
      return card(g, grouped);
    case 'X':
      return taxId(g, grouped);
    case 'S': {
      const [date, family] = spec.split(' ');
      return socialSecurity(g, new Date(`${date}T00:00:00Z`), family);
    }
    case 'A':
      return idCard(g);
    default:
      return passport(g);
  }
}

/** Strips the marks, fills the computed values and returns the labels at their offsets. */
export function readMarks(source: string, g: SplitMix): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    const code = m[1] as keyof typeof CODES;
    if (!(code in CODES)) throw new Error(`unknown mark ${code} in ${source.slice(0, 40)}`);
    text += source.slice(last, m.index);
    const value = COMPUTED.has(code) ? computed(code, m[2], g) : m[2];
    entities.push({ type: CODES[code], start: text.length, end: text.length + value.length });
    text += value;
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, entities };
}

/** Builds a generated document piece by piece, counting offsets as it goes. */
export class Builder {
  text = '';
  entities: TestLabel[] = [];
  constructor(private readonly casing: (s: string) => string = (s) => s) {}
  add(s: string): this {
    this.text += this.casing(s);
    return this;
  }
  lab(type: string, value: string): this {
    // Document numbers and IBANs keep their letters as issued; casing noise touches the rest.
    const v = /IBAN|ID_CARD|PASSPORT|SOCIAL/.test(type) ? value : this.casing(value);
    this.entities.push({ type, start: this.text.length, end: this.text.length + v.length });
    this.text += v;
    return this;
  }
}
