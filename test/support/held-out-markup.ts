/**
 * The inline-mark reader held-out sets 17 to 24 share. Each set keeps what is its own (the mark
 * brackets, its code letters, its random stream and the checksum code in its values.ts) and hands
 * them to markReader; the reading itself (strip marks, label each value with exact offsets, compute
 * recipes in order from the set's stream) is the same everywhere and lives here once.
 */

/** One labelled document as the scorer reads it (the shape of every earlier set). */
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

/** A hand-written source: the text with its marks. */
export interface HandSource {
  lang: 'de' | 'en';
  kind: string;
  source: string;
}

/** The code letters sets 18 to 24 write (set 17 writes p and e for PERSON and EMAIL_ADDRESS). */
export const MARK_CODES: Readonly<Record<string, string>> = {
  n: 'PERSON',
  m: 'EMAIL_ADDRESS',
  t: 'PHONE_NUMBER',
  i: 'IBAN_CODE',
  c: 'CREDIT_CARD',
  a: 'IP_ADDRESS',
  x: 'DE_TAX_ID',
  s: 'DE_SOCIAL_SECURITY',
  k: 'DE_ID_CARD',
  r: 'DE_PASSPORT',
  b: 'DATE_OF_BIRTH',
  h: 'POSTAL_ADDRESS',
};

/**
 * Codes whose mark holds a recipe: i "DE" (compact), "DE g" (groups of four) or "DE ~" (groups of four
 * joined by LaTeX's ~, set 24); c "" (compact),
 * "-" or "d" (dashed), any other (spaced); x "" or "g" (grouped 2-3-3-3); s "DDMMYYYY Birthname f|m";
 * k and r "".
 */
export const COMPUTED: ReadonlySet<string> = new Set(['i', 'c', 'x', 's', 'k', 'r']);

/** A set's own checksum code, drawing from the set's own random stream R. */
export interface ValueKit<R> {
  iban(rng: R, country: string): string;
  /** Groups of four joined by `sep` (a space when not given). */
  grouped(v: string, sep?: string): string;
  card(rng: R): string;
  cardPrinted(v: string, sep: string): string;
  taxId(rng: R): string;
  pensionNumber(rng: R, birth: { d: number; m: number; y: number }, name: string, female: boolean): string;
  icaoNumber(rng: R, kind: 'id' | 'passport'): string;
}

function computed<R>(kit: ValueKit<R>, rng: R, code: string, recipe: string): string {
  switch (code) {
    case 'i': {
      const [country, form] = recipe.split(' ');
      const v = kit.iban(rng, country);
      return form === 'g' ? kit.grouped(v) : form === '~' ? kit.grouped(v, '~') : v;
    }
    case 'c': {
      const v = kit.card(rng);
      if (!recipe) return v;
      return kit.cardPrinted(v, recipe === '-' || recipe === 'd' ? '-' : ' ');
    }
    case 'x': {
      const v = kit.taxId(rng);
      return recipe === 'g' ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v;
    }
    case 's': {
      const [date, name, sex] = recipe.split(' ');
      const birth = { d: Number(date.slice(0, 2)), m: Number(date.slice(2, 4)), y: Number(date.slice(4)) };
      return kit.pensionNumber(rng, birth, name, sex === 'f');
    }
    case 'k':
      return kit.icaoNumber(rng, 'id');
    default:
      return kit.icaoNumber(rng, 'passport');
  }
}

export interface MarkSyntax<R> {
  /** The set's number, for the error on an unknown code. */
  set: number;
  /** The set's mark: a global pattern whose group 1 is the code letter and group 2 the value. */
  mark: RegExp;
  codes: Readonly<Record<string, string>>;
  values: ValueKit<R>;
}

/**
 * The text without marks and a label on every marked value, with exact offsets; recipes computed in
 * order from `rng`. Without `rng` every value is taken as written (a generator that computes its
 * values itself, as set 24's does).
 */
export function markReader<R>(
  syntax: MarkSyntax<R>,
): (source: string, rng?: R) => { text: string; entities: TestLabel[] } {
  return (source, rng) => {
    let text = '';
    let from = 0;
    const entities: TestLabel[] = [];
    for (const m of source.matchAll(syntax.mark)) {
      text += source.slice(from, m.index);
      const type = syntax.codes[m[1]];
      if (!type) throw new Error(`set ${syntax.set}: unknown mark code ${m[1]}`);
      const value = COMPUTED.has(m[1]) && rng !== undefined ? computed(syntax.values, rng, m[1], m[2]) : m[2];
      entities.push({ type, start: text.length, end: text.length + value.length });
      text += value;
      from = m.index + m[0].length;
    }
    text += source.slice(from);
    return { text, entities };
  };
}
