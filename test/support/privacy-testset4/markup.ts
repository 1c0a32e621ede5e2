import type { TestDocument, TestLabel } from '../privacy-testset/markup.js';
import type { Rng } from './random.js';
import * as v from './values.js';

export type { TestDocument, TestLabel };

/**
 * Set 4's markup: `⟦N:Jana Okafor⟧` labels the written value as a PERSON; `⟦=IB⟧` fills a
 * generated checksum-correct value and labels it (`⟦=IB/GB⟧` picks the IBAN's country);
 * `⟦~CRED⟧` fills an unlabelled look-alike; `⟦-EM:info@firma.de⟧` writes the value as a label would
 * (casing noise and spacing leave it alone) but labels nothing: an organisation's role mailbox, not
 * personal data (round 32). Marks are stripped at load; offsets are computed.
 */
export const CODES = {
  N: 'PERSON',
  EM: 'EMAIL_ADDRESS',
  PH: 'PHONE_NUMBER',
  IB: 'IBAN_CODE',
  CC: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  TX: 'DE_TAX_ID',
  SV: 'DE_SOCIAL_SECURITY',
  ID: 'DE_ID_CARD',
  PP: 'DE_PASSPORT',
  DOB: 'DATE_OF_BIRTH',
  AD: 'POSTAL_ADDRESS',
} as const;
export type Code = keyof typeof CODES;

const FILL: Partial<Record<Code, (g: Rng, arg?: string) => string>> = {
  IB: (g, arg) => v.iban(g, arg ?? 'DE'),
  CC: (g) => v.card(g),
  TX: (g) => v.taxId(g),
  SV: (g) => v.socialSecurity(g),
  ID: (g) => v.idCard(g),
  PP: (g) => v.passport(g),
  IP: (g, arg) => v.ip(g, arg === undefined ? undefined : arg === '6'),
};

const LOOKALIKE: Record<string, (g: Rng) => string> = {
  CRED: v.creditorId,
  VAT: v.vatId,
  ISBN: v.isbn,
  TRACK: v.tracking,
};

/** `⟦N:value⟧`, `⟦=IB⟧`, `⟦=IB/GB⟧`, `⟦~CRED⟧`, `⟦-EM:value⟧`. */
export const MARK = /⟦([=~-]?)([A-Z]+)(?:\/([A-Z0-9]+))?(?::([^⟦⟧]*))?⟧/g;

/** Types whose written value follows the document's casing noise (other values keep their writing). */
const CASED = new Set<string>(['N', 'AD', 'DOB']);

export interface ReadOptions {
  /** Applied to plain text and to names, addresses and dates (casing noise); must keep lengths. */
  cased?: (s: string) => string;
}

export function readMarks(source: string, g: Rng, options: ReadOptions = {}): { text: string; entities: TestLabel[] } {
  const cased = options.cased ?? ((s: string) => s);
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += cased(source.slice(last, m.index));
    last = m.index + m[0].length;
    const [, sign, code, arg, written] = m;
    if (sign === '~') {
      const make = LOOKALIKE[code];
      if (!make) throw new Error(`unknown look-alike ${m[0]}`);
      text += make(g);
      continue;
    }
    if (sign === '-') {
      // written exactly as the labelled value was (same casing rule), no label
      text += CASED.has(code) ? cased(written ?? '') : (written ?? '');
      continue;
    }
    const type = CODES[code as Code];
    const fill = FILL[code as Code];
    const value = sign === '=' ? fill?.(g, arg) : CASED.has(code) ? cased(written ?? '') : written;
    if (!type || value === undefined || value === '') throw new Error(`bad mark ${m[0]}`);
    entities.push({ type, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text: text + cased(source.slice(last)), entities };
}

/** Upper or lower case per character, keeping every length (ß and the like stay as they are). */
export function sameLength(change: (c: string) => string): (s: string) => string {
  return (s) =>
    Array.from(s, (c) => {
      const d = change(c);
      return d.length === c.length ? d : c;
    }).join('');
}
