import type { Random } from './random.js';
import * as v from './values.js';

/** A labelled span into a document's text; types are strings (POSTAL_ADDRESS is not a detector type yet). */
export interface TestLabel {
  type: string;
  start: number;
  end: number;
}

export interface TestDocument {
  id: string;
  lang: 'de' | 'en';
  /** hand: written by hand; generated: from a layout in generated.ts. */
  origin: 'hand' | 'generated';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** Short label codes used in the marked-up documents. */
export const CODES: Record<string, string> = {
  P: 'PERSON',
  E: 'EMAIL_ADDRESS',
  T: 'PHONE_NUMBER',
  IBAN: 'IBAN_CODE',
  CARD: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  TAX: 'DE_TAX_ID',
  SV: 'DE_SOCIAL_SECURITY',
  ID: 'DE_ID_CARD',
  PASS: 'DE_PASSPORT',
  DOB: 'DATE_OF_BIRTH',
  ADDR: 'POSTAL_ADDRESS',
};

/** Values for slots without a written value ("[[TAX]]"): checksum values nobody types by hand correctly. */
const SLOTS: Record<string, (r: Random) => string> = {
  IBAN: (r) => v.iban(r),
  CARD: v.card,
  IP: v.ip,
  TAX: (r) => v.taxId(r),
  TAX3: (r) => v.taxId(r, 'threes'),
  SV: (r) => v.socialSecurity(r),
  ID: v.idCard,
  PASS: v.passport,
};
/** Unlabelled look-alike slots ("{{CRED}}"). */
const LOOKALIKES: Record<string, (r: Random) => string> = {
  CRED: v.creditorId,
  TRACK: v.trackingNumber,
  ART: v.articleNumber,
  INV: v.invoiceNumber,
  TS: v.timestamp,
};

/**
 * Reads a marked-up document: `[[P:Emine Yılmaz]]` labels the written value, `[[TAX]]` fills a
 * valid generated value and labels it, `{{TRACK}}` fills an unlabelled look-alike.
 */
export function parseMarkup(source: string, r: Random): { text: string; entities: TestLabel[] } {
  let text = '';
  const entities: TestLabel[] = [];
  let pos = 0;
  for (const m of source.matchAll(/\[\[([A-Z0-9]+)(?::([^\]]+))?\]\]|\{\{([A-Z]+)\}\}/g)) {
    text += source.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (m[3]) {
      const make = LOOKALIKES[m[3]];
      if (!make) throw new Error(`unknown look-alike slot ${m[0]}`);
      text += make(r);
      continue;
    }
    const code = m[1] === 'TAX3' ? 'TAX' : m[1];
    const type = CODES[code];
    const value = m[2] ?? SLOTS[m[1]]?.(r);
    if (!type || value === undefined) throw new Error(`unknown label ${m[0]}`);
    entities.push({ type, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text: text + source.slice(pos), entities };
}
