import type { Draws } from './held-out-values.js';
import type { TestLabel } from './held-out-markup.js';

/**
 * How the generated parts of held-out sets 39 on are assembled: a text grows piece by piece with each value
 * labelled over its exact span, and documents are drawn kind by kind. What a document says is each set's own; only
 * this bookkeeping is shared.
 */

export interface GeneratedDocument {
  lang: 'de' | 'en';
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** A text built piece by piece: plain parts and labelled values, offsets counted as it grows. */
export class TextBuilder {
  text = '';
  entities: TestLabel[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  val(type: string, v: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + v.length });
    this.text += v;
    return this;
  }
}

/**
 * `count` documents: every kind twice first (German, then English), then kinds drawn by weight from `rng`, the
 * language alternating. `kinds` are `[name, render, weight, …]`; `build` renders kind `k` (any draws it makes come
 * after the kind's own, in the order the set always made them).
 */
export function generateByKind(
  rng: Draws,
  count: number,
  kinds: readonly (readonly [string, unknown, number, ...unknown[]])[],
  build: (k: number, lang: 'de' | 'en', n: number) => TextBuilder,
): GeneratedDocument[] {
  const weights = kinds.flatMap(([, , w], i) => Array<number>(w).fill(i));
  const out: GeneratedDocument[] = [];
  for (let n = 0; n < count; n++) {
    const lang = n % 2 === 0 ? 'de' : 'en';
    const k = n < kinds.length * 2 ? Math.floor(n / 2) : rng.pick(weights);
    const b = build(k, lang, n);
    out.push({ lang, kind: kinds[k][0], text: b.text, entities: b.entities });
  }
  return out;
}
