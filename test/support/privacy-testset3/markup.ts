import type { TestDocument, TestLabel } from '../privacy-testset/markup.js';
import type { Prng } from './random.js';
import * as v from './values.js';

export type { TestDocument, TestLabel };

/** The entity types this set labels (Presidio's names plus Ragwire's German identifiers and addresses). */
export const TYPES = {
  P: 'PERSON',
  MAIL: 'EMAIL_ADDRESS',
  TEL: 'PHONE_NUMBER',
  IBAN: 'IBAN_CODE',
  CARD: 'CREDIT_CARD',
  IP: 'IP_ADDRESS',
  STID: 'DE_TAX_ID',
  RVNR: 'DE_SOCIAL_SECURITY',
  PA: 'DE_ID_CARD',
  PASS: 'DE_PASSPORT',
  GEB: 'DATE_OF_BIRTH',
  ADR: 'POSTAL_ADDRESS',
} as const;
export type Code = keyof typeof TYPES;

/** Checksum values nobody types correctly by hand: `{{IBAN}}` fills a valid generated one and labels it. */
const FILL: Partial<Record<Code, (g: Prng) => string>> = {
  IBAN: (g) => v.iban(g),
  CARD: (g) => v.card(g),
  STID: (g) => v.taxId(g),
  RVNR: (g) => v.socialSecurity(g),
  PA: (g) => v.idCard(g),
  PASS: (g) => v.passport(g),
  IP: (g) => v.ip(g),
};

/** Unlabelled look-alikes: `{{~CRED}}` fills a SEPA creditor id, `{{~TRACK}}` a parcel number. */
const LOOKALIKE: Record<string, (g: Prng) => string> = {
  CRED: (g) => v.creditorId(g),
  TRACK: (g) => v.trackingNumber(g),
};

/** The hand-written markup: `{{P:Jana Okafor}}` labels the written value; marks are stripped. */
export const MARK = /\{\{(~?)([A-Z]+)(?::([^{}]*?))?\}\}/g;

export function readMarks(source: string, g: Prng): { text: string; entities: TestLabel[] } {
  let text = '';
  let last = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const [, tilde, code, written] = m;
    if (tilde) {
      const make = LOOKALIKE[code];
      if (!make) throw new Error(`unknown look-alike ${m[0]}`);
      text += make(g);
      continue;
    }
    const type = TYPES[code as Code];
    const value = written ?? FILL[code as Code]?.(g);
    if (!type || value === undefined) throw new Error(`unknown mark ${m[0]}`);
    entities.push({ type, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text: text + source.slice(last), entities };
}

/** A labelled value in a generated document. */
export interface Piece {
  type: string;
  value: string;
}
/** A part of a generated document: plain text, a labelled value, or an already built part. */
export type Part = string | number | Piece | Built | readonly Part[];
export interface Built {
  text: string;
  entities: TestLabel[];
}

export const lab = (code: Code, value: string): Piece => ({ type: TYPES[code], value });

function isBuilt(p: object): p is Built {
  return 'text' in p && 'entities' in p;
}

/** Joins parts into text with labels at computed offsets (the generator never counts characters). */
export function build(...parts: Part[]): Built {
  let text = '';
  const entities: TestLabel[] = [];
  const add = (p: Part) => {
    if (typeof p === 'string' || typeof p === 'number') text += String(p);
    else if (Array.isArray(p)) for (const q of p as readonly Part[]) add(q);
    else if (isBuilt(p as object)) {
      const b = p as Built;
      for (const e of b.entities)
        entities.push({ type: e.type, start: e.start + text.length, end: e.end + text.length });
      text += b.text;
    } else {
      const piece = p as Piece;
      entities.push({ type: piece.type, start: text.length, end: text.length + piece.value.length });
      text += piece.value;
    }
  };
  parts.forEach(add);
  return { text, entities };
}

/** Tagged template form of build: d`Hallo ${lab('P', 'Jana')},`. */
export function d(strings: TemplateStringsArray, ...values: Part[]): Built {
  const parts: Part[] = [];
  strings.forEach((s, i) => {
    parts.push(s);
    if (i < values.length) parts.push(values[i]);
  });
  return build(...parts);
}

/** Joins built lines with a separator. */
export function lines(items: readonly Part[], sep = '\n'): Built {
  const parts: Part[] = [];
  items.forEach((p, i) => {
    if (i > 0) parts.push(sep);
    parts.push(p);
  });
  return build(...parts);
}
