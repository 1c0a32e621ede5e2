import { CODES, type TestDocument, type TestLabel } from '../privacy-testset/markup.js';
import type { Rng } from './random.js';
import * as val from './values.js';

export type { TestDocument, TestLabel };

/**
 * Test set 2 uses test set 1's markup, so that labels follow the same conventions: `[[P:Aylin
 * Güneş]]` labels a written value, `[[IBAN]]` fills and labels a valid value from this set's own
 * generators, `{{PARCEL}}` fills an unlabelled look-alike.
 */

const FILLED: Record<string, (g: Rng) => string> = {
  IBAN: (g) => val.iban(g),
  CARD: val.card,
  IP: val.ipAddress,
  TAX: val.steuerId,
  SV: (g) => val.rvNumber(g),
  ID: val.personalausweis,
  PASS: val.reisepass,
};
const LOOKALIKE: Record<string, (g: Rng) => string> = {
  CRED: val.sepaCreditorId,
  PARCEL: val.parcelNumber,
  ORDER: val.orderNumber,
  SKU: val.skuNumber,
  VER: val.version,
  LOG: val.logTime,
};

export function readMarkup(source: string, g: Rng): { text: string; entities: TestLabel[] } {
  let text = '';
  const entities: TestLabel[] = [];
  let at = 0;
  for (const m of source.matchAll(/\[\[([A-Z]+)(?::([^\]]+))?\]\]|\{\{([A-Z]+)\}\}/g)) {
    text += source.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[3]) {
      const make = LOOKALIKE[m[3]];
      if (!make) throw new Error(`unknown look-alike ${m[0]}`);
      text += make(g);
      continue;
    }
    const type = CODES[m[1]];
    const value = m[2] ?? FILLED[m[1]]?.(g);
    if (!type || value === undefined) throw new Error(`unknown label ${m[0]}`);
    entities.push({ type, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text: text + source.slice(at), entities };
}
