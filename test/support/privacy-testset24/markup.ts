import type { Threefry } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId, type IbanCountry } from './values.js';

/** One labelled document of set 24 as the scorer reads it (the shape of every earlier set). */
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

/**
 * Set 24's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical white square brackets, which no
 * LaTeX, AsciiDoc, wiki or site-diary source of this set uses), stripped at load. The value runs to
 * the closing bracket and may hold markup (backslashes, braces, tildes, line breaks). For the codes in
 * COMPUTED the value is a recipe, and the labelled value is computed by this set's own checksum code
 * from a fixed Threefry stream.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;

export const CODES: Record<string, string> = {
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
 * Codes whose mark holds a recipe: i "DE" (compact), "DE g" (groups of four) or "DE ~" (groups joined
 * by LaTeX's ~); c "" (compact), "s" (spaced) or "d" (dashed); x "" or "g" (grouped 2-3-3-3);
 * s "DDMMYYYY Birthname f|m"; k and r "".
 */
export const COMPUTED: ReadonlySet<string> = new Set(['i', 'c', 'x', 's', 'k', 'r']);

function computed(rng: Threefry, code: string, recipe: string): string {
  switch (code) {
    case 'i': {
      const [country, form] = recipe.split(' ');
      const v = iban(rng, country as IbanCountry);
      return form === 'g' ? grouped(v) : form === '~' ? grouped(v, '~') : v;
    }
    case 'c': {
      const v = card(rng);
      return recipe === 's' ? cardPrinted(v, ' ') : recipe === 'd' ? cardPrinted(v, '-') : v;
    }
    case 'x': {
      const v = taxId(rng);
      return recipe === 'g' ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v;
    }
    case 's': {
      const [date, name, sex] = recipe.split(' ');
      const birth = { d: Number(date.slice(0, 2)), m: Number(date.slice(2, 4)), y: Number(date.slice(4)) };
      return pensionNumber(rng, birth, name, sex === 'f');
    }
    case 'k':
      return icaoNumber(rng, 'id');
    default:
      return icaoNumber(rng, 'passport');
  }
}

/**
 * The text without marks and a label on every marked value, with exact offsets; recipes computed in
 * order from `rng`. Without `rng` every value is taken as written: the generator computes its values itself.
 */
export function readMarks(source: string, rng?: Threefry): { text: string; entities: TestLabel[] } {
  let text = '';
  let from = 0;
  const entities: TestLabel[] = [];
  for (const m of source.matchAll(MARK)) {
    text += source.slice(from, m.index);
    const type = CODES[m[1]];
    if (!type) throw new Error(`set 24: unknown mark code ${m[1]}`);
    const value = COMPUTED.has(m[1]) && rng ? computed(rng, m[1], m[2]) : m[2];
    entities.push({ type, start: text.length, end: text.length + value.length });
    text += value;
    from = m.index + m[0].length;
  }
  text += source.slice(from);
  return { text, entities };
}

const ACCENTS: Record<string, Record<string, string>> = {
  '"': { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü', e: 'ë', i: 'ï' },
  "'": { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ć', n: 'ń', s: 'ś', z: 'ź', E: 'É' },
  '`': { a: 'à', e: 'è', o: 'ò', u: 'ù' },
  '^': { a: 'â', e: 'ê', o: 'ô', i: 'î', u: 'û' },
  '~': { n: 'ñ', a: 'ã', o: 'õ' },
  v: { c: 'č', s: 'š', z: 'ž', r: 'ř', e: 'ě', C: 'Č', S: 'Š', Z: 'Ž' },
  c: { c: 'ç', s: 'ş', C: 'Ç', S: 'Ş' },
};

/**
 * A labelled value read back from its markup, for the validity checks only (the label keeps the
 * original span): LaTeX accents and \ss{}, ~ and \, as spaces, \\ as a line break, escaped \_ \& \#,
 * and the markup of a tel: or mailto: link left out. The values as they stand are what the set scores.
 */
export function unmarked(_type: string, value: string): string {
  return value
    .replace(/\{?\\ss\{?\}?\}?/g, 'ß')
    .replace(/\{?\\([vc])\{(\w)\}\}?/g, (_m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\{?\\(["'`^~])\{?(\w)\}?\}?/g, (_m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\\\\\s*/g, '\n')
    .replace(/\\[,;:]|~/g, ' ')
    .replace(/\\([_&#%])/g, '$1');
}
